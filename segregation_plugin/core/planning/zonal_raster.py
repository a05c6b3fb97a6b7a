"""Zonal statistics of a raster per polygon (population grid, noise, green access...).

For every polygon: the number of valid cells, the sum, mean, minimum and maximum of their
values, and the share (%) of valid cells whose value is above a threshold.

- A cell belongs to a polygon when the cell's centre lies inside it (GDAL's rule); with
  ``all_touched=True`` every cell the polygon touches counts (more cells at the edges, and a
  cell on a border then counts for both neighbours).
- Nodata cells (the raster's nodata value, NaN, or a value given by the user) are left out of
  every statistic and counted in ``nodata_cells``.
- Polygons in another coordinate reference system than the raster are reprojected to the
  raster's system (the raster is never resampled); a note records it. A raster that does not
  overlap the polygons, or one without a coordinate reference system that does not overlap
  them either, stops the run with a message naming it and both extents
  (:mod:`.raster_fit`).
- Speed: only the window of the raster that the polygons cover is read, in bands of rows
  (:mod:`.zonal_bands`: arrays that stay small whatever the raster's size); in each band the
  polygons it reaches are burnt into one array at once and the statistics come from
  ``numpy.bincount``, so a national 250 m grid and all DeSO take seconds. Polygons that
  overlap each other (cells claimed by more than one) are detected and computed one by one,
  each from its own small window, so each gets its full result.
"""

from __future__ import annotations

import math
from typing import Optional

from ..common import burn_shapes
from ..common.bounds import bounds_array, total_bounds
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from . import spatial, zonal_bands
from .raster_fit import fit_polygons, raster_name, read_band

STATS = ["cells", "nodata_cells", "sum", "mean", "min", "max", "share_above"]


def _open(raster):
    rasterio = require("rasterio")
    if hasattr(raster, "read") and hasattr(raster, "transform"):
        return raster, False
    try:
        return rasterio.open(str(raster)), True
    except Exception as exc:  # rasterio raises RasterioIOError and others
        raise InputError(f"The raster '{raster}' cannot be opened: {exc}") from exc


def _apply(t, x, y):
    """The affine transform ``t`` applied to ``x``, ``y`` (numbers or numpy arrays)."""
    return t.c + t.a * x + t.b * y, t.f + t.d * x + t.e * y


def _window(ds, bounds):
    """The pixel window (row0, row1, col0, col1) of ``bounds`` clipped to the raster, or None."""
    inv = ~ds.transform
    xs, ys = [], []
    for x, y in (
        (bounds[0], bounds[1]),
        (bounds[0], bounds[3]),
        (bounds[2], bounds[1]),
        (bounds[2], bounds[3]),
    ):
        col, row = _apply(inv, x, y)
        xs.append(col)
        ys.append(row)
    col0 = max(0, int(math.floor(min(xs))))
    col1 = min(ds.width, int(math.ceil(max(xs))))
    row0 = max(0, int(math.floor(min(ys))))
    row1 = min(ds.height, int(math.ceil(max(ys))))
    if col0 >= col1 or row0 >= row1:
        return None
    return row0, row1, col0, col1


def _stats_from(ids, values, valid, n: int, threshold):
    """Arrays of the statistics for zone ids 1..n from flat ``ids``, ``values``, ``valid``."""
    return zonal_bands.statistics(zonal_bands.counts(ids, values, valid, n, threshold), threshold)


