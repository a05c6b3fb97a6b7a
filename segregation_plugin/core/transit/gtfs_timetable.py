"""The timetable of a GTFS feed: stop_times.txt and frequencies.txt as compact frames.

Stop times become int32 trip and stop positions and seconds after midnight of the service
day, sorted by trip and sequence; stop times without a time are interpolated between the
trip's timed stops (with a warning in :attr:`Feed.problems`). Headway-based trips in
frequencies.txt keep their periods; they are expanded when departures are counted.
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.progress import Progress
from .gtfs_tables import fail_first, parse_category, parse_integers, parse_times, positions


def build_stop_times(feed, raw, progress: Progress):
    """Stop times as int32 positions and seconds, sorted, with missing times interpolated."""
    pd = require("pandas")
    np = require("numpy")
    n = len(raw)
    trip = positions(
        raw["trip_id"], pd.Index(feed.trips["trip_id"]), "stop_times", "trip_id", "trips.txt"
    )
    stop = positions(
        raw["stop_id"], pd.Index(feed.stops["stop_id"]), "stop_times", "stop_id", "stops.txt"
    )
    progress.set(20)
    sequence = parse_category(
        raw["stop_sequence"],
        parse_integers,
        "stop_times",
        "stop_sequence",
        "is not a whole number",
        "Correct stop_sequence in the feed.",
    )
    fail_first(
        np.isnan(sequence),
        None,
        "stop_times",
        "stop_sequence",
        "",
        "Every stop time needs a stop_sequence.",
    )
    times = {}
    for column in ("arrival_time", "departure_time"):
        times[column] = parse_category(
            raw[column],
            parse_times,
            "stop_times",
            column,
            "is not a time of the form HH:MM:SS",
            "Correct the time in the feed (hours may pass 24, e.g. 25:10:00).",
        )
        progress.check()
    progress.set(50)
    arrival, departure = times["arrival_time"], times["departure_time"]
    arrival = np.where(np.isnan(arrival), departure, arrival)
    departure = np.where(np.isnan(departure), arrival, departure)
    sequence = sequence.astype(np.int64)
    order = None
    if n > 1:
        key = trip.astype(np.int64) * (np.int64(1) << 32) + (sequence - sequence.min())
        if not (np.diff(key) > 0).all():
            order = np.argsort(key, kind="stable")
    if order is not None:
        trip, stop, sequence = trip[order], stop[order], sequence[order]
        arrival, departure = arrival[order], departure[order]
    progress.set(70)
    missing = np.isnan(departure)
    if missing.any():
        arrival, departure, dropped = interpolate(trip, arrival, departure)
        interpolated = int(missing.sum()) - int(dropped.sum())
        if interpolated:
            feed.warn(
                "stop_times",
                None,
                f"{interpolated} stop times without a time were interpolated between the "
                "trip's timed stops (evenly by stop).",
            )
        if dropped.any():
            first = int(np.flatnonzero(dropped)[0])
            feed.warn(
                "stop_times",
                None,
                f"{int(dropped.sum())} stop times have no time and no timed stop on both sides "
                f"(e.g. trip {feed.trips['trip_id'].iat[trip[first]]}); they are not counted.",
            )
            keep = ~dropped
            trip, stop, sequence = trip[keep], stop[keep], sequence[keep]
            arrival, departure = arrival[keep], departure[keep]
    last = np.ones(len(trip), dtype=bool)
    if len(trip) > 1:
        last[:-1] = trip[:-1] != trip[1:]
    progress.set(100)
    return pd.DataFrame(
        {
            "trip": trip.astype(np.int32),
            "stop": stop.astype(np.int32),
            "stop_sequence": sequence.astype(np.int32),
            "arrival": arrival.astype(np.int32),
            "departure": departure.astype(np.int32),
            "last_stop": last,
        }
    )


def interpolate(trip, arrival, departure):
    """Fill stop times without times linearly (by stop order) between the nearest timed
    stops of the same trip; returns (arrival, departure, dropped mask)."""
    np = require("numpy")
    n = len(trip)
    known = ~np.isnan(departure)
    positions = np.arange(n)
    prev = np.maximum.accumulate(np.where(known, positions, -1))
    nxt = np.minimum.accumulate(np.where(known, positions, n)[::-1])[::-1]
    gap = ~known
    ok = gap & (prev >= 0) & (nxt < n)
    ok[ok] &= (trip[prev[ok]] == trip[ok]) & (trip[np.minimum(nxt[ok], n - 1)] == trip[ok])
    p, q = prev[ok], nxt[ok]
    fraction = (positions[ok] - p) / (q - p)
    filled = departure[p] + (arrival[q] - departure[p]) * fraction
    departure = departure.copy()
    arrival = arrival.copy()
    departure[ok] = np.round(filled)
    arrival[ok] = np.round(filled)
    return arrival, departure, gap & ~ok


def build_frequencies(raw, trips):
    pd = require("pandas")
    np = require("numpy")
    if raw is None or raw.empty:
        return pd.DataFrame(
            {
                c: np.array([], np.int32)
                for c in ("trip", "start_time", "end_time", "headway_secs", "exact_times")
            }
        )
    trip = positions(
        raw["trip_id"], pd.Index(trips["trip_id"]), "frequencies", "trip_id", "trips.txt"
    )
    values = {}
    for column in ("start_time", "end_time"):
        values[column] = parse_category(
            raw[column],
            parse_times,
            "frequencies",
            column,
            "is not a time of the form HH:MM:SS",
            "Correct the time in frequencies.txt.",
        )
    headway = parse_category(
        raw["headway_secs"],
        parse_integers,
        "frequencies",
        "headway_secs",
        "is not a whole number of seconds",
        "Correct headway_secs.",
    )
    for column, data in (*values.items(), ("headway_secs", headway)):
        fail_first(
            np.isnan(data),
            None,
            "frequencies",
            column,
            "",
            "Fill it in.",
        )
    fail_first(
        headway <= 0,
        raw["headway_secs"].astype(str).to_numpy(),
        "frequencies",
        "headway_secs",
        "is not positive",
        "A headway must be at least one second.",
    )
    exact = parse_category(
        raw["exact_times"].astype("category"),
        parse_integers,
        "frequencies",
        "exact_times",
        "is not 0 or 1",
        "Correct exact_times.",
    )
    return pd.DataFrame(
        {
            "trip": trip,
            "start_time": values["start_time"].astype(np.int32),
            "end_time": values["end_time"].astype(np.int32),
            "headway_secs": headway.astype(np.int32),
            "exact_times": np.nan_to_num(exact, nan=0).astype(np.int8),
        }
    )
