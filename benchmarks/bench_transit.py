#!/usr/bin/env python3
"""Public transport at national scale: the plugin's chain beside gtfs_kit, in one run.

1. Generates (deterministically, in a temporary folder) a GTFS feed with ≥ 45,000 stops and
   ≥ 4 million stop times, a 250 m population grid and 6,160 areas (``transit_feedgen.py``).
2. Runs the plugin's chain in a fresh process and times each step: reading the feed,
   departures per stop for one date and window (and per service day, gtfs_kit's definition),
   quality-class polygons and the 100 m raster for the whole country, access per area for
   the 6,160 areas with the gap table; peak memory is the process's maximum resident size.
3. Runs gtfs_kit's ``read_feed`` + ``compute_stop_stats`` on the same feed and date in its own
   virtual environment (``.bench-venv/``, created with pip on first use; never the
   project's), and compares the counts stop by stop. The two readers are compared on their
   best read: three rounds, in each a process of ours and then one of gtfs_kit's reading the
   feed twice (wall times on a shared machine drift by ±0.5 s over a minute, and timed one
   reader after the other the drift decided the verdict).
4. Scaling: the chain on a feed with a quarter of the stops (about a large county's) and
   on the whole feed, each in its own process, in turn three times; each step's best time
   and the peak memory from the quarter to the whole feed, against the growth of the stop
   times.

Targets (issue 12): reading the feed at most gtfs_kit's read_feed and 3 s; the class
polygons for the country in 3 s; the whole chain under 15 s and 800 MB; reading +
departures at least as fast as gtfs_kit, with the same counts. Figures are printed, never asserted.
"""

from __future__ import annotations

import datetime
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV = ROOT / ".bench-venv"
SERVICE_DAY = datetime.date(2022, 10, 12)  # a Wednesday
DATE = SERVICE_DAY.strftime("%Y%m%d")  # as gtfs_kit takes it
WINDOW = (6 * 3600, 20 * 3600)
SCALE = 0.25  # the smaller feed of the scaling run: a quarter of the stops

sys.path.insert(0, str(HERE))
from memory import PEAK_SNIPPET, peak_mb  # noqa: E402
from results import GROWTH_TARGET, record  # noqa: E402

GTFS_KIT_SCRIPT = r"""
import json, sys, time
import gtfs_kit as gk
path, date, out = sys.argv[1:4]
feed = gk.read_feed(path, dist_units="km")
t1 = time.perf_counter()
stats = gk.compute_stop_stats(feed, [date])
t2 = time.perf_counter()
counts = dict(zip(stats["stop_id"].astype(str), stats["num_trips"].astype(int).tolist()))
json.dump({"version": gk.__version__, "stats": t2 - t1, "counts": counts,
           "peak_mb": PEAK}, open(out, "w"))
""".replace("PEAK", PEAK_SNIPPET)
GTFS_KIT_READS = r"""
import json, sys, time
import gtfs_kit as gk
path, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
reads = []
for _ in range(n):
    feed = None
    t0 = time.perf_counter()
    feed = gk.read_feed(path, dist_units="km")
    reads.append(time.perf_counter() - t0)
json.dump({"reads": reads}, open(out, "w"))
"""
ROUNDS, READS = 3, 2  # rounds of the two readers in turn, each reading this many times per round


def read_times(folder: Path, out: Path, n: int) -> None:
    """The plugin's read_feed ``n`` times in a process of its own (so the chain's peak
    memory is not the reads'), as gtfs_kit's read_feed is timed."""
    sys.path.insert(0, str(ROOT))
    from segregation_plugin.core.transit import gtfs_feed

    reads = []
    for _ in range(n):
        feed = None
        started = time.perf_counter()
        feed = gtfs_feed.read_feed(folder / "national_gtfs.zip")
        reads.append(time.perf_counter() - started)
    del feed
    _write_json({"reads": reads}, out)


