"""Earliest arrival by public transport, round by round (RAPTOR), for many origins at once.

Round k finds the earliest arrival at every stop with at most k vehicles. A label is one
column (an origin at one departure time) able to board at a stop from a time: walked there
from the origin, or changed to after the previous round. For every label and every pattern
(:mod:`.patterns`) that calls at its stop, the first trip that leaves at or after that time
is boarded, and every later stop of the trip is reached at its arrival time. The stops
reached by vehicle then spread over the transfers (:func:`.footpaths.transfer_edges`: one
walk, change time included) into the next round's labels. Rounds stop after
``max_transfers`` + 1 vehicles or when nothing improves.

Only labels that improved are carried to the next round (RAPTOR's marked stops), and a
trip is followed from a stop only until a stop further on where the same column catches an
earlier trip of the pattern (RAPTOR's scan of a route from its first marked stop). Every
step is a numpy operation over all labels of all columns together; the minimum per stop
and column is found by sorting (stop, column, time) keys.
"""

from __future__ import annotations

from ...common.dependencies import require
from ...common.progress import NO_PROGRESS, Progress
from .patterns import SHIFT

INF = 2_000_000_000  # "not reached" (int32; adding a walk to it cannot overflow)


def transfer_index(transfers, n_stops):
    """Transfers (from, to, seconds) as a table by ``from``: (ptr, to, seconds)."""
    np = require("numpy")
    t_from, t_to, t_secs = (np.asarray(a) for a in transfers)
    order = np.argsort(t_from, kind="stable")
    ptr = np.searchsorted(t_from[order], np.arange(n_stops + 1))
    return ptr.astype(np.int64), t_to[order].astype(np.int64), t_secs[order].astype(np.int64)


def earliest_arrivals(
    patterns, transfers, board, horizon, max_transfers: int = 3, progress: Progress = NO_PROGRESS
):
    """Earliest arrival by vehicle at every stop (int32 stops × columns, :data:`INF` when
    not reached by ``horizon``).

    ``transfers``: :func:`transfer_index`; ``board``: int32 stops × columns, when one can
    board at each stop walked from the origin (:data:`INF` elsewhere), updated in place;
    ``horizon``: int64 per column, the latest arrival that counts."""
    np = require("numpy")
    n_stops, n_cols = board.shape
    best = np.full((n_stops, n_cols), INF, dtype=np.int32)
    horizon = np.asarray(horizon, np.int64)
    stop, col = np.nonzero(board < INF)
    time = board[stop, col].astype(np.int64)
    for k in range(max_transfers + 1):
        progress.check()
        if not len(stop):
            break
        s, c, t = _ride(patterns, stop, col, time, horizon)
        s, c, t = _least(s, c, t, n_cols)
        better = t < best[s, c]
        s, c, t = s[better], c[better], t[better]
        if not len(s):
            break
        best[s, c] = t
        if k == max_transfers:
            break
        stop, col, time = _transfer(transfers, s, c, t, horizon, board, n_cols)
        progress.set(100.0 * (k + 1) / (max_transfers + 1))
    return best


def _ride(pt, stop, col, time, horizon):
    """Arrivals (stop, column, time) of the first trips catchable from the labels."""
    np = require("numpy")
    count = pt.stop_ptr[stop + 1] - pt.stop_ptr[stop]
    label = np.repeat(np.arange(len(stop)), count)
    offset = np.arange(len(label)) - np.repeat(np.cumsum(count) - count, count)
    ps = pt.stop_ps[pt.stop_ptr[stop[label]] + offset]
    c, t = col[label], time[label]
    row = np.searchsorted(pt.key, (ps << SHIFT) | t)
    p = pt.ps_pattern[ps]
    trip = row - pt.key_first[ps]
    ok = trip < pt.trips[p]
    ps, c, trip, p = ps[ok], c[ok], trip[ok], p[ok]
    pos = pt.ps_pos[ps]
    # per (pattern, column): keep a boarding only if it catches an earlier trip than every
    # boarding before it on the pattern; follow it until the next kept one
    order = np.lexsort((pos, c, p))
    p, c, pos, trip = p[order], c[order], pos[order], trip[order]
    group_start = np.r_[True, (p[1:] != p[:-1]) | (c[1:] != c[:-1])]
    group = np.cumsum(group_start)
    big = np.int64(1) << 40
    running = np.maximum.accumulate(group * big - trip)  # group·big − least trip so far
    before = np.r_[np.int64(-1), running[:-1]]
    keep = group_start | (group * big - trip > before)
    p, c, pos, trip, group = p[keep], c[keep], pos[keep], trip[keep], group[keep]
    last = pt.length[p] - 1
    same_next = np.r_[group[1:] == group[:-1], False]
    end = np.where(same_next, np.r_[pos[1:], 0], last)
    n = end - pos
    item = np.repeat(np.arange(len(p)), n)
    j = pos[item] + 1 + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    pp = p[item]
    s = pt.ps_stop[pt.start[pp] + j]
    a = pt.arrival[pt.base[pp] + trip[item] * pt.length[pp] + j]
    cc = c[item]
    inside = a <= horizon[cc]
    return s[inside], cc[inside], a[inside]


def _least(stop, col, time, n_cols):
    """One (stop, column) each with its least time."""
    np = require("numpy")
    if not len(stop):
        return stop, col, time
    base = int(time.min())
    span = int(time.max()) - base + 1
    composite = (stop * n_cols + col) * span + (time - base)
    composite = np.sort(composite)
    cell = composite // span
    first = np.r_[True, cell[1:] != cell[:-1]]
    cell, value = cell[first], composite[first] % span + base
    return cell // n_cols, cell % n_cols, value


def _transfer(transfers, stop, col, time, horizon, board, n_cols):
    """Spread arrivals over the transfers; the improved boarding labels (also written into
    ``board``)."""
    s, c, t = walked(transfers, stop, col, time, horizon, n_cols)
    better = t < board[s, c]
    s, c, t = s[better], c[better], t[better]
    board[s, c] = t
    return s, c, t


def walked(transfers, stop, col, time, horizon, n_cols):
    """The arrivals ``time`` at ``stop`` (one per column ``col``) spread over each stop's
    transfers (change time included), the least per stop and column within ``horizon``."""
    np = require("numpy")
    ptr, to, secs = transfers
    count = ptr[stop + 1] - ptr[stop]
    item = np.repeat(np.arange(len(stop)), count)
    edge = np.repeat(ptr[stop], count) + (
        np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    )
    s, c, t = to[edge], col[item], time[item] + secs[edge]
    inside = t <= horizon[c]
    return _least(s[inside], c[inside], t[inside], n_cols)
