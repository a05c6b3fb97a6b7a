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

import math
import re
import zipfile
from pathlib import Path
from typing import Optional

from . import codes
from .dependencies import require
from .errors import InputError
from .statistics_table import SUPPRESSION_MARKERS, TableInfo, build_tidy, name_variables
from .text_table import parse_text_bytes, read_text_table

YEAR_LABELS = {"år", "year", "tid", "vuosi", "period"}
NAME_LABELS = re.compile(r"namn|name", re.IGNORECASE)
_YEAR_IN_LABEL = re.compile(
    r"^(?:(?P<a>(?:19|20)\d\d)\s+(?P<rest_a>.+)|(?P<rest_b>.+?)\s+(?P<b>(?:19|20)\d\d))$"
)
_YEAR_IN_TITLE = re.compile(r"\b((?:19|20)\d\d)\b")
MAX_UNREADABLE_SHARE = 0.05
SCAN_ROWS = 1000


def read_scb_file(path, label: Optional[str] = None):
    """Read an SCB export (``.xlsx`` or ``.csv``/``.txt``) into the tidy table.

    Raises :class:`InputError` naming the file when it cannot be read as area statistics.
    """
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
    return _parse_text(parse_text_bytes(data, label), TableInfo(source=source), label)


def _parse_text(text, info: TableInfo, label: str):
    for warning in text.warnings:
        info.warn(warning)
    return parse_grid(text.rows, info, label, labelled_stubs=True)


def _xlsx_sheets(path: Path, label: str) -> list:
    openpyxl = require("openpyxl")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, ValueError) as exc:
        raise InputError(
            f"{label} could not be opened as an Excel workbook: it is damaged or incomplete "
            f"(was the download interrupted?). Download it again. ({exc})"
        ) from exc
    try:
        sheets = []
        for sheet in workbook.worksheets:
            sheets.append((sheet.title, [list(r) for r in sheet.iter_rows(values_only=True)]))
        return sheets
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, ValueError) as exc:
        raise InputError(
            f"{label} is damaged: a sheet could not be read to its end (was the download "
            f"interrupted?). Download it again. ({exc})"
        ) from exc
    finally:
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


# --- cells ------------------------------------------------------------------------------
def _cell(value):
    if isinstance(value, str):
        value = value.strip()
        return value if value else None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _is_code(value) -> bool:
    if value is None:
        return False
    code = codes.split_code_name(value)[0]
    if code is None:
        return False
    # a bare two-digit number (an age, a count) is only a län code if such a län exists
    return codes.level_of(code) != codes.LAN or codes.is_known_lan(code)


def _is_lost_code(value) -> bool:
    if value is None or isinstance(value, bool):
        return False
    head = str(value).strip().split(" ")[0]
    restored = codes.restore_leading_zero(head)
    return restored is not None and codes.lan_of(restored) in codes.KNOWN_LAN


