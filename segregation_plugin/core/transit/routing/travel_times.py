"""Travel times over a departure window, as Conveyal's tools report them.

A journey leaves the origin at every minute (or every ``step``) of the window, e.g. 07:00,
07:01 … 07:59; for each departure the earliest arrival at each destination is found (walk,
ride, change, ride …, walk; or walk all the way) and the travel time is arrival minus
departure, waiting at the first stop included. Per origin and destination the times over
the window give the median and another percentile (nearest rank: the 50th of 60 times is
the 30th shortest). A time over ``max_minutes`` counts as not reached (NaN).

Origins are routed in chunks of neighbours (sorted along rows of 10 km), each chunk one
:func:`..range_raptor.range_arrivals` over its origins and the whole window, or one
:func:`..raptor.earliest_arrivals` over its origins × departures; the arrivals are the
same. Range RAPTOR goes departure by departure, its numpy operations as wide as the chunk's
origins: it is used when a chunk holds at least :data:`RANGE_MIN_ORIGINS` of them (a
county's feed; on a national feed of 45,000 stops a chunk holds a handful and routing all
departures together is faster), unless ``range_raptor`` says always (True) or never
(False).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...common.dependencies import require
from ...common.errors import InputError
from ...common.progress import NO_PROGRESS, Progress
from .connections import build_timetable
from .footpaths import WalkRules, read_transfers, transfer_edges, walk_pairs
from .patterns import build_patterns
from .range_raptor import range_arrivals
from .raptor import INF, earliest_arrivals, transfer_index

DEFAULT_PERCENTILE = 75
MEMORY_CELLS = 12_000_000  # stops × columns of one chunk (4 bytes each, two arrays)
DEST_CELLS = 4_000_000
RANGE_MIN_ORIGINS = 64  # range RAPTOR when a chunk holds this many origins (or all)  # origins × departures × destinations (or egress walks) at a time


@dataclass(frozen=True)
class DepartureWindow:
    """Departures from ``start`` to before ``end`` (seconds after midnight, may pass 24:00)
    every ``step`` seconds, and how long a journey may take (``max_minutes``)."""

    start: int = 7 * 3600
    end: int = 8 * 3600
    step: int = 60
    max_minutes: int = 90

    def __post_init__(self):
        if self.end <= self.start:
            raise InputError("The departure window must end after it starts (e.g. 07:00–08:00).")
        if self.step <= 0 or self.max_minutes <= 0:
            raise InputError("The departure step and the longest travel time must be positive.")

    @property
    def times(self):
        np = require("numpy")
        return np.arange(self.start, self.end, self.step, dtype=np.int64)


@dataclass
class Router:
    """A feed's timetable on a date with walking rules, ready to route from any points
    (metric x, y in the CRS of ``stop_x``/``stop_y``, the projected ``feed.stops``)."""

    feed: object
    date: object
    stop_x: object
    stop_y: object
    window: DepartureWindow = field(default_factory=DepartureWindow)
    walk: WalkRules = field(default_factory=WalkRules)
    max_transfers: int = 3  # at most 4 rides (METHODS.md §8)
    include_demand_responsive: bool = False
    range_raptor: object = None  # None: when the chunks are wide enough; True, False: always, never

    def __post_init__(self):
        np = require("numpy")
        self.stop_x = np.asarray(self.stop_x, float)
        self.stop_y = np.asarray(self.stop_y, float)
        last = int(self.window.times[-1]) + 60 * self.window.max_minutes
        self.timetable = build_timetable(
            self.feed, self.date, self.window.start, last, self.include_demand_responsive
        )
        self.transfers = transfer_edges(
            self.stop_x, self.stop_y, self.walk, read_transfers(self.feed)
        )
        self.patterns = build_patterns(self.timetable)
        self._transfer_index = transfer_index(self.transfers, len(self.stop_x))

    def describe(self) -> str:
        w = self.window
        return (
            f"departures {_clock(w.start)}–{_clock(w.end)} every {w.step // 60 or w.step} "
            f"{'min' if w.step >= 60 else 's'}, at most {w.max_minutes} min, at most "
            f"{self.max_transfers} transfers, {self.walk.describe()}"
        )

    @property
    def has_service(self) -> bool:
        """A vehicle calls at a stop between the first departure and the last arrival the
        window allows (else every journey is walked)."""
        return len(self.timetable) > 0

    def without_stop(self, x, y):
        """Which of the points (x, y) have no stop within walking distance (``max_walk``):
        they reach only what they walk to. A point without a position (NaN) is not counted."""
        np = require("numpy")
        x, y = np.asarray(x, float), np.asarray(y, float)
        placed = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
        far = np.zeros(len(x), bool)
        far[placed] = True
        near, _, _ = walk_pairs(x[placed], y[placed], self.stop_x, self.stop_y, self.walk)
        far[placed[near]] = False
        return far

    # --- routing -------------------------------------------------------------------------
    def stop_arrivals(self, ox, oy, progress: Progress = NO_PROGRESS):
        """Yield per chunk of origins (origin rows, arrival by vehicle as int32 stops ×
        origins × departures, :data:`INF` when not reached)."""
        np = require("numpy")
        ox, oy = np.asarray(ox, float), np.asarray(oy, float)
        times = self.window.times
        n_dep = len(times)
        n_stops = len(self.stop_x)
        # range RAPTOR holds the result and a best and a board label per round
        layers = n_dep + 2 * (self.max_transfers + 1)
        wide = max(1, 2 * MEMORY_CELLS // max(1, n_stops * layers))
        use_range = self.range_raptor
        if use_range is None:
            use_range = n_dep > 1 and wide >= min(RANGE_MIN_ORIGINS, len(ox))
        if use_range:
            per_chunk = wide
        else:
            per_chunk = max(1, MEMORY_CELLS // max(1, n_stops * n_dep))
        order = spatial_order(ox, oy)
        chunks = [order[i : i + per_chunk] for i in range(0, len(order), per_chunk)]
        oi, sj, secs = walk_pairs(ox, oy, self.stop_x, self.stop_y, self.walk)
        by_origin = np.argsort(oi, kind="stable")
        oi, sj, secs = oi[by_origin], sj[by_origin], secs[by_origin]
        for k, rows in enumerate(chunks):
            progress.check()
            local = np.full(len(ox), -1, dtype=np.int64)
            local[rows] = np.arange(len(rows))
            pick = np.flatnonzero(local[oi] >= 0)
            part = progress.sub(100 * k / len(chunks), 100 * (k + 1) / len(chunks))
            if use_range:
                access = (sj[pick], local[oi[pick]], secs[pick])
                best = range_arrivals(
                    self.patterns,
                    self._transfer_index,
                    access,
                    len(rows),
                    times,
                    60 * self.window.max_minutes,
                    self.max_transfers,
                    part,
                )
                yield rows, best
                continue
            board = np.full((n_stops, len(rows) * n_dep), INF, dtype=np.int32)
            col0 = local[oi[pick]] * n_dep
            for j, t in enumerate(times):
                np.minimum.at(board, (sj[pick], col0 + j), (t + secs[pick]).astype(np.int32))
            horizon = np.tile(times + 60 * self.window.max_minutes, len(rows)).astype(np.int32)
            best = earliest_arrivals(
                self.patterns,
                self._transfer_index,
                board,
                horizon,
                self.max_transfers,
                part,
            )
            yield rows, best.reshape(n_stops, len(rows), n_dep)

    def travel_times(self, ox, oy, dx, dy, percentiles=(50,), progress: Progress = NO_PROGRESS):
        """Yield per chunk of origins (origin rows, {percentile: float32 origins ×
        destinations in minutes, NaN when not reached within ``max_minutes``})."""
        np = require("numpy")
        dx, dy = np.asarray(dx, float), np.asarray(dy, float)
        n_dest = len(dx)
        times = self.window.times
        limit = 60 * self.window.max_minutes
        sj, dj, egress = walk_pairs(self.stop_x, self.stop_y, dx, dy, self.walk)
        by_dest = np.argsort(dj, kind="stable")
        sj, dj, egress = sj[by_dest], dj[by_dest], egress[by_dest]
        heads = np.flatnonzero(np.r_[True, dj[1:] != dj[:-1]]) if len(dj) else dj
        oi, di, direct = walk_pairs(ox, oy, dx, dy, self.walk)
        local = np.full(len(ox), -1, dtype=np.int64)
        cells = max(len(times) * max(n_dest, len(sj), 1), 1)
        step = max(1, DEST_CELLS // cells)  # origins at a time: bounded memory
        for rows, best in self.stop_arrivals(ox, oy, progress):
            for lo in range(0, len(rows), step):
                part = rows[lo : lo + step]
                n = len(part)
                arrive = np.full((n, len(times), n_dest), INF, dtype=np.int32)
                if len(sj):
                    flat = best[:, lo : lo + step, :].reshape(len(self.stop_x), -1)[sj]
                    flat = np.where(flat < INF, flat + egress[:, None], INF)
                    reached = np.minimum.reduceat(flat, heads, axis=0)  # dests × columns
                    arrive[:, :, dj[heads]] = reached.T.reshape(n, len(times), len(heads))
                local[part] = np.arange(n)
                mine = np.flatnonzero(local[oi] >= 0)
                a, d = local[oi[mine]], di[mine]
                for j, t in enumerate(times):
                    arrive[a, j, d] = np.minimum(arrive[a, j, d], t + direct[mine])
                local[part] = -1
                minutes = arrive.astype(float) - times[None, :, None]
                minutes[(arrive >= INF) | (minutes > limit)] = np.inf
                yield part, {p: percentile_minutes(minutes, p) for p in percentiles}


def percentile_minutes(seconds, p):
    """Nearest-rank percentile over axis 1 of travel times in seconds, in minutes (float32,
    NaN when not reached at that percentile)."""
    np = require("numpy")
    n = seconds.shape[1]
    rank = min(n - 1, max(0, int(np.ceil(p / 100.0 * n)) - 1))
    value = np.partition(seconds, rank, axis=1)[:, rank, :] / 60.0
    value[~np.isfinite(value)] = np.nan
    return value.astype(np.float32)


def spatial_order(x, y, row: float = 10_000.0):
    """Points ordered along rows of ``row`` metres (west→east, then east→west …), so that
    neighbours fall in the same chunk."""
    np = require("numpy")
    band = np.floor((np.nan_to_num(y) - np.nanmin(y, initial=0)) / row).astype(np.int64)
    along = np.where(band % 2 == 0, x, -x)
    return np.lexsort((np.nan_to_num(along), band))


def _clock(seconds: int) -> str:
    return f"{int(seconds) // 3600:02d}:{int(seconds) % 3600 // 60:02d}"
