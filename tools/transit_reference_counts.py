#!/usr/bin/env python3
"""Departures per stop from gtfs_kit, written to tests/data/gtfs_kit_stop_counts.csv.

Run it with a throwaway venv that has gtfs_kit (never the project's):

    /usr/bin/python3 -m venv /tmp/gk && /tmp/gk/bin/pip install gtfs_kit
    /tmp/gk/bin/python tools/transit_reference_counts.py

gtfs_kit's ``compute_stop_stats`` counts, per stop and service date, every stop time of the
trips that run on the date (``num_trips``): whatever its time (also past 24:00), the
trip's last stop included, stops not grouped to stations, trips in frequencies.txt not
expanded. The tests compare it with ``stop_events(feed, ServiceWindow(date,
include_last_stop=True, include_demand_responsive=True))`` (a whole service day) per stop,
which counts the same things.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import gtfs_kit as gk

ROOT = Path(__file__).resolve().parents[1]
FEEDS = [
    (
        "cairns_gtfs.zip",
        ROOT.parent / "shared" / "data" / "gtfs" / "cairns_gtfs.zip",
        ["20140604", "20140609"],
    ),
    (
        "exempellan_gtfs.zip",
        ROOT / "resources" / "sample" / "exempellan_gtfs.zip",
        ["20221012", "20220606"],
    ),
]


def main() -> int:
    out = ROOT / "tests" / "data" / "gtfs_kit_stop_counts.csv"
    rows = []
    for name, path, dates in FEEDS:
        if not path.exists():
            print(f"skipped {path} (absent)")
            continue
        feed = gk.read_feed(path, dist_units="km")
        for date in dates:
            stats = gk.compute_stop_stats(feed, [date])
            for stop_id, trips, routes in zip(
                stats["stop_id"], stats["num_trips"], stats["num_routes"]
            ):
                rows.append((name, date, stop_id, int(trips), int(routes)))
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["feed", "date", "stop_id", "num_trips", "num_routes"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} rows from gtfs_kit {gk.__version__} → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
