#!/usr/bin/env python3
"""Run every ``benchmarks/bench_*.py`` (or those named on the command line) in turn.

Each benchmark prints its own figures and the ratio to a named peer measured in the same
run, and records its compared steps (``results.record``) in a JSON fragment. They run one
after another in separate processes so that peak-memory figures do not mix. At the end the
fragments are gathered into ONE summary table — step, plugin, peer, ratio, target, met —
printed and written to ``out/bench.json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "out" / "bench.json"
sys.path.insert(0, str(HERE))

from results import ENV  # noqa: E402


def main(argv) -> int:
    names = argv[1:]
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(n in s.stem for n in names)]
    failed, rows, walls = [], [], {}
    with tempfile.TemporaryDirectory(prefix="bench-results-") as folder:
        env = {**os.environ, ENV: folder}
        for script in scripts:
            print(f"\n=== {script.stem} ===", flush=True)
            started = time.time()
            result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, env=env)
            walls[script.stem] = round(time.time() - started, 1)
            print(
                f"--- {script.stem}: {walls[script.stem]:.1f} s wall, exit {result.returncode}",
                flush=True,
            )
            if result.returncode:
                failed.append(script.stem)
            fragment = Path(folder) / f"{script.stem}.json"
            if fragment.is_file():
                rows += json.loads(fragment.read_text())
    summary(rows)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "rows": rows,
                "wall_s": walls,
                "failed": failed,
                "load_average": load,
                "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            },
            ensure_ascii=False,
            indent=1,
        )
    )
    print(f"\n(written to {OUT.relative_to(HERE.parent)}; load average {load})")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


def summary(rows) -> None:
    """The one table: step, plugin, peer, ratio, target, met."""
    head = ("step", "plugin", "peer", "ratio", "target", "met")
    lines = []
    for r in rows:
        peer = r["peer"]
        if r["peer_value"] is not None:
            peer = f"{peer} {r['peer_value']:.2f} {r['unit']}"
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        lines.append(
            (
                f"{r['bench'].removeprefix('bench_')}: {r['step']}",
                f"{r['plugin']:.2f} {r['unit']}",
                peer,
                "" if r["ratio"] is None else f"{r['ratio']:.2f}",
                r["target"],
                met,
            )
        )
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines)] if lines else []
    print("\n=== summary ===")
    for line in [head, *lines]:
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths)).rstrip())


if __name__ == "__main__":
    sys.exit(main(sys.argv))