def number(value):
    """``(float, marker)``: the cell's number (NaN when missing) and its suppression marker
    (``None`` for a number, ``"?"`` for text that is not a number)."""
    if value is None:
        return math.nan, ""
    if isinstance(value, bool):
        return math.nan, "?"
    if isinstance(value, (int, float)):
        return float(value), None
    text = str(value).strip()
    if text in SUPPRESSION_MARKERS:
        return math.nan, text
    text = text.replace("\u00a0", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    elif "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    try:
        return float(text), None
    except ValueError:
        return math.nan, "?"


def _is_number_like(value) -> bool:
    return value is not None and number(value)[1] is None


# --- the layout -------------------------------------------------------------------------
def _region_column(rows: list, label: str) -> int:
    """The column of area codes. A column of years (``2021`` looks like a kommun code) is
    only taken when it has several values and no other column has codes."""
    width = min(3, max((len(r) for r in rows), default=0))
    rows = rows[:SCAN_ROWS]  # enough to tell the column; the rows are read one by one later
    scores = []
    for c in range(width):
        strict = [r[c] for r in rows if len(r) > c and _is_code(r[c])]
        lost = sum(1 for r in rows if len(r) > c and not _is_code(r[c]) and _is_lost_code(r[c]))
        all_years = bool(strict) and all(codes.as_year(v) is not None for v in strict)
        if all_years and len({str(v) for v in strict}) < 2:
            strict, lost = [], 0
        scores.append((len(strict) + lost, all_years))
    best = max((s for s, _ in scores), default=0)
    if best == 0:
        raise InputError(_no_codes_message(rows, label))
    candidates = [c for c, (s, _) in enumerate(scores) if s >= 0.5 * best]
    not_years = [c for c in candidates if not scores[c][1]]
    return (not_years or candidates)[0]


def _no_codes_message(rows: list, label: str) -> str:
    looks_scb = any(
        isinstance(v, str) and v.lower().startswith("intern referenskod") for r in rows for v in r
    ) or any(codes.as_year(v) is not None for r in rows[:12] for v in r[1:])
    if looks_scb:
        return (
            f"{label} has headings but no rows with area codes: the export is empty (was "
            "nothing selected in Statistikdatabasen?) or was cut off. Export it again with "
            "the regions chosen."
        )
    return (
        f"{label} has no area codes (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01) in "
        "its first columns, so it is not a regional table from Statistikdatabasen. Export the "
        "table with the region codes (or codes and names) as rows."
    )


def _find_title(rows: list, first_data: int):
    """Index of the title row (one text cell in the first column), or None."""
    for i in range(first_data):
        filled = [c for c in rows[i] if c is not None]
        if not filled:
            continue
        if len(filled) == 1 and rows[i][0] is not None and isinstance(rows[i][0], str):
            later = [j for j in range(i + 1, first_data) if any(c is not None for c in rows[j])]
            return i if later else None
        return None
    return None


def _reference(rows: list, start: int) -> str:
    for i in range(start, len(rows)):
        first = rows[i][0] if rows[i] else None
        if isinstance(first, str) and first.lower().startswith("intern referenskod"):
            rest = first.split(":", 1)[1].strip() if ":" in first else ""
            if rest:
                return rest
            for j in range(i + 1, len(rows)):
                if rows[j] and rows[j][0] is not None:
                    return str(rows[j][0]).strip()
    return ""


def _fill_right(row: list, columns: list) -> list:
    filled, last = list(row), None
    for c in columns:
        if filled[c] is not None:
            last = filled[c]
        else:
            filled[c] = last
    return filled


def parse_grid(raw_rows: list, info: TableInfo, label: str, labelled_stubs: bool):
    """The tidy table from the cells of a sheet or csv file (lists of rows)."""
    rows = [[_cell(v) for v in r] for r in raw_rows]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [None] * (width - len(r)) for r in rows]
    rc = _region_column(rows, label)

    def region_ok(v):
        return _is_code(v) or _is_lost_code(v)

    first = next(i for i, r in enumerate(rows) if region_ok(r[rc]))
    title_row = _find_title(rows, first)
    if title_row is not None:
        info.title = info.title or str(rows[title_row][0])
    start = 0 if title_row is None else title_row + 1
    headers = [rows[i] for i in range(start, first) if any(c is not None for c in rows[i])]
    if not headers:
        raise InputError(
            f"{label} has no header row above the first area code (row {first + 1}), so the "
            "variables and years are unknown. Export the table with its headings."
        )

    # data rows: codes, continuation rows (region written once), until the footer
    data_rows, last_region = [], None
    for i in range(first, len(rows)):
        row = rows[i]
        cell = row[rc]
        if cell is not None and region_ok(cell):
            data_rows.append(i)
            last_region = cell
        elif cell is None and any(v is not None for v in row[rc + 1 :]) and last_region is not None:
            if any(v is not None and codes.as_year(v) is None for v in row[:rc]):
                break
            data_rows.append(i)
        elif all(v is None for v in row):
            continue
        else:
            break
    footer_start = (data_rows[-1] + 1) if data_rows else first
    info.reference = info.reference or _reference(rows, footer_start)

    # columns: stubs (down the rows) and data columns (one heading combination each)
    inner = headers[-1]
    stub_cols, year_stub, name_col = [], None, None
    for c in range(width):
        if c == rc:
            continue
        values = [rows[i][c] for i in data_rows if rows[i][c] is not None]
        header_label = str(inner[c]).strip().lower() if inner[c] is not None else ""
        if c < rc:
            if values and all(codes.as_year(v) is not None for v in values):
                year_stub = c
            elif values:
                stub_cols.append(c)
            continue
        if not values:
            continue
        numeric = sum(1 for v in values if _is_number_like(v) or v in SUPPRESSION_MARKERS)
        unlabelled = all(h[c] is None for h in headers)
        all_years = all(codes.as_year(v) is not None for v in values)
        if all_years and (header_label in YEAR_LABELS or (unlabelled and not labelled_stubs)):
            year_stub = c
        elif numeric < 0.5 * len(values):
            # text down the rows: a stub variable, unless its heading is a year (then it is a
            # column of values that are not numbers, reported later)
            year_heading = codes.as_year(header_label) is not None or _YEAR_IN_LABEL.match(
                header_label
            )
            if (unlabelled and not labelled_stubs) or (
                labelled_stubs and header_label and not year_heading
            ):
                stub_cols.append(c)
    heading_cols = [
        c
        for c in range(rc + 1, width)
        if c not in stub_cols and c != year_stub and any(h[c] is not None for h in headers)
    ]
    heading_cols = [c for c in heading_cols if c > max([rc, *stub_cols], default=rc)]
    if not heading_cols:
        raise InputError(
            f"{label} has area codes but no columns with values under a heading. Is it an "
            "export from Statistikdatabasen?"
        )
    headers = [_fill_right(h, heading_cols) for h in headers]

    # forward-fill stub columns and the region down the rows (xlsx writes them once)
    fill_cols = [rc, *stub_cols] + ([year_stub] if year_stub is not None else [])
    filled = {c: [] for c in fill_cols}
    for c in fill_cols:
        last = None
        for i in data_rows:
            if rows[i][c] is not None:
                last = rows[i][c]
            filled[c].append(last)

    # a stub column that is one-to-one with the regions holds their names
    for c in list(stub_cols):
        pairs = set(zip(filled[rc], filled[c]))
        regions = set(filled[rc])
        one_each = len(pairs) == len(regions)
        named = bool(NAME_LABELS.search(str(inner[c] or "")))
        if one_each and (named or len({v for _, v in pairs}) > 1):
            name_col = c
            stub_cols.remove(c)
            break

    # per heading column: its year and variable values
    col_years, col_parts = [], []
    for c in heading_cols:
        year, parts = None, []
        for h in headers:
            value = h[c]
            if value is None:
                parts.append("")
                continue
            y = codes.as_year(value)
            if y is not None and year is None:
                year = y
                parts.append("")
                continue
            text = str(value).strip()
            m = _YEAR_IN_LABEL.match(text) if year is None else None
            if m:
                year = int(m.group("a") or m.group("b"))
                text = (m.group("rest_a") or m.group("rest_b")).strip()
            parts.append(text)
        col_years.append(year)
        col_parts.append(parts)
    year_rows = [k for k in range(len(headers)) if all(p[k] == "" for p in col_parts)]
    col_parts = [[p[k] for k in range(len(headers)) if k not in year_rows] for p in col_parts]

    title_year = None
    if year_stub is None and any(y is None for y in col_years):
        found = set(_YEAR_IN_TITLE.findall(info.title or ""))
        if len(found) == 1:
            title_year = int(found.pop())
            info.warn(
                f"{label} has no year column or heading; the year {title_year} was taken from the title."
            )
        else:
            info.warn(
                f"{label} has no year in its headings, columns or title; the year is left empty."
            )

    stub_names = [
        str(inner[c]) if labelled_stubs and inner[c] is not None else f"column {c + 1}"
        for c in stub_cols
    ]
    heading_names = [f"header row {k + 1}" for k in range(len(headers)) if k not in year_rows]
    return _records(
        rows, data_rows, rc, filled, stub_cols, year_stub, name_col, heading_cols,
        col_years, col_parts, title_year, stub_names + heading_names, info, label,
    )  # fmt: skip


