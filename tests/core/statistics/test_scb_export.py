"""Statistikdatabasen exports: the sample's files, the layouts SCB uses, and broken files.

Layout files are written here cell by cell the way Statistikdatabasen writes them (title, blank
row, header rows, rows, footer with ``Intern referenskod``); broken files are what planners
really end up with (a download cut off, a csv saved again by Excel, a file of another kind).
"""

from __future__ import annotations

import math

import openpyxl
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.common.numbers import read_number as number
from segregation_plugin.core.statistics.scb_export import read_scb_file
from segregation_plugin.core.statistics.statistics_table import (
    COUNT,
    PERCENT,
    add_total,
    info_of,
    parse_years,
    to_wide,
    variables_of,
)

FOOTER = [
    [None],
    ["Databas:"],
    ["Statistikdatabasen "],
    [None],
    ["Intern referenskod:"],
    ["TEST01"],
]


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TEST01"
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def write_text(path, text, encoding="utf-8"):
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


# --- the sample's exports ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "stem",
    ["deso_folkmangd_alder_kon", "deso_ekonomisk_standard", "deso_arbetsmarknadsstatus_16-64"],
)
def test_sample_xlsx_and_csv_agree(sample_dir, stem):
    xlsx = read_scb_file(sample_dir / "scb" / f"{stem}_2021-2022.xlsx")
    csv = read_scb_file(sample_dir / "scb" / f"{stem}_2021-2022.csv")
    assert list(xlsx.columns) == list(csv.columns)
    assert len(xlsx) == len(csv) == 644  # 322 DeSO × 2 years
    assert xlsx.equals(csv)
    assert info_of(xlsx).suppressed == info_of(csv).suppressed
    assert info_of(xlsx).units == info_of(csv).units


def test_sample_suppressed_cells(sample_dir):
    labour = read_scb_file(sample_dir / "scb" / "deso_arbetsmarknadsstatus_16-64_2021-2022.csv")
    info = info_of(labour)
    # the README: '-' for 2 DeSO in 2021 (Latin-1, semicolon csv)
    assert info.suppressed_count == 2
    assert {(s.region_code, s.year, s.variable, s.marker) for s in info.suppressed} == {
        ("9901C1160", 2021, "arbetslösa", "-"),
        ("9902C1040", 2021, "arbetslösa", "-"),
    }
    row = labour[(labour["region_code"] == "9901C1160") & (labour["year"] == 2021)].iloc[0]
    assert math.isnan(row["arbetslösa"])  # missing, never zero
    assert row["sysselsatta"] > 0
    econ = read_scb_file(sample_dir / "scb" / "deso_ekonomisk_standard_2021-2022.xlsx")
    cells = info_of(econ).suppressed
    assert (
        len(cells) == 6
        and {c.year for c in cells} == {2022}
        and {c.marker for c in cells} == {".."}
    )
    assert len({c.region_code for c in cells}) == 3  # the README: 3 DeSO suppressed in 2022


def test_sample_economic_standard_values_and_units(sample_dir):
    frame = read_scb_file(sample_dir / "scb" / "deso_ekonomisk_standard_2021-2022.csv")
    info = info_of(frame)
    first = frame[(frame["region_code"] == "9901A0010")].set_index("year")
    # "9901A0010";"totalt ålder";3,0;2,0;19,0;19,0;1726;1722 (decimal comma)
    assert first.loc[2021, "Låg ekonomisk standard, procent"] == 3.0
    assert first.loc[2022, "Antal personer totalt"] == 1722
    assert info.units["Låg ekonomisk standard, procent"] == PERCENT
    assert info.units["Antal personer totalt"] == COUNT
    assert info.constants == {"ålder": "totalt ålder"}


def test_sample_codes_with_names_and_year_column(sample_dir):
    frame = read_scb_file(sample_dir / "scb" / "regso_bistand_arbetsloshet_20-64_2021-2022.csv")
    assert set(frame["region_level"]) == {"regso"}
    assert len(frame) == 324 and set(frame["year"]) == {2021, 2022}
    row = frame[(frame["region_code"] == "9901R001") & (frame["year"] == 2021)].iloc[0]
    assert row["region_name"] == "Storstad centrum"
    assert row["Antal personer 20-64 år"] == 3084
    assert row["Andel, procent"] == 13.5
    kommun = read_scb_file(sample_dir / "scb" / "kommun_folkmangd_2021-2022.xlsx")
    assert list(kommun["region_code"].unique()) == ["9901", "9902", "9903", "9904", "9905", "9906"]
    assert kommun.iloc[0]["region_name"] == "Storstad"
    # no variable heading: the variable is named from the title
    assert variables_of(kommun) == ["Folkmängden per region"]
    assert kommun.set_index(["region_code", "year"]).loc[("9901", 2022)].iloc[-1] == 276629


