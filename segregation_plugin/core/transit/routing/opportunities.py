"""Where journeys start and end, and what they reach: per area the opportunities (jobs,
places, beds …) reachable within chosen travel times, the time to the nearest destination,
the share of the region's opportunities reachable, and the gap between area types.

- An area's origin is its population-weighted centre when residents are given as points
  (e.g. the cells of a population grid, :func:`..transit_access.points_from_raster`) and
  that centre lies in the area; otherwise the polygon's point on surface.
- A destination is a point, or an area's point on surface, with a weight (1 without a
  weight field): a workplace's jobs, a school's places.
- "Reachable within 45 min" uses the travel time at the chosen percentile of the departure
  window (the median by default): an opportunity counts when the journey takes at most
  45 minutes at least half the time.
- The gap table sums over residents: per group of area types, residents × opportunities
  reached over residents (a mean per resident), and the residents' median time to the
  nearest destination; the gap is group 1–2 minus group 4–5, as the plugin's other gap
  tables have it.
"""

from __future__ import annotations

from ...common.area_type_codes import TYPE_PAIRS, TYPES
from ...common.dependencies import require
from ...common.errors import InputError
from ...common.numbers import parse_numbers
from ...common.progress import NO_PROGRESS, Progress
from ..transit_access import area_types, residents_of

CUTOFFS = (30, 45, 60)  # minutes
GAP_CUTOFF = 45


def area_origins(areas, residents=None):
    """(x, y, how) per area of ``areas`` (a GeoDataFrame in a metric CRS): the
    population-weighted centre of ``residents`` (DataFrame x, y, pop, area) in each area
    when it lies inside, else the point on surface; ``how`` names which (per area)."""
    np = require("numpy")
    shapely = require("shapely")
    n = len(areas)
    x, y = np.full(n, np.nan), np.full(n, np.nan)
    how = np.array(["point on surface"] * n, dtype=object)
    geoms = areas.geometry
    for i, geom in enumerate(geoms):
        if geom is not None and not geom.is_empty:
            point = geom.representative_point()
            x[i], y[i] = point.x, point.y
    if residents is not None and len(residents):
        pop = residents["pop"].to_numpy(float)
        owner = residents["area"].to_numpy()
        total = np.bincount(owner, weights=pop, minlength=n)
        cx = np.bincount(owner, weights=pop * residents["x"].to_numpy(), minlength=n)
        cy = np.bincount(owner, weights=pop * residents["y"].to_numpy(), minlength=n)
        with np.errstate(invalid="ignore", divide="ignore"):
            cx, cy = cx / total, cy / total
        for i in np.flatnonzero(total > 0):
            geom = geoms.iloc[i]
            if geom is not None and geom.covers(shapely.geometry.Point(cx[i], cy[i])):
                x[i], y[i] = cx[i], cy[i]
                how[i] = "population-weighted centre"
    return x, y, how


def residents_at_points(areas, points, population):
    """Residents given as a point layer (e.g. addresses or grid points with a population
    field) as DataFrame x, y, pop, area (position in ``areas``): each point in the area that
    contains it; points in no area are left out. ``population``: the field's values
    (missing = 0; text or negative an InputError naming the field)."""
    np = require("numpy")
    pd = require("pandas")
    gpd = require("geopandas")
    field = getattr(population, "name", None) or "population"
    people = residents_of(population, str(field)).fillna(0).to_numpy(float)
    x, y, _ = destination_points(points)
    placed = np.flatnonzero(np.isfinite(x) & np.isfinite(y) & (people > 0))
    frame = gpd.GeoDataFrame(
        {"row": placed},
        geometry=gpd.points_from_xy(x[placed], y[placed]),
        crs=areas.crs,
    )
    shapes = gpd.GeoDataFrame({"area": np.arange(len(areas))}, geometry=areas.geometry.values)
    shapes = shapes[~(shapes.geometry.isna() | shapes.geometry.is_empty)].set_crs(
        areas.crs, allow_override=True
    )
    joined = gpd.sjoin(frame, shapes, how="inner", predicate="within")
    joined = joined.drop_duplicates("row")  # a point on a shared border counts once
    rows = joined["row"].to_numpy()
    return pd.DataFrame(
        {
            "x": x[rows],
            "y": y[rows],
            "pop": people[rows],
            "area": joined["area"].to_numpy(np.int64),
        }
    )


def destination_points(places, weight=None):
    """(x, y, weight) of destinations: points as they are, areas by their point on surface;
    ``weight`` a field's values (missing = 0; text or negative an InputError naming the
    field), or None for 1 each. Multi-points count once, at their first point."""
    np = require("numpy")
    x, y = np.full(len(places), np.nan), np.full(len(places), np.nan)
    for i, geom in enumerate(places.geometry):
        if geom is None or geom.is_empty:
            continue
        if geom.geom_type == "Point":
            x[i], y[i] = geom.x, geom.y
        elif geom.geom_type == "MultiPoint":
            x[i], y[i] = geom.geoms[0].x, geom.geoms[0].y
        else:
            point = geom.representative_point()
            x[i], y[i] = point.x, point.y
    if weight is None:
        w = np.ones(len(places))
    else:
        field = getattr(weight, "name", None) or "weight"
        w = parse_numbers(weight, str(field), what="a number of opportunities").to_numpy()
        if (w < 0).any():
            raise InputError(
                f"The weight field '{field}' has negative values; a number of opportunities "
                "cannot be negative. Correct those values."
            )
        w = np.nan_to_num(w, nan=0.0)
    return x, y, w