def zonal_stats(
    zones,
    raster,
    key: Optional[str] = None,
    threshold: Optional[float] = None,
    all_touched: bool = False,
    band: int = 1,
    nodata: Optional[float] = None,
    prefix: str = "zonal_",
    progress: Progress = NO_PROGRESS,
):
    """Statistics of ``raster`` (a path or an open rasterio dataset) for each polygon of
    ``zones`` (GeoDataFrame). Returns ``(table, notes)``: ``table`` has the index of ``zones``,
    the ``key`` column when given, ``{prefix}`` + ``cells``, ``nodata_cells``, ``sum``,
    ``mean``, ``min``, ``max``, ``share_above`` (% of valid cells with a value above
    ``threshold``; missing without a threshold) and ``{prefix}note`` (why a polygon has no
    statistics). ``sum``/``mean``/``min``/``max`` are missing for a polygon without valid cells.
    """
    np = require("numpy")
    pd = require("pandas")
    ds, opened = _open(raster)
    try:
        if band < 1 or band > ds.count:
            raise InputError(f"The raster has {ds.count} band(s); band {band} does not exist.")
        name = raster_name(raster, ds)
        geoms, notes, bounds = fit_polygons(ds, zones, name)  # stops when they do not overlap
        table = pd.DataFrame(index=zones.index)
        if key:
            if key not in zones.columns:
                raise InputError(f"The polygon layer has no field '{key}'.")
            table[key] = zones[key]
        n = len(zones)
        usable = spatial.usable(geoms).to_numpy()
        stats = {s: np.full(n + 1, np.nan) for s in STATS}
        note = np.array([None] * n, dtype=object)
        note[~usable] = "no geometry"
        window = _window(ds, bounds) if bounds is not None else None
        progress.set(5)
        if window is not None:
            stats, shared = _banded(
                ds, band, name, window, geoms, usable, nodata, threshold, all_touched, progress
            )
            transform = ds.window_transform(zonal_bands.window_of(*window))
            overlapping = _overlapping_zones(shared, transform, geoms, usable, all_touched)
            if overlapping:
                notes.append(
                    f"{len(overlapping)} polygons overlap others; each got its full result "
                    "(computed one by one)."
                )
            with require("rasterio").Env():  # one GDAL environment for them all
                for j, i in enumerate(overlapping):
                    progress.check()
                    one = _one_zone(
                        geoms.iloc[i], ds, band, name, window, nodata, threshold, all_touched
                    )
                    for s in STATS:
                        stats[s][i + 1] = one[s][1]
                    progress.set(65 + 30 * (j + 1) / len(overlapping))
        for s in STATS:
            table[prefix + s] = stats[s][1:]
        cells = (
            table[prefix + "cells"].fillna(0).to_numpy()
            + table[prefix + "nodata_cells"].fillna(0).to_numpy()
        )
        lacking = usable & (table[prefix + "cells"].fillna(0).to_numpy() == 0)
        for i in np.flatnonzero(lacking):
            if cells[i] > 0:
                note[i] = "only nodata cells"
            elif window is None or not _touches(ds, geoms.iloc[i]):
                note[i] = "outside the raster"
            else:
                note[i] = (
                    "no cell centre inside the polygon (smaller than a cell?); try all_touched"
                )
        table[prefix + "cells"] = table[prefix + "cells"].fillna(0).astype(int)
        table[prefix + "nodata_cells"] = table[prefix + "nodata_cells"].fillna(0).astype(int)
        table[prefix + "note"] = note
        progress.set(100)
        return table, notes
    finally:
        if opened:
            ds.close()


def _banded(ds, band, name, window, geoms, usable, nodata, threshold, all_touched, progress):
    """(statistics of every zone as if none overlapped, (rows, columns) in the window of
    the cells that more than one zone holds), band by band (:mod:`.zonal_bands`)."""
    np = require("numpy")
    at = np.flatnonzero(usable)
    shapes = burn_shapes.shapes(geoms.iloc[at], (at + 1).tolist())
    total, shared_rows, shared_cols = None, [], []
    n_bands = len(zonal_bands.bands(window[0], window[1], window[3] - window[2]))
    burnt = _burnt_bands(shapes, bounds_array(geoms.iloc[at]), ds, window, all_touched)
    for k, (r0, win, ids, cover) in enumerate(burnt):
        progress.check()
        values, valid = zonal_bands.valid_values(read_band(ds, band, win, name), nodata)
        if ids is None:  # no zone reaches the band
            ids = np.zeros(values.shape, np.int32)
        else:
            rows, cols = np.nonzero(cover > 1)
            shared_rows.append(rows + (r0 - window[0]))
            shared_cols.append(cols)
        part = zonal_bands.counts(
            ids.ravel(), values.ravel(), valid.ravel(), len(usable), threshold
        )
        total = zonal_bands.add(total, part)
        progress.set(5 + 60 * (k + 1) / n_bands)
    shared = (np.concatenate(shared_rows), np.concatenate(shared_cols)) if shared_rows else None
    return zonal_bands.statistics(total, threshold), shared


def _burnt_bands(shapes, bounds, ds, window, all_touched: bool = False):
    """For each band of rows of the window (:mod:`.zonal_bands`: a band's arrays stay small
    whatever the window's size): (its first row, its Window, the ids and the cover of
    :func:`_burn` of the ``shapes`` whose ``bounds`` reach it; None, None when none do)."""
    np = require("numpy")
    row0, row1, col0, col1 = window
    first, after = zonal_bands.zone_rows(bounds, ds.transform)
    for r0, r1 in zonal_bands.bands(row0, row1, col1 - col0):
        win = zonal_bands.window_of(r0, r1, col0, col1)
        here = np.flatnonzero((first < r1) & (after > r0))
        if not len(here):
            yield r0, win, None, None
            continue
        burnt = [shapes[i] for i in here]
        shape = (r1 - r0, col1 - col0)
        yield (r0, win, *_burn(burnt, shape, ds.window_transform(win), all_touched))


