"""Polygons handed to rasterio from their WKB: the same coordinates as shapely's own
``__geo_interface__``, so the same cells burnt."""

import numpy as np
from rasterio import features
from rasterio.transform import from_origin
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from segregation_plugin.core.common import burn_shapes


def _plain(coords):
    """Nested tuples of shapely's mapping as lists of [x, y]."""
    if isinstance(coords[0], (int, float)):
        return list(coords[:2])
    return [_plain(c) for c in coords]


HOLED = box(0, 0, 40, 40).difference(box(10, 10, 20, 20))
MULTI = MultiPolygon([box(0, 0, 10, 10), box(20, 20, 40, 40).difference(box(25, 25, 30, 30))])


def test_the_coordinates_are_shapelys():
    writer = burn_shapes.wkb_writer()
    for geom in (box(0, 0, 10, 10), HOLED, MULTI):
        ours = burn_shapes.mapping(geom, writer)
        theirs = geom.__geo_interface__
        assert ours["type"] == theirs["type"]
        assert _plain(ours["coordinates"]) == _plain(theirs["coordinates"])


def test_x_and_y_burn_and_other_types_use_their_own_mapping():
    writer = burn_shapes.wkb_writer()
    z = Polygon([(0, 0, 5), (10, 0, 6), (10, 10, 7), (0, 0, 5)])
    ours = _plain(burn_shapes.mapping(z, writer)["coordinates"])  # (shapely 2: its own, with z)
    assert ours == [[[0, 0], [10, 0], [10, 10], [0, 0]]]
    for other in (Point(1, 2), LineString([(0, 0), (1, 1)])):
        assert burn_shapes.mapping(other, writer) == other.__geo_interface__


def test_the_same_cells_are_burnt():
    shapes = burn_shapes.shapes([HOLED, MULTI], [1, 2])
    options = dict(out_shape=(8, 8), transform=from_origin(0, 40, 5, 5), dtype="int32")
    ours = features.rasterize(shapes, **options)
    theirs = features.rasterize([(HOLED, 1), (MULTI, 2)], **options)
    assert np.array_equal(ours, theirs)
    assert (ours == 1).sum() > 0 and (ours == 2).sum() > 0
