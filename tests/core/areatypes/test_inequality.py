"""Ojämlikhetsindex, population in types 1–2 and Delmos' criteria (METHODS.md §4)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.areatypes import segregation_measures as M
from segregation_plugin.core.areatypes.inequality import (
    NationalValues,
    municipal_criteria,
    ojamlikhetsindex,
    ranked,
    share_in_challenged_types,
)
from segregation_plugin.core.areatypes.inequality_report import inequality_report
from segregation_plugin.core.common.errors import InputError
from tests.helpers.pysal_values import (
    PYSAL_OJAM_ECONOMIC_STANDARD,
    PYSAL_OJAM_ECONOMIC_STANDARD_LAN_99,
    PYSAL_OJAM_QUARTILES,
)
from tests.helpers.scb_counts import sample_deso_2022

TOL = 1e-9


def test_hand_worked_ojamlikhetsindex_per_kommun_and_lan():
    frame = pd.DataFrame(
        {
            "desokod": ["0180A0010", "0180A0020", "0180A0030", "0181A0010", "0181A0020"],
            "q1": [10, 20, 30, 5, 5],
            "q4": [30, 20, 10, 5, 5],
        }
    )
    table = ojamlikhetsindex(frame, "q1", "q4", code_field="desokod", include_all=True)
    by = table.set_index("region")
    # 0180: A = B = 60; ½(|10−30| + 0 + |30−10|)/60 · 100 = 33.33
    assert by.loc["0180", "ojamlikhetsindex"] == pytest.approx(100 / 3)
    assert by.loc["0181", "ojamlikhetsindex"] == pytest.approx(0.0)  # same mix everywhere
    assert by.loc["0180", "income_groups"] == "income quartile 1 vs quartile 4"
    assert (by.loc["0180", "low_count"], by.loc["0180", "high_count"]) == (60, 60)
    # län 01 over all five DeSO: A = B = 70; ½ Σ|aᵢ − bᵢ|/70 · 100 = ½·40/70·100
    lan = ojamlikhetsindex(frame, "q1", "q4", region_level="lan", code_field="desokod")
    assert lan["region"].tolist() == ["01"]
    assert lan["ojamlikhetsindex"].iloc[0] == pytest.approx(100 * 20 / 70)
    assert by.loc["all", "region_level"] == "all"


def test_ojamlikhetsindex_is_dissim_of_low_over_low_plus_high_times_100():
    rng = np.random.default_rng(7)
    low, high = rng.integers(0, 500, 40), rng.integers(0, 500, 40)
    frame = pd.DataFrame({"kommun": "0180", "low": low, "high": high})
    value = ojamlikhetsindex(frame, "low", "high", region_field="kommun")
    assert value["ojamlikhetsindex"].iloc[0] == pytest.approx(
        100 * M.dissimilarity(low, low + high), abs=TOL
    )


def test_missing_counts_are_left_out_and_counted_groups_recorded():
    frame = pd.DataFrame(
        {"k": ["a", "a", "a"], "low": [10, np.nan, 30], "high": [30, 5, 10]},
    )
    row = ojamlikhetsindex(frame, "low", "high", region_field="k", groups="economic_standard")
    assert row["n_areas"].iloc[0] == 2 and row["n_excluded"].iloc[0] == 1
    assert row["income_groups"].iloc[0] == "low vs high economic standard"
    assert row["ojamlikhetsindex"].iloc[0] == pytest.approx(50 * (abs(10 / 40 - 30 / 40) * 2))
    none = ojamlikhetsindex(frame.assign(high=0), "low", "high", region_field="k")
    assert np.isnan(none["ojamlikhetsindex"].iloc[0]) and "undefined" in none["note"].iloc[0]
    with pytest.raises(InputError, match="negative"):
        ojamlikhetsindex(frame.assign(low=-1), "low", "high", region_field="k")


def test_population_share_in_types_1_and_2():
    regso = pd.DataFrame(
        {
            "regsokod": ["0180R001", "0180R002", "0180R003", "0180R004", "0181R001"],
            "area_type": pd.array([1, 2, 4, None, 5], dtype="Int64"),
            "persons": [1000, 500, 2500, 300, 800],
        }
    )
    table = share_in_challenged_types(regso, "area_type", "persons", code_field="regsokod")
    row = table.set_index("region").loc["0180"]
    assert row["population_type12"] == 1500 and row["population_typed"] == 4000
    # of the whole population: 1,500 of 4,300 (the 300 in the area without a type count)
    assert row["share_type12_pct"] == pytest.approx(100 * 1500 / 4300)
    assert row["population"] == 4300 and row["n_areas_no_type"] == 1
    assert table.set_index("region").loc["0181", "share_type12_pct"] == 0


def _kommuner(ineq, share):
    codes = [f"01{i + 10:02d}" for i in range(len(ineq))]
    inequality = pd.DataFrame(
        {
            "region": codes,
            "ojamlikhetsindex": ineq,
            "income_groups": "income quartile 1 vs quartile 4",
        }
    )
    shares = pd.DataFrame({"region": codes, "share_type12_pct": share, "population": 1000.0})
    return inequality, shares


def test_delmos_criteria_edges_with_values_computed_from_the_kommuner():
    # ojämlikhetsindex 10, 20, 30: mean 20, SD 10 → threshold 30, and exactly 30 meets it
    # share 0, 0, 15: mean 5, SD √75 = 8.660 → threshold 5 + 1.5·8.660 = 17.99; 15 does not
    inequality, shares = _kommuner([10.0, 20.0, 30.0], [0.0, 0.0, 15.0])
    table = municipal_criteria(inequality, shares)
    assert table["ineq_threshold"].iloc[0] == pytest.approx(30.0)
    assert table["crit_inequality"].tolist() == [False, False, True]
    assert table["share_threshold"].iloc[0] == pytest.approx(5 + 1.5 * np.sqrt(75))
    assert table["crit_share"].tolist() == [False, False, False]
    assert table["criteria_met"].tolist() == [0, 0, 1]
    assert table["ref_description"].iloc[0] == (
        "mean and SD (sample) of the 3 kommuner given — not national (Sweden has 290)"
    )
    assert table["rank_inequality"].tolist() == [3, 2, 1]


def test_delmos_criteria_edges_with_national_values_entered():
    national = NationalValues(20.0, 10.0, 10.0, 4.0, "Segregationsbarometern 2022")
    # share threshold 10 + 1.5 · 4 = 16: exactly 16 meets it, 15.999 does not
    inequality, shares = _kommuner([29.999, 30.0, np.nan], [16.0, 15.999, 40.0])
    table = municipal_criteria(inequality, shares, national=national)
    assert table["crit_inequality"].tolist()[:2] == [False, True]
    assert pd.isna(table["crit_inequality"].iloc[2])  # no value: neither met nor unmet
    assert table["crit_share"].tolist() == [True, False, True]
    assert table["ref_description"].iloc[0] == "Segregationsbarometern 2022"
    assert pd.isna(table["rank_inequality"].iloc[2])
    # thresholds are parameters
    stricter = municipal_criteria(inequality, shares, national=national, share_sd_factor=2.0)
    assert stricter["crit_share"].tolist() == [False, False, True]


def test_ranked_table_for_comparison_across_borders():
    inequality, shares = _kommuner([12.0, 40.0, 25.0, 40.0], [1.0, 2.0, 3.0, 4.0])
    table = ranked(municipal_criteria(inequality, shares))
    assert table["ojamlikhetsindex"].tolist() == [40.0, 40.0, 25.0, 12.0]
    assert table["rank"].tolist() == [1, 1, 3, 4]
    by_share = ranked(table, by="share_type12_pct")
    assert by_share["region"].iloc[0] == "0113"


def test_sample_county_ojamlikhetsindex_equals_pysal(sample_dir):
    stats = sample_deso_2022(sample_dir).reset_index()
    table = ojamlikhetsindex(stats, "q1", "q4", code_field="desokod").set_index("region")
    for kommun, value in PYSAL_OJAM_QUARTILES.items():
        assert table.loc[kommun, "ojamlikhetsindex"] == pytest.approx(value, abs=TOL)
    econ = ojamlikhetsindex(
        stats, "low", "high", code_field="desokod", groups="economic_standard", include_all=True
    ).set_index("region")
    for kommun, value in PYSAL_OJAM_ECONOMIC_STANDARD.items():
        assert econ.loc[kommun, "ojamlikhetsindex"] == pytest.approx(value, abs=TOL)
    lan = ojamlikhetsindex(stats, "low", "high", region_level="lan", code_field="desokod")
    assert lan["ojamlikhetsindex"].iloc[0] == pytest.approx(
        PYSAL_OJAM_ECONOMIC_STANDARD_LAN_99, abs=TOL
    )
    assert econ["n_excluded"].sum() - econ.loc["all", "n_excluded"] == 3


def test_sample_regso_districts_are_polygons_too(sample_dir):
    # the measures run on any polygon set: RegSO built from the sample's DeSO counts
    stats = sample_deso_2022(sample_dir)
    regso = gpd.read_file(sample_dir / "exempellan.gpkg", layer="regso")
    deso = gpd.read_file(sample_dir / "exempellan.gpkg", layer="deso")
    counts = (
        stats[["forgym", "edu_total"]]
        .groupby(deso.set_index("desokod")["regsokod"].reindex(stats.index).to_numpy())
        .sum()
    )
    layer = regso.merge(counts, left_on="regsokod", right_index=True)
    table = M.segregation_indices(layer, "forgym", "edu_total")
    row = table.iloc[0]
    assert row["n_areas"] == 162
    # coarser areas hide part of the unevenness: D over RegSO ≤ D over DeSO (0.316)
    assert 0 < row["dissimilarity"] < 0.31636840119869075
    assert row["spatial_dissimilarity"] < row["dissimilarity"]


def test_a_criterion_without_spread_is_never_met():
    # all three kommuner have the same ojämlikhetsindex (SD 0): 'mean + 1 SD' is the mean
    # and all three would 'meet' it; the share has spread and is judged as usual
    inequality, shares = _kommuner([25.0, 25.0, 25.0], [0.0, 0.0, 15.0])
    table = municipal_criteria(inequality, shares)
    assert table["crit_inequality"].isna().all()
    assert table["ineq_threshold"].isna().all() and (table["ineq_ref_sd"] == 0).all()
    assert table["crit_share"].tolist() == [False, False, False]
    assert table["criteria_met"].tolist() == [0, 0, 0]
    (warning,) = table.attrs["warnings"]
    assert warning.startswith("Criterion 1 (ojämlikhetsindex) cannot be judged")
    assert "same in all 3 kommuner (SD 0)" in warning and "never 'met'" in warning
    assert "criterion 1 not judged" in table["ref_description"].iloc[0]
    # equal shares computed in different ways (rounding noise) are no spread either
    inequality, shares = _kommuner([10.0, 20.0, 30.0], [0.1 + 0.2, 0.3, 0.3])
    table = municipal_criteria(inequality, shares)
    assert table["crit_share"].isna().all() and table["crit_inequality"].notna().all()


def test_one_kommun_gets_its_index_but_no_criteria():
    inequality, shares = _kommuner([25.0], [10.0])
    table = municipal_criteria(inequality, shares)
    assert table["ojamlikhetsindex"].tolist() == [25.0]
    assert table["crit_inequality"].isna().all() and table["crit_share"].isna().all()
    assert any("known for 1 kommun only" in w for w in table.attrs["warnings"])
    # an SD of 0 entered is not judged either
    national = NationalValues(20.0, 0.0, 10.0, 4.0)
    table = municipal_criteria(inequality, shares, national=national)
    assert table["crit_inequality"].isna().all() and table["crit_share"].tolist() == [False]
    assert "the SD entered is 0" in table.attrs["warnings"][0]


def test_the_report_says_the_formula_is_the_plugins_reading():
    deso = pd.DataFrame(
        {"desokod": ["0180C1010", "0180C1020"], "q1": [10.0, 40.0], "q4": [40.0, 10.0]}
    )
    report = inequality_report(deso, "desokod", "q1", "q4")
    assert "plugin's reading of Delmos' measure" in report.method
    assert report.kommuner["ojamlikhetsindex"].iloc[0] == pytest.approx(60.0)
    assert report.kommuner["crit_inequality"].isna().all()  # one kommun
    assert any("Criterion 1" in w for w in report.warnings)


def test_an_empty_layer_is_refused_with_a_message():
    empty = pd.DataFrame({"desokod": [], "q1": [], "q4": []})
    with pytest.raises(InputError, match="DeSO layer has no features"):
        inequality_report(empty, "desokod", "q1", "q4")


def _five_deso():
    return pd.DataFrame(
        {
            "desokod": ["0180A0010", "0180A0020", "0180A0030", "0181A0010", "0181A0020"],
            "inkomst kvartil 1": [10, 20, 30, 5, 5],
            "inkomst kvartil 4": [30, 20, 10, 5, 5],
        }
    )


def test_report_refuses_a_deso_in_two_features_naming_the_code():
    # summed twice, kommun 0180 would have 70 persons in quartile 1 instead of 60
    frame = pd.concat([_five_deso(), _five_deso().iloc[[0]]], ignore_index=True)
    with pytest.raises(InputError) as caught:
        inequality_report(frame, "desokod", "inkomst kvartil 1", "inkomst kvartil 4")
    text = str(caught.value)
    assert "'desokod'" in text and "0180A0010 in features 0, 5" in text, text


def test_report_names_the_users_field_with_a_negative_count():
    frame = _five_deso()
    frame.loc[1, "inkomst kvartil 1"] = -20
    with pytest.raises(InputError) as caught:
        inequality_report(frame, "desokod", "inkomst kvartil 1", "inkomst kvartil 4")
    text = str(caught.value)
    assert "'inkomst kvartil 1'" in text and "negative" in text, text
    assert "area 0180A0020 has -20" in text and "'low'" not in text, text
