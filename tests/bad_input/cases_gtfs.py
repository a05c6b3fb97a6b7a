"""Cases of a broken GTFS feed: empty or duplicated stop_times, reversed frequencies, a stop
without coordinates, at 0,0 or with latitude and longitude swapped, times running backwards,
no service on the date, the route types 1501/1100/11/200/5/12 and no direction_id."""

from __future__ import annotations

import re

from . import expect as e
from . import feeds as f
from .case import case
from .inputs import changed_base

TRANSIT = ("gtfsstopservice", "transitqualityclasses", "ptal", "transitaccessbyarea", "lineprofile")
ROUTING = ("traveltimematrix", "transitisochrones", "transitopportunities")
EMPTY = ("empty", "no stop times", "no rows", "no departures", "no trips")
PLACE = ("coordinate", "position", "latitude", "longitude", "0,0", "location")
BASE_DEPARTURES = {"ALFA": 84, "BETA": 112, "GAMMA": 84}


def with_feed(tool: str, extra=None, **tables):
    """The tool's parameters with the town's feed changed by ``tables`` (name → text) and
    the parameters ``extra``."""
    feed = lambda d: f.feed(d.inp, tables=f.feed_tables(**tables))  # noqa: E731
    return changed_base(tool, GTFS=feed, **(extra or {}))


def _times(body: str) -> str:
    return f.timetable()["stop_times"].split("\n", 1)[0] + "\n" + body


def _backwards_trip() -> str:
    """R1_0_480 (08:00 from ALFA) calls at BETA and GAMMA before it leaves ALFA."""
    lines = f.timetable()["stop_times"].splitlines()
    fixed = {"R1_0_480,08:05:00": "R1_0_480,07:55:00", "R1_0_480,08:08:00": "R1_0_480,07:50:00"}
    out = []
    for line in lines:
        for old, new in fixed.items():
            if line.startswith(old):
                line = line.replace(old.split(",")[1], new.split(",")[1])
        out.append(line)
    return "\n".join(out) + "\n"


def _stops(**changes) -> str:
    return f.stops_text(f.stop_lines(**changes))


def _served(name: str, stop: str, expected: int):
    return e.values(name, "stop_id", "departures", {stop: expected})


def stop_time_cases() -> list:
    doubled = f.timetable()["stop_times"]
    doubled = doubled + doubled.split("\n", 1)[1]
    out = []
    for tool in TRANSIT + ROUTING:
        build = with_feed(tool, stop_times=_times(""))
        out.append(
            case(
                tool,
                "empty-stop-times",
                build,
                "refuse",
                ("stop_times", EMPTY),
                isolate=tool == "gtfsstopservice",
            )
        )
    words = ("stop_times", ("more than once", "duplicate", "twice"))
    out += [
        case(
            "gtfsstopservice",
            "duplicated-stop-times",
            with_feed("gtfsstopservice", stop_times=doubled),
            "either",
            words,
            e.all_of(e.result("DEPARTURES", 280), _served("OUTPUT", "BETA", 112)),
        ),
        case(
            "transitqualityclasses",
            "duplicated-stop-times",
            with_feed("transitqualityclasses", stop_times=doubled),
            "either",
            words,
            e.values("STOPS", "stop_id", "departures", BASE_DEPARTURES),
        ),
        case(
            "lineprofile",
            "duplicated-stop-times",
            with_feed("lineprofile", stop_times=doubled),
            "either",
            words,
            e.rows("OUTPUT", 3, "trips"),
        ),
        case(
            "gtfsstopservice",
            "times-backwards",
            with_feed("gtfsstopservice", stop_times=_backwards_trip()),
            "either",
            ("R1_0_480", ("time", "order", "backwards", "earlier", "before")),
            e.warned("R1_0_480"),
        ),
        case(
            "lineprofile",
            "times-backwards",
            with_feed("lineprofile", stop_times=_backwards_trip()),
            "either",
            ("R1_0_480", ("time", "order", "backwards", "earlier", "before")),
            e.warned("R1_0_480"),
        ),
    ]
    frequencies = "trip_id,start_time,end_time,headway_secs\nR1_0_480,10:00:00,08:00:00,600\n"
    out.append(
        case(
            "gtfsstopservice",
            "reversed-frequencies",
            with_feed("gtfsstopservice", frequencies=frequencies),
            "either",
            ("frequencies", ("end", "before", "start")),
            e.warned("frequencies"),
        )
    )
    return out


