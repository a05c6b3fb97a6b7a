"""Where journeys start: population-weighted centres of areas from residents as points."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, Polygon, box

from segregation_plugin.core.transit.routing.opportunities import (
    area_origins,
    residents_at_points,
)

# a square, and a U whose weighted centre falls in its gap
SQUARE = box(0, 0, 1000, 1000)
U = Polygon(
    [
        (2000, 0),
        (3000, 0),
        (3000, 1000),
        (2900, 1000),
        (2900, 100),
        (2100, 100),
        (2100, 1000),
        (2000, 1000),
    ]
)


def test_weighted_centre_inside_else_point_on_surface():
    areas = gpd.GeoDataFrame(
        {"name": ["square", "U", "empty"]},
        geometry=[SQUARE, U, box(5000, 0, 6000, 1000)],
        crs="EPSG:3006",
    )
    points = gpd.GeoDataFrame(
        geometry=[
            Point(100, 100),
            Point(400, 100),
            Point(9000, 9000),
            Point(2050, 900),
            Point(2950, 900),
        ],
        crs="EPSG:3006",
    )
    people = pd.Series([3, 1, 50, 10, 10], name="folk")
    residents = residents_at_points(areas, points, people)
    # the point at (9000, 9000) lies in no area and is left out
    assert residents["pop"].sum() == 24
    x, y, how = area_origins(areas, residents)
    # square: (3 · 100 + 1 · 400) / 4 = 175
    assert (x[0], y[0], how[0]) == (175.0, 100.0, "population-weighted centre")
    # U: the weighted centre (2500, 900) is in the gap: the point on surface instead
    assert how[1] == "point on surface" and U.contains(Point(x[1], y[1]))
    assert how[2] == "point on surface" and np.isfinite(x[2])


def test_areas_from_their_populated_cells(tmp_path):
    """Each populated cell is an origin; the area's figures are weighted by its residents."""
    import datetime as dt

    from segregation_plugin.core.transit.routing.cell_origins import (
        CELLS,
        SURFACE,
        access_from_cells,
    )
    from segregation_plugin.core.transit.routing.travel_times import DepartureWindow, Router
    from tests.helpers.transit_feeds import make_feed, stops_txt

    far = 5000.0
    places = {"A": (0, 0), "B": (far, 0), "C": (2 * far, 0), "D": (3 * far, 0)}
    feed = make_feed(
        tmp_path,
        stops=stops_txt(*[(k, x, y) for k, (x, y) in places.items()]),
        trips="route_id,service_id,trip_id\nR1,WK,x\nR1,WK,y\nR1,WK,z\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        x,07:00:00,07:00:00,A,1
        x,07:10:00,07:10:00,B,2
        y,07:15:00,07:15:00,B,1
        y,07:25:00,07:25:00,C,2
        z,07:30:00,07:30:00,C,1
        z,07:40:00,07:40:00,D,2
        """,
    )
    ids = feed.stops["stop_id"].astype(str)
    router = Router(
        feed,
        dt.date(2022, 10, 12),
        np.array([places[s][0] for s in ids], float),
        np.array([places[s][1] for s in ids], float),
        DepartureWindow(7 * 3600, 7 * 3600 + 60, 60, 90),
    )
    # area 0 stretches from A to B; area 1 lies far from everything and has no resident
    areas = gpd.GeoDataFrame(
        geometry=[box(-1000, -1000, 6000, 1000), box(40000, 0, 41000, 1000)], crs="EPSG:3006"
    )
    # cells: 30 residents at A, 20 at B, 10 at 600 m from A (780 m walked, 562 s: at A
    # 07:09:22, after x has left, so they reach nothing); a cell without residents
    cells = pd.DataFrame(
        {
            "x": [0.0, far, 0.0, far],
            "y": [0.0, 0.0, 600.0, 500.0],
            "pop": [30.0, 20.0, 10.0, 0.0],
            "area": [0, 0, 0, 0],
        }
    )
    # jobs: 100 at B, 50 at D
    table = access_from_cells(
        router, areas, cells, [far, 3 * far], [0.0, 0.0], [100, 50], cutoffs=(15, 45)
    )
    # from A: B in 10 min, D in 40 (x, y, z); from B: B in 0 min, D in 40 (y, z)
    # within 15 min: (30 × 100 + 20 × 100 + 10 × 0) / 60 = 83.3 jobs per resident
    # within 45 min: (30 × 150 + 20 × 150 + 10 × 0) / 60 = 125, 125 / 150 = 83.3 %
    assert table.loc[0, "opp_15min"] == 83.3
    assert table.loc[0, "opp_45min"] == 125.0
    assert table.loc[0, "pct_region_45min"] == 83.3
    # nearest: 0 min for 20, 10 min for 30, none for 10; half of 60 reach one by 10 min
    assert table.loc[0, "nearest_min"] == 10.0
    assert (table.loc[0, "origin"], table.loc[0, "origin_cells"]) == (CELLS, 3)
    # the residents' weighted centre, (20 × 5000) / 60 = 1667 m east of A, is out of walking
    # reach of any stop: routed from there the area would reach nothing
    assert table.loc[1, "origin"] == SURFACE and table.loc[1, "origin_cells"] == 0
    assert np.isnan(table.loc[1, "nearest_min"]) and table.loc[1, "opp_45min"] == 0.0


def test_points_without_a_stop_in_walking_reach_and_a_window_without_service(tmp_path):
    """800 m walked at detour 1.3 is 615.4 m in a straight line: a point 600 m from the stop
    walks to it, one 700 m away and one 40 km away do not; a point without a position is
    not counted. No vehicle runs between 02:00 and 03:00 (nor in the hour after)."""
    import datetime as dt

    from segregation_plugin.core.transit.routing.travel_times import DepartureWindow, Router
    from tests.helpers.transit_feeds import make_feed, stops_txt

    feed = make_feed(
        tmp_path,
        stops=stops_txt(("A", 0, 0), ("B", 5000, 0)),
        trips="route_id,service_id,trip_id\nR1,WK,x\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        x,07:00:00,07:00:00,A,1
        x,07:10:00,07:10:00,B,2
        """,
    )
    xy = (np.array([0.0, 5000.0]), np.array([0.0, 0.0]))
    date = dt.date(2022, 10, 12)
    morning = Router(feed, date, *xy, DepartureWindow(7 * 3600 - 600, 7 * 3600, 60, 60))
    far = morning.without_stop([600.0, 0.0, 40_000.0, np.nan], [0.0, 700.0, 0.0, np.nan])
    assert far.tolist() == [False, True, True, False]
    assert morning.has_service
    night = Router(feed, date, *xy, DepartureWindow(2 * 3600, 3 * 3600, 60, 60))
    assert not night.has_service
