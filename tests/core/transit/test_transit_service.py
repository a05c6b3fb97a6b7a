"""Service per stop: every calendar and time rule of METHODS.md §6 on hand-worked feeds.

The base feed (tests/helpers/transit_feeds.py) has one route through stops A, B, C: trip t1 on
weekdays (WK) at 08:00, 08:10, 08:20 and trip t2 on Saturdays (SAT) at 09:00, 09:10, 09:20.
2022-10-12 is a Wednesday, 2022-10-14 a Friday, 2022-10-15 a Saturday.
"""

from __future__ import annotations

from datetime import date

import pytest

from segregation_plugin.core.transit import gtfs_calendar
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import make_feed, stops_txt

H = 3600
WED, FRI, SAT = date(2022, 10, 12), date(2022, 10, 14), date(2022, 10, 15)


def counts(feed, date, start=0, end=24 * H, group_stations=True, **options):
    """Departures per stop group id in the window."""
    window = ServiceWindow(date, start, end, **options)
    table = ts.stop_service(feed, window, group_stations=group_stations)
    return dict(zip(table["stop_id"], table["departures"]))


def test_calendar_only(tmp_path):
    feed = make_feed(tmp_path)
    assert counts(feed, WED) == {"A": 1, "B": 1, "C": 0}  # t1; C is its last stop
    assert counts(feed, SAT) == {"A": 1, "B": 1, "C": 0}  # t2
    assert counts(feed, date(2022, 10, 16)) == {"A": 0, "B": 0, "C": 0}  # Sunday
    assert counts(feed, date(2021, 12, 31)) == {"A": 0, "B": 0, "C": 0}  # before start_date
    assert list(gtfs_calendar.active_trips(feed, WED)) == [True, False]


def test_calendar_dates_only(tmp_path):
    feed = make_feed(
        tmp_path,
        calendar=None,
        drop=("calendar",),
        calendar_dates="service_id,date,exception_type\nWK,20221012,1\nSAT,20221015,1\n",
    )
    assert list(gtfs_calendar.active_trips(feed, WED)) == [True, False]
    assert list(gtfs_calendar.active_trips(feed, date(2022, 10, 13))) == [False, False]
    assert list(gtfs_calendar.active_trips(feed, SAT)) == [False, True]


def test_removal_and_addition(tmp_path):
    # 2022-10-12 runs the Saturday timetable instead of the weekday one
    feed = make_feed(
        tmp_path, calendar_dates="service_id,date,exception_type\nWK,20221012,2\nSAT,20221012,1\n"
    )
    assert list(gtfs_calendar.active_trips(feed, WED)) == [False, True]
    table = ts.stop_service(feed, ServiceWindow(WED, 0, 24 * H))
    assert table.set_index("stop_id").loc["A", "first_departure"] == "09:00"
    assert list(gtfs_calendar.active_trips(feed, date(2022, 10, 13))) == [True, False]


NIGHT = dict(
    calendar=(
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20220101,20221231\n"
        "SAT,0,0,0,0,0,1,0,20220101,20221231\n"
        "FRI,0,0,0,0,1,0,0,20220101,20221231\n"
    ),
    trips="route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR1,SAT,t2,0\nR1,FRI,n1,0\n",
    stop_times=(
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "t1,08:00:00,08:00:00,A,1\nt1,08:10:00,08:10:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
        "t2,09:00:00,09:00:00,A,1\nt2,09:10:00,09:10:00,B,2\nt2,09:20:00,09:20:00,C,3\n"
        "n1,23:50:00,23:50:00,A,1\nn1,24:30:00,24:30:00,B,2\nn1,25:10:00,25:10:00,C,3\n"
    ),
)


