"""The timetable router on hand-worked feeds, one rule each (times worked out by hand).

Walking: 5 km/h, detour 1.3, so 600 m straight line is 780 m walked, 561.6 s → 562 s
(rounded up), and 60 s to change vehicles (the defaults, docs/transit.md). Stops are
placed in metres.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from segregation_plugin.core.transit.routing.footpaths import WalkRules
from segregation_plugin.core.transit.routing.opportunities import (
    access_per_origin,
    gap_by_area_type,
)
from segregation_plugin.core.transit.routing.raptor import INF
from segregation_plugin.core.transit.routing.travel_times import DepartureWindow, Router
from tests.helpers.transit_feeds import make_feed, stops_txt

WEDNESDAY = dt.date(2022, 10, 12)
FAR = 5000.0  # stops this far apart are never walked between (800 m at most)


def _xy(feed, places):
    ids = feed.stops["stop_id"].astype(str)
    return (
        np.array([places[s][0] for s in ids], float),
        np.array([places[s][1] for s in ids], float),
    )


def _router(feed, places, start="07:00", end=None, step=60, **kw):
    h, m = map(int, start.split(":"))
    s = h * 3600 + m * 60
    window = DepartureWindow(s, s + 60 if end is None else end, step, kw.pop("max_minutes", 90))
    x, y = _xy(feed, places)
    return Router(feed, kw.pop("date", WEDNESDAY), x, y, window, **kw)


def _arrival(router, places, origin_stop, stop):
    """Earliest arrival (s) by vehicle at ``stop`` leaving from ``origin_stop``'s place."""
    ids = list(router.feed.stops["stop_id"].astype(str))
    ox, oy = places[origin_stop]
    [(rows, best)] = list(router.stop_arrivals([ox], [oy]))
    value = int(best[ids.index(stop), 0, 0])
    return None if value >= INF else value


LINE = {"A": (0, 0), "B": (FAR, 0), "C": (2 * FAR, 0), "D": (3 * FAR, 0)}
LINE_STOPS = stops_txt(*[(k, x, y) for k, (x, y) in LINE.items()])
TWO_LINES_TRIPS = "route_id,service_id,trip_id\nR1,WK,a\nR1,WK,b1\nR1,WK,b2\n"


def _two_lines(tmp_path, b1_departs):
    return make_feed(
        tmp_path,
        stops=LINE_STOPS,
        trips=TWO_LINES_TRIPS,
        stop_times=f"""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        a,07:00:00,07:00:00,A,1
        a,07:10:00,07:10:00,B,2
        b1,{b1_departs},{b1_departs},B,1
        b1,07:20:00,07:20:00,C,2
        b2,07:30:00,07:30:00,B,1
        b2,07:40:00,07:40:00,C,2
        """,
    )


def test_a_transfer_needs_the_change_time(tmp_path):
    # 07:10 at B + 60 s change: the 07:11 bus is caught, C at 07:20
    caught = _two_lines(tmp_path / "caught", "07:11:00")
    assert _arrival(_router(caught, LINE), LINE, "A", "C") == 7 * 3600 + 20 * 60
    # the bus leaves at 07:10:30: missed by 30 s, the next one reaches C at 07:40
    missed = _two_lines(tmp_path / "missed", "07:10:30")
    assert _arrival(_router(missed, LINE), LINE, "A", "C") == 7 * 3600 + 40 * 60


def test_a_transfer_missed_by_a_minute(tmp_path):
    # a arrives at B 07:10, b1 leaves B at 07:11: with 60 s to change it is caught (C at
    # 07:20); with 120 s to change one can board from 07:12, so b1 is missed by exactly one
    # minute and b2 (07:30) reaches C at 07:40
    feed = _two_lines(tmp_path, "07:11:00")
    caught = _router(feed, LINE, walk=WalkRules(transfer_slack=60))
    assert _arrival(caught, LINE, "A", "C") == 7 * 3600 + 20 * 60
    missed = _router(feed, LINE, walk=WalkRules(transfer_slack=120))
    assert _arrival(missed, LINE, "A", "C") == 7 * 3600 + 40 * 60
    # the same through the travel time from A's place to C's over the window 07:00–07:01:
    # 20 minutes when caught, 40 when missed
    for router, minutes in ((caught, 20.0), (missed, 40.0)):
        [(_, tables)] = list(router.travel_times([0.0], [0.0], [2 * FAR], [0.0]))
        assert tables[50][0, 0] == minutes


