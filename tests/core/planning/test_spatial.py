"""Spatial joins and overlays without an index of nothing (the crash of an empty layer)."""

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from segregation_plugin.core.planning import spatial
from tests.helpers.empty_index import EmptyIndexBuilt, forbid_empty_index, uses_rtree


def _points(n=2, geometry=True):
    geoms = [Point(50 + 100 * i, 50) if geometry else None for i in range(n)]
    return gpd.GeoDataFrame({"pid": [f"P{i}" for i in range(n)]}, geometry=geoms, crs="EPSG:3006")


def _areas(n=2, geometry=True):
    geoms = [box(100 * i, 0, 100 * i + 100, 100) if geometry else None for i in range(n)]
    return gpd.GeoDataFrame({"_area": [f"A{i}" for i in range(n)]}, geometry=geoms, crs="EPSG:3006")


def test_the_tripwire_catches_an_index_of_nothing():
    if not uses_rtree():
        pytest.skip("geopandas does not use rtree here")
    with forbid_empty_index(), pytest.raises(EmptyIndexBuilt):
        gpd.sjoin(_points(), _areas(0), how="left", predicate="intersects")


def test_a_join_with_areas_gives_sjoins_result():
    with forbid_empty_index():
        joined = spatial.sjoin(_points(), _areas(), how="left")
    assert list(joined["_area"]) == ["A0", "A1"]
    assert list(joined.columns) == ["pid", "geometry", "index_right", "_area"]


@pytest.mark.parametrize(
    "left, right",
    [
        (_points(), _areas(0)),  # an empty layer
        (_points(), _areas(2, geometry=False)),  # features without geometry
        (_points(0), _areas()),
        (_points(2, geometry=False), _areas()),
    ],
)
def test_nothing_to_match_gives_the_unmatched_result(left, right):
    with forbid_empty_index():
        inner = spatial.sjoin(left, right)
        outer = spatial.sjoin(left, right, how="left")
    assert list(inner.columns) == ["pid", "geometry", "index_right", "_area"]
    assert inner.empty
    assert list(outer.columns) == ["pid", "geometry", "index_right", "_area"]
    assert len(outer) == len(left) and outer["_area"].isna().all()
    assert list(outer.index) == list(left.index)


def test_an_overlay_with_an_empty_side_is_empty_with_both_sides_columns():
    plans = gpd.GeoDataFrame({"_plan": [0]}, geometry=[box(0, 0, 150, 50)], crs="EPSG:3006")
    with forbid_empty_index():
        pieces = spatial.intersection(plans, _areas())
        assert sorted(pieces["_area"]) == ["A0", "A1"]
        for areas in (_areas(0), _areas(2, geometry=False)):
            empty = spatial.intersection(plans, areas)
            assert empty.empty and list(empty.columns) == ["_plan", "_area", "geometry"]
            assert empty.crs == plans.crs
        empty = spatial.intersection(plans.iloc[:0], _areas())
        assert empty.empty and list(empty.columns) == ["_plan", "_area", "geometry"]
    assert not spatial.has_geometry(pd.concat([_areas(1, geometry=False)]))
    assert spatial.has_geometry(_areas(1))
