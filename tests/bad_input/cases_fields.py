"""Cases of broken values in a layer's fields: a text field where a number is expected,
missing and empty codes, and negative, missing or impossible numbers (duplicate codes and
the other DeSO version: ``cases_codes.py``)."""

from __future__ import annotations

from . import builders as b
from . import expect as e
from .case import case
from .cases_layers import DESO
from .inputs import broken, changed_base

NUMBER = ("number", "numeric", "text")
DUPLICATE = ("more than once", "duplicate", "twice")
CODE = ("code", "desokod")
NEGATIVE = ("negative", "below 0", "less than 0", "below zero")
TEXT_FIELDS = dict(b.DESO_FIELDS, **{"hyresrätt": str})


def text_for_number_cases() -> list:
    """A text field (names: 'Norra', 'Södra' …) chosen where the tool counts or averages."""
    chosen = [
        ("aggregateareas", "COUNT_FIELDS", ["folk", "namn"]),
        ("aggregateareas", "POPULATION_FIELD", "namn"),
        ("areatypes", "V1_SHARE", "namn"),
        ("typechange", "POPULATION_FIELD", "namn"),
        ("inequalityindex", "LOW_FIELD", "namn"),
        ("segregationindices", "GROUP_FIELD", "namn"),
        ("lineprofile", "FIELDS", ["namn"]),
        ("tenuremix", "HYRESRATT", "namn"),
        ("planningoverlay", "POP_FIELD", "namn"),
        ("plannedhousing", "PLANNED_HYRESRATT", "markagare"),
        ("tenuresplit", "PLANNED_BOSTADSRATT", "status"),
    ]
    out = []
    for tool, param, value in chosen:
        field = value if isinstance(value, str) else value[-1]
        build = changed_base(tool, **{param: value})
        out.append(case(tool, f"text-field-{param.lower()}", build, "refuse", (field, NUMBER)))
    build = changed_base("transitaccessbyarea", POP_FIELD="namn", POP_RASTER="")
    out.append(
        case("transitaccessbyarea", "text-field-pop_field", build, "refuse", ("namn", NUMBER))
    )
    # numbers written as text, the Swedish way: ordinary input
    spaced = lambda rows: b.changed(rows, 0, **{"hyresrätt": "1 200"})  # noqa: E731
    build = broken("tenuremix", "INPUT", spaced, fields=TEXT_FIELDS)
    check = e.values("OUTPUT", "desokod", "dwellings_hyresratt", {DESO[0]: 1200.0})
    out.append(case("tenuremix", "numbers-as-text", build, "succeed", (), check))
    return out


def _regso_totals_kept(field: str, by_regso: dict):
    """No resident moves to another RegSO: each RegSO has its own DeSO's ``field``, with or
    without those of its DeSO that lack a code (9901A0010 in R001, 9901A0030 in R002); left
    out, a warning says so."""

    def check(run):
        got = {r["regsokod"]: r[field] for r in run.rows("OUTPUT")}
        for regso, totals in by_regso.items():
            # left empty (with a note): no number is better than a wrong one
            if e._empty(got.get(regso)):
                text = " ".join(map(str, run.log)).casefold()
                assert "code" in text, f"{regso} left empty without a warning about the codes"
                continue
            assert got.get(regso) in totals, (
                f"{regso} has {field} = {got.get(regso)}, not one of {sorted(totals)}: "
                "DeSO without a code moved between RegSO"
            )
        if any(got.get(regso) == min(totals) < max(totals) for regso, totals in by_regso.items()):
            text = " ".join(map(str, run.log)).casefold()
            assert "code" in text, "DeSO without a code left out of the sums without a warning"

    return check


FOLK_KEPT = {
    "9901R001": {2200.0, 1200.0},
    "9901R002": {2300.0, 1500.0},
    "9902R001": {2000.0},
    "9902R002": {2000.0},
}
RENTALS_KEPT = {"9901R001": {450.0, 400.0}, "9901R002": {180.0, 60.0}, "9902R001": {310.0}}


def _with_key_table(rows):
    def build(dirs):
        params = broken("aggregateareas", "INPUT", rows)(dirs)
        params.update(KEY_FIELD="", KEY_TABLE=b.key_table(dirs.inp))
        return params

    return build


