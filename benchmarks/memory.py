"""Peak memory of this process: the most resident memory it has held (MB).

Linux's ``/proc/self/status`` VmHWM, which belongs to the process's own memory. Not
``getrusage``'s ``ru_maxrss`` there: a child started with ``subprocess`` inherits its
parent's figure at the fork and keeps it after the exec, so every child of a bench that
had grown to 550 MB reported at least 550 MB — the quarter-size runs of the planning
scaling read 548 MB, as much as the full-size ones. Without ``/proc`` (macOS)
``ru_maxrss``, which macOS gives in bytes. ``PEAK_SNIPPET`` reads VmHWM only: it is for the
peers' scripts, which the benches start on Linux.
"""

from __future__ import annotations

import sys

PEAK_SNIPPET = (  # the same figure in a peer's script (python -c): no import of this file
    "next((int(l.split()[1]) / 1024 for l in open('/proc/self/status') "
    "if l.startswith('VmHWM:')), 0.0)"
)


def peak_mb() -> float:
    """The process's peak resident memory in MB."""
    peak = _status_mb("VmHWM:")
    if peak is not None:
        return peak
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def _status_mb(key: str):
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Start the peak (VmHWM) again from the memory held now, so that :func:`peak_mb` after a
    step is that step's peak within a process that held more before: Linux's
    ``/proc/self/clear_refs`` (writing 5). False where that cannot be done (macOS, old
    kernels): the peak is then the process's since its start."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def resident_mb():
    """The resident memory now (MB; VmRSS), or None without ``/proc``."""
    return _status_mb("VmRSS:")
