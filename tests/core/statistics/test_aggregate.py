"""Aggregation: counts summed, shares rebuilt from numerator and denominator, small areas withheld.

The small example is worked by hand in the comments; the real one aggregates SCB's exports
with SCB's own key table and compares with sums computed here independently (csv module and
openpyxl, not the plugin's readers).
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pytest
from rasterio.transform import from_origin
from shapely.geometry import box

from segregation_plugin.core.common import codes
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics.aggregate import (
    Ratio,
    Share,
    aggregate,
    key_from_codes,
    key_from_table,
    level_result,
    read_key_table,
)
from segregation_plugin.core.statistics.aggregate_areas import (
    aggregate_to_districts,
    aggregate_to_level,
)
from segregation_plugin.core.statistics.aggregate_report import LogWarning
from segregation_plugin.core.statistics.area_assignment import assign_areas
from segregation_plugin.core.statistics.scb_export import read_scb_file
from tests.helpers.rasters import write_raster


@pytest.fixture
def small():
    """Four DeSO in two RegSO.

    | DeSO      | RegSO    | persons | low % | low persons | förgymn. | 25–64 |
    | 0180C1010 | 0180R001 | 100     | 10    | 10          | 5        | 50    |
    | 0180C1020 | 0180R001 | 300     | 20    | 60          | 15       | 100   |
    | 0180C1030 | 0180R002 | 40      | ..    | ?           | 2        | 20    |
    | 0180C1040 | 0180R002 | 60      | 50    | 30          | 3        | 30    |
    """
    return pd.DataFrame(
        {
            "desokod": ["0180C1010", "0180C1020", "0180C1030", "0180C1040"],
            "regsokod": ["0180R001", "0180R001", "0180R002", "0180R002"],
            "persons": [100, 300, 40, 60],
            "low": [10, 20, np.nan, 50],
            "forgymn": [5, 15, 2, 3],
            "total2564": [50, 100, 20, 30],
        }
    )


def _key(frame):
    return pd.Series(frame["regsokod"].to_numpy(), index=frame["desokod"])


def test_counts_summed_and_shares_not_averaged(small):
    result = aggregate(
        small,
        _key(small),
        counts=["persons", "forgymn"],
        shares=[("low", "persons")],
        ratios=[("forgymn", "total2564", "andel förgymnasial")],
        code_field="desokod",
    )
    r1 = result.loc["0180R001"]
    assert r1["persons"] == 400 and r1["forgymn"] == 20
    # (10 + 60) / 400 = 17.5 %, not the mean of 10 % and 20 % (15 %)
    assert r1["low"] == pytest.approx(17.5)
    assert r1["andel förgymnasial"] == pytest.approx(100 * 20 / 150)
    assert r1["source_areas"] == 2 and r1["missing_values"] == 0 and r1["note"] == ""
    r2 = result.loc["0180R002"]
    assert r2["persons"] == 100
    assert math.isnan(r2["low"])  # one DeSO suppressed: the RegSO share is unknown
    assert r2["andel förgymnasial"] == pytest.approx(10.0)  # 5 / 50
    assert r2["missing_values"] == 1
    assert r2["note"] == "low: 1 source value missing, left empty"


def test_partial_sums_when_allowed(small):
    result = aggregate(
        small,
        _key(small),
        shares=[Share("low", "persons")],
        code_field="desokod",
        allow_partial=True,
    )
    # only 0180C1040 has a share: 30 / 60 = 50 %; the base is all 100 persons
    assert result.loc["0180R002", "low"] == pytest.approx(50.0)
    assert result.loc["0180R002", "persons"] == 100
    assert "summed without them" in result.loc["0180R002", "note"]


def test_minimum_population(small):
    result = aggregate(
        small,
        _key(small),
        counts=["forgymn"],
        ratios=[Ratio("forgymn", "total2564", "andel")],
        code_field="desokod",
        population="persons",
        min_population=150,
    )
    assert not result.loc["0180R001", "suppressed"] and result.loc["0180R001", "forgymn"] == 20
    assert result.loc["0180R002", "suppressed"]
    assert math.isnan(result.loc["0180R002", "forgymn"]) and math.isnan(
        result.loc["0180R002", "andel"]
    )
    assert result.loc["0180R002", "population"] == 100
    assert "population 100 < 150: values withheld" in result.loc["0180R002", "note"]


def test_kommun_and_lan_from_the_codes(small):
    out, lines = aggregate_to_level(small, "desokod", codes.KOMMUN, counts=["persons"])
    assert list(out["kommunkod"]) == ["0180"] and out.iloc[0]["persons"] == 500
    assert "the kommun part of the codes" in lines[0]
    out, _ = aggregate_to_level(small, "desokod", codes.LAN, counts=["persons"])
    assert list(out["lanskod"]) == ["01"]
    out, lines = aggregate_to_level(small, "desokod", codes.REGSO, counts=["persons"])
    assert list(out["regsokod"]) == ["0180R001", "0180R002"]  # found the regsokod field
    assert "the field regsokod" in lines[0]
    with pytest.raises(InputError, match="cannot be read from its code"):
        aggregate_to_level(
            small.drop(columns="regsokod"), "desokod", codes.REGSO, counts=["persons"]
        )
    with pytest.raises(InputError, match="only be aggregated to a larger level"):
        aggregate_to_level(small, "regsokod", codes.REGSO, counts=["persons"])
    with pytest.raises(InputError, match="no field 'nothing'"):
        aggregate_to_level(small, "desokod", codes.KOMMUN, counts=["nothing"])


def test_geometry_is_dissolved():
    frame = gpd.GeoDataFrame(
        {"desokod": ["0180C1010", "0180C1020", "0181C1010"], "n": [1, 2, 4]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), box(5, 5, 6, 6)],
        crs="EPSG:3006",
    )
    out, _ = aggregate_to_level(frame, "desokod", codes.KOMMUN, counts=["n"])
    assert isinstance(out, gpd.GeoDataFrame) and out.crs == frame.crs
    assert out.set_index("kommunkod").geometry["0180"].area == pytest.approx(2.0)
    assert list(out["n"]) == [3, 4]


def test_key_table_columns_found_by_content(tmp_path):
    path = tmp_path / "key.csv"
    path.write_bytes(
        "\ufeffKommun,Kommunnamn,DeSO_2018,RegSO_2020,RegSOkod_2020\r\n"
        "0114,Upplands Väsby,0114C1010,Bollstanäs,0114R001\r\n"
        "0114,Upplands Väsby,0114C1030,Bollstanäs,0114R001\r\n".encode("utf-8")
    )
    key = key_from_table(read_key_table(path))
    assert list(key["source"]) == ["0114C1010", "0114C1030"]
    assert list(key["target"]) == ["0114R001", "0114R001"]
    assert list(key["target_name"]) == ["Bollstanäs", "Bollstanäs"]
    path.write_bytes(b"DeSO,RegSO\r\n0114C1010,0114R001\r\n0114C1010,0114R002\r\n")
    with pytest.raises(InputError, match="in two places"):
        key_from_table(read_key_table(path))


# --- the real exports with SCB's real key --------------------------------------------------------
def _independent_sheet(path):
    """code -> list of the numbers in its row, read with openpyxl alone."""
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = {}
    for row in sheet.iter_rows(values_only=True):
        if isinstance(row[0], str) and len(row[0]) == 9 and row[0][:4].isdigit():
            rows[row[0]] = [v for v in row[1:] if isinstance(v, (int, float))]
    return rows


@pytest.mark.shared
def test_real_key_table_as_it_is(shared_data):
    table = read_key_table(shared_data / "scb" / "koppling_deso2018_regso2020.csv")
    assert list(table.columns) == [
        "Kommun",
        "Kommunnamn",
        "DeSO_2018",
        "RegSO_2020",
        "RegSOkod_2020",
    ]
    assert len(table) == 5984 and table.iloc[0]["Kommun"] == "0114"
    key = key_from_table(table)
    assert len(key) == 5984 and key["target"].nunique() == 3363
    first = key[key["source"] == "0114C1010"].iloc[0]
    assert (first["target"], first["target_name"]) == ("0114R001", "Bollstanäs")


@pytest.mark.shared
def test_real_regso_sums_equal_independent_sums(shared_data):
    scb = shared_data / "scb"
    tenure = read_scb_file(scb / "deso2018_upplatelseform_2022.xlsx")
    econ = read_scb_file(scb / "deso2018_ekonomisk_standard_2022.xlsx")
    frame = tenure.merge(
        econ.drop(columns=["region_name", "region_level", "region_version", "year"]),
        on="region_code",
    )
    out, lines = aggregate_to_level(
        frame,
        "region_code",
        codes.REGSO,
        counts=["hyresrätt", "bostadsrätt", "äganderätt"],
        shares=[("Låg ekonomisk standard, procent", "Antal personer totalt")],
        key_table=scb / "koppling_deso2018_regso2020.csv",
    )
    assert len(out) == 3363 and "the key table" in lines[0]
    assert out.iloc[0]["regsonamn"] == "Bollstanäs"

    # independently: csv module for the key, openpyxl for the exports
    with (scb / "koppling_deso2018_regso2020.csv").open(encoding="utf-8-sig") as handle:
        regso_of = {r["DeSO_2018"]: r["RegSOkod_2020"] for r in csv.DictReader(handle)}
    tenure_rows = _independent_sheet(scb / "deso2018_upplatelseform_2022.xlsx")
    econ_rows = _independent_sheet(scb / "deso2018_ekonomisk_standard_2022.xlsx")
    sums = defaultdict(lambda: [0, 0, 0])
    low, persons = defaultdict(float), defaultdict(float)
    for deso, values in tenure_rows.items():
        for k in range(3):
            sums[regso_of[deso]][k] += values[k]
        share, _, n = econ_rows[deso]
        low[regso_of[deso]] += share / 100 * n
        persons[regso_of[deso]] += n
    result = out.set_index("regsokod")
    for regso in ["0114R001", "0180R030", "1280R012", "2584R005"] + sorted(sums)[::97]:
        assert list(result.loc[regso, ["hyresrätt", "bostadsrätt", "äganderätt"]]) == sums[regso], (
            regso
        )
        assert result.loc[regso, "Låg ekonomisk standard, procent"] == pytest.approx(
            100 * low[regso] / persons[regso]
        )
    assert result[["hyresrätt", "bostadsrätt", "äganderätt"]].sum().sum() == sum(
        map(sum, sums.values())
    )
    assert result.loc["0114R001", "source_areas"] == sum(
        1 for r in regso_of.values() if r == "0114R001"
    )
    # kommun from the codes: Upplands Väsby
    kommun, _ = aggregate_to_level(frame, "region_code", codes.KOMMUN, counts=["hyresrätt"])
    expected = sum(v[0] for d, v in tenure_rows.items() if d.startswith("0114"))
    assert kommun.set_index("kommunkod").loc["0114", "hyresrätt"] == expected


# --- the user's districts -------------------------------------------------------------------------
@pytest.fixture
def grid_areas():
    """Three DeSO side by side (2 × 1 km each) and two districts split at x = 3000.

    DeSO B (2000–4000) lies half in each district; its people live in its eastern part.
    """
    deso = gpd.GeoDataFrame(
        {
            "desokod": ["0180C1010", "0180C1020", "0180C1030"],
            "folk": [400, 30, 500],
            "lagek": [10.0, 20.0, 30.0],
        },
        geometry=[box(0, 0, 2000, 1000), box(2000, 0, 4000, 1000), box(4000, 0, 6000, 1000)],
        crs="EPSG:3006",
    )
    districts = gpd.GeoDataFrame(
        {"stadsdel": ["Väst", "Öst", "Tom"]},
        geometry=[box(0, 0, 2900, 1000), box(2900, 0, 6000, 1000), box(0, 5000, 10, 5010)],
        crs="EPSG:3006",
    )
    return deso, districts


def test_largest_overlap(grid_areas):
    deso, districts = grid_areas
    assignment = assign_areas(deso, "desokod", districts, "stadsdel", "overlap")
    assert list(assignment["target"]) == ["Väst", "Öst", "Öst"]  # B: 55 % in Öst
    assert assignment.loc[1, "overlap_share"] == pytest.approx(0.55)


def test_population_weighted_centre_from_a_grid(grid_areas, tmp_path):
    deso, districts = grid_areas
    # 250 m cells; B's people all live in its western cells (x 2000–2500): centre in Väst
    data = np.zeros((4, 24), dtype="int32")
    data[:, 0:8] = 10
    data[:, 8:10] = 4
    data[:, 16:24] = 5
    path = write_raster(tmp_path / "pop.tif", data, from_origin(0, 1000, 250, 250), nodata=-9999)
    assignment = assign_areas(deso, "desokod", districts, "stadsdel", "centroid", str(path))
    assert list(assignment["target"]) == ["Väst", "Väst", "Öst"]
    assert list(assignment["method"]) == ["grid centre"] * 3
    assert list(assignment["grid_population"]) == [320, 32, 160]
    without = assign_areas(deso, "desokod", districts, "stadsdel", "centroid")
    assert list(without["method"]) == ["point on surface"] * 3
    assert list(without["target"]) == ["Väst", "Öst", "Öst"]  # B's middle (3000) is in Öst


def test_districts_with_minimum_population(grid_areas):
    deso, districts = grid_areas
    out, assignment, lines = aggregate_to_districts(
        deso,
        "desokod",
        districts,
        "stadsdel",
        "overlap",
        counts=["folk"],
        shares=[("lagek", "folk")],
        population="folk",
        min_population=450,
    )
    result = out.set_index("stadsdel")
    assert result.loc["Öst", "folk"] == 530
    assert result.loc["Öst", "lagek"] == pytest.approx((0.2 * 30 + 0.3 * 500) / 530 * 100)
    # Väst has 400 < 450 inhabitants: withheld and flagged
    assert result.loc["Väst", "suppressed"] and math.isnan(result.loc["Väst", "folk"])
    assert "population 400 < 450" in result.loc["Väst", "note"]
    # a district with no DeSO is kept and flagged
    assert result.loc["Tom", "source_areas"] == 0 and result.loc["Tom", "suppressed"]
    assert result.loc["Tom", "note"] == "no DeSO assigned to this district"
    assert isinstance(out, gpd.GeoDataFrame) and len(out) == 3
    assert any("1 districts got no area" in line for line in lines)
    with pytest.raises(InputError, match="needs the population"):
        aggregate_to_districts(deso, "desokod", districts, "stadsdel", counts=["folk"])


def test_key_from_codes_needs_derivable_levels():
    with pytest.raises(InputError, match="cannot be read from these codes"):
        key_from_codes(["0114A0010"], codes.REGSO)
    assert (
        level_result(
            aggregate(
                pd.DataFrame({"c": ["0114A0010"], "n": [1]}),
                key_from_codes(["0114A0010"], codes.LAN),
                counts=["n"],
                code_field="c",
            ),
            codes.LAN,
        ).columns[0]
        == "lanskod"
    )


# --- rows without a code, contradicting parents, duplicates, empty layers ---------------------
@pytest.fixture
def codeless(small):
    """``small`` with a fifth DeSO whose desokod is empty but whose regsokod (0180R001) and
    250 persons are filled in, at feature id 17 (the layer's id, not the row number)."""
    frame = pd.concat(
        [
            small,
            pd.DataFrame(
                {
                    "desokod": [None],
                    "regsokod": ["0180R001"],
                    "persons": [250],
                    "low": [30.0],
                    "forgymn": [7],
                    "total2564": [70],
                }
            ),
        ],
        ignore_index=True,
    )
    frame.index = [10, 11, 12, 13, 17]
    return frame


def test_a_row_without_a_code_is_never_summed_into_another_area(codeless):
    out, lines = aggregate_to_level(
        codeless, "desokod", codes.REGSO, counts=["persons"], key_field="regsokod"
    )
    result = out.set_index("regsokod")
    # 0180R002 is unaffected: 40 + 60; 0180R001 would be 100 + 300 + 250 = 650, but one of
    # its DeSO has no code: left empty (never 400, never 650), and said so
    assert result.loc["0180R002", "persons"] == 100
    assert math.isnan(result.loc["0180R001", "persons"])
    assert result.loc["0180R001", "source_areas"] == 2
    assert "1 source area without a code (feature 17) left out" in result.loc["0180R001", "note"]
    assert lines[0] == "4 of 5 DeSO → 2 RegSO using the field regsokod."
    warning = next(line for line in lines if "no code" in line)
    assert isinstance(warning, LogWarning)
    assert "1 DeSO have no code in 'desokod' (feature 17; persons: 250)" in warning
    assert "0180R001" in warning
    # summing what there is: 400, flagged as too small
    partial, _ = aggregate_to_level(
        codeless,
        "desokod",
        codes.REGSO,
        counts=["persons"],
        key_field="regsokod",
        allow_partial=True,
    )
    row = partial.set_index("regsokod").loc["0180R001"]
    assert row["persons"] == 400 and "too small" in row["note"]


def test_a_row_without_a_code_to_kommun(codeless):
    out, lines = aggregate_to_level(codeless, "desokod", codes.KOMMUN, counts=["persons"])
    # the regsokod field says the row lies in 0180: its total is not 500 but unknown
    assert math.isnan(out.set_index("kommunkod").loc["0180", "persons"])
    assert lines[0] == "4 of 5 DeSO → 1 kommun using the kommun part of the codes."
    assert any("feature 17" in line and "0180" in line for line in lines)
    # without any parent field the kommun is unknown: left out with a warning, the rest summed
    bare = codeless.drop(columns="regsokod")
    out, lines = aggregate_to_level(bare, "desokod", codes.KOMMUN, counts=["persons"])
    assert out.set_index("kommunkod").loc["0180", "persons"] == 500
    assert any(isinstance(line, LogWarning) and "feature 17" in line for line in lines)


def test_a_code_not_in_the_key_is_named(small):
    key = pd.Series(["0180R001", "0180R001", "0180R002"], index=small["desokod"][:3])
    frame = small.set_axis([5, 6, 7, 8])
    result = aggregate(frame, key, counts=["persons"], code_field="desokod")
    assert result.loc["0180R002", "persons"] == 40  # 0180C1040 is not in the key
    table = result.attrs["left_out"]
    assert list(table.index) == [8] and list(table["reason"]) == ["no target"]
    out, lines = aggregate_to_level(
        frame, "desokod", codes.REGSO, counts=["persons"], key_table=_key_table(small[:3])
    )
    assert lines[0] == "3 of 4 DeSO → 2 RegSO using the key table."
    assert any("0180C1040; feature 8; persons: 60" in line for line in lines)


def _key_table(frame):
    return pd.DataFrame({"DeSO": frame["desokod"], "RegSO": frame["regsokod"]})


def test_a_regsokod_of_another_kommun_is_reported(small):
    frame = small.copy()
    frame.loc[3, "regsokod"] = "0181R002"  # 0180C1040 given a RegSO of kommun 0181
    out, lines = aggregate_to_level(
        frame, "desokod", codes.REGSO, counts=["persons"], key_field="regsokod"
    )
    warning = next(line for line in lines if "another kommun" in line)
    assert isinstance(warning, LogWarning) and "0180C1040 → 0181R002" in warning
    assert out.set_index("regsokod").loc["0181R002", "persons"] == 60  # summed as given


def test_a_code_in_two_features_is_refused_naming_field_code_and_features(small):
    # summed, the DeSO would count twice: 500 persons in the kommun instead of 400
    frame = pd.concat([small, small.iloc[[0]]], ignore_index=True)
    with pytest.raises(InputError) as caught:
        aggregate_to_level(frame, "desokod", codes.KOMMUN, counts=["persons"])
    text = str(caught.value)
    assert "'desokod'" in text and "more than one feature" in text, text
    assert "0180C1010 in features 0, 4" in text and "count twice" in text, text
    assert "Remove the duplicate features" in text, text


def test_a_code_in_two_features_is_refused_for_districts(small):
    frame = gpd.GeoDataFrame(
        pd.concat([small, small.iloc[[1]]], ignore_index=True),
        geometry=[box(i * 100, 0, i * 100 + 100, 100) for i in (0, 1, 2, 3, 1)],
        crs="EPSG:3006",
    )
    districts = gpd.GeoDataFrame({"id": ["a"]}, geometry=[box(0, 0, 400, 100)], crs="EPSG:3006")
    with pytest.raises(InputError, match=r"0180C1020 in features 1, 4"):
        aggregate_to_districts(
            frame, "desokod", districts, "id", counts=["persons"], population="persons"
        )


def test_a_negative_count_is_refused_naming_field_areas_and_values(small):
    frame = small.copy()
    frame.loc[1, "persons"] = -100
    with pytest.raises(InputError) as caught:
        aggregate_to_level(frame, "desokod", codes.KOMMUN, counts=["persons"])
    text = str(caught.value)
    assert "'persons'" in text and "negative" in text, text
    assert "area 0180C1020 has -100" in text, text


def test_an_empty_layer_gives_an_empty_table_with_the_fields(small):
    empty = gpd.GeoDataFrame(small.iloc[:0], geometry=[], crs="EPSG:3006")
    out, lines = aggregate_to_level(
        empty,
        "desokod",
        codes.REGSO,
        counts=["persons"],
        shares=[("low", "persons")],
        key_field="regsokod",
        population="persons",
        min_population=50,
    )
    assert len(out) == 0 and isinstance(out, gpd.GeoDataFrame)
    for name in ("regsokod", "persons", "low", "source_areas", "population", "note"):
        assert name in out.columns
    assert "no features" in lines[0]


def test_districts_a_row_without_a_code_and_an_empty_district_layer(grid_areas):
    deso, districts = grid_areas
    deso = deso.set_axis([21, 22, 23])
    deso.loc[23, "desokod"] = ""  # the eastern DeSO (500 persons, in Öst) lost its code
    out, _, lines = aggregate_to_districts(
        deso, "desokod", districts, "stadsdel", counts=["folk"], min_population=0
    )
    result = out.set_index("stadsdel")
    assert result.loc["Väst", "folk"] == 400
    assert math.isnan(result.loc["Öst", "folk"])  # not 30: its largest DeSO is unknown
    assert any("feature 23" in line and "folk: 500" in line for line in lines)
    with pytest.raises(InputError, match="district layer has no features"):
        aggregate_to_districts(
            deso, "desokod", districts.iloc[:0], "stadsdel", counts=["folk"], min_population=0
        )


def test_districts_numbered_like_lan_codes_keep_their_values(grid_areas):
    # district ids 12 and 14 (a grid's numbers) are not län codes to be rewritten
    deso, districts = grid_areas
    numbered = districts.assign(stadsdel=[12, 14, 1])
    out, _, _ = aggregate_to_districts(
        deso, "desokod", numbered, "stadsdel", counts=["folk"], min_population=0
    )
    assert out.set_index("stadsdel")["folk"].to_dict() == {
        12: 400,
        14: 530,
        1: pytest.approx(np.nan, nan_ok=True),
    }


def test_a_deso_without_its_regsokod_is_named(small):
    frame = small.copy()
    frame.loc[3, "regsokod"] = None
    out, lines = aggregate_to_level(
        frame, "desokod", codes.REGSO, counts=["persons"], key_field="regsokod"
    )
    assert out.set_index("regsokod").loc["0180R002", "persons"] == 40
    assert lines[0] == "3 of 4 DeSO → 2 RegSO using the field regsokod."
    warning = next(line for line in lines if "left out" in line)
    assert isinstance(warning, LogWarning)
    assert warning.startswith("1 DeSO have no RegSO in the field regsokod and were left out")
    assert "(0180C1040; feature 3; persons: 60)" in warning


def test_the_tables_and_year_of_the_statistics_are_kept(small):
    joined = small.assign(statistics_tables="000005MO 2022", statistics_year=2022)
    out, _ = aggregate_to_level(joined, "desokod", codes.KOMMUN, counts=["persons"])
    assert out.iloc[0]["statistics_year"] == 2022
    assert out.iloc[0]["statistics_tables"] == "000005MO 2022"
    mixed = joined.assign(statistics_year=[2021] + [2022] * (len(joined) - 1))
    out, _ = aggregate_to_level(mixed, "desokod", codes.KOMMUN, counts=["persons"])
    assert "statistics_year" not in out.columns  # two years: none is the year
