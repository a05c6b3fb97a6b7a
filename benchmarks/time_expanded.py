"""The plain search the router is checked against: Dijkstra (scipy.sparse.csgraph) on a
time-expanded graph of the same timetable, transfers and walking (not part of the plugin;
used by bench_router.py and tests/core/transit/test_router_real.py).

Nodes are moments: every stop event's arrival and departure on its vehicle, and a chain
of waiting moments per stop. Edges: ride (departure → next arrival), stay on board
(arrival → departure), board (waiting at the stop at the departure time → departure),
wait (moment → next moment at the stop), alight and walk a transfer (arrival → waiting at
the other stop after the walk and change time), and from each origin-departure source to
waiting at the stops it walks to. Every weight is a difference of times, so the distance
to an arrival node plus the departure time is that arrival time. No limit on transfers.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

INF = 2_000_000_000
EPS = 1e-6  # scipy drops zero weights; a tiny weight keeps the edges (rounded away)


def earliest_arrivals(timetable, transfers, sources, horizon):
    """Earliest arrival by vehicle per stop (int64 stops × columns, INF when not reached).

    ``sources``: list per column of (stops, board times, departure time): the stops walked
    to from the origin, when one is there, and when one left the origin;
    ``horizon``: latest arrival that counts, per column."""
    stop, arr, dep = timetable.stop, timetable.arrival.astype(np.int64), timetable.departure
    dep = dep.astype(np.int64)
    n_ev, n_stops = len(stop), timetable.n_stops
    t_from, t_to, t_secs = (np.asarray(a) for a in transfers)
    # waiting moments: boarding times, times reached by a transfer, times reached from origins
    order = np.argsort(t_from, kind="stable")
    f_sorted = t_from[order]
    lo = np.searchsorted(f_sorted, stop, "left")
    hi = np.searchsorted(f_sorted, stop, "right")
    count = hi - lo
    ev_rep = np.repeat(np.arange(n_ev), count)
    pick = order[
        np.repeat(lo, count) + np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    ]
    tr_stop, tr_time = t_to[pick], arr[ev_rep] + t_secs[pick]
    src_col = np.concatenate([np.full(len(s), c) for c, (s, _, _) in enumerate(sources)] or [[]])
    src_stop = np.concatenate([s for s, _, _ in sources] or [[]]).astype(np.int64)
    src_time = np.concatenate([t for _, t, _ in sources] or [[]]).astype(np.int64)
    w_stop = np.concatenate([stop, tr_stop, src_stop]).astype(np.int64)
    w_time = np.concatenate([dep, tr_time, src_time]).astype(np.int64)
    key = np.unique(w_stop * (1 << 32) + w_time)
    n_wait = len(key)
    wait_stop, wait_time = key >> 32, key & ((1 << 32) - 1)

    def wait_node(s, t):
        return 2 * n_ev + np.searchsorted(key, s * (1 << 32) + t)

    arr_node, dep_node = np.arange(n_ev), n_ev + np.arange(n_ev)
    same = np.r_[timetable.vehicle[1:] == timetable.vehicle[:-1], False]
    chain = np.flatnonzero(wait_stop[1:] == wait_stop[:-1])
    n_src = len(sources)
    src_node = 2 * n_ev + n_wait + np.arange(n_src)
    rows = [
        arr_node,  # stay on board
        dep_node[same],  # ride
        2 * n_ev + chain,  # wait
        wait_node(stop, dep),  # board
        arr_node[ev_rep],  # alight and transfer
        src_node[src_col.astype(np.int64)] if n_src else np.array([], np.int64),
    ]
    cols = [
        dep_node,
        arr_node[np.flatnonzero(same) + 1],
        2 * n_ev + chain + 1,
        dep_node,
        wait_node(tr_stop, tr_time),
        wait_node(src_stop, src_time),
    ]
    weights = [
        dep - arr,
        arr[np.flatnonzero(same) + 1] - dep[same],
        wait_time[chain + 1] - wait_time[chain],
        np.zeros(n_ev),
        t_secs[pick],
        src_time - np.array([sources[c][2] for c in src_col.astype(np.int64)], dtype=np.int64),
    ]
    n = 2 * n_ev + n_wait + n_src
    graph = csr_matrix(
        (np.concatenate(weights).astype(float) + EPS, (np.concatenate(rows), np.concatenate(cols))),
        shape=(n, n),
    )
    graph.sum_duplicates()  # (duplicates keep the sum; identical edges are not made above)
    best = np.full((n_stops, n_src), INF, dtype=np.int64)
    for c in range(n_src):
        s, _, t0 = sources[c]
        if not len(s):
            continue
        dist = dijkstra(graph, indices=src_node[c], limit=float(horizon[c] - t0) + 0.5)
        reached = np.flatnonzero(np.isfinite(dist[arr_node]))
        times = t0 + np.rint(dist[arr_node][reached]).astype(np.int64)
        assert (times == arr[reached]).all()  # every weight is a difference of times
        ok = times <= horizon[c]
        np.minimum.at(best[:, c], stop[reached][ok], times[ok])
    return best
