"""A 250 m population grid (GeoTIFF, EPSG:3006) consistent with the DeSO populations.

Each DeSO's residents are spread over the grid cells whose centres lie in it, in proportion
to the settlement density at the cell (plus noise), and rounded so that the cells of a DeSO
sum exactly to its population. Cells outside the county are nodata (-9999).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import rasterio
from rasterio import features
from rasterio.transform import from_origin

from .geography import Geography, _density

CELL = 250.0
NODATA = -9999


def build(rng, geo: Geography, persons, out_path: Path) -> dict:
    minx, miny, maxx, maxy = geo.lan.total_bounds
    minx, miny = np.floor(minx / CELL) * CELL, np.floor(miny / CELL) * CELL
    maxx, maxy = np.ceil(maxx / CELL) * CELL, np.ceil(maxy / CELL) * CELL
    width, height = int((maxx - minx) / CELL), int((maxy - miny) / CELL)
    transform = from_origin(minx, maxy, CELL, CELL)
    ids = features.rasterize(
        [(g, i + 1) for i, g in enumerate(geo.deso.geometry)],
        out_shape=(height, width),
        transform=transform,
        fill=0,
        dtype="int32",
    )
    cols, rows = np.meshgrid(np.arange(width), np.arange(height))
    xs, ys = minx + (cols + 0.5) * CELL, maxy - (rows + 0.5) * CELL
    weight = _density(xs, ys) * rng.lognormal(0, 0.35, size=xs.shape)
    weight[rng.uniform(size=xs.shape) < 0.12] *= 0.05  # fields, forest and water bodies
    grid = np.full((height, width), NODATA, dtype="int32")
    flat_ids = ids.ravel()
    order = np.argsort(flat_ids, kind="stable")
    bounds = np.searchsorted(flat_ids[order], np.arange(1, len(geo.deso) + 2))
    out = grid.ravel()
    wflat = weight.ravel()
    for i in range(len(geo.deso)):
        cells = order[bounds[i] : bounds[i + 1]]
        total = int(persons[i])
        if len(cells) == 0:
            continue
        w = wflat[cells] / wflat[cells].sum()
        raw = w * total
        base = np.floor(raw).astype(int)
        rest = total - base.sum()
        if rest > 0:
            base[np.argsort(-(raw - base), kind="stable")[:rest]] += 1
        out[cells] = base
    # a DeSO too small to hold a cell centre puts its residents in the cell it lies in
    for i, geom in enumerate(geo.deso.geometry):
        if bounds[i + 1] == bounds[i] and int(persons[i]) > 0:
            p = geom.representative_point()
            r, c = int((maxy - p.y) // CELL), int((p.x - minx) // CELL)
            out[r * width + c] = max(out[r * width + c], 0) + int(persons[i])
    grid = out.reshape(height, width)
    profile = dict(
        driver="GTiff",
        width=width,
        height=height,
        count=1,
        dtype="int32",
        crs="EPSG:3006",
        transform=transform,
        nodata=NODATA,
        compress="deflate",
        predictor=2,
        tiled=False,
    )
    with rasterio.open(out_path, "w", **profile) as dst:
        dst.write(grid, 1)
        dst.update_tags(1, DESCRIPTION="Befolkning per 250 m-ruta (fiktiv)", UNIT="personer")
    inside = grid[grid != NODATA]
    return {
        "cells": int(inside.size),
        "persons": int(inside.sum()),
        "width": width,
        "height": height,
    }
