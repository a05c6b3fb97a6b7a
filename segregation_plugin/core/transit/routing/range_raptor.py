"""Earliest arrivals over a whole departure window at once (range RAPTOR).

Leaving earlier never arrives later (one can wait at the origin), so the departures of the
window are routed from the last to the first and every departure starts from the labels
the later ones left: per round k the earliest arrival at each stop with at most k + 1
rides, and the earliest time one can board there for ride k + 1. A departure then only
carries on from the stops where it does better than the departures after it; for a
window sampled every minute most departures wait for the same vehicles as the next one
and are done after a few labels. Each departure's result is the last round's arrivals
that lie within its own longest travel time, exactly what routing that departure alone
(:func:`.raptor.earliest_arrivals`) gives; the tests assert the two agree.
"""

from __future__ import annotations

from ...common.dependencies import require
from ...common.progress import NO_PROGRESS, Progress
from .raptor import INF, _least, _ride, walked


def range_arrivals(
    patterns,
    transfers,
    access,
    n_origins: int,
    times,
    max_seconds: int,
    max_transfers: int = 3,
    progress: Progress = NO_PROGRESS,
):
    """Earliest arrival by vehicle (int32 stops × origins × departures, :data:`.raptor.INF`
    when not reached within ``max_seconds`` of the departure).

    ``transfers``: :func:`.raptor.transfer_index`; ``access``: (stop, origin, seconds)
    walks from the origins (0 … n_origins − 1) to stops; ``times``: the departures,
    ascending."""
    np = require("numpy")
    n_stops = len(patterns.stop_ptr) - 1
    rounds = max_transfers + 1
    best = np.full((rounds, n_stops, n_origins), INF, dtype=np.int32)
    board = np.full((rounds, n_stops, n_origins), INF, dtype=np.int32)
    out = np.full((n_stops, n_origins, len(times)), INF, dtype=np.int32)
    a_stop, a_origin, a_secs = (np.asarray(a, np.int64) for a in access)
    for j in range(len(times) - 1, -1, -1):
        progress.check()
        depart = int(times[j])
        horizon = np.full(n_origins, depart + max_seconds, dtype=np.int64)
        s, c, t = _least(a_stop, a_origin, depart + a_secs, n_origins)
        s, c, t = _improve(board, 0, s, c, t)
        for k in range(rounds):
            if not len(s):
                break
            s, c, t = _ride(patterns, s, c, t, horizon)
            s, c, t = _least(s, c, t, n_origins)
            s, c, t = _improve(best, k, s, c, t)
            if k + 1 == rounds or not len(s):
                break
            s, c, t = walked(transfers, s, c, t, horizon, n_origins)
            s, c, t = _improve(board, k + 1, s, c, t)
        last = best[rounds - 1]
        out[:, :, j] = np.where(last <= depart + max_seconds, last, INF)
        progress.set(100.0 * (len(times) - j) / len(times))
    return out


def _improve(labels, k, stop, col, time):
    """The labels that beat round ``k``'s (one per stop and column), written into round k
    and every later round (a label with fewer rides counts for more rides too)."""
    np = require("numpy")
    better = time < labels[k, stop, col]
    stop, col, time = stop[better], col[better], time[better]
    for later in range(k, labels.shape[0]):
        current = labels[later, stop, col]
        labels[later, stop, col] = np.minimum(time, current)
    return stop, col, time
