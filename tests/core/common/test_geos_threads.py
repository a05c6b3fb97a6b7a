"""Overlays on several threads: each worker its own GEOS; results in the tasks' order,
the same as on one thread; Cancel and errors stop the workers and leave no thread."""

from __future__ import annotations

import threading

import pytest
import shapely
import shapely.wkb
from shapely.geometry import MultiPolygon, Point

from segregation_plugin.core.common import geos_threads
from segregation_plugin.core.common.errors import Cancelled
from segregation_plugin.core.common.progress import Progress


def overlapping_discs(n, shift):
    """Well-known binary of one MultiPolygon of ``n`` overlapping discs in a row."""
    discs = [Point(shift + 30.0 * i, 0).buffer(50, 24) for i in range(n)]
    return MultiPolygon(discs).wkb


def union_area(ops, data):
    g = ops.union(data)
    try:
        return ops.area(g), ops.dump(g)
    finally:
        ops.free(g)


TASKS = [overlapping_discs(n, 1000.0 * n) for n in (3, 40, 1, 12, 25, 7, 2, 30)]


def test_results_come_in_the_tasks_order_and_equal_one_thread():
    one = geos_threads.run_groups(TASKS, union_area, workers=1)
    two = geos_threads.run_groups(TASKS, union_area, workers=2, sizes=[len(t) for t in TASKS])
    assert two == one
    for data, (area, result) in zip(TASKS, one):
        expected = shapely.wkb.loads(data).buffer(0)
        assert area == pytest.approx(expected.area, rel=1e-12)
        assert shapely.wkb.loads(result).symmetric_difference(expected).area < 1e-6


def test_difference_of_a_union_less_a_smaller_union():
    def ring(ops, data):
        outer = ops.union(data)
        inner = ops.load(MultiPolygon([Point(0, 0).buffer(10, 24)]).wkb)
        shape = ops.difference(outer, inner)
        try:
            return ops.area(shape)
        finally:
            for g in (outer, inner, shape):
                ops.free(g)

    data = MultiPolygon([Point(0, 0).buffer(20, 24), Point(5, 0).buffer(20, 24)]).wkb
    got = geos_threads.run_groups([data, data], ring, workers=2)
    expected = shapely.wkb.loads(data).buffer(0).difference(Point(0, 0).buffer(10, 24)).area
    assert got == [pytest.approx(expected, rel=1e-12)] * 2


def test_progress_reaches_100_and_an_empty_list_is_no_work():
    seen = []
    geos_threads.run_groups(TASKS, union_area, Progress(seen.append), workers=2)
    assert seen[-1] == 100.0 and seen == sorted(seen)
    assert geos_threads.run_groups([], union_area, workers=2) == []


def test_cancel_stops_the_workers_and_leaves_no_thread():
    before = threading.active_count()
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        geos_threads.run_groups(TASKS * 20, union_area, Progress(None, cancelled), workers=2)
    assert threading.active_count() == before


def test_a_task_that_is_not_well_known_binary_raises_and_leaves_no_thread():
    before = threading.active_count()
    with pytest.raises(geos_threads.OverlayError):
        geos_threads.run_groups(TASKS[:3] + [b"\x01\x03\x00"] + TASKS, union_area, workers=2)
    assert threading.active_count() == before


@pytest.mark.parametrize("backend", ["_Shapely18", "_Shapely2", "context"])
def test_every_backend_unions_and_names_a_reading_error(backend):
    if backend == "_Shapely2" and int(shapely.__version__.split(".")[0]) < 2:
        pytest.skip("shapely 2's functions")
    if backend == "_Shapely18" and int(shapely.__version__.split(".")[0]) >= 2:
        pytest.skip("shapely 1.8's calls")
    if backend == "context":
        lib = geos_threads._geos_library()
        if lib is None:
            pytest.skip("shapely 1.8's GEOS library")
        ops = geos_threads._Context(lib)
    else:
        ops = getattr(geos_threads, backend)()
    try:
        area, data = union_area(ops, TASKS[1])
        assert area == pytest.approx(shapely.wkb.loads(TASKS[1]).buffer(0).area, rel=1e-12)
        with pytest.raises(geos_threads.OverlayError, match="reading"):
            ops.load(b"\x01\x03\x00")
    finally:
        ops.close()
