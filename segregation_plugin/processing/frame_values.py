"""Values and geometries between QGIS features and pandas/shapely (for :mod:`.frames`).

Every value read or written passes through here, so the common cases come first: a value
PyQGIS already gives as Python's own, a whole numeric column at once, a string column
value by value without further checks, the values read converted only in the columns
that need it (:func:`plain_values`); one WKB reader and writer for all geometries under
shapely 1.8 (``shapely.wkb.loads`` and ``geom.wkb`` make a new one for each), the reader
without shapely's per-geometry imports (:func:`wkb_reader`); and a geometry read is written
back as the QgsGeometry it was read from (:func:`remember_read`).
"""

from __future__ import annotations

import contextlib
import functools
import math
import operator
import weakref

from qgis.core import NULL
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.common.dependencies import require

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


class _Read(weakref.ref):
    """A geometry read from a layer (held weakly) and the QgsGeometry it was read from."""

    __slots__ = ("key", "geometry")


_READ: dict = {}  # id of a geometry read → its _Read, while the geometry lives


def remember_read(geom, qgs_geometry, data: bytes) -> None:
    """Keep ``qgs_geometry`` for :func:`.frames.frame_features` as long as ``geom`` (read
    from its WKB ``data``) lives, when it is a plain 2D point, line or polygon (or multi):
    written unchanged, ``geom`` would give that WKB back (GEOS keeps the coordinates, rings
    and parts as they are), so the geometry read is written instead of one made again from
    a new WKB. Other types (Z, M, curves, collections) go the long way."""
    if not (len(data) > 4 and data[0] == 1 and 1 <= data[1] <= 6 and data[2:5] == b"\0\0\0"):
        return
    try:
        ref = _Read(geom, _forget)
    except TypeError:  # a geometry type without weak references
        return
    ref.key, ref.geometry = id(geom), qgs_geometry
    _READ[ref.key] = ref


def _forget(ref) -> None:
    if _READ.get(ref.key) is ref:
        del _READ[ref.key]


def read_geometry(geom):
    """The QgsGeometry that ``geom`` was read from (:func:`remember_read`), else None."""
    ref = _READ.get(id(geom))
    return ref.geometry if ref is not None and ref() is geom else None


def picker(columns):
    """values → a list of the values at ``columns`` (positions)."""
    if not columns:
        return lambda values: []
    if len(columns) == 1:
        (j,) = columns
        return lambda values: [values[j]]
    get = operator.itemgetter(*columns)
    return lambda values: list(get(values))


def plain_values(rows) -> None:
    """Every value of ``rows`` (lists, changed in place) as a Python value (:func:`python_value`:
    NULL → None, dates → Python's): only the columns that hold another type are gone through
    value by value (most hold Python's own numbers and strings already)."""
    if not rows:
        return
    for j, column in enumerate(zip(*rows)):
        if set(map(type, column)) <= PLAIN:
            continue
        for row in rows:
            value = row[j]
            kind = type(value)
            if kind is QVariant and value.isNull():  # NULL, the usual case: python_value's None
                row[j] = None
            elif kind not in PLAIN:
                row[j] = python_value(value)


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
    makes a new one for every geometry), whose geometries are made without shapely's
    factory (:func:`_shapely18_loader`)."""
    try:
        geos = require("shapely.geos")
        reader = geos.WKBReader(geos.lgeos)
    except (ImportError, AttributeError):  # shapely 2
        return require("shapely.wkb").loads
    try:
        return _shapely18_loader(geos.lgeos, reader)
    except (ImportError, AttributeError, KeyError, TypeError):  # another shapely 1.x
        return reader.read


def _shapely18_loader(lgeos, reader):
    """WKB bytes → geometry under shapely 1.8: GEOS reads the WKB as in ``reader.read``, and
    the geometry object gets the state ``shapely.geometry.base.geom_factory`` gives it (its
    class by the GEOS type, the GEOS pointer, no parent, 2 or 3 dimensions, not empty) —
    without the two imports that reader and factory make for every geometry, which QGIS's
    import hook makes slow: about half the time of ``reader.read`` inside QGIS."""
    import ctypes

    from shapely import geometry
    from shapely.geometry import base

    classes = [getattr(geometry, name) for name in base.GEOMETRY_TYPES]
    read, type_id = lgeos.GEOSWKBReader_read, lgeos.GEOSGeomTypeId
    has_z, factory = lgeos.methods["has_z"], base.geom_factory
    handle, char_p, size_t, new = reader._reader, ctypes.c_char_p, ctypes.c_size_t, object.__new__

    def load(data):
        g = read(handle, char_p(data), size_t(len(data)))
        if not g:
            return reader.read(data)  # shapely's own error for WKB that GEOS cannot read
        kind = type_id(g)
        if not 0 <= kind < len(classes):
            return factory(g)
        geom = new(classes[kind])
        geom.__dict__.update(__geom__=g, __p__=None, _ndim=3 if has_z(g) else 2, _is_empty=False)
        return geom

    load.reader = reader  # the GEOS reader lives as long as the function
    return load


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