def test_population_total_and_wide_layout(sample_dir):
    frame = read_scb_file(sample_dir / "scb" / "deso_folkmangd_alder_kon_2021-2022.xlsx")
    assert "0-4 år män" in frame.columns and "totalt ålder kvinnor" in frame.columns
    with_total = add_total(frame, "folkmängd", "totalt ålder")
    assert info_of(with_total).derived["folkmängd"] == (
        "sum of totalt ålder män + totalt ålder kvinnor"
    )
    row = with_total[(with_total["region_code"] == "9901A0010") & (with_total["year"] == 2021)]
    assert row["folkmängd"].iloc[0] == 836 + 890
    assert with_total[with_total["year"] == 2022]["folkmängd"].sum() == 562139  # the README
    wide = to_wide(with_total, years=[2021, 2022])
    assert len(wide) == 322
    assert {"2021 folkmängd", "2022 folkmängd", "2021 0-4 år män"} <= set(wide.columns)


def test_total_is_missing_when_a_part_is_suppressed(sample_dir):
    frame = read_scb_file(sample_dir / "scb" / "deso_inkomstkvartiler_20-_2021-2022.xlsx")
    total = add_total(frame, "summa", "kvartil")
    assert info_of(total).derived["summa"].count("+") == 3
    suppressed = {s.region_code for s in info_of(frame).suppressed}
    rows = total[total["region_code"].isin(suppressed) & (total["year"] == 2021)]
    assert rows["summa"].isna().all()
    ok = total[~total["region_code"].isin(suppressed)]
    assert (ok["summa"] == ok["totalt"]).all()  # the sample's own total agrees


# --- layouts ----------------------------------------------------------------------------------
def test_header_rows_in_any_order_and_spanning_cells(tmp_path):
    # age in the first header row, year in the second, sex in the third; spans written once
    rows = [
        ["Folkmängden per region efter region, ålder, kön och år"],
        [None],
        [None, "0-19 år", None, None, None, "20- år"],
        [None, "2021", None, "2022", None, "2021"],
        [None, "män", "kvinnor", "män", "kvinnor", "män"],
        ["0114A0010", 10, 11, 12, 13, 100],
        ["0114A0020", "..", 21, 22, 23, 200],
        *FOOTER,
    ]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert variables_of(frame) == ["0-19 år män", "0-19 år kvinnor", "20- år män"]
    a = frame[frame["region_code"] == "0114A0010"].set_index("year")
    assert a.loc[2021, "0-19 år kvinnor"] == 11 and a.loc[2022, "0-19 år män"] == 12
    assert a.loc[2021, "20- år män"] == 100 and math.isnan(a.loc[2022, "20- år män"])
    info = info_of(frame)
    assert info.reference == "TEST01"
    # '..' counted; the cell that does not exist in the export (20- år, 2022) is not a cell
    assert [(s.region_code, s.year, s.variable) for s in info.suppressed] == [
        ("0114A0020", 2021, "0-19 år män")
    ]


def test_region_with_names_and_stub_written_once(tmp_path):
    # PX-Web xlsx with two stub columns: the region is written only on its first row
    rows = [
        ["Befolkningen efter region, kön och år"],
        [None],
        [None, None, "2022", "2023"],
        ["0114 Upplands Väsby", "män", "24 100", "24 300"],
        [None, "kvinnor", "24 000", "24 250"],
        ["0115 Vallentuna", "män", 17000, 17100],
        [None, "kvinnor", 16800, "-"],
        *FOOTER,
    ]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert list(frame["region_code"].unique()) == ["0114", "0115"]
    assert frame.iloc[0]["region_name"] == "Upplands Väsby"
    assert variables_of(frame) == ["män", "kvinnor"]
    v = frame.set_index(["region_code", "year"])
    assert v.loc[("0114", 2022), "kvinnor"] == 24000  # "24 000" with a space
    assert math.isnan(v.loc[("0115", 2023), "kvinnor"])
    assert info_of(frame).suppressed[0].marker == "-"


def test_year_as_a_column_before_the_code_in_xlsx(tmp_path):
    rows = [
        ["Antal personer efter år, region och tabellinnehåll"],
        [None],
        [None, None, "Antal personer", "Andel, procent"],
        ["2021", "0114R001 Bollstanäs", 1000, "12,5"],
        [None, "0114R002 Hammarby-Vaxmyra", 2000, 8],
        ["2022", "0114R001 Bollstanäs", 1010, 12],
        [None, "0114R002 Hammarby-Vaxmyra", 2020, 8.5],
        *FOOTER,
    ]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert set(frame["year"]) == {2021, 2022}
    assert (
        frame.set_index(["region_code", "year"]).loc[("0114R001", 2021), "Andel, procent"] == 12.5
    )
    assert info_of(frame).units["Andel, procent"] == PERCENT


