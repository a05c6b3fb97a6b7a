"""How large a grid would be, checked before it is built.

A PTAL grid, a quality-class raster or the window of a population raster read over the
areas grows with the extent divided by the cell size squared: one stop at 0,0 in a Swedish
feed, or a 10 m cell over a county, asks for gigabytes. Every transit method that builds a
grid first estimates its cells and bytes and stops with a message saying how large it would
be and what to change, when that is above the limit (the tools' parameter *Largest grid*,
default :data:`DEFAULT_LIMIT_MB`).
"""

from __future__ import annotations

from typing import Optional

from ..common.dependencies import require
from ..common.errors import InputError

DEFAULT_LIMIT_MB = 1024
# memory per cell (bytes). PTAL: the centres, index and band take about 100 bytes a cell,
# each output cell (a polygon in a GeoDataFrame, then a feature) 450 or more; measured on
# the sample with half the cells within reach of a stop. The class raster: its uint8 grid
# with a temporary or two. A population window: values, mask, owners, a float copy and
# the tests on them, plus the raster's own cell size.
PTAL_BYTES_PER_CELL = 400
CLASS_RASTER_BYTES_PER_CELL = 4
POPULATION_BYTES_PER_CELL = 32


def grid_shape(bounds, cell_size: float):
    """(columns, rows) of a grid aligned to multiples of ``cell_size`` over ``bounds``
    (west, south, east, north); computed in floats, so a huge extent does not allocate."""
    np = require("numpy")
    west, south, east, north = (float(b) for b in bounds)
    if not all(np.isfinite([west, south, east, north])):
        raise InputError("The grid's extent is not a number; the layer has no geometries.")
    cols = max(1, int(np.ceil(east / cell_size) - np.floor(west / cell_size)))
    rows = max(1, int(np.ceil(north / cell_size) - np.floor(south / cell_size)))
    return cols, rows


def check_grid(
    cols: int,
    rows: int,
    bytes_per_cell: float,
    limit_mb: Optional[float],
    what: str,
    cell_size: float,
    bounds=None,
    far_stops: str = "",
) -> None:
    """InputError when a grid of ``cols`` × ``rows`` cells would need more than ``limit_mb``
    megabytes (None or 0: no limit). The message names the grid (``what``), its cells, the
    memory, the extent and ``far_stops`` (e.g. from :func:`outlying_stops`), and what to
    change."""
    if not limit_mb or limit_mb <= 0:
        return
    cells = float(cols) * float(rows)
    needed = cells * bytes_per_cell
    if needed <= limit_mb * 1e6:
        return
    extent = ""
    if bounds is not None:
        west, south, east, north = bounds
        extent = (
            f" It covers {(east - west) / 1000:,.0f} × {(north - south) / 1000:,.0f} km "
            f"(x {west:,.0f} to {east:,.0f}, y {south:,.0f} to {north:,.0f})."
        )
    far = f" {far_stops}" if far_stops else ""
    raise InputError(
        f"The {what} would have {cells:,.0f} cells of {cell_size:g} m ({cols:,} × {rows:,}) "
        f"and need about {_size(needed)} of memory, more than the limit of "
        f"{_size(limit_mb * 1e6)}.{extent}{far} Use a larger cell size, a smaller extent "
        "(an area layer or extent around the places you study), remove stops far away from "
        "the feed's others (e.g. at 0,0), or raise the limit 'Largest grid' if the computer "
        "has the memory."
    )


def _size(n_bytes: float) -> str:
    if n_bytes >= 1e9:
        return f"{n_bytes / 1e9:,.1f} GB"
    return f"{n_bytes / 1e6:,.0f} MB"


def outlying_stops(x, y, names, n: int = 3) -> str:
    """The ``n`` stops farthest from the median of all, as text for a message:
    ``"The stops farthest from the others: 9021 (at 0.0000, 0.0000), …"``; ``names`` are
    their ids or descriptions. Empty text for fewer than two stops."""
    np = require("numpy")
    x, y = np.asarray(x, float), np.asarray(y, float)
    ok = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    if len(ok) < 2:
        return ""
    mx, my = np.median(x[ok]), np.median(y[ok])
    distance = np.hypot(x[ok] - mx, y[ok] - my)
    far = ok[np.argsort(-distance, kind="stable")[:n]]
    listed = ", ".join(
        f"{names[i]} ({np.hypot(x[i] - mx, y[i] - my) / 1000:,.0f} km out)" for i in far
    )
    return f"The stops farthest from the others: {listed}."
