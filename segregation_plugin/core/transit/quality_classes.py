"""Public-transport quality classes A–F (ÖV-Güteklassen, Swiss ARE; METHODS.md §6).

1. Departures per stop (group) in a weekday window, default 06:00–20:00; the interval is
   window minutes / (departures / 2), since a stop is served in two directions.
2. The stop type is the best mode group it serves: A rail and metro, B tram and ferry,
   C bus (the mapping from GTFS route types is a parameter; demand-responsive routes are
   left out by default). Departures of routes outside the mapping are not counted.
3. The stop category I–VII follows from the interval and the stop type (table below);
   an interval of 120 minutes or more gives no category.
4. Around each stop the quality class falls with the straight-line distance (≤ 300, 500,
   750, 1000 m); where the circles of several stops overlap, the best class wins.

The classes come out as dissolved polygons (one feature per class, the best class cut out
of the weaker ones) and as a raster grid (class of each cell's centre, :mod:`quality_raster`).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from ..common import geos_threads
from ..common.dependencies import require
from ..common.memory import release_free_memory
from ..common.progress import NO_PROGRESS, Progress
from . import circle_outline as outline
from . import circle_union as circles
from . import transit_modes as modes
from .nearby import pairs_within

CLASSES = "ABCDEF"  # rank 1 … 6; 0 = no class
CLASS_LABELS = {
    "A": "very good service",
    "B": "good service",
    "C": "medium service",
    "D": "basic service",
    "E": "low service",
    "F": "minimal service",
}
CATEGORIES = ("I", "II", "III", "IV", "V", "VI", "VII")  # rank 1 … 7; 0 = no category
# interval upper bound (minutes, exclusive) → category rank for stop type A, B, C
CATEGORY_TABLE = (
    (5, (1, 1, 2)),
    (10, (1, 2, 3)),
    (20, (2, 3, 4)),
    (40, (3, 4, 5)),
    (60, (4, 5, 6)),
    (120, (5, 6, 7)),
)
DISTANCES = (300.0, 500.0, 750.0, 1000.0)  # inclusive upper bounds (m)
# category rank → class rank within each distance band (0 = none)
CLASS_TABLE = {
    1: (1, 1, 2, 3),  # I:   A A B C
    2: (1, 2, 3, 4),  # II:  A B C D
    3: (2, 3, 4, 5),  # III: B C D E
    4: (3, 4, 5, 6),  # IV:  C D E F
    5: (4, 5, 6, 0),  # V:   D E F –
    6: (5, 6, 0, 0),  # VI:  E F – –
    7: (6, 0, 0, 0),  # VII: F – – –
}
MAX_DISTANCE = DISTANCES[-1]


def category_rank(interval_min, stop_type_rank):
    """Category rank 1–7 (0 = none) from the interval (minutes) and stop type 1–3 (A–C)."""
    np = require("numpy")
    interval = np.asarray(interval_min, float)
    kind = np.asarray(stop_type_rank, np.int64)
    result = np.zeros(interval.shape, dtype=np.int8)
    lower = -np.inf
    for upper, by_type in CATEGORY_TABLE:
        band = (interval >= lower) & (interval < upper)
        for t in (1, 2, 3):
            result[band & (kind == t)] = by_type[t - 1]
        lower = upper
    result[np.isnan(interval) | (kind == 0)] = 0
    return result


def class_rank(category, distance):
    """Class rank 1–6 (0 = none) at ``distance`` metres from stops of ``category`` rank."""
    np = require("numpy")
    category = np.asarray(category, np.int64)
    distance = np.asarray(distance, float)
    table = np.zeros((8, len(DISTANCES) + 1), dtype=np.int8)  # last column: too far
    for cat, classes in CLASS_TABLE.items():
        table[cat, : len(DISTANCES)] = classes
    band = np.searchsorted(np.asarray(DISTANCES), distance, side="left")
    return table[category, band]


def class_radii():
    """{(category rank, class rank): radius} — the farthest distance at which a stop of
    that category still gives that class or a better one."""
    radii = {}
    for cat, classes in CLASS_TABLE.items():
        for k in range(1, 7):
            reach = [DISTANCES[i] for i, c in enumerate(classes) if 0 < c <= k]
            if reach:
                radii[(cat, k)] = max(reach)
    return radii


def stop_categories(
    feed,
    events,
    window_minutes: float,
    mapping_text: str = modes.ARE_DEFAULT_MAPPING,
    excluded_text: str = modes.DEMAND_RESPONSIVE_TYPES,
    group_stations: bool = True,
):
    """Stop type, interval and category per stop group from ``events`` (the window's
    departures, see :func:`transit_service.stop_events`).

    Columns: stop_id, stop_name, stop_lat, stop_lon, group, departures (of mapped modes),
    are_interval_min, stop_type (A/B/C, '' when none), category (I–VII, '' when none),
    category_rank (0–7). Also returns the route types that are in no group.
    """
    pd = require("pandas")
    np = require("numpy")
    from .transit_service import station_table

    mapping = modes.parse_are_mapping(mapping_text)
    excluded = modes.parse_type_ranges(excluded_text, "excluded route types")
    route_types = feed.routes["route_type"].to_numpy()
    route_group = modes.are_stop_type(route_types, mapping, excluded)
    ev_route = events["route"].to_numpy()
    kind = route_group[ev_route]
    stops = events["stop"].to_numpy()
    key = feed.stops["station"].to_numpy()[stops] if group_stations else stops
    mapped = kind > 0
    frame = pd.DataFrame({"group": key[mapped], "kind": kind[mapped]})
    departures = frame.groupby("group").size()
    best = frame.groupby("group")["kind"].min()
    if group_stations:
        table = station_table(feed)
    else:
        used = np.unique(feed.stop_times["stop"].to_numpy())
        table = feed.stops.iloc[used][["stop_id", "stop_name", "stop_lat", "stop_lon"]].copy()
        table["group"] = used.astype(np.int32)
        table = table.reset_index(drop=True)
    result = table.copy()
    result["departures"] = result["group"].map(departures).fillna(0).astype(np.int64)
    n = result["departures"].to_numpy().astype(float)
    with np.errstate(divide="ignore"):
        interval = np.where(n > 0, window_minutes / (n / 2.0), np.nan)
    result["are_interval_min"] = np.round(interval, 2)
    type_rank = result["group"].map(best).fillna(0).astype(np.int64).to_numpy()
    result["stop_type"] = np.array(["", "A", "B", "C"])[type_rank]
    cat = category_rank(interval, type_rank)
    result["category_rank"] = cat
    result["category"] = np.array(("",) + CATEGORIES)[cat]
    unmapped = sorted(
        {int(t) for t in route_types[(route_group == 0)] if not modes.in_ranges([t], excluded)[0]}
    )
    return result, unmapped


# --- polygons -----------------------------------------------------------------------------------
QUAD_SEGS = 24  # a circle is a polygon of 96 sides: its area is 0.07 % below π r²


def class_polygons(
    x, y, category, crs=None, quad_segs: int = QUAD_SEGS, progress: Progress = NO_PROGRESS
):
    """Dissolved class polygons: a GeoDataFrame with quality_class (A–F), class_rank (1–6),
    label and area_km2, one feature per class that occurs, best class first.

    ``x``, ``y`` are stop coordinates in metres, ``category`` their category ranks (0 is
    skipped). Circles have ``4 · quad_segs`` sides, 96 by default: the polygon's area is
    n/(2π) · sin(2π/n) = 99.93 % of the circle's (32 sides gave 99.36 %), and its edges lie
    at most 0.54 m inside the true circle at 1000 m. A class's reach is the union of its
    circles, the class the reach less the better classes' reach. Groups of stops whose
    circles touch are handled one group at a time (groups far apart never overlap). The
    union is traced in numpy (:mod:`circle_outline`); a group whose pieces do not pair up
    is dissolved by GEOS instead, from circles that leave out the corners deep inside a
    neighbour (:mod:`circle_union`). The better classes are cut out by GEOS on all cores
    (:mod:`geos_threads`), largest group first; the result does not depend on how many.
    """
    np = require("numpy")
    gpd = require("geopandas")
    x, y = np.asarray(x, float), np.asarray(y, float)
    category = np.asarray(category, np.int64)
    keep = np.flatnonzero(category > 0)
    x, y, category = x[keep], y[keep], category[keep]
    radii = class_radii()
    radius = np.zeros((8, 7))  # [category, class] → radius (0 = the class is not reached)
    for (cat, k), r in radii.items():
        radius[cat, k] = r
    sides = 4 * quad_segs
    angles = np.linspace(0, 2 * np.pi, sides, endpoint=False)
    unit = np.c_[np.cos(angles), np.sin(angles)]
    groups, pairs = circles.touching_groups(x, y, radius[category, 6])
    order = np.argsort(groups, kind="stable")  # the stops group by group
    bounds = np.flatnonzero(np.r_[True, groups[order][1:] != groups[order][:-1], True])
    n_groups = len(bounds) - 1 if len(x) else 0
    x, y, category = x[order], y[order], category[order]
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    pairs = (rank[pairs[0]], rank[pairs[1]], pairs[2])

    group_of = np.repeat(np.arange(n_groups), np.diff(bounds))

    def class_outline(k):  # a class's union per group, traced; GEOS for groups left over
        r = radius[category, k]
        traced, failed = outline.outline(x, y, r, pairs, sides, unit, group_of)
        records = None
        if failed:
            r = np.where(np.isin(group_of, sorted(failed)), r, 0.0)
            kept = circles.kept_corners(x, y, r, pairs, sides)
            records = circles.polygon_records(x, y, r, kept, unit)
        return traced, records, np.r_[0, np.cumsum(r > 0)]

    progress.check()
    with ThreadPoolExecutor(geos_threads.WORKERS) as pool:  # numpy lets go of the lock
        done = dict(zip(range(1, 7), pool.map(class_outline, range(1, 7))))
    progress.set(60)
    tasks = []
    for g in range(n_groups):
        lo, hi = bounds[g], bounds[g + 1]
        task = []
        for k in range(1, 7):
            traced, records, circle_count = done[k]
            if g in traced:
                task.append((k, traced[g], 1))
            elif records is not None and circle_count[hi] > circle_count[lo]:
                count = int(circle_count[hi] - circle_count[lo])
                task.append((k, circles.multipolygon_wkb(*records, lo, hi), count))
        tasks.append(task)
    del done
    sizes = [sum(len(data) for _, data, _ in task) for task in tasks]
    done = geos_threads.run_groups(
        tasks, circles.dissolve_classes, progress.sub(60, 95), sizes=sizes
    )
    pieces = {k: [] for k in range(1, 7)}
    for group_pieces in done:
        for k, data in group_pieces:
            pieces[k].append(data)
    release_free_memory()  # the tracing's arrays, kept by the threads' heaps otherwise
    rows = []
    for k in range(1, 7):
        if pieces[k]:
            rows.append((CLASSES[k - 1], k, circles.join_polygons(pieces[k])))
    progress.set(100)
    frame = gpd.GeoDataFrame(
        {
            "quality_class": [r[0] for r in rows],
            "class_rank": np.array([r[1] for r in rows], dtype=np.int64),
            "label": [CLASS_LABELS[r[0]] for r in rows],
        },
        geometry=[r[2] for r in rows],
        crs=crs,
    )
    frame["area_km2"] = (frame.geometry.area / 1e6).round(3)
    return frame


# --- points ------------------------------------------------------------------------------------
def class_at_points(px, py, x, y, category):
    """Class rank (1–6, 0 = none) at points ``px``, ``py`` from stops with categories."""
    np = require("numpy")
    category = np.asarray(category, np.int64)
    keep = np.flatnonzero(category > 0)
    best = np.full(len(px), 7, dtype=np.uint8)
    for i, j, d in pairs_within(px, py, np.asarray(x)[keep], np.asarray(y)[keep], MAX_DISTANCE):
        cls = class_rank(category[keep][j], d)
        for k in range(1, 7):
            sel = i[cls == k]
            best[sel] = np.minimum(best[sel], k)
    best[best == 7] = 0
    return best