def stop_place_cases() -> list:
    blank = _stops(BETA=("", ""))
    zero = _stops(GAMMA=("0", "0"))
    lon, lat = f.lonlat(*f.STOP_XY["BETA"])
    swapped = _stops(BETA=(lon, lat))
    out = []
    for tool in ("gtfsstopservice", "transitqualityclasses"):
        # without the raster: a class grid from Sweden to the Gulf of Guinea takes a while
        extra = {"RASTER": ""} if tool == "transitqualityclasses" else {}
        out += [
            case(
                tool,
                "stop-without-coordinates",
                with_feed(tool, extra, stops=blank),
                "either",
                ("BETA", PLACE),
                e.all_of(e.within_sweden("OUTPUT"), e.warned("BETA")),
            ),
            case(
                tool,
                "stop-at-0-0",
                with_feed(tool, extra, stops=zero),
                "either",
                ("GAMMA", PLACE),
                e.all_of(e.within_sweden("OUTPUT"), e.warned("GAMMA")),
            ),
            case(
                tool,
                "lat-lon-swapped",
                with_feed(tool, extra, stops=swapped),
                "either",
                ("BETA", PLACE),
                e.all_of(e.within_sweden("OUTPUT"), e.warned("BETA")),
            ),
        ]
    out.append(
        case(
            "transitqualityclasses",
            "stops-at-0-0-in-the-sea",
            with_feed("transitqualityclasses", {"RASTER": ""}, stops=zero),
            "either",
            ("GAMMA", PLACE),
            e.all_of(e.within_sweden("OUTPUT"), e.within_sweden("STOPS")),
            isolate=True,
        )
    )
    for tool in ("ptal", "transitaccessbyarea", *ROUTING):
        out += [
            case(
                tool,
                "stop-without-coordinates",
                with_feed(tool, stops=blank),
                "either",
                ("BETA", PLACE),
                e.warned("BETA"),
            ),
            case(
                tool,
                "stop-at-0-0",
                with_feed(tool, stops=zero),
                "either",
                ("GAMMA", PLACE),
                e.warned("GAMMA"),
            ),
        ]
    return out


def service_cases() -> list:
    words = (
        "2023-06-01",
        ("no service", "no trips", "does not run", "not run", "outside", "no departures"),
    )
    out = []
    for tool in TRANSIT + ROUTING:
        build = changed_base(tool, DATE="2023-06-01")
        out.append(case(tool, "no-service-on-date", build, "refuse", words))
    no_direction = f.timetable(direction=False)
    out += [
        case(
            "lineprofile",
            "no-direction-id",
            with_feed("lineprofile", **no_direction),
            "either",
            ("direction_id", ("direction",)),
            e.rows("OUTPUT", 3, "trips"),
        ),
        case(
            "gtfsstopservice",
            "no-direction-id",
            with_feed("gtfsstopservice", **no_direction),
            "succeed",
            (),
            e.result("DEPARTURES", 280),
        ),
    ]
    return out


def _route_type_told(route_type: int, stop_type: str):
    """BETA (served by R1 only) has the stop type of R1's route type, or a warning names the
    type (a mode the mapping leaves out is never counted silently)."""

    def check(run):
        got = {r["stop_id"]: r["stop_type"] for r in run.rows("STOPS")}
        told = any(
            "route type" in str(w).casefold() and re.search(rf"\b{route_type}\b", str(w))
            for w in run.log
        )
        assert got.get("BETA") == stop_type or told, (
            f"route type {route_type}: BETA has stop type {got.get('BETA')!r}, not "
            f"{stop_type!r}, and no warning names the type"
        )

    return check


# route type → (mode, ÖV-Güteklassen stop type a planner expects; "" = not counted)
ROUTE_TYPES = {
    1501: ("demand-responsive", ""),
    1100: ("air", ""),
    11: ("trolleybus", "C"),
    200: ("coach", "C"),
    5: ("cable tram", "B"),
    12: ("monorail", "A"),
}


def route_type_cases() -> list:
    out = []
    for route_type, (mode, stop_type) in ROUTE_TYPES.items():
        tables = f.timetable(route_types=(("R1", "1", route_type), ("R2", "T", 2)))
        if route_type == 1501:  # demand-responsive: left out unless asked for
            check = e.result("DEPARTURES", 56)
        else:
            check = e.all_of(
                e.result("DEPARTURES", 280), e.values("OUTPUT", "stop_id", "modes", {"BETA": mode})
            )
        out.append(
            case(
                "gtfsstopservice",
                f"route-type-{route_type}",
                with_feed("gtfsstopservice", **tables),
                "succeed",
                (),
                check,
            )
        )
        out.append(
            case(
                "transitqualityclasses",
                f"route-type-{route_type}",
                with_feed("transitqualityclasses", **tables),
                "succeed",
                (),
                _route_type_told(route_type, stop_type),
            )
        )
    mixed = f.timetable(route_types=tuple((f"R{t}", str(t), t) for t in ROUTE_TYPES))
    for tool in ("ptal", "transitaccessbyarea", "lineprofile", *ROUTING):
        build = with_feed(tool, {"ROUTE": "11"} if tool == "lineprofile" else None, **mixed)
        out.append(case(tool, "route-types-mixed", build, "succeed"))
    return out


def cases() -> list:
    return [*stop_time_cases(), *stop_place_cases(), *service_cases(), *route_type_cases()]