def both_reads(folder: Path, python) -> tuple:
    """The two readers' times (lists), in :data:`ROUNDS` rounds in turn, each round a
    process per reader reading the feed :data:`READS` times. In turn, not one reader's runs
    and then the other's: this machine's speed drifts by a third over a minute, and a
    drift then favours whichever reader ran in the fast minute."""
    ours, peer = [], []
    for _ in range(ROUNDS):
        out = folder / "reads.json"
        subprocess.run(
            [sys.executable, __file__, "--reads", str(folder), str(out), str(READS)], check=True
        )
        ours += _read_json(out)["reads"]
        if python is not None:
            zipped = str(folder / "national_gtfs.zip")
            subprocess.run(
                [str(python), "-c", GTFS_KIT_READS, zipped, str(out), str(READS)], check=True
            )
            peer += _read_json(out)["reads"]
    return ours, peer


def _read_json(path):
    return json.loads(Path(path).read_text())


def _write_json(data, path) -> None:
    Path(path).write_text(json.dumps(data))


def cpu_seconds() -> float:
    """The process's CPU time so far, every thread's, user and system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- child processes ------------------------------------------------------------------------------
def generate(folder: Path, scale: float = 1.0) -> None:
    """The feed, grid and areas; ``scale`` multiplies the stops (and so the timetable) and
    the number of areas."""
    sys.path.insert(0, str(HERE))
    import transit_feedgen as gen

    facts = gen.make_feed(folder, target_stops=round(46_500 * scale))
    raster, grid = gen.make_population(folder, facts)
    areas = gen.make_areas(grid, n_areas=round(gen.N_AREAS * scale))
    areas.to_file(folder / "areas.gpkg", driver="GPKG")
    _write_json(
        {
            "stops": facts["stops"],
            "stop_times": facts["stop_times"],
            "trips": facts["trips"],
            "routes": facts["routes"],
            "areas": len(areas),
            "residents": int(grid.sum()),
            "zip_mb": facts["path"].stat().st_size / 1e6,
        },
        folder / "facts.json",
    )


def chain(folder: Path) -> None:
    sys.path.insert(0, str(ROOT))
    import geopandas as gpd

    from segregation_plugin.core.transit import gtfs_feed, nearby, quality_raster
    from segregation_plugin.core.transit import quality_classes as qc
    from segregation_plugin.core.transit import transit_access as ta
    from segregation_plugin.core.transit import transit_service as ts
    from segregation_plugin.core.transit.gtfs_stop_times_read import read_stop_times
    from segregation_plugin.core.transit.gtfs_tables import FeedFiles
    from segregation_plugin.core.transit.service_window import ServiceWindow

    # like with like: stop_times.txt alone, its bytes to columns (not part of the chain)
    started = time.perf_counter()
    files = FeedFiles(folder / "national_gtfs.zip")
    raw = read_stop_times(files)
    files.close()
    raw_read = time.perf_counter() - started
    plain = raw is not None
    del raw
    times = {}
    t = time.perf_counter()

    peaks = {}

    cpu, spent = {}, cpu_seconds()

    def lap(name):
        nonlocal t, spent
        now, now_cpu = time.perf_counter(), cpu_seconds()
        times[name], cpu[name] = now - t, now_cpu - spent
        peaks[name] = peak_mb()  # the process's peak so far: the step that raised it shows
        t, spent = now, now_cpu

    feed = gtfs_feed.read_feed(folder / "national_gtfs.zip")
    lap("read")
    gtfs_kits_count = ServiceWindow(
        SERVICE_DAY, include_last_stop=True, include_demand_responsive=True
    )
    service_day = ts.stop_events(feed, gtfs_kits_count)
    per_stop = service_day.groupby("stop").size()
    counts = dict(zip(feed.stops["stop_id"].to_numpy()[per_stop.index], per_stop.tolist()))
    del service_day  # as a tool lets its intermediate results go when it ends
    lap("service_day")
    window = ServiceWindow(SERVICE_DAY, *WINDOW)
    events = ts.stop_events(feed, replace(window, include_demand_responsive=True))
    service = ts.stop_service(feed, window)
    lap("window")
    stops, _ = qc.stop_categories(feed, events, window.minutes)
    del events
    x, y = nearby.project_lonlat(stops["stop_lon"], stops["stop_lat"], "EPSG:3006")
    rank = stops["category_rank"].to_numpy()
    lap("categories")
    polygons = qc.class_polygons(x, y, rank, "EPSG:3006")
    lap("polygons")
    array, origin = quality_raster.class_raster(x, y, rank, 100.0)
    quality_raster.write_class_raster(folder / "classes.tif", array, origin, "EPSG:3006")
    lap("raster")
    areas = gpd.read_file(folder / "areas.gpkg")
    points = ta.points_from_raster(folder / "population_250m.tif", areas)
    access = ta.access_by_area(areas, points, x, y, service["departures"].to_numpy(), rank)
    gap = ta.gap_table(access, areas["area_type"])
    lap("access")
    _write_json(
        {
            "times": times,
            "cpu": cpu,
            "peak_mb": peak_mb(),
            "peaks": peaks,
            "raw_read": raw_read,
            "plain": plain,
            "counts": counts,
            "window_departures": int(service["departures"].sum()),
            "categories": stops["category"].value_counts().to_dict(),
            "polygons": {r.quality_class: r.area_km2 for r in polygons.itertuples()},
            "raster_cells": int(array.size),
            "points": len(points),
            "gap": gap.iloc[-1][["pct_class_AB", "pct_class_EF_none"]].to_dict(),
        },
        folder / "ours.json",
    )


# --- the peer -----------------------------------------------------------------------------------
def gtfs_kit_python():
    """The venv's python with gtfs_kit, created on first use; None (and why) if impossible."""
    python = VENV / "bin" / "python"
    if (
        python.exists()
        and subprocess.run([str(python), "-c", "import gtfs_kit"], capture_output=True).returncode
        == 0
    ):
        return python, ""
    base = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    try:
        subprocess.run(
            [base, "-m", "venv", str(VENV)], check=True, capture_output=True, timeout=300
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "gtfs_kit"],
            check=True,
            capture_output=True,
            timeout=900,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        return None, f"{exc} {detail.decode(errors='replace')[-300:]}"
    return python, ""


