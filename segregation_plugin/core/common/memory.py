"""Handing memory that a large step has freed back to the operating system.

Reading a national GTFS feed builds and drops several hundred MB of temporary arrays, in
more than one thread. glibc (Linux) keeps such freed memory in the threads' heaps for
later use, where other steps of the same QGIS session cannot always reuse it: the
process stays that much larger. :func:`release_free_memory` asks glibc to give the free
pages back (``malloc_trim``); elsewhere (Windows, macOS, other C libraries) it does
nothing — their allocators return large blocks by themselves.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from .dependencies import require

_TRIM = []


def release_free_memory() -> bool:
    """Give freed heap memory back to the system; True when glibc did so."""
    if not _TRIM:
        _TRIM.append(_malloc_trim())
    trim = _TRIM[0]
    if trim is None:
        return False
    return bool(trim(0))


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only (musl has none)
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def frame_of(columns: dict):
    """A DataFrame of ``columns`` (name → 1-d array or Categorical, all of one length),
    holding the arrays themselves. pandas 1.5 copies every array set as a column (0.13 s
    and 140 MB of fresh pages for a national timetable's six columns); joined as Series
    they are kept as they are. The frame has a RangeIndex."""
    pd = require("pandas")
    series = [pd.Series(values, name=name, copy=False) for name, values in columns.items()]
    if not series:
        return pd.DataFrame()
    if int(pd.__version__.split(".")[0]) >= 3:  # copy-on-write: concat copies nothing
        return pd.concat(series, axis=1)
    return pd.concat(series, axis=1, copy=False)
