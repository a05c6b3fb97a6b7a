"""Segregation measures: equal to PySAL's ``segregation`` package to 1e-9.

Reference values were computed once with PySAL outside the project (a throwaway venv:
``pip install segregation`` → segregation 2.5.4, libpysal 4.14.1, geopandas 1.2, numpy 2.4),
by a script that built the same inputs — the hand-made grid below, and the sample county's
2022 DeSO counts read with openpyxl from ``resources/sample/scb/*.xlsx`` on the geometries of
``resources/sample/exempellan.gpkg`` layer ``deso`` — and ran ``Dissim``, ``Isolation``,
``Interaction``, ``Entropy``, ``Gini``, ``SpatialDissim`` (default: Queen.from_dataframe,
binary weights; and ``standardize=True``) and ``MultiInfoTheory`` on them. Areas with a
suppressed value were dropped before both computations. The grid's numbers are pasted here,
the sample county's in ``tests/helpers/pysal_values.py``. The tests read the same counts with
the plugin's own SCB reader (``tests/helpers/scb_counts.py``).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from segregation_plugin.core.areatypes import segregation_measures as M
from segregation_plugin.core.areatypes.contiguity import TOUCH, neighbour_lists, queen_pairs
from segregation_plugin.core.common.errors import InputError
from tests.helpers.pysal_values import PYSAL_SAMPLE, PYSAL_SAMPLE_KOMMUN
from tests.helpers.scb_counts import sample_deso_2022

TOL = 1e-9

# 3 × 2 grid of unit squares (row by row) plus a detached square (an island)
GRID = [box(c, r, c + 1, r + 1) for r in range(2) for c in range(3)] + [box(10, 10, 11, 11)]
X = [10, 20, 0, 40, 5, 30, 7]
T = [100, 50, 80, 60, 5, 90, 20]

PYSAL_SMALL = {  # all seven areas
    "dissimilarity": 0.49091906387128237,
    "isolation": 0.4742559523809523,
    "exposure": 0.5257440476190476,
    "entropy": 0.26894345937147934,
    "gini": 0.6364273525109703,
    "spatial_dissimilarity": -0.0030203300681115874,
}
PYSAL_SMALL_NO_ISLAND = {  # the six grid squares
    "dissimilarity": 0.511904761904762,
    "isolation": 0.48253968253968255,
    "exposure": 0.5174603174603174,
    "entropy": 0.28350216633247116,
    "gini": 0.6564625850340137,
    "spatial_dissimilarity": 0.017965367965368018,
    "spatial_dissimilarity_std": 0.02227513227513228,
}
PYSAL_SMALL_ZERO_TOTAL = {  # x = 10 20 0 40 0 30, t = 100 50 80 60 0 90 (an empty area)
    "dissimilarity": 0.507142857142857,
    "isolation": 0.45666666666666667,
    "exposure": 0.5433333333333333,
    "entropy": 0.2619595303026865,
    "gini": 0.6392857142857143,
}
PYSAL_SMALL_THEIL = 0.3022886057618368  # a, b, c below


def test_queen_neighbours_match_libpysal():
    # libpysal Queen.from_dataframe on GRID: corners count, the island has none
    expected = [[1, 3, 4], [0, 2, 3, 4, 5], [1, 4, 5], [0, 1, 4], [0, 1, 2, 3, 5], [1, 2, 4], []]
    assert neighbour_lists(GRID) == expected


def test_touch_rule_links_areas_without_shared_vertices():
    # B's left edge touches A's right edge along its middle, with no vertex in common
    a, b = box(0, 0, 2, 4), box(2, 1, 3, 3)
    assert neighbour_lists([a, b]) == [[], []]
    assert neighbour_lists([a, b], rule=TOUCH) == [[1], [0]]


def test_small_inputs_equal_pysal():
    for name in ("dissimilarity", "isolation", "exposure", "entropy", "gini"):
        assert getattr(M, name)(X, T) == pytest.approx(PYSAL_SMALL[name], abs=TOL)
        assert getattr(M, name)(X[:6], T[:6]) == pytest.approx(PYSAL_SMALL_NO_ISLAND[name], abs=TOL)
    assert M.spatial_dissimilarity(X, T, queen_pairs(GRID)) == pytest.approx(
        PYSAL_SMALL["spatial_dissimilarity"], abs=TOL
    )
    pairs6 = queen_pairs(GRID[:6])
    assert M.spatial_dissimilarity(X[:6], T[:6], pairs6) == pytest.approx(
        PYSAL_SMALL_NO_ISLAND["spatial_dissimilarity"], abs=TOL
    )
    assert M.spatial_dissimilarity(X[:6], T[:6], pairs6, row_standardised=True) == pytest.approx(
        PYSAL_SMALL_NO_ISLAND["spatial_dissimilarity_std"], abs=TOL
    )


def test_area_without_residents_is_handled_as_pysal():
    x, t = [10, 20, 0, 40, 0, 30], [100, 50, 80, 60, 0, 90]
    for name, value in PYSAL_SMALL_ZERO_TOTAL.items():
        assert getattr(M, name)(x, t) == pytest.approx(value, abs=TOL)


def test_multigroup_theil_equals_pysal():
    counts = np.array(
        [[10, 0, 30, 5, 50, 12], [20, 40, 5, 5, 0, 12], [70, 10, 15, 90, 50, 12]], dtype=float
    ).T
    assert M.theil_multigroup(counts) == pytest.approx(PYSAL_SMALL_THEIL, abs=TOL)
    assert M.theil_multigroup([[5, 5], [10, 10]]) == pytest.approx(0.0, abs=TOL)  # even


def test_hand_worked_dissimilarity_and_extremes():
    # group 10 of 20 and 30 of 40: D = ½(|10/40 − 10/20| + |30/40 − 10/20|) = 0.25
    assert M.dissimilarity([10, 30], [20, 40]) == pytest.approx(0.25)
    assert M.dissimilarity([10, 0], [10, 10]) == pytest.approx(1.0)  # complete separation
    assert M.dissimilarity([5, 10], [10, 20]) == pytest.approx(0.0)  # even
    assert M.isolation([10, 0], [10, 10]) == pytest.approx(1.0)
    assert M.gini([10, 0], [10, 10]) == pytest.approx(1.0)


def test_bad_counts_are_explained():
    with pytest.raises(InputError, match="larger than the total"):
        M.dissimilarity([5, 30], [10, 20])
    with pytest.raises(InputError, match="negative"):
        M.isolation([-1, 3], [10, 20])


@pytest.fixture(scope="module")
def sample_2022(sample_dir):
    stats = sample_deso_2022(sample_dir)
    deso = gpd.read_file(sample_dir / "exempellan.gpkg", layer="deso")
    return deso.merge(stats, left_on="desokod", right_index=True, how="left")


def test_sample_queen_contiguity_matches_libpysal(sample_2022):
    # libpysal: 322 areas, s0 = 1,850 directed links, no islands; first three rows below
    i, _ = queen_pairs(sample_2022.geometry)
    assert len(i) == 1850
    lists = neighbour_lists(sample_2022.geometry)
    assert all(lists)
    assert lists[:3] == [[6, 140, 154], [5, 16, 153, 158, 205, 222, 237], [11, 13, 17, 20, 170]]


@pytest.mark.parametrize("fields", list(PYSAL_SAMPLE))
def test_sample_county_measures_equal_pysal(sample_2022, fields):
    table = M.segregation_indices(sample_2022, *fields, region_level="kommun", code_field="desokod")
    whole = table.set_index("region").loc[M.ALL_AREAS]
    for name, value in PYSAL_SAMPLE[fields].items():
        assert whole[name] == pytest.approx(value, abs=TOL), name
    if fields == ("low", "persons"):
        assert whole["n_areas"] == 319 and whole["n_excluded"] == 3
        assert "3 area(s) without counts left out" in whole["note"]
    for kommun, (d, sd) in PYSAL_SAMPLE_KOMMUN.get(fields, {}).items():
        row = table.set_index("region").loc[kommun]
        assert row["dissimilarity"] == pytest.approx(d, abs=TOL)
        assert row["spatial_dissimilarity"] == pytest.approx(sd, abs=TOL)


def test_sample_county_theil_over_income_quartiles_equals_pysal(sample_2022):
    table = M.theil_table(sample_2022, ["q1", "q2", "q3", "q4"])
    assert table["theil_multigroup"].iloc[0] == pytest.approx(0.04261687782066236, abs=TOL)
    assert table["region"].iloc[0] == M.ALL_AREAS and table["n_areas"].iloc[0] == 322


def test_table_without_geometry_and_per_region_field():
    frame = pd.DataFrame({"x": X, "t": T, "district": ["a", "a", "a", "b", "b", "b", "b"]})
    table = M.segregation_indices(frame, "x", "t", region_field="district").set_index("region")
    assert table.loc["a", "dissimilarity"] == pytest.approx(M.dissimilarity(X[:3], T[:3]))
    assert np.isnan(table.loc["all", "spatial_dissimilarity"])
    assert "no geometry" in table.loc["all", "note"]
    one = pd.DataFrame({"x": [1.0], "t": [2.0]})
    row = M.segregation_indices(one, "x", "t").iloc[0]
    assert np.isnan(row["dissimilarity"]) and "undefined" in row["note"]


def test_an_empty_layer_is_refused_with_a_message():
    empty = pd.DataFrame({"x": [], "t": []})
    with pytest.raises(InputError, match="area layer has no features"):
        M.segregation_indices(empty, "x", "t")
    with pytest.raises(InputError, match="area layer has no features"):
        M.theil_table(empty, ["x", "t"])


def test_an_area_in_two_features_is_refused_before_summing_per_kommun():
    frame = pd.DataFrame(
        {"desokod": ["0180A0010", "0180A0020", "0180A0010"], "x": [1, 2, 1], "t": [5, 5, 5]}
    )
    for run in (
        lambda: M.segregation_indices(frame, "x", "t", region_level="kommun", code_field="desokod"),
        lambda: M.theil_table(frame, ["x", "t"], region_level="kommun", code_field="desokod"),
    ):
        with pytest.raises(InputError, match=r"'desokod'.*0180A0010 in features 0, 2"):
            run()


def test_a_negative_count_names_the_field_and_the_area():
    frame = pd.DataFrame({"desokod": ["0180A0010", "0180A0020"], "x": [1, -2], "t": [5, 5]})
    with pytest.raises(InputError, match=r"'x'.*negative.*area 0180A0020 has -2"):
        M.segregation_indices(frame, "x", "t", region_level="kommun", code_field="desokod")
