"""Spatial joins and overlays that never build a spatial index of nothing.

geopandas' ``sjoin`` and ``overlay`` build a spatial index of one side. With the ``rtree``
backend (geopandas < 0.14 without shapely 2, as in QGIS 3.22 on Debian and in some Windows
and macOS installs) an index of a side without any geometry is bulk-loaded from an empty
stream, which libspatialindex answers with an exception on some platforms and with a
segmentation fault on others: the user's QGIS dies. An empty layer, an empty selection, a
filter that matches nothing or a layer whose features have no geometry are ordinary input,
so every join and overlay in ``core/planning`` goes through these functions: when either
side has no usable geometry (missing or empty) the result is the empty (or unmatched) result
with the columns geopandas would give, and no index is built.

Speed: the pairs come from shapely's STRtree (:mod:`.geometry_pairs`), many times quicker
than geopandas 0.12's rtree over shapely 1.8; the frames are the ones geopandas gives (its
columns, index and values; pairs ordered by the left row, then the right one). Overlays take
that way with geopandas before 1.0 (which repairs polygons with ``buffer(0)``); geopandas 1.0
and later (shapely 2: quick) overlay themselves.
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.geometries import as_list, present
from . import geometry_pairs


def usable(geoms):
    """Boolean Series: the geometry is present and not empty (``geoms.notna() &
    ~geoms.is_empty``, without geopandas 0.12 asking every geometry twice)."""
    pd = require("pandas")
    return pd.Series(present(geoms), index=geoms.index, dtype=bool)


def has_geometry(frame) -> bool:
    """True when ``frame`` (a GeoDataFrame or GeoSeries) has at least one usable geometry."""
    if frame is None or len(frame) == 0:
        return False
    geoms = frame.geometry if hasattr(frame, "geometry") else frame
    return any(g is not None and not g.is_empty for g in as_list(geoms))  # stops at the first


def sjoin(left, right, how: str = "inner", predicate: str = "intersects"):
    """``geopandas.sjoin(left, right, how, predicate)``, without an index of nothing.

    When ``left`` or ``right`` has no usable geometry nothing can match: ``how="inner"``
    gives no rows, ``how="left"`` every row of ``left`` with ``index_right`` and the
    columns of ``right`` missing. Column names are those of ``sjoin`` (no column name may
    occur on both sides: callers pass only the columns they need)."""
    gpd = require("geopandas")
    if how not in ("inner", "left"):
        raise ValueError(f"how must be 'inner' or 'left', not {how!r}")
    if not (has_geometry(left) and has_geometry(right)):
        return _unmatched(left, right, how)
    right_columns = [c for c in right.columns if c != right.geometry.name]
    if (
        predicate not in geometry_pairs.PREDICATES
        or set(right_columns) & set(left.columns)
        or "index_right" in set(left.columns) | set(right_columns)
    ):  # suffixes or another predicate: geopandas' own join
        return gpd.sjoin(left, right, how=how, predicate=predicate)
    return _joined(left, right, right_columns, how, predicate)


def _joined(left, right, right_columns, how: str, predicate: str):
    """The frame of ``geopandas.sjoin`` from the pairs of :mod:`.geometry_pairs`."""
    np = require("numpy")
    pd = require("pandas")
    lefts, rights = geometry_pairs.query_pairs(left.geometry, right.geometry, predicate)
    if how == "left":
        alone = np.setdiff1d(np.arange(len(left)), lefts)
        lefts = np.concatenate([lefts, alone])
        rights = np.concatenate([rights, np.full(len(alone), -1, dtype=np.intp)])
        order = np.argsort(lefts, kind="stable")
        lefts, rights = lefts[order], rights[order]
    out = left.iloc[lefts].copy()
    # -1 (no match) is no position: reindex gives NaN there (and floats for integers)
    out["index_right"] = pd.Series(right.index).reindex(rights).to_numpy()
    for col in right_columns:
        out[col] = right[col].reset_index(drop=True).reindex(rights).to_numpy()
    return out


def _unmatched(left, right, how: str):
    pd = require("pandas")
    out = left.iloc[:0].copy() if how == "inner" else left.copy()
    right_columns = [c for c in right.columns if c != right.geometry.name]
    out["index_right"] = pd.Series(float("nan"), index=out.index, dtype=float)
    for col in right_columns:
        dtype = right[col].dtype if how == "inner" else object
        out[col] = pd.Series(None, index=out.index, dtype=dtype)
    return out


def intersection(df1, df2, keep_geom_type: bool = True):
    """``geopandas.overlay(df1, df2, how="intersection")``, without an index of nothing:
    when either side has no usable geometry, an empty GeoDataFrame with the columns of both
    sides (and ``df1``'s CRS). Rows without geometry are left out before the overlay."""
    gpd = require("geopandas")
    first = df1[usable(df1.geometry)] if len(df1) else df1
    second = df2[usable(df2.geometry)] if len(df2) else df2
    if has_geometry(first) and has_geometry(second):
        if (
            not (keep_geom_type and _polygons(first) and _polygons(second))
            or _shared(first, second)
            or not _repairs_with_buffer(gpd)
        ):  # other geometries, suffixes or geopandas ≥ 1.0: geopandas' own overlay
            return gpd.overlay(first, second, how="intersection", keep_geom_type=keep_geom_type)
        return _pieces(first, second)
    columns = [c for c in df1.columns if c != df1.geometry.name]
    columns += [c for c in df2.columns if c != df2.geometry.name]
    data = {c: (df1 if c in df1.columns else df2)[c].iloc[:0].to_numpy() for c in columns}
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries([], crs=df1.crs), crs=df1.crs)


def _repairs_with_buffer(gpd) -> bool:
    """True for geopandas before 1.0, whose overlay repairs polygons with ``buffer(0)`` as
    :func:`.geometry_pairs.intersections` does (1.0 uses ``make_valid``, and needs shapely 2,
    under which its own overlay is quick)."""
    return int(gpd.__version__.split(".")[0]) < 1


def _polygons(frame) -> bool:
    return bool(frame.geom_type.isin(geometry_pairs.POLYGONS).all())


def _shared(df1, df2) -> bool:
    """True when a column name (other than the geometry) occurs on both sides."""
    names = set(df1.columns) - {df1.geometry.name}
    return bool(names & (set(df2.columns) - {df2.geometry.name}))


def _pieces(df1, df2):
    """``geopandas.overlay(df1, df2, "intersection", keep_geom_type=True)`` of two polygon
    frames (see :func:`.geometry_pairs.intersections`): the columns of both, then the
    pieces' geometry, in the order of the pairs."""
    gpd = require("geopandas")
    lefts, rights, pieces = geometry_pairs.intersections(df1.geometry, df2.geometry)
    data = {}
    for frame, positions in ((df1, lefts), (df2, rights)):
        for col in frame.columns:
            if col != frame.geometry.name:
                data[col] = frame[col].iloc[positions].to_numpy()
    geometry = gpd.GeoSeries(pieces, crs=df1.crs) if pieces else gpd.GeoSeries([], crs=df1.crs)
    return gpd.GeoDataFrame(data, geometry=geometry.values, crs=df1.crs)
