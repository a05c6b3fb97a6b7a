"""Real GTFS feeds: departures per stop equal gtfs_kit's counts, and hand-worked counts.

The expected numbers in ``tests/data/gtfs_kit_stop_counts.csv`` were computed outside the
project with gtfs_kit 13.0.1 (``tools/transit_reference_counts.py``, run in a throwaway
venv). gtfs_kit's ``compute_stop_stats`` counts per stop and service date every stop time
of the trips that run that date (``num_trips``): at any time of day (also past 24:00),
including the trip's last stop, without grouping platforms to stations, without expanding
frequencies.txt. The same definition in the plugin is ``stop_events(feed,
ServiceWindow(date, include_last_stop=True, include_demand_responsive=True))`` (a whole
service day) counted per stop; the plugin's
default departures differ only by those documented rules (last stop, window, stations,
demand-responsive, frequencies), which the hand-worked tests check.
"""

from __future__ import annotations

import csv
import datetime

import pytest

from segregation_plugin.core.transit import gtfs_calendar, gtfs_feed
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.paths import TEST_DATA

DATA = TEST_DATA / "gtfs_kit_stop_counts.csv"
H = 3600


def reference(feed_name: str, date: str) -> dict:
    with open(DATA, encoding="utf-8") as handle:
        return {
            row["stop_id"]: (int(row["num_trips"]), int(row["num_routes"]))
            for row in csv.DictReader(handle)
            if row["feed"] == feed_name and row["date"] == date
        }


def gtfs_kit_like_counts(feed, date: str) -> dict:
    day = datetime.datetime.strptime(date, "%Y%m%d").date()
    events = ts.stop_events(
        feed, ServiceWindow(day, include_last_stop=True, include_demand_responsive=True)
    )
    trips = events.groupby("stop").size()
    routes = events.groupby("stop")["route"].nunique()
    ids = feed.stops["stop_id"].to_numpy()
    return {ids[s]: (int(trips[s]), int(routes[s])) for s in trips.index}


@pytest.fixture(scope="module")
def cairns(shared_data):
    return gtfs_feed.read_feed(shared_data / "gtfs" / "cairns_gtfs.zip")


@pytest.mark.shared
@pytest.mark.parametrize(
    "date,stops,total",
    [
        ("20140604", 416, 17091),  # a Wednesday: weekday service
        ("20140609", 411, 7889),  # Queen's Birthday: calendar_dates swap weekday for Sunday
    ],
)
def test_cairns_equals_gtfs_kit_stop_by_stop(cairns, date, stops, total):
    expected = reference("cairns_gtfs.zip", date)
    assert len(expected) == stops and sum(t for t, _ in expected.values()) == total
    assert gtfs_kit_like_counts(cairns, date) == expected


@pytest.mark.shared
def test_cairns_holiday_runs_the_sunday_service(cairns):
    services = dict(
        zip(cairns.service_ids, gtfs_calendar.active_services(cairns, datetime.date(2014, 6, 9)))
    )
    assert services == {
        "CNS2014-CNS_MUL-Weekday-00": False,
        "CNS2014-CNS_MUL-Weekday-00-0000100": False,
        "CNS2014-CNS_MUL-Saturday-00": False,
        "CNS2014-CNS_MUL-Sunday-00": True,
    }
    weekday = dict(
        zip(cairns.service_ids, gtfs_calendar.active_services(cairns, datetime.date(2014, 6, 4)))
    )
    assert weekday["CNS2014-CNS_MUL-Weekday-00"] and not weekday["CNS2014-CNS_MUL-Sunday-00"]


@pytest.mark.shared
def test_cairns_times_past_midnight(cairns):
    late = int((cairns.stop_times["departure"] >= 24 * H).sum())
    # 1,405 written times past 24:00 (as the data README says) and 3 of the 65 stop times
    # without a time, interpolated between timed stops past midnight
    assert late == 1405 + 3
    assert (
        sum(
            "65 stop times without a time were interpolated" in p["problem"]
            for p in cairns.problems
        )
        == 1
    )
    # the Friday-night trips after midnight fall in Saturday's early window
    saturday = ts.stop_events(cairns, ServiceWindow(datetime.date(2014, 6, 7), 0, 3 * H))
    friday_trips = gtfs_calendar.active_trips(cairns, datetime.date(2014, 6, 6))
    assert len(saturday) > 0 and friday_trips[saturday["trip"].to_numpy()].all()


