"""Pairs of geometries through shapely's STRtree: the same pairs, frames and pieces as
geopandas' sjoin and overlay, hand-checked on a few squares."""

import warnings

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import GeometryCollection, Point, Polygon, box

from segregation_plugin.core.planning import geometry_pairs, spatial


def _squares():
    # A0 | A1 side by side (0–100, 100–200), A2 apart (500–600); one missing, one empty
    geoms = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(500, 0, 600, 100), None, Polygon()]
    return gpd.GeoDataFrame({"_area": [f"A{i}" for i in range(5)]}, geometry=geoms, crs=3006)


def _points():
    # P0 in A0; P1 on the border of A0 and A1; P2 in no square; P3 in A2; P4 missing
    geoms = [Point(50, 50), Point(100, 50), Point(300, 50), Point(550, 10), None]
    return gpd.GeoDataFrame({"pid": [f"P{i}" for i in range(5)]}, geometry=geoms, crs=3006)


def test_pairs_of_points_in_squares_by_hand():
    lefts, rights = geometry_pairs.query_pairs(
        _points().geometry, _squares().geometry, "intersects"
    )
    assert list(zip(lefts.tolist(), rights.tolist())) == [(0, 0), (1, 0), (1, 1), (3, 2)]
    within = geometry_pairs.query_pairs(_points().geometry, _squares().geometry, "within")
    assert list(zip(*(a.tolist() for a in within))) == [(0, 0), (3, 2)]  # the border is not within
    boxes = geometry_pairs.query_pairs([box(90, 90, 110, 110)], _squares().geometry)
    assert boxes[1].tolist() == [0, 1]  # bounding boxes only


def test_nothing_meets_nothing():
    for left, right in (([], [box(0, 0, 1, 1)]), ([box(0, 0, 1, 1)], []), ([None], [Polygon()])):
        lefts, rights = geometry_pairs.query_pairs(left, right, "intersects")
        assert len(lefts) == 0 and len(rights) == 0
    with pytest.raises(ValueError):
        geometry_pairs.query_pairs([], [], "touches")


@pytest.mark.parametrize("how", ["inner", "left"])
def test_the_join_is_geopandas_own(how):
    points, squares = _points(), _squares()
    ours = spatial.sjoin(points, squares, how=how)
    usable = squares[spatial.usable(squares.geometry)]
    theirs = gpd.sjoin(points[points.geometry.notna()], usable, how=how, predicate="intersects")
    theirs = theirs.sort_values("index_right").sort_index(kind="stable")
    if how == "left":  # geopandas leaves the point without geometry out of its index query
        assert ours.loc[4, "_area"] != ours.loc[4, "_area"]  # NaN: no match, row kept
        ours = ours.drop(index=4)
    pd.testing.assert_frame_equal(ours, theirs)
    assert list(ours.loc[1, "_area"]) == ["A0", "A1"]  # a border point in both


def test_names_on_both_sides_go_to_geopandas():
    points = _points().assign(_area="x")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        joined = spatial.sjoin(points, _squares())
    assert {"_area_left", "_area_right"} <= set(joined.columns)


def test_pieces_are_overlays_pieces():
    plans = gpd.GeoDataFrame(
        {"_plan": [0, 1, 2]},
        geometry=[box(50, 0, 150, 50), box(0, 0, 100, 100), box(200, 0, 300, 10)],
        crs=3006,
    )
    squares = _squares()
    squares = squares[spatial.usable(squares.geometry)]
    ours = spatial.intersection(plans, squares)
    theirs = gpd.overlay(plans, squares, how="intersection", keep_geom_type=True)
    assert list(ours.columns) == list(theirs.columns) == ["_plan", "_area", "geometry"]
    pd.testing.assert_frame_equal(
        pd.DataFrame(ours.drop(columns="geometry")), pd.DataFrame(theirs.drop(columns="geometry"))
    )
    assert ours.geometry.area.tolist() == theirs.geometry.area.tolist()
    # plan 0 is half in A0, half in A1 (50 × 50 each); plan 1 is A0 and touches A1 (no piece)
    assert sorted(zip(ours["_plan"], ours["_area"], ours.geometry.area)) == [
        (0, "A0", 2500.0),
        (0, "A1", 2500.0),
        (1, "A0", 10000.0),
    ]


def test_an_invalid_polygon_is_repaired_as_overlay_does():
    # geopandas before 1.0 repairs with buffer(0) (here: one triangle of the bow tie), 1.0
    # with make_valid (both): spatial.intersection gives what the installed geopandas gives
    bowtie = Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])  # self-crossing
    plans = gpd.GeoDataFrame({"_plan": [0]}, geometry=[box(0, 0, 100, 100)], crs=3006)
    areas = gpd.GeoDataFrame({"_area": ["B"]}, geometry=[bowtie], crs=3006)
    ours = spatial.intersection(plans, areas)
    theirs = gpd.overlay(plans, areas, how="intersection", keep_geom_type=True)
    assert ours.geometry.area.tolist() == theirs.geometry.area.tolist()
    repaired = geometry_pairs.intersections(plans.geometry, areas.geometry)[2]
    assert [p.area for p in repaired] == [2500.0]  # the pieces as buffer(0) repairs them


def test_a_mixed_piece_keeps_its_polygons():
    mixed = GeometryCollection([box(0, 0, 1, 1), box(1, 0, 2, 1).exterior])
    piece = geometry_pairs._piece(mixed)
    assert piece.geom_type == "Polygon" and piece.area == 1.0
    assert geometry_pairs._piece(box(0, 0, 1, 1).exterior) is None
