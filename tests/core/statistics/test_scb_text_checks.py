"""csv exports split into the wrong columns are refused with the file, the line and what to
do; files that only look odd (values in quotes, a long note, a trailing separator) are read
with every value in its column."""

from __future__ import annotations

import csv
import math

import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics.scb_export import read_scb_csv_bytes, read_scb_file
from segregation_plugin.core.statistics.statistics_table import info_of

TITLE = '"Låg ekonomisk standard efter region och år"\n\n'
HEADING = (
    '"region","Låg ekonomisk standard, procent 2021","Låg ekonomisk standard, procent 2022",'
    '"Antal personer totalt 2022"\n'
)


def write(path, text):
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def values(frame, code, year, variable):
    row = frame[(frame["region_code"] == code) & (frame["year"] == year)]
    return row.iloc[0][variable]


def test_comma_separated_with_decimal_commas_is_refused(tmp_path):
    path = write(
        tmp_path / "komma.csv",
        TITLE + HEADING + '"9901A0010",3,0,2,0,1722\n"9901A0020",9,0,10,0,1879\n',
    )
    with pytest.raises(InputError) as raised:
        read_scb_file(path)
    message = str(raised.value)
    assert message.startswith("komma.csv: 2 rows")
    assert "heading on line 3 (4, separated by ',')" in message
    assert "line 4 has 6; line 5 has 6" in message
    assert "decimal commas" in message and "semicolon (;)" in message


def test_comma_separated_with_quoted_decimal_commas_is_read(tmp_path):
    path = write(tmp_path / "citat.csv", TITLE + HEADING + '"9901A0010","3,0","2,5",1722\n')
    frame = read_scb_file(path)
    assert values(frame, "9901A0010", 2021, "Låg ekonomisk standard, procent") == 3.0
    assert values(frame, "9901A0010", 2022, "Låg ekonomisk standard, procent") == 2.5
    assert values(frame, "9901A0010", 2022, "Antal personer totalt") == 1722


def test_a_row_with_a_value_missing_is_refused(tmp_path):
    path = write(
        tmp_path / "kort.csv",
        '"Folkmängd efter region och år"\n\n"region";"2021";"2022"\n'
        '"9901A0010";5;6\n"9901A0020";7\n"9901A0030";8;9\n',
    )
    with pytest.raises(InputError, match=r"kort.csv: 1 rows .* line 5 has 2\. The values would"):
        read_scb_file(path)


def test_a_trailing_separator_or_empty_last_value_is_fine(tmp_path):
    path = write(
        tmp_path / "t.csv",
        '"Folkmängd efter region och år"\n\n"region";"2021";"2022";\n'
        '"9901A0010";5;6\n"9901A0020";7;\n',
    )
    frame = read_scb_file(path)
    assert values(frame, "9901A0010", 2022, "Folkmängd") == 6
    assert math.isnan(values(frame, "9901A0020", 2022, "Folkmängd"))


def test_a_heading_split_at_its_comma_is_refused(tmp_path):
    path = write(
        tmp_path / "rubrik.csv",
        "Tabell efter region och år\n\nregion,Låg ekonomisk standard, procent 2022\n"
        "9901A0010,3,0\n",
    )
    with pytest.raises(InputError, match=r"rubrik.csv, line 3: the heading has a comma followed"):
        read_scb_file(path)


def test_an_unclosed_quote_is_refused_before_rows_are_lost(tmp_path):
    rows = "".join(f'"9901A{i:04d}";{i};{i + 1}\n' for i in range(10, 200, 10))
    path = write(
        tmp_path / "citattecken.csv",
        '"Folkmängd efter region och år"\n\n"region";"2021";"2022"\n"9901A0001";"5;6\n' + rows,
    )
    with pytest.raises(InputError) as raised:
        read_scb_file(path)
    message = str(raised.value)
    assert message.startswith("citattecken.csv, line 4: a value in quotes runs over 2 lines")
    assert 'A quote (") is missing or one too many on line 4' in message


@pytest.fixture
def default_csv_limit():
    """Python's default limit of a csv value, 131,072 characters (reading a larger file
    earlier in the session raised it)."""
    before = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(before)


def test_a_line_longer_than_the_csv_modules_limit_is_read(tmp_path, default_csv_limit):
    note = "x" * 200_000  # a value longer than the csv module's default limit
    path = write(
        tmp_path / "lang.csv",
        f'"Folkmängd efter region och år"\n"{note}"\n\n"region";"2021";"2022"\n'
        f'"9901A0010";5;6\n"9901A0020";7;8\n\nFotnot: {note}\n',
    )
    frame = read_scb_file(path)
    assert values(frame, "9901A0020", 2022, "Folkmängd") == 8
    assert len(frame) == 4


def test_two_columns_with_the_same_heading_name_their_columns(tmp_path):
    # the row of years is missing: 'folkmängd' twice, no year
    path = write(
        tmp_path / "utan_ar.csv",
        '"Folkmängd efter region"\n\n"region";"folkmängd";"folkmängd"\n'
        '"9901A0010";5;6\n"9901A0020";7;8\n',
    )
    with pytest.raises(InputError) as raised:
        read_scb_file(path)
    message = str(raised.value)
    assert "columns 2 and 3 have the same heading ('folkmängd' and no year; line 3)" in message
    assert "row 4, row 4" not in message and "year" in message


def test_a_duplicate_from_an_empty_year_cell_names_both_lines(tmp_path):
    path = write(
        tmp_path / "tomt_ar.csv",
        '"Folkmängd efter region och år"\n\n"region";"år";"folkmängd"\n'
        '"9901A0010";"2021";5\n"9901A0010";"";6\n"9901A0020";"2021";7\n',
    )
    with pytest.raises(InputError) as raised:
        read_scb_file(path)
    message = str(raised.value)
    assert "9901A0010 (folkmängd, 2021) at line 4, column 3; line 5, column 3" in message
    assert "left empty" in message


def test_rows_without_a_code_are_named_by_line(tmp_path):
    path = write(
        tmp_path / "riket.csv",
        '"Folkmängd efter region och år"\n\n"region";"2022"\n'
        '"Riket";10000\n"9901A0010";5\n"9901A0020";7\n',
    )
    frame = read_scb_file(path)
    assert any("line 4 ('Riket')" in w for w in info_of(frame).warnings)


def test_an_api_csv_response_is_checked_too():
    data = (TITLE + HEADING + '"9901A0010",3,0,2,0,1722\n').encode("utf-8")
    with pytest.raises(InputError, match="svar.csv: 1 rows"):
        read_scb_csv_bytes(data, "svar.csv")
