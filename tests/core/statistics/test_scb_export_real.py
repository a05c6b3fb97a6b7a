"""SCB's real Statistikdatabasen exports in ../shared/data/scb read as they are.

Spot values were read by hand from the files with openpyxl (first data row, row 6 or 5 of
the sheet, and the last DeSO of the country): they are what a planner sees in Excel.
"""

from __future__ import annotations

import pytest

from segregation_plugin.core.common import codes
from segregation_plugin.core.statistics.scb_export import read_scb_file
from segregation_plugin.core.statistics.statistics_table import COUNT, PERCENT, info_of, to_wide

pytestmark = pytest.mark.shared


def _row(frame, code):
    rows = frame[frame["region_code"] == code]
    assert len(rows) == 1, code
    return rows.iloc[0]


def test_tenure_2022(shared_data):
    frame = read_scb_file(shared_data / "scb" / "deso2018_upplatelseform_2022.xlsx")
    info = info_of(frame)
    assert len(frame) == 5984
    assert frame["region_code"].nunique() == 5984
    assert set(frame["region_level"]) == {codes.DESO}
    assert set(frame["year"]) == {2022}
    assert frame["region_version"].isna().all()
    assert list(frame.columns[5:]) == ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
    first = _row(frame, "0114A0010")
    assert (first["hyresrätt"], first["bostadsrätt"], first["äganderätt"]) == (68, 11, 234)
    assert first["uppgift saknas"] == 0
    last = _row(frame, "2584C1130")
    assert list(last[5:9]) == [179, 354, 227, 0]
    assert info.title == "Antal lägenheter efter region, år och upplåtelseform"
    assert info.reference == "000006OC"
    assert info.suppressed_count == 0
    assert info.units["hyresrätt"] == COUNT
    assert info.warnings == []


def test_education_25_64_2022(shared_data):
    frame = read_scb_file(shared_data / "scb" / "deso2018_utbildningsniva_25-64_2022.xlsx")
    assert len(frame) == 5984
    first = _row(frame, "0114A0010")
    assert list(first[5:]) == [48, 188, 65, 119, 12]
    assert frame.columns[5] == "förgymnasial utbildning"
    assert frame.columns[7] == "eftergymnasial utbildning, mindre än 3 år"
    assert list(_row(frame, "2584C1110")[5:]) == [62, 352, 75, 167, 7]
    info = info_of(frame)
    assert info.reference == "000005MO"
    assert info.suppressed_count == 0


def test_economic_standard_2022(shared_data):
    frame = read_scb_file(shared_data / "scb" / "deso2018_ekonomisk_standard_2022.xlsx")
    info = info_of(frame)
    assert len(frame) == 5984
    # three header rows: variable, year, age ("totalt ålder" is the same for all: left out)
    assert list(frame.columns[5:]) == [
        "Låg ekonomisk standard, procent",
        "Hög ekonomisk standard, procent",
        "Antal personer totalt",
    ]
    assert info.constants == {"header row 3": "totalt ålder"}
    first = _row(frame, "0114A0010")
    assert list(first[5:]) == [7, 15, 843]
    assert list(_row(frame, "2584C1130")[5:]) == [6, 6, 1420]
    assert info.units == {
        "Låg ekonomisk standard, procent": PERCENT,
        "Hög ekonomisk standard, procent": PERCENT,
        "Antal personer totalt": COUNT,
    }
    assert info.reference == "000006TA"
    assert info.suppressed_count == 0


def test_real_export_is_deso_2018(shared_data):
    frame = read_scb_file(shared_data / "scb" / "deso2018_upplatelseform_2022.xlsx")
    guess = codes.detect_version(frame["region_code"], years=frame["year"])
    assert guess.version == codes.DESO_2018 and guess.certain
    assert "5,984" in guess.reason


def test_wide_of_a_real_export(shared_data):
    frame = read_scb_file(shared_data / "scb" / "deso2018_utbildningsniva_25-64_2022.xlsx")
    wide = to_wide(frame)
    assert len(wide) == 5984
    assert "förgymnasial utbildning" in wide.columns  # one year: plain names
    wide = to_wide(frame, simple_names=False)
    assert "2022 förgymnasial utbildning" in wide.columns
    assert wide.set_index("region_code").loc["0114A0010", "2022 gymnasial utbildning"] == 188
