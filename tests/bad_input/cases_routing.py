"""Cases of the travel-time tools (Travel-time matrix, Isochrones, Opportunities within reach
per area): a departure window without service, places far from every stop, travel times that
are not minutes or longer than the longest trip, too many origins, and a hand-worked time."""

from __future__ import annotations

from . import builders as b
from . import expect as e
from .case import Named, case
from .cases_fields import NUMBER
from .cases_layers import DESO
from .inputs import broken, changed_base, shifted

ROUTING = ("traveltimematrix", "transitisochrones", "transitopportunities")
MINUTES = ("minutes", "15,30", "30,45,60")
NO_SERVICE = ("no departures", "no service", "no trips", "no stop events", "no vehicle")
FAR = ("far from", "no stop", "outside", "reach", "walking")
# the layer each tool starts from
ORIGINS = {
    "traveltimematrix": "ORIGINS",
    "transitisochrones": "ORIGINS",
    "transitopportunities": "AREAS",
}


def window_cases() -> list:
    out = []
    for tool in ROUTING:
        # the feed runs 06:00–19:45: nothing leaves between 02:00 and 03:00
        night = changed_base(tool, START="02:00", END="03:00")
        words = ("02:00", NO_SERVICE)
        out.append(
            case(tool, "window-without-service", night, "either", words, e.warned(*NO_SERVICE))
        )
        backwards = changed_base(tool, START="08:00", END="07:00")
        words = (("window", "Departures"), ("ends before", "before it starts", "after"))
        out.append(case(tool, "window-backwards", backwards, "refuse", words))
    return out


def far_cases() -> list:
    out = []
    for tool, param in ORIGINS.items():
        build = broken(tool, param, shifted())
        out.append(
            case(
                tool,
                f"far-from-stops-{param.lower()}",
                build,
                "either",
                (Named(param), FAR),
                e.warned(*FAR),
            )
        )
    return out


def _ten_to_one(rows):
    """A hundred projects (P1 … P100) on the town's four places."""
    out = []
    for n in range(100):
        wkt, values = rows[n % len(rows)]
        out.append((wkt, dict(values, projekt_id=f"P{n + 1}")))
    return out


def parameter_cases() -> list:
    return [
        case(
            "transitisochrones",
            "bands-not-minutes",
            changed_base("transitisochrones", BANDS="en kvart"),
            "refuse",
            (("travel times", "Travel times"), MINUTES),
        ),
        case(
            "transitisochrones",
            "band-longer-than-longest-trip",
            changed_base("transitisochrones", BANDS="15,90"),
            "refuse",
            ("90", "60"),
        ),
        case(
            "transitisochrones",
            "more-than-50-origins",
            broken("transitisochrones", "ORIGINS", _ten_to_one),
            "refuse",
            ("100", "50"),
        ),
        case(
            "transitopportunities",
            "cutoffs-not-minutes",
            changed_base("transitopportunities", CUTOFFS="30 min, en timme"),
            "refuse",
            (("travel times", "Travel times"), MINUTES),
        ),
        case(
            "transitopportunities",
            "text-weight-field",
            changed_base("transitopportunities", WEIGHT_FIELD="status"),
            "refuse",
            ("status", NUMBER),
        ),
        case(
            "transitopportunities",
            "negative-weight",
            broken(
                "transitopportunities",
                "DESTINATIONS",
                lambda rows: b.changed(rows, 0, hyresratt=-120),
            ),
            "refuse",
            ("hyresratt", ("negative", "below 0", "less than 0")),
        ),
    ]


def _walked(run):
    """P1 lies at the centre of DeSO 0: walked there in no time (0.0 min), whatever the
    departures."""
    got = {(r["origin_id"], r["destination_id"]): r["median_min"] for r in run.rows("OUTPUT")}
    assert got.get(("P1", DESO[0])) == 0.0, f"P1 → {DESO[0]}: {got.get(('P1', DESO[0]))}"


def result_cases() -> list:
    return [
        case(
            "traveltimematrix",
            "walk-to-own-area",
            changed_base("traveltimematrix"),
            "succeed",
            (),
            _walked,
        ),
    ]


def cases() -> list:
    return [*window_cases(), *far_cases(), *parameter_cases(), *result_cases()]
