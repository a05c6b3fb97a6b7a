"""Tenure mix summed to RegSO, kommun and own districts with the keys of 'Aggregate areas',
the comparison with the kommun and county, and the rentals that would balance an area."""

import math

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from segregation_plugin.core.common import codes
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import rental_balance as rb
from segregation_plugin.core.planning import tenure_levels as tl
from segregation_plugin.core.planning import tenure_mix as tm
from segregation_plugin.core.statistics.aggregate_report import LogWarning
from tests.helpers.empty_index import forbid_empty_index


def _mix():
    # 0114A0010 100/0/0, 0114C1020 0/60/140, 0114C1030 suppressed, 0115A0010 20/20/20
    frame = gpd.GeoDataFrame(
        {
            "desokod": ["0114A0010", "0114C1020", "0114C1030", "0115A0010"],
            "hyresrätt": [100, 0, None, 20],
            "bostadsrätt": [0, 60, 10, 20],
            "äganderätt": [0, 140, 10, 20],
        },
        geometry=[box(i * 100, 0, i * 100 + 100, 100) for i in range(4)],
        crs="EPSG:3006",
    )
    return tm.tenure_mix(frame, unknown=None, key="desokod")


def test_to_regso_with_a_key_table(tmp_path):
    key = tmp_path / "koppling.csv"
    key.write_text(
        "\ufeffKommun;DeSO_2018;RegSO_2020;RegSOkod_2020\n"
        "0114;0114A0010;Väsby norra;0114R001\n"
        "0114;0114C1020;Väsby norra;0114R001\n"
        "0114;0114C1030;Väsby södra;0114R002\n"
        "0115;0115A0010;Vallentuna;0115R001\n",
        encoding="utf-8",
    )
    out, target, lines = tl.mix_to_level(_mix(), "desokod", codes.REGSO, key_table=key)
    rows = out.set_index("regsokod")
    assert rows.loc["0114R001", "regsonamn"] == "Väsby norra"
    assert rows.loc["0114R001", "dwellings_known"] == 300
    assert rows.loc["0114R001", "share_aganderatt"] == pytest.approx(140 / 3)
    assert rows.loc["0114R002", "areas_left_out"] == 1
    assert math.isnan(rows.loc["0114R002", "dominant_share"])
    assert rows.loc["0114R001"].geometry.area == pytest.approx(20000)
    assert list(target) == ["0114R001", "0114R001", "0114R002", "0115R001"]
    assert lines[0] == "4 DeSO → 3 RegSO using the key table."


def test_kommun_level_compared_with_the_county_only():
    mix = _mix()
    out, target, _ = tl.mix_to_level(mix, "desokod", codes.KOMMUN)
    compared, kommun, lan = tl.compare_with_references(
        out, "kommunkod", mix, "desokod", target, kommun=False
    )
    row = compared.set_index("kommunkod").loc["0114"]
    assert "diff_kommun_hyresratt" not in compared.columns
    # county 01 = 120/80/160 of 360 (0114C1030 left out)
    assert row["diff_lan_hyresratt"] == pytest.approx(100 / 3 - 100 / 3)
    assert lan.set_index("lanskod").loc["01", "dwellings_known"] == 360


def test_districts_keep_every_district_and_name_straddling_kommuner():
    districts = gpd.GeoDataFrame(
        {"namn": ["Väst", "Öst", "Tom"]},
        geometry=[box(0, 0, 160, 100), box(160, 0, 400, 100), box(900, 900, 950, 950)],
        crs="EPSG:3006",
    )
    mix = _mix()
    out, target, assignment, lines = tl.mix_to_districts(mix, "desokod", districts, "namn")
    compared, _, _ = tl.compare_with_references(out, "namn", mix, "desokod", target)
    rows = compared.set_index("namn")
    assert rows.loc["Väst", "areas"] == 2 and rows.loc["Tom", "areas"] == 0
    # both kommuner lie in county 01: only the kommun is named
    assert (
        rows.loc["Öst", "reference_note"] == "lies in 2 kommuner (0114, 0115); compared with 0115"
    )
    assert "1 districts got no area: Tom." in lines


def test_comparison_needs_codes():
    mix = _mix().assign(desokod=["a", "b", "c", "d"])
    with pytest.raises(InputError, match="No value in 'desokod' is a DeSO, RegSO or kommun code"):
        tl.compare_with_references(mix, "desokod", mix, "desokod", mix["desokod"])


def test_one_sided_counts_exactly_the_threshold():
    frame = pd.DataFrame({"dominant_share": [69.99, 70.0, None]})
    flags = tl.mark_one_sided(frame)["one_sided"]
    assert list(flags[:2]) == [False, True] and flags.isna()[2]


@pytest.mark.parametrize(
    "h, known, share, expected",
    [
        (0, 100, 40, 67),  # x / (100 + x) ≥ 0.4 → x ≥ 66.7
        (40, 100, 40, 0),  # already there
        (10, 90, 50, 70),  # (10 + x) / (90 + x) ≥ 0.5 → x ≥ 70
        (0, 200, 100 / 3, 100),
    ],
)
def test_rentals_to_reach_a_share(h, known, share, expected):
    assert rb.rentals_to_reach(h, known, share) == expected
    x = expected
    assert (h + x) / (known + x) >= share / 100 - 1e-9
    if x > 0:
        assert (h + x - 1) / (known + x - 1) < share / 100


