"""How the planning chain's time and memory grow with its data (issue 12, deliverable 4).

The chain (tenure mix → planned housing → planning table → raster statistics, through
Processing) runs on a quarter, once and four times the data of ``bench_planning.py``, each
size in its own process, the three in turn for :data:`ROUNDS` rounds.

**Every sample is the same amount of data.** A sample at 4 × is one run; at 1 × four runs
in a row, at ¼ sixteen, timed together (:func:`runs_per_sample`); each process takes
:data:`SAMPLES` samples of each step, and each step keeps its best sample of all the rounds,
as time per run. Best single runs were compared before, and on this machine they favour the
small size: its speed swings by a third within seconds, and a 2 s run can fall into a fast
moment where an 8 s run cannot. The same 1 × chain in one process, 12 runs of each step in
five rounds: the best single run of each step was 2–10 % faster than its best four in a row
/ 4 (planning table 2.36 s against 2.59 s), as much as the chain's whole distance from linear
growth; compared that way, the 1 → 4 growth read 0.97 or 1.00 of linear depending only on
how many 1 × runs were kept (3 or 12), and 0.93 against four in a row. The best single runs
are printed too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from results import GROWTH_TARGET, record

SCALES = (0.25, 4)
ROUNDS = 4  # the sizes in turn this many times (with single runs and 3 rounds, the same
# code read 0.99 and 1.07; five rounds of three samples took 24 minutes)
SAMPLES = 2  # samples of each step in each process
SHORT = ("tenure mix", "planned housing", "planning table", "raster statistics")


def runs_per_sample(scale: float) -> int:
    """How many runs in a row make one sample at ``scale``: as much data as one run at the
    largest scale (16 at ¼, 4 at 1 ×, 1 at 4 ×)."""
    return max(1, round(SCALES[-1] / scale))


def scaling(script: str) -> None:
    """The chain at a quarter, once and four times the data, each in its own process
    (``script --scale F out.json``), the three in turn for :data:`ROUNDS` rounds; prints each
    step's time per run and the peak memory against the growth of the data, and records the
    whole chain and the peak memory at 4 × against 4 × their figures at 1 ×. growth / data
    growth near 1 is linear; clearly above 1, the step grows faster than its data. In turn,
    because this machine's speed drifts over minutes: a 4 × run timed minutes after the 1 ×
    one once read 1.13 of linear, and 0.93–1.0 when the two ran alternately in one process.
    The main run's figures are not used here: that run also timed QGIS's tools."""
    sizes = (SCALES[0], 1, SCALES[1])
    runs, chains = {}, {}
    for _ in range(ROUNDS):
        for factor in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "scaled.json"
                command = [sys.executable, script, "--scale", str(factor), str(out)]
                subprocess.run(command, check=True)
                run = json.loads(out.read_text())
            chains.setdefault(factor, []).append(sum(run["times"]))
            if factor in runs:  # each step's best, the largest peak
                best = runs[factor]
                for key in ("times", "cpu", "single"):
                    best[key] = [min(a, b) for a, b in zip(best[key], run[key])]
                best["peak_mb"] = max(best["peak_mb"], run["peak_mb"])
            else:
                runs[factor] = run
    _print_table(runs, sizes)
    paired = [c / b / SCALES[1] for b, c in zip(chains[1], chains[SCALES[1]])]
    print(  # a 1 × process and the 4 × one after it: the machine's speed drifts less in between
        f"  whole chain 1→4 in each round (a 1 × process, then the 4 × one): "
        f"{' '.join(f'{g:.2f}' for g in paired)}; median {sorted(paired)[len(paired) // 2]:.2f}"
    )
    single_1, single_4 = sum(runs[1]["single"]), sum(runs[SCALES[1]]["single"])
    print(
        f"  best single runs instead (each step's fastest run alone): {single_1:.2f} s at 1 ×, "
        f"{single_4:.2f} s at 4 ×: {single_4 / single_1 / SCALES[1]:.2f} of linear"
    )
    big = runs[SCALES[1]]
    for name, at_1, at_4, unit in (
        ("whole chain", sum(runs[1]["times"]), sum(big["times"]), "s"),
        ("peak memory", runs[1]["peak_mb"], big["peak_mb"], "MB"),
    ):
        record(
            "bench_planning",
            f"{name} at {SCALES[1]:g} × the data ({big['areas']:,} areas)",
            at_4,
            f"{SCALES[1]:g} × its figure at 1 ×"
            + (f" ({runs[1]['runs']} runs in a row)" if unit == "s" else ""),
            at_1 * SCALES[1],
            unit=unit,
            max_ratio=GROWTH_TARGET if unit == "s" else 1.0,
        )


def _print_table(runs: dict, sizes) -> None:
    """Each step's time per run (wall and CPU) and the peak memory at the three sizes, with
    the growth from ¼ to 1 × and from 1 to 4 × against the data's."""
    counts = ", ".join(f"{runs[f]['runs']} at {f:g} ×" for f in sizes)
    print(
        f"\nscaling: the plugin's chain at {' and '.join(f'{f:g}' for f in SCALES)} × the data, "
        f"{ROUNDS} rounds; each sample as much data as one run at {SCALES[-1]:g} × (runs in a "
        f"row: {counts}), time per run"
    )
    print(
        f"  {'step':<26}"
        + "".join(f"{f'{f:g} ×':>9}   " for f in sizes)
        + "   growth / data growth, ¼→1 and 1→4"
    )
    rows = [(name, [runs[f]["times"][i] for f in sizes], "s") for i, name in enumerate(SHORT)]
    rows.append(("whole chain", [sum(runs[f]["times"]) for f in sizes], "s"))
    rows += [(f"{n} (CPU)", [runs[f]["cpu"][i] for f in sizes], "s") for i, n in enumerate(SHORT)]
    rows.append(("whole chain (CPU)", [sum(runs[f]["cpu"]) for f in sizes], "s"))
    rows.append(("peak memory", [runs[f]["peak_mb"] for f in sizes], "MB"))
    for name, (a, b, c), unit in rows:
        up, down = (b / a) / (1 / SCALES[0]), (c / b) / SCALES[1]
        flag = "  ← faster than its data" if max(up, down) > 1.25 and c > 1 else ""
        print(
            f"  {name:<26}{a:8.2f} {unit:<3}{b:8.2f} {unit:<3}{c:8.2f} {unit:<3}  {up:5.2f}  {down:5.2f}{flag}"
        )