def _burn(shapes, shape, transform, all_touched: bool = False):
    """(id of the polygon holding each cell, number of polygons holding it) for ``shapes``
    [(geometry, id)]; where polygons overlap the id is the last one's."""
    features = require("rasterio.features")
    options = dict(out_shape=shape, transform=transform, fill=0, dtype="int32")
    ids = features.rasterize(shapes, all_touched=all_touched, **options)
    if len(shapes) < 65535:  # a smaller count: no cell can hold more polygons than there are
        options["dtype"] = "uint16"
    cover = features.rasterize(
        ((g, 1) for g, _ in shapes),
        all_touched=all_touched,
        merge_alg=features.MergeAlg.add,
        **options,
    )
    return ids, cover


def _touches(ds, geom) -> bool:
    b = ds.bounds
    minx, miny, maxx, maxy = geom.bounds
    return not (maxx <= b.left or minx >= b.right or maxy <= b.bottom or miny >= b.top)


def _cells_of(geom, transform, shape, all_touched=False, pad=0, bounds=None, writer=None):
    """``(slices, mask)`` of the cells of ``geom`` in an array of ``shape`` with ``transform``:
    the part of the array its bounds cover (widened by ``pad`` cells) and the cells inside it;
    ``None`` when the bounds miss the array. ``bounds``: the geometry's, when known;
    ``writer``: :func:`.burn_shapes.wkb_writer`'s, for many geometries."""
    features = require("rasterio.features")
    windows = require("rasterio.windows")
    inv = ~transform
    bounds = geom.bounds if bounds is None else bounds
    corners = [_apply(inv, x, y) for x in bounds[0::2] for y in bounds[1::2]]
    col0 = max(0, int(math.floor(min(c for c, _ in corners))) - pad)
    col1 = min(shape[1], int(math.ceil(max(c for c, _ in corners))) + pad)
    row0 = max(0, int(math.floor(min(r for _, r in corners))) - pad)
    row1 = min(shape[0], int(math.ceil(max(r for _, r in corners))) + pad)
    if col0 >= col1 or row0 >= row1:
        return None
    sub = windows.Window(col0, row0, col1 - col0, row1 - row0)
    mask = features.geometry_mask(
        [burn_shapes.mapping(geom, writer)],
        out_shape=(row1 - row0, col1 - col0),
        transform=windows.transform(sub, transform),
        invert=True,
        all_touched=all_touched,
    )
    return (slice(row0, row1), slice(col0, col1)), mask


def _one_zone(geom, ds, band, name, window, nodata, threshold, all_touched):
    """Statistics of one polygon, from the part of the window its bounds cover."""
    np = require("numpy")
    row0, row1, col0, col1 = window
    transform = ds.window_transform(zonal_bands.window_of(*window))
    cells = _cells_of(geom, transform, (row1 - row0, col1 - col0), all_touched, pad=1)
    if cells is None:
        return _stats_from(np.zeros(0, "int32"), np.zeros(0), np.zeros(0, bool), 1, threshold)
    (rows, cols), mask = cells
    part = zonal_bands.window_of(
        row0 + rows.start, row0 + rows.stop, col0 + cols.start, col0 + cols.stop
    )
    values, valid = zonal_bands.valid_values(read_band(ds, band, part, name), nodata)
    return _stats_from(mask.ravel().astype("int32"), values.ravel(), valid.ravel(), 1, threshold)


def _overlapping_zones(shared, transform, geoms, usable, all_touched) -> list:
    """Positions of the polygons that cover a cell claimed by more than one polygon
    (``shared``: the rows and columns of such cells, or None).

    With ``all_touched`` neighbours in a tiling share their border cells, so every polygon
    is then computed on its own (slower, still exact)."""
    np = require("numpy")
    gpd = require("geopandas")
    if shared is None or len(shared[0]) == 0:
        return []
    rows, cols = shared
    if all_touched:
        return [int(i) for i in np.flatnonzero(usable)]
    xs, ys = _apply(transform, cols + 0.5, rows + 0.5)
    left = gpd.GeoDataFrame(geometry=gpd.points_from_xy(xs, ys))
    right = gpd.GeoDataFrame({"_pos": np.flatnonzero(usable)}, geometry=list(geoms[usable]))
    hits = spatial.sjoin(left, right)
    return sorted(set(int(p) for p in hits["_pos"]))


