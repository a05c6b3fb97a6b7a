"""Which geometries meet: pairs of geometries found through a spatial index (STRtree).

geopandas 0.12 over shapely 1.8 (QGIS 3.22 on Debian 12) builds its ``rtree`` index from a
Python stream and tests every pair through Python objects: most of the time of a join of
thousands of areas and projects. Here shapely's own STRtree (GEOS) finds the pairs whose
bounding boxes meet, and the exact predicate is then tested on those only — under shapely 2
all at once (``STRtree.query(..., predicate=...)``), under shapely 1.8 pair by pair with
the geometry prepared when it has several candidates. The pairs are the same as
``geopandas.sjoin``'s (the same GEOS predicates), sorted by the left position, then the
right one.

:func:`intersections` gives the pieces ``geopandas.overlay(how="intersection",
keep_geom_type=True)`` gives for two polygon layers, computed the same way (invalid
polygons repaired with ``buffer(0)``, each piece ``buffer(0)``, polygon parts of a mixed
result dissolved), so their areas are the same to the last bit.
"""

from __future__ import annotations

import warnings

from ..common.dependencies import require
from ..common.geometries import as_list, present

PREDICATES = ("intersects", "within", "contains")
POLYGONS = ("Polygon", "MultiPolygon")


def _shapely2() -> bool:
    return hasattr(require("shapely"), "STRtree")


def query_pairs(left, right, predicate=None):
    """``(left positions, right positions)`` (int arrays) of the pairs of ``left`` and
    ``right`` (sequences of shapely geometries, None allowed) whose bounding boxes meet
    and, with ``predicate`` (one of :data:`PREDICATES`), for which ``left.predicate(right)``
    holds. Missing and empty geometries meet nothing. Sorted by left, then right."""
    np = require("numpy")
    if predicate is not None and predicate not in PREDICATES:
        raise ValueError(f"predicate must be one of {', '.join(PREDICATES)}, not {predicate!r}")
    left, right = as_list(left), as_list(right)
    if _shapely2():
        shapely = require("shapely")
        tree = shapely.STRtree(np.asarray(right, dtype=object))
        found = tree.query(np.asarray(left, dtype=object), predicate=predicate)
        lefts, rights = found[0], found[1]
    else:
        lefts, rights = _pairs_shapely18(left, right, predicate)
    lefts = np.asarray(lefts, dtype=np.intp)
    rights = np.asarray(rights, dtype=np.intp)
    order = np.lexsort((rights, lefts))
    return lefts[order], rights[order]


def _pairs_shapely18(left, right, predicate):
    strtree = require("shapely.strtree")
    prep = require("shapely.prepared").prep
    keep = [i for i, ok in enumerate(present(right)) if ok]
    lefts, rights = [], []
    if not keep:
        return lefts, rights
    geoms = [right[i] for i in keep]
    with warnings.catch_warnings():  # "STRtree will be changed in 2.0.0": handled above
        warnings.simplefilter("ignore")
        tree = strtree.STRtree(geoms)
    for i, (geom, ok) in enumerate(zip(left, present(left))):
        if not ok:
            continue
        hits = tree.query_items(geom)
        if not len(hits):
            continue
        if predicate is None:
            found = hits
        else:
            test = getattr(prep(geom) if len(hits) > 1 else geom, predicate)
            found = [k for k in hits if test(geoms[k])]
        lefts.extend([i] * len(found))
        rights.extend(keep[k] for k in found)
    return lefts, rights


def _valid(geoms, positions) -> dict:
    """{position: geometry} for ``positions``: invalid polygons repaired with ``buffer(0)``
    (what ``geopandas.overlay`` does to its inputs)."""
    out = {}
    for i in positions:
        geom = geoms[i]
        out[i] = geom if geom.is_valid else geom.buffer(0)
    return out


def _piece(geom):
    """The polygonal piece of an intersection as ``overlay(keep_geom_type=True)`` keeps it,
    or None: polygons through ``buffer(0)``; of a mixed collection its polygons dissolved."""
    kind = geom.geom_type
    if kind in POLYGONS:
        return geom.buffer(0)
    if kind == "GeometryCollection" and not geom.is_empty:
        parts = [g for g in geom.geoms if g.geom_type in POLYGONS]
        if parts:
            union = require("shapely.ops").unary_union(parts)
            return union if union.geom_type in POLYGONS else None
    return None


def intersections(left, right):
    """``(left positions, right positions, pieces)`` of two polygon geometry sequences: the
    polygonal intersection of every pair that meets, as :func:`geopandas.overlay` computes
    it (see the module's text), in its order (left, then right). Pairs that only touch (a
    line or a point in common) are left out."""
    np = require("numpy")
    left, right = as_list(left), as_list(right)
    lefts, rights = query_pairs(left, right)
    if not len(lefts):
        return lefts, rights, []
    a = _valid(left, np.unique(lefts).tolist())
    b = _valid(right, np.unique(rights).tolist())
    if _shapely2():
        shapely = require("shapely")
        first = np.asarray([a[i] for i in lefts.tolist()], dtype=object)
        second = np.asarray([b[j] for j in rights.tolist()], dtype=object)
        meet = shapely.intersects(first, second)
        lefts, rights = lefts[meet], rights[meet]
        cut = shapely.intersection(first[meet], second[meet])
    else:
        prep = require("shapely.prepared").prep
        meet, prepared = [], {}
        for i, j in zip(lefts.tolist(), rights.tolist()):
            if i not in prepared:
                prepared[i] = prep(a[i])
            meet.append(prepared[i].intersects(b[j]))
        meet = np.asarray(meet, dtype=bool)
        lefts, rights = lefts[meet], rights[meet]
        cut = [a[i].intersection(b[j]) for i, j in zip(lefts.tolist(), rights.tolist())]
    order = _overlay_order(lefts, rights)
    lefts, rights = lefts[order], rights[order]
    pieces = [_piece(cut[k]) if cut[k] is not None else None for k in order.tolist()]
    kept = np.flatnonzero([p is not None for p in pieces])
    return lefts[kept], rights[kept], [pieces[k] for k in kept.tolist()]


def _overlay_order(lefts, rights):
    """The order in which ``geopandas.overlay`` gives the sorted pairs: its inner merge on
    the right position groups them (pandas before 2.2) by the right geometry, in the order
    each first occurs, keeping the order within; pandas 2.2 keeps the left order."""
    np = require("numpy")
    pd = require("pandas")
    if tuple(int(v) for v in pd.__version__.split(".")[:2]) >= (2, 2):
        return np.arange(len(lefts))
    codes, first = np.unique(rights, return_inverse=True, return_index=True)[1:][::-1]
    rank = np.empty(len(first), dtype=np.intp)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return np.argsort(rank[codes], kind="stable")
