"""Counts of the bad-input cases, and the failing ids grouped by cause.

    .venv/bin/python -m tests.bad_input.summary             # cases per tool and per kind
    BAD_INPUT_REPORT=/tmp/bad.jsonl make test               # (or pytest tests/bad_input)
    .venv/bin/python -m tests.bad_input.summary /tmp/bad.jsonl   # failing ids by cause

A case fails for its first cause (most serious first: crash, traceback, generic message,
partial output, input modified, silently wrong, message lacks names, wrong outcome).
"""

from __future__ import annotations

import collections
import json
import sys

# kind families: the first matching prefix of a case's kind
FAMILIES = (
    ("memory", "memory layer"),
    ("empty-stop", "GTFS: empty stop_times"),
    ("empty-file", "unreadable or truncated file"),
    ("empty", "empty layer"),
    ("no-geometry", "features without geometry"),
    ("points", "wrong geometry type"),
    ("lines", "wrong geometry type"),
    ("no-crs", "layer without CRS"),
    ("other-crs", "layer in another CRS"),
    ("degrees", "degrees in EPSG:3006"),
    ("far-apart", "inputs that don't overlap"),
    ("raster-far", "inputs that don't overlap"),
    ("text-field", "text field for a number"),
    ("numbers-as-text", "text field for a number"),
    ("missing-share", "NaN, negative, out-of-range or malformed values"),
    ("missing", "missing or empty codes"),
    ("duplicated-stop", "GTFS: duplicated stop_times"),
    ("duplicate", "duplicate rows or codes"),
    ("key-table-deso", "duplicate rows or codes"),
    ("no-common", "duplicate rows or codes"),
    ("deso2025", "codes of DeSO 2025"),
    ("odd-length", "odd-length matrix"),
    ("half-row", "odd-length matrix"),
    ("unreadable", "unreadable or truncated file"),
    ("truncated", "unreadable or truncated file"),
    ("xlsx-without", "SCB export without data rows"),
    ("no-data", "SCB export without data rows"),
    ("comma", "csv: comma separator, decimal comma"),
    ("csv-line", "csv line over 128 KB"),
    ("latin", "csv: encoding"),
    ("gtfs-", "unreadable or truncated file"),
    ("raster-", "raster values and CRS"),
    ("times-back", "GTFS: times running backwards"),
    ("reversed", "GTFS: reversed frequencies"),
    ("stop", "GTFS: stop positions"),
    ("lat-lon", "GTFS: stop positions"),
    ("no-service", "GTFS: no service on the date"),
    ("route-type", "GTFS: route types"),
    ("no-direction", "GTFS: no direction_id"),
    ("output-folder", "output: folder does not exist"),
    ("output-", "output: into the input's GeoPackage"),
    ("two-outputs", "output: two outputs, one GeoPackage"),
    ("cancel", "cancel"),
)


def family(kind: str) -> str:
    default = "NaN, negative, out-of-range or malformed values"
    return next((name for prefix, name in FAMILIES if kind.startswith(prefix)), default)


def counts() -> None:
    from .cases import CASES

    print(f"{len(CASES)} cases, {sum(c.isolate for c in CASES)} in their own qgis_process")
    for title, key in (("per tool", lambda c: c.tool), ("per kind", lambda c: family(c.kind))):
        print(f"\n{title}:")
        for name, n in sorted(collections.Counter(map(key, CASES)).items()):
            print(f"  {n:4d}  {name}")


def failures(path: str) -> None:
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    failing = [r for r in rows if r["problems"]]
    print(f"{len(rows)} cases run, {len(failing)} failing")
    by_cause = collections.defaultdict(list)
    for row in failing:
        by_cause[row["problems"][0][0]].append(row["id"])
    for cause, ids in sorted(by_cause.items(), key=lambda item: -len(item[1])):
        print(f"\n{cause} ({len(ids)}):")
        for case_id in sorted(ids):
            print(f"  {case_id}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        failures(sys.argv[1])
    else:
        counts()
