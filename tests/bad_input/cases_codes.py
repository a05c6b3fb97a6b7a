"""Cases of codes: duplicate rows and codes, two layers without a code in common, and the
codes of the other DeSO version (``9901A0010_DeSO2025`` as SCB's API writes them)."""

from __future__ import annotations

from . import builders as b
from . import expect as e
from .case import case
from .cases_fields import DUPLICATE
from .cases_layers import DESO, FOLK_BY_REGSO, PROJECT_AREAS
from .inputs import broken, changed_base


def duplicate_cases() -> list:
    twice = lambda rows: [*rows, rows[0]]  # noqa: E731
    same_code = lambda rows: b.changed(rows, 1, desokod=rows[0][1]["desokod"])  # noqa: E731
    dup = (DESO[0], DUPLICATE)
    out = [
        case(
            "checkareas",
            "duplicate-code",
            broken("checkareas", "INPUT", same_code),
            "succeed",
            (),
            e.any_row(
                "OUTPUT",
                lambda r: r["code"] == DESO[0] and r["check"] == "code",
                "the code used twice is not reported",
            ),
        ),
        case(
            "joinstatistics",
            "duplicate-areas",
            broken("joinstatistics", "INPUT", twice),
            "succeed",
            (),
            e.all_of(e.rows("OUTPUT", 9), e.result("MATCHED", 9)),
        ),
        case(
            "aggregateareas",
            "duplicate-rows",
            broken("aggregateareas", "INPUT", twice),
            "either",
            dup,
            e.values("OUTPUT", "regsokod", "folk", FOLK_BY_REGSO),
        ),
        case("areatypes", "duplicate-rows", broken("areatypes", "INPUT", twice), "either", dup),
        case(
            "inequalityindex",
            "duplicate-rows",
            broken("inequalityindex", "INPUT", twice),
            "either",
            dup,
            e.values("OUTPUT", "region", "low_count", {"9901": 900.0}),
        ),
        case(
            "segregationindices",
            "duplicate-rows",
            broken("segregationindices", "INPUT", twice),
            "either",
            dup,
            e.values("OUTPUT", "region", "group_count", {"9901": 900.0}),
        ),
        case(
            "tenuremix",
            "duplicate-rows",
            broken("tenuremix", "INPUT", twice),
            "either",
            dup,
            e.values("REFERENCES", "code", "dwellings_hyresratt", {"9901": 630.0}),
        ),
        case(
            "typechange",
            "duplicate-code-second",
            broken(
                "typechange", "SECOND", lambda rows: [*rows, b.changed(rows, 0, area_type=1)[0]]
            ),
            "refuse",
            dup,
        ),
        case(
            "typechange",
            "no-common-codes",
            broken(
                "typechange",
                "SECOND",
                lambda rows: [
                    (w, dict(v, desokod=v["desokod"].replace("99", "98", 1))) for w, v in rows
                ],
            ),
            "refuse",
            (("code", "codes"), ("common", "match", "none of", "no area")),
        ),
        case(
            "zonalraster",
            "duplicate-zones",
            broken("zonalraster", "ZONES", twice),
            "succeed",
            (),
            e.total("OUTPUT", "zonal_sum", 2250.0),
        ),
        case(
            "planningoverlay",
            "duplicate-plan-ids",
            broken(
                "planningoverlay",
                "PLANS",
                lambda rows: [*rows, b.changed(rows, 1, plan_id="N1")[1]],
            ),
            "either",
            ("N1", DUPLICATE),
            e.warned("N1"),
        ),
    ]
    same_id = lambda rows: b.changed(rows, 1, projekt_id="P1")  # noqa: E731
    for tool in ("plannedhousing", "tenuresplit"):
        out.append(
            case(
                tool,
                "duplicate-project-ids",
                broken(tool, "PROJECTS", same_id),
                "refuse",
                ("P1", DUPLICATE),
            )
        )
    return out


def _suffixed(rows):
    out = b.changed(rows)
    for _, values in out:
        values["desokod"] += "_DeSO2025"
        values["regsokod"] += "_RegSO2025"
    return out


def version_cases() -> list:
    """Codes of DeSO 2025 as SCB's API writes them (``0114A0010_DeSO2025``)."""
    scb_2025 = "\n".join(
        line.replace('0";', '0_DeSO2025";') if line.startswith('"99') else line
        for line in b.scb_csv_text().splitlines()
    )
    with_file = changed_base(
        "joinstatistics", STATISTICS_FILE=lambda d: b.scb_csv(d.inp, text=scb_2025)
    )
    out = [
        case(
            "joinstatistics",
            "deso2025-statistics",
            with_file,
            "succeed",
            (),
            e.all_of(
                e.result("MATCHED", 8),
                e.any_row("REPORT", lambda r: r["check"] == "version", "no version warning"),
            ),
        ),
        case(
            "importscbtable",
            "deso2025-codes",
            changed_base("importscbtable", INPUT=lambda d: b.scb_csv(d.inp, text=scb_2025)),
            "succeed",
            (),
            e.all_of(
                e.rows("OUTPUT", 8, "region_version"),
                e.column(
                    "OUTPUT",
                    "region_version",
                    lambda v: v == "DeSO2025",
                    "every code had the suffix",
                ),
                e.column(
                    "OUTPUT", "region_code", lambda v: "_" not in v, "the code without its suffix"
                ),
            ),
        ),
        case(
            "areatypes",
            "deso2025-codes",
            broken("areatypes", "INPUT", _suffixed),
            "succeed",
            (),
            e.rows("OUTPUT", 8, "area_type"),
        ),
        case(
            "checkareas",
            "deso2025-codes",
            broken("checkareas", "INPUT", _suffixed),
            "succeed",
            (),
            e.result("ERRORS", 0),
        ),
        case(
            "aggregateareas",
            "deso2025-codes",
            broken("aggregateareas", "INPUT", _suffixed),
            "succeed",
            (),
            e.values("OUTPUT", "regsokod", "folk", FOLK_BY_REGSO),
        ),
        case(
            "tenuremix",
            "deso2025-codes",
            broken("tenuremix", "INPUT", _suffixed),
            "succeed",
            (),
            e.values("REFERENCES", "code", "dwellings_hyresratt", {"9901": 630.0}),
        ),
        case(
            "inequalityindex",
            "deso2025-codes",
            broken("inequalityindex", "INPUT", _suffixed),
            "succeed",
            (),
            e.values("OUTPUT", "region", "low_count", {"9901": 900.0}),
        ),
        case(
            "segregationindices",
            "deso2025-codes",
            broken("segregationindices", "INPUT", _suffixed),
            "succeed",
            (),
            e.values("OUTPUT", "region", "group_count", {"9901": 900.0}),
        ),
        case(
            "plannedhousing",
            "deso2025-codes",
            broken("plannedhousing", "AREAS", _suffixed),
            "succeed",
            (),
            e.values("OUTPUT", "projekt_id", "counted", dict.fromkeys(PROJECT_AREAS, True)),
        ),
        case(
            "typechange",
            "deso2025-second-year",
            broken("typechange", "SECOND", _suffixed),
            "either",
            (("version", "2025"),),
            e.warned("version", "2025"),
        ),
    ]
    return out


def cases() -> list:
    return [*duplicate_cases(), *version_cases()]
