"""Queen contiguity between polygons, without libpysal.

Two areas are queen neighbours when their boundaries share at least one vertex: the rule of
libpysal's ``Queen.from_dataframe``, which hashes the boundary vertices of every polygon
(exterior and holes, every part of a multipolygon) and links polygons that have a vertex
in common. SCB's DeSO and RegSO layers are topologically clean, so neighbours share their
vertices. Hand-drawn districts may touch without shared vertices; ``rule="touch"`` then
links any two areas whose geometries intersect (share a boundary point).
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.errors import InputError

VERTEX, TOUCH = "vertex", "touch"


def _rings(geom):
    """The boundary rings of a polygon or multipolygon (shapely 1.8 and 2)."""
    if geom is None or geom.is_empty:
        return []
    kind = geom.geom_type
    if kind == "Polygon":
        return [geom.exterior, *geom.interiors]
    if kind in ("MultiPolygon", "GeometryCollection"):
        out = []
        for part in geom.geoms:
            out.extend(_rings(part))
        return out
    raise InputError(f"Contiguity needs polygons; got a {kind}.")


def _vertex_pairs(geometries, np, pd):
    xs, ys, ids = [], [], []
    for i, geom in enumerate(geometries):
        for ring in _rings(geom):
            coords = np.asarray(ring.coords, dtype=float)
            if coords.size == 0:
                continue
            xs.append(coords[:, 0])
            ys.append(coords[:, 1])
            ids.append(np.full(len(coords), i, dtype=np.int64))
    if not xs:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    pts = pd.DataFrame({"x": np.concatenate(xs), "y": np.concatenate(ys), "i": np.concatenate(ids)})
    pts = pts.drop_duplicates()
    shared = pts[pts.duplicated(["x", "y"], keep=False)]
    pairs = shared.merge(shared, on=["x", "y"], suffixes=("", "_j"))
    pairs = pairs.loc[pairs["i"] != pairs["i_j"], ["i", "i_j"]].drop_duplicates()
    return pairs["i"].to_numpy(), pairs["i_j"].to_numpy()


def _touch_pairs(geometries, np, pd):
    gpd = require("geopandas")
    frame = gpd.GeoDataFrame({"i": np.arange(len(geometries))}, geometry=list(geometries))
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    pairs = gpd.sjoin(frame, frame, how="inner", predicate="intersects")
    pairs = pairs[pairs["i_left"] != pairs["i_right"]]
    return pairs["i_left"].to_numpy(), pairs["i_right"].to_numpy()


def queen_pairs(geometries, rule: str = VERTEX):
    """Directed neighbour pairs (i, j) by position in ``geometries`` (both (i, j) and
    (j, i) are returned, sorted by i then j)."""
    np = require("numpy")
    pd = require("pandas")
    geometries = list(geometries)
    if rule == VERTEX:
        i, j = _vertex_pairs(geometries, np, pd)
    elif rule == TOUCH:
        i, j = _touch_pairs(geometries, np, pd)
    else:
        raise InputError(f"Unknown contiguity rule '{rule}' (use '{VERTEX}' or '{TOUCH}').")
    order = np.lexsort((j, i))
    return i[order].astype(np.int64), j[order].astype(np.int64)


def neighbour_lists(geometries, rule: str = VERTEX) -> list:
    """For every geometry, the sorted positions of its queen neighbours."""
    geometries = list(geometries)
    i, j = queen_pairs(geometries, rule)
    out = [[] for _ in range(len(geometries))]
    for a, b in zip(i.tolist(), j.tolist()):
        out[a].append(b)
    return out