@pytest.mark.shared
def test_gtfs_reference_sample_with_frequencies_and_one_digit_hours(shared_data):
    feed = gtfs_feed.read_feed(shared_data / "gtfs" / "sample_gtfs.zip")
    stba = list(feed.trips["trip_id"]).index("STBA")
    first = feed.stop_times[feed.stop_times["trip"] == stba]["departure"].iat[0]
    assert first == 6 * H  # written "6:00:00"
    # Wednesday 2008-01-02: FULLW only. STBA every 30 min 6:00–22:00 → 32 vehicles; CITY1
    # and CITY2 each 4 + 12 + 12 + 18 + 6 = 52 vehicles (headways 30/10/30/10/30 min).
    table = ts.stop_service(feed, ServiceWindow(datetime.date(2008, 1, 2), 0, 24 * H))
    wednesday = dict(zip(table["stop_id"], table["departures"]))
    assert wednesday == {
        "STAGECOACH": 32 + 52,  # STBA and CITY1 start here; CITY2 ends here
        "NANAA": 104,
        "NADAV": 104,
        "DADAN": 104,
        "EMSI": 52,  # CITY2 starts here, CITY1 ends here
        "BEATTY_AIRPORT": 1,  # AB1 (STBA and AB2 end here)
        "BULLFROG": 2,  # AB2 and BFC1
        "FUR_CREEK_RES": 1,  # BFC2
        "AMV": 0,  # weekend only
    }
    # 08:00–09:00 at NANAA: CITY1 vehicles 8:00…8:50 pass at +7 min (6); CITY2 vehicles
    # 8:00…8:30 pass at +21 min (4)
    morning = ts.stop_service(
        feed, ServiceWindow(datetime.date(2008, 1, 2), 8 * H, 9 * H)
    ).set_index("stop_id")
    assert morning.loc["NANAA", "departures"] == 10
    saturday = ts.stop_service(feed, ServiceWindow(datetime.date(2008, 1, 5), 0, 24 * H)).set_index(
        "stop_id"
    )
    assert (
        saturday.loc["BEATTY_AIRPORT", "departures"] == 3 and saturday.loc["AMV", "departures"] == 2
    )
    # 2007-06-04 is removed from FULLW and is a Monday: no service at all
    with pytest.raises(gtfs_feed.InputError, match="No trip in the feed runs on 2007-06-04"):
        gtfs_calendar.check_date(feed, datetime.date(2007, 6, 4))


@pytest.fixture(scope="module")
def sample_feed(sample_dir):
    return gtfs_feed.read_feed(sample_dir / "exempellan_gtfs.zip")


@pytest.mark.parametrize("date", ["20221012", "20220606"])
def test_sample_feed_equals_gtfs_kit_except_headway_based_tram(sample_feed, date):
    """gtfs_kit does not expand frequencies.txt: it counts the tram's two template trips."""
    expected = reference("exempellan_gtfs.zip", date)
    ours = gtfs_kit_like_counts(sample_feed, date)
    tram_stops = {s for s in expected if s.startswith("S")}
    assert tram_stops and {s: v for s, v in ours.items() if s not in tram_stops} == {
        s: v for s, v in expected.items() if s not in tram_stops
    }
    assert all(expected[s][0] == 2 for s in tram_stops)
    assert all(ours[s][0] > 50 for s in tram_stops)


def test_sample_feed_weekday_and_holiday(sample_feed):
    weekday = ts.stop_service(
        sample_feed, ServiceWindow(datetime.date(2022, 10, 12), 6 * H, 20 * H)
    )
    holiday = ts.stop_service(sample_feed, ServiceWindow(datetime.date(2022, 6, 6), 6 * H, 20 * H))
    sunday = ts.stop_service(sample_feed, ServiceWindow(datetime.date(2022, 6, 12), 6 * H, 20 * H))
    assert weekday["departures"].sum() > 2 * holiday["departures"].sum()
    # the national day 2022-06-06 (a Monday) runs the Sunday timetable
    assert list(holiday["departures"]) == list(sunday["departures"])
    metro = weekday.set_index("stop_id").loc["M00058"]  # Storstad centrum (station)
    assert "metro" in metro["modes"] and metro["routes"] >= 1
