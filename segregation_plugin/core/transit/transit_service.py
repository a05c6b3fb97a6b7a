"""Service per stop in a service window (METHODS.md §6): the departures, and per stop.

- Which trips run on the date, and the trips of the day before whose times past 24:00:00
  fall into the window, come from :mod:`gtfs_calendar` (calendar plus calendar_dates).
- Trips in ``frequencies.txt`` are expanded: a vehicle leaves the first stop at
  ``start_time + n · headway_secs`` for every n with that time before ``end_time`` (for
  ``exact_times`` 0 and 1 alike); the trip's stop times give the running times between stops.
- A departure is a stop time with a departure time in the window [start, end) that is not
  the trip's last stop. Stops are grouped to their parent station.
- Demand-responsive routes (715, 1500–1599) are left out unless the window includes them.

The date, window and options are one :class:`ServiceWindow`. Without start and end the
count is per service day: every stop time of the trips that run on D, whatever its time
(as gtfs_kit's ``compute_stop_stats`` counts ``num_trips``).
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.progress import NO_PROGRESS, Progress
from . import transit_modes as modes
from .gtfs_calendar import service_days
from .gtfs_feed import Feed
from .service_window import ServiceWindow

EVENT_COLUMNS = ("stop", "trip", "route", "direction", "time")


def trip_kind(feed: Feed, include_demand_responsive: bool = False):
    """Boolean array over trips: the trips whose route is counted."""
    np = require("numpy")
    if include_demand_responsive:
        return np.ones(len(feed.trips), dtype=bool)
    drt = modes.in_ranges(
        feed.routes["route_type"].to_numpy(), modes.parse_type_ranges(modes.DEMAND_RESPONSIVE_TYPES)
    )
    return ~drt[feed.trips["route"].to_numpy()]


def stop_events(feed: Feed, window: ServiceWindow, progress: Progress = NO_PROGRESS):
    """Departures in ``window`` as a DataFrame: stop (row in ``feed.stops``), trip, route,
    direction, time (seconds on the clock of ``window.date``).

    With a time window (end exclusive; it may pass 24:00) the departures in it, including
    the trips of D−1 past midnight; for a whole service day every stop time of the trips
    that run on D. A trip's last stop and demand-responsive routes count when the window
    says so.
    """
    pd = require("pandas")
    np = require("numpy")
    start, end = window.start, window.end
    st = feed.stop_times
    counted = trip_kind(feed, window.include_demand_responsive)
    is_frequency = np.zeros(len(feed.trips), dtype=bool)
    is_frequency[feed.frequencies["trip"].to_numpy()] = True
    stop = st["stop"].to_numpy()
    trip = st["trip"].to_numpy()
    time = st["departure"].to_numpy()
    keep_row = (
        np.ones(len(st), dtype=bool) if window.include_last_stop else ~st["last_stop"].to_numpy()
    )
    days = service_days(feed, window)
    parts = []
    for i, (shift, runs) in enumerate(days):
        progress.check()
        runs = runs & counted
        # scheduled trips
        mask = keep_row & runs[trip] & ~is_frequency[trip]
        if start is not None:
            mask &= (time + shift >= start) & (time + shift < end)
        rows = np.flatnonzero(mask)
        parts.append((stop[rows], trip[rows], time[rows] + shift))
        # headway-based trips
        parts.append(_frequency_events(feed, runs, keep_row, shift, start, end))
        progress.set(100 * (i + 1) / len(days))
    stops_ = np.concatenate([p[0] for p in parts]).astype(np.int32)
    trips_ = np.concatenate([p[1] for p in parts]).astype(np.int32)
    times_ = np.concatenate([p[2] for p in parts]).astype(np.int32)
    route = feed.trips["route"].to_numpy()[trips_]
    direction = feed.trips["direction"].to_numpy()[trips_]
    return pd.DataFrame(
        {"stop": stops_, "trip": trips_, "route": route, "direction": direction, "time": times_}
    )


def _frequency_events(feed, runs, keep_row, shift, start, end):
    """Departures of the headway-based trips that run (expanded), as (stop, trip, time)."""
    np = require("numpy")
    empty = (np.array([], np.int32), np.array([], np.int32), np.array([], np.int64))
    freq = feed.frequencies
    if not len(freq):
        return empty
    freq = freq[runs[freq["trip"].to_numpy()]]
    if not len(freq):
        return empty
    st = feed.stop_times
    # each frequency row → its vehicles' start times at the first stop
    n = np.maximum(
        0,
        -(
            -(freq["end_time"].to_numpy() - freq["start_time"].to_numpy())
            // freq["headway_secs"].to_numpy()
        ),
    ).astype(np.int64)
    row = np.repeat(np.arange(len(freq)), n)
    k = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    vehicle_trip = freq["trip"].to_numpy()[row]
    vehicle_start = freq["start_time"].to_numpy()[row].astype(np.int64) + k * freq[
        "headway_secs"
    ].to_numpy()[row].astype(np.int64)
    # the template trips' stop times as offsets from their first departure
    template_trips = np.unique(vehicle_trip)
    trip = st["trip"].to_numpy()
    in_template = np.isin(trip, template_trips) & keep_row
    rows = np.flatnonzero(in_template)
    first_time = _first_departure(feed, template_trips)
    offset = st["departure"].to_numpy()[rows].astype(np.int64) - first_time[trip[rows]]
    # pair every vehicle with the stop rows of its template trip
    order = np.argsort(trip[rows], kind="stable")
    rows, offset = rows[order], offset[order]
    row_trip = trip[rows]
    lo = np.searchsorted(row_trip, vehicle_trip, side="left")
    hi = np.searchsorted(row_trip, vehicle_trip, side="right")
    count = hi - lo
    vehicle = np.repeat(np.arange(len(vehicle_trip)), count)
    pick = np.repeat(lo, count) + (
        np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    )
    times = vehicle_start[vehicle] + offset[pick] + shift
    stops = st["stop"].to_numpy()[rows[pick]]
    trips = row_trip[pick]
    if start is not None:
        inside = (times >= start) & (times < end)
        stops, trips, times = stops[inside], trips[inside], times[inside]
    return stops, trips, times


def _first_departure(feed, trips):
    """First departure time of every trip (array over all trips; only ``trips`` filled)."""
    np = require("numpy")
    st = feed.stop_times
    first = np.zeros(len(feed.trips), dtype=np.int64)
    trip = st["trip"].to_numpy()
    starts = np.flatnonzero(np.r_[True, trip[1:] != trip[:-1]])
    first[trip[starts]] = st["departure"].to_numpy()[starts]
    return first


# --- per stop ----------------------------------------------------------------------------------
def station_table(feed: Feed):
    """One row per stop group (a parent station, or a stop without one) that trips use:
    stop_id, stop_name, stop_lat, stop_lon, ``group`` (row in ``feed.stops``)."""
    np = require("numpy")
    stops = feed.stops
    station = stops["station"].to_numpy()
    used = np.unique(station[np.unique(feed.stop_times["stop"].to_numpy())])
    table = stops.iloc[used][["stop_id", "stop_name", "stop_lat", "stop_lon"]].copy()
    table["group"] = used.astype(np.int32)
    # a station without coordinates takes the mean of its platforms'
    missing = table["stop_lat"].isna() | table["stop_lon"].isna()
    if missing.any():
        children = stops.groupby("station")[["stop_lat", "stop_lon"]].mean()
        fill = children.reindex(table.loc[missing, "group"]).to_numpy()
        table.loc[missing, ["stop_lat", "stop_lon"]] = fill
    return table.reset_index(drop=True)


def _natural_key(text: str):
    """Sort key that puts route 2 before route 10."""
    import re

    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.findall(r"\d+|\D+", str(text))
    )


def _joined(groups, texts, key):
    """Per group, its texts sorted by ``key`` and joined with ", " (a Series by group).
    ``key`` is computed once per distinct text; equal keys keep the texts' order."""
    pd = require("pandas")
    np = require("numpy")
    distinct, which = np.unique(np.asarray(texts, dtype=object).astype(str), return_inverse=True)
    ranked = sorted(range(len(distinct)), key=lambda k: key(distinct[k]))
    rank = np.empty(len(distinct), np.int64)
    rank[ranked] = np.arange(len(distinct))
    order = np.lexsort((rank[which], groups))  # by group, then by the texts' rank
    groups, values = np.asarray(groups)[order], distinct[which[order]].tolist()
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]]) if len(groups) else []
    ends = list(starts[1:]) + [len(groups)]
    return pd.Series(
        [", ".join(values[a:b]) for a, b in zip(starts, ends)],
        index=groups[starts] if len(groups) else [],
        dtype=object,
    )


