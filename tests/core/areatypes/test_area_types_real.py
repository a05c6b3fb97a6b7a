"""Area types and the ojämlikhetsindex on SCB's real 2022 DeSO exports for all of Sweden.

The exports are read with the plugin's SCB reader and summed to the 3,363 RegSO with its
aggregator and SCB's real key table (``koppling_deso2018_regso2020.csv``), as a user would
with Import SCB table and Aggregate areas. What is compared, honestly:

- We have the real 2022 DeSO exports of low economic standard (share and persons) and of
  education 25–64, and SCB's DeSO→RegSO key; we do NOT have V3 (economic assistance /
  long-term unemployment) nor SCB's official type of each RegSO. So the official
  classification cannot be reproduced area by area here, and the share of RegSO with the
  same type as SCB's cannot be measured.
- What we can check: classified with a two-variable index (V1 + V2) / 2 against μ and σ of
  all RegSO, the counts per type are close to SCB's official 2022 counts (160, 289, 855,
  1,770, 289 of 3,363): each type within 3.5 percentage points and types 1–2 together within
  1 point. The differences come from the missing V3, V2 at 25–64 instead of 20–64, and V1
  rebuilt from shares SCB rounds to whole percent.
- Hand-checked spot values of two RegSO (computed from the rows of the xlsx files).
- Summing counts versus averaging shares differs on real data and changes types.
- Delmos' criteria computed from all 290 kommuner (then the mean and SD are national).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.areatypes.area_types import Reference, classify_areas
from segregation_plugin.core.areatypes.inequality import (
    municipal_criteria,
    ojamlikhetsindex,
    share_in_challenged_types,
)
from segregation_plugin.core.areatypes.ses_index import Indicator
from tests.helpers.scb_counts import real_deso_2022, real_regso_2022

OFFICIAL_2022 = {1: 160, 2: 289, 3: 855, 4: 1770, 5: 289}  # SCB, all 3,363 RegSO


@pytest.fixture(scope="module")
def deso(shared_data):
    return real_deso_2022(shared_data / "scb")


@pytest.fixture(scope="module")
def regso(shared_data, deso):
    return real_regso_2022(shared_data / "scb", deso)


@pytest.fixture(scope="module")
def classified(regso):
    return classify_areas(
        regso,
        Indicator.counts("low", "persons"),
        Indicator.counts("forgym", "edu_total"),
        year=2022,
        v2_age_group="25–64",
    )


def test_real_exports_aggregate_to_all_regso(deso, regso):
    assert len(deso) == 5984 and deso["regsokod"].notna().all()
    assert len(regso) == 3363 and regso[["low", "forgym", "low_pct"]].notna().all().all()
    assert regso["source_areas"].sum() == 5984 and regso["missing_values"].sum() == 0
    # the aggregator with the key table agrees with a plain sum by the key's RegSO code
    plain = deso.groupby("regsokod")["persons"].sum()
    assert regso.set_index("regsokod")["persons"].to_dict() == plain.to_dict()
    # and V1 is rebuilt from the counts: Σ(share × persons) / Σ persons
    assert (regso["low_pct"] - 100 * regso["low"] / regso["persons"]).abs().max() < 1e-9


def test_hand_checked_regso_values(classified, regso):
    table = classified.table.set_index(regso["regsokod"])
    # 0114R001 Bollstanäs = DeSO 0114C1010, C1030, C1050: low 4 %, 5 %, 2 % of 1,542,
    # 2,284, 2,060 persons; förgymnasial 52 + 88 + 55 of 882 + 1,160 + 1,064 persons 25–64
    assert table.loc["0114R001", "v1_low_econ_pct"] == pytest.approx(
        100 * (61.68 + 114.2 + 41.2) / 5886
    )
    assert table.loc["0114R001", "v2_low_edu_pct"] == pytest.approx(100 * 195 / 3106)
    # 1280R030 (Malmö) = 1280C1430, C1520: low 56 % of 2,367 and 31 % of 1,359
    v1 = 100 * (0.56 * 2367 + 0.31 * 1359) / 3726
    v2 = 100 * (369 + 107) / (1242 + 737)
    assert table.loc["1280R030", "ses_index"] == pytest.approx((v1 + v2) / 2)
    assert table.loc["1280R030", "area_type"] == 1
    assert table.loc["0114R001", "area_type"] in (4, 5)


def test_two_variable_types_are_in_scbs_official_proportions(classified):
    counts = classified.counts()
    assert counts[None] == 0 and classified.n_reference == 3363
    ours = {t: 100 * counts[t] / 3363 for t in OFFICIAL_2022}
    official = {t: 100 * n / 3363 for t, n in OFFICIAL_2022.items()}
    for t in OFFICIAL_2022:
        assert abs(ours[t] - official[t]) < 3.5, (t, counts[t], OFFICIAL_2022[t])
    assert abs(ours[1] + ours[2] - official[1] - official[2]) < 1.0
    # the shape is the official one: type 4 is the largest, type 1 the smallest
    assert max(counts, key=lambda t: counts[t] if t else -1) == 4
    assert min(OFFICIAL_2022, key=counts.get) == 1


def test_summed_counts_differ_from_averaged_shares_on_real_data(deso, regso, classified):
    averaged = deso.groupby("regsokod")["low_pct"].mean().reindex(regso["regsokod"])
    summed = classified.table["v1_low_econ_pct"].to_numpy()
    assert np.nanmax(np.abs(averaged.to_numpy() - summed)) > 5  # percentage points
    wrong = regso.assign(v1=averaged.to_numpy(), v2=classified.table["v2_low_edu_pct"])
    wrong_types = classify_areas(wrong, Indicator.share("v1"), Indicator.share("v2"))
    differ = (wrong_types.table["area_type"] != classified.table["area_type"]).sum()
    assert differ > 10


def test_deso_level_classification_and_lan_reference(deso):
    frame = deso.reset_index()
    national = classify_areas(
        frame, Indicator.share("low_pct"), Indicator.counts("forgym", "edu_total")
    )
    # the field names do not say the age group, so it is recorded as not stated
    assert national.n_reference == 5984 and national.v2_age_group == "not stated"
    stockholm = classify_areas(
        frame,
        Indicator.share("low_pct"),
        Indicator.counts("forgym", "edu_total"),
        reference=Reference.region(frame["desokod"], "01"),
    )
    assert stockholm.n_reference == (frame["desokod"].str[:2] == "01").sum()
    assert stockholm.mean != pytest.approx(national.mean)


def test_delmos_criteria_over_all_290_kommuner(deso, regso, classified):
    ineq = ojamlikhetsindex(
        deso.reset_index(), "low", "high", code_field="desokod", groups="economic_standard"
    )
    assert len(ineq) == 290 and ineq["ojamlikhetsindex"].notna().all()
    typed = classified.joined(regso)
    shares = share_in_challenged_types(typed, "area_type", "persons", code_field="regsokod")
    table = municipal_criteria(ineq, shares).set_index("region")
    assert table["ref_description"].iloc[0] == "mean and SD (sample) of the 290 kommuner given"
    # Botkyrka (Alby, Fittja, Hallunda) meets both; Malmö and Göteborg the inequality one
    assert bool(table.loc["0127", "crit_inequality"]) and bool(table.loc["0127", "crit_share"])
    assert bool(table.loc["1280", "crit_inequality"]) and bool(table.loc["1480", "crit_inequality"])
    # the criteria pick out a minority of kommuner
    assert 0 < table["crit_inequality"].sum() < 290 * 0.25
    assert 0 < table["crit_share"].sum() < 290 * 0.25
    assert isinstance(table, pd.DataFrame)
