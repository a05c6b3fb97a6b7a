"""Many shapely geometries at once, quickly under shapely 1.8 and geopandas 0.12 too.

geopandas 0.12 over shapely 1.8 (QGIS 3.22 on Debian 12) hands out the geometries of a
GeoSeries one by one through pandas, and ``geom.is_empty`` goes through several Python
layers: some microseconds a geometry, asked for thousands of geometries many times in a
run. Here the geometries come from the array at once and emptiness is asked of GEOS
directly; the answers are the same.
"""

from __future__ import annotations

from .dependencies import require


def as_list(geoms) -> list:
    """The geometries of a GeoSeries, a GeometryArray or any sequence as a list, taken from
    the array at once (not one by one through pandas, some microseconds a geometry)."""
    np = require("numpy")
    values = getattr(geoms, "values", geoms)
    if isinstance(values, list):
        return values
    if hasattr(values, "__array__"):
        data = np.asarray(values)
        if data.dtype == object and data.ndim == 1:
            return data.tolist()
    return list(values)


def _present(geom) -> bool:
    """There is a geometry and it is not empty."""
    return geom is not None and not geom.is_empty


def present(geoms) -> list:
    """For each geometry: there is one and it is not empty. Under shapely 1.8 GEOS is asked
    directly (``geom.is_empty`` goes through several Python layers: a microsecond or two a
    geometry, and every step asks for thousands)."""
    items = as_list(geoms)
    try:
        lgeos = require("shapely.geos").lgeos
        is_empty = lgeos.GEOSisEmpty
    except (ImportError, AttributeError):  # shapely 2: is_empty is quick
        return [_present(g) for g in items]
    out = []
    for g in items:
        handle = getattr(g, "_geom", None) if g is not None else None
        out.append(g is not None and (not g.is_empty if handle is None else is_empty(handle) == 0))
    return out
