"""Directions of trips whose feed gives no ``direction_id`` (METHODS.md §6, PTAL).

TfL counts a route's frequency in its busier direction; a feed without ``direction_id``
would otherwise add both directions together. The direction is read from the order in
which a trip calls at its stops (grouped to stations), route by route:

1. the route's most common stop pattern (the longest of equally common ones) is direction
   0 — or, where some of the route's trips have a ``direction_id``, its most common pattern
   with a given direction keeps it;
2. each stop of another pattern stands for the nearest stop of an assigned pattern within
   300 m (the same stop, or the platform across the street, which feeds often give a
   stop_id of its own); a pattern that passes those stops in the same order has the
   assigned pattern's direction, in the reverse order the other one (the majority of the
   steps decides); assigned patterns serve as references in turn;
3. a pattern with fewer than two stops near any assigned one starts a direction of its
   own (a branch under the same route_id), numbered 2, 3, … so that it never adds up with
   another; a pattern whose order is a tie also gets one of its own and is counted as
   *undecided*.

On the real feeds at hand (Cairns, 22 routes; the sample, 31 routes) and the benchmark's
national feed (8,017 routes) the directions read this way agree with ``direction_id`` for
every route.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..common.dependencies import require

NEAR = 300.0  # m: a stop within this distance of a reference stop stands for it


@dataclass
class DirectionReport:
    """What :func:`infer_directions` did, for the log."""

    routes: int = 0  # routes with trips without a direction_id
    trips: int = 0  # such trips
    inferred: int = 0  # of them, given 0 or 1 by their stop order
    separate: int = 0  # given a direction of their own (no stops in common, or a tie)
    undecided: int = 0  # of the separate ones: those whose stop order was a tie
    separate_routes: list = field(default_factory=list)  # route rows with separate trips


def trip_patterns(feed, trips):
    """Stop pattern of each trip in ``trips`` (an int array of trip rows): ``(pattern id per
    trip, {pattern id: tuple of station rows})``; trips with the same sequence of stations
    share an id."""
    np = require("numpy")
    pd = require("pandas")
    st = feed.stop_times
    trip = st["trip"].to_numpy()
    chosen = np.zeros(len(feed.trips), bool)
    chosen[np.asarray(trips, np.int64)] = True
    rows = np.flatnonzero(chosen[trip])
    stations = feed.stops["station"].to_numpy()[st["stop"].to_numpy()[rows]].astype(np.int64)
    row_trip = trip[rows]
    # position of each row within its trip (stop times are sorted by trip and sequence)
    starts = np.r_[True, row_trip[1:] != row_trip[:-1]]
    first = np.flatnonzero(starts)
    length = np.diff(np.r_[first, len(rows)])
    position = np.arange(len(rows)) - np.repeat(first, length)
    # a 64-bit hash of the sequence: the station times a random number per position
    rng = np.random.default_rng(20221012)
    weights = rng.integers(1, 2**63 - 1, size=int(position.max(initial=0)) + 1, dtype=np.int64)
    with np.errstate(over="ignore"):
        terms = (stations + 1).astype(np.uint64) * weights[position].astype(np.uint64)
        hashes = np.add.reduceat(terms, first) if len(first) else np.zeros(0, np.uint64)
        hashes = hashes + length.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    codes, uniques = pd.factorize(hashes)
    per_trip = np.full(len(feed.trips), -1, np.int64)
    per_trip[row_trip[first]] = codes
    _, representative = np.unique(codes, return_index=True)
    sequences = {}
    for code, k in enumerate(representative):
        lo = first[k]
        sequences[code] = tuple(stations[lo : lo + length[k]].tolist())
    return per_trip, sequences


def _orientation(pattern, reference, xy):
    """+1: ``pattern`` runs along ``reference`` in the same order, −1: in reverse, 0: a tie,
    None: fewer than two of its stops lie near different stops of the reference. Each stop of the pattern takes
    the position of the nearest stop of the reference within :data:`NEAR` metres (the same
    stop, or the platform across the street, which feeds often give a stop_id of its
    own); the majority of the steps between consecutive positions decides."""
    np = require("numpy")
    p = np.asarray(pattern)
    r = np.asarray(reference)
    dx = xy[p, 0][:, None] - xy[r, 0][None, :]
    dy = xy[p, 1][:, None] - xy[r, 1][None, :]
    d2 = dx * dx + dy * dy
    nearest = np.argmin(d2, axis=1)  # the first of equally near: a loop's first call
    near = d2[np.arange(len(p)), nearest] <= NEAR * NEAR
    steps = np.diff(nearest[near])
    steps = steps[steps != 0]
    if not len(steps):
        return None
    ahead = int((steps > 0).sum())
    back = len(steps) - ahead
    return (ahead > back) - (back > ahead)


def _station_xy(feed):
    """Approximate metric x, y of every row of ``feed.stops`` (a station without
    coordinates takes the mean of its platforms'), enough to tell stops 300 m apart."""
    np = require("numpy")
    stops = feed.stops
    lat = stops["stop_lat"].to_numpy(float).copy()
    lon = stops["stop_lon"].to_numpy(float).copy()
    missing = np.isnan(lat) | np.isnan(lon)
    if missing.any():
        children = stops.groupby("station")[["stop_lat", "stop_lon"]].mean()
        fill = children.reindex(np.flatnonzero(missing)).to_numpy()
        lat[missing], lon[missing] = fill[:, 0], fill[:, 1]
    lat0 = np.nanmedian(lat) if np.isfinite(lat).any() else 0.0
    xy = np.c_[lon * 111_320.0 * np.cos(np.radians(lat0)), lat * 110_574.0]
    return np.nan_to_num(xy, nan=np.inf)


def infer_directions(feed, trips=None, progress=None):
    """Direction per trip (int32 array over ``feed.trips``): the feed's ``direction_id``
    where given, else inferred from the stop order (see the module docstring) for the trips
    in ``trips`` (rows; default every trip) — others stay −1. Returns ``(directions,
    DirectionReport)``."""
    np = require("numpy")
    given = feed.trips["direction"].to_numpy().astype(np.int32)
    directions = given.copy()
    report = DirectionReport()
    candidates = np.arange(len(given)) if trips is None else np.unique(np.asarray(trips))
    missing = candidates[given[candidates] < 0]
    if not len(missing):
        return directions, report
    route = feed.trips["route"].to_numpy()
    routes = np.unique(route[missing])
    report.routes, report.trips = len(routes), len(missing)
    # every trip of those routes: trips with a direction_id are references
    on_routes = np.flatnonzero(np.isin(route, routes))
    involved = on_routes[(given[on_routes] >= 0) | np.isin(on_routes, missing)]
    xy = _station_xy(feed)
    pattern_of, sequences = trip_patterns(feed, involved)
    involved = involved[pattern_of[involved] >= 0]  # trips without stop times have no order
    order = np.argsort(route[involved], kind="stable")
    involved = involved[order]
    bounds = np.flatnonzero(np.r_[True, np.diff(route[involved]) != 0, True])
    for n, (lo, hi) in enumerate(zip(bounds[:-1], bounds[1:])):
        if progress is not None and n % 500 == 0:
            progress.check()
        members = involved[lo:hi]
        chosen = _route_directions(members, pattern_of, sequences, given, xy)
        unknown = members[given[members] < 0]
        directions[unknown] = [chosen[pattern_of[t]][0] for t in unknown]
        kinds = [chosen[pattern_of[t]][1] for t in unknown]
        report.inferred += kinds.count("order")
        report.separate += len(kinds) - kinds.count("order")
        report.undecided += kinds.count("tie")
        if len(kinds) != kinds.count("order"):
            report.separate_routes.append(int(route[members[0]]))
    return directions, report


def _route_directions(members, pattern_of, sequences, given, xy):
    """{pattern: (direction, how)} for one route's trips; how is "given", "order",
    "own" (no stops in common) or "tie"."""
    from collections import Counter

    counts = Counter(int(pattern_of[t]) for t in members)
    known = Counter()
    for t in members:
        if given[t] >= 0:
            known[(int(pattern_of[t]), int(given[t]))] += 1
    chosen = {}
    for (pattern, direction), _ in known.most_common():
        chosen.setdefault(pattern, (direction, "given"))

    def rank(p):  # most trips first, then the longest
        return (-counts[p], -len(sequences[p]), p)

    todo = sorted((p for p in counts if p not in chosen), key=rank)
    next_label = 2
    ties = set()
    while todo:
        if not chosen:  # no direction_id at all: the most common pattern is direction 0
            chosen[todo.pop(0)] = (0, "order")
            continue
        progress = False
        references = sorted(chosen, key=rank)
        for p in list(todo):
            for r in references:
                o = _orientation(sequences[p], sequences[r], xy)
                if not o:
                    if o == 0:
                        ties.add(p)
                    continue
                d = chosen[r][0]
                chosen[p] = ((d if o > 0 else _reverse(d)), "order")
                todo.remove(p)
                progress = True
                break
        if not progress:  # the most common remaining pattern starts a direction of its own
            p = todo.pop(0)
            chosen[p] = (next_label, "tie" if p in ties else "own")
            next_label += 2
    return chosen


def _reverse(direction: int) -> int:
    """The other direction of a pair (0 ↔ 1, 2 ↔ 3, …)."""
    return direction ^ 1
