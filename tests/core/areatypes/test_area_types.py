"""Socioeconomic index and area types (METHODS.md §3), hand-worked."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from segregation_plugin.core.areatypes.area_types import (
    OUTPUT_FIELDS,
    TYPE_NAMES_EN,
    TYPE_NAMES_SV,
    Reference,
    classify_areas,
    type_name,
)
from segregation_plugin.core.areatypes.ses_index import (
    INDEX_WITHOUT_V3,
    V3_OFFICIAL,
    V3_PROXY_UNEMPLOYED,
    Indicator,
)
from segregation_plugin.core.common.errors import InputError

SHARES = (Indicator.share("v1"), Indicator.share("v2"), Indicator.share("v3"))


def _areas(index_values, codes=None):
    """Areas whose V1 = V2 = V3 = the wanted index (so the index is exactly that value)."""
    values = np.asarray(index_values, dtype=float)
    codes = codes or [f"0180R{i + 1:03d}" for i in range(len(values))]
    return pd.DataFrame({"code": codes, "v1": values, "v2": values, "v3": values}, index=codes)


def test_index_is_the_unweighted_mean_of_three_shares():
    frame = pd.DataFrame({"v1": [12.0, 3.0], "v2": [30.0, 6.0], "v3": [9.0, 0.0]})
    result = classify_areas(frame, *SHARES, reference=Reference.given(10, 5))
    assert result.table["ses_index"].tolist() == [17.0, 3.0]
    assert result.table["v1_low_econ_pct"].tolist() == [12.0, 3.0]
    assert result.table["v3_pct"].tolist() == [9.0, 0.0]


def test_each_threshold_edge_with_mu_and_sigma_from_the_areas():
    # index 2, 4, 6: μ = 4, sample σ = sqrt(((−2)² + 0 + 2²) / 2) = 2 (population σ would be 1.63)
    result = classify_areas(_areas([2, 4, 6]), *SHARES)
    assert (result.mean, result.sd, result.n_reference) == (4.0, 2.0, 3)
    # exactly μ − σ = 2 → type 4; exactly μ = 4 → type 3; exactly μ + σ = 6 → type 2
    assert result.table["area_type"].tolist() == [4, 3, 2]
    assert result.thresholds == {1: 8.0, 2: 6.0, 3: 4.0, 4: 2.0}


def test_threshold_edges_of_types_1_and_5_against_a_subset_reference():
    # reference = first three areas (index 2, 4, 6: μ 4, σ 2); the others are classified by it
    frame = _areas([2, 4, 6, 8, 7.999, 1.999, 0, 30])
    mask = pd.Series([True, True, True] + [False] * 5, index=frame.index)
    result = classify_areas(frame, *SHARES, reference=Reference.subset(mask, "three areas"))
    assert (result.mean, result.sd, result.n_reference) == (4.0, 2.0, 3)
    # 8 = μ + 2σ → 1; just below → 2; just below μ − σ → 5; 0 → 5; far above → 1
    assert result.table["area_type"].tolist() == [4, 3, 2, 1, 2, 5, 5, 1]
    assert result.table["in_reference"].tolist() == [True] * 3 + [False] * 5
    assert (result.table["ref_description"] == "three areas").all()


def test_given_national_mean_and_sd_are_used_and_recorded():
    frame = _areas([20, 15, 10, 5, 4.999])
    result = classify_areas(
        frame, *SHARES, reference=Reference.given(10, 5, "SCB national RegSO 2022"), year=2022
    )
    assert result.table["area_type"].tolist() == [1, 2, 3, 4, 5]
    table = result.table
    assert (table["ref_mean"] == 10).all() and (table["ref_sd"] == 5).all()
    assert (table["ref_description"] == "SCB national RegSO 2022").all()
    assert (table["stat_year"] == 2022).all()
    assert not table["in_reference"].any()
    assert table["ref_n_areas"].isna().all()  # not known for entered values


def test_region_reference_takes_the_areas_of_one_lan():
    # län 01: index 2, 4, 6 (μ 4, σ 2); län 03 areas are far higher and must not move μ
    codes = ["0180R001", "0114R001", "0127R001", "0380R001", "0380R002"]
    frame = _areas([2, 4, 6, 50, 60], codes)
    result = classify_areas(frame, *SHARES, reference=Reference.region(frame["code"], "01"))
    assert (result.mean, result.sd) == (4.0, 2.0)
    assert result.ref_description == "areas in län 01"
    assert result.table["area_type"].tolist() == [4, 3, 2, 1, 1]
    with pytest.raises(InputError, match="not a län"):
        Reference.region(frame["code"], "0180R001")


def test_reference_from_another_classification():
    national = classify_areas(_areas([2, 4, 6]), *SHARES, year=2022)
    county = classify_areas(
        _areas([8, 3], ["0380R001", "0380R002"]), *SHARES, reference=Reference.from_result(national)
    )
    assert county.table["area_type"].tolist() == [1, 4]
    assert county.ref_description == "μ and σ of the areas given, 2022"
    assert county.n_reference == 3


def test_official_names_in_swedish_and_english():
    assert TYPE_NAMES_SV[1] == "Områden med stora socioekonomiska utmaningar"
    assert TYPE_NAMES_SV[3] == "Socioekonomiskt blandade områden"
    assert TYPE_NAMES_SV[5] == "Områden med mycket goda socioekonomiska förutsättningar"
    result = classify_areas(_areas([2, 4, 6]), *SHARES)
    assert result.table["area_type_name_sv"].tolist() == [TYPE_NAMES_SV[t] for t in (4, 3, 2)]
    assert result.table["area_type_name_en"].iloc[2] == "Areas with socioeconomic challenges"
    assert type_name(1, "en") == TYPE_NAMES_EN[1] and type_name(None) is None


def test_missing_inputs_give_no_type_a_reason_and_stay_out_of_mu_and_sigma():
    frame = _areas([2, 4, 6, 100])
    frame.loc["0180R004", "v1"] = np.nan  # suppressed ('..' in the export)
    result = classify_areas(frame, *SHARES)
    assert (result.mean, result.sd, result.n_reference) == (4.0, 2.0, 3)
    row = result.table.loc["0180R004"]
    assert pd.isna(row["area_type"]) and pd.isna(row["ses_index"])
    assert pd.isna(row["area_type_name_sv"])
    assert row["type_reason"].startswith("V1 missing: 'v1' is empty (suppressed in the SCB export")
    assert result.table.loc["0180R001", "type_reason"] == ""
    assert result.counts() == {1: 0, 2: 1, 3: 1, 4: 1, 5: 0, None: 1}


def test_scb_suppression_marks_in_text_fields_are_missing_not_errors():
    frame = pd.DataFrame(
        {"v1": ["12", "..", "-", "8"], "v2": [10, 10, 10, 10], "v3": [5, 5, 5, 5]},
        index=["a", "b", "c", "d"],
    )
    result = classify_areas(frame, *SHARES, reference=Reference.given(10, 2))
    assert result.table["area_type"].isna().tolist() == [False, True, True, False]
    frame.loc["d", "v1"] = "tolv"
    with pytest.raises(InputError, match="feature d"):
        classify_areas(frame, *SHARES, reference=Reference.given(10, 2))


def test_count_pairs_reasons_for_zero_and_impossible_counts():
    frame = pd.DataFrame(
        {
            "low": [10, 5, 12, np.nan, 3],
            "persons": [100, 0, 10, 50, 60],
            "v2": [10.0] * 5,
            "v3": [5.0] * 5,
        },
        index=list("abcde"),
    )
    result = classify_areas(
        frame,
        Indicator.counts("low", "persons"),
        Indicator.share("v2"),
        Indicator.share("v3"),
        reference=Reference.given(10, 2),
    )
    reasons = result.table["type_reason"]
    assert reasons["b"] == "V1 missing: 'persons' is 0 (nobody in the group)"
    assert reasons["c"] == "V1 invalid: 'low' is negative or larger than 'persons'"
    assert reasons["d"].startswith("V1 missing: 'low' is empty")
    assert result.table["v1_low_econ_pct"]["e"] == 5.0
    assert result.table["area_type"].isna().tolist() == [False, True, True, True, False]


def test_several_missing_inputs_are_all_named():
    frame = pd.DataFrame({"v1": [np.nan, 1.0], "v2": [np.nan, 1.0], "v3": [120.0, 1.0]})
    result = classify_areas(frame, *SHARES, reference=Reference.given(10, 2))
    reason = result.table["type_reason"].iloc[0]
    assert reason.startswith("V1 missing") and "; V2 missing" in reason
    assert "V3 invalid: 'v3' is outside 0–100 %" in reason


def test_regso_shares_come_from_summed_counts_not_averaged_shares():
    # two DeSO in one RegSO: 100 of 1,000 (10 %) and 50 of 100 (50 %) have low economic standard
    deso = pd.DataFrame(
        {
            "regso": ["0180R001", "0180R001", "0180R002", "0180R003"],
            "low": [100, 50, 30, 20],
            "persons": [1000, 100, 300, 400],
            "low_pct": [10.0, 50.0, 10.0, 5.0],
            "v2": [10.0] * 4,
            "v3": [10.0] * 4,
        }
    )
    regso = deso.groupby("regso")[["low", "persons"]].sum()
    regso["v2"], regso["v3"] = 10.0, 10.0
    result = classify_areas(
        regso, Indicator.counts("low", "persons"), Indicator.share("v2"), Indicator.share("v3")
    )
    # sum of numerators / sum of denominators: 150 / 1,100 = 13.64 %, not (10 + 50) / 2 = 30 %
    assert result.table.loc["0180R001", "v1_low_econ_pct"] == pytest.approx(100 * 150 / 1100)
    averaged = deso.groupby("regso")["low_pct"].mean()
    assert averaged["0180R001"] == 30.0
    # with the wrong (averaged) V1 the RegSO would be classified differently
    wrong = regso.assign(v1=averaged)
    wrong_result = classify_areas(wrong, *SHARES)
    assert result.table["area_type"].tolist() != wrong_result.table["area_type"].tolist()


def test_minimum_population_rule_suppresses_small_districts():
    # own districts built from DeSO: the 40-person district is below the minimum of 50
    districts = gpd.GeoDataFrame(
        {
            "name": ["Centrum", "Norr", "Söder", "Liten"],
            "persons": [1200, 800, 950, 40],
            "v1": [2.0, 4.0, 6.0, 60.0],
            "v2": [2.0, 4.0, 6.0, 60.0],
            "v3": [2.0, 4.0, 6.0, 60.0],
        },
        geometry=[box(i * 100, 0, i * 100 + 100, 100) for i in range(4)],
        crs="EPSG:3006",
    )
    result = classify_areas(districts, *SHARES, population_field="persons", min_population=50)
    assert (result.mean, result.sd) == (4.0, 2.0)  # the suppressed district is not in μ and σ
    row = result.table.iloc[3]
    assert pd.isna(row["area_type"]) and pd.isna(row["v1_low_econ_pct"])
    assert row["type_reason"] == "suppressed: fewer than 50 residents (minimum-population rule)"
    # the flag of the aggregation (issue 3) works the same way
    flagged = classify_areas(districts, *SHARES, suppressed=[False, False, False, True])
    assert flagged.table["area_type"].isna().tolist() == [False, False, False, True]
    districts["under_min"] = [False, False, None, True]  # a QGIS NULL is "not flagged"
    by_field = classify_areas(districts, *SHARES, suppressed="under_min")
    assert by_field.table["area_type"].isna().tolist() == [False, False, False, True]
    out = result.joined(districts)
    assert list(out.columns[:6]) == ["name", "persons", "v1", "v2", "v3", "geometry"]
    assert out["area_type"].tolist()[:3] == [4, 3, 2]


def test_threshold_multipliers_are_parameters():
    result = classify_areas(_areas([2, 4, 6, 7]), *SHARES, reference=Reference.given(4, 2))
    assert result.table["area_type"].tolist() == [4, 3, 2, 2]
    wider = classify_areas(
        _areas([2, 4, 6, 7]),
        *SHARES,
        reference=Reference.given(4, 2),
        multipliers=(1.5, 1.0, 0.0, -1.0),
    )
    assert wider.table["area_type"].tolist() == [4, 3, 2, 1]  # 7 ≥ 4 + 1.5·2
    with pytest.raises(InputError, match="decreasing"):
        classify_areas(_areas([2, 4]), *SHARES, multipliers=(1, 2, 0, -1))


def test_recorded_assumptions_v2_age_group_and_v3_definition():
    frame = pd.DataFrame(
        {"low": [10.0, 20.0, 30.0], "forgym_25-64": [5.0, 10, 20], "unemp": [3.0, 6, 9]}
    )
    result = classify_areas(
        frame, Indicator.share("low"), Indicator.share("forgym_25-64"), Indicator.share("unemp")
    )
    assert (result.table["v2_age_group"] == "25–64").all()  # read from the field name
    assert (result.table["v3_definition"] == V3_PROXY_UNEMPLOYED).all()
    assert (result.table["index_definition"] == "(V1 + V2 + V3) / 3").all()
    official = classify_areas(
        frame,
        Indicator.share("low"),
        Indicator.share("forgym_25-64"),
        Indicator.share("unemp"),
        v2_age_group="20–64",
        v3_definition=V3_OFFICIAL,
    )
    assert official.v2_age_group == "20–64" and official.v3_definition == V3_OFFICIAL
    two = classify_areas(frame, Indicator.share("low"), Indicator.share("forgym_25-64"))
    assert two.table["ses_index"].tolist() == [7.5, 15.0, 25.0]
    assert two.index_definition == INDEX_WITHOUT_V3
    assert any("not the official index" in w for w in two.warnings)
    assert list(result.table.columns) == list(OUTPUT_FIELDS)


def test_bad_input_is_explained():
    frame = _areas([2, 4, 6])
    with pytest.raises(InputError, match="'nope'"):
        classify_areas(frame, Indicator.share("nope"), *SHARES[1:])
    with pytest.raises(InputError, match="either a share field"):
        classify_areas(frame, Indicator(share_field="v1", numerator_field="v2"), *SHARES[1:])
    with pytest.raises(InputError, match="at least two"):
        classify_areas(_areas([2]), *SHARES)
    with pytest.raises(InputError, match="σ is 0"):
        classify_areas(_areas([3, 3, 3]), *SHARES)
    with pytest.raises(InputError, match="above 0"):
        Reference.given(10, 0)
    with pytest.raises(InputError, match="3 values for 2 areas"):
        classify_areas(_areas([2, 4]), *SHARES, reference=Reference.subset([True] * 3, "x"))


def test_fractions_instead_of_percent_are_warned_about():
    frame = _areas([0.1, 0.2, 0.3, 0.4, 0.5])
    result = classify_areas(frame, *SHARES)
    assert any("fractions" in w for w in result.warnings)


def test_summary_lines_state_reference_and_counts():
    result = classify_areas(_areas([2, 4, 6]), *SHARES, year=2022)
    text = "\n".join(result.summary())
    assert "μ = 4.000, σ = 2.000" in text and "3 areas, 2022" in text
    assert "1: 0, 2: 1, 3: 1, 4: 1, 5: 0; without type: 0" in text


def test_sample_county_regso_types_from_summed_deso_counts(sample_dir):
    """The sample's 2022 DeSO counts (the plugin's SCB reader) summed to RegSO (its
    aggregator) and classified against the county's own RegSO."""
    from tests.helpers.scb_counts import sample_deso_2022, to_regso

    stats = sample_deso_2022(sample_dir)
    deso = gpd.read_file(sample_dir / "exempellan.gpkg", layer="deso")
    key = deso.set_index("desokod")["regsokod"]
    regso = to_regso(stats, key, ["low", "persons", "forgym", "edu_total", "unemployed", "p16_64"])
    result = classify_areas(
        regso,
        Indicator.counts("low", "persons"),
        Indicator.counts("forgym", "edu_total"),
        Indicator.counts("unemployed", "p16_64"),
        year=2022,
        v2_age_group="25–64",
    )
    counts = result.counts()
    # three RegSO hold a DeSO whose economic standard is suppressed ('..'): no type, a reason
    assert counts[None] == 3 and result.n_reference == 159
    missing = result.table[result.table["area_type"].isna()]
    assert sorted(missing.index) == ["9901R010", "9902R010", "9904R002"]
    assert missing["type_reason"].str.startswith("V1 missing").all()
    # the generator's own check (README: 9, 7, 49, 84, 13 on the unsuppressed values)
    # agrees within one area per type
    generator = {1: 9, 2: 7, 3: 49, 4: 84, 5: 13}
    assert all(abs(counts[t] - generator[t]) <= 1 for t in generator)


def test_an_empty_layer_is_refused_with_a_message():
    empty = pd.DataFrame({"v1": [], "v2": [], "v3": []})
    with pytest.raises(
        InputError, match="area layer has no features: there is nothing to classify"
    ):
        classify_areas(empty, *SHARES)
