"""Earliest arrival by public transport, round by round (RAPTOR), for many origins at once.

Round k finds the earliest arrival at every stop with at most k vehicles: a vehicle can be
boarded at a stop when one can be there (walked from the origin, or changed to after an
earlier round) no later than it departs; once on board, every later stop of the vehicle is
reached at its arrival time. After each round the stops reached by vehicle spread over the
transfers (:func:`..footpaths.transfer_edges`, one walk, change time included). Rounds stop
after ``max_transfers`` + 1 vehicles or when nothing improves.

Unlike the textbook RAPTOR, which scans route by route in a loop, every round here is a
few numpy operations over (stop event × column) matrices, a column being one origin at one
departure time: whether a vehicle can be boarded at an event, a running maximum along each
vehicle (the last boarding so far) to know which events are reached on board, and a
minimum per stop. Only the vehicles that some column can board are scanned, so a chunk of
neighbouring origins touches a small part of a national timetable.
"""

from __future__ import annotations

from ...common.dependencies import require
from ...common.progress import NO_PROGRESS, Progress

INF = 2_000_000_000  # "not reached" (int32; adding a walk to it cannot overflow)
CELLS = 6_000_000  # events × columns per matrix step (about 120 MB of temporaries)


def earliest_arrivals(
    timetable,
    transfers,
    board,
    horizon,
    max_transfers: int = 4,
    progress: Progress = NO_PROGRESS,
):
    """Earliest arrival by vehicle at every stop (int32 stops × columns, :data:`INF` when
    not reached by ``horizon``).

    ``transfers``: (from, to, seconds) sorted by ``to`` (:func:`..footpaths.transfer_edges`);
    ``board``: int32 stops × columns, the earliest time one can board at each stop
    (walked from the origin; :data:`INF` elsewhere), updated in place; ``horizon``: int32
    per column, the latest arrival that counts."""
    np = require("numpy")
    n_stops, n_cols = board.shape
    best = np.full((n_stops, n_cols), INF, dtype=np.int32)
    horizon = np.asarray(horizon, np.int32)
    t_from, t_to, t_secs = transfers
    ev_stop, ev_arr, ev_dep = timetable.stop, timetable.arrival, timetable.departure
    ev_vehicle = timetable.vehicle
    for _round in range(max_transfers + 1):
        progress.check()
        sub = _boardable_events(ev_stop, ev_dep, ev_vehicle, board.min(axis=1))
        if not len(sub):
            break
        stops, arrivals = _ride(
            ev_stop[sub], ev_arr[sub], ev_dep[sub], ev_vehicle[sub], board, horizon
        )
        if not len(stops):
            break
        improved = arrivals < best[stops]
        if not improved.any():
            break
        best[stops] = np.minimum(best[stops], arrivals)
        arrived = np.where(improved, arrivals, INF)
        _transfer(arrived, stops, n_stops, t_from, t_to, t_secs, board)
        progress.set(100.0 * (_round + 1) / (max_transfers + 1))
    return best


def _boardable_events(ev_stop, ev_dep, ev_vehicle, board_min):
    """Indices of the events of vehicles some column can board, from the first event where
    one can (the events before cannot be reached on board)."""
    np = require("numpy")
    can = np.flatnonzero(board_min[ev_stop] <= ev_dep)
    if not len(can):
        return can
    vehicles = ev_vehicle[can]
    first = np.ones(len(can), dtype=bool)
    first[1:] = vehicles[1:] != vehicles[:-1]
    start = np.full(int(ev_vehicle[-1]) + 1, -1, dtype=np.int64)
    start[vehicles[first]] = can[first]
    begin = start[ev_vehicle]
    return np.flatnonzero((begin >= 0) & (np.arange(len(ev_vehicle)) >= begin))


def _ride(stop, arr, dep, vehicle, board, horizon):
    """One round over the given events (whole tails of vehicles, in running order): the
    stops reached on board and their earliest arrival per column (unique stops × columns)."""
    np = require("numpy")
    n = len(stop)
    new = np.ones(n, dtype=bool)
    new[1:] = vehicle[1:] != vehicle[:-1]
    block = np.flatnonzero(new)[np.cumsum(new) - 1]  # local index of the vehicle's first event
    order = np.argsort(stop, kind="stable")
    sorted_stop = stop[order]
    heads = np.ones(n, dtype=bool)
    heads[1:] = sorted_stop[1:] != sorted_stop[:-1]
    starts = np.flatnonzero(heads)
    stops = sorted_stop[starts]
    out = np.empty((len(stops), board.shape[1]), dtype=np.int32)
    width = max(1, CELLS // max(n, 1))
    index = np.arange(n, dtype=np.int32)[:, None]
    for lo in range(0, board.shape[1], width):
        cols = slice(lo, lo + width)
        can = board[stop, cols] <= dep[:, None]
        last = np.where(can, index, -1)
        np.maximum.accumulate(last, axis=0, out=last)
        onboard = np.empty_like(can)
        onboard[0] = False
        onboard[1:] = last[:-1] >= block[1:, None]
        onboard[new] = False  # the previous row is another vehicle's
        reach = np.where(onboard & (arr[:, None] <= horizon[None, cols]), arr[:, None], INF)
        out[:, cols] = np.minimum.reduceat(reach[order], starts, axis=0)
    return stops, out


def _transfer(arrived, stops, n_stops, t_from, t_to, t_secs, board):
    """Spread arrivals over the transfers into ``board`` (in place)."""
    np = require("numpy")
    row = np.full(n_stops, -1, dtype=np.int64)
    useful = (arrived < INF).any(axis=1)
    row[stops[useful]] = np.flatnonzero(useful)
    use = np.flatnonzero(row[t_from] >= 0)
    if not len(use):
        return
    to = t_to[use]
    heads = np.ones(len(use), dtype=bool)
    heads[1:] = to[1:] != to[:-1]
    starts = np.flatnonzero(heads)
    width = max(1, CELLS // len(use))
    for lo in range(0, board.shape[1], width):
        cols = slice(lo, lo + width)
        values = arrived[row[t_from[use]], cols]
        values = np.where(values < INF, values + t_secs[use, None], INF)
        best = np.minimum.reduceat(values, starts, axis=0)
        target = to[starts]
        board[target, cols] = np.minimum(board[target, cols], best)