def test_csv_without_title_tab_separated_utf16(tmp_path):
    text = '"region"\t"2022"\n"0180 Stockholm"\t"984 748"\n"0114 Upplands Väsby"\t"48 000"\n'
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("utf-16"))
    frame = read_scb_file(path)
    assert frame.set_index("region_code").loc["0180", "värde"] == 984748
    assert frame.set_index("region_code").loc["0114", "region_name"] == "Upplands Väsby"


def test_csv_comma_separated_latin1(tmp_path):
    path = write_text(
        tmp_path / "t.csv",
        '"Lägenheter efter region och år"\n\n"region","upplåtelseform","2022"\n'
        '"0114A0010","hyresrätt",68\n"0114A0010","bostadsrätt",11\n"0114A0020","hyresrätt",..\n'
        '"0114A0020","bostadsrätt",5\n',
        "latin-1",
    )
    frame = read_scb_file(path)
    assert variables_of(frame) == ["hyresrätt", "bostadsrätt"]
    assert frame.set_index("region_code").loc["0114A0010", "bostadsrätt"] == 11
    assert info_of(frame).suppressed_count == 1


def test_year_after_the_code_in_a_csv(tmp_path):
    path = write_text(
        tmp_path / "t.csv",
        '"region";"år";"Folkmängd"\n"0180";"2021";978770\n"0180";"2022";984748\n',
    )
    frame = read_scb_file(path)
    assert list(frame["year"]) == [2021, 2022]
    assert list(frame["Folkmängd"]) == [978770, 984748]


def test_every_variable_down_the_rows(tmp_path):
    # PxWebApi csv with all variables in the stub ("pivot-friendly"), codes and texts
    path = write_text(
        tmp_path / "t.csv",
        '"region";"år";"upplåtelseform";"Antal lägenheter efter region, år och upplåtelseform"\n'
        '"0114A0010_DeSO2025 Upplands Väsby";"2024 2024";"1 hyresrätt";70\n'
        '"0114A0010_DeSO2025 Upplands Väsby";"2024 2024";"2 bostadsrätt";12\n'
        '"0114C1010_DeSO2025 Upplands Väsby";"2024 2024";"1 hyresrätt";..\n'
        '"0114C1010_DeSO2025 Upplands Väsby";"2024 2024";"2 bostadsrätt";224\n',
    )
    frame = read_scb_file(path)
    assert variables_of(frame) == ["1 hyresrätt", "2 bostadsrätt"]
    assert list(frame["year"]) == [2024, 2024]
    assert list(frame["region_name"]) == ["Upplands Väsby"] * 2
    assert frame.set_index("region_code").loc["0114C1010", "2 bostadsrätt"] == 224
    assert info_of(frame).suppressed[0].variable == "1 hyresrätt"


def test_rows_without_a_code_are_listed_and_the_rest_kept(tmp_path):
    # "Riket" written without its code first, and a row "Okänd kommun" in the middle with a
    # second row for it (region written once): neither may end the table or take a code
    rows = [
        ["Folkmängd efter region, kön och år"],
        [None],
        [None, None, "2022"],
        ["Riket", "män", 5_200_000],
        [None, "kvinnor", 5_250_000],
        ["0114 Upplands Väsby", "män", 24000],
        [None, "kvinnor", 23900],
        ["Okänd kommun", "män", 12],
        [None, "kvinnor", 9],
        ["0115 Vallentuna", "män", 17000],
        [None, "kvinnor", 16800],
        *FOOTER,
    ]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert list(frame["region_code"]) == ["0114", "0115"]
    v = frame.set_index("region_code")
    assert (v.loc["0114", "kvinnor"], v.loc["0115", "män"]) == (23900, 17000)
    warning = next(w for w in info_of(frame).warnings if "no area code" in w)
    assert "row 4 ('Riket')" in warning and "row 8 ('Okänd kommun')" in warning


def test_numbers():
    assert number("1 234,5") == (1234.5, None)
    assert number("1.234,5") == (1234.5, None)
    assert number("1,234.5") == (1234.5, None)
    assert number(7) == (7.0, None)
    for marker in ("..", ".", "-", ""):
        value, found = number(marker)
        assert math.isnan(value) and found == marker
    assert math.isnan(number(None)[0]) and number(None)[1] == ""
    assert number("abc")[1] == "?"


def test_parse_years():
    assert parse_years("2021, 2022") == [2021, 2022]
    assert parse_years("2019-2021") == [2019, 2020, 2021]
    assert parse_years([2022, "2021"]) == [2021, 2022]
    with pytest.raises(InputError, match="not a year"):
        parse_years("21")


