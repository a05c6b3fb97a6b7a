"""Values between frames and QGIS: a column of mixed values as QGIS takes them, and the
geometry column built without geopandas' per-geometry checks."""

import gc

import numpy as np
import pandas as pd
import pytest
from shapely import wkb, wkt
from shapely.geometry import MultiPolygon, Point, box

from segregation_plugin.processing.frame_values import (
    geometry_column,
    native,
    native_column,
    wkb_reader,
)


def test_a_mixed_column_as_qgis_takes_it():
    values = ["a", 3, True, 1.5, float("nan"), None, np.float64(2.5), np.int64(7), pd.NA]
    values.append(pd.Timestamp("2024-05-01 12:00"))
    column = pd.Series(values, dtype=object)
    out = native_column(column)
    assert out == ["a", 3, True, 1.5, None, None, 2.5, 7, None, "2024-05-01T12:00:00"]
    assert out == [native(v) for v in values]
    assert [type(v) for v in out[:4]] == [str, int, bool, float]


def test_numeric_columns_at_once():
    assert native_column(pd.Series([1, 2])) == [1, 2]
    assert native_column(pd.Series([1.0, np.nan])) == [1.0, None]
    assert native_column(pd.Series([1, None], dtype="Int64")) == [1, None]


def test_the_geometry_column_keeps_every_geometry():
    geoms = [Point(1, 2), None, MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3)])]
    column = geometry_column(geoms, "EPSG:3006")
    assert len(column) == 3 and column.crs.to_epsg() == 3006
    assert column[0].equals(geoms[0]) and column[1] is None and column[2].equals(geoms[2])


KINDS = [
    "POINT (1 2)",
    "POINT Z (1 2 3)",
    "LINESTRING (0 0, 1 1, 2 0)",
    "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2))",
    "MULTIPOINT ((0 0), (1 1))",
    "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
    "MULTIPOLYGON Z (((0 0 1, 1 0 1, 1 1 2, 0 0 1)))",
    "GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 1 1))",
    "POLYGON EMPTY",
]


@pytest.mark.parametrize("text", KINDS)
def test_the_wkb_reader_gives_the_geometry_shapely_gives(text):
    data = wkt.loads(text).wkb
    ours, theirs = wkb_reader()(data), wkb.loads(data)
    assert type(ours) is type(theirs)
    assert ours.wkb == theirs.wkb and ours.has_z == theirs.has_z
    assert ours.is_empty == theirs.is_empty and ours.geom_type == theirs.geom_type
    if not theirs.is_empty:
        assert ours.equals(theirs) and ours.area == theirs.area and ours.bounds == theirs.bounds
    if hasattr(theirs, "__dict__"):  # shapely 1.8: the state shapely's factory gives it
        assert sorted(vars(ours)) == sorted(vars(theirs))
        assert {k: v for k, v in vars(ours).items() if k != "__geom__"} == {
            k: v for k, v in vars(theirs).items() if k != "__geom__"
        }


def test_geometries_read_live_on_their_own():
    read = wkb_reader()
    parts = [read(box(i, 0, i + 1, 1).wkb) for i in range(200)]
    del read
    gc.collect()  # the reader gone: its geometries are still whole, and freed once
    assert sum(p.area for p in parts) == 200.0
    assert parts[7].buffer(1).area > 1 and parts[7].bounds == (7.0, 0.0, 8.0, 1.0)
    del parts
    gc.collect()


def test_wkb_that_geos_cannot_read_is_shapelys_error():
    import shapely.errors

    names = ("WKBReadingError", "GEOSException")  # shapely 1.8, shapely 2
    errors = tuple(getattr(shapely.errors, n) for n in names if hasattr(shapely.errors, n))
    with pytest.raises(errors):
        wkb_reader()(b"\x01\x03\x00\x00")


def test_rows_get_python_values_only_where_pyqgis_gives_others():
    import datetime

    from qgis.core import NULL
    from qgis.PyQt.QtCore import QDate

    from segregation_plugin.processing.frame_values import picker, plain_values

    rows = [[1, "a", NULL, QDate(2024, 5, 1)], [2, "b", 3.5, QDate()]]
    plain_values(rows)
    assert rows == [[1, "a", None, datetime.date(2024, 5, 1)], [2, "b", 3.5, None]]
    assert [type(v) for v in rows[1]] == [int, str, float, type(None)]
    values = [10, 11, 12, 13]
    assert picker([2, 0])(values) == [12, 10] and picker([3])(values) == [13]
    assert picker([])(values) == []