def test_a_trip_past_midnight_runs_on_the_next_date(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=LINE_STOPS,
        calendar=None,
        calendar_dates="service_id,date,exception_type\nTUE,20221011,1\nWED,20221012,1\n",
        trips="route_id,service_id,trip_id\nR1,TUE,night\nR1,WED,early\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        night,24:10:00,24:10:00,A,1
        night,24:30:00,24:30:00,B,2
        early,00:20:00,00:20:00,A,1
        early,00:50:00,00:50:00,B,2
        """,
    )
    # Tuesday's trip at 24:10 is Wednesday 00:10: from A at 00:05 it reaches B at 00:30
    router = _router(feed, LINE, start="00:05")
    assert _arrival(router, LINE, "A", "B") == 30 * 60
    # on Thursday neither Tuesday's nor Wednesday's trips run
    later = _router(feed, LINE, start="00:05", date=dt.date(2022, 10, 13))
    assert _arrival(later, LINE, "A", "B") is None


def test_frequency_trips_leave_every_headway(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=LINE_STOPS,
        trips="route_id,service_id,trip_id\nR1,WK,f\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        f,07:00:00,07:00:00,A,1
        f,07:05:00,07:05:00,B,2
        """,
        frequencies="trip_id,start_time,end_time,headway_secs\nf,07:00:00,08:00:00,600\n",
    )
    # leaving A at 07:03 waits for the 07:10 vehicle, at B 07:15
    assert _arrival(_router(feed, LINE, start="07:03"), LINE, "A", "B") == 7 * 3600 + 15 * 60
    # the last vehicle leaves at 07:50 (08:00 is the end, not a departure)
    assert _arrival(_router(feed, LINE, start="07:51", max_minutes=30), LINE, "A", "B") is None


def test_walking_beats_a_slow_bus_and_median_over_the_window(tmp_path):
    places = {"A": (0, 0), "B": (600, 0), "C": (FAR, FAR)}
    feed = make_feed(
        tmp_path,
        stops=stops_txt(*[(k, x, y) for k, (x, y) in places.items()]),
        trips="route_id,service_id,trip_id\nR1,WK,slow\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        slow,07:05:00,07:05:00,A,1
        slow,07:20:00,07:20:00,B,2
        """,
    )
    router = _router(feed, places, start="07:00")
    [(_, tables)] = list(router.travel_times([0.0], [0.0], [600.0], [0.0], (50,)))
    # 600 m × 1.3 at 5 km/h = 562 s walked: 9.4 min, not the bus's 15
    assert tables[50][0, 0] == pytest.approx(562 / 60, abs=1e-4)
    # to a place 500 m beyond B (too far from A to walk): bus 07:05 → B 07:20, then 468 s
    # walked (650 m at 5 km/h), at 07:27:48. Departures 07:00 … 07:04 every minute all take
    # that bus: 27.8, 26.8, 25.8, 24.8, 23.8 min; the median (3rd shortest of 5) 25.8, the
    # 75th percentile (nearest rank: 4th) 26.8.
    router = _router(feed, places, start="07:00", end=7 * 3600 + 300, step=60)
    [(_, tables)] = list(router.travel_times([0.0], [0.0], [1100.0], [0.0], (50, 75)))
    assert tables[50][0, 0] == pytest.approx((1200 + 468 - 120) / 60, abs=1e-4)
    assert tables[75][0, 0] == pytest.approx((1200 + 468 - 60) / 60, abs=1e-4)


def test_calendar_dates_remove_and_add_a_day(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=LINE_STOPS,
        calendar_dates="service_id,date,exception_type\nWK,20221012,2\nSAT,20221012,1\n",
        trips="route_id,service_id,trip_id\nR1,WK,weekday\nR1,SAT,extra\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        weekday,07:00:00,07:00:00,A,1
        weekday,07:10:00,07:10:00,B,2
        extra,07:20:00,07:20:00,A,1
        extra,07:40:00,07:40:00,B,2
        """,
    )
    # 12 October the weekday service is removed and the Saturday one added
    assert _arrival(_router(feed, LINE), LINE, "A", "B") == 7 * 3600 + 40 * 60
    # on the Thursday the weekday trip runs
    thursday = _router(feed, LINE, date=dt.date(2022, 10, 13))
    assert _arrival(thursday, LINE, "A", "B") == 7 * 3600 + 10 * 60


CHAIN_TIMES = """
trip_id,arrival_time,departure_time,stop_id,stop_sequence
x,07:00:00,07:00:00,A,1
x,07:10:00,07:10:00,B,2
y,07:15:00,07:15:00,B,1
y,07:25:00,07:25:00,C,2
z,07:30:00,07:30:00,C,1
z,07:40:00,07:40:00,D,2
"""


def test_max_transfers(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=LINE_STOPS,
        trips="route_id,service_id,trip_id\nR1,WK,x\nR1,WK,y\nR1,WK,z\n",
        stop_times=CHAIN_TIMES,
    )
    assert _arrival(_router(feed, LINE, max_transfers=1), LINE, "A", "C") == 7 * 3600 + 25 * 60
    assert _arrival(_router(feed, LINE, max_transfers=1), LINE, "A", "D") is None
    assert _arrival(_router(feed, LINE, max_transfers=2), LINE, "A", "D") == 7 * 3600 + 40 * 60


