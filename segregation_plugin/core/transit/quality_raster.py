"""The quality classes A–F as a raster grid: the class of each cell's centre, computed from
the exact distances to the stops (METHODS.md §6; the classes in :mod:`quality_classes`),
written as a GeoTIFF with a colour table. The grid's size is checked before it is built."""

from __future__ import annotations

from ..common.dependencies import require
from ..common.progress import NO_PROGRESS, Progress
from .grid_size import CLASS_RASTER_BYTES_PER_CELL, check_grid, outlying_stops
from .quality_classes import CLASSES, MAX_DISTANCE, class_rank


def grid_for(x, y, cell_size: float, margin: float = MAX_DISTANCE, bounds=None):
    """(west, north, columns, rows) of a grid aligned to multiples of ``cell_size`` that
    covers ``bounds`` (west, south, east, north) or the points plus ``margin``."""
    np = require("numpy")
    if bounds is None:
        bounds = (np.min(x) - margin, np.min(y) - margin, np.max(x) + margin, np.max(y) + margin)
    west = np.floor(bounds[0] / cell_size) * cell_size
    south = np.floor(bounds[1] / cell_size) * cell_size
    east = np.ceil(bounds[2] / cell_size) * cell_size
    north = np.ceil(bounds[3] / cell_size) * cell_size
    cols = max(1, int(round((east - west) / cell_size)))
    rows = max(1, int(round((north - south) / cell_size)))
    return float(west), float(north), cols, rows


def class_raster(
    x,
    y,
    category,
    cell_size: float = 100.0,
    bounds=None,
    progress: Progress = NO_PROGRESS,
    limit_mb=None,
    names=None,
):
    """The class rank (1–6, 0 = none) at the centre of every cell of a grid.

    Returns ``(array uint8 rows × cols, (west, north, cell_size))``. The grid covers
    ``bounds`` or the categorised stops plus 1000 m. Its size is checked before it is
    built (:func:`grid_size.check_grid` with ``limit_mb``; ``names`` of the stops, e.g.
    their stop_id, name the stops farthest out in the message).
    """
    np = require("numpy")
    x, y = np.asarray(x, float), np.asarray(y, float)
    category = np.asarray(category, np.int64)
    keep = category > 0
    x, y, category = x[keep], y[keep], category[keep]
    if not len(x):
        return np.zeros((1, 1), np.uint8), (0.0, 0.0, cell_size)
    west, north, cols, rows = grid_for(x, y, cell_size, bounds=bounds)
    far = outlying_stops(x, y, np.asarray(names)[keep]) if names is not None else ""
    extent = (west, north - rows * cell_size, west + cols * cell_size, north)
    check_grid(
        cols,
        rows,
        CLASS_RASTER_BYTES_PER_CELL,
        limit_mb,
        "quality-class raster",
        cell_size,
        extent,
        far,
    )
    best = np.zeros(rows * cols, dtype=np.uint8)  # 0 = no class (pages zeroed lazily)
    reach = int(np.ceil(MAX_DISTANCE / cell_size)) + 1
    oy, ox = np.mgrid[-reach : reach + 1, -reach : reach + 1]
    ox, oy = ox.ravel(), oy.ravel()
    near = (np.abs(ox) - 1).clip(0) ** 2 + (np.abs(oy) - 1).clip(0) ** 2 <= (
        MAX_DISTANCE / cell_size
    ) ** 2
    ox, oy = ox[near], oy[near]
    col0 = np.floor((x - west) / cell_size).astype(np.int64)
    row0 = np.floor((north - y) / cell_size).astype(np.int64)
    chunk = max(1, 250_000 // len(ox))  # about 250,000 cell–stop pairs: ~25 MB of arrays
    for lo in range(0, len(x), chunk):
        progress.check()
        hi = min(lo + chunk, len(x))
        col = (col0[lo:hi, None] + ox[None, :]).ravel()
        row = (row0[lo:hi, None] + oy[None, :]).ravel()
        stop = np.repeat(np.arange(lo, hi), len(ox))
        inside = (col >= 0) & (col < cols) & (row >= 0) & (row < rows)
        col, row, stop = col[inside], row[inside], stop[inside]
        cx = west + (col + 0.5) * cell_size
        cy = north - (row + 0.5) * cell_size
        distance = np.hypot(cx - x[stop], cy - y[stop])
        cls = class_rank(category[stop], distance)
        index = row * cols + col
        for k in range(1, 7):
            sel = index[cls == k]
            # the better of the class there and k; minus one, "no class" (0) wraps round
            # to 255, above every class
            known = best[sel] - np.uint8(1)
            best[sel] = np.minimum(known, np.uint8(k - 1)) + np.uint8(1)
        progress.set(100 * hi / len(x))
    return best.reshape(rows, cols), (west, north, float(cell_size))


def write_class_raster(path, array, origin, crs, colours=None) -> None:
    """Write the class grid as a GeoTIFF (uint8, 0 = no class as nodata). ``colours`` (class
    letter → ``"#rrggbb"``, e.g. the map style's) becomes the file's colour table, so other
    programs show the classes in the same colours; None writes no colour table."""
    rasterio = require("rasterio")
    from rasterio.transform import from_origin

    west, north, cell = origin
    profile = {
        "driver": "GTiff",
        "height": array.shape[0],
        "width": array.shape[1],
        "count": 1,
        "dtype": "uint8",
        "crs": crs,
        "transform": from_origin(west, north, cell, cell),
        "nodata": 0,
        "compress": "deflate",
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
    }
    if array.shape[0] < 256 or array.shape[1] < 256:
        profile.update(tiled=False)
        profile.pop("blockxsize")
        profile.pop("blockysize")
    with rasterio.open(str(path), "w", **profile) as dst:
        dst.write(array, 1)
        if colours is not None:
            dst.write_colormap(1, {k + 1: _rgba(colours[c]) for k, c in enumerate(CLASSES)})
        dst.update_tags(1, classes="1=A 2=B 3=C 4=D 5=E 6=F 0=no class")


def _rgba(colour: str) -> tuple:
    """``"#rrggbb"`` as an opaque (r, g, b, 255)."""
    digits = colour.lstrip("#")
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4)) + (255,)
