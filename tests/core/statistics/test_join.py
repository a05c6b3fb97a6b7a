"""Joining statistics to areas: a new frame, and a report a planner can act on."""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from segregation_plugin.core.common import codes
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics.join import (
    AREAS_WITHOUT,
    DUPLICATES,
    MATCHED,
    STATS_WITHOUT,
    SUPPRESSED,
    VERSION,
    join_statistics,
)
from segregation_plugin.core.statistics.scb_export import read_scb_file
from segregation_plugin.core.statistics.statistics_table import info_of
from segregation_plugin.core.statistics.suppressed_cells import with_suppressed_column


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


@pytest.fixture
def areas():
    codes_ = ["0180C1010", "0180C1020", "0180C1030", "0114A0010", "0114C1010"]
    return gpd.GeoDataFrame(
        {"desokod": codes_, "namn": list("abcde")},
        geometry=[box(i, 0, i + 1, 1) for i in range(len(codes_))],
        crs="EPSG:3006",
    )


@pytest.fixture
def table(tmp_path):
    # 0180C1030 is suppressed in 2022; 0114C1010 is missing from the export; 0115A0010 is
    # an area of another kommun; 0180C1040 lies in 0180 but not in the layer
    text = (
        '"Antal lägenheter efter region, år och upplåtelseform"\n\n'
        '"region";"upplåtelseform";"2021";"2022"\n'
        '"0180C1010";"hyresrätt";10;11\n"0180C1010";"bostadsrätt";20;21\n'
        '"0180C1020";"hyresrätt";30;31\n"0180C1020";"bostadsrätt";40;41\n'
        '"0180C1030";"hyresrätt";50;..\n"0180C1030";"bostadsrätt";60;..\n'
        '"0180C1040";"hyresrätt";1;2\n"0180C1040";"bostadsrätt";3;4\n'
        '"0114A0010";"hyresrätt";70;71\n"0114A0010";"bostadsrätt";80;81\n'
        '"0115A0010";"hyresrätt";5;6\n"0115A0010";"bostadsrätt";7;8\n'
    )
    return read_scb_file(write(tmp_path / "t.csv", text))


def _rows(report, check):
    return [r for r in report.rows if r["check"] == check]


def test_join_one_year(areas, table):
    before = areas.copy()
    joined, report = join_statistics(areas, table, years=[2022])
    assert areas.equals(before)  # the input is never changed
    assert list(joined.columns) == [
        "desokod",
        "namn",
        "geometry",
        "statistics_tables",  # where the statistics come from, before the new fields
        "statistics_year",  # the one year of fields named without it
        "hyresrätt",
        "bostadsrätt",
    ]
    assert set(joined["statistics_year"]) == {2022}
    assert isinstance(joined, gpd.GeoDataFrame) and joined.crs == areas.crs
    values = joined.set_index("desokod")
    assert values.loc["0180C1010", "hyresrätt"] == 11
    assert values.loc["0114A0010", "bostadsrätt"] == 81
    assert math.isnan(values.loc["0180C1030", "hyresrätt"])  # suppressed: empty, not zero
    assert math.isnan(values.loc["0114C1010", "hyresrätt"])  # not in the table
    assert report.matched == 4 and report.areas == 5
    assert report.fields == ["hyresrätt", "bostadsrätt"]

    suppressed = _rows(report, SUPPRESSED)
    assert [(r["kommun"], r["year"], r["count"], r["codes"]) for r in suppressed] == [
        ("0180", 2022, 1, "0180C1030")
    ]
    assert suppressed[0]["message"].startswith(
        "1 DeSO in 0180 has no value for 2022 in some fields: they are suppressed in the export (..)"
    )
    without = _rows(report, AREAS_WITHOUT)
    assert [(r["kommun"], r["count"], r["codes"]) for r in without] == [("0114", 1, "0114C1010")]
    extra = _rows(report, STATS_WITHOUT)
    assert [(r["kommun"], r["count"], r["severity"]) for r in extra] == [
        ("0180", 1, "warning"),  # in a kommun of the layer: worth checking
        ("", 1, "info"),  # 0115: outside the layer, expected
    ]
    assert _rows(report, MATCHED)[0]["message"] == "4 of 5 DeSO got statistics (2 fields)."
    frame = report.frame()
    assert list(frame.columns) == [
        "check",
        "severity",
        "kommun",
        "year",
        "count",
        "codes",
        "message",
    ]
    assert len(report.lines()) == len(frame)


def test_join_all_years_and_prefix(areas, table):
    joined, report = join_statistics(areas, table, prefix="lgh ")
    assert "statistics_year" not in joined.columns  # the years are in the names
    assert list(joined.columns[4:]) == [
        "2021 lgh hyresrätt",
        "2021 lgh bostadsrätt",
        "2022 lgh hyresrätt",
        "2022 lgh bostadsrätt",
    ]
    row = joined.set_index("desokod").loc["0180C1030"]
    assert row["2021 lgh hyresrätt"] == 50 and math.isnan(row["2022 lgh hyresrätt"])
    assert [r["year"] for r in _rows(report, SUPPRESSED)] == [2022]