def test_transfers_txt_forbids_and_times_changes(tmp_path):
    trips = "route_id,service_id,trip_id\nR1,WK,x\nR1,WK,y\nR1,WK,z\n"
    forbidden = make_feed(
        tmp_path / "forbid",
        stops=LINE_STOPS,
        trips=trips,
        stop_times=CHAIN_TIMES,
        transfers="from_stop_id,to_stop_id,transfer_type\nB,B,3\n",
    )
    assert _arrival(_router(forbidden, LINE), LINE, "A", "C") is None
    # a 6-minute minimum change at B: 07:16 is too late for the 07:15 bus
    slow = make_feed(
        tmp_path / "slow",
        stops=LINE_STOPS,
        trips=trips,
        stop_times=CHAIN_TIMES,
        transfers="from_stop_id,to_stop_id,transfer_type,min_transfer_time\nB,B,2,360\n",
    )
    assert _arrival(_router(slow, LINE), LINE, "A", "C") is None
    # stops 300 m apart (390 m walked, 281 s + 60 s change): changing there works
    near = dict(LINE, C=(FAR + 300, 0))
    walked = make_feed(
        tmp_path / "walk",
        stops=stops_txt(*[(k, x, y) for k, (x, y) in near.items()]),
        trips="route_id,service_id,trip_id\nR1,WK,x\nR1,WK,z\n",
        stop_times="\n".join(r for r in CHAIN_TIMES.splitlines() if not r.startswith("y,")),
    )
    # x reaches B at 07:10; walking to C and changing take 341 s: at C 07:15:41, z leaves
    # 07:30
    assert _arrival(_router(walked, near), near, "A", "D") == 7 * 3600 + 40 * 60


def test_opportunities_and_gap_by_area_type(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=LINE_STOPS,
        trips="route_id,service_id,trip_id\nR1,WK,x\nR1,WK,y\nR1,WK,z\n",
        stop_times=CHAIN_TIMES,
    )
    router = _router(feed, LINE, max_transfers=4)
    # origins at A and at C; jobs: 100 at B, 50 at D, 7 far away from any stop
    ox, oy = np.array([0.0, 2 * FAR]), np.array([0.0, 0.0])
    dx, dy = np.array([FAR, 3 * FAR, 0.0]), np.array([0.0, 0.0, 3 * FAR])
    access = access_per_origin(router, ox, oy, dx, dy, [100, 50, 7], cutoffs=(15, 45))
    # from A: B at 07:10 (10 min); D at 07:40 (40 min); from C: D at 07:40 (40 min)
    assert access["nearest_min"].tolist() == [10.0, 40.0]
    assert access["opp_15min"].tolist() == [100.0, 0.0]
    assert access["opp_45min"].tolist() == [150.0, 50.0]
    assert access["pct_region_45min"].tolist() == [round(100 * 150 / 157, 1), 31.8]
    gap = gap_by_area_type(access, [1, 5], [30, 10], cutoff=45)
    rows = gap.set_index("area_type")
    assert rows.loc["1–2", "opp_45min_per_resident"] == 150.0
    assert rows.loc["4–5", "opp_45min_per_resident"] == 50.0
    assert rows.loc["gap 1–2 minus 4–5", "opp_45min_per_resident"] == 100.0
    assert rows.loc["gap 1–2 minus 4–5", "median_nearest_min"] == -30.0
    assert rows.loc["1–2", "residents"] == 30


def test_isochrone_circles_shrink_with_the_time_left(tmp_path):
    from shapely.geometry import Point

    from segregation_plugin.core.transit.routing.isochrones import isochrones

    feed = _two_lines(tmp_path, "07:11:00")
    router = _router(feed, LINE)
    rows = isochrones(router, np.array([0.0]), np.array([0.0]), bands=(15, 30))
    band15, band30 = rows[0]["geometry"], rows[1]["geometry"]
    # B at 07:10 leaves 5 min: 300 s at 5 km/h ÷ 1.3 = 320.5 m around B
    assert band15.contains(Point(FAR + 315, 0)) and not band15.contains(Point(FAR + 325, 0))
    # C (07:20) is beyond 15 min; in 30 min the walk from B is capped at 800 m walked
    assert not band15.contains(Point(2 * FAR, 0))
    assert band30.contains(Point(FAR + 610, 0)) and not band30.contains(Point(FAR + 620, 0))
    # C at 07:20 leaves 10 min: 641 m, capped at the 800 m walked too (615.4 m)
    assert band30.contains(Point(2 * FAR + 610, 0)) and not band30.contains(Point(2 * FAR + 620, 0))
    # around the origin itself: the walk, capped at 800 m walked (615.4 m straight)
    assert band15.contains(Point(0, 610)) and not band15.contains(Point(0, 620))
