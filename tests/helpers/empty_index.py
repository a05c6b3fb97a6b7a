"""A spatial index of nothing, made to fail loudly.

geopandas with its ``rtree`` backend (QGIS 3.22 on Debian, some Windows and macOS installs)
bulk-loads a spatial index from a stream of the geometries' bounds. On an empty stream
libspatialindex throws here (and geopandas carries on), but on other installs it crashes the
process with a segmentation fault — QGIS dies. The planning tools must therefore never build
an index of a side without geometry.

:func:`forbid_empty_index` patches ``rtree`` so that building such an index raises
:class:`EmptyIndexBuilt` (for tests in this process) or, with ``crash=True``, ends the process
with a segmentation fault as those installs do (for a test that runs a tool in a subprocess).
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools


class EmptyIndexBuilt(AssertionError):
    """A spatial index was built from an empty stream."""


def _patched(original, crash: bool):
    def init(self, *args, **kwargs):
        if args and hasattr(args[0], "__next__"):  # a stream of (id, bounds, object)
            stream = args[0]
            try:
                first = next(stream)
            except StopIteration:
                if crash:
                    ctypes.string_at(0)  # a segmentation fault, as libspatialindex gives
                raise EmptyIndexBuilt("a spatial index was built from an empty stream") from None
            args = (itertools.chain([first], stream), *args[1:])
        original(self, *args, **kwargs)

    return init


def install(crash: bool = False) -> bool:
    """Patch ``rtree`` for the rest of the process; False when rtree is not installed."""
    try:
        import rtree.index
    except ImportError:
        return False
    rtree.index.Index.__init__ = _patched(rtree.index.Index.__init__, crash)
    return True


@contextlib.contextmanager
def forbid_empty_index():
    """While inside, a spatial index of an empty stream raises :class:`EmptyIndexBuilt`."""
    try:
        import rtree.index
    except ImportError:
        yield
        return
    original = rtree.index.Index.__init__
    rtree.index.Index.__init__ = _patched(original, crash=False)
    try:
        yield
    finally:
        rtree.index.Index.__init__ = original


def uses_rtree() -> bool:
    """True when geopandas' spatial index is rtree's (the backend that crashes)."""
    import geopandas as gpd
    from shapely.geometry import box

    return type(gpd.GeoSeries([box(0, 0, 1, 1)]).sindex).__name__ == "RTreeIndex"