def cross_sums(areas, overlays, raster, band: int = 1, progress: Progress = NO_PROGRESS):
    """The raster's sum over the valid cells of every (overlay polygon, area) pair, a cell
    counting where its centre lies — the same cells :func:`zonal_stats` gives the
    intersection of the two, without building the intersections.

    ``areas`` must tile without overlapping (DeSO, RegSO); ``overlays`` (plan polygons) may
    overlap each other. The window the overlays cover is read in bands of rows
    (:mod:`.zonal_bands`), as :func:`zonal_stats` reads it: in each band the areas are burnt
    into one grid of ids and each overlay polygon that reaches the band is read through its
    own small part of it; a polygon that crosses bands adds up its parts. Returns a
    DataFrame with ``overlay`` and ``area`` (positions in the two frames) and ``sum``, only
    for pairs that share a valid cell; or ``None`` when the areas overlap each other (use
    :func:`zonal_stats` on the pieces then).
    """
    np = require("numpy")
    pd = require("pandas")
    ds, opened = _open(raster)
    try:
        a_geoms, o_geoms = areas.geometry, overlays.geometry
        if ds.crs is not None and areas.crs is not None and areas.crs != ds.crs:
            a_geoms = a_geoms.to_crs(ds.crs)
        if ds.crs is not None and overlays.crs is not None and overlays.crs != ds.crs:
            o_geoms = o_geoms.to_crs(ds.crs)
        o_usable = spatial.usable(o_geoms).to_numpy()
        empty = pd.DataFrame({"overlay": [], "area": [], "sum": []})
        window = _window(ds, total_bounds(o_geoms[o_usable])) if o_usable.any() else None
        a_usable = spatial.usable(a_geoms).to_numpy()
        at = np.flatnonzero(a_usable)
        shapes = burn_shapes.shapes(a_geoms.iloc[at], (at + 1).tolist())
        if window is None or not shapes:
            return empty
        name = raster_name(raster, ds)
        o_at = np.flatnonzero(o_usable)
        o_bounds = bounds_array(o_geoms)
        first, after = zonal_bands.zone_rows(o_bounds[o_at], ds.transform)
        n_bands = len(zonal_bands.bands(window[0], window[1], window[3] - window[2]))
        burnt = _burnt_bands(shapes, bounds_array(a_geoms.iloc[at]), ds, window)
        rows, writer = [], burn_shapes.wkb_writer()
        with require("rasterio").Env():  # one GDAL environment, not one per plan's mask
            for k, (r0, win, ids, cover) in enumerate(burnt):
                progress.check()
                if ids is None:  # no area reaches the band: no pair in it
                    continue
                if (cover > 1).any():  # areas that overlap each other
                    return None
                here = o_at[(first < r0 + win.height) & (after > r0)]
                if len(here):
                    values, valid = zonal_bands.valid_values(read_band(ds, band, win, name), None)
                    ids[~valid] = 0
                    transform = ds.window_transform(win)
                    rows += _pair_sums(
                        here, o_geoms, o_bounds, ids, values, transform, writer, progress
                    )
                progress.set(5 + 95 * (k + 1) / n_bands)
        if not rows:
            return empty
        sums = pd.DataFrame(rows, columns=["overlay", "area", "sum"])
        # a polygon that crosses bands has a part in each: added up
        return sums.groupby(["overlay", "area"], as_index=False, sort=True)["sum"].sum()
    finally:
        if opened:
            ds.close()


def _pair_sums(overlays, geoms, bounds, ids, values, transform, writer, progress) -> list:
    """[(overlay, area, sum)] of the polygons at positions ``overlays`` of ``geoms``
    (``bounds`` known) over one band: ``ids`` of the areas holding its valid cells (0:
    none), ``values`` as read (``bincount`` sums them as float64). The cancel button is
    looked at every hundred polygons (a band of a national grid may hold thousands)."""
    np = require("numpy")
    rows = []
    for n, j in enumerate(overlays):
        if n % 100 == 99:
            progress.check()
        cells = _cells_of(geoms.iloc[j], transform, ids.shape, bounds=bounds[j], writer=writer)
        if cells is None:
            continue
        part, inside = cells
        part_ids = ids[part][inside]
        keep = part_ids > 0
        if not keep.any():
            continue
        # counted from the plan's lowest area id: a count over every area's id cost each
        # plan as much as all the areas (plans × areas in all)
        part_ids = part_ids[keep]
        low = int(part_ids.min())
        sums = np.bincount(part_ids - low, weights=values[part][inside][keep])
        hit = np.flatnonzero(np.bincount(part_ids - low))
        rows.extend((int(j), int(k + low - 1), float(sums[k])) for k in hit)
    return rows
