"""Polygons as rasterio burns them (GeoJSON-like mappings), quickly under shapely 1.8 too.

``rasterio.features.rasterize`` takes GeoJSON-like mappings. shapely 1.8's
``__geo_interface__`` builds them through Python coordinate objects and compares every
exterior with an empty ring (about 50 µs a polygon: a third of a second for the 6,160 DeSO,
for every raster summary). Here the coordinates of polygons and multipolygons are read from
their well-known binary with numpy instead; the numbers are the same (x and y of every
vertex, in order), so the burnt cells are the same. Under shapely 2 (quick) and for other
geometry types the geometry's own ``__geo_interface__`` is used.
"""

from __future__ import annotations

from struct import unpack_from

from .bounds import wkb_header
from .collector import paused_gc
from .dependencies import require
from .geometries import as_list


def mapping(geom, writer=None):
    """The GeoJSON-like mapping of ``geom`` (see the module's text); ``writer`` a shapely
    1.8 WKB writer to reuse (:func:`wkb_writer`)."""
    if writer is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return geom.__geo_interface__
    data = writer(geom)
    polygons, _ = _polygons(data, 0, require("numpy"))
    if polygons is None:
        return geom.__geo_interface__
    if geom.geom_type == "Polygon":
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def wkb_writer():
    """geometry → WKB bytes with one writer for all under shapely 1.8; None under shapely 2
    (its ``__geo_interface__`` is quick)."""
    shapely = require("shapely")
    if hasattr(shapely, "STRtree"):
        return None
    geos = require("shapely.geos")
    return geos.WKBWriter(geos.lgeos).write


def shapes(geoms, values):
    """``[(mapping, value)]`` for rasterize, from parallel sequences (see :func:`mapping`)."""
    writer = wkb_writer()
    with paused_gc():  # thousands of coordinate lists, none in a cycle
        return [(mapping(g, writer), v) for g, v in zip(as_list(geoms), values)]


def _polygons(data: bytes, at: int, np):
    """(list of polygons, each a list of rings of [x, y] lists; byte after) of the polygon
    or multipolygon at ``at``; (None, at) for any other kind."""
    order, kind, dims, at = wkb_header(data, at)
    if kind == 6:
        parts = unpack_from(f"{order}I", data, at)[0]
        at += 4
        out = []
        for _ in range(parts):
            polygon, at = _polygons(data, at, np)
            if polygon is None:
                return None, at
            out.extend(polygon)
        return out, at
    if kind != 3:
        return None, at
    rings = unpack_from(f"{order}I", data, at)[0]
    at += 4
    polygon = []
    for _ in range(rings):
        n = unpack_from(f"{order}I", data, at)[0]
        xy = np.frombuffer(data, f"{order}f8", n * dims, at + 4).reshape(-1, dims)[:, :2]
        polygon.append(xy.tolist())
        at += 4 + 8 * n * dims
    return [polygon], at
