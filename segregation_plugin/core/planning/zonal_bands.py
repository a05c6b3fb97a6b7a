"""Zonal statistics gathered band by band: the raster's rows in bands of about a million
cells, each band read, burnt and counted on its own, the counts added up.

Burning every polygon into one array the size of the whole window and counting over it
made a national 250 m grid's arrays (ids, cover, values in float64: 24 million cells at
four times the sample county) far larger than a core's cache; the counting then grew
about 1.3–1.8 times faster than the data. A band's arrays stay a few megabytes whatever
the raster's size, so the time grows with the data, and the peak of memory stays that of
one band. A polygon is burnt in each band its bounds reach; a cell belongs to a polygon
by the same rule (its centre inside) in a band as in the whole window, so the cells are
the same. Sums are added band by band: for whole-number rasters (population) they are
exact; for others they may differ from one sum over all cells in the last bits.
"""

from __future__ import annotations

from ..common.dependencies import require

BAND_CELLS = 1 << 20  # cells of a band (rows × the window's width; at least one row)


def bands(row0: int, row1: int, width: int) -> list:
    """(first row, row after) of each band of the rows ``row0``–``row1``."""
    step = max(1, BAND_CELLS // max(1, width))
    return [(r, min(r + step, row1)) for r in range(row0, row1, step)]


def zone_rows(bounds, transform):
    """(first row, row after) of each zone's bounds (n × 4) in the raster of
    ``transform``, widened by a row each way (a cell on the edge of the bounds); zones
    without bounds get (0, 0)."""
    np = require("numpy")
    inv = ~transform
    rows = []
    for x, y in ((0, 1), (0, 3), (2, 1), (2, 3)):  # the four corners
        rows.append(inv.d * bounds[:, x] + inv.e * bounds[:, y] + inv.f)
    rows = np.vstack(rows)
    known = ~np.isnan(rows).any(axis=0)
    first = np.zeros(len(bounds), np.int64)
    after = np.zeros(len(bounds), np.int64)
    first[known] = np.floor(rows[:, known].min(axis=0)).astype(np.int64) - 1
    after[known] = np.ceil(rows[:, known].max(axis=0)).astype(np.int64) + 1
    return first, after


def valid_values(data, nodata):
    """(values, valid) of a masked band read: nodata, NaN and ``nodata`` are not valid."""
    np = require("numpy")
    valid = ~np.ma.getmaskarray(data)
    values = np.ma.getdata(data)
    if np.issubdtype(values.dtype, np.floating):
        valid &= ~np.isnan(values)
    if nodata is not None:
        valid &= values != nodata
    return values, valid


def counts(ids, values, valid, n: int, threshold):
    """What a part of the raster adds to zones 1..n: cells, all cells (nodata too), sum,
    min, max and cells above ``threshold``, from flat ``ids`` (0: no zone), ``values`` and
    ``valid``."""
    np = require("numpy")
    pd = require("pandas")
    all_cells = np.bincount(ids, minlength=n + 1)
    keep = (ids > 0) & valid
    if keep.all():  # every cell in a zone and valid: no copies
        zid, vals, cells = ids, values.astype("float64"), all_cells
    else:
        zid, vals = ids[keep], values[keep].astype("float64")
        cells = np.bincount(zid, minlength=n + 1)
    out = {
        "cells": cells,
        "all": all_cells,
        "sum": np.bincount(zid, weights=vals, minlength=n + 1),
        "min": np.full(n + 1, np.nan),
        "max": np.full(n + 1, np.nan),
        "above": None,
    }
    if len(zid):  # zone ids as categories: no hashing of every cell's id
        zones = pd.Categorical.from_codes(zid - 1, categories=pd.RangeIndex(n))
        grouped = pd.Series(vals).groupby(zones, observed=False)
        out["min"][1:] = grouped.min().to_numpy(dtype=float)
        out["max"][1:] = grouped.max().to_numpy(dtype=float)
    if threshold is not None:
        out["above"] = np.bincount(zid[vals > threshold], minlength=n + 1)
    return out


def add(total, part):
    """``part`` (of :func:`counts`) added to ``total`` (None at first)."""
    np = require("numpy")
    if total is None:
        return part
    for key in ("cells", "all", "sum"):
        total[key] = total[key] + part[key]
    total["min"] = np.fmin(total["min"], part["min"])
    total["max"] = np.fmax(total["max"], part["max"])
    if part["above"] is not None:
        total["above"] = total["above"] + part["above"]
    return total


def statistics(total, threshold) -> dict:
    """The zones' statistics (cells, nodata_cells, sum, mean, min, max, share_above) from
    the added counts; sum, mean and share missing for a zone without valid cells."""
    np = require("numpy")
    cells = total["cells"]
    out = {
        "cells": cells,
        "nodata_cells": total["all"] - cells,
        "min": total["min"],
        "max": total["max"],
        "share_above": np.full(len(cells), np.nan),
    }
    with np.errstate(divide="ignore", invalid="ignore"):
        out["mean"] = np.where(cells > 0, total["sum"] / np.maximum(cells, 1), np.nan)
        if threshold is not None:
            share = total["above"].astype(float) / np.maximum(cells, 1) * 100.0
            out["share_above"] = np.where(cells > 0, share, np.nan)
    out["sum"] = np.where(cells > 0, total["sum"], np.nan)
    return out


def window_of(first: int, after: int, col0: int, col1: int):
    """rasterio's Window of rows ``first``–``after`` and columns ``col0``–``col1``."""
    windows = require("rasterio.windows")
    return windows.Window(col0, first, col1 - col0, after - first)
