"""Read Statistikdatabasen exports (xlsx and csv) into the tidy statistics table.

The layout is found by content, not by position (METHODS.md §2, ``../shared/data/README.md``):

- the **region column** is the column (of the first three) whose cells are area codes, alone
  (``0114A0010``) or with a name (``0114A0010 Upplands Väsby``, ``0114R001_RegSO2025 ...``);
  a column of years before it (``2021``) is a year column, not a region column;
- the **header rows** are the non-empty rows between the title and the first row with a code,
  one to three of them in any order (year, variable, age...). A header value written only in
  the first column of its span is carried to the right;
- **stub columns** (PX-Web's "with heading" csv: ``"region";"arbetsmarknadsstatus";"2021"``)
  hold further variables down the rows; their values become part of the variable names;
- **footer rows** (notes, ``Intern referenskod:``) end the table; the reference code is kept;
- ``..``, ``.``, ``-`` and empty cells become missing and are listed as suppressed.

A header dimension with one value for all columns (``totalt ålder``) is left out of the names.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Optional

from ..common import codes
from ..common.collector import paused_gc
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import NOT_A_NUMBER, read_number
from ..common.text_table import parse_text_bytes, read_text_table
from .scb_layout import YEAR_IN_LABEL, find_layout, reference, year_of
from .scb_text_checks import check_quotes, check_widths
from .statistics_build import build_tidy
from .statistics_table import TableInfo, name_variables

_YEAR_IN_TITLE = re.compile(r"\b((?:19|20)\d\d)\b")
MAX_UNREADABLE_SHARE = 0.05


def read_scb_file(path, label: Optional[str] = None):
    """Read an SCB export (``.xlsx`` or ``.csv``/``.txt``) into the tidy table.

    Raises :class:`InputError` naming the file when it cannot be read as area statistics.
    Python's cyclic collector is paused meanwhile: the read makes a few objects per cell,
    and with it on, reading four times the rows took 1.08–1.23 × four times as long (off:
    0.98; :mod:`..common.collector`).
    """
    with paused_gc():
        return _read_file(path, label)


def _read_file(path, label):
    path = Path(path)
    label = label or path.name
    if not path.is_file():
        raise InputError(f"The file {path} does not exist.")
    with path.open("rb") as handle:
        head = handle.read(8)
    info = TableInfo(source=str(path))
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        if not head.startswith(b"PK\x03\x04"):
            raise InputError(
                f"{label} ends in {path.suffix} but is not an Excel workbook; it may be "
                "damaged or a renamed text file. Download it again from Statistikdatabasen."
            )
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            info.warn(f"{label} is an Excel workbook although it ends in {path.suffix}.")
        sheets = _xlsx_sheets(path, label)
        return _first_readable(sheets, info, label)
    if path.suffix.lower() == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{label} is an old Excel file (xls). Save it as xlsx or csv and import that file."
        )
    return _parse_text(read_text_table(path, label), info, label)


def read_scb_csv_bytes(data: bytes, label: str, source: str = ""):
    """The tidy table of csv text given as bytes (a PxWebAPI csv response)."""
    with paused_gc():  # as in read_scb_file
        return _parse_text(parse_text_bytes(data, label), TableInfo(source=source), label)


def _parse_text(text, info: TableInfo, label: str):
    for warning in text.warnings:
        info.warn(warning)
    check_quotes(text, label)
    return parse_grid(text.rows, info, label, labelled_stubs=True, text=text)


def _xlsx_sheets(path: Path, label: str) -> list:
    """``[(sheet name, rows of cell values)]``; a damaged or cut-off workbook is an InputError."""
    openpyxl = require("openpyxl")
    workbook = None
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        return [
            (sheet.title, [list(r) for r in sheet.iter_rows(values_only=True)])
            for sheet in workbook.worksheets
        ]
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, ValueError) as exc:
        raise InputError(
            f"{label} could not be read as an Excel workbook: it is damaged or incomplete "
            f"(was the download interrupted?). Download it again. ({exc})"
        ) from exc
    finally:
        if workbook is not None:
            workbook.close()


def _first_readable(sheets: list, info: TableInfo, label: str):
    first_error = None
    for name, rows in sheets:
        try:
            sheet_label = label if len(sheets) == 1 else f"{label}, sheet {name}"
            frame = parse_grid(rows, info, sheet_label, labelled_stubs=False)
        except InputError as exc:
            first_error = first_error or exc
            continue
        if not info.reference:
            info.reference = name if re.match(r"^[0-9A-Z]{6,10}$", str(name)) else ""
        return frame
    raise first_error or InputError(f"{label} has no sheets.")


def parse_grid(raw_rows: list, info: TableInfo, label: str, labelled_stubs: bool, text=None):
    """The tidy table from the cells of a sheet or csv file (lists of rows). ``text``: the
    :class:`~..common.text_table.TextFile` of a csv file, whose rows are checked and whose
    line numbers name the places in messages (a sheet's are its row numbers)."""
    rows, layout = find_layout(raw_rows, label, labelled_stubs)
    if text is not None:
        check_widths(text, layout, label)
        layout.place = lambda i, lines=text: f"line {lines.line_of(i)}"
    info.title = info.title or layout.title
    info.reference = info.reference or reference(rows, layout.footer_start)
    if layout.skipped:
        listed = ", ".join(f"{layout.place(i)} ('{v}')" for i, v in layout.skipped[:5])
        info.warn(
            f"{label}: {len(layout.skipped)} rows among the data have no area code and were "
            f"left out: {listed}."
        )
    headers = layout.headers
    # per heading column: its year and variable values
    col_years, col_parts = [], []
    for c in layout.heading_cols:
        year, parts = None, []
        for h in headers:
            value = h[c]
            y = codes.as_year(value) if value is not None else None
            if value is None or (y is not None and year is None):
                year = y if value is not None else year
                parts.append("")
                continue
            text = str(value).strip()
            m = YEAR_IN_LABEL.match(text) if year is None else None
            if m:
                year = int(m.group("a") or m.group("b"))
                text = (m.group("rest_a") or m.group("rest_b")).strip()
            parts.append(text)
        col_years.append(year)
        col_parts.append(parts)
    year_rows = [k for k in range(len(headers)) if all(p[k] == "" for p in col_parts)]
    col_parts = [[p[k] for k in range(len(headers)) if k not in year_rows] for p in col_parts]

    title_year = None
    if layout.year_col is None and any(y is None for y in col_years):
        found = set(_YEAR_IN_TITLE.findall(info.title or ""))
        if len(found) == 1:
            title_year = int(found.pop())
            info.warn(
                f"{label} has no year column or heading; the year {title_year} was taken from "
                "the title."
            )
        else:
            info.warn(
                f"{label} has no year in its headings, columns or title; the year is left empty."
            )
    inner = headers[-1]
    stub_names = [
        str(inner[c]) if labelled_stubs and inner[c] is not None else f"column {c + 1}"
        for c in layout.stub_cols
    ]
    heading_names = [f"header row {k + 1}" for k in range(len(headers)) if k not in year_rows]
    return _records(
        rows, layout, col_years, col_parts, title_year, stub_names + heading_names, info, label
    )


def _same_headings(layout, col_years, names, name_index, n_stubs, label):
    """Refuse two value columns that would be the same variable in the same year (a heading
    row, often the years, missing from the file): each row would hold one area twice."""
    n_cols = len(layout.heading_cols)
    for s in range(n_stubs):
        seen = {}
        for j in range(n_cols):
            key = (col_years[j], name_index[s * n_cols + j])
            if key not in seen:
                seen[key] = j
                continue
            first, second = (layout.heading_cols[k] + 1 for k in (seen[key], j))
            year = f" and the year {key[0]}" if key[0] is not None else " and no year"
            heading = layout.place(layout.header_rows[-1]) if layout.header_rows else "the top"
            raise InputError(
                f"{label}: columns {first} and {second} have the same heading "
                f"('{names[key[1]]}'{year}; {heading}), so every area would have two values "
                "for it. A heading row, often the one with the years, is missing: export the "
                "table again with all its headings, or give the columns different headings."
            )


def _records(rows, layout, col_years, col_parts, title_year, dim_names, info, label):
    np = require("numpy")
    rc, filled, data_rows = layout.region_col, layout.filled, layout.data_rows
    heading_cols, name_col, year_stub = layout.heading_cols, layout.name_col, layout.year_col
    n_cols = len(heading_cols)
    stub_values = [
        tuple(str(filled[c][k] or "") for c in layout.stub_cols) for k in range(len(data_rows))
    ]
    stub_combos = list(dict.fromkeys(stub_values))
    stub_index = {s: i for i, s in enumerate(stub_combos)}
    combos = [list(s) + list(col_parts[j]) for s in stub_combos for j in range(n_cols)]
    # only the combinations that occur are variables
    names, constants = name_variables(combos, dim_names, info.title)
    info.constants.update(constants)
    unique_names = list(dict.fromkeys(names))
    name_index = [unique_names.index(n) for n in names]
    _same_headings(layout, col_years, unique_names, name_index, len(stub_combos), label)

    raw_regions, region_of = [], {}
    region_idx, years, var_idx, values, markers, source_rows = [], [], [], [], [], []
    source_cols = []
    unreadable = []
    for k, i in enumerate(data_rows):
        raw = filled[rc][k]
        if name_col is not None and filled[name_col][k] and codes.split_code_name(raw)[1] is None:
            raw = f"{raw} {filled[name_col][k]}"
        if raw not in region_of:
            region_of[raw] = len(raw_regions)
            raw_regions.append(raw)
        r = region_of[raw]
        s = stub_index[stub_values[k]]
        row_year = year_of(filled[year_stub][k]) if year_stub is not None else None
        for j, c in enumerate(heading_cols):
            value, marker = read_number(rows[i][c])
            if marker == NOT_A_NUMBER:
                unreadable.append((i, c, rows[i][c]))
                marker = None
            year = col_years[j] if col_years[j] is not None else row_year
            if year is None:
                year = title_year
            region_idx.append(r)
            years.append(-1 if year is None else year)
            var_idx.append(name_index[s * n_cols + j])
            values.append(value)
            markers.append(marker)
            source_rows.append(i)
            source_cols.append(c)
    if not region_idx:
        raise InputError(f"{label} has headers but no rows with area codes and values.")
    if unreadable:
        share = len(unreadable) / len(values)
        examples = "; ".join(
            f"{layout.place(i)}, column {c + 1}: '{v}'" for i, c, v in unreadable[:3]
        )
        if share > MAX_UNREADABLE_SHARE:
            raise InputError(
                f"{label}: {len(unreadable)} cells are not numbers ({examples}). This does not "
                "look like a table of statistics from Statistikdatabasen."
            )
        info.warn(
            f"{label}: {len(unreadable)} cells are not numbers and were left empty ({examples})."
        )
    rows_arr, cols_arr = np.asarray(source_rows), np.asarray(source_cols)

    def where(record):
        return f"{layout.place(rows_arr[record])}, column {cols_arr[record] + 1}"

    return build_tidy(
        raw_regions, region_idx, years, unique_names, var_idx, values, markers, info, where
    )
