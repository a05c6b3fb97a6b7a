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
