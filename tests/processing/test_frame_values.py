"""Values between frames and QGIS: a column of mixed values as QGIS takes them, and the
geometry column built without geopandas' per-geometry checks."""

import numpy as np
import pandas as pd
from shapely.geometry import MultiPolygon, Point, box

from segregation_plugin.processing.frame_values import geometry_column, native, native_column


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