def national(folder: Path):
    """The national feed (generated in ``folder``): the plugin's chain, then gtfs_kit;
    (facts, the plugin's figures)."""
    print("generating the national-scale feed, population grid and areas …", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--generate", str(folder)], check=True)
    facts = _read_json(folder / "facts.json")
    print(
        f"  {facts['stops']:,} stops, {facts['stop_times']:,} stop times, {facts['trips']:,} trips, "
        f"{facts['routes']:,} routes ({facts['zip_mb']:.0f} MB zip); {facts['areas']:,} areas, "
        f"{facts['residents']:,} residents on a 250 m grid ({time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--chain", str(folder)], check=True)
    wall = time.perf_counter() - started
    ours = _read_json(folder / "ours.json")
    t = ours["times"]
    total = sum(t.values())
    print("\nplugin (segregation_plugin.core), one process:")
    print(
        f"  read feed                                   {t['read']:6.1f} s  (stop_times.txt "
        f"alone, bytes to columns{'' if ours['plain'] else ' — NOT plain'}: "
        f"{ours['raw_read']:.1f} s, outside the chain)"
    )
    print(f"  departures per stop, service day            {t['service_day']:6.1f} s")
    print(
        f"  departures per stop, 06–20 (+ stop table)   {t['window']:6.1f} s "
        f"({ours['window_departures']:,} departures)"
    )
    print(
        f"  stop categories                             {t['categories']:6.1f} s  {ours['categories']}"
    )
    print(
        f"  quality-class polygons, whole country       {t['polygons']:6.1f} s  "
        + ", ".join(f"{k} {v:,.0f} km²" for k, v in ours["polygons"].items())
    )
    print(
        f"    ({ours['cpu']['polygons']:.1f} s of CPU on {os.cpu_count()} cores: each class's union "
        "traced in numpy, the classes in threads; GEOS cuts the better classes out, the groups "
        "in parallel; see docs/DEVELOPING.md)"
    )
    print(
        f"  quality-class raster 100 m (GeoTIFF)        {t['raster']:6.1f} s  ({ours['raster_cells']:,} cells)"
    )
    print(
        f"  access per area, {facts['areas']:,} areas + gap table   {t['access']:6.1f} s  "
        f"({ours['points']:,} populated cells; gap A–B {ours['gap']['pct_class_AB']:+.1f} points)"
    )
    print(
        f"  whole chain                                 {total:6.1f} s  (process {wall:.1f} s wall)"
        f"   target < 15 s: {'met' if total < 15 else 'NOT met'}"
    )
    print(
        f"  peak memory                                 {ours['peak_mb']:6.0f} MB"
        f"   target < 800 MB: {'met' if ours['peak_mb'] < 800 else 'NOT met'}"
    )
    print(
        "  peak memory after each step (MB): "
        + ", ".join(f"{STEPS[k]} {v:.0f}" for k, v in ours["peaks"].items())
    )

    bench = "bench_transit"
    record(bench, "quality-class polygons, whole country", t["polygons"], max_value=3.0)
    record(bench, "whole transit chain", total, max_value=15.0)
    record(bench, "transit chain peak memory", ours["peak_mb"], unit="MB", max_value=800)

    python, why = gtfs_kit_python()
    reads, peer_reads = both_reads(folder, python)
    print(
        f"  read feed, best of {len(reads)} ({ROUNDS} processes, in turn with gtfs_kit's)  "
        f"{min(reads):6.1f} s  ({', '.join(f'{r:.2f}' for r in reads)} s)"
    )
    if python is None:
        print(f"\ngtfs_kit could not be installed in {VENV} ({why.strip()}); plugin figures only.")
        return facts, ours
    out = folder / "gtfs_kit.json"
    subprocess.run(
        [str(python), "-c", GTFS_KIT_SCRIPT, str(folder / "national_gtfs.zip"), DATE, str(out)],
        check=True,
    )
    peer = _read_json(out)
    peer["read"] = min(peer_reads)
    peer_total = peer["read"] + peer["stats"]
    ours_total = t["read"] + t["service_day"]
    same = peer["counts"] == {k: int(v) for k, v in ours["counts"].items()}
    diff = sum(
        1
        for k in set(peer["counts"]) | set(ours["counts"])
        if peer["counts"].get(k) != ours["counts"].get(k)
    )
    print(f"\ngtfs_kit {peer['version']} (its own venv), same feed and date:")
    print(
        f"  read_feed, best of {len(peer_reads)}                        {peer['read']:6.1f} s  "
        f"({', '.join(f'{r:.2f}' for r in peer_reads)} s)"
    )
    print(
        f"  compute_stop_stats                          {peer['stats']:6.1f} s  (peak {peer['peak_mb']:.0f} MB)"
    )
    window_total = t["read"] + t["window"]
    record(
        bench,
        f"read the national feed (best of {len(reads)}, in turn)",
        min(reads),
        f"gtfs_kit read_feed (best of {len(peer_reads)}, in turn)",
        peer["read"],
        max_ratio=1.0,
        max_value=3.0,
    )
    record(
        bench,
        "read + departures per stop (service day)",
        ours_total,
        "gtfs_kit read_feed + compute_stop_stats",
        peer_total,
        max_ratio=1.0,
    )
    print(
        f"\nread + departures per stop: plugin {ours_total:.1f} s (service day, gtfs_kit's count) "
        f"or {window_total:.1f} s (06–20 window with the stop table), gtfs_kit {peer_total:.1f} s "
        f"→ plugin {peer_total / ours_total:.1f}× / {peer_total / window_total:.1f}× as fast"
    )
    print(
        f"counts per stop (every stop time of the date's trips, gtfs_kit's num_trips): "
        f"{'identical for all ' + format(len(peer['counts']), ',') + ' stops' if same else f'{diff} stops differ'}"
    )
    return facts, ours


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-transit-"))
    try:
        facts, ours = national(folder)
        scaling(folder, facts, ours)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


