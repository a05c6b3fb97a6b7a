"""PTAL — public transport accessibility level (Transport for London; METHODS.md §6).

For every point of interest (a grid cell centre or an area centroid):

- the service access points (SAPs) in reach: bus stops within 640 m and rail, metro, tram
  and ferry stops within 960 m, straight-line distance, walked at 80 m/min;
- for each route at a SAP, the frequency f (departures per hour) in the peak hour, default
  08:15–09:15, in the route's busier direction (TfL: "where service levels differ in each
  direction, the highest frequency is taken"); a route is counted once, at its nearest SAP
  (TfL's rule);
- scheduled wait SWT = 0.5 · 60 / f, average wait AWT = SWT + K (K = 2.0 min bus, 0.75 min
  rail-like modes), total access time TAT = walk + AWT, equivalent doorstep frequency
  EDF = 30 / TAT;
- per mode AI = EDF_max + 0.5 · Σ other EDFs; the access index is the sum over modes;
- bands 0 (AI 0), 1a (≤ 2.5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25),
  6a (≤ 40), 6b (> 40).
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.progress import NO_PROGRESS, Progress
from . import transit_modes as modes
from .nearby import pairs_within

WALK_SPEED = 80.0  # m/min
# PTAL mode → (walk limit m, reliability K min). Bus-like modes use TfL's bus values,
# rail-like modes (rail, metro, tram; ferry by assumption) TfL's rail values.
PTAL_MODES = {
    "bus": (640.0, 2.0),
    "coach": (640.0, 2.0),
    "trolleybus": (640.0, 2.0),
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


def band_of(ai):
    """PTAL band names for access index values (numpy array of str)."""
    np = require("numpy")
    ai = np.asarray(ai, float)
    index = np.searchsorted(np.array([2.5, 5, 10, 15, 20, 25, 40]), ai, side="left") + 1
    index[ai <= 0] = 0
    return np.array(BAND_NAMES)[index]


def route_frequencies(feed, events, peak_minutes: float, group_stations: bool = True):
    """Frequency per (SAP, route) in the peak: a DataFrame with group (row of the stop
    group in ``feed.stops``), route, mode, f (departures per hour, busier direction)."""
    np = require("numpy")
    pd = require("pandas")
    stops = events["stop"].to_numpy()
    group = feed.stops["station"].to_numpy()[stops] if group_stations else stops
    frame = pd.DataFrame(
        {
            "group": group,
            "route": events["route"].to_numpy(),
            "direction": events["direction"].to_numpy(),
        }
    )
    per_direction = frame.groupby(["group", "route", "direction"]).size().rename("n").reset_index()
    busiest = per_direction.groupby(["group", "route"])["n"].max().reset_index()
    busiest["f"] = busiest["n"] * 60.0 / peak_minutes
    route_modes = np.array(modes.modes_of(feed.routes["route_type"].to_numpy()), dtype=object)
    busiest["mode"] = route_modes[busiest["route"].to_numpy()]
    return busiest[busiest["mode"].isin(list(PTAL_MODES))].reset_index(drop=True)


def access_index(px, py, sap_x, sap_y, frequencies, progress: Progress = NO_PROGRESS, chunk=50_000):
    """Access index per point. ``sap_x``/``sap_y`` are indexed by ``frequencies.sap`` (the
    position of the SAP); returns a float numpy array over the points."""
    np = require("numpy")
    pd = require("pandas")
    px, py = np.asarray(px, float), np.asarray(py, float)
    result = np.zeros(len(px), dtype=float)
    if not len(frequencies) or not len(px):
        return result
    freq = frequencies.sort_values("sap").reset_index(drop=True)
    sap_first = np.searchsorted(freq["sap"].to_numpy(), np.arange(len(sap_x)), side="left")
    sap_last = np.searchsorted(freq["sap"].to_numpy(), np.arange(len(sap_x)), side="right")
    limits = freq["mode"].map({m: v[0] for m, v in PTAL_MODES.items()}).to_numpy(float)
    reliability = freq["mode"].map({m: v[1] for m, v in PTAL_MODES.items()}).to_numpy(float)
    f = freq["f"].to_numpy(float)
    route = freq["route"].to_numpy()
    mode_codes, mode_index = np.unique(freq["mode"].to_numpy().astype(str), return_inverse=True)
    max_walk = max(v[0] for v in PTAL_MODES.values())
    done = 0
    for lo in range(0, len(px), chunk):
        hi = min(lo + chunk, len(px))
        for i, s, d in pairs_within(px[lo:hi], py[lo:hi], sap_x, sap_y, max_walk):
            progress.check()
            count = sap_last[s] - sap_first[s]
            total = int(count.sum())
            if total == 0:
                continue
            rows = np.repeat(sap_first[s], count) + (
                np.arange(total) - np.repeat(np.cumsum(count) - count, count)
            )
            poi = np.repeat(i, count)
            dist = np.repeat(d, count)
            ok = dist <= limits[rows]
            poi, rows, dist = poi[ok], rows[ok], dist[ok]
            table = pd.DataFrame({"poi": poi, "route": route[rows], "dist": dist, "row": rows})
            # each route once, at its nearest SAP
            table = table.sort_values(["poi", "route", "dist"], kind="mergesort")
            table = table.drop_duplicates(["poi", "route"], keep="first")
            r = table["row"].to_numpy()
            walk = table["dist"].to_numpy() / WALK_SPEED
            awt = 0.5 * 60.0 / f[r] + reliability[r]
            table["edf"] = 30.0 / (walk + awt)
            table["mode"] = mode_index[r]
            per_mode = table.groupby(["poi", "mode"])["edf"].agg(["max", "sum"])
            ai_mode = per_mode["max"] + 0.5 * (per_mode["sum"] - per_mode["max"])
            ai = ai_mode.groupby(level=0).sum()
            result[lo + ai.index.to_numpy()] += ai.to_numpy()
        done = hi
        progress.set(100 * done / len(px))
    _ = mode_codes
    return result


def ptal_for_points(feed, events, peak_minutes, px, py, stop_x, stop_y, progress=NO_PROGRESS):
    """Access index and band at points (metres) from the peak's ``events``; ``stop_x``/
    ``stop_y`` are the metric coordinates of every row of ``feed.stops``' stations."""
    np = require("numpy")
    freq = route_frequencies(feed, events, peak_minutes)
    saps, sap_pos = np.unique(freq["group"].to_numpy(), return_inverse=True)
    freq = freq.assign(sap=sap_pos)
    ai = access_index(px, py, np.asarray(stop_x)[saps], np.asarray(stop_y)[saps], freq, progress)
    return np.round(ai, 2), band_of(np.round(ai, 2))


def grid_centres(bounds, cell_size: float):
    """Centres (x, y arrays) of a grid aligned to multiples of ``cell_size`` over
    ``bounds`` (west, south, east, north)."""
    np = require("numpy")
    west = np.floor(bounds[0] / cell_size) * cell_size
    south = np.floor(bounds[1] / cell_size) * cell_size
    xs = np.arange(west + cell_size / 2, bounds[2], cell_size)
    ys = np.arange(south + cell_size / 2, bounds[3], cell_size)
    gx, gy = np.meshgrid(xs, ys)
    return gx.ravel(), gy.ravel()


def grid_cells(x, y, cell_size: float, crs, **columns):
    """Square cells around centres ``x``, ``y`` as a GeoDataFrame with ``columns``."""
    np = require("numpy")
    gpd = require("geopandas")
    shapely_geometry = require("shapely.geometry")
    half = cell_size / 2.0
    geoms = [
        shapely_geometry.box(cx - half, cy - half, cx + half, cy + half) for cx, cy in zip(x, y)
    ]
    data = {name: np.asarray(values) for name, values in columns.items()}
    return gpd.GeoDataFrame(data, geometry=geoms, crs=crs)
