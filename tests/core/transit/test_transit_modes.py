"""Route types → modes, the ÖV-Güteklassen stop types and PTAL's modes (METHODS.md §6).

Every GTFS route type, basic (0–12) and extended (100–1702), is in a stop type of the default
mapping or listed as left out; demand-responsive types are in group C so that counting them
has an effect, and air services are in no group.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from segregation_plugin.core.transit import quality_classes as qc
from segregation_plugin.core.transit import transit_modes as modes
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import make_feed

DEFAULT = modes.parse_are_mapping(modes.ARE_DEFAULT_MAPPING)
DRT = modes.parse_type_ranges(modes.DEMAND_RESPONSIVE_TYPES)


def test_every_route_type_is_in_a_group_or_listed_as_left_out():
    types = np.r_[np.arange(0, 13), np.arange(100, 1703)]
    group = modes.are_stop_type(types, DEFAULT)
    listed = modes.in_ranges(types, [r for r, _ in modes.LEFT_OUT])
    assert ((group > 0) ^ listed).all()  # one or the other, never both
    assert not listed[types <= 7].any() and not listed[(types == 11) | (types == 12)].any()


@pytest.mark.parametrize(
    "route_type,stop_type",
    [
        (1, "A"),  # metro
        (2, "A"),  # rail
        (12, "A"),  # monorail, as the extended 405
        (405, "A"),
        (109, "A"),  # pendeltåg (suburban railway)
        (0, "B"),  # tram
        (5, "B"),  # cable tram
        (6, "B"),  # aerial lift
        (7, "B"),  # funicular
        (1000, "B"),  # water transport
        (1200, "B"),  # ferry
        (1300, "B"),
        (1400, "B"),
        (3, "C"),
        (11, "C"),  # trolleybus
        (800, "C"),
        (801, "C"),
        (200, "C"),  # coach
        (715, "C"),  # demand-responsive: in C, left out unless counted
        (1501, "C"),  # Trafiklab's närtrafik
        (1100, ""),  # air services are not counted
        (1199, ""),
        (1600, ""),
        (1702, ""),
        (9, ""),
    ],
)
def test_default_stop_types(route_type, stop_type):
    rank = modes.are_stop_type([route_type], DEFAULT)[0]
    assert ("", "A", "B", "C")[rank] == stop_type


def test_demand_responsive_types_count_only_when_not_excluded():
    assert list(modes.are_stop_type([715, 1501, 1599], DEFAULT, DRT)) == [0, 0, 0]
    assert list(modes.are_stop_type([715, 1501, 1599], DEFAULT, [])) == [3, 3, 3]


def test_mapping_summary_lists_every_type_once():
    summary = modes.mapping_summary(DEFAULT, DRT)
    assert summary["A"] == "1, 2, 12, 100-199, 300-699"
    assert summary["B"] == "0, 4-7, 900-1099, 1200-1499"
    assert summary["C"] == "3, 11, 200-299, 700-714, 716-899"
    assert summary["excluded"] == "715, 1500-1599"
    assert summary["none"] == "8-10, 1100-1199, 1600-1799"
    counted = modes.mapping_summary(DEFAULT)  # demand-responsive routes counted
    assert counted["C"] == "3, 11, 200-299, 700-899, 1500-1599" and counted["excluded"] == ""


def test_feed_type_summary():
    rows = modes.feed_type_summary([3, 3, 1501, 1100, 401], DEFAULT, DRT)
    assert rows == [
        (3, 2, "bus", "C"),
        (401, 1, "metro", "A"),
        (1100, 1, "air", ""),
        (1501, 1, "demand-responsive", "left out"),
    ]


def test_ranges_text():
    assert modes.ranges_text([7, 1, 2, 5, 6, 100, 101, 102, 103]) == "1, 2, 5-7, 100-103"
    assert modes.ranges_text([]) == ""


def test_mode_names():
    types = (0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 109, 202, 401, 405, 700, 715, 800, 900, 1000)
    assert [modes.mode_of(t) for t in types] == [
        "tram",
        "metro",
        "rail",
        "bus",
        "ferry",
        "cable tram",
        "aerial lift",
        "funicular",
        "trolleybus",
        "monorail",
        "rail",
        "coach",
        "metro",
        "monorail",
        "bus",
        "demand-responsive",
        "trolleybus",
        "tram",
        "ferry",
    ]
    more = (1100, 1200, 1300, 1400, 1501, 1600, 1702, 99, "x")
    assert [modes.mode_of(t) for t in more] == [
        "air",
        "ferry",
        "aerial lift",
        "funicular",
        "demand-responsive",
        "self drive",
        "other",
        "other",
        "other",
    ]


def test_ptal_modes_one_bus_mode_and_monorail_as_metro():
    types = (3, 200, 11, 800, 715, 1501, 2, 109, 1, 12, 405, 0, 5, 900, 4, 1200, 6, 7, 1100, 1702)
    assert [modes.ptal_mode_of(t) for t in types] == (
        ["bus"] * 6 + ["rail"] * 2 + ["metro"] * 3 + ["tram"] * 3 + ["ferry"] * 2
    ) + ["tram", "tram", "", ""]


def test_count_demand_responsive_routes_counts_trafiklabs_1501(tmp_path):
    """Närtrafik (1501) at stop A: left out by default, a bus stop (C) when counted."""
    feed = make_feed(
        tmp_path,
        routes="route_id,route_short_name,route_type\nN,Närtrafik,1501\nF,Flyg,1100\n",
        trips="route_id,service_id,trip_id,direction_id\nN,WK,n1,0\nF,WK,f1,0\n",
        stop_times=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "n1,08:00:00,08:00:00,A,1\nn1,08:05:00,08:05:00,B,2\n"
            "f1,08:00:00,08:00:00,C,1\nf1,09:05:00,09:05:00,B,2\n"
        ),
    )
    events = ts.stop_events(
        feed, ServiceWindow(date(2022, 10, 12), "08:00", "09:00", include_demand_responsive=True)
    )
    table, unmapped = qc.stop_categories(feed, events, 60.0)
    table = table.set_index("stop_id")
    assert (table.loc["A", "departures"], table.loc["A", "stop_type"]) == (0, "")
    assert unmapped == [1100]  # air: in no group, reported
    assert table.loc["C", "departures"] == 0
    counted, _ = qc.stop_categories(feed, events, 60.0, excluded_text="")
    counted = counted.set_index("stop_id")
    assert (counted.loc["A", "departures"], counted.loc["A", "stop_type"]) == (1, "C")
