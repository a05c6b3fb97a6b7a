"""The union of the quality-class circles traced in numpy (circle_outline): it must cover
exactly the ground GEOS's union of the whole polygons covers, be valid, and leave to GEOS
what it cannot pair up."""

from __future__ import annotations

import numpy as np
import pytest
import shapely.wkb
from shapely.geometry import Polygon
from shapely.ops import unary_union

from segregation_plugin.core.transit import circle_outline as co
from segregation_plugin.core.transit import circle_union as cu
from segregation_plugin.core.transit import quality_classes as qc


def unit(sides=96):
    angles = np.linspace(0, 2 * np.pi, sides, endpoint=False)
    return np.c_[np.cos(angles), np.sin(angles)]


def traced_and_geos(x, y, r, group=None, sides=96):
    x, y, r = np.asarray(x, float), np.asarray(y, float), np.asarray(r, float)
    labels, pairs = cu.touching_groups(x, y, r)
    polygons, failed = co.outline(
        x, y, r, pairs, sides, unit(sides), labels if group is None else group
    )
    geos = unary_union(
        [Polygon(unit(sides) * ri + (xi, yi)) for xi, yi, ri in zip(x, y, r) if ri > 0]
    )
    return {g: shapely.wkb.loads(b) for g, b in polygons.items()}, failed, geos


def assert_same_ground(traced, geos, tolerance=1e-6):
    union = unary_union(list(traced.values()))
    assert all(shape.is_valid for shape in traced.values())
    assert union.area == pytest.approx(geos.area, rel=1e-12)
    assert union.symmetric_difference(geos).area < tolerance  # m²


def test_two_crossing_circles_give_geos_outline_corner_for_corner():
    traced, failed, geos = traced_and_geos([0.0, 400.0], [0.0, 0.0], [750.0, 750.0])
    assert failed == set()
    (shape,) = traced.values()
    assert len(shape.geoms) == 1
    outline = shape.geoms[0].exterior.coords
    assert set(outline) == set(geos.exterior.coords)  # corners and both crossing points
    assert_same_ground(traced, geos)


def test_a_circle_inside_another_and_twins_add_nothing():
    traced, failed, geos = traced_and_geos([0.0, 500.0], [0.0, 0.0], [1000.0, 300.0])
    assert not failed and len(traced[0].geoms[0].exterior.coords) == 97  # the big circle
    traced, failed, geos = traced_and_geos([0.0, 0.0, 500.0], [0.0, 0.0, 0.0], [750.0] * 3)
    assert not failed
    assert_same_ground(traced, geos)
    traced, failed, geos = traced_and_geos([0.0] * 3, [0.0] * 3, [750.0, 500.0, 1000.0])
    assert not failed and traced[0].equals(geos)


def test_a_ring_of_circles_keeps_its_hole_and_an_island_in_it():
    # twelve 1000 m circles on a 3 km ring leave a hole in the middle; a 300 m circle at
    # the centre is another outer ring of the same group (as its 1000 m circle, which
    # touches the ring, makes it in class F): the hole belongs to the ring, not to it
    a = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    x, y = np.r_[3000 * np.cos(a), 0.0], np.r_[3000 * np.sin(a), 0.0]
    r = np.r_[np.full(12, 1000.0), 300.0]
    traced, failed, geos = traced_and_geos(x, y, r, group=np.zeros(13, np.int64))
    assert failed == set()
    (shape,) = traced.values()
    assert sorted(len(p.interiors) for p in shape.geoms) == [0, 1]
    ring = max(shape.geoms, key=lambda p: p.area)
    assert Polygon(ring.interiors[0]).contains(min(shape.geoms, key=lambda p: p.area))
    assert_same_ground(traced, geos)


@pytest.mark.parametrize("seed, n, size", [(12, 300, 4000), (3, 2000, 30_000)])
def test_random_towns_trace_the_same_ground_as_geos(seed, n, size):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, size, n), rng.uniform(0, size, n)
    r = rng.choice([300.0, 500.0, 750.0, 1000.0], n)
    traced, failed, geos = traced_and_geos(x, y, r)
    assert failed == set()
    assert_same_ground(traced, geos)


@pytest.mark.parametrize("spacing", [250.0, 500.0, 1000.0, 1500.0, 2000.0])
@pytest.mark.parametrize("radius", [300.0, 750.0, 1000.0])
def test_stops_on_a_grid_touch_and_cross_at_corners_yet_come_out_right(spacing, radius):
    # a square grid lines up edges and corners exactly, or within a rounding (tangent
    # circles at 2000 m): what is traced is right, and what is not is left to GEOS
    gx, gy = np.meshgrid(np.arange(5) * spacing, np.arange(5) * spacing)
    x, y = gx.ravel(), gy.ravel()
    traced, failed, geos = traced_and_geos(x, y, np.full(25, radius))
    labels, _ = cu.touching_groups(x, y, np.full(25, radius))
    assert set(traced) | failed == set(labels.tolist()) and not set(traced) & failed
    whole = [
        Polygon(unit() * radius + (xi, yi)) for xi, yi, g in zip(x, y, labels) if g not in failed
    ]
    if traced:
        assert_same_ground(traced, unary_union(whole))


