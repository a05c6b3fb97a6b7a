"""Values and geometries between QGIS features and pandas/shapely (for :mod:`.frames`).

Every value read or written passes through here, so the common cases come first: a value
PyQGIS already gives as Python's own, a whole numeric column at once, a string column
value by value without further checks; and one WKB reader and writer for all geometries
under shapely 1.8 (``shapely.wkb.loads`` and ``geom.wkb`` make a new one for each).
"""

from __future__ import annotations

import contextlib
import functools
import math

from qgis.core import NULL
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.common.dependencies import require
from ..core.common.geometries import paused_gc  # noqa: F401 (for frames)

PLAIN = {int, float, str, bool}  # values PyQGIS already gives as Python's own


def python_value(value):
    """A feature's attribute as a Python value (NULL, an invalid date → None)."""
    if type(value) in PLAIN:  # most values: no QVariant or date to convert
        return value
    if value is None or value == NULL:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


@functools.cache
def _pandas():
    """pandas, looked up once (``native`` runs for every value written)."""
    try:
        return require("pandas")
    except ImportError:
        return None


def native(value):
    """A frame's value as QGIS takes it (numpy scalars as Python's, NaN/NA/NaT → None,
    timestamps as ISO text)."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    pd = _pandas()
    if pd is not None:
        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    return value


def native_column(series) -> list:
    """The values of a column as :func:`native` gives them, a whole numpy column at once
    (integers, booleans, floats with NaN as None; pandas' nullable numbers as Python's,
    <NA> as None); other columns value by value (Python's own strings, numbers and booleans
    as they are)."""
    np = require("numpy")
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iub":
        return series.to_numpy().tolist()
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        values = series.to_numpy()
        out = values.tolist()
        for i in np.flatnonzero(np.isnan(values)).tolist():
            out[i] = None
        return out
    if getattr(dtype, "kind", None) in ("i", "u", "b", "f") and hasattr(dtype, "na_value"):
        # pandas' nullable Int64, boolean, Float64: Python numbers, None for <NA>
        values = series.to_numpy(dtype=object, na_value=None).tolist()
    else:
        values = series.tolist()
    kinds = set(map(type, values))
    if kinds <= {str, int, bool, type(None)}:  # already as native gives them
        return values
    out = []
    for value in values:
        kind = type(value)
        if kind is str or kind is int or kind is bool:  # what native gives them as they are
            out.append(value)
        elif kind is float:
            out.append(None if value != value else value)  # NaN → None
        else:
            out.append(native(value))
    return out


def wkb_writer():
    """geometry → WKB bytes; under shapely 1.8 one writer for all (``geom.wkb`` makes a
    new one for every geometry, with the same settings)."""
    try:
        geos = require("shapely.geos")
        return geos.WKBWriter(geos.lgeos).write
    except (ImportError, AttributeError):  # shapely 2: geom.wkb is quick
        return lambda geom: geom.wkb


def wkb_reader():
    """WKB bytes → geometry; under shapely 1.8 one reader for all (``shapely.wkb.loads``
    makes a new one for every geometry)."""
    try:
        geos = require("shapely.geos")
        return geos.WKBReader(geos.lgeos).read
    except (ImportError, AttributeError):  # shapely 2
        return require("shapely.wkb").loads


def geometry_column(geoms, crs=None):
    """The geometries (a list of shapely geometries and None) as a geopandas GeometryArray
    in ``crs``, built without geopandas' check of every geometry (under shapely 1.8 numpy
    asks every geometry for an array interface: a tenth of a second for 6,000 polygons);
    the list itself when geopandas has no such array."""
    np = require("numpy")
    try:
        from geopandas.array import GeometryArray
    except ImportError:  # pragma: no cover - geopandas without its array module
        return geoms
    data = np.empty(len(geoms), dtype=object)
    for i, geom in enumerate(geoms):  # one by one: numpy must not unpack a geometry
        data[i] = geom
    return GeometryArray(data, crs=crs)
