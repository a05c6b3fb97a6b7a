"""PTAL — public transport accessibility level (Transport for London; METHODS.md §6).

For every point of interest (a grid cell centre or an area centroid):

- the service access points (SAPs) in reach: bus stops within 640 m and rail, metro, tram
  and ferry stops within 960 m, straight-line distance, walked at 80 m/min;
- for each route at a SAP, the frequency f (departures per hour) in the peak hour, default
  08:15–09:15, in the route's busier direction (TfL: "where service levels differ in each
  direction, the highest frequency is taken"; without ``direction_id`` the directions are
  read from the trips' stop order, :mod:`trip_directions`); a route is counted once, at its
  nearest SAP (TfL's rule);
- scheduled wait SWT = 0.5 · 60 / f, average wait AWT = SWT + K (K = 2.0 min bus, 0.75 min
  rail-like modes), total access time TAT = walk + AWT, equivalent doorstep frequency
  EDF = 30 / TAT;
- per mode AI = EDF_max + 0.5 · Σ other EDFs; the access index is the sum over modes. The
  modes are TfL's: one bus mode (bus, coach, trolleybus and, when counted,
  demand-responsive), rail, metro (with monorail), tram (with cable tram, and aerial lift
  and funicular by assumption) and ferry (by assumption), see
  :data:`transit_modes.PTAL_MODE_OF`;
- bands 0 (AI 0), 1a (≤ 2.5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25),
  6a (≤ 40), 6b (> 40).
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.progress import NO_PROGRESS, Progress
from . import transit_modes as modes
from .grid_size import PTAL_BYTES_PER_CELL, check_grid, grid_shape
from .nearby import pairs_within
from .trip_directions import infer_directions

WALK_SPEED = 80.0  # m/min
# PTAL mode → (walk limit m, reliability K min): TfL's bus values for the one bus mode,
# TfL's rail values for the rail-like modes (ferry by assumption).
PTAL_MODES = {
    "bus": (640.0, 2.0),
    "rail": (960.0, 0.75),
    "metro": (960.0, 0.75),
    "tram": (960.0, 0.75),
    "ferry": (960.0, 0.75),
}
BANDS = (
    ("0", 0.0),
    ("1a", 2.5),
    ("1b", 5.0),
    ("2", 10.0),
    ("3", 15.0),
    ("4", 20.0),
    ("5", 25.0),
    ("6a", 40.0),
)
BAND_NAMES = ("0", "1a", "1b", "2", "3", "4", "5", "6a", "6b")
MAX_ROWS = 2_000_000  # (point, route) rows handled at once in access_index


def band_of(ai):
    """PTAL band names for access index values (numpy array of str)."""
    np = require("numpy")
    ai = np.asarray(ai, float)
    index = np.searchsorted(np.array([2.5, 5, 10, 15, 20, 25, 40]), ai, side="left") + 1
    index[ai <= 0] = 0
    return np.array(BAND_NAMES)[index]


def mode_summary() -> dict:
    """PTAL mode → the GTFS route types (0–12, 100–1799) in it, as ranges text; ``""`` →
    the types that do not count."""
    np = require("numpy")
    types = np.concatenate([np.arange(a, b + 1) for a, b in modes.GTFS_TYPE_RANGES])
    of = np.array([modes.ptal_mode_of(t) for t in types])
    return {m: modes.ranges_text(types[of == m]) for m in [*PTAL_MODES, ""]}


def route_frequencies(
    feed, events, peak_minutes: float, group_stations: bool = True, progress=NO_PROGRESS
):
    """Frequency per (SAP, route) in the peak: a DataFrame with group (row of the stop
    group in ``feed.stops``), route, mode (PTAL's), f (departures per hour, busier
    direction). Trips without ``direction_id`` get their direction from their stop order
    (:func:`trip_directions.infer_directions`); what was done is in
    ``.attrs["directions"]`` (a DirectionReport)."""
    np = require("numpy")
    pd = require("pandas")
    stops = events["stop"].to_numpy()
    group = feed.stops["station"].to_numpy()[stops] if group_stations else stops
    direction = events["direction"].to_numpy().astype(np.int32)
    report = None
    if (direction < 0).any():
        trips = events["trip"].to_numpy()
        inferred, report = infer_directions(feed, np.unique(trips), progress)
        direction = inferred[trips]
    frame = pd.DataFrame(
        {"group": group, "route": events["route"].to_numpy(), "direction": direction}
    )
    per_direction = frame.groupby(["group", "route", "direction"]).size().rename("n").reset_index()
    busiest = per_direction.groupby(["group", "route"])["n"].max().reset_index()
    busiest["f"] = busiest["n"] * 60.0 / peak_minutes
    route_modes = np.array(
        [modes.ptal_mode_of(t) for t in feed.routes["route_type"].to_numpy()], dtype=object
    )
    busiest["mode"] = route_modes[busiest["route"].to_numpy()]
    result = busiest[busiest["mode"].isin(list(PTAL_MODES))].reset_index(drop=True)
    result.attrs["directions"] = report
    return result


def access_index(px, py, sap_x, sap_y, frequencies, progress: Progress = NO_PROGRESS, chunk=50_000):
    """Access index per point. ``sap_x``/``sap_y`` are indexed by ``frequencies.sap`` (the
    position of the SAP); returns a float numpy array over the points. Points are handled
    in batches of at most :data:`MAX_ROWS` (point, route) pairs, checking for Cancel
    between them."""
    np = require("numpy")
    px, py = np.asarray(px, float), np.asarray(py, float)
    result = np.zeros(len(px), dtype=float)
    if not len(frequencies) or not len(px):
        return result
    freq = frequencies.sort_values("sap").reset_index(drop=True)
    sap_first = np.searchsorted(freq["sap"].to_numpy(), np.arange(len(sap_x)), side="left")
    sap_last = np.searchsorted(freq["sap"].to_numpy(), np.arange(len(sap_x)), side="right")
    table = {
        "limit": freq["mode"].map({m: v[0] for m, v in PTAL_MODES.items()}).to_numpy(float),
        "k": freq["mode"].map({m: v[1] for m, v in PTAL_MODES.items()}).to_numpy(float),
        "f": freq["f"].to_numpy(float),
        "route": freq["route"].to_numpy(),
        "mode": np.unique(freq["mode"].to_numpy().astype(str), return_inverse=True)[1],
    }
    max_walk = max(v[0] for v in PTAL_MODES.values())
    for lo in range(0, len(px), chunk):
        hi = min(lo + chunk, len(px))
        progress.check()
        for i, s, d in pairs_within(px[lo:hi], py[lo:hi], sap_x, sap_y, max_walk):
            if not len(i):
                continue
            order = np.argsort(i, kind="stable")
            i, s, d = i[order], s[order], d[order]
            count = sap_last[s] - sap_first[s]
            # batches of whole points, each expanding to at most MAX_ROWS rows (or one point)
            ends = np.flatnonzero(np.r_[i[1:] != i[:-1], True]) + 1
            cum = np.cumsum(count)
            at_ends = cum[ends - 1]
            start = 0
            while start < len(i):
                progress.check()
                base = cum[start - 1] if start else 0
                j = np.searchsorted(at_ends, base + MAX_ROWS, side="right")
                j = max(j, np.searchsorted(ends, start, side="right") + 1)
                stop = int(ends[j - 1])
                part = slice(start, stop)
                _add_index(result, lo + i[part], s[part], d[part], count[part], sap_first, table)
                start = stop
        progress.set(100 * hi / len(px))
    return result


def _add_index(result, poi, sap, dist, count, sap_first, table):
    """Add the access index of the (point, SAP, distance) pairs to ``result``."""
    np = require("numpy")
    pd = require("pandas")
    total = int(count.sum())
    if total == 0:
        return
    rows = np.repeat(sap_first[sap], count) + (
        np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    )
    poi = np.repeat(poi, count)
    dist = np.repeat(dist, count)
    ok = dist <= table["limit"][rows]
    poi, rows, dist = poi[ok], rows[ok], dist[ok]
    frame = pd.DataFrame({"poi": poi, "route": table["route"][rows], "dist": dist, "row": rows})
    # each route once, at its nearest SAP
    frame = frame.sort_values(["poi", "route", "dist"], kind="mergesort")
    frame = frame.drop_duplicates(["poi", "route"], keep="first")
    r = frame["row"].to_numpy()
    walk = frame["dist"].to_numpy() / WALK_SPEED
    awt = 0.5 * 60.0 / table["f"][r] + table["k"][r]
    frame["edf"] = 30.0 / (walk + awt)
    frame["mode"] = table["mode"][r]
    per_mode = frame.groupby(["poi", "mode"])["edf"].agg(["max", "sum"])
    ai_mode = per_mode["max"] + 0.5 * (per_mode["sum"] - per_mode["max"])
    ai = ai_mode.groupby(level=0).sum()
    result[ai.index.to_numpy()] += ai.to_numpy()


def ptal_for_points(
    feed, events, peak_minutes, px, py, stop_x, stop_y, progress=NO_PROGRESS, frequencies=None
):
    """Access index and band at points (metres) from the peak's ``events``; ``stop_x``/
    ``stop_y`` are the metric coordinates of every row of ``feed.stops``' stations;
    ``frequencies``: :func:`route_frequencies` of the events, when already computed. Points
    with a NaN coordinate (an area without geometry) get NaN and band ``""``."""
    np = require("numpy")
    freq = frequencies if frequencies is not None else route_frequencies(feed, events, peak_minutes)
    saps, sap_pos = np.unique(freq["group"].to_numpy(), return_inverse=True)
    freq = freq.assign(sap=sap_pos)
    px, py = np.asarray(px, float), np.asarray(py, float)
    valid = np.isfinite(px) & np.isfinite(py)
    ai = np.full(len(px), np.nan)
    ai[valid] = access_index(
        px[valid], py[valid], np.asarray(stop_x)[saps], np.asarray(stop_y)[saps], freq, progress
    )
    ai = np.round(ai, 2)
    band = band_of(np.nan_to_num(ai)).astype(object)
    band[~valid] = ""
    return ai, band


def grid_centres(bounds, cell_size: float, limit_mb=None, far_stops: str = ""):
    """Centres (x, y arrays) of a grid aligned to multiples of ``cell_size`` over
    ``bounds`` (west, south, east, north). Its size is checked first (see
    :func:`grid_size.check_grid`; ``far_stops`` is added to the message)."""
    np = require("numpy")
    cols, rows = grid_shape(bounds, cell_size)
    check_grid(cols, rows, PTAL_BYTES_PER_CELL, limit_mb, "PTAL grid", cell_size, bounds, far_stops)
    west = np.floor(bounds[0] / cell_size) * cell_size
    south = np.floor(bounds[1] / cell_size) * cell_size
    xs = np.arange(west + cell_size / 2, bounds[2], cell_size)
    ys = np.arange(south + cell_size / 2, bounds[3], cell_size)
    gx, gy = np.meshgrid(xs, ys)
    return gx.ravel(), gy.ravel()


def grid_cells(x, y, cell_size: float, crs, progress: Progress = NO_PROGRESS, **columns):
    """Square cells around centres ``x``, ``y`` as a GeoDataFrame with ``columns``."""
    np = require("numpy")
    gpd = require("geopandas")
    shapely_geometry = require("shapely.geometry")
    half = cell_size / 2.0
    geoms = []
    for k, (cx, cy) in enumerate(zip(x, y)):
        if k % 50_000 == 0:
            progress.check()
        geoms.append(shapely_geometry.box(cx - half, cy - half, cx + half, cy + half))
    data = {name: np.asarray(values) for name, values in columns.items()}
    return gpd.GeoDataFrame(data, geometry=geoms, crs=crs)


def stops_near(bounds, sx, sy, distance: float = None) -> bool:
    """Whether any stop (``sx``, ``sy``; NaN for stops without coordinates) lies within
    ``distance`` (default: the longest walk PTAL counts, 960 m) of the box ``bounds``
    (west, south, east, north). False means no point in the box can reach a stop: every
    PTAL there is 0, as for areas in another part of the country than the feed."""
    np = require("numpy")
    distance = max(limit for limit, _ in PTAL_MODES.values()) if distance is None else distance
    west, south, east, north = bounds
    sx, sy = np.asarray(sx, float), np.asarray(sy, float)
    near = (sx >= west - distance) & (sx <= east + distance)
    near &= (sy >= south - distance) & (sy <= north + distance)
    return bool(near.any())