def missing_code_cases() -> list:
    none0 = lambda rows: b.changed(rows, 0, desokod=None)  # noqa: E731
    blank = lambda rows: b.changed(b.changed(rows, 0, desokod=None), 1, desokod="")  # noqa: E731
    two = lambda rows: b.changed(b.changed(rows, 0, desokod=None), 2, desokod=None)  # noqa: E731
    row_words = (("feature", "row", "area"), CODE)
    out = [
        case(
            "joinstatistics",
            "missing-codes",
            broken("joinstatistics", "INPUT", blank),
            "succeed",
            (),
            e.all_of(e.rows("OUTPUT", 8), e.result("MATCHED", 6)),
        ),
        case(
            "aggregateareas",
            "missing-codes",
            broken("aggregateareas", "INPUT", two),
            "either",
            row_words,
            _regso_totals_kept("folk", FOLK_KEPT),
        ),
        case(
            "aggregateareas",
            "missing-codes-key-table",
            _with_key_table(two),
            "either",
            row_words,
            _regso_totals_kept("folk", FOLK_KEPT),
        ),
        case(
            "tenuremix",
            "missing-codes-to-regso",
            broken("tenuremix", "INPUT", two, extra={"LEVEL": 1, "KEY_FIELD": "regsokod"}),
            "either",
            row_words,
            _regso_totals_kept("dwellings_hyresratt", RENTALS_KEPT),
        ),
        case(
            "checkareas",
            "missing-code",
            broken("checkareas", "INPUT", none0),
            "succeed",
            (),
            e.any_row("OUTPUT", lambda r: r["check"] == "code", "no code problem reported"),
        ),
        case(
            "areatypes",
            "missing-code",
            broken("areatypes", "INPUT", none0),
            "succeed",
            (),
            e.rows("OUTPUT", 8, "area_type"),
        ),
        case(
            "typechange",
            "missing-code-first",
            broken("typechange", "FIRST", none0),
            "either",
            row_words,
            e.result("CHANGED_AREAS", 2),
        ),
        case(
            "inequalityindex",
            "missing-code",
            broken("inequalityindex", "INPUT", none0),
            "either",
            row_words,
            e.total("OUTPUT", "n_areas", 7),
        ),
        case(
            "segregationindices",
            "missing-code",
            broken("segregationindices", "INPUT", none0),
            "either",
            row_words,
        ),
        case(
            "tenuremix",
            "missing-code",
            broken("tenuremix", "INPUT", none0),
            "either",
            row_words,
            e.rows("OUTPUT", 8, "dominant_tenure"),
        ),
        case(
            "plannedhousing",
            "missing-code-areas",
            broken("plannedhousing", "AREAS", none0),
            "either",
            row_words,
        ),
        case(
            "planningoverlay",
            "missing-code-areas",
            broken("planningoverlay", "AREAS", none0),
            "either",
            row_words,
        ),
        case(
            "tenuresplit",
            "missing-code-areas",
            broken("tenuresplit", "AREAS", none0),
            "either",
            row_words,
        ),
        case(
            "zonalraster",
            "missing-key",
            broken("zonalraster", "ZONES", none0),
            "succeed",
            (),
            e.total("OUTPUT", "zonal_sum", 2000.0),
        ),
    ]
    no_id = lambda rows: b.changed(rows, 0, projekt_id=None)  # noqa: E731
    out.append(
        case(
            "plannedhousing",
            "missing-project-id",
            broken("plannedhousing", "PROJECTS", no_id),
            "either",
            (("project", "projekt_id"), ("id", "name")),
            e.rows("OUTPUT", 4),
        )
    )
    return out


def value_cases() -> list:
    def at0(**values):
        return lambda rows: b.changed(rows, 0, **values)

    no_type = e.values("OUTPUT", "desokod", "area_type", {DESO[0]: None})
    out = [
        case(
            "aggregateareas",
            "negative-population",
            broken("aggregateareas", "INPUT", at0(folk=-100)),
            "refuse",
            ("folk", NEGATIVE),
        ),
        case(
            "areatypes",
            "share-over-100",
            broken("areatypes", "INPUT", at0(**{b.LOW_ECON: 150.0})),
            "either",
            (b.LOW_ECON, ("100", "percent")),
            no_type,
        ),
        case(
            "areatypes",
            "negative-share",
            broken("areatypes", "INPUT", at0(**{b.LOW_ECON: -5.0})),
            "either",
            (b.LOW_ECON, NEGATIVE),
            no_type,
        ),
        case(
            "areatypes",
            "missing-share",
            broken("areatypes", "INPUT", at0(**{b.LOW_ECON: None})),
            "succeed",
            (),
            e.all_of(no_type, e.result("NO_TYPE", 1)),
        ),
        case(
            "areatypes",
            "numerator-over-denominator",
            broken("areatypes", "INPUT", at0(**{b.EDU: 900, b.EDU_TOTAL: 500})),
            "either",
            (b.EDU, b.EDU_TOTAL),
            no_type,
        ),
        case(
            "inequalityindex",
            "negative-count",
            broken("inequalityindex", "INPUT", at0(**{b.QUARTILES[0]: -10})),
            "refuse",
            (b.QUARTILES[0], NEGATIVE),
        ),
        case(
            "segregationindices",
            "group-over-total",
            broken("segregationindices", "INPUT", at0(**{b.QUARTILES[0]: 5000})),
            "either",
            (b.QUARTILES[0], b.INCOME_TOTAL),
            e.any_row("OUTPUT", lambda r: r["n_excluded"], "kept"),
        ),
        case(
            "tenuremix",
            "negative-dwellings",
            broken("tenuremix", "INPUT", at0(**{"hyresrätt": -50})),
            "refuse",
            ("hyresrätt", NEGATIVE),
        ),
        case(
            "plannedhousing",
            "negative-planned",
            broken("plannedhousing", "PROJECTS", at0(hyresratt=-40)),
            "refuse",
            ("P1", NEGATIVE),
        ),
        case(
            "transitaccessbyarea",
            "negative-population",
            changed_base(
                "transitaccessbyarea",
                POP_RASTER="",
                POP_FIELD="folk",
                AREAS=lambda d: b.deso(d.inp, b.changed(b.deso_rows(), 0, folk=-100)),
            ),
            "refuse",
            ("folk", NEGATIVE),
        ),
    ]
    return out


def cases() -> list:
    return [
        *text_for_number_cases(),
        *missing_code_cases(),
        *value_cases(),
    ]