STEPS = {
    "read": "read feed",
    "service_day": "departures, service day",
    "window": "departures, 06–20",
    "categories": "stop categories",
    "polygons": "class polygons",
    "raster": "class raster 100 m",
    "access": "access per area + gap",
}


SCALING_ROUNDS = 3  # the quarter and the whole chain in turn, this many times, each step's best


def scaling(folder: Path, facts, ours) -> None:
    """The chain on a quarter of the country's stops (about a large county's feed) and on
    the whole feed, in processes of their own, in turn, :data:`SCALING_ROUNDS` times (the
    national run above is the first whole one): how each step's best time, and the peak
    memory, grow from the quarter to the whole feed against the growth of the data (stop
    times). growth / data growth near 1 is linear; clearly above 1, the step grows faster
    than its data. In turn, because this machine's speed drifts over minutes: the quarter run
    once, minutes after the whole one, read 1.26 of linear for the same code that read 0.92 in
    another run."""
    small_folder = Path(tempfile.mkdtemp(prefix="bench-transit-quarter-"))
    runs = {"whole": [ours], "quarter": []}
    try:
        subprocess.run(
            [sys.executable, __file__, "--generate", str(small_folder), str(SCALE)], check=True
        )
        small = _read_json(small_folder / "facts.json")
        for round_ in range(SCALING_ROUNDS):
            for size, where in (("whole", folder), ("quarter", small_folder)):
                if size == "whole" and round_ == 0:
                    continue  # the national run
                subprocess.run([sys.executable, __file__, "--chain", str(where)], check=True)
                runs[size].append(_read_json(where / "ours.json"))
    finally:
        shutil.rmtree(small_folder, ignore_errors=True)
    quarter, ours = _best(runs["quarter"]), _best(runs["whole"])
    data = facts["stop_times"] / small["stop_times"]
    print(
        f"\nscaling: the chain on {SCALE:g} of the stops ({small['stops']:,} stops, "
        f"{small['stop_times']:,} stop times, {small['areas']:,} areas) and on the whole feed, "
        f"{SCALING_ROUNDS} of each in turn, each step's best; the data grow {data:.2f} ×"
    )
    print(f"  {'step':<28} {'quarter':>8} {'whole':>8} {'growth':>7}  growth / data growth")
    rows = [(STEPS[k], quarter["times"][k], ours["times"][k], "s") for k in STEPS]
    rows.append(("whole chain", sum(quarter["times"].values()), sum(ours["times"].values()), "s"))
    rows.append(("peak memory", quarter["peak_mb"], ours["peak_mb"], "MB"))
    for name, a, b, unit in rows:
        growth = b / a if a else float("nan")
        flag = "  ← faster than its data" if growth / data > 1.25 and b > 0.5 else ""
        print(
            f"  {name:<28} {a:6.1f} {unit:<2}{b:6.1f} {unit:<2}{growth:6.2f} ×  {growth / data:5.2f}"
            f"{flag}"
        )
    bench = "bench_transit"
    for name, a, b, unit in rows[-2:]:
        record(
            bench,
            f"{name}: whole feed against {SCALE:g} of it × data growth ({data:.1f} ×)",
            b,
            f"{SCALE:g} feed × {data:.1f}",
            a * data,
            unit=unit,
            max_ratio=GROWTH_TARGET if unit == "s" else 1.0,
        )


def _best(runs: list) -> dict:
    """Each step's best time of ``runs`` (chain figures) and their largest peak memory."""
    return {
        "times": {k: min(run["times"][k] for run in runs) for k in runs[0]["times"]},
        "peak_mb": max(run["peak_mb"] for run in runs),
    }


if __name__ == "__main__":
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    if len(sys.argv) in (3, 4) and sys.argv[1] == "--generate":
        generate(Path(sys.argv[2]), *map(float, sys.argv[3:]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--chain":
        chain(Path(sys.argv[2]))
    elif len(sys.argv) == 5 and sys.argv[1] == "--reads":
        read_times(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(main())
