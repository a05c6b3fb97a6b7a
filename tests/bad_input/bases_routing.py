"""Valid parameter sets of the travel-time tools (Travel-time matrix, Isochrones,
Opportunities within reach per area) on the town's feed: R1 every 15 minutes ALFA–BETA–GAMMA
and R2 every 30 minutes ALFA–GAMMA (``feeds.py``), departures 07:00–08:00 every 10 minutes;
the projects of ``builders.py`` are the origins or the destinations, the DeSO the areas."""

from __future__ import annotations

from . import builders as b
from . import feeds as f
from .bases import _given
from .case import Dirs, outputs


def _router(dirs: Dirs, inputs: dict) -> dict:
    return {
        "GTFS": _given(inputs, "gtfs", lambda: f.feed(dirs.inp)),
        "DATE": inputs.get("date", f.DATE),
        "START": "07:00",
        "END": "08:00",
        "STEP_MINUTES": 10,
        "MAX_MINUTES": 60,
    }


def traveltimematrix(dirs: Dirs, **inputs) -> dict:
    return {
        **_router(dirs, inputs),
        "ORIGINS": _given(inputs, "projects", lambda: b.projects(dirs.inp)),
        "ORIGIN_ID": "projekt_id",
        "DESTINATIONS": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "DESTINATION_ID": "desokod",
        "PERCENTILE": 75,
        **outputs(dirs, "traveltimematrix"),
    }


def transitisochrones(dirs: Dirs, **inputs) -> dict:
    return {
        **_router(dirs, inputs),
        "ORIGINS": _given(inputs, "projects", lambda: b.projects(dirs.inp)),
        "BANDS": "15,30",
        **outputs(dirs, "transitisochrones"),
    }


def transitopportunities(dirs: Dirs, **inputs) -> dict:
    return {
        **_router(dirs, inputs),
        "AREAS": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "TYPE_FIELD": "area_type",
        "POP_FIELD": "folk",
        "DESTINATIONS": _given(inputs, "projects", lambda: b.projects(dirs.inp)),
        "WEIGHT_FIELD": "hyresratt",
        "CUTOFFS": "15,30",
        "GAP_CUTOFF": 30,
        **outputs(dirs, "transitopportunities"),
    }


ROUTING = {
    "traveltimematrix": traveltimematrix,
    "transitisochrones": transitisochrones,
    "transitopportunities": transitopportunities,
}
