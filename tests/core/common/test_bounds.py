"""Bounding boxes read at once (core/common/bounds.py) against boxes worked by hand."""

import math

import pytest

shapely_wkt = pytest.importorskip("shapely.wkt")

from segregation_plugin.core.common.bounds import bounds_array, total_bounds  # noqa: E402


def _box(values):
    return [None if math.isnan(v) else v for v in values]


def test_each_kind_of_geometry_gives_its_smallest_and_largest_coordinates():
    shapes = [
        "POINT (1 2)",
        "LINESTRING (0 0, 0 5)",  # a vertical line: width 0
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 1, 2 2, 1 1))",  # hole inside
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 7, 5 5)))",
        "POINT Z (1 2 3)",
        "GEOMETRYCOLLECTION (POINT (9 -1), LINESTRING (0 0, 1 1))",
        "POLYGON Z ((0 0 1, 2 0 1, 2 3 1, 0 0 1))",
    ]
    boxes = bounds_array([shapely_wkt.loads(s) for s in shapes])
    assert [list(b) for b in boxes] == [
        [1, 2, 1, 2],
        [0, 0, 0, 5],
        [0, 0, 10, 10],
        [0, 0, 6, 7],
        [1, 2, 1, 2],
        [0, -1, 9, 1],
        [0, 0, 2, 3],
    ]


def test_missing_and_empty_geometries_have_no_box_and_are_left_out_of_the_total():
    shapes = [None, shapely_wkt.loads("POINT EMPTY"), shapely_wkt.loads("POLYGON EMPTY")]
    shapes.append(
        shapely_wkt.loads(
            "POLYGON ((270000 6180000, 520000 6180000, 520000 7680000, 270000 6180000))"
        )
    )
    boxes = bounds_array(shapes)
    assert [_box(b) for b in boxes[:3]] == [[None] * 4] * 3
    assert list(total_bounds(shapes)) == [270000, 6180000, 520000, 7680000]
    assert _box(total_bounds([])) == [None] * 4
