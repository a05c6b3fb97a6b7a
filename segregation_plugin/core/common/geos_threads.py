"""Polygon overlays (union, difference) on several cores, for work that splits into
independent groups, such as the quality classes' circles, dissolved one touching group at
a time.

GEOS does the overlays. shapely 2 lets go of Python's lock inside its functions. shapely
1.8 calls GEOS through ctypes, which lets go of the lock during each call, but all its
calls share one GEOS context, which two threads must not use at once. Each worker here
therefore has overlays of its own (:class:`Overlays`): under shapely 1.8 a GEOS context of
its own, called through GEOS's reentrant C API. Groups go in and come out as well-known
binary, so no geometry passes between threads, and the results are the same, byte for
byte, whichever thread computed them and in whatever order.
"""

from __future__ import annotations

import ctypes
import os
import queue
import threading

from .dependencies import require
from .progress import NO_PROGRESS, Progress

WORKERS = max(1, min(8, os.cpu_count() or 1))


class OverlayError(RuntimeError):
    """GEOS could not compute an overlay (a topology error)."""


def _shapely_errors(call, what: str):
    """``call()``, with shapely's errors raised as :class:`OverlayError`."""
    errors = require("shapely.errors")
    known = (errors.ShapelyError, ValueError)  # shapely 1.8 and 2; GEOS topology errors
    try:
        return call()
    except known as exc:
        raise OverlayError(f"GEOS could not compute the {what} of the polygons: {exc}") from exc


class _Shapely2:
    """Overlays through shapely 2's functions, which let go of Python's lock."""

    def __init__(self):
        self._s = require("shapely")

    def load(self, data: bytes):
        return _shapely_errors(lambda: self._s.from_wkb(data), "reading")

    def union(self, data: bytes):
        return _shapely_errors(lambda: self._s.union_all(self.load(data)), "union")

    def difference(self, a, b):
        return _shapely_errors(lambda: self._s.difference(a, b), "difference")

    def area(self, g) -> float:
        return float(self._s.area(g))

    def dump(self, g) -> bytes:
        return self._s.to_wkb(g)

    def free(self, g) -> None:
        pass

    def close(self) -> None:
        pass


def _geos_library():
    """shapely 1.8's GEOS library (ctypes), or None when it lacks the reentrant API."""
    try:
        from shapely.geos import lgeos
    except ImportError:
        return None
    lib = getattr(lgeos, "_lgeos", None)
    names = ("GEOS_init_r", "GEOSUnaryUnion_r", "GEOSDifference_r", "GEOSWKBReader_read_r")
    return lib if lib is not None and all(hasattr(lib, n) for n in names) else None


class _Context:
    """GEOS's reentrant C API with a context of its own (shapely 1.8). The functions are
    new ctypes prototypes, so shapely's own declarations are left as they are; ctypes lets
    go of Python's lock during each call."""

    # name: result and arguments, one letter each: p pointer, s bytes, z size, Z size out,
    # D double out, i int, - nothing (every function takes the context first)
    _PROTOTYPES = {
        "GEOS_init_r": "p:",
        "GEOS_finish_r": "-:p",
        "GEOSWKBReader_create_r": "p:p",
        "GEOSWKBReader_destroy_r": "-:pp",
        "GEOSWKBReader_read_r": "p:ppsz",
        "GEOSWKBWriter_create_r": "p:p",
        "GEOSWKBWriter_destroy_r": "-:pp",
        "GEOSWKBWriter_write_r": "p:pppZ",
        "GEOSFree_r": "-:pp",
        "GEOSUnaryUnion_r": "p:pp",
        "GEOSDifference_r": "p:ppp",
        "GEOSArea_r": "i:ppD",
        "GEOSGeom_destroy_r": "-:pp",
    }
    _TYPES = {
        "p": ctypes.c_void_p,
        "s": ctypes.c_char_p,
        "z": ctypes.c_size_t,
        "Z": ctypes.POINTER(ctypes.c_size_t),
        "D": ctypes.POINTER(ctypes.c_double),
        "i": ctypes.c_int,
        "-": None,
    }

    def __init__(self, lib):
        self._f = {}
        for name, spec in self._PROTOTYPES.items():
            types = [self._TYPES[letter] for letter in spec.replace(":", "")]
            self._f[name] = ctypes.CFUNCTYPE(*types)((name, lib))
        self._h = self._f["GEOS_init_r"]()
        self._reader = self._f["GEOSWKBReader_create_r"](self._h)
        self._writer = self._f["GEOSWKBWriter_create_r"](self._h)

    def _checked(self, g, what: str):
        if not g:
            raise OverlayError(f"GEOS could not compute the {what} of the polygons")
        return g

    def load(self, data: bytes):
        g = self._f["GEOSWKBReader_read_r"](self._h, self._reader, data, len(data))
        return self._checked(g, "reading")

    def union(self, data: bytes):
        g = self.load(data)
        try:
            return self._checked(self._f["GEOSUnaryUnion_r"](self._h, g), "union")
        finally:
            self.free(g)

    def difference(self, a, b):
        return self._checked(self._f["GEOSDifference_r"](self._h, a, b), "difference")

    def area(self, g) -> float:
        value = ctypes.c_double()
        if not self._f["GEOSArea_r"](self._h, g, ctypes.byref(value)):
            raise OverlayError("GEOS could not compute the area of the polygons")
        return value.value

    def dump(self, g) -> bytes:
        size = ctypes.c_size_t()
        data = self._f["GEOSWKBWriter_write_r"](self._h, self._writer, g, ctypes.byref(size))
        self._checked(data, "well-known binary")
        try:
            return ctypes.string_at(data, size.value)
        finally:
            self._f["GEOSFree_r"](self._h, data)

    def free(self, g) -> None:
        if g:
            self._f["GEOSGeom_destroy_r"](self._h, g)

    def close(self) -> None:
        self._f["GEOSWKBWriter_destroy_r"](self._h, self._writer)
        self._f["GEOSWKBReader_destroy_r"](self._h, self._reader)
        self._f["GEOS_finish_r"](self._h)