def _records(
    rows, data_rows, rc, filled, stub_cols, year_stub, name_col, heading_cols,
    col_years, col_parts, title_year, dim_names, info, label,
):  # fmt: skip
    np = require("numpy")
    n_cols = len(heading_cols)
    stub_values = [tuple(str(filled[c][k] or "") for c in stub_cols) for k in range(len(data_rows))]
    stub_combos = list(dict.fromkeys(stub_values))
    stub_index = {s: i for i, s in enumerate(stub_combos)}
    combos = [list(s) + list(col_parts[j]) for s in stub_combos for j in range(n_cols)]
    # only the combinations that occur are variables
    names, constants = name_variables(combos, dim_names, info.title)
    info.constants.update(constants)
    unique_names = list(dict.fromkeys(names))
    name_index = [unique_names.index(n) for n in names]

    raw_regions, region_of = [], {}
    region_idx, years, var_idx, values, markers, source_rows = [], [], [], [], [], []
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
        row_year = codes.as_year(filled[year_stub][k]) if year_stub is not None else None
        for j, c in enumerate(heading_cols):
            value, marker = number(rows[i][c])
            if marker == "?":
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
    if not region_idx:
        raise InputError(f"{label} has headers but no rows with area codes and values.")
    if unreadable:
        share = len(unreadable) / len(values)
        examples = "; ".join(f"row {i + 1}, column {c + 1}: '{v}'" for i, c, v in unreadable[:3])
        if share > MAX_UNREADABLE_SHARE:
            raise InputError(
                f"{label}: {len(unreadable)} cells are not numbers ({examples}). This does not "
                "look like a table of statistics from Statistikdatabasen."
            )
        info.warn(
            f"{label}: {len(unreadable)} cells are not numbers and were left empty ({examples})."
        )
    rows_arr = np.asarray(source_rows)

    def where(record):
        return f"row {rows_arr[record] + 1}"

    return build_tidy(
        raw_regions, region_idx, years, unique_names, var_idx, values, markers, info, where
    )