def access_per_origin(
    router,
    ox,
    oy,
    dx,
    dy,
    weights,
    cutoffs=CUTOFFS,
    percentile: int = 50,
    progress: Progress = NO_PROGRESS,
):
    """Per origin: ``nearest_min`` (minutes to the nearest destination with weight > 0),
    ``opp_<c>min`` (the weight reachable within c minutes) and ``pct_region_<c>min`` (of
    all the weight), for every cutoff c, at ``percentile`` of the departure window."""
    np = require("numpy")
    pd = require("pandas")
    nearest, reach, total = reach_per_origin(
        router, ox, oy, dx, dy, weights, cutoffs, percentile, progress
    )
    table = pd.DataFrame({"nearest_min": np.round(nearest, 1)})
    for c in reach:
        table[f"opp_{c}min"] = np.round(reach[c], 1)
    for c in reach:
        table[f"pct_region_{c}min"] = np.round(100.0 * reach[c] / total, 1) if total else np.nan
    table.attrs["total_opportunities"] = total
    return table


def reach_per_origin(
    router, ox, oy, dx, dy, weights, cutoffs=CUTOFFS, percentile=50, progress=NO_PROGRESS
):
    """(nearest minutes per origin (NaN: none reached), {cutoff: weight reached per
    origin}, the weight of all destinations), unrounded: :func:`access_per_origin`'s
    numbers."""
    np = require("numpy")
    weights = np.asarray(weights, float)
    cutoffs = sorted(int(c) for c in cutoffs)
    longest = router.window.max_minutes
    cutoff = cutoffs[-1] if cutoffs else 0
    if cutoff > longest:
        raise InputError(
            f"The longest travel time ({longest} min) is shorter than the cutoff {cutoff} "
            "min; raise the longest travel time."
        )
    n = len(ox)
    nearest = np.full(n, np.nan)
    reach = {c: np.zeros(n) for c in cutoffs}
    useful = weights > 0
    for rows, tables in router.travel_times(
        ox, oy, np.asarray(dx)[useful], np.asarray(dy)[useful], (percentile,), progress
    ):
        minutes = tables[percentile].astype(float)
        w = weights[useful]
        if minutes.shape[1]:
            least = np.where(np.isnan(minutes), np.inf, minutes).min(axis=1)
            nearest[rows] = np.where(np.isfinite(least), least, np.nan)
            for c in cutoffs:
                reach[c][rows] = ((minutes <= c) * w[None, :]).sum(axis=1)
    return nearest, reach, float(weights.sum())


def gap_by_area_type(access, types, residents, cutoff: int = GAP_CUTOFF, warn=None):
    """Residents by area type: their median minutes to the nearest destination and the
    opportunities reachable within ``cutoff`` minutes per resident (and as a share of the
    region's); rows for types 1–5, the groups 1–2 and 4–5, and the gap (1–2 minus 4–5).
    ``access``: :func:`access_per_origin` of the areas; ``residents``: per area."""
    np = require("numpy")
    pd = require("pandas")
    column = f"opp_{cutoff}min"
    if column not in access.columns:
        raise InputError(
            f"The access table has no {cutoff}-minute count; add {cutoff} to the cutoffs."
        )
    types = area_types(types, warn=warn)
    field = getattr(residents, "name", None) or "residents"
    people = residents_of(residents, str(field)).fillna(0).to_numpy(float)
    reached = access[column].to_numpy(float)
    nearest = access["nearest_min"].to_numpy(float)
    total = access.attrs.get("total_opportunities", np.nan)
    rows = []
    for label, members in tuple((str(t), (t,)) for t in TYPES) + TYPE_PAIRS:
        sel = np.isin(types, members)
        res = float(people[sel].sum())
        per_resident = float((people[sel] * reached[sel]).sum()) / res if res else np.nan
        rows.append(
            {
                "area_type": label,
                "areas": int(sel.sum()),
                "residents": round(res),
                "median_nearest_min": weighted_median(nearest[sel], people[sel]),
                f"opp_{cutoff}min_per_resident": round(per_resident, 1) if res else np.nan,
                f"pct_region_{cutoff}min": round(100.0 * per_resident / total, 1)
                if res and total
                else np.nan,
            }
        )
    table = pd.DataFrame(rows)
    low, high = table.iloc[5], table.iloc[6]
    gap = {"area_type": "gap 1–2 minus 4–5", "areas": np.nan, "residents": np.nan}
    for name in table.columns[3:]:
        gap[name] = round(low[name] - high[name], 1)
    table = pd.concat([table, pd.DataFrame([gap])], ignore_index=True)
    for name in ("areas", "residents"):
        table[name] = pd.to_numeric(table[name]).round().astype("Int64")
    table.attrs["untyped_areas"] = int((types == 0).sum())
    return table


def weighted_median(values, weights):
    """The value below which half of the weight lies (residents not reaching any
    destination count as the longest); NaN without weight or when the median is not
    reached."""
    np = require("numpy")
    values = np.where(np.isnan(values), np.inf, values)
    keep = weights > 0
    if not keep.any():
        return np.nan
    order = np.argsort(values[keep], kind="stable")
    v, w = values[keep][order], weights[keep][order]
    k = int(np.searchsorted(np.cumsum(w), w.sum() / 2.0, side="left"))
    value = float(v[min(k, len(v) - 1)])
    return round(value, 1) if np.isfinite(value) else np.nan
