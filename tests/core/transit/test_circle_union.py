"""The union of the quality-class circles: corners deep inside a neighbour are left out
before the union, and the union must cover exactly the same ground."""

from __future__ import annotations

import numpy as np
import pytest
import shapely.wkb
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Polygon
from shapely.ops import unary_union

from segregation_plugin.core.transit import circle_union as cu
from segregation_plugin.core.transit import quality_classes as qc


def unit(sides=96):
    angles = np.linspace(0, 2 * np.pi, sides, endpoint=False)
    return np.c_[np.cos(angles), np.sin(angles)]


def reduced_and_full(x, y, r, sides=96):
    """Union of the circles with their kept corners, and of the whole polygons."""
    x, y, r = np.asarray(x, float), np.asarray(y, float), np.asarray(r, float)
    _, pairs = cu.touching_groups(x, y, r)
    kept = cu.kept_corners(x, y, r, pairs, sides)
    records = cu.polygon_records(x, y, r, kept, unit(sides))
    reduced = unary_union([cu.multipolygon(*records, 0, len(x))])
    full = unary_union([Polygon(unit(sides) * ri + (xi, yi)) for xi, yi, ri in zip(x, y, r)])
    return kept, reduced, full


def test_two_overlapping_circles_leave_out_the_corners_inside_each_other():
    # 750 m circles 400 m apart. The neighbour's polygon holds the circle inscribed in it,
    # 750 · cos(π/96) = 749.60 m; a corner at angle θ lies inside it where
    # 750² + 400² − 2 · 750 · 400 · cos θ < 749.60², i.e. |θ| < 74.5°: corners −19 … 19
    # (corner k at 3.75° · k; 19 → 71.25°, 20 → 75°). The run is cut to its two ends;
    # corner 0 is always kept: the first circle keeps 0 and 19 … 77 = 60 corners, the
    # second (its neighbour at 180°, corners 29 … 67 inside) keeps 0 … 29 and 67 … 95 = 59.
    kept, reduced, full = reduced_and_full([0.0, 400.0], [0.0, 0.0], [750.0, 750.0])
    assert list(kept.sum(axis=1)) == [60, 59]
    assert kept[0, 19] and not kept[0, 18] and kept[0, 77] and not kept[0, 78]
    assert kept[1, 29] and not kept[1, 30] and kept[1, 67] and not kept[1, 66]
    assert reduced.area == pytest.approx(full.area, rel=1e-12)
    assert reduced.symmetric_difference(full).area < 1e-6
    # the outline keeps exactly the corners of the whole circles' union
    assert set(reduced.exterior.coords) == set(full.exterior.coords)


def test_a_circle_inside_another_is_left_out_and_twins_are_both_kept():
    # 300 m around (500, 0) lies inside the 1000 m circle (500 + 300 < 999.46 m)
    kept, reduced, full = reduced_and_full([0.0, 500.0], [0.0, 0.0], [1000.0, 300.0])
    assert list(kept.sum(axis=1)) == [96, 1]  # fewer than 3 corners: no polygon
    assert reduced.equals(full)
    # two stops at the same place: no corner lies strictly inside the other
    kept, reduced, full = reduced_and_full([0.0, 0.0], [0.0, 0.0], [750.0, 750.0])
    assert list(kept.sum(axis=1)) == [96, 96]
    assert reduced.area == pytest.approx(full.area, rel=1e-12)


@pytest.mark.parametrize("sides", [96, 32])
def test_a_crowded_town_keeps_its_union_with_a_fraction_of_the_corners(sides):
    rng = np.random.default_rng(12)
    n = 300
    x, y = rng.uniform(0, 4000, n), rng.uniform(0, 4000, n)
    r = rng.choice([300.0, 500.0, 750.0, 1000.0], n)
    kept, reduced, full = reduced_and_full(x, y, r, sides)
    assert kept.sum() < 0.1 * kept.size  # most corners lie deep inside a neighbour
    assert reduced.area == pytest.approx(full.area, rel=1e-9)
    assert reduced.symmetric_difference(full).area < 1e-3  # m², over about 30 km²


