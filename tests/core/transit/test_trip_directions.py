"""Directions of trips without direction_id, from the order of their stops."""

from __future__ import annotations

import numpy as np

from segregation_plugin.core.transit.trip_directions import infer_directions, trip_patterns
from tests.helpers.transit_feeds import make_feed, stops_txt


def feed_of(tmp_path, trips, with_direction=None, stops=None):
    """``trips``: {trip_id: stops as a string, e.g. "ABC"}, all of route L on weekdays;
    ``with_direction``: {trip_id: direction_id} for the trips that have one; ``stops``:
    stops.txt (default: the letters 1 km apart on a line)."""
    given = with_direction or {}
    names = sorted({s for stops in trips.values() for s in stops})
    rows, times = [], []
    for trip, calls in trips.items():
        rows.append(f"L,WK,{trip},{given.get(trip, '')}")
        for k, stop in enumerate(calls):
            t = f"08:{k:02d}:00"
            times.append(f"{trip},{t},{t},{stop},{k + 1}")
    return make_feed(
        tmp_path,
        stops=stops or stops_txt(*[(s, 1000 * i, 0) for i, s in enumerate(names)]),
        routes="route_id,route_short_name,route_type\nL,L,3\n",
        trips="route_id,service_id,trip_id,direction_id\n" + "\n".join(rows) + "\n",
        stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "\n".join(times)
        + "\n",
    )


def directions_by_trip(feed):
    directions, report = infer_directions(feed)
    return dict(zip(feed.trips["trip_id"], directions.tolist())), report


def test_reversed_stop_order_is_the_other_direction(tmp_path):
    feed = feed_of(
        tmp_path,
        {"o1": "ABCD", "o2": "ABCD", "o3": "ABC", "b1": "DCBA", "b2": "CBA", "s1": "BC"},
    )
    got, report = directions_by_trip(feed)
    assert got == {"o1": 0, "o2": 0, "o3": 0, "b1": 1, "b2": 1, "s1": 0}
    assert (report.routes, report.trips, report.inferred, report.separate) == (1, 6, 6, 0)


def test_platforms_across_the_street_stand_for_each_other(tmp_path):
    """A B C one way, c b a the other: the lower-case stops lie 30 m across the street."""
    stops = stops_txt(
        *[(s, 1000 * i, 0) for i, s in enumerate("ABC")],
        *[(s, 1000 * i, 30) for i, s in enumerate("abc")],
    )
    feed = feed_of(tmp_path, {"o1": "ABC", "o2": "ABC", "b1": "cba"}, stops=stops)
    got, report = directions_by_trip(feed)
    assert got == {"o1": 0, "o2": 0, "b1": 1} and report.separate == 0


def test_a_loop_both_ways_round(tmp_path):
    feed = feed_of(tmp_path, {"cw1": "ABCDA", "cw2": "ABCDA", "ccw": "ADCBA"})
    got, _ = directions_by_trip(feed)
    assert got == {"cw1": 0, "cw2": 0, "ccw": 1}


def test_branches_without_common_stops_and_ties_get_directions_of_their_own(tmp_path):
    feed = feed_of(
        tmp_path,
        {"m1": "ABC", "m2": "ABC", "x1": "DEF", "x2": "FED", "t1": "BAC"},
    )
    got, report = directions_by_trip(feed)
    assert got["m1"] == got["m2"] == 0
    assert {got["x1"], got["x2"]} in ({2, 3}, {4, 5})  # a pair of their own
    assert got["t1"] not in (0, 1, got["x1"], got["x2"])  # B→A then A→C: a tie
    # x2 is read against x1: inferred; x1 (no stops in common) and t1 (a tie) are separate
    assert (report.inferred, report.separate, report.undecided) == (3, 2, 1)
    assert report.separate_routes == [0]


def test_trips_with_direction_id_are_the_reference(tmp_path):
    feed = feed_of(tmp_path, {"a": "ABC", "b": "CBA", "c": "ABC"}, with_direction={"a": 1})
    got, report = directions_by_trip(feed)
    assert got == {"a": 1, "b": 0, "c": 1}
    assert report.trips == 2


def test_a_feed_with_directions_is_left_as_it_is(tmp_path):
    feed = feed_of(tmp_path, {"a": "ABC", "b": "CBA"}, with_direction={"a": 0, "b": 1})
    directions, report = infer_directions(feed)
    assert directions.tolist() == [0, 1] and report.trips == 0


def test_patterns_group_trips_with_the_same_stops_in_the_same_order(tmp_path):
    feed = feed_of(tmp_path, {"a": "ABC", "b": "CBA", "c": "ABC", "d": "AB"})
    per_trip, sequences = trip_patterns(feed, np.arange(4))
    assert per_trip[0] == per_trip[2] and len(set(per_trip.tolist())) == 3
    names = feed.stops["stop_id"].to_numpy()
    assert ["".join(names[list(sequences[p])]) for p in per_trip] == ["ABC", "CBA", "ABC", "AB"]


def test_directions_read_from_stop_order_agree_with_a_real_feed(shared_data):
    """Cairns (22 routes, opposite platforms with stop_ids of their own): with direction_id
    dropped, every route's trips fall into the same two groups as the feed's."""
    from segregation_plugin.core.transit import gtfs_feed

    feed = gtfs_feed.read_feed(shared_data / "gtfs" / "cairns_gtfs.zip")
    given = feed.trips["direction"].to_numpy().copy()
    feed.trips["direction"] = -1
    inferred, report = infer_directions(feed)
    assert report.routes == 22 and report.separate == 0
    route = feed.trips["route"].to_numpy()
    for r in np.unique(route):
        same = inferred[route == r] == given[route == r]
        assert same.all() or (~same).all(), feed.routes["route_id"].iat[r]
