"""Areas' accessibility from where their residents live: every populated cell of a
population grid (or every residents point) is an origin of its own, and the area's figures
are its cells' figures weighted by the cells' residents.

- Opportunities reachable within c minutes: the resident-weighted mean over the area's
  cells (Σ residents × opportunities reached ÷ Σ residents), so an area's count is what its
  average resident reaches; the share of the region's is that count over the region's
  opportunities (through the counts, never by averaging shares).
- Time to the nearest destination: the resident-weighted median over the area's cells,
  the time by which half of the area's residents reach one (a mean is undefined as soon as
  one cell reaches none, and one remote farm would move it far). Residents whose cell
  reaches none count as the longest; when more than half of them do, the time is empty.
- An area without populated cells (a park, an industrial estate) starts from its point on
  surface, as with population-weighted centres; ``origin`` says which.
"""

from __future__ import annotations

from ...common.dependencies import require
from ...common.progress import NO_PROGRESS, Progress
from .opportunities import CUTOFFS, reach_per_origin, weighted_median

CELLS = "populated cells (resident-weighted: mean opportunities, median time to the nearest)"
SURFACE = "point on surface (no populated cell)"


def access_from_cells(
    router,
    areas,
    cells,
    dx,
    dy,
    weights,
    cutoffs=CUTOFFS,
    percentile: int = 50,
    progress: Progress = NO_PROGRESS,
):
    """Per area of ``areas`` (a GeoDataFrame in a metric CRS) from ``cells`` (DataFrame x,
    y, pop, area, e.g. :func:`..transit_access.points_from_raster`): the columns of
    :func:`.opportunities.access_per_origin` (``nearest_min``, ``opp_<c>min``,
    ``pct_region_<c>min``), ``origin`` (how the area was routed) and ``origin_cells``
    (its populated cells)."""
    np = require("numpy")
    pd = require("pandas")
    n = len(areas)
    pop = cells["pop"].to_numpy(float)
    keep = pop > 0
    cx, cy = cells["x"].to_numpy(float)[keep], cells["y"].to_numpy(float)[keep]
    owner, pop = cells["area"].to_numpy(np.int64)[keep], pop[keep]
    count = np.bincount(owner, minlength=n)
    bare = np.flatnonzero(count == 0)  # areas routed from their point on surface
    sx, sy = np.full(len(bare), np.nan), np.full(len(bare), np.nan)
    for k, i in enumerate(bare):
        geom = areas.geometry.iloc[i]
        if geom is not None and not geom.is_empty:
            point = geom.representative_point()
            sx[k], sy[k] = point.x, point.y
    nearest, reach, total = reach_per_origin(
        router, np.r_[cx, sx], np.r_[cy, sy], dx, dy, weights, cutoffs, percentile, progress
    )
    m = len(cx)
    people = np.bincount(owner, weights=pop, minlength=n)
    table = pd.DataFrame(index=range(n))
    area_nearest = np.full(n, np.nan)
    order = np.argsort(owner, kind="stable")
    starts = np.searchsorted(owner[order], np.arange(n + 1))
    for i in np.flatnonzero(count):
        mine = order[starts[i] : starts[i + 1]]
        area_nearest[i] = weighted_median(nearest[:m][mine], pop[mine])
    area_nearest[bare] = np.round(nearest[m:], 1)
    table["nearest_min"] = area_nearest
    mean = {}
    for c, reached in reach.items():
        with np.errstate(invalid="ignore", divide="ignore"):
            mean[c] = np.bincount(owner, weights=pop * reached[:m], minlength=n) / people
        mean[c][bare] = reached[m:]
        table[f"opp_{c}min"] = np.round(mean[c], 1)
    for c in reach:
        table[f"pct_region_{c}min"] = np.round(100.0 * mean[c] / total, 1) if total else np.nan
    table["origin"] = np.where(count > 0, CELLS, SURFACE)
    table["origin_cells"] = count.astype(np.int64)
    table.attrs["total_opportunities"] = total
    return table
