"""Range RAPTOR (the whole departure window at once) gives exactly the earliest arrivals of
routing each departure alone, stop by stop, with and without a transfer limit: on the
sample county's feed (always there) and on the real feeds of ../shared/data (when there)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from segregation_plugin.core.transit import gtfs_feed, nearby
from segregation_plugin.core.transit.gtfs_calendar import typical_weekday
from segregation_plugin.core.transit.routing.raptor import INF
from segregation_plugin.core.transit.routing.travel_times import DepartureWindow, Router
from segregation_plugin.core.transit.transit_service import stops_xy
from tests.helpers.paths import SAMPLE, SHARED_DATA


def _both(feed, date, x, y, window, max_transfers, n_origins=30, seed=5):
    router = Router(feed, date, x, y, window, max_transfers=max_transfers, range_raptor=True)
    single = dataclasses.replace(router, range_raptor=False)
    rng = np.random.default_rng(seed)
    placed = np.flatnonzero(np.isfinite(x))
    picks = rng.choice(placed, min(n_origins, len(placed)), replace=False)
    ox, oy = x[picks] + 120.0, y[picks] - 90.0  # near a stop, not on it
    return _by_origin(router, ox, oy), _by_origin(single, ox, oy)


def _by_origin(router, ox, oy):
    """Arrivals stops × origins × departures, origins in the given order."""
    out = np.full((len(router.stop_x), len(ox), len(router.window.times)), -1, np.int64)
    for rows, best in router.stop_arrivals(ox, oy):
        out[:, rows, :] = best
    assert (out >= 0).all()
    return out


def _case(path, date, hour, max_transfers):
    feed = gtfs_feed.read_feed(path)
    date = date or typical_weekday(feed)
    crs = nearby.metric_crs(feed.stops["stop_lon"], feed.stops["stop_lat"])
    x, y = stops_xy(feed, crs)
    window = DepartureWindow(hour * 3600, hour * 3600 + 1800, 60, 60)  # every minute
    return _both(feed, date, x, y, window, max_transfers)


@pytest.mark.parametrize("max_transfers", [0, 1, 3])
def test_range_equals_each_departure_on_the_sample(max_transfers):
    ranged, alone = _case(SAMPLE / "exempellan_gtfs.zip", dt.date(2022, 10, 12), 7, max_transfers)
    assert ranged.shape == alone.shape
    reached = int((alone < INF).sum())
    assert reached > 10_000  # the comparison is not about nothing
    np.testing.assert_array_equal(ranged, alone)


@pytest.mark.parametrize("name, hour", [("sample_gtfs.zip", 8), ("cairns_gtfs.zip", 7)])
def test_range_equals_each_departure_on_real_feeds(name, hour):
    path = SHARED_DATA / "gtfs" / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    ranged, alone = _case(path, None, hour, 2)
    assert (alone < INF).any()
    np.testing.assert_array_equal(ranged, alone)
