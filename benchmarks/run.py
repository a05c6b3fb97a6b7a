#!/usr/bin/env python3
"""Run every ``benchmarks/bench_*.py`` (or those named on the command line) in turn.

Each benchmark prints its own figures and the ratio to a named peer measured in the same
run. They run one after another in separate processes so that peak-memory figures do not
mix.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv) -> int:
    names = argv[1:]
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(n in s.stem for n in names)]
    failed = []
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        started = time.time()
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        print(
            f"--- {script.stem}: {time.time() - started:.1f} s wall, exit {result.returncode}",
            flush=True,
        )
        if result.returncode:
            failed.append(script.stem)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
