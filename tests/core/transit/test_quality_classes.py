"""ÖV-Güteklassen: stop categories and classes checked against the ARE tables (METHODS.md §6)."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest
from shapely.geometry import Point

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import nearby
from segregation_plugin.core.transit import quality_classes as qc
from segregation_plugin.core.transit import transit_modes as modes
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import make_feed, stops_txt

H = 3600

# METHODS.md §6 step 3, row by row: (interval, category for stop type A, B, C)
CATEGORY_ROWS = [
    (4.99, "I", "I", "II"),
    (5.0, "I", "II", "III"),
    (9.99, "I", "II", "III"),
    (10.0, "II", "III", "IV"),
    (19.99, "II", "III", "IV"),
    (20.0, "III", "IV", "V"),
    (39.99, "III", "IV", "V"),
    (40.0, "IV", "V", "VI"),
    (59.99, "IV", "V", "VI"),
    (60.0, "V", "VI", "VII"),
    (119.99, "V", "VI", "VII"),
    (120.0, "", "", ""),
]


@pytest.mark.parametrize("interval,a,b,c", CATEGORY_ROWS)
def test_category_table(interval, a, b, c):
    ranks = qc.category_rank([interval] * 3, [1, 2, 3])
    names = ["" if r == 0 else qc.CATEGORIES[r - 1] for r in ranks]
    assert names == [a, b, c]


# METHODS.md §6 step 4: category → class at ≤ 300, ≤ 500, ≤ 750, ≤ 1000 m
CLASS_ROWS = {
    "I": "AABC",
    "II": "ABCD",
    "III": "BCDE",
    "IV": "CDEF",
    "V": "DEF-",
    "VI": "EF--",
    "VII": "F---",
}


@pytest.mark.parametrize("category", list(CLASS_ROWS))
def test_class_table(category):
    rank = qc.CATEGORIES.index(category) + 1
    got = [qc.class_rank(rank, d) for d in (150, 300, 400, 500, 600, 750, 900, 1000, 1001)]
    letters = ["-" if g == 0 else qc.CLASSES[g - 1] for g in got]
    row = CLASS_ROWS[category]
    assert letters == [row[0], row[0], row[1], row[1], row[2], row[2], row[3], row[3], "-"]


def rail_feed(tmp_path, headway_s=240):
    """A rail line X–M–Y: trains every ``headway_s`` seconds both ways 08:00–09:00, so M has
    30 departures in the hour at a 4-minute headway (interval 60 / (30 / 2) = 4 min)."""
    return make_feed(
        tmp_path,
        stops=stops_txt(
            ("X", -3000, 0), ("M", 0, 0), ("Y", 3000, 0), ("Q", 0, 5000), ("Z", 0, 9000)
        ),
        routes="route_id,route_short_name,route_type\nRAIL,J1,2\nBUS,5,3\n",
        trips=(
            "route_id,service_id,trip_id,direction_id\nRAIL,WK,out,0\nRAIL,WK,back,1\nBUS,WK,b1,0\n"
        ),
        stop_times=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "out,10:00:00,10:00:00,X,1\nout,10:03:00,10:03:00,M,2\nout,10:06:00,10:06:00,Y,3\n"
            "back,10:00:00,10:00:00,Y,1\nback,10:03:00,10:03:00,M,2\nback,10:06:00,10:06:00,X,3\n"
            "b1,08:00:00,08:00:00,Q,1\nb1,08:20:00,08:20:00,Z,2\n"
        ),
        frequencies=(
            "trip_id,start_time,end_time,headway_secs\n"
            f"out,07:57:00,08:57:00,{headway_s}\nback,07:57:00,08:57:00,{headway_s}\n"
        ),
    )


def categories(feed, start=8 * H, end=9 * H, **kwargs):
    events = ts.stop_events(
        feed, ServiceWindow(date(2022, 10, 12), start, end, include_demand_responsive=True)
    )
    table, unmapped = qc.stop_categories(feed, events, (end - start) / 60, **kwargs)
    return table.set_index("stop_id"), unmapped


def test_rail_stop_every_4_minutes_is_category_i(tmp_path):
    table, unmapped = categories(rail_feed(tmp_path))
    m = table.loc["M"]
    assert m["departures"] == 30
    assert m["are_interval_min"] == pytest.approx(4.0)
    assert (m["stop_type"], m["category"]) == ("A", "I")
    # X: 14 departures in the hour (08:01 … 08:53; trains from Y end there) → interval 8.6 → I
    assert table.loc["X", "category"] == "I"
    # the bus stop Q: 1 departure → interval 120 → no category
    assert (table.loc["Q", "stop_type"], table.loc["Q", "category"]) == ("C", "")
    assert unmapped == []


def test_classes_around_a_category_i_stop(tmp_path):
    table, _ = categories(rail_feed(tmp_path))
    x, y = nearby.project_lonlat(table["stop_lon"], table["stop_lat"], "EPSG:3006")
    rank = table["category_rank"].to_numpy()
    m = list(table.index).index("M")
    # points due north of M, avoiding X and Y (3 km away)
    px = np.full(6, x[m])
    py = y[m] + np.array([100, 300, 600, 900, 999, 1100])
    got = qc.class_at_points(px, py, x, y, rank)
    assert ["-" if g == 0 else qc.CLASSES[g - 1] for g in got] == ["A", "A", "B", "C", "C", "-"]


def test_best_class_wins_where_circles_overlap():
    # stop 1: category II at the origin; stop 2: category V 400 m east
    x, y, cat = np.array([0.0, 400.0]), np.array([0.0, 0.0]), np.array([2, 5])
    # at 350 m east: 350 m from II → B; 50 m from V → D: B wins
    # at 1150 m east: beyond II's 1000 m; 750 m from V → F
    got = qc.class_at_points(np.array([350.0, 1150.0, -1100.0]), np.zeros(3), x, y, cat)
    assert list(got) == [2, 6, 0]


def test_polygons_are_dissolved_rings_of_the_right_size():
    # one category I stop alone: A within 500 m, B to 750 m, C to 1000 m
    frame = qc.class_polygons([0.0], [0.0], [1], "EPSG:3006")
    areas = dict(zip(frame["quality_class"], frame.geometry.area))
    assert list(frame["quality_class"]) == ["A", "B", "C"]
    # each ring within 0.1 % of the true circles' π r² (32-sided polygons were 0.64 % small)
    assert areas["A"] == pytest.approx(math.pi * 500**2, rel=0.001)
    assert areas["B"] == pytest.approx(math.pi * (750**2 - 500**2), rel=0.001)
    assert areas["C"] == pytest.approx(math.pi * (1000**2 - 750**2), rel=0.001)
    assert sum(areas.values()) == pytest.approx(math.pi * 1000**2, rel=0.001)
    km2 = dict(zip(frame["quality_class"], frame["area_km2"]))
    assert km2["C"] == pytest.approx(math.pi * (1 - 0.75**2), abs=0.0015)  # 3 decimals
    assert set(frame["label"]) == {"very good service", "good service", "medium service"}
    assert all(g.geom_type == "MultiPolygon" for g in frame.geometry)


def test_thirty_two_sided_circles_were_too_small():
    coarse = qc.class_polygons([0.0], [0.0], [7], "EPSG:3006", quad_segs=8)  # F within 300 m
    assert coarse.geometry.area.iat[0] / (math.pi * 300**2) == pytest.approx(0.9936, abs=1e-4)


def test_polygons_of_overlapping_stops_do_not_overlap_each_other():
    frame = qc.class_polygons([0.0, 600.0, 20_000.0], [0.0, 0.0, 0.0], [1, 4, 7], "EPSG:3006")
    geoms = list(frame.geometry)
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            assert geoms[i].intersection(geoms[j]).area < 1.0
    union = frame.unary_union
    assert union.contains(frame.geometry.iloc[-1].representative_point())
    # the far category VII stop gives only F within 300 m
    f = frame.set_index("quality_class").geometry["F"]
    assert f.contains(Point(20_100, 0))


def test_mode_mapping_parameter(tmp_path):
    mapping = modes.parse_are_mapping(modes.ARE_DEFAULT_MAPPING)
    types = [1, 2, 109, 401, 0, 4, 900, 1000, 1200, 3, 200, 700, 715, 800, 1501, 11, 1700, 1100]
    got = modes.are_stop_type(
        types, mapping, modes.parse_type_ranges(modes.DEMAND_RESPONSIVE_TYPES)
    )
    assert list(got) == [1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 0, 3, 0, 3, 0, 0]
    # a planner maps trolleybuses (11) to C and counts ferries as rail
    custom = modes.parse_are_mapping("A: 1, 2, 4; C: 3, 11")
    assert list(modes.are_stop_type([4, 11, 0], custom)) == [1, 3, 0]
    with pytest.raises(InputError, match="not a stop type"):
        modes.parse_are_mapping("D: 3")
    with pytest.raises(InputError, match="not a route type"):
        modes.parse_are_mapping("A: rail")
    with pytest.raises(InputError, match="runs backwards"):
        modes.parse_type_ranges("199-100")


def test_demand_responsive_excluded_by_default_and_unmapped_types_reported(tmp_path):
    feed = make_feed(
        tmp_path,
        routes="route_id,route_short_name,route_type\nR1,1,715\nR2,2,1700\n",
        trips="route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR2,WK,t2,0\n",
        stop_times=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "".join(
                f"t1,08:{m:02d}:00,08:{m:02d}:00,{s},{i}\n"
                for i, (m, s) in enumerate([(0, "A"), (5, "B")], 1)
            )
            + "t2,08:00:00,08:00:00,B,1\nt2,08:05:00,08:05:00,C,2\n"
        ),
    )
    table, unmapped = categories(feed)
    assert table.loc["A", "departures"] == 0 and table.loc["A", "stop_type"] == ""
    assert unmapped == [1700]
    table, _ = categories(feed, excluded_text="")
    assert table.loc["A", "stop_type"] == "C"  # 715 lies in 700–799