def test_times_past_midnight_fall_into_the_next_day(tmp_path):
    feed = make_feed(tmp_path, **NIGHT)
    # the Friday night trip leaves B at 24:30 = Saturday 00:30
    assert counts(feed, SAT, 0, 2 * H) == {"A": 0, "B": 1, "C": 0}
    # … but not in Friday's early morning: Thursday has no night trip
    assert counts(feed, FRI, 0, 2 * H) == {"A": 0, "B": 0, "C": 0}
    # a window past 24:00 on Friday has both of its departures (23:50 and 24:30)
    assert counts(feed, FRI, 23 * H, 26 * H) == {"A": 1, "B": 1, "C": 0}
    # Saturday 23:00–26:00: none (no Saturday night trip)
    assert counts(feed, SAT, 23 * H, 26 * H) == {"A": 0, "B": 0, "C": 0}
    events = ts.stop_events(feed, ServiceWindow(SAT, 0, 2 * H))
    assert list(events["time"]) == [30 * 60]  # on Saturday's clock


def test_service_day_count_without_window_is_gtfs_kits(tmp_path):
    feed = make_feed(tmp_path, **NIGHT)
    events = ts.stop_events(feed, ServiceWindow(FRI, include_last_stop=True))
    per_stop = events.groupby("stop").size()
    assert dict(zip(feed.stops["stop_id"][per_stop.index], per_stop)) == {"A": 2, "B": 2, "C": 2}


def test_window_is_start_inclusive_end_exclusive(tmp_path):
    feed = make_feed(tmp_path)
    assert counts(feed, WED, 8 * H, 8 * H + 600) == {"A": 1, "B": 0, "C": 0}
    assert counts(feed, WED, 8 * H + 600, 9 * H) == {"A": 0, "B": 1, "C": 0}


def test_last_stop_of_a_trip_is_not_a_departure(tmp_path):
    feed = make_feed(tmp_path)
    assert counts(feed, WED)["C"] == 0
    assert counts(feed, WED, include_last_stop=True)["C"] == 1


FREQ_TRIPS = "route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR1,SAT,t2,0\nR1,WK,f1,1\n"
FREQ_TIMES = (
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "t1,08:00:00,08:00:00,A,1\nt1,08:10:00,08:10:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
    "t2,09:00:00,09:00:00,A,1\nt2,09:10:00,09:10:00,B,2\nt2,09:20:00,09:20:00,C,3\n"
    # template: the absolute times do not matter, the offsets do (B 5 min after C)
    "f1,10:00:00,10:00:00,C,1\nf1,10:05:00,10:05:00,B,2\nf1,10:10:00,10:10:00,A,3\n"
)


@pytest.mark.parametrize("exact", ["0", "1"])
def test_frequencies_are_expanded(tmp_path, exact):
    feed = make_feed(
        tmp_path,
        trips=FREQ_TRIPS,
        stop_times=FREQ_TIMES,
        frequencies=(
            "trip_id,start_time,end_time,headway_secs,exact_times\n"
            f"f1,06:00:00,07:00:00,600,{exact}\n"  # 06:00, 06:10 … 06:50: six vehicles
            f"f1,07:00:00,08:00:00,1200,{exact}\n"  # 07:00, 07:20, 07:40: three
        ),
    )
    assert counts(feed, WED, 6 * H, 7 * H) == {"A": 0, "B": 6, "C": 6}
    # C at 06:30, 06:40, 06:50; B five minutes later: 06:35, 06:45, 06:55
    assert counts(feed, WED, 6 * H + 1800, 7 * H) == {"A": 0, "B": 3, "C": 3}
    # the second period ends before 08:00: no vehicle at 08:00
    assert counts(feed, WED, 7 * H, 8 * H) == {"A": 0, "B": 3, "C": 3}
    # the template's own times (10:00, 10:05) are not departures
    assert counts(feed, WED, 9 * H + 3000, 11 * H) == {"A": 0, "B": 0, "C": 0}
    events = ts.stop_events(feed, ServiceWindow(WED, 7 * H, 8 * H))
    assert sorted(events.loc[events["trip"] == 2, "time"] // 60) == [
        7 * 60,
        7 * 60 + 5,
        7 * 60 + 20,
        7 * 60 + 25,
        7 * 60 + 40,
        7 * 60 + 45,
    ]


