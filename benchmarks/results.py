"""Results of one benchmark script, for ``run.py``'s summary table and ``out/bench.json``.

A benchmark calls :func:`record` once per compared step; the rows go to a JSON fragment
``<folder>/<script>.json`` in the folder that ``run.py`` names in ``BENCH_RESULTS_DIR``
(nothing is written when a script runs alone without it). Each row holds the step, the
plugin's figure, the peer's name and figure, the ratio plugin / peer (below 1 = the
plugin is faster), the target and whether it was met.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENV = "BENCH_RESULTS_DIR"

# The target on how a time grows with its data (the scaling rows): at most 1.1 × linear.
# Not 1.0: a chain that grows exactly as its data does sits at 1.0, and this machine's noise
# decides the side. The same code's planning chain read 0.90, 0.97, 0.99, 1.01 and 1.03 of
# linear in five bench runs (its rounds 0.62–1.28), the area-types tool 0.78–0.99. Memory
# does not swing so: its rows keep 1.0. The planning and transit tables also mark a single
# step above 1.25 × linear.
GROWTH_TARGET = 1.1


def record(
    bench: str,
    step: str,
    plugin: float,
    peer: str = "",
    peer_value: float | None = None,
    *,
    unit: str = "s",
    max_ratio: float | None = None,
    max_value: float | None = None,
) -> dict:
    """Add one row to ``bench``'s fragment and return it.

    ``max_ratio``: the target on plugin / peer; ``max_value``: the target on the plugin's
    own figure (seconds or MB, in ``unit``). With both, both must hold."""
    ratio = plugin / peer_value if peer_value else None
    targets, met = [], True
    if max_ratio is not None:
        targets.append(f"ratio ≤ {max_ratio:g}")
        met = met and ratio is not None and ratio <= max_ratio
    if max_value is not None:
        targets.append(f"≤ {max_value:g} {unit}")
        met = met and plugin <= max_value
    row = {
        "bench": bench,
        "step": step,
        "plugin": round(plugin, 3),
        "unit": unit,
        "peer": peer,
        "peer_value": None if peer_value is None else round(peer_value, 3),
        "ratio": None if ratio is None else round(ratio, 3),
        "target": ", ".join(targets),
        "met": met if targets else None,
    }
    folder = os.environ.get(ENV)
    if folder:
        path = Path(folder) / f"{bench}.json"
        rows = json.loads(path.read_text()) if path.is_file() else []
        rows.append(row)
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return row
