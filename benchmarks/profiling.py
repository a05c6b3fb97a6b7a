"""Where the time goes: a step run under cProfile, printed as a few lines under the step's
figure: the plugin's functions that take the most time (with what they call), below the
outermost ones that wrap the whole step, then the functions with the most own time."""

from __future__ import annotations

import cProfile
import pstats
import time


def profiled(job, top: int = 6):
    """(seconds under the profiler, job's result, lines)."""
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    try:
        result = job()
    finally:
        profile.disable()
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profile).stats
    total = seconds or 1.0
    plugin = [
        (key, row)
        for key, row in stats.items()
        if "segregation_plugin/" in key[0] and row[3] < 0.9 * total
    ]
    lines = []
    for (path, line, name), (_, calls, _own, cumulative, _) in sorted(
        plugin, key=lambda item: -item[1][3]
    )[:top]:
        lines.append(
            f"{100 * cumulative / total:5.1f} %  {cumulative:6.2f} s with callees  {calls:>8,} "
            f"calls  {name} ({_short(path)}:{line})"
        )
    for (path, line, name), (_, calls, own, _cumulative, _) in sorted(
        stats.items(), key=lambda item: -item[1][2]
    )[:3]:
        lines.append(
            f"{100 * own / total:5.1f} %  {own:6.2f} s own time      {calls:>8,} calls  "
            f"{name} ({_short(path)}:{line})"
        )
    return seconds, result, lines


def _short(path: str) -> str:
    for marker in ("segregation_plugin/", "site-packages/", "dist-packages/", "python3.11/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path