def test_parent_stations_group_their_platforms(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=stops_txt(
            ("S", 0, 0, "1", ""),
            ("S1", 10, 0, "", "S"),
            ("S2", -10, 0, "", "S"),
            ("B", 1000, 0),
            ("C", 2000, 0),
        ),
        trips="route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR1,WK,t2,1\n",
        stop_times=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "t1,08:00:00,08:00:00,S1,1\nt1,08:10:00,08:10:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
            "t2,09:00:00,09:00:00,C,1\nt2,09:10:00,09:10:00,B,2\nt2,09:20:00,09:20:00,S2,3\n"
            "t2,09:30:00,09:30:00,S1,4\n"
        ),
    )
    assert counts(feed, WED) == {"S": 2, "B": 2, "C": 1}  # S1 of t1 and S2 of t2; S1 ends t2
    assert counts(feed, WED, group_stations=False) == {"S1": 1, "S2": 1, "B": 2, "C": 1}
    table = ts.stop_service(feed, ServiceWindow(WED, 0, 24 * H)).set_index("stop_id")
    assert table.loc["S", "stop_name"] == "Stop S"


def test_routes_modes_interval_and_extended_types(tmp_path):
    feed = make_feed(
        tmp_path,
        routes=(
            "route_id,route_short_name,route_type\n"
            "R1,1,3\nR10,10,700\nT,T1,401\nJ,J,109\nF,F,1200\nD,D,715\nX,X,1501\n"
        ),
        trips=(
            "route_id,service_id,trip_id,direction_id\n"
            "R1,WK,a,0\nR10,WK,b,0\nT,WK,c,0\nJ,WK,d,0\nF,WK,e,0\nD,WK,f,0\nX,WK,g,0\n"
        ),
        stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "".join(
            f"{t},0{h}:00:00,0{h}:00:00,A,1\n{t},0{h}:30:00,0{h}:30:00,B,2\n"
            for t, h in zip("abcdefg", range(1, 8))
        ),
    )
    table = ts.stop_service(feed, ServiceWindow(WED, 0, 10 * H)).set_index("stop_id")
    a = table.loc["A"]
    # demand-responsive 715 and taxi 1501 are left out
    assert a["departures"] == 5 and a["routes"] == 5
    assert a["route_names"] == "1, 10, F, J, T1"  # numbers in numeric order
    assert a["modes"] == "bus, ferry, metro, rail"
    assert a["interval_min"] == pytest.approx(600 / 5)
    assert a["per_hour"] == pytest.approx(0.5)
    assert (a["first_departure"], a["last_departure"]) == ("01:00", "05:00")
    with_drt = ts.stop_service(feed, ServiceWindow(WED, 0, 10 * H, include_demand_responsive=True))
    assert (
        with_drt.set_index("stop_id").loc["A", "modes"]
        == "bus, demand-responsive, ferry, metro, rail"
    )


def test_hourly_departures(tmp_path):
    feed = make_feed(
        tmp_path,
        trips=FREQ_TRIPS,
        stop_times=FREQ_TIMES,
        frequencies="trip_id,start_time,end_time,headway_secs\nf1,06:00:00,07:00:00,600\n",
    )
    events = ts.stop_events(feed, ServiceWindow(WED, 6 * H, 9 * H))
    hourly = ts.hourly_departures(feed, events).set_index(["stop_id", "hour"])["departures"]
    assert hourly.to_dict() == {("A", 8): 1, ("B", 6): 6, ("B", 8): 1, ("C", 6): 6}


def test_typical_weekday(tmp_path):
    feed = make_feed(tmp_path, calendar_dates="service_id,date,exception_type\nSAT,20220105,1\n")
    # 2022-01-05 (a Wednesday) has both trips: the most in the first ten weeks
    assert str(gtfs_calendar.typical_weekday(feed)) == "2022-01-05"
