"""The timetable a router rides: every vehicle that runs on the service date as a block of
stop events (stop, arrival, departure), in running order.

The service rules are the plugin's (:mod:`..gtfs_calendar`): a trip runs on date D when its
service does (calendar plus calendar_dates); times past 24:00 belong to the day the trip
starts, so trips of D−1 past midnight are on the clock of D (their times less 24 h). Trips
in frequencies.txt become one vehicle per ``start_time + n · headway_secs`` before
``end_time`` (as :mod:`..transit_service` counts them), running with the template trip's
times between stops. Demand-responsive routes (715, 1500–1599) are left out unless asked.
Only the events a journey in the window can use are kept: departures from the window's
start, arrivals up to its end (the latest departure plus the longest travel time).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...common.dependencies import require
from ..gtfs_calendar import service_days
from ..service_window import ServiceWindow
from ..transit_service import trip_kind


@dataclass
class Timetable:
    """Stop events sorted by vehicle and running order (int32 arrays of equal length):
    ``stop`` (row in ``feed.stops``), ``arrival``, ``departure`` (seconds on the clock of the
    date), ``vehicle`` (0 … n−1), ``first`` (index of its vehicle's first event);
    ``vehicle_trip``: the trip row of every vehicle; ``start``, ``end``: the span kept."""

    stop: object
    arrival: object
    departure: object
    vehicle: object
    first: object
    vehicle_trip: object
    start: int
    end: int
    n_stops: int

    def __len__(self) -> int:
        return len(self.stop)


def build_timetable(feed, date, start: int, end: int, include_demand_responsive: bool = False):
    """The vehicles of ``feed`` on ``date`` (datetime.date) with events between ``start``
    (earliest departure) and ``end`` (latest arrival), seconds after midnight of ``date``."""
    np = require("numpy")
    window = ServiceWindow(date, int(start), int(max(end, start + 1)))
    st = feed.stop_times
    trip = st["trip"].to_numpy()
    stop = st["stop"].to_numpy()
    arr = st["arrival"].to_numpy().astype(np.int64)
    dep = st["departure"].to_numpy().astype(np.int64)
    counted = trip_kind(feed, include_demand_responsive)
    n_trips = len(feed.trips)
    is_frequency = np.zeros(n_trips, dtype=bool)
    is_frequency[feed.frequencies["trip"].to_numpy()] = True
    parts = []  # (vehicle key, stop, arrival, departure, trip)
    next_key = 0
    for shift, runs in service_days(feed, window):
        runs = runs & counted
        rows = np.flatnonzero(runs[trip] & ~is_frequency[trip])
        parts.append((next_key + trip[rows], stop[rows], arr[rows] + shift, dep[rows] + shift))
        next_key += n_trips
        keys, s, a, d = _frequency_vehicles(feed, runs & is_frequency, shift, trip, stop, arr, dep)
        parts.append((next_key + keys, s, a, d))
        if len(keys):  # the next block starts at a multiple of n_trips (key % n_trips = trip)
            next_key += -(-(int(keys.max()) + 1) // n_trips) * n_trips
    key = np.concatenate([p[0] for p in parts]).astype(np.int64)
    s = np.concatenate([p[1] for p in parts])
    a = np.concatenate([p[2] for p in parts])
    d = np.concatenate([p[3] for p in parts])
    keep = (d >= start) & (a <= end)
    key, s, a, d = key[keep], s[keep], a[keep], d[keep]
    new = np.ones(len(key), dtype=bool)
    new[1:] = key[1:] != key[:-1]
    vehicle = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    first = starts[vehicle]
    vehicle_trip = (key[starts] % max(n_trips, 1)).astype(np.int32)
    return Timetable(
        stop=s.astype(np.int32),
        arrival=a.astype(np.int32),
        departure=d.astype(np.int32),
        vehicle=vehicle.astype(np.int32),
        first=first.astype(np.int32),
        vehicle_trip=vehicle_trip,
        start=int(start),
        end=int(end),
        n_stops=len(feed.stops),
    )


def _frequency_vehicles(feed, runs, shift, trip, stop, arr, dep):
    """Events of the headway-based vehicles of the trips in ``runs``: (key, stop, arrival,
    departure); a key is vehicle number · n_trips + template trip, so key % n_trips is the
    trip."""
    np = require("numpy")
    empty = np.array([], np.int64)
    freq = feed.frequencies
    if not len(freq):
        return empty, empty, empty, empty
    freq = freq[runs[freq["trip"].to_numpy()]]
    if not len(freq):
        return empty, empty, empty, empty
    n_trips = len(feed.trips)
    headway = freq["headway_secs"].to_numpy().astype(np.int64)
    begin = freq["start_time"].to_numpy().astype(np.int64)
    count = np.maximum(0, -(-(freq["end_time"].to_numpy() - begin) // headway))
    row = np.repeat(np.arange(len(freq)), count)
    k = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    v_trip = freq["trip"].to_numpy()[row].astype(np.int64)
    v_start = begin[row] + k * headway[row]
    # the template trips' events, grouped by trip (stop_times are sorted by trip)
    lo = np.searchsorted(trip, v_trip, side="left")
    hi = np.searchsorted(trip, v_trip, side="right")
    n = hi - lo
    vehicle = np.repeat(np.arange(len(v_trip)), n)
    pick = np.repeat(lo, n) + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    base = dep[lo][vehicle]  # the template's first departure
    offset = v_start[vehicle] - base + shift
    keys = vehicle.astype(np.int64) * n_trips + v_trip[vehicle]
    return keys, stop[pick].astype(np.int64), arr[pick] + offset, dep[pick] + offset
