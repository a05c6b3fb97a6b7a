"""Many geometries at once: present (there and not empty) and taken from a GeoSeries."""

import geopandas as gpd
import numpy as np
from shapely import wkt
from shapely.geometry import GeometryCollection, MultiPolygon, Point, Polygon, box

from segregation_plugin.core.common.geometries import as_list, present


def test_present_is_there_and_not_empty():
    geoms = [
        None,
        Point(),
        Polygon(),
        MultiPolygon(),
        GeometryCollection(),
        wkt.loads("POLYGON EMPTY"),
        box(0, 0, 1, 1),
        Point(1, 2),
    ]
    assert present(geoms) == [False] * 6 + [True, True]
    assert present(geoms) == [g is not None and not g.is_empty for g in geoms]
    assert present([]) == []


def test_as_list_of_a_geoseries_an_array_and_a_list():
    geoms = [box(0, 0, 1, 1), None, MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3)])]
    series = gpd.GeoSeries(geoms, index=[10, 11, 12])
    for given in (series, series.values, geoms, tuple(geoms)):
        out = as_list(given)
        assert isinstance(out, list) and len(out) == 3
        assert out[0].equals(geoms[0]) and out[1] is None and out[2].equals(geoms[2])
    array = np.empty(3, dtype=object)
    for i, g in enumerate(geoms):
        array[i] = g
    assert as_list(array)[2] is geoms[2]
