"""The timetable grouped for RAPTOR: vehicles that call at the same stops in the same
order form a pattern (a route in RAPTOR's sense), their trips sorted by departure.

Within a pattern no trip may overtake another (leave a stop earlier and arrive at a later
one later); where a feed has such trips the pattern is split into lanes that do not
overtake, so that "the first trip that leaves after I am at the stop" is always the one
that arrives first everywhere after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...common.dependencies import require

SHIFT = 32  # board keys: pattern-stop << 32 | departure time


@dataclass
class Patterns:
    """Patterns of a :class:`.connections.Timetable` (int arrays):

    - per pattern p: ``start`` (first pattern-stop), ``length`` (stops), ``trips``,
      ``base`` (offset of its trips × stops times in ``arrival``/``departure``);
    - per pattern-stop: ``ps_stop``, ``ps_pattern``, ``ps_pos``;
    - boarding: ``key`` (sorted pattern-stop << 32 | departure of each trip, last stops
      left out), ``key_first`` (per pattern-stop its first row in ``key``);
      ``stop_ptr``/``stop_ps``: per stop the pattern-stops one can board there."""

    start: object
    length: object
    trips: object
    base: object
    ps_stop: object
    ps_pattern: object
    ps_pos: object
    arrival: object
    departure: object
    key: object
    key_first: object
    stop_ptr: object
    stop_ps: object


def build_patterns(timetable) -> Patterns:
    np = require("numpy")
    stop, arr, dep, vehicle = (
        timetable.stop,
        timetable.arrival,
        timetable.departure,
        timetable.vehicle,
    )
    n_ev = len(stop)
    if n_ev == 0:
        return _empty(timetable.n_stops)
    heads = np.flatnonzero(np.r_[True, vehicle[1:] != vehicle[:-1]])
    length = np.diff(np.r_[heads, n_ev])
    pos = np.arange(n_ev) - np.repeat(heads, length)
    pattern = _same_stops(stop, pos, heads, length)
    first_dep = dep[heads]
    pattern = _lanes(pattern, first_dep, heads, length, arr, dep)
    order = np.lexsort((first_dep, pattern))  # vehicles by pattern, then first departure
    pat_sorted = pattern[order]
    new = np.r_[True, pat_sorted[1:] != pat_sorted[:-1]]
    p_first = np.flatnonzero(new)
    n_pat = len(p_first)
    p_of_vehicle = np.cumsum(new) - 1
    p_len = length[order][p_first]
    p_trips = np.diff(np.r_[p_first, len(order)])
    p_base = np.r_[0, np.cumsum(p_len * p_trips)[:-1]].astype(np.int64)
    p_start = np.r_[0, np.cumsum(p_len)[:-1]].astype(np.int64)
    # times of every pattern as trips × stops, in vehicle order
    v_len = length[order]
    rows = np.repeat(heads[order], v_len) + (
        np.arange(int(v_len.sum())) - np.repeat(np.cumsum(v_len) - v_len, v_len)
    )
    arrival, departure = arr[rows], dep[rows]
    # pattern-stops
    first_vehicle = heads[order][p_first]
    ps_pattern = np.repeat(np.arange(n_pat), p_len)
    ps_pos = np.arange(int(p_len.sum())) - np.repeat(p_start, p_len)
    ps_stop = stop[np.repeat(first_vehicle, p_len) + ps_pos]
    # boarding keys: for every trip at every stop but the last, in pattern-stop order
    k = np.arange(len(order)) - p_first[p_of_vehicle]  # trip number within its pattern
    trip_of_row = np.repeat(k, v_len)
    pat_of_row = np.repeat(p_of_vehicle, v_len)
    pos_of_row = np.arange(len(rows)) - np.repeat(np.cumsum(v_len) - v_len, v_len)
    boardable = pos_of_row < p_len[pat_of_row] - 1
    ps_of_row = p_start[pat_of_row] + pos_of_row
    sel = np.flatnonzero(boardable)
    sel = sel[np.lexsort((trip_of_row[sel], ps_of_row[sel]))]
    key = (ps_of_row[sel].astype(np.int64) << SHIFT) | departure[sel].astype(np.int64)
    key_first = np.searchsorted(key, np.arange(len(ps_stop), dtype=np.int64) << SHIFT)
    can_board = ps_pos < p_len[ps_pattern] - 1
    board_ps = np.flatnonzero(can_board)
    board_ps = board_ps[np.argsort(ps_stop[board_ps], kind="stable")]
    stop_ptr = np.searchsorted(ps_stop[board_ps], np.arange(timetable.n_stops + 1))
    return Patterns(
        start=p_start,
        length=p_len.astype(np.int64),
        trips=p_trips.astype(np.int64),
        base=p_base,
        ps_stop=ps_stop.astype(np.int64),
        ps_pattern=ps_pattern.astype(np.int64),
        ps_pos=ps_pos.astype(np.int64),
        arrival=arrival.astype(np.int64),
        departure=departure.astype(np.int64),
        key=key,
        key_first=key_first.astype(np.int64),
        stop_ptr=stop_ptr.astype(np.int64),
        stop_ps=board_ps.astype(np.int64),
    )


def _same_stops(stop, pos, heads, length):
    """A pattern number per vehicle: equal for vehicles with the same stop sequence (two
    polynomial hashes and the length, then checked stop by stop)."""
    np = require("numpy")
    n_max = int(length.max())
    powers = []
    for base in (1_000_003, 998_244_353):
        p = np.full(n_max, base, dtype=np.uint64)
        p[0] = 1
        powers.append(np.cumprod(p, dtype=np.uint64))
    s = stop.astype(np.uint64) + np.uint64(1)
    h1 = np.add.reduceat(s * powers[0][pos], heads)
    h2 = np.add.reduceat((s * np.uint64(31) + np.uint64(7)) * powers[1][pos], heads)
    table = np.stack([length.astype(np.uint64), h1, h2], axis=1)
    _, pattern = np.unique(table, axis=0, return_inverse=True)
    pattern = pattern.ravel()
    # check: every vehicle's stops equal those of its pattern's first vehicle
    first = np.full(pattern.max() + 1, -1, dtype=np.int64)
    first[pattern[::-1]] = np.arange(len(pattern))[::-1]
    ref = heads[first[pattern]]
    rep_ref = np.repeat(ref, length) + pos
    bad = np.flatnonzero(stop != stop[rep_ref])
    if len(bad):  # a hash collision (never seen): give those vehicles patterns of their own
        owners = np.unique(np.searchsorted(heads, bad, side="right") - 1)
        pattern = pattern.copy()
        pattern[owners] = pattern.max() + 1 + np.arange(len(owners))
    return pattern


def _lanes(pattern, first_dep, heads, length, arr, dep):
    """Split patterns whose trips overtake into lanes without overtaking."""
    np = require("numpy")
    order = np.lexsort((first_dep, pattern))
    same = pattern[order][1:] == pattern[order][:-1]
    a, b = order[:-1][same], order[1:][same]  # consecutive vehicles of one pattern
    if not len(a):
        return pattern
    m = length[a]
    idx = np.arange(int(m.sum())) - np.repeat(np.cumsum(m) - m, m)
    ea, eb = np.repeat(heads[a], m) + idx, np.repeat(heads[b], m) + idx
    back = (arr[eb] < arr[ea]) | (dep[eb] < dep[ea])
    pair_bad = np.add.reduceat(back.astype(np.int64), np.r_[0, np.cumsum(m)[:-1]]) > 0
    if not pair_bad.any():
        return pattern
    pattern = pattern.copy()
    next_id = int(pattern.max()) + 1
    for p in np.unique(pattern[a[pair_bad]]):
        members = order[pattern[order] == p]
        lanes = []  # (last vehicle's arrivals, departures, id)
        for v in members:
            rows = slice(heads[v], heads[v] + length[v])
            for lane in lanes:
                if (arr[rows] >= lane[0]).all() and (dep[rows] >= lane[1]).all():
                    lane[0], lane[1] = arr[rows], dep[rows]
                    pattern[v] = lane[2]
                    break
            else:
                lane_id = p if not lanes else next_id
                next_id += 0 if not lanes else 1
                lanes.append([arr[rows], dep[rows], lane_id])
                pattern[v] = lane_id
    return pattern


def _empty(n_stops):
    np = require("numpy")
    z = np.zeros(0, np.int64)
    return Patterns(z, z, z, z, z, z, z, z, z, z, z, np.zeros(n_stops + 1, np.int64), z)