def test_join_a_table_without_geometry_and_choose_variables(areas, table):
    plain = pd.DataFrame(areas.drop(columns="geometry"))
    joined, _ = join_statistics(plain, table, "desokod", years="2022", variables="bostad")
    assert not isinstance(joined, gpd.GeoDataFrame)
    assert list(joined.columns) == [
        "desokod",
        "namn",
        "statistics_tables",
        "statistics_year",
        "bostadsrätt",
    ]


def test_join_a_table_layer_keeps_the_suppression_reason(areas, table):
    # what 'Import SCB table' writes: tidy rows with a suppressed_cells text field
    layer_table = pd.DataFrame(with_suppressed_column(table))
    layer_table.attrs.clear()
    assert layer_table.set_index(["region_code", "year"]).loc[
        ("0180C1030", 2022), "suppressed_cells"
    ] == ("hyresrätt (..); bostadsrätt (..)")
    _, report = join_statistics(areas, layer_table, years=[2022])
    assert "suppressed in the export (..)" in _rows(report, SUPPRESSED)[0]["message"]


def test_a_wide_table_with_its_own_code_field(areas):
    stats = pd.DataFrame(
        {"kod": ["0180C1010", "0180C1020"], "2021 x": [1.0, 2.0], "2022 x": [3.0, 4.0]}
    )
    joined, _ = join_statistics(areas, stats, table_code_field="kod", years=[2022])
    assert list(joined.columns[3:]) == ["statistics_tables", "statistics_year", "x"]
    assert joined.set_index("desokod").loc["0180C1020", "x"] == 4.0


def test_existing_field_names_are_not_overwritten(areas, table):
    taken = areas.assign(hyresrätt="mine")
    joined, report = join_statistics(taken, table, years=[2022])
    assert (joined["hyresrätt"] == "mine").all()
    assert joined.set_index("desokod").loc["0180C1010", "hyresrätt_2"] == 11
    assert any("already has a field 'hyresrätt'" in line for line in report.lines())


def test_duplicate_codes_in_the_layer(areas, table):
    doubled = pd.concat([areas, areas.iloc[[0]]], ignore_index=True)
    joined, report = join_statistics(doubled, table, years=[2022])
    assert (joined[joined["desokod"] == "0180C1010"]["hyresrätt"] == 11).all()
    assert _rows(report, DUPLICATES)[0]["codes"] == "0180C1010"


def test_nothing_matches(areas, tmp_path):
    regso = read_scb_file(
        write(tmp_path / "r.csv", '"region";"2022"\n"0180R001";5\n"0180R002";6\n')
    )
    with pytest.raises(InputError, match="statistics are for RegSO but the layer has DeSO"):
        join_statistics(areas, regso)


def test_codes_of_the_other_deso_version(areas, tmp_path):
    # the API's DeSO 2025 codes onto a layer whose code field says DeSO 2018
    text = '"region";"2024"\n"0180C1010_DeSO2025";5\n"0180C1020_DeSO2025";6\n'
    stats = read_scb_file(write(tmp_path / "v.csv", text))
    layer = areas.rename(columns={"desokod": "deso_2018"})
    joined, report = join_statistics(layer, stats, "deso_2018")
    assert joined.set_index("deso_2018").loc["0180C1010", "värde"] == 5  # joined, but:
    warning = _rows(report, VERSION)
    assert warning and warning[0]["severity"] == "warning"
    assert "DeSO2025 (the codes carry the suffix _DeSO2025)" in warning[0]["message"]
    assert "DeSO2018 (the name 'deso_2018' says DeSO2018)" in warning[0]["message"]
    # 2024 statistics without suffix onto a layer named DeSO_2018: probably the other version
    text = '"region";"2024"\n"0180C1010";5\n"0180C1020";6\n'
    stats = read_scb_file(write(tmp_path / "w.csv", text))
    _, report = join_statistics(areas, stats, area_names=["DeSO_2018"])
    assert "statistics for 2024 are published on DeSO2025" in _rows(report, VERSION)[0]["message"]
    # same version: no warning
    _, report = join_statistics(areas, stats, area_names=["DeSO_2025"])
    assert _rows(report, VERSION) == []


def test_suffixed_codes_in_a_table_layers_field_are_seen(areas):
    # a wide table (e.g. a csv layer) whose code field keeps SCB's suffix: the suffix goes,
    # the codes join, and the version still decides the warning
    stats = pd.DataFrame({"kod": ["0180C1010_DeSO2025", "0180C1020_DeSO2025"], "x": [1, 2]})
    joined, report = join_statistics(areas, stats, table_code_field="kod", area_names=["DeSO_2018"])
    assert joined.set_index("desokod").loc["0180C1020", "x"] == 2
    message = _rows(report, VERSION)[0]["message"]
    assert "DeSO2025 (the codes carry the suffix _DeSO2025)" in message
    assert "DeSO2018 (the name 'DeSO_2018' says DeSO2018)" in message
    # the same with region_version empty (a table layer of another tool)
    stats["region_version"] = None
    _, report = join_statistics(areas, stats, table_code_field="kod", area_names=["DeSO_2018"])
    assert _rows(report, VERSION)[0]["severity"] == "warning"
    # RegSO 2025 codes onto RegSO 2020 areas
    regso = gpd.GeoDataFrame({"regsokod_2020": ["0180R001"]}, geometry=[box(0, 0, 1, 1)])
    stats = pd.DataFrame({"regsokod": ["0180R001_RegSO2025"], "y": [3]})
    _, report = join_statistics(regso, stats, table_code_field="regsokod")
    assert "RegSO2025" in _rows(report, VERSION)[0]["message"]


