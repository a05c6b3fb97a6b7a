"""The timetable of a GTFS feed: stop_times.txt and frequencies.txt as compact frames.

Stop times become int32 trip and stop positions and seconds after midnight of the service
day, sorted by trip and sequence; stop times without a time are interpolated between the
trip's timed stops (with a warning in :attr:`Feed.problems`). Headway-based trips in
frequencies.txt keep their periods; they are expanded when departures are counted.
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.errors import InputError
from ..common.memory import frame_of
from ..common.progress import Progress
from .gtfs_tables import (
    counted,
    fail_first,
    format_time,
    line_of,
    parse_category,
    parse_integers,
    parse_times,
    positions,
)


def build_stop_times(feed, raw, progress: Progress):
    """Stop times as int32 positions and seconds, sorted, with missing times interpolated
    (``raw``'s columns are dropped as they are read, to keep the peak of memory low);
    exact duplicates dropped and times that restart at midnight read past 24:00 (with
    warnings), conflicting duplicates an InputError. Cancel is checked between the steps."""
    pd = require("pandas")
    np = require("numpy")
    n = len(raw)
    trip = positions(
        raw["trip_id"], pd.Index(feed.trips["trip_id"]), "stop_times", "trip_id", "trips.txt"
    )
    del raw["trip_id"]  # each column of raw is let go once it is read (memory)
    progress.check()
    stop = positions(
        raw["stop_id"], pd.Index(feed.stops["stop_id"]), "stop_times", "stop_id", "stops.txt"
    )
    del raw["stop_id"]
    progress.set(20)
    progress.check()
    sequence = _numbers(
        raw["stop_sequence"],
        parse_integers,
        "stop_sequence",
        "is not a whole number",
        "Correct stop_sequence in the feed.",
    )
    del raw["stop_sequence"]
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
        progress.check()
        times[column] = _numbers(
            raw[column],
            parse_times,
            column,
            "is not a time of the form HH:MM:SS",
            "Correct the time in the feed (hours may pass 24, e.g. 25:10:00).",
        )
        del raw[column]
    progress.set(50)
    progress.check()
    arrival, departure = times["arrival_time"], times["departure_time"]
    if arrival.dtype.kind == "i" and ((arrival < 0).any() or (departure < 0).any()):
        # the plain reader's -1 (no time) as the general reader's NaN
        arrival = np.where(arrival < 0, np.nan, arrival)
        departure = np.where(departure < 0, np.nan, departure)
    if np.isnan(arrival).any():
        arrival = np.where(np.isnan(arrival), departure, arrival)
    if np.isnan(departure).any():
        departure = np.where(np.isnan(departure), arrival, departure)
    if sequence.dtype.kind != "i":
        sequence = sequence.astype(np.int64)
    rows = None  # the row in the file of every stop time (None: the same order)
    if n > 1 and not _in_order(trip, sequence):
        key = trip.astype(np.int64) * (np.int64(1) << 32) + (sequence - sequence.min())
        rows = np.argsort(key, kind="stable")
        del key
        progress.check()
        trip, stop, sequence = trip[rows], stop[rows], sequence[rows]
        arrival, departure = arrival[rows], departure[rows]
    progress.set(60)
    progress.check()
    keep = duplicates(feed, trip, sequence, stop, arrival, departure, rows)
    if keep is not None:
        rows = np.flatnonzero(keep) if rows is None else rows[keep]
        trip, stop, sequence = trip[keep], stop[keep], sequence[keep]
        arrival, departure = arrival[keep], departure[keep]
    progress.check()
    arrival, departure = running_order(feed, trip, sequence, arrival, departure, rows)
    progress.set(70)
    progress.check()
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
    columns = {"trip": trip, "stop": stop, "stop_sequence": sequence}
    columns.update(arrival=arrival, departure=departure)
    del trip, stop, sequence, arrival, departure
    for name in list(columns):  # one at a time: each float array let go once converted
        columns[name] = columns[name].astype(np.int32, copy=False)
    columns["last_stop"] = last
    return frame_of(columns)  # (setting them as columns would copy them)


def _in_order(trip, sequence) -> bool:
    """True when the stop times are sorted by trip and, within a trip, by a rising
    stop_sequence (as most feeds write them)."""
    later = trip[1:] > trip[:-1]
    later |= (trip[1:] == trip[:-1]) & (sequence[1:] > sequence[:-1])
    return bool(later.all())


def _numbers(values, parse, column: str, problem: str, action: str):
    """A column as numbers: already numbers when the plain reader parsed it
    (``gtfs_stop_times_read``), else float numbers parsed from its text categories."""
    if values.dtype.kind in "fi":
        return values.to_numpy()
    return parse_category(values, parse, "stop_times", column, problem, action)


def _line(rows, i) -> int:
    """The line in stop_times.txt of sorted stop time ``i``."""
    return line_of(i if rows is None else rows[i])


def _time(value) -> str:
    return "no time" if value != value else format_time(value)


def duplicates(feed, trip, sequence, stop, arrival, departure, rows):
    """None, or the rows to keep when a trip has a stop_sequence twice (sorted input).

    Exact copies (same stop and times) are dropped with a warning: a feed whose rows
    appear twice would otherwise count every departure twice. Copies that differ stop the
    reading: which of them is right cannot be told."""
    np = require("numpy")
    later = np.flatnonzero((trip[1:] == trip[:-1]) & (sequence[1:] == sequence[:-1])) + 1
    if not len(later):
        return None
    earlier = later - 1

    def same(values):
        a, b = values[later], values[earlier]
        return (a == b) | (np.isnan(a) & np.isnan(b))

    differ = later[~((stop[later] == stop[earlier]) & same(arrival) & same(departure))]
    trip_ids = feed.trips["trip_id"].to_numpy()
    stop_ids = feed.stops["stop_id"].to_numpy()
    if len(differ):
        i, j = differ[0] - 1, differ[0]
        more = f" ({len(differ) - 1} more like it)" if len(differ) > 1 else ""
        raise InputError(
            f"stop_times.txt lines {_line(rows, i)} and {_line(rows, j)}: trip "
            f"{trip_ids[trip[j]]} has stop_sequence {sequence[j]} twice, with different stops "
            f"or times ({stop_ids[stop[i]]} at {_time(departure[i])}, {stop_ids[stop[j]]} at "
            f"{_time(departure[j])}){more}. Each stop time of a trip needs its own "
            "stop_sequence; ask the feed's publisher for a corrected feed."
        )
    trips = list(dict.fromkeys(trip_ids[trip[later[:200]]]))[:3]
    feed.warn(
        "stop_times",
        None,
        f"{counted(len(later), 'stop time occurs', 'stop times occur')} twice (same trip, "
        "stop_sequence, stop and times; e.g. "
        f"trip {', '.join(map(str, trips))}, line {_line(rows, later[0])}); the copies are "
        "left out, so each departure counts once.",
    )
    keep = np.ones(len(trip), dtype=bool)
    keep[later] = False
    return keep


HALF_DAY = 43_200  # seconds; a trip whose times fall by more restarted its clock at midnight


def running_order(feed, trip, sequence, arrival, departure, rows):
    """Times that run backwards within a trip (a later stop_sequence at an earlier time).

    A trip whose times fall by more than 12 hours and then go on running forward passed
    midnight with times written from 00:00 again: they are read past 24:00 (23:55, 00:05 →
    23:55, 24:05), as GTFS writes them, with a warning. Other backward times are used as
    given, with a warning naming the trips."""
    np = require("numpy")
    every = departure.dtype.kind in "iu"  # the plain reader's whole seconds: every stop timed
    timed = None if every else np.flatnonzero(~np.isnan(departure))
    if not every and len(timed) == len(departure):
        every = True
    if not len(departure) or (timed is not None and len(timed) < 1):
        return arrival, departure
    with np.errstate(invalid="ignore"):
        if every:  # every stop time timed: views, no copies
            later = trip[1:] == trip[:-1]
            backwards = later & (arrival[1:] < departure[:-1])
        else:
            later = trip[timed[1:]] == trip[timed[:-1]]
            backwards = later & (arrival[timed[1:]] < departure[timed[:-1]])
        if not ((departure < arrival).any() or backwards.any()):
            return arrival, departure
        del later, backwards
    if timed is None:  # (only now: a rare feed whose times run backwards)
        timed = np.arange(len(departure))
    # arrival and departure of every timed stop, in running order
    values = np.empty(2 * len(timed))
    values[0::2], values[1::2] = arrival[timed], departure[timed]
    owner = np.repeat(trip[timed], 2)
    same_trip = owner[1:] == owner[:-1]
    wrap = same_trip & (values[1:] < values[:-1] - HALF_DAY)
    back = same_trip & (values[1:] < values[:-1])
    if not back.any():
        return arrival, departure
    trip_ids = feed.trips["trip_id"].to_numpy()
    bad_trips = np.zeros(len(feed.trips), dtype=bool)
    if wrap.any():
        counts = np.r_[0, np.cumsum(wrap)]
        starts = np.flatnonzero(np.r_[True, ~same_trip])
        first = np.repeat(starts, np.diff(np.r_[starts, len(values)]))
        shifted = values + 86_400 * (counts - counts[first])
        still_back = same_trip & (shifted[1:] < shifted[:-1])
        bad_trips[owner[1:][still_back]] = True
        fixed = np.zeros(len(feed.trips), dtype=bool)
        fixed[owner[1:][wrap]] = True
        fixed &= ~bad_trips
        use = fixed[owner]
        values = np.where(use, shifted, values)
        arrival, departure = arrival.copy(), departure.copy()
        arrival[timed], departure[timed] = values[0::2], values[1::2]
        k = int(np.flatnonzero(wrap & fixed[owner[1:]])[0]) + 1 if fixed.any() else None
        if k is not None:
            i = timed[k // 2]
            feed.warn(
                "stop_times",
                None,
                f"{counted(fixed.sum(), 'trip passes', 'trips pass')} midnight with times "
                "that start again at "
                f"00:00 (e.g. trip {trip_ids[trip[i]]}, stop_sequence {sequence[i]} at "
                f"{_time(values[k] - 86_400)} after {_time(values[k - 1])}, line "
                f"{_line(rows, i)}); GTFS writes them past 24:00 and they are read so "
                f"({_time(values[k])}), on the service day the trip starts.",
            )
    else:
        bad_trips[owner[1:][back]] = True
    if bad_trips.any():
        k = int(np.flatnonzero(back & bad_trips[owner[1:]])[0]) + 1
        i = timed[k // 2]
        given = np.empty(2 * len(timed))  # as in the file for these trips
        given[0::2], given[1::2] = arrival[timed], departure[timed]
        feed.warn(
            "stop_times",
            None,
            f"{counted(bad_trips.sum(), 'trip has', 'trips have')} times that run "
            "backwards (e.g. trip "
            f"{trip_ids[trip[i]]}, stop_sequence {sequence[i]} at {_time(given[k])} after "
            f"{_time(given[k - 1])}, line {_line(rows, i)}); their times are used as given, "
            "so some departures may be counted at the wrong time. Correct the times in "
            "stop_times.txt.",
        )
    return arrival, departure


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


def build_frequencies(raw, feed):
    """frequencies.txt as int32 columns; periods that end before they start (or where they
    start) have no vehicles and are named in a warning."""
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
        raw["trip_id"], pd.Index(feed.trips["trip_id"]), "frequencies", "trip_id", "trips.txt"
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
    empty = np.flatnonzero(values["end_time"] <= values["start_time"])
    if len(empty):
        i = empty[0]
        feed.warn(
            "frequencies",
            line_of(i) if len(empty) == 1 else None,
            f"{counted(len(empty), 'period has', 'periods have')} an end_time that is not "
            f"after its start_time (e.g. line {line_of(i)}: trip "
            f"{feed.trips['trip_id'].iat[trip[i]]} from {format_time(values['start_time'][i])} "
            f"to {format_time(values['end_time'][i])}); no vehicles are counted for them. "
            "Times after midnight are written past 24:00 (e.g. 25:00:00); correct start_time "
            "and end_time.",
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