@pytest.mark.parametrize("spacing", [500.0, 1000.0, 2000.0])
def test_class_polygons_of_a_grid_of_stops(spacing):
    # category I: class A within 500 m, B within 750 m, C within 1000 m
    gx, gy = np.meshgrid(np.arange(5) * spacing, np.arange(5) * spacing)
    x, y = gx.ravel(), gy.ravel()
    frame = qc.class_polygons(x, y, np.ones(25, np.int64), "EPSG:3006")
    previous = None
    for cls, shape in zip(frame["quality_class"], frame.geometry):
        r = {"A": 500.0, "B": 750.0, "C": 1000.0}[cls]
        reach = unary_union([Polygon(unit() * r + (xi, yi)) for xi, yi in zip(x, y)])
        expected = reach if previous is None else reach.difference(previous)
        previous = reach
        assert shape.is_valid
        assert shape.area == pytest.approx(expected.area, rel=1e-12)
        assert shape.symmetric_difference(expected).area < 1e-6


def test_pieces_that_do_not_pair_up_leave_their_group_to_geos():
    # corners on corners: (0, 1000) is a corner of the first circle and of the last, and
    # (1000, 0), the second's centre, one of the first's; there the pieces do not pair one
    # to one
    x, y = [0.0, 1000.0, 2000.0, 1000.0], [0.0, 0.0, 0.0, 1000.0]
    traced, failed, _ = traced_and_geos(x, y, [1000.0] * 4)
    assert failed == {0} and traced == {}
    # and class_polygons then gives GEOS's union of the group
    frame = qc.class_polygons(x, y, [1, 1, 1, 1], "EPSG:3006")
    radii = qc.class_radii()
    expected = unary_union([Polygon(unit() * radii[(1, 4)] + (xi, yi)) for xi, yi in zip(x, y)])
    got = frame.set_index("quality_class").geometry
    assert unary_union(list(got)).symmetric_difference(expected).area < 1e-6


def test_class_polygons_when_every_group_goes_to_geos(monkeypatch):
    rng = np.random.default_rng(5)
    n = 150
    x = np.r_[rng.uniform(0, 3000, n), rng.uniform(40_000, 41_000, 20)]
    y = np.r_[rng.uniform(0, 3000, n), rng.uniform(0, 1000, 20)]
    cat = rng.integers(0, 8, n + 20)
    traced = qc.class_polygons(x, y, cat, "EPSG:3006")
    real = co.outline

    def nothing_pairs(x, y, r, pairs, sides, unit, group):
        polygons, _ = real(x, y, r, pairs, sides, unit, group)
        return {}, set(polygons)

    monkeypatch.setattr(co, "outline", nothing_pairs)
    by_geos = qc.class_polygons(x, y, cat, "EPSG:3006")
    assert list(by_geos["quality_class"]) == list(traced["quality_class"])
    for a, b in zip(traced.geometry, by_geos.geometry):
        assert a.area == pytest.approx(b.area, rel=1e-12)
        assert a.symmetric_difference(b).area < 1e-6
        assert a.is_valid and b.is_valid


def test_no_circles_give_no_polygons():
    empty = np.zeros(0)
    no_pairs = (np.zeros(0, np.int64), np.zeros(0, np.int64), empty)
    assert co.outline(empty, empty, empty, no_pairs, 96, unit(), np.zeros(0, np.int64)) == (
        {},
        set(),
    )
    one = np.array([5.0])
    polygons, failed = co.outline(
        one, one, np.array([0.0]), no_pairs, 96, unit(), np.zeros(1, np.int64)
    )
    assert polygons == {} and failed == set()


@pytest.mark.parametrize("seed", range(25))
def test_odd_configurations_are_traced_right_or_left_to_geos(seed):
    # random towns, stops on a 100 m grid (twins), stops a millimetre apart, whole metres,
    # stops on a ring (a hole): whatever is traced is valid and covers GEOS's ground
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 120))
    kind = seed % 5
    if kind == 0:
        x, y = rng.uniform(0, 3000, n), rng.uniform(0, 3000, n)
    elif kind == 1:
        x, y = np.round(rng.uniform(0, 3000, n), -2), np.round(rng.uniform(0, 3000, n), -2)
    elif kind == 2:
        centres = rng.uniform(0, 2000, (3, 2))[rng.integers(0, 3, n)]
        x, y = centres[:, 0] + rng.normal(0, 0.001, n), centres[:, 1] + rng.normal(0, 0.001, n)
    elif kind == 3:
        x, y = np.round(rng.uniform(0, 3000, n)), np.round(rng.uniform(0, 3000, n))
    else:
        angle = rng.uniform(0, 2 * np.pi, n)
        x, y = 1500 * np.cos(angle), 1500 * np.sin(angle)
    r = rng.choice([300.0, 500.0, 750.0, 1000.0], n)
    labels, pairs = cu.touching_groups(x, y, r)
    polygons, failed = co.outline(x, y, r, pairs, 96, unit(), labels)
    assert set(polygons) | failed == set(labels.tolist())
    traced = {g: shapely.wkb.loads(b) for g, b in polygons.items()}
    whole = [
        Polygon(unit() * ri + (xi, yi)) for xi, yi, ri, g in zip(x, y, r, labels) if g not in failed
    ]
    if whole:
        assert_same_ground(traced, unary_union(whole), tolerance=1e-3)
