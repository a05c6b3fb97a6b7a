"""The shared readers of core/common: numbers (with SCB's markers), lists and ranges, area types."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.common.area_type_codes import (
    CHALLENGED_TYPES,
    GOOD_TYPES,
    TYPE_PAIRS,
    TYPES,
    parse_area_types,
    parse_type_list,
)
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.common.numbers import (
    NOT_A_NUMBER,
    SUPPRESSION_MARKERS,
    numeric_field,
    parse_numbers,
    read_number,
)
from segregation_plugin.core.common.ranges import (
    in_ranges,
    parse_number_list,
    parse_ranges,
)
from segregation_plugin.core.statistics.statistics_table import parse_years


# --- one value --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, number",
    [
        ("12", 12.0),
        ("12,5", 12.5),  # decimal comma
        ("12.5", 12.5),
        ("-3,25", -3.25),
        ("\u22123,5", -3.5),  # typographic minus
        ("1 234", 1234.0),  # space between thousands
        ("1\u00a0234\u00a0567", 1234567.0),  # no-break space (Excel, SCB's csv)
        ("1\u2009234,5", 1234.5),  # thin space
        ("1\u202f234", 1234.0),  # narrow no-break space
        ("1.234,5", 1234.5),  # point between thousands, decimal comma
        ("1,234.5", 1234.5),
        ("  42  ", 42.0),
        ("1e3", 1000.0),
    ],
)
def test_numbers_written_the_swedish_or_international_way(text, number):
    assert read_number(text) == (number, None)


def test_numbers_pass_as_they_are():
    assert read_number(7) == (7.0, None)
    assert read_number(np.int64(7)) == (7.0, None)
    assert read_number(2.5) == (2.5, None)


@pytest.mark.parametrize("marker", SUPPRESSION_MARKERS)
def test_every_scb_marker_is_missing_never_zero(marker):
    for text in (marker, f" {marker} "):
        value, found = read_number(text)
        assert math.isnan(value) and found == marker
    values = parse_numbers(pd.Series(["5", marker, 7]), "antal")
    assert values.iloc[0] == 5.0 and math.isnan(values.iloc[1]) and values.iloc[2] == 7.0


def test_the_markers_are_scbs():
    assert set(SUPPRESSION_MARKERS) == {"..", ".", "-", "–", "—", ""}


@pytest.mark.parametrize(
    "value",
    ["ca 40", "tio", "12 34", "1.234.567", "1,234,567", "nan", "inf", "1_000", True, b"12"],
)
def test_anything_else_is_not_a_number(value):
    assert read_number(value)[1] == NOT_A_NUMBER


def test_missing_values_are_missing():
    for value in (None, float("nan"), pd.NA, pd.NaT):
        number, marker = read_number(value)
        assert math.isnan(number) and marker == ""


# --- a field ----------------------------------------------------------------------------------
def test_text_in_a_field_names_the_field_the_rows_and_their_values():
    values = pd.Series(["12", "ca 40", "..", "x", "7", "?", "n/a"])
    with pytest.raises(InputError) as error:
        parse_numbers(values, "befolkning")
    message = str(error.value)
    assert message.startswith("The field 'befolkning' has 4 values that cannot be read as a number")
    assert "row 2 has 'ca 40'; row 4 has 'x'; row 6 has '?' and 1 more" in message
    assert "Correct the values" in message and ".." in message


def test_rows_are_named_by_area_code_or_feature_id():
    layer = pd.DataFrame(
        {"desokod": ["0114A0010", None], "persons": ["10", "tio"]},
        index=pd.Index([11, 12], name="fid"),
    )
    with pytest.raises(InputError, match="feature 12 has 'tio'"):
        numeric_field(layer, "persons")
    layer.loc[12, "desokod"] = "0114A0020"
    with pytest.raises(InputError, match="area 0114A0020 has 'tio'"):
        numeric_field(layer, "persons", key="desokod")
    with pytest.raises(InputError, match="'personer' is not in the layer"):
        numeric_field(layer, "personer")


def test_warning_mode_reads_the_bad_values_as_missing_and_says_so():
    warnings = []
    values = parse_numbers(
        pd.Series(["1 200", "x", ".."], index=[5, 6, 7]), "antal", warn=warnings.append
    )
    assert values.iloc[0] == 1200.0 and values.iloc[1:].isna().all()
    assert list(values.index) == [5, 6, 7]
    assert len(warnings) == 1
    assert "'antal' has a value that cannot be read as a number: feature 6 has 'x'" in warnings[0]
    assert "read as missing" in warnings[0]
    assert parse_numbers(pd.Series(["1", ".."]), "antal", warn=warnings.append).iloc[0] == 1.0
    assert len(warnings) == 1  # markers are not a problem: no warning


def test_booleans_and_bytes_are_not_numbers():
    with pytest.raises(InputError, match="row 1 has True; row 2 has False"):
        parse_numbers(pd.Series([True, False]), "flag")
    with pytest.raises(InputError, match="row 2 has b'3'"):
        parse_numbers(pd.Series([1, b"3"], dtype=object), "antal")


def test_every_kind_of_column():
    assert parse_numbers(pd.Series([1, 2, None], dtype="Int64"), "f").tolist()[:2] == [1.0, 2.0]
    assert parse_numbers(pd.Series(["1,5", None], dtype="string"), "f").iloc[0] == 1.5
    assert parse_numbers([1, "2,5", None], "f").tolist()[:2] == [1.0, 2.5]
    assert parse_numbers([], "f").empty
    frozen = np.array([1.0, 2.0])
    frozen.flags.writeable = False  # as pandas' copy-on-write hands arrays out
    values = parse_numbers(pd.Series(frozen), "f")
    values.iloc[0] = 5.0
    assert frozen[0] == 1.0


# --- lists and ranges -------------------------------------------------------------------------
def test_lists_and_ranges():
    assert parse_ranges("715, 1500-1599") == [(715, 715), (1500, 1599)]
    assert parse_ranges("100 - 199; 400–405") == [(100, 199), (400, 405)]
    assert parse_ranges("") == []
    assert parse_number_list("1, 2") == parse_number_list("1-2") == [1, 2]
    assert parse_number_list("3 1-2 2") == [1, 2, 3]
    assert list(in_ranges([1, 150, 300], [(100, 199), (1, 1)])) == [True, True, False]


def test_bad_lists_are_explained():
    with pytest.raises(InputError, match=r"'tåg' in the route types is not a route type"):
        parse_ranges("1, tåg", "the route types", "route type", "715, 1500-1599")
    with pytest.raises(InputError, match="e.g. 715, 1500-1599"):
        parse_ranges("1-2-3", "the route types", "route type", "715, 1500-1599")
    with pytest.raises(InputError, match="runs backwards; write it as 100-199"):
        parse_ranges("199-100")


def test_years_use_the_same_reader():
    assert parse_years("2019 - 2021") == [2019, 2020, 2021]
    with pytest.raises(InputError, match="runs backwards"):
        parse_years("2023-2021")
    with pytest.raises(InputError, match="'21' is not a year"):
        parse_years("21")


# --- area types -------------------------------------------------------------------------------
def test_area_type_numbers_and_groups():
    assert TYPES == (1, 2, 3, 4, 5)
    assert CHALLENGED_TYPES == (1, 2) and GOOD_TYPES == (4, 5)
    assert dict(TYPE_PAIRS) == {"1–2": (1, 2), "4–5": (4, 5)}


def test_a_type_field_is_read_strictly():
    types = parse_area_types(pd.Series([1, "2", 3.0, None, "..", "5"]))
    assert types.fillna(0).tolist() == [1, 2, 3, 0, 0, 5]
    bad = pd.Series([1, "typ 2", 7, 2.5])
    codes = ["0180R001", "0180R002", "0180R003", "0180R004"]
    with pytest.raises(InputError) as error:
        parse_area_types(bad, "omradestyp", codes=codes)
    message = str(error.value)
    assert "'omradestyp' has 3 values that cannot be read as an area type (1–5)" in message
    assert "area 0180R002 has 'typ 2'; area 0180R003 has 7; area 0180R004 has 2.5" in message
    assert "The area types are 1–5" in message
    warnings = []
    assert parse_area_types(bad, "omradestyp", warn=warnings.append).fillna(0).tolist() == [
        1,
        0,
        0,
        0,
    ]
    assert len(warnings) == 1 and "row 2 has 'typ 2'" in warnings[0]


def test_a_choice_of_area_types():
    assert parse_type_list("1, 2") == parse_type_list("1-2") == [1, 2]
    assert parse_type_list("") == []
    with pytest.raises(InputError, match="6 in the area types is not an area type"):
        parse_type_list("4-6")
    with pytest.raises(InputError, match="'två' in the area types is not an area type"):
        parse_type_list("1, två")
