"""Residents per type and kommun, the ojämlikhetsindex report and the transition table as a
spreadsheet, hand-worked."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from segregation_plugin.core.areatypes.inequality_report import inequality_report, kommun_map
from segregation_plugin.core.areatypes.type_change import compare_area_types
from segregation_plugin.core.areatypes.type_summary import residents_by_type, share_lines
from segregation_plugin.core.common.errors import InputError


def test_residents_per_kommun_and_type():
    frame = pd.DataFrame(
        {
            "desokod": [
                "0180C1010",
                "0180C1020",
                "0180C1030",
                "0114A0010",
                "0114A0020",
                "0114A0030",
            ],
            "kommunnamn": ["Stockholm"] * 3 + ["Upplands Väsby"] * 3,
            "area_type": [1, 2, None, 4, 4, 5],
            "folkmängd": [1000, 500, 200, 800, 300, 100],
        }
    )
    table = residents_by_type(
        frame, "area_type", "folkmängd", code_field="desokod", names="kommunnamn"
    )
    assert list(table.index) == ["0114", "0180"]
    assert list(table.columns) == ["name", "1", "2", "3", "4", "5", "no type"]
    assert table.loc["0180", ["1", "2", "3", "no type"]].tolist() == [1000, 500, 0, 200]
    assert table.loc["0114", ["4", "5"]].tolist() == [1100, 100]
    assert table.attrs["measure"] == "residents"
    lines = share_lines(table)
    assert lines[1] == (
        "0180 Stockholm: types 1–2 hold 1,500 of the 1,500 residents of typed areas (100.0 %); "
        "in areas without a type: 200."
    )
    # without residents it counts areas; codes that are no area codes give one row
    areas = residents_by_type(frame.assign(desokod="stadsdel"), code_field="desokod")
    assert areas.index.tolist() == ["all"] and areas.attrs["measure"] == "areas"
    assert areas.loc["all"].tolist() == [1, 1, 0, 2, 1, 1]
    with pytest.raises(InputError, match="run the area-type tool first"):
        residents_by_type(frame.drop(columns="area_type"))


def _deso():
    """Three kommuner in län 01; low/high income counts per DeSO, 10 × 10 km boxes."""
    rows = [
        ("0180C1010", "Stockholm", 30, 10),
        ("0180C1020", "Stockholm", 10, 30),
        ("0114A0010", "Upplands Väsby", 20, 5),
        ("0114A0020", "Upplands Väsby", 20, 15),
        ("0127C1010", "Botkyrka", 10, 0),
        ("0127C1020", "Botkyrka", 0, 10),
    ]
    frame = pd.DataFrame(rows, columns=["desokod", "kommunnamn", "q1", "q4"])
    frame["lansnamn"] = "Stockholms län"
    geometry = [box(i * 10000, 0, (i + 1) * 10000, 10000) for i in range(len(frame))]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:3006")


def _types():
    return pd.DataFrame(
        {
            "regsokod": ["0180R001", "0180R002", "0114R001", "0127R001", "0127R002"],
            "area_type": [1, 3, 4, 2, 5],
            "folkmängd": [1000, 3000, 2000, 500, 500],
        }
    )


def test_ojamlikhetsindex_report_per_kommun_and_lan():
    report = inequality_report(
        _deso(),
        "desokod",
        "q1",
        "q4",
        types=_types(),
        types_code_field="regsokod",
        population_field="folkmängd",
    )
    k = report.kommuner.set_index("region")
    # D = ½ Σ |a/A − b/B| × 100: Stockholm ½(|30/40 − 10/40| + |10/40 − 30/40|) = 50,
    # Upplands Väsby ½(|20/40 − 5/20| + |20/40 − 15/20|) = 25, Botkyrka complete separation
    assert k["ojamlikhetsindex"].tolist() == pytest.approx([25.0, 100.0, 50.0])
    assert k.loc["0180", "name"] == "Stockholm"
    # mean 58.33, sample SD 38.19 → threshold 96.52: only Botkyrka meets criterion 1
    assert k["ineq_threshold"].iloc[0] == pytest.approx(58.3333 + 38.1881, abs=1e-3)
    assert k["crit_inequality"].tolist() == [False, True, False]
    # types 1–2: Stockholm 1,000 of 4,000, Upplands Väsby 0, Botkyrka 500 of 1,000
    assert k["share_type12_pct"].tolist() == [0.0, 50.0, 25.0]
    assert k["share_threshold"].iloc[0] == pytest.approx(25 + 1.5 * 25)
    assert not k["crit_share"].any()
    assert k["rank_inequality"].tolist() == [3, 1, 2]
    assert k.loc["0127", "low_count"] == 10 and k.loc["0180", "population_type12"] == 1000
    assert "not national" in k["ref_description"].iloc[0]
    lan = report.lan.set_index("region")
    # the whole län: A = 90, B = 70; ½ Σ |a/90 − b/70| × 100
    assert lan.loc["01", "ojamlikhetsindex"] == pytest.approx(46.0317, abs=1e-4)
    assert lan.loc["01", "name"] == "Stockholms län"
    # types 1–2 in the län: 1,000 (Stockholm, type 1) + 500 (Botkyrka, type 2) of 7,000
    assert lan.loc["01", "share_type12_pct"] == pytest.approx(100 * 1500 / 7000)
    assert report.lines[0].startswith("Criteria against mean and SD (sample) of the 3 kommuner")
    assert report.lines[2] == (
        "0127 Botkyrka: ojämlikhetsindex 100.0 (met); in types 1–2 50.0 % (not met)."
    )


def test_economic_standard_shares_and_no_area_types():
    deso = _deso()
    deso["persons"] = 200
    deso["low_pct"], deso["high_pct"] = deso["q1"] / 2, deso["q4"] / 2  # share × 200 / 100
    report = inequality_report(
        deso, "desokod", "low_pct", "high_pct", persons_field="persons", groups="economic_standard"
    )
    k = report.kommuner.set_index("region")
    assert k["ojamlikhetsindex"].tolist() == pytest.approx([25.0, 100.0, 50.0])
    assert k["income_groups"].iloc[0] == "low vs high economic standard"
    assert k["crit_share"].isna().all() and k["share_type12_pct"].isna().all()
    assert "share in types 1–2 not judged" in report.lines[0]
    assert report.lines[1].endswith("in types 1–2 – (not judged).")
    deso.loc[0, "low_pct"] = 130
    with pytest.raises(InputError, match="not a share in percent"):
        inequality_report(deso, "desokod", "low_pct", "high_pct", persons_field="persons")
    with pytest.raises(InputError, match="needs the residents field"):
        inequality_report(
            _deso(), "desokod", "q1", "q4", types=_types(), types_code_field="regsokod"
        )


def test_kommun_map_is_the_union_of_its_areas():
    deso = _deso()
    report = inequality_report(deso, "desokod", "q1", "q4")
    kommuner = kommun_map(deso, "desokod", report.kommuner).set_index("region")
    assert kommuner.geometry.area.tolist() == pytest.approx([2e8, 2e8, 2e8])
    assert kommuner.crs == deso.crs
    with pytest.raises(InputError, match="no geometry"):
        kommun_map(pd.DataFrame(deso.drop(columns="geometry")), "desokod", report.kommuner)


def test_transition_table_for_a_spreadsheet():
    before = pd.DataFrame(
        {"code": ["0180R001", "0180R002", "0180R003"], "area_type": [1, 2, 3], "p": [10, 20, 30]}
    )
    after = pd.DataFrame(
        {"code": ["0180R001", "0180R002", "0180R003"], "area_type": [1, 3, None], "p": [11, 21, 31]}
    )
    change = compare_area_types(before, after, "code", residents_field="p")
    table = change.wide_table().set_index("from_type")
    assert list(table.index) == ["1", "2", "3", "4", "5", "no type", "total"]
    assert table.columns[:8].tolist() == [
        "areas_1",
        "areas_2",
        "areas_3",
        "areas_4",
        "areas_5",
        "areas_no_type",
        "areas_total",
        "residents_1",
    ]
    assert table.loc["2", "areas_3"] == 1 and table.loc["3", "areas_no_type"] == 1
    assert table.loc["total", "areas_total"] == 3
    assert table.loc["2", "residents_3"] == 21 and table.loc["total", "residents_total"] == 63
    # the per-area fields keep their integer types when joined to the areas
    joined = change.joined(after, "code")
    assert str(joined["type_before"].dtype) == "Int64" and joined["type_shift"].tolist()[1] == 1
    without = compare_area_types(before, after, "code").wide_table()
    assert not [c for c in without.columns if c.startswith("residents")]