class _Shapely18:
    """Overlays through shapely 1.8's own calls: one thread only (its shared context)."""

    def __init__(self):
        self._wkb = require("shapely.wkb")
        self._ops = require("shapely.ops")

    def load(self, data: bytes):
        return _shapely_errors(lambda: self._wkb.loads(data), "reading")

    def union(self, data: bytes):
        return _shapely_errors(lambda: self._ops.unary_union([self.load(data)]), "union")

    def difference(self, a, b):
        return _shapely_errors(lambda: a.difference(b), "difference")

    def area(self, g) -> float:
        return g.area

    def dump(self, g) -> bytes:
        return g.wkb

    def free(self, g) -> None:
        pass

    def close(self) -> None:
        pass


def overlays_factory():
    """(a function making one worker's overlays, how many workers may run at once)."""
    shapely = require("shapely")
    if int(shapely.__version__.split(".")[0]) >= 2:
        return _Shapely2, WORKERS
    lib = _geos_library()
    if lib is None:
        return _Shapely18, 1
    return (lambda: _Context(lib)), WORKERS


def run_groups(tasks, work, progress: Progress = NO_PROGRESS, workers=None, sizes=None):
    """``work(overlays, task)`` for every task, on up to ``workers`` threads (default: the
    cores, at most 8), each with overlays of its own; the results in the tasks' order.

    Tasks start largest first when ``sizes`` are given, so that no large one is left to
    the end. Progress counts finished tasks; Cancel (and any error) stops the workers
    before their next task and is raised here once they have stopped."""
    make, most = overlays_factory()
    count = len(tasks)
    workers = max(1, min(most if workers is None else workers, most, count or 1))
    order = list(range(count))
    if sizes is not None:
        order.sort(key=lambda i: -sizes[i])
    results = [None] * count
    if workers == 1:
        ops = make()
        try:
            for done, i in enumerate(order):
                progress.check()
                results[i] = work(ops, tasks[i])
                progress.set(100.0 * (done + 1) / max(1, count))
        finally:
            ops.close()
        return results
    pending = queue.SimpleQueue()
    for i in order:
        pending.put(i)
    finished = queue.SimpleQueue()
    stop = threading.Event()

    def worker():
        try:
            ops = make()
        except BaseException as exc:  # handed to the caller's thread
            finished.put(exc)
            return
        try:
            while not stop.is_set():
                try:
                    i = pending.get_nowait()
                except queue.Empty:
                    break
                results[i] = work(ops, tasks[i])
                finished.put(i)
        except BaseException as exc:
            finished.put(exc)
        finally:
            ops.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for done in range(count):
            item = finished.get()
            if isinstance(item, BaseException):
                raise item
            progress.set(100.0 * (done + 1) / max(1, count))
            progress.check()
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    return results
