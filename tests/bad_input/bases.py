"""A valid parameter set for each of the 26 tools, on the town of :mod:`builders` (the
tools of :mod:`bases_guided` and :mod:`bases_routing` included at the end).

``BASES[tool](dirs, **inputs)`` writes the inputs the tool needs into ``dirs.inp`` and
returns its parameters with every output a file in ``dirs.out``; ``inputs`` replaces an
input by a value the case built (e.g. ``areas=`` a broken DeSO layer). A case breaks one
thing in this set; ``test_bad_input.py::test_bases_are_valid`` runs each set unbroken.
"""

from __future__ import annotations

from . import builders as b
from . import feeds as f
from .case import Dirs, outputs

V_FIELDS = {
    "V1_SHARE": b.LOW_ECON,
    "V2_NUMERATOR": b.EDU,
    "V2_DENOMINATOR": b.EDU_TOTAL,
    "V3_NUMERATOR": b.UNEMPLOYED,
    "V3_DENOMINATOR": b.LABOUR,
}


def _given(inputs: dict, name: str, make):
    value = inputs.get(name)
    return make() if value is None else value


def importscbtable(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "file", lambda: b.scb_csv(dirs.inp)),
        "YEARS": "",
        **outputs(dirs, "importscbtable"),
    }


def joinstatistics(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "CODE_FIELD": "desokod",
        "STATISTICS_FILE": _given(inputs, "file", lambda: b.scb_csv(dirs.inp)),
        "PREFIX": "scb ",
        **outputs(dirs, "joinstatistics"),
    }


def aggregateareas(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "CODE_FIELD": "desokod",
        "TARGET": 0,
        "KEY_FIELD": "regsokod",
        "COUNT_FIELDS": ["folk", "hyresrätt"],
        "POPULATION_FIELD": "folk",
        "MIN_POPULATION": 50,
        **outputs(dirs, "aggregateareas"),
    }


def checkareas(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "CODE_FIELD": "desokod",
        "LEVEL": 1,
        "CHECK_OVERLAPS": True,
        "TOLERANCE": 1.0,
        **outputs(dirs, "checkareas"),
    }


def areatypes(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        **V_FIELDS,
        "YEAR": 2022,
        "CODE_FIELD": "desokod",
        "POPULATION_FIELD": "folk",
        **outputs(dirs, "areatypes"),
    }


def _second_year_rows():
    """The town a year later: DeSO 2 went from type 3 to 2, DeSO 3 from 4 to 5."""
    return b.changed(b.changed(b.deso_rows(), 2, area_type=2), 3, area_type=5)


def typechange(dirs: Dirs, **inputs) -> dict:
    return {
        "FIRST": _given(inputs, "first", lambda: b.deso(dirs.inp, name="typer_2021")),
        "SECOND": _given(
            inputs,
            "second",
            lambda: b.deso(dirs.inp, _second_year_rows(), name="typer_2022"),
        ),
        "YEAR_BEFORE": 2021,
        "YEAR_AFTER": 2022,
        "CODE_FIELD": "desokod",
        "TYPE_FIELD": "area_type",
        "POPULATION_FIELD": "folk",
        "ONLY_CHANGED": True,
        **outputs(dirs, "typechange"),
    }


def inequalityindex(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "GROUPS": 0,
        "LOW_FIELD": b.QUARTILES[0],
        "HIGH_FIELD": b.QUARTILES[3],
        "CODE_FIELD": "desokod",
        "TYPES_POPULATION_FIELD": "folk",
        "NATIONAL": 0,
        **outputs(dirs, "inequalityindex"),
    }


def segregationindices(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "GROUP_FIELD": b.QUARTILES[0],
        "TOTAL_FIELD": b.INCOME_TOTAL,
        "THEIL_FIELDS": list(b.QUARTILES),
        "REGIONS": 0,
        "CODE_FIELD": "desokod",
        "INCLUDE_ALL": True,
        **outputs(dirs, "segregationindices"),
    }