def test_rentals_undefined_without_dwellings_or_at_100_percent():
    assert math.isnan(rb.rentals_to_reach(5, 10, 100))
    assert math.isnan(rb.rentals_to_reach(0, 0, 30))
    assert math.isnan(rb.rentals_to_reach(float("nan"), 10, 30))


def test_no_areas_give_empty_levels_and_comparisons_with_their_fields():
    mix = _mix().assign(regsokod=["0114R001", "0114R001", "0114R002", "0115R001"])
    empty = mix.iloc[:0]
    for level in ("regso", "kommun", "lan"):
        full, _, _ = tl.mix_to_level(mix, "desokod", level, key_field="regsokod")
        out, target, lines = tl.mix_to_level(empty, "desokod", level, key_field="regsokod")
        assert out.empty and list(out.columns) == list(full.columns)
        assert {"areas", "dwellings_hyresratt", "dominant_tenure"} <= set(out.columns)
        assert out.crs == mix.crs
        assert lines == [f"No areas: nothing to sum to {codes.LEVEL_NAMES[level]}."]
    full, _, _ = tl.compare_with_references(mix, "desokod", mix, "desokod", mix["desokod"])
    compared, kommun, lan = tl.compare_with_references(
        empty, "desokod", empty, "desokod", empty["desokod"]
    )
    assert compared.empty and list(compared.columns) == list(full.columns)
    assert kommun.empty and lan.empty


def test_districts_without_areas_or_areas_without_districts():
    districts = gpd.GeoDataFrame(
        {"namn": ["Väst", "Öst"]},
        geometry=[box(0, 0, 160, 100), box(160, 0, 400, 100)],
        crs="EPSG:3006",
    )
    mix = _mix()
    with forbid_empty_index():
        for areas in (mix.iloc[:0], mix.assign(geometry=None)):
            out, target, _, lines = tl.mix_to_districts(areas, "desokod", districts, "namn")
            assert list(out["areas"]) == [0, 0]
            assert list(out["mix_note"]) == ["no area assigned"] * 2
            assert target.isna().all()
        for nothing in (districts.iloc[:0], districts.assign(geometry=None)):
            out, target, _, lines = tl.mix_to_districts(mix, "desokod", nothing, "namn")
            assert len(out) == len(nothing) and target.isna().all()
            assert "4 areas lie in no district and were left out." in lines
        # an area without geometry is left out; the others are summed as before
        partial = mix.assign(geometry=[None, *mix.geometry.iloc[1:]])
        out, target, _, _ = tl.mix_to_districts(partial, "desokod", districts, "namn")
        assert target.isna().tolist() == [True, False, False, False]


def test_a_deso_without_a_code_stays_out_of_other_regso_and_its_own_is_noted():
    # 0114A0010 (100 rentals, RegSO R001) has lost its code; before, it took the RegSO of
    # the first feature without a code and moved between RegSO
    mix = _mix().assign(regsokod=["0114R001", "0114R002", "0114R002", "0115R001"])
    mix.index = pd.Index([10, 11, 12, 13], name="fid")
    mix.loc[10, "desokod"] = None
    out, target, lines = tl.mix_to_level(mix, "desokod", codes.REGSO, key_field="regsokod")
    rows = out.set_index("regsokod")
    assert target.isna().tolist() == [True, False, False, False]
    assert rows.loc["0115R001", "dwellings_hyresratt"] == 20  # untouched
    assert "0114R001" not in rows.index or rows.loc["0114R001", "dwellings_hyresratt"] == 0
    assert lines[0] == "3 of 4 DeSO → 2 RegSO using the field regsokod."
    warning = next(line for line in lines if "no code" in line)
    assert isinstance(warning, LogWarning)
    assert "1 DeSO have no code in 'desokod' (feature 10; 100 dwellings)" in warning
    assert "RegSO 0114R001" in warning


def test_a_deso_without_a_code_is_counted_in_the_note_of_its_regso():
    mix = _mix().assign(regsokod=["0114R001", "0114R001", "0114R002", "0115R001"])
    mix.index = pd.Index([10, 11, 12, 13], name="fid")
    mix.loc[11, "desokod"] = ""
    out, _, lines = tl.mix_to_level(mix, "desokod", codes.REGSO, key_field="regsokod")
    row = out.set_index("regsokod").loc["0114R001"]
    assert row["dwellings_hyresratt"] == 100  # 0114C1020 left out, not moved
    assert row["areas"] == 1 and row["areas_left_out"] == 1
    assert "without a code (feature 11) left out: the sums are too small" in row["mix_note"]


def test_a_code_in_two_features_is_refused_naming_code_and_features():
    mix = _mix()
    mix.index = pd.Index([10, 11, 12, 13], name="fid")
    mix.loc[13, "desokod"] = "0114A0010"
    with pytest.raises(InputError) as caught:
        tl.refuse_duplicate_codes(mix, "desokod")
    message = str(caught.value)
    assert "0114A0010 in features 10, 13" in message
    assert "more than one feature" in message and "'desokod'" in message
    tl.refuse_duplicate_codes(
        _mix().assign(desokod=[None, None, "0114C1030", "0115A0010"]), "desokod"
    )
