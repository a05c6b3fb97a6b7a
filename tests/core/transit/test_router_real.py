"""The router against a plain search on real feeds, stop by stop.

For origins spread over the feed's stops and departures every 5 minutes, the earliest
arrival by vehicle at every stop must equal that of Dijkstra's algorithm
(scipy.sparse.csgraph) on a time-expanded graph of the same timetable, transfers and
walks (``benchmarks/time_expanded.py``); with no limit on transfers, as the graph has
none. Skipped when ../shared/data is absent.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from segregation_plugin.core.transit import gtfs_feed, nearby
from segregation_plugin.core.transit.gtfs_calendar import typical_weekday
from segregation_plugin.core.transit.routing.footpaths import walk_pairs
from segregation_plugin.core.transit.routing.raptor import INF
from segregation_plugin.core.transit.routing.travel_times import DepartureWindow, Router
from segregation_plugin.core.transit.transit_service import stops_xy
from tests.helpers.paths import ROOT, SHARED_DATA

pytest.importorskip("scipy")
sys.path.insert(0, str(ROOT / "benchmarks"))
import time_expanded  # noqa: E402

GTFS = SHARED_DATA / "gtfs"


@pytest.mark.parametrize(
    "name, hour",
    [
        ("sample_gtfs.zip", 6),
        ("sample_gtfs.zip", 8),
        ("cairns_gtfs.zip", 7),
        ("cairns_gtfs.zip", 22),
    ],
)
def test_router_equals_time_expanded_dijkstra(name, hour):
    path = GTFS / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    feed = gtfs_feed.read_feed(path)
    date = typical_weekday(feed)
    crs = nearby.metric_crs(feed.stops["stop_lon"], feed.stops["stop_lat"])
    x, y = stops_xy(feed, crs)
    window = DepartureWindow(hour * 3600, hour * 3600 + 1800, 300, 90)
    router = Router(feed, date, x, y, window, max_transfers=100)
    rng = np.random.default_rng(3)
    placed = np.flatnonzero(np.isfinite(x))
    picks = rng.choice(placed, min(25, len(placed)), replace=False)
    ox, oy = x[picks] + 150.0, y[picks] - 80.0  # near a stop, not on it
    oi, sj, secs = walk_pairs(ox, oy, x, y, router.walk)
    reached = 0
    for rows, best in router.stop_arrivals(ox, oy):
        sources, horizon = [], []
        for o in rows:
            mine = oi == o
            for t0 in window.times:
                sources.append((sj[mine], t0 + secs[mine], int(t0)))
                horizon.append(int(t0) + 60 * window.max_minutes)
        expected = time_expanded.earliest_arrivals(
            router.timetable, router.transfers, sources, np.array(horizon)
        )
        got = best.reshape(len(x), -1).astype(np.int64)
        differ = np.argwhere(got != expected)
        assert not len(differ), f"{len(differ)} stop arrivals differ, first {differ[0]}"
        reached += int((got < INF).sum())
    assert reached > 50  # the comparison is not between two empty tables