def _feed_params(dirs: Dirs, inputs: dict) -> dict:
    return {
        "GTFS": _given(inputs, "gtfs", lambda: f.feed(dirs.inp)),
        "DATE": inputs.get("date", f.DATE),
        "START": "06:00",
        "END": "20:00",
    }


def gtfsstopservice(dirs: Dirs, **inputs) -> dict:
    return {**_feed_params(dirs, inputs), **outputs(dirs, "gtfsstopservice")}


def transitqualityclasses(dirs: Dirs, **inputs) -> dict:
    return {
        **_feed_params(dirs, inputs),
        "CELL_SIZE": 100.0,
        **outputs(dirs, "transitqualityclasses"),
    }


def ptal(dirs: Dirs, **inputs) -> dict:
    return {
        **_feed_params(dirs, inputs),
        "START": "08:15",
        "END": "09:15",
        "MODE": 1,
        "AREAS": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "CELL_SIZE": 100.0,
        **outputs(dirs, "ptal"),
    }


def transitaccessbyarea(dirs: Dirs, **inputs) -> dict:
    return {
        **_feed_params(dirs, inputs),
        "AREAS": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "TYPE_FIELD": "area_type",
        "POP_RASTER": _given(inputs, "raster", lambda: b.population_grid(dirs.inp)),
        **outputs(dirs, "transitaccessbyarea"),
    }


def lineprofile(dirs: Dirs, **inputs) -> dict:
    params = _feed_params(dirs, inputs)
    del params["START"], params["END"]
    return {
        **params,
        "ROUTE": "1",
        "DIRECTION": 0,
        "AREAS": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "TYPE_FIELD": "area_type",
        "POP_FIELD": "folk",
        "FIELDS": [b.LOW_ECON],
        "RADIUS": 800.0,
        **outputs(dirs, "lineprofile"),
    }


def tenuremix(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "CODE_FIELD": "desokod",
        "LEVEL": 0,
        "THRESHOLD": 70.0,
        **outputs(dirs, "tenuremix"),
    }


def _planning(dirs: Dirs, inputs: dict) -> dict:
    return {
        "PROJECTS": _given(inputs, "projects", lambda: b.projects(dirs.inp)),
        "AREAS": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "AREA_KEY": "desokod",
        "UP_TO_YEAR": 2030,
    }


def plannedhousing(dirs: Dirs, **inputs) -> dict:
    return {**_planning(dirs, inputs), "THRESHOLD": 70.0, **outputs(dirs, "plannedhousing")}


def tenuresplit(dirs: Dirs, **inputs) -> dict:
    return {**_planning(dirs, inputs), "TARGET": 0, **outputs(dirs, "tenuresplit")}


def planningoverlay(dirs: Dirs, **inputs) -> dict:
    return {
        "PLANS": _given(inputs, "plans", lambda: b.plans(dirs.inp)),
        "PLAN_KEY": "plan_id",
        **_planning(dirs, inputs),
        "TYPE_FIELD": "area_type",
        "POP_FIELD": "folk",
        **outputs(dirs, "planningoverlay"),
    }


def zonalraster(dirs: Dirs, **inputs) -> dict:
    return {
        "RASTER": _given(inputs, "raster", lambda: b.population_grid(dirs.inp)),
        "BAND": 1,
        "ZONES": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "KEY": "desokod",
        "THRESHOLD": 5.0,
        "PREFIX": "zonal_",
        **outputs(dirs, "zonalraster"),
    }


BASES = {
    name: globals()[name]
    for name in (
        "importscbtable",
        "joinstatistics",
        "aggregateareas",
        "checkareas",
        "areatypes",
        "typechange",
        "inequalityindex",
        "segregationindices",
        "gtfsstopservice",
        "transitqualityclasses",
        "ptal",
        "transitaccessbyarea",
        "lineprofile",
        "tenuremix",
        "plannedhousing",
        "tenuresplit",
        "planningoverlay",
        "zonalraster",
    )
}

# the 8 tools of two modules of their own (they import ``_given`` from here)
from .bases_guided import GUIDED  # noqa: E402
from .bases_routing import ROUTING  # noqa: E402

BASES.update(GUIDED)
BASES.update(ROUTING)