def test_2025_statistics_onto_areas_of_unknown_version_are_warned(areas, tmp_path):
    text = '"region";"2022"\n"0180C1010_DeSO2025";5\n"0180C1020_DeSO2025";6\n'
    stats = read_scb_file(write(tmp_path / "v.csv", text))
    _, report = join_statistics(areas, stats)
    (row,) = _rows(report, VERSION)
    assert row["severity"] == "warning"
    assert "The statistics are DeSO2025" in row["message"]
    assert "nothing tells the version of the areas" in row["message"]
    # DeSO 2018 statistics onto areas of unknown version (the sample): nothing to warn
    stats = read_scb_file(write(tmp_path / "w.csv", '"region";"2022"\n"0180C1010";5\n'))
    _, report = join_statistics(areas, stats)
    assert _rows(report, VERSION) == []


def test_the_sample_join_report(sample_dir):
    deso = gpd.read_file(sample_dir / "exempellan.gpkg", layer="deso")
    stats = read_scb_file(sample_dir / "scb" / "deso_inkomstkvartiler_20-_2021-2022.xlsx")
    joined, report = join_statistics(deso, stats, years=[2021])
    assert report.matched == 322
    suppressed = _rows(report, SUPPRESSED)
    assert sum(r["count"] for r in suppressed) == 2  # the README: 2 DeSO suppressed in 2021
    codes_ = {c.region_code for c in info_of(stats).suppressed}
    assert joined[joined["desokod"].isin(codes_)]["kvartil 1"].isna().all()
    assert codes.detect_version(deso["desokod"]).version is None  # a fictional county


def test_version_detection():
    assert codes.version_from_name("desokod_2025") == codes.DESO_2025
    assert codes.version_from_name("RegSOkod_2020") == codes.REGSO_2020
    assert codes.version_from_name("DeSO_2018") == codes.DESO_2018
    assert codes.version_from_name("desokod") is None
    assert codes.detect_version(["0114R001_RegSO2025"]).version == codes.REGSO_2025
    guess = codes.detect_version(["0114A0010"], years=[2023])
    assert (guess.version, guess.certain) == (codes.DESO_2018, False)
    assert codes.detect_version(["0114A0010"], years=[2024, 2025]).version == codes.DESO_2025
    assert codes.detect_version(["0114A0010"], years=[2023, 2024]).version is None
    assert codes.detect_version(["0114"]).version is None  # kommun has one version here


def test_codes_helpers():
    assert codes.restore_leading_zero(114) == "0114"
    assert codes.restore_leading_zero("1") == "01"
    assert codes.restore_leading_zero("114A0010") == "0114A0010"
    assert codes.restore_leading_zero("0114") is None and codes.restore_leading_zero(1280) is None
    assert codes.as_year("2022") == 2022 and codes.as_year(2022.0) == 2022
    assert codes.as_year("0114") is None
    assert codes.code_of_level("0114A0010_DeSO2025", codes.KOMMUN) == "0114"
    assert codes.code_of_level("0114A0010", codes.LAN) == "01"
    assert codes.code_of_level("0114A0010", codes.REGSO) is None
    assert codes.is_known_lan("25") and codes.is_known_lan("99") and not codes.is_known_lan("34")


def test_variables_named_with_their_year_are_kept_not_dropped(areas, table):
    # "2021 hyresrätt" names one year of a variable; "bostad" every year's bostadsrätt
    joined, _ = join_statistics(areas, table, "desokod", variables="2021 hyresrätt; bostad")
    added = [
        c
        for c in joined.columns
        if c not in ("desokod", "namn", "geometry", "statistics_tables", "statistics_year")
    ]
    assert added == ["2021 hyresrätt", "2021 bostadsrätt", "2022 bostadsrätt"]
    row = joined.set_index("desokod").loc["0180C1030"]
    assert row["2021 hyresrätt"] == 50


def test_a_variable_that_matches_nothing_is_an_error_not_silently_left_out(areas, table):
    with pytest.raises(InputError, match="folkmängd: not among"):
        join_statistics(areas, table, "desokod", variables="bostad; folkmängd")


def test_an_empty_area_layer_gets_the_fields_and_an_empty_table_is_refused(areas, table):
    joined, report = join_statistics(areas.iloc[:0], table, "desokod", years=[2022])
    assert len(joined) == 0 and {"hyresrätt", "bostadsrätt"} <= set(joined.columns)
    assert any("no features" in line for line in report.warnings())
    with pytest.raises(InputError, match="statistics table has no rows"):
        join_statistics(areas, table.iloc[:0])
