"""Cases of a broken parameter value: NaN, negative or out-of-range numbers (tolerance,
population, thresholds, shares, cell sizes, radius), a matrix with a row half filled, type
bounds, years, times and dates that are not what the tool asks for, σ = 0."""

from __future__ import annotations

import math

from . import builders as b
from .case import Named, case
from .inputs import broken, changed_base

NAN = math.nan
RANGE = (
    "negative",
    "at least",
    "between",
    "greater than",
    "more than",
    "above",
    "0 or more",
    "positive",
    "from",
)
NOT_NUMBER = ("not a number", "number", "NaN")


def _number(tool, param, value, kind, words=RANGE):
    return case(tool, kind, changed_base(tool, **{param: value}), "refuse", (Named(param), words))


def number_cases() -> list:
    out = [
        _number("checkareas", "TOLERANCE", -1.0, "negative-tolerance"),
        _number("checkareas", "TOLERANCE", NAN, "nan-tolerance", NOT_NUMBER),
        _number("aggregateareas", "MIN_POPULATION", -5, "negative-min-population"),
        _number("areatypes", "MIN_POPULATION", -5, "negative-min-population"),
        _number("transitqualityclasses", "CELL_SIZE", 0.0, "zero-cell-size"),
        _number("transitqualityclasses", "CELL_SIZE", NAN, "nan-cell-size", NOT_NUMBER),
        _number("ptal", "CELL_SIZE", -100.0, "negative-cell-size"),
        _number("lineprofile", "RADIUS", -800.0, "negative-radius"),
        _number("lineprofile", "RADIUS", NAN, "nan-radius", NOT_NUMBER),
        _number("tenuremix", "THRESHOLD", 20.0, "threshold-below-34"),
        _number("tenuremix", "THRESHOLD", 150.0, "threshold-over-100"),
        _number("plannedhousing", "THRESHOLD", NAN, "nan-threshold", NOT_NUMBER),
        _number("tenuresplit", "MIN_RENTAL", 150.0, "min-rental-over-100"),
        _number("zonalraster", "THRESHOLD", NAN, "nan-threshold", NOT_NUMBER),
        _number("planningoverlay", "UP_TO_YEAR", 1800, "year-1800"),
    ]
    spacing = changed_base(
        "transitaccessbyarea", POP_RASTER="", POP_FIELD="folk", POINT_SPACING=0.0
    )
    out.append(
        case(
            "transitaccessbyarea",
            "zero-point-spacing",
            spacing,
            "refuse",
            (Named("POINT_SPACING"), RANGE),
        )
    )
    shares = dict(TARGET=1, TARGET_HYRESRATT=50.0, TARGET_BOSTADSRATT=30.0, TARGET_AGANDERATT=30.0)
    out.append(
        case(
            "tenuresplit",
            "target-shares-sum-110",
            changed_base("tenuresplit", **shares),
            "refuse",
            (("target", "Target"), "100"),
        )
    )
    negative = dict(shares, TARGET_HYRESRATT=-10.0, TARGET_AGANDERATT=80.0)
    out.append(
        case(
            "tenuresplit",
            "negative-target-share",
            changed_base("tenuresplit", **negative),
            "refuse",
            (Named("TARGET_HYRESRATT"), RANGE),
        )
    )
    return out


def matrix_cases() -> list:
    """aggregateareas' share and ratio matrices with a row not filled (the tool's matrices;
    tenuresplit's target shares are three numbers, no matrix)."""
    odd = changed_base("aggregateareas", SHARES=[b.LOW_ECON, "folk", b.LOW_ECON])
    ratios = changed_base("aggregateareas", RATIOS=[b.EDU, b.EDU_TOTAL, "andel", b.UNEMPLOYED])
    words = (("Shares", "share"), ("row", "pair", "both", "fill"))
    ratio_words = (("New shares", "numerator"), ("row", "fill", "denominator"))
    return [
        case("aggregateareas", "odd-length-shares-matrix", odd, "refuse", words),
        case("aggregateareas", "half-row-ratios-matrix", ratios, "refuse", ratio_words),
    ]


def _criterion_1_not_everywhere(run):
    """σ = 0 leaves criterion 1 undefined: not every kommun has a large challenge."""
    met = [r["region"] for r in run.rows("OUTPUT") if r["crit_inequality"] is True]
    assert len(met) < 2, f"σ = 0 makes every kommun meet criterion 1: {met}"


def _same_kommuner(rows):
    """Both kommuner with the same DeSO (9902 a copy of 9901): σ of the index is 0."""
    east = []
    for (wkt, _), (_, values) in zip(rows[4:], rows[:4]):
        codes = {k: values[k].replace("9901", "9902") for k in ("desokod", "regsokod", "kommunkod")}
        east.append((wkt, dict(values, **codes)))
    return [*rows[:4], *east]