def test_touching_groups_join_circles_through_others():
    x = np.array([0.0, 1500.0, 3000.0, 10_000.0])
    labels, (i, j, d) = cu.touching_groups(x, np.zeros(4), np.full(4, 1000.0))
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert sorted(zip(i.tolist(), j.tolist())) == [(0, 1), (1, 2)]
    assert list(d) == [1500.0, 1500.0]


def test_no_stop_with_a_category_gives_an_empty_layer():
    for x, y, cat in (([], [], []), ([0.0, 10.0], [0.0, 0.0], [0, 0])):
        frame = qc.class_polygons(x, y, cat, "EPSG:3006")
        assert len(frame) == 0
        assert {"quality_class", "class_rank", "label", "area_km2"} <= set(frame.columns)


def test_pieces_join_into_one_multipolygon_without_lines():
    square = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    other = Polygon([(5, 5), (6, 5), (6, 6), (5, 6)])
    mixed = GeometryCollection([other, LineString([(0, 0), (9, 9)])])
    far = Polygon([(20, 0), (22, 0), (22, 2), (20, 2)])
    pieces = [square.wkb, unary_union([square, other]).buffer(0).wkb, mixed.wkb]
    pieces.append(shapely.wkb.dumps(MultiPolygon([far]), big_endian=True))
    joined = cu.join_polygons(pieces)
    assert joined.geom_type == "MultiPolygon"
    assert len(joined.geoms) == 5
    assert joined.area == pytest.approx(8.0)


def test_class_polygons_match_the_union_of_whole_circles():
    # two towns 50 km apart (two groups) and a lone stop, categories I–VII mixed
    rng = np.random.default_rng(7)
    n = 160
    x = np.r_[rng.uniform(0, 3000, n), rng.uniform(50_000, 52_000, n), 90_000.0]
    y = np.r_[rng.uniform(0, 3000, n), rng.uniform(0, 2000, n), 0.0]
    cat = np.r_[rng.integers(0, 8, 2 * n), 3]
    frame = qc.class_polygons(x, y, cat, "EPSG:3006")
    radii = qc.class_radii()
    previous, expected = None, {}
    for k in range(1, 7):
        circles = [
            Polygon(unit() * radii[(c, k)] + (xi, yi))
            for xi, yi, c in zip(x, y, cat)
            if (c, k) in radii
        ]
        reach = unary_union(circles)
        expected[qc.CLASSES[k - 1]] = reach if previous is None else reach.difference(previous)
        previous = reach
    got = dict(zip(frame["quality_class"], frame.geometry))
    assert set(got) == {c for c, g in expected.items() if g.area > 0}
    for c, shape in got.items():
        assert shape.area == pytest.approx(expected[c].area, rel=1e-9)
        assert shape.symmetric_difference(expected[c]).area < 1e-3  # m²
        assert shape.is_valid


def test_class_polygons_do_not_depend_on_the_number_of_workers(monkeypatch):
    from segregation_plugin.core.common import geos_threads

    rng = np.random.default_rng(11)
    n = 120
    x = np.r_[
        rng.uniform(0, 2500, n), rng.uniform(30_000, 31_500, n), rng.uniform(60_000, 60_500, 9)
    ]
    y = np.r_[rng.uniform(0, 2500, n), rng.uniform(0, 1500, n), rng.uniform(0, 500, 9)]
    cat = np.r_[rng.integers(0, 8, 2 * n), np.full(9, 2)]
    results = []
    for workers in (1, 2, 3):
        monkeypatch.setattr(geos_threads, "WORKERS", workers)
        results.append(qc.class_polygons(x, y, cat, "EPSG:3006"))
    for frame in results[1:]:
        assert list(frame["quality_class"]) == list(results[0]["quality_class"])
        assert [g.wkb for g in frame.geometry] == [g.wkb for g in results[0].geometry]