def stops_xy(feed: Feed, crs):
    """Metric x, y of every row of ``feed.stops`` (a station without coordinates takes the
    mean of its platforms')."""
    np = require("numpy")
    from .nearby import project_lonlat

    stops = feed.stops
    lat = stops["stop_lat"].to_numpy(float).copy()
    lon = stops["stop_lon"].to_numpy(float).copy()
    missing = np.isnan(lat) | np.isnan(lon)
    if missing.any():
        children = stops.groupby("station")[["stop_lat", "stop_lon"]].mean()
        fill = children.reindex(np.flatnonzero(missing)).to_numpy()
        lat[missing], lon[missing] = fill[:, 0], fill[:, 1]
    return project_lonlat(lon, lat, crs)


def _hhmm(seconds) -> str:
    if seconds is None or seconds != seconds:
        return ""
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{(seconds % 3600) // 60:02d}"


def stop_service(
    feed: Feed,
    window: ServiceWindow,
    group_stations: bool = True,
    events=None,
    progress: Progress = NO_PROGRESS,
):
    """Departures per stop (group) in the time window of ``window``.

    Columns: stop_id, stop_name, stop_lat, stop_lon, departures, per_hour, interval_min
    (window minutes / departures: the mean time between two departures, both directions
    together), routes (number), route_names, modes, first_departure, last_departure.
    Every stop (group) that trips use is a row, also with 0 departures. ``events`` are
    :func:`stop_events` of the same window, when already computed.
    """
    pd = require("pandas")
    np = require("numpy")
    if window.whole_day:
        raise ValueError("stop_service counts in a time window; give the window's start and end.")
    start, end = window.start, window.end
    if events is None:
        events = stop_events(feed, window, progress.sub(0, 80))
    if group_stations:
        table = station_table(feed)
        key = feed.stops["station"].to_numpy()[events["stop"].to_numpy()]
    else:
        used = np.unique(feed.stop_times["stop"].to_numpy())
        table = feed.stops.iloc[used][["stop_id", "stop_name", "stop_lat", "stop_lon"]].copy()
        table["group"] = used.astype(np.int32)
        table = table.reset_index(drop=True)
        key = events["stop"].to_numpy()
    hours = (end - start) / 3600.0
    ev = pd.DataFrame(
        {"group": key, "route": events["route"].to_numpy(), "time": events["time"].to_numpy()}
    )
    counts = ev.groupby("group").size()
    times = ev.groupby("group")["time"].agg(["min", "max"])
    pairs = ev[["group", "route"]].drop_duplicates()
    routes = feed.routes
    pairs["name"] = np.where(
        routes["route_short_name"].to_numpy()[pairs["route"].to_numpy()] != "",
        routes["route_short_name"].to_numpy()[pairs["route"].to_numpy()],
        routes["route_id"].to_numpy()[pairs["route"].to_numpy()],
    )
    pairs["mode"] = np.array(modes.modes_of(routes["route_type"].to_numpy()))[
        pairs["route"].to_numpy()
    ]
    n_routes = pairs.groupby("group").size()
    names = _joined(pairs["group"].to_numpy(), pairs["name"].to_numpy(), _natural_key)
    modes_used = pairs[["group", "mode"]].drop_duplicates()
    mode_names = _joined(modes_used["group"].to_numpy(), modes_used["mode"].to_numpy(), str)
    group = table["group"]
    result = table[["stop_id", "stop_name", "stop_lat", "stop_lon"]].copy()
    result["departures"] = group.map(counts).fillna(0).astype(np.int64).to_numpy()
    result["per_hour"] = (result["departures"] / hours).round(2)
    with np.errstate(divide="ignore"):
        interval = np.where(
            result["departures"] > 0, (end - start) / 60.0 / result["departures"], np.nan
        )
    result["interval_min"] = np.round(interval, 2)
    result["routes"] = group.map(n_routes).fillna(0).astype(np.int64).to_numpy()
    result["route_names"] = group.map(names).astype(object).fillna("").to_numpy()
    result["modes"] = group.map(mode_names).astype(object).fillna("").to_numpy()
    result["first_departure"] = [_hhmm(v) for v in group.map(times["min"]).to_numpy()]
    result["last_departure"] = [_hhmm(v) for v in group.map(times["max"]).to_numpy()]
    result["group"] = group.to_numpy()
    progress.set(100)
    return result


def hourly_departures(feed: Feed, events, group_stations: bool = True):
    """Departures per stop (group) and clock hour: stop_id, hour (0–23, or more when the
    window passes midnight), departures."""
    pd = require("pandas")
    key = (
        feed.stops["station"].to_numpy()[events["stop"].to_numpy()]
        if group_stations
        else events["stop"].to_numpy()
    )
    frame = pd.DataFrame({"group": key, "hour": events["time"].to_numpy() // 3600})
    table = frame.groupby(["group", "hour"]).size().rename("departures").reset_index()
    table.insert(0, "stop_id", feed.stops["stop_id"].to_numpy()[table["group"].to_numpy()])
    return table.drop(columns="group")


def as_points(table, crs, drop=("group",)):
    """``table`` (with stop_lat, stop_lon) as a GeoDataFrame of points in ``crs``; rows
    without coordinates are left out."""
    gpd = require("geopandas")
    from .nearby import project_lonlat

    table = table[table["stop_lat"].notna() & table["stop_lon"].notna()]
    x, y = project_lonlat(table["stop_lon"], table["stop_lat"], crs)
    frame = table.drop(columns=[c for c in drop if c in table.columns])
    return gpd.GeoDataFrame(
        frame.reset_index(drop=True), geometry=gpd.points_from_xy(x, y), crs=crs
    )