# --- broken files -----------------------------------------------------------------------------
def test_truncated_xlsx(tmp_path, sample_dir):
    data = (sample_dir / "scb" / "deso_upplatelseform_2021-2022.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="cut.xlsx could not be read.*damaged or incomplete"):
        read_scb_file(path)


def test_xlsx_that_is_not_a_workbook(tmp_path):
    path = write_text(tmp_path / "t.xlsx", "region;2022\n0180;1\n")
    with pytest.raises(InputError, match="not an Excel workbook"):
        read_scb_file(path)


def test_wrongly_encoded_text_is_reported(tmp_path):
    # UTF-8 bytes read once as Latin-1 and saved again as UTF-8: 'Ã¥' instead of 'å'
    text = '"region";"upplåtelseform";"2022"\n"0114A0010";"hyresrätt";68\n'
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("utf-8").decode("latin-1").encode("utf-8"))
    frame = read_scb_file(path)
    warnings = info_of(frame).warnings
    assert any("wrong encoding" in w for w in warnings)
    assert variables_of(frame) == ["hyresrÃ¤tt"]  # kept as it is, and said so


def test_binary_file_with_csv_name(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    with pytest.raises(InputError, match="not a text file"):
        read_scb_file(path)


def test_duplicate_codes_with_different_values(tmp_path):
    path = write_text(
        tmp_path / "t.csv", '"region";"2022"\n"0114A0010";5\n"0114A0020";6\n"0114A0010";7\n'
    )
    with pytest.raises(InputError, match=r"0114A0010.*line 2, column 2; line 4, column 2"):
        read_scb_file(path)


def test_duplicate_codes_with_the_same_values(tmp_path):
    path = write_text(tmp_path / "t.csv", '"region";"2022"\n"0114A0010";5\n"0114A0010";5\n')
    frame = read_scb_file(path)
    assert len(frame) == 1
    assert any("occur twice" in w for w in info_of(frame).warnings)


def test_header_only_file(tmp_path):
    rows = [
        ["Antal lägenheter efter region, år och upplåtelseform"],
        [None],
        [None, "2022"],
        *FOOTER,
    ]
    with pytest.raises(InputError, match="headings but no rows with area codes"):
        read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))


def test_csv_that_is_not_from_scb(tmp_path):
    path = write_text(tmp_path / "t.csv", "namn;ålder;stad\nAnna;34;Umeå\nBo;51;Luleå\n")
    with pytest.raises(InputError, match="no area codes"):
        read_scb_file(path)


def test_codes_without_headers(tmp_path):
    path = write_text(tmp_path / "t.csv", "0114A0010;5\n0114A0020;6\n")
    with pytest.raises(InputError, match="no header row"):
        read_scb_file(path)


def test_leading_zeros_lost_in_excel_are_restored(tmp_path):
    # a kommun export opened and saved in Excel: 0114 became 114, 0180 became 180
    rows = [
        ["Folkmängd efter region och år"],
        [None],
        [None, "2022"],
        [114, 48000],
        [180, 984748],
        [1280, 362133],
    ]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert list(frame["region_code"]) == ["0114", "0180", "1280"]
    warning = [w for w in info_of(frame).warnings if "leading zero" in w]
    assert warning and "114 → 0114" in warning[0]


def test_text_cells_are_counted_not_zero(tmp_path):
    rows = [["T efter region och år"], [None], [None, "2022"]]
    rows += [[f"0114A{i:04d}", i] for i in range(1, 40)] + [["0114A0999", "n/a"]]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert frame["T"].isna().sum() == 1
    assert any("not numbers" in w for w in info_of(frame).warnings)
    rows = [
        ["T efter region och år"],
        [None],
        [None, "2022"],
        ["0114A0001", "x"],
        ["0114A0002", "y"],
    ]
    with pytest.raises(InputError, match="not numbers"):
        read_scb_file(write_xlsx(tmp_path / "u.xlsx", rows))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_scb_file(tmp_path / "nothing.xlsx")


def test_the_collector_is_paused_while_reading_and_on_after(tmp_path, monkeypatch):
    """The read makes a few objects per cell; with the cyclic collector on, four times the
    rows took up to 1.23 × four times as long (benchmarks/bench_statistics.py)."""
    import gc

    from segregation_plugin.core.statistics import scb_export

    seen = []
    real = scb_export.read_number

    def watched(value):
        seen.append(gc.isenabled())
        return real(value)

    monkeypatch.setattr(scb_export, "read_number", watched)
    rows = [["T efter region och år"], [None], [None, "2022"], ["0114A0001", 12]]
    frame = read_scb_file(write_xlsx(tmp_path / "t.xlsx", rows))
    assert list(frame["T"]) == [12] and seen == [False] and gc.isenabled()
    rows[-1] = ["0114A0001", "x"]  # no number at all: refused, and the collector on again
    with pytest.raises(InputError, match="not numbers"):
        read_scb_file(write_xlsx(tmp_path / "u.xlsx", rows))
    assert gc.isenabled()
