#!/usr/bin/env python3
"""Travel times by public transport at national scale: the plugin's router beside a plain
shortest-path search (Dijkstra on a time-expanded graph, scipy.sparse.csgraph).

1. Generates the national-scale feed, population grid and 6,160 areas of
   ``transit_feedgen.py`` in a temporary folder (or uses ``$BENCH_ROUTER_DATA`` if it holds
   them already), in a child process.
2. In a fresh process: reads the feed; builds the router for 2022-10-12, departures
   07:00–08:00 every 5 minutes, at most 90 minutes, 3 transfers (4 rides), default walking;
   areas start from their population-weighted centres (the 250 m grid); a county: the
   1,000 areas nearest the densest one, opportunities (the areas' residents) reachable within 30/45/60 minutes among them; the country: all 6,160 areas
   to all 6,160 areas (``$BENCH_ROUTER_SUBSET`` = n measures n origins and extrapolates,
   saying so). Peak memory is the process's maximum resident size.
3. In another process: the router and Dijkstra on the same timetable, transfers and walks
   from 8 county origins at 07:00 and 07:30 (no transfer limit, as the graph has none); the
   earliest arrival at every stop must be identical (asserted), and the time per
   origin-departure is compared.

Targets: the county under 60 s, the country under 10 minutes. Figures are printed.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from memory import peak_mb, reset_peak, resident_mb  # noqa: E402

DATE = datetime.date(2022, 10, 12)
START, END, STEP, MAX_MIN = 7 * 3600, 8 * 3600, 300, 90


def generate(folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    import transit_feedgen as gen

    facts = gen.make_feed(folder)
    _, grid = gen.make_population(folder, facts)
    gen.make_areas(grid).to_file(folder / "areas.gpkg", driver="GPKG")


def _setup(folder: Path, max_transfers: int = 3):
    import geopandas as gpd

    from segregation_plugin.core.transit import gtfs_feed
    from segregation_plugin.core.transit.routing import opportunities as op
    from segregation_plugin.core.transit.routing.travel_times import DepartureWindow, Router
    from segregation_plugin.core.transit.transit_service import stops_xy

    t = time.perf_counter()
    feed = gtfs_feed.read_feed(folder / "national_gtfs.zip")
    read = time.perf_counter() - t
    x, y = stops_xy(feed, "EPSG:3006")
    t = time.perf_counter()
    router = Router(
        feed, DATE, x, y, DepartureWindow(START, END, STEP, MAX_MIN), max_transfers=max_transfers
    )
    build = time.perf_counter() - t
    import numpy as np

    from segregation_plugin.core.transit.transit_access import points_from_raster

    areas = gpd.read_file(folder / "areas.gpkg")
    residents = points_from_raster(folder / "population_250m.tif", areas)
    ox, oy, _ = op.area_origins(areas, residents)  # population-weighted centres, as the tool
    density = areas["population"].to_numpy(float) / areas.geometry.area.to_numpy()
    top = int(np.argmax(density))  # the county: around the densest area
    county = np.argsort(np.hypot(ox - ox[top], oy - oy[top]), kind="stable")[:1000]
    return router, areas, ox, oy, county, read, build


def route(folder: Path) -> None:
    import dataclasses

    import numpy as np

    from segregation_plugin.core.transit.routing import opportunities as op
    from segregation_plugin.core.transit.routing.travel_times import DepartureWindow

    router, areas, ox, oy, county, read, build = _setup(folder)
    people = areas["population"].to_numpy(float)
    out = {"read": read, "build": build, "events": len(router.timetable)}
    out["patterns"] = len(router.patterns.length)
    peaks = [peak_mb()]  # the process's peak before it is started again (reading, building)
    per_step = reset_peak()  # the peak started again: what the county's routing adds
    before = resident_mb()
    t = time.perf_counter()
    access = op.access_per_origin(
        router, ox[county], oy[county], ox[county], oy[county], people[county], (30, 45, 60)
    )
    out["county"] = time.perf_counter() - t
    out["county_added_mb"] = peak_mb() - before if per_step else None
    out["county_km"] = float(
        max(np.ptp(ox[county]), np.ptp(oy[county])) / 1000 if len(county) else 0
    )
    out["county_median_opp45"] = float(np.median(access["opp_45min"]))
    # range RAPTOR (the default) against routing each departure alone, same origins: every
    # 5 minutes for the county, every minute (the tools' default) for 100 of its areas
    forced = dataclasses.replace(router, range_raptor=True)
    single = dataclasses.replace(router, range_raptor=False)
    for name, r in (("county_range", forced), ("county_each", single)):
        t = time.perf_counter()
        op.access_per_origin(
            r, ox[county], oy[county], ox[county], oy[county], people[county], (30, 45, 60)
        )
        out[name] = time.perf_counter() - t
    few = county[:100]
    minute = DepartureWindow(START, END, 60, MAX_MIN)
    for name, r in (("minute_range", forced), ("minute_each", single)):
        r = dataclasses.replace(r, window=minute)
        t = time.perf_counter()
        op.access_per_origin(r, ox[few], oy[few], ox[county], oy[county], people[county], (45,))
        out[name] = time.perf_counter() - t
    subset = int(os.environ.get("BENCH_ROUTER_SUBSET", "0") or 0)
    chosen = np.arange(len(ox)) if not subset else np.linspace(0, len(ox) - 1, subset).astype(int)
    peaks.append(peak_mb())
    per_step = reset_peak()
    before = resident_mb()
    t = time.perf_counter()
    national = op.access_per_origin(router, ox[chosen], oy[chosen], ox, oy, people, (30, 45, 60))
    out["national"] = time.perf_counter() - t
    out["national_added_mb"] = peak_mb() - before if per_step else None
    out["national_origins"] = len(chosen)
    out["median_45"] = float(np.median(national["opp_45min"]))
    out["peak_mb"] = max(peaks + [peak_mb()])  # the process's, as before
    (folder / "route.json").write_text(json.dumps(out))


def peer(folder: Path) -> None:
    import numpy as np

    sys.path.insert(0, str(HERE))
    import time_expanded

    from segregation_plugin.core.transit.routing.footpaths import walk_pairs
    from segregation_plugin.core.transit.routing.travel_times import DepartureWindow

    router, _, ox, oy, county, _, _ = _setup(folder, max_transfers=100)
    router.window = DepartureWindow(START, START + 1801, 1800, MAX_MIN)  # 07:00 and 07:30
    picks = county[:: len(county) // 8][:8]
    t = time.perf_counter()
    rows = np.arange(len(picks))
    best = np.zeros((len(router.stop_x), len(picks), len(router.window.times)), np.int32)
    for part, arrivals in router.stop_arrivals(ox[picks], oy[picks]):
        best[:, part, :] = arrivals
    ours = time.perf_counter() - t
    oi, sj, secs = walk_pairs(ox[picks], oy[picks], router.stop_x, router.stop_y, router.walk)
    sources, horizon = [], []
    for o in rows:
        for t0 in router.window.times:
            mine = oi == o
            sources.append((sj[mine], t0 + secs[mine], int(t0)))
            horizon.append(int(t0) + 60 * MAX_MIN)
    t = time.perf_counter()
    expected = time_expanded.earliest_arrivals(
        router.timetable, router.transfers, sources, np.array(horizon)
    )
    theirs = time.perf_counter() - t
    got = best.reshape(len(router.stop_x), -1).astype(np.int64)
    assert (got == expected).all(), f"{int((got != expected).sum())} stop arrivals differ"
    out = {
        "columns": len(sources),
        "ours": ours,
        "theirs": theirs,
        "reached": int((got < 2_000_000_000).sum()),
    }
    (folder / "peer.json").write_text(json.dumps(out))


def main() -> int:
    given = os.environ.get("BENCH_ROUTER_DATA")
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="bench-router-"))
    me = [sys.executable, __file__]
    try:
        if not (folder / "national_gtfs.zip").exists() or not (folder / "areas.gpkg").exists():
            print("generating the national-scale feed and 6,160 areas …", flush=True)
            subprocess.run(me + ["--generate", str(folder)], check=True)
        subprocess.run(me + ["--route", str(folder)], check=True)
        r = json.loads((folder / "route.json").read_text())
        print(
            f"read feed {r['read']:.1f} s; router built {r['build']:.1f} s "
            f"({r['events']:,} stop events 07:00–09:25, {r['patterns']:,} patterns)"
        )
        print(f"window 07:00–08:00 every 5 min (12 departures), at most {MAX_MIN} min, 3 transfers")
        print(
            f"county, 1,000 areas ({r['county_km']:.0f} km across) × the same, opportunities "
            "within 30/45/60 min: "
            f"{r['county']:6.1f} s (target < 60 s)"
        )
        print(
            f"  the same with range RAPTOR forced: {r['county_range']:6.1f} s, each departure "
            f"alone forced: {r['county_each']:6.1f} s (range {r['county_each'] / max(r['county_range'], 1e-9):.2f}× as fast)"
        )
        print(
            f"every minute (60 departures, the tools' default), 100 county areas: range RAPTOR "
            f"{r['minute_range']:.1f} s, each departure alone {r['minute_each']:.1f} s "
            f"(range {r['minute_each'] / max(r['minute_range'], 1e-9):.2f}× as fast)"
        )
        n = r["national_origins"]
        if n < 6160:
            est = r["national"] * 6160 / n
            print(
                f"country, {n:,} of 6,160 areas measured × 6,160 areas: {r['national']:.1f} s; "
                f"extrapolated to all 6,160: {est:.0f} s (target < 600 s) — EXTRAPOLATED"
            )
        else:
            print(f"country, 6,160 areas × 6,160 areas: {r['national']:6.1f} s (target < 600 s)")
        # how the time grows from the county to the country: each origin's search runs over
        # the same national network at both sizes (the county's origins in its densest part,
        # the country's mostly in thinner ones), and its arrivals are gathered at 6.16 × the
        # destinations; the output, a time per origin–destination pair, grows 37.9 ×
        country = r["national"] * 6160 / n  # all 6,160 origins (extrapolated when fewer ran)
        growth = country / max(r["county"], 1e-9)
        print(
            f"growth county → country: {growth:.1f} × the time for {6160 / 1000:.2f} × the "
            f"origins and {6160**2 / 1000**2:.1f} × the origin–destination pairs: per origin "
            f"{growth / (6160 / 1000):.2f} × (the same network, 6.16 × the destinations), per "
            f"pair {growth / (6160**2 / 1000**2):.2f} ×"
        )
        if r["county_added_mb"] is not None:
            print(
                f"memory the routing added at its peak: county {r['county_added_mb']:.0f} MB, "
                f"country {r['national_added_mb']:.0f} MB ({n:,} origins; "
                f"{r['national_added_mb'] / max(r['county_added_mb'], 1e-9):.1f} × for "
                f"{n / 1000:.2f} × the origins)"
            )
        print(
            f"peak memory {r['peak_mb']:.0f} MB; median residents within 45 min: county "
            f"{r['county_median_opp45']:,.0f}, country {r['median_45']:,.0f}"
        )
        subprocess.run(me + ["--peer", str(folder)], check=True)
        p = json.loads((folder / "peer.json").read_text())
        print(
            f"\npeer: Dijkstra on a time-expanded graph (scipy.sparse.csgraph), {p['columns']} "
            f"origin-departures, no transfer limit: earliest arrivals identical at every stop "
            f"({p['reached']:,} reached)"
        )
        print(
            f"  router {p['ours']:.2f} s, Dijkstra {p['theirs']:.2f} s (graph included): "
            f"{p['theirs'] / max(p['ours'], 1e-9):.0f}× "
        )
    finally:
        if not given:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3:
        {"--generate": generate, "--route": route, "--peer": peer}[sys.argv[1]](Path(sys.argv[2]))
    else:
        sys.exit(main())