def reference_cases() -> list:
    bounds = "(e.g. 2, 1, 0, -1)"
    out = [
        case(
            "areatypes",
            "thresholds-not-numbers",
            changed_base("areatypes", THRESHOLDS="2, 1, x, -1"),
            "refuse",
            (("bounds", "threshold"), ("number", bounds)),
        ),
        case(
            "areatypes",
            "three-thresholds",
            changed_base("areatypes", THRESHOLDS="2, 1, 0"),
            "refuse",
            (("bounds", "threshold"), ("four", "4")),
        ),
        case(
            "areatypes",
            "thresholds-not-decreasing",
            changed_base("areatypes", THRESHOLDS="1, 2, 0, -1"),
            "refuse",
            (("bounds", "threshold"), ("decreas", "order", "descending", "larger")),
        ),
        case(
            "areatypes",
            "entered-sd-zero",
            changed_base("areatypes", REFERENCE=3, REFERENCE_MEAN=15.0, REFERENCE_SD=0.0),
            "refuse",
            (("σ", "Entered σ", "standard deviation"), ("0", "positive", "zero")),
        ),
        case(
            "areatypes",
            "entered-sd-negative",
            changed_base("areatypes", REFERENCE=3, REFERENCE_MEAN=15.0, REFERENCE_SD=-2.0),
            "refuse",
            (("σ", "Entered σ", "standard deviation"), RANGE),
        ),
        case(
            "inequalityindex",
            "entered-sd-zero",
            changed_base(
                "inequalityindex",
                NATIONAL=1,
                INEQUALITY_MEAN=20.0,
                INEQUALITY_SD=0.0,
                SHARE_MEAN=10.0,
                SHARE_SD=5.0,
            ),
            "either",
            (("SD", "standard deviation"), ("0", "zero", "positive")),
            _criterion_1_not_everywhere,
        ),
        case(
            "inequalityindex",
            "kommuner-alike-sd-zero",
            broken("inequalityindex", "INPUT", _same_kommuner),
            "either",
            (("SD", "standard deviation"), ("0", "zero", "alike", "same")),
            _criterion_1_not_everywhere,
        ),
        case(
            "typechange",
            "same-year-twice",
            changed_base("typechange", YEAR_BEFORE=2022),
            "refuse",
            (("year", "First year"), ("same", "two", "different")),
        ),
    ]
    return out


def text_cases() -> list:
    window = ("Time window", "HH:MM", "time")
    out = [
        case(
            "importscbtable",
            "year-not-in-file",
            changed_base("importscbtable", YEARS="2030"),
            "refuse",
            ("2030", "2022"),
        ),
        case(
            "importscbtable",
            "years-not-numbers",
            changed_base("importscbtable", YEARS="20x2"),
            "refuse",
            ("20x2", ("year", "Years")),
        ),
        case(
            "joinstatistics",
            "years-not-numbers",
            changed_base("joinstatistics", YEARS="tjugo"),
            "refuse",
            ("tjugo", ("year", "Years")),
        ),
        case(
            "gtfsstopservice",
            "time-25-99",
            changed_base("gtfsstopservice", START="25:99"),
            "refuse",
            ("25:99", window),
        ),
        case(
            "gtfsstopservice",
            "window-backwards",
            changed_base("gtfsstopservice", START="20:00", END="06:00"),
            "refuse",
            (("Time window", "window"), ("ends before", "before it starts", "after")),
        ),
        case(
            "transitqualityclasses",
            "date-2022-02-30",
            changed_base("transitqualityclasses", DATE="2022-02-30"),
            "refuse",
            ("2022-02-30", ("date", "YYYY-MM-DD")),
        ),
        case(
            "tenuresplit",
            "unknown-project",
            changed_base("tenuresplit", PROJECT="P99"),
            "refuse",
            ("P99", ("no project", "not in", "no such")),
        ),
        case(
            "lineprofile",
            "unknown-route",
            changed_base("lineprofile", ROUTE="99X"),
            "refuse",
            ("99X", ("route", "Route")),
        ),
        case(
            "zonalraster",
            "band-3-of-1",
            changed_base("zonalraster", BAND=3),
            "refuse",
            (("band", "Band"), ("3", "1")),
        ),
        case(
            "zonalraster",
            "blank-prefix",
            changed_base("zonalraster", PREFIX="  "),
            "refuse",
            (("prefix", "Prefix"),),
        ),
        case(
            "areatypes",
            "expression-not-valid",
            changed_base("areatypes", REFERENCE=1, REFERENCE_EXPRESSION='"folk" >>> 3'),
            "refuse",
            (("expression", "Reference areas"), ('"folk" >>> 3', "folk")),
        ),
    ]
    return out


def cases() -> list:
    return [*number_cases(), *matrix_cases(), *reference_cases(), *text_cases()]
