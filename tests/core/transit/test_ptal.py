"""PTAL worked by hand (METHODS.md §6, TfL's method).

The point of interest P is at the origin. Within reach:
- bus stop S1 at 320 m: route B1, 6 buses in the peak hour one way and 4 the other (f = 6,
  the busier direction) and route B2 with 12 buses (f = 12);
- bus stop S2 at 500 m: route B1 again (counted once, at the nearer S1);
- bus stop S3 at 700 m: route B3 — beyond the 640 m walk to a bus stop;
- station R at 800 m: rail route J with 4 trains (f = 4) — within 960 m.

B2: walk 320/80 = 4, SWT = 0.5·60/12 = 2.5, AWT = 2.5 + 2 = 4.5, TAT = 8.5, EDF = 30/8.5
B1: walk 4, SWT = 5, AWT = 7, TAT = 11, EDF = 30/11
bus AI = 30/8.5 + 0.5 · 30/11 = 3.5294 + 1.3636 = 4.8930
J: walk 10, SWT = 7.5, AWT = 8.25, TAT = 18.25, EDF = 30/18.25 = 1.6438 → rail AI 1.6438
access index = 6.5368 → band 2 (5 < AI ≤ 10)
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from segregation_plugin.core.transit import ptal
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import make_feed, stops_txt

H = 3600
PEAK = (8 * H + 15 * 60, 9 * H + 15 * 60)


def _hms(seconds):
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _trips(route, n, direction, first_stop, last_stop):
    """n trips leaving ``first_stop`` between 08:16 and 09:14 (inside the peak hour)."""
    trips, times = [], []
    for i in range(n):
        trip = f"{route}_{first_stop}_{direction}_{i}"
        t = 8 * H + 16 * 60 + i * (58 * 60 // n)
        trips.append(f"{route},WK,{trip},{direction}")
        times.append(f"{trip},{_hms(t)},{_hms(t)},{first_stop},1")
        times.append(f"{trip},{_hms(t + 1800)},{_hms(t + 1800)},{last_stop},2")
    return trips, times


def ptal_feed(tmp_path):
    parts = [
        _trips("B1", 6, 0, "S1", "E1"),
        _trips("B1", 4, 1, "S1", "E1"),
        _trips("B1", 6, 0, "S2", "E1"),
        _trips("B2", 12, 0, "S1", "E1"),
        _trips("B3", 12, 0, "S3", "E1"),
        _trips("J", 4, 0, "R", "E1"),
    ]
    trips = ["route_id,service_id,trip_id,direction_id"] + [t for p in parts for t in p[0]]
    times = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"] + [
        t for p in parts for t in p[1]
    ]
    return make_feed(
        tmp_path,
        stops=stops_txt(
            ("S1", 320, 0), ("S2", 0, 500), ("S3", -700, 0), ("R", 0, -800), ("E1", 9000, 9000)
        ),
        routes="route_id,route_short_name,route_type\nB1,1,3\nB2,2,3\nB3,3,3\nJ,J,2\n",
        trips="\n".join(trips) + "\n",
        stop_times="\n".join(times) + "\n",
    )


def compute(feed, px, py):
    events = ts.stop_events(feed, ServiceWindow(date(2022, 10, 12), *PEAK))
    from tests.helpers.transit_feeds import ORIGIN

    sx, sy = ts.stops_xy(feed, "EPSG:3006")
    return ptal.ptal_for_points(
        feed, events, 60.0, np.asarray(px) + ORIGIN[0], np.asarray(py) + ORIGIN[1], sx, sy
    )


def test_frequencies_take_the_busier_direction(tmp_path):
    feed = ptal_feed(tmp_path)
    events = ts.stop_events(feed, ServiceWindow(date(2022, 10, 12), *PEAK))
    freq = ptal.route_frequencies(feed, events, 60.0)
    stop_ids = feed.stops["stop_id"].to_numpy()
    route_ids = feed.routes["route_id"].to_numpy()
    table = {
        (stop_ids[g], route_ids[r]): f for g, r, f in zip(freq["group"], freq["route"], freq["f"])
    }
    assert table == {
        ("S1", "B1"): 6.0,
        ("S1", "B2"): 12.0,
        ("S2", "B1"): 6.0,
        ("S3", "B3"): 12.0,
        ("R", "J"): 4.0,
    }


def test_hand_worked_access_index(tmp_path):
    ai, band = compute(ptal_feed(tmp_path), [0.0], [0.0])
    expected = 30 / 8.5 + 0.5 * 30 / 11 + 30 / 18.25
    assert ai[0] == pytest.approx(expected, abs=0.01)
    assert ai[0] == pytest.approx(6.54, abs=0.005)
    assert band[0] == "2"


def test_far_points_have_band_0(tmp_path):
    ai, band = compute(ptal_feed(tmp_path), [5000.0], [-5000.0])
    assert ai[0] == 0 and band[0] == "0"


def test_only_rail_reaches_960_m(tmp_path):
    # 950 m south of R (at 0, -800): only the rail route; S-stops are far
    ai, band = compute(ptal_feed(tmp_path), [0.0], [-1750.0])
    walk = 950 / 80
    assert ai[0] == pytest.approx(30 / (walk + 7.5 + 0.75), abs=0.01)
    assert band[0] == "1a"


@pytest.mark.parametrize(
    "ai,band",
    [
        (0, "0"),
        (0.01, "1a"),
        (2.5, "1a"),
        (2.51, "1b"),
        (5, "1b"),
        (10, "2"),
        (10.01, "3"),
        (15, "3"),
        (20, "4"),
        (25, "5"),
        (25.01, "6a"),
        (40, "6a"),
        (40.01, "6b"),
    ],
)
def test_bands(ai, band):
    assert ptal.band_of([ai])[0] == band


def test_grid_centres_and_cells():
    x, y = ptal.grid_centres((10, 20, 260, 160), 100)
    assert sorted(set(x)) == [50, 150, 250] and sorted(set(y)) == [50, 150]
    cells = ptal.grid_cells(x[:1], y[:1], 100, "EPSG:3006", ptal_ai=[1.5])
    assert cells.geometry.iloc[0].bounds == (0, 0, 100, 100)
    assert cells["ptal_ai"].iloc[0] == 1.5


# --- TfL's modes: one bus mode, monorail with metro, cable tram with tram -----------------------
def _single_stop_feed(tmp_path, routes, stop_xy=(320, 0)):
    """Routes (route_id, route_type, departures in the peak) all at stop S; the trips end at
    E far away."""
    parts = [_trips(r, n, 0, "S", "E1") for r, _, n in routes]
    trips = ["route_id,service_id,trip_id,direction_id"] + [t for p in parts for t in p[0]]
    times = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"] + [
        t for p in parts for t in p[1]
    ]
    return make_feed(
        tmp_path,
        stops=stops_txt(("S", *stop_xy), ("E1", 9000, 9000)),
        routes="route_id,route_short_name,route_type\n"
        + "".join(f"{r},{r},{t}\n" for r, t, _ in routes),
        trips="\n".join(trips) + "\n",
        stop_times="\n".join(times) + "\n",
    )


def test_coach_and_trolleybus_are_part_of_the_one_bus_mode(tmp_path):
    """At 320 m (walk 4 min): bus B f = 12 → EDF 30/8.5; coach C (200) and trolleybus T
    (11) f = 6 each → EDF 30/11. One bus mode: 30/8.5 + 0.5 · (30/11 + 30/11) = 6.26 (TfL);
    three modes would give 30/8.5 + 30/11 + 30/11 = 8.98."""
    feed = _single_stop_feed(tmp_path, [("B", 3, 12), ("C", 200, 6), ("T", 11, 6)])
    ai, band = compute(feed, [0.0], [0.0])
    assert ai[0] == pytest.approx(30 / 8.5 + 0.5 * (30 / 11 + 30 / 11), abs=0.01)
    assert ai[0] == pytest.approx(6.26, abs=0.005) and band[0] == "2"


def test_monorail_counts_as_metro_and_cable_tram_as_tram(tmp_path):
    """At 800 m (walk 10 min), f = 4 → EDF 30/(10 + 7.5 + 0.75) = 1.6438 each. Monorail 12 and
    405 are one metro mode (1.6438 + 0.5 · 1.6438); cable tram 5 is the tram mode (1.6438)."""
    feed = _single_stop_feed(
        tmp_path, [("M12", 12, 4), ("M405", 405, 4), ("K5", 5, 4)], stop_xy=(0, -800)
    )
    edf = 30 / 18.25
    ai, _ = compute(feed, [0.0], [0.0])
    assert ai[0] == pytest.approx(1.5 * edf + edf, abs=0.01)
    events = ts.stop_events(feed, ServiceWindow(date(2022, 10, 12), *PEAK))
    freq = ptal.route_frequencies(feed, events, 60.0)
    route_ids = feed.routes["route_id"].to_numpy()
    assert dict(zip(route_ids[freq["route"]], freq["mode"])) == {
        "M12": "metro",
        "M405": "metro",
        "K5": "tram",
    }


def test_air_services_do_not_count(tmp_path):
    feed = _single_stop_feed(tmp_path, [("F", 1100, 12)])
    ai, band = compute(feed, [0.0], [0.0])
    assert ai[0] == 0 and band[0] == "0"


def test_mode_summary_for_the_log():
    summary = ptal.mode_summary()
    assert summary["bus"] == "3, 11, 200-299, 700-899, 1500-1599"
    assert summary["metro"] == "1, 12, 400-699"
    assert summary["tram"] == "0, 5-7, 900-999, 1300-1499"
    assert summary[""] == "8-10, 1100-1199, 1600-1799"


# --- the busier direction in a feed without direction_id ------------------------------------------
def _two_way_feed(tmp_path, with_direction: bool):
    """Route L runs A → B → C 6 times and C → B → A 4 times in the peak (stops 500 m apart).
    At B both directions depart: 6 and 4 — the busier direction has f = 6, not 10."""
    trips, times = [], []
    for n, order, d in ((6, "ABC", 0), (4, "CBA", 1)):
        for k in range(n):
            trip = f"{order}{k}"
            t = 8 * H + 16 * 60 + k * (58 * 60 // n)
            trips.append(f"L,WK,{trip}" + (f",{d}" if with_direction else ""))
            for seq, stop in enumerate(order):
                times.append(f"{trip},{_hms(t + 120 * seq)},{_hms(t + 120 * seq)},{stop},{seq + 1}")
    header = "route_id,service_id,trip_id" + (",direction_id" if with_direction else "")
    return make_feed(
        tmp_path,
        stops=stops_txt(("A", -500, 300), ("B", 0, 300), ("C", 500, 300)),
        routes="route_id,route_short_name,route_type\nL,L,3\n",
        trips="\n".join([header, *trips]) + "\n",
        stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "\n".join(times)
        + "\n",
    )


@pytest.mark.parametrize("with_direction", [True, False])
def test_busier_direction_with_and_without_direction_id(tmp_path, with_direction):
    feed = _two_way_feed(tmp_path, with_direction)
    events = ts.stop_events(feed, ServiceWindow(date(2022, 10, 12), *PEAK))
    freq = ptal.route_frequencies(feed, events, 60.0)
    stop_ids = feed.stops["stop_id"].to_numpy()
    assert dict(zip(stop_ids[freq["group"]], freq["f"])) == {"A": 6.0, "B": 6.0, "C": 4.0}
    report = freq.attrs["directions"]
    if with_direction:
        assert report is None
    else:
        assert (report.routes, report.trips, report.inferred, report.separate) == (1, 10, 10, 0)
    # at B (300 m north of the point): walk 3.75, AWT 5 + 2 → EDF 30/10.75; A and C are the
    # same route farther away (counted once, at its nearest stop)
    ai, _ = compute(feed, [0.0], [0.0])
    assert ai[0] == pytest.approx(30 / 10.75, abs=0.01)


def test_cancel_stops_the_index_between_batches(tmp_path, monkeypatch):
    from segregation_plugin.core.common.errors import Cancelled
    from segregation_plugin.core.common.progress import Progress

    feed = ptal_feed(tmp_path)
    x = np.linspace(-600, 600, 12)
    px, py = np.meshgrid(x, x)
    expected, _ = compute(feed, px.ravel(), py.ravel())
    monkeypatch.setattr(ptal, "MAX_ROWS", 20)  # many small batches give the same index
    again, _ = compute(feed, px.ravel(), py.ravel())
    assert np.array_equal(expected, again) and (expected > 0).sum() > 100
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    events = ts.stop_events(feed, ServiceWindow(date(2022, 10, 12), *PEAK))
    sx, sy = ts.stops_xy(feed, "EPSG:3006")
    from tests.helpers.transit_feeds import ORIGIN

    with pytest.raises(Cancelled):
        ptal.ptal_for_points(
            feed,
            events,
            60.0,
            px.ravel() + ORIGIN[0],
            py.ravel() + ORIGIN[1],
            sx,
            sy,
            Progress(is_cancelled=cancelled),
        )


def test_grid_too_large_is_refused_before_it_is_built():
    from segregation_plugin.core.common.errors import InputError

    # a stop at 0,0 in a Swedish feed: SWEREF 99 TM from about x −1,500 km, y 0 to Stockholm
    bounds = (-1_500_000.0, -960.0, 675_000.0, 6_600_000.0)
    with pytest.raises(InputError) as error:
        ptal.grid_centres(bounds, 100.0, limit_mb=1024, far_stops="The stops farthest …")
    message = str(error.value)
    for words in ("PTAL grid", "cells of 100 m", "GB of memory", "larger cell size", "0,0"):
        assert words in message
    assert "The stops farthest" in message
    x, y = ptal.grid_centres((0, 0, 1000, 1000), 100.0, limit_mb=1024)
    assert len(x) == 100
