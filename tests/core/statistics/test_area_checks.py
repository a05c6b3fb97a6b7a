"""Checks of area layers: codes, nesting, geometry, overlaps and gaps."""

import geopandas as gpd
import pytest
from shapely.geometry import Polygon, box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics import area_checks


def _frame(rows):
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:3006")


def test_clean_layer_has_no_problems():
    frame = _frame(
        [
            {"desokod": "0114A0010", "regsokod": "0114R001", "geometry": box(0, 0, 10, 10)},
            {"desokod": "0114C1010", "regsokod": "0114R001", "geometry": box(10, 0, 20, 10)},
        ]
    )
    problems, level = area_checks.check_areas(frame, "desokod", parent_fields={"regso": "regsokod"})
    assert level == "deso"
    assert problems.empty


def test_each_problem_names_the_feature_and_what_to_do():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    frame = _frame(
        [
            {"desokod": "0114A0010", "regsokod": "0114R001", "geometry": box(0, 0, 10, 10)},
            {
                "desokod": "0114A0010",
                "regsokod": "0114R001",
                "geometry": box(9, 0, 20, 10),
            },  # duplicate + 10 m² overlap
            {
                "desokod": "0114X0010",
                "regsokod": "0114R001",
                "geometry": box(20, 0, 30, 10),
            },  # malformed
            {
                "desokod": "0180C1010",
                "regsokod": "0114R001",
                "geometry": box(30, 0, 40, 10),
            },  # other kommun's RegSO
            {
                "desokod": "0114C1020",
                "regsokod": None,
                "geometry": bowtie,
            },  # no parent, invalid geometry
            {
                "desokod": "0114",
                "regsokod": "0114R002",
                "geometry": box(50, 0, 60, 10),
            },  # kommun code in DeSO layer
        ]
    )
    problems, _ = area_checks.check_areas(frame, "desokod", parent_fields={"regso": "regsokod"})
    by_feature = problems.groupby("feature")["problem"].apply(" | ".join).to_dict()
    assert "more than once" in by_feature[1] and "Overlaps feature 1 by 10 m²" in by_feature[0]
    assert "not a well-formed" in by_feature[2]
    assert "kommun 0180" in by_feature[3] and "0114R001" in by_feature[3]
    assert "no valid RegSO" in by_feature[4] and "Invalid geometry" in by_feature[4]
    assert "kommun code in a layer of DeSO" in by_feature[5]
    assert problems["action"].str.len().min() > 10
    assert set(problems["severity"]) == {"error"}


def test_gap_is_a_warning_and_small_slivers_are_ignored():
    ring = box(0, 0, 30, 30).difference(box(10, 10, 20, 20))
    frame = _frame(
        [
            {"kommunkod": "0114", "geometry": ring},
            {"kommunkod": "0115", "geometry": box(30, 0, 40, 30.00001)},
        ]
    )
    problems, level = area_checks.check_areas(frame, "kommunkod", tolerance_m2=1.0)
    assert level == "kommun"
    assert list(problems["severity"]) == ["warning"]
    assert "gap of 100 m²" in problems["problem"].iloc[0]


def test_unknown_code_field_is_a_clear_error():
    frame = _frame([{"kod": "0114", "geometry": box(0, 0, 1, 1)}])
    with pytest.raises(InputError, match="'desokod' is not in the layer"):
        area_checks.check_areas(frame, "desokod")
    with pytest.raises(InputError, match="No value in 'kod'"):
        area_checks.check_areas(frame.assign(kod="abc"), "kod")


def test_an_empty_layer_is_refused_with_a_message():
    empty = gpd.GeoDataFrame({"desokod": []}, geometry=[], crs="EPSG:3006")
    with pytest.raises(InputError, match="area layer has no features: there is nothing to check"):
        area_checks.check_areas(empty, "desokod")
