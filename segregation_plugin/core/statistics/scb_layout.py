"""Find the layout of a Statistikdatabasen export by its content (METHODS.md §2).

Given the cells of a sheet or csv file as rows, :func:`find_layout` says which column holds the
area codes, which rows are the title, the headers and the data, which columns are stubs (more
variables down the rows), which holds the year or the names, and which hold the values. The
rules are in :mod:`scb_export`'s docstring.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..common import codes
from ..common.errors import InputError
from ..common.numbers import SUPPRESSION_MARKERS, read_number

YEAR_LABELS = {"år", "year", "tid", "vuosi", "period"}
NAME_LABELS = re.compile(r"namn|name", re.IGNORECASE)
YEAR_IN_LABEL = re.compile(
    r"^(?:(?P<a>(?:19|20)\d\d)\s+(?P<rest_a>.+)|(?P<rest_b>.+?)\s+(?P<b>(?:19|20)\d\d))$"
)
SCAN_ROWS = 1000  # enough rows to tell the region column
ASCII_MARKERS = SUPPRESSION_MARKERS[:3]  # "..", ".", "-": values in a row without a code


# --- cells ------------------------------------------------------------------------------------
def cell(value):
    """A cell as the layout sees it: stripped text, a number, or None for empty."""
    if isinstance(value, str):
        value = value.strip()
        return value if value else None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def is_code(value) -> bool:
    if value is None:
        return False
    code = codes.split_code_name(value)[0]
    if code is None:
        return False
    # a bare two-digit number (an age, a count) is only a län code if such a län exists
    return codes.level_of(code) != codes.LAN or codes.is_known_lan(code)


def is_lost_code(value) -> bool:
    """A code whose leading zero a spreadsheet removed (``114`` for ``0114``)."""
    if value is None or isinstance(value, bool):
        return False
    head = str(value).strip().split(" ")[0]
    restored = codes.restore_leading_zero(head)
    return restored is not None and codes.lan_of(restored) in codes.KNOWN_LAN


def region_ok(value) -> bool:
    return is_code(value) or is_lost_code(value)


def year_of(value):
    """The year of a year cell: ``2022``, ``"2022"``, or ``"2022 2022"`` (code and text)."""
    year = codes.as_year(value)
    if year is None and isinstance(value, str):
        parts = value.split()
        if len(parts) == 2 and parts[0] == parts[1]:
            year = codes.as_year(parts[0])
    return year


def _number_like(value) -> bool:
    return value is not None and read_number(value)[1] is None


def _plain_number(value) -> bool:
    """A number that is not a year (a value, not a heading)."""
    return _number_like(value) and year_of(value) is None


# --- the layout ---------------------------------------------------------------------------------
@dataclass
class Layout:
    region_col: int
    title: str = ""
    headers: list = field(default_factory=list)  # header rows, spans filled to the right
    header_rows: list = field(default_factory=list)  # their row indexes
    data_rows: list = field(default_factory=list)  # row indexes
    skipped: list = field(default_factory=list)  # (row index, text) rows without a code
    stub_cols: list = field(default_factory=list)
    year_col: int = None
    name_col: int = None
    heading_cols: list = field(default_factory=list)
    filled: dict = field(default_factory=dict)  # column -> values down the data rows
    footer_start: int = 0
    place: object = lambda i: f"row {i + 1}"  # a row index as the user finds it


def region_column(rows: list, label: str) -> int:
    """The column of area codes. A column of years (``2021`` looks like a kommun code) is
    only taken when it has several values and no other column has codes."""
    width = min(3, max((len(r) for r in rows), default=0))
    rows = rows[:SCAN_ROWS]
    scores = []
    for c in range(width):
        strict = [r[c] for r in rows if len(r) > c and is_code(r[c])]
        lost = sum(1 for r in rows if len(r) > c and not is_code(r[c]) and is_lost_code(r[c]))
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


def reference(rows: list, start: int) -> str:
    """SCB's reference code from the footer (``Intern referenskod:`` and the next line)."""
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


def _row_without_code(row: list, rc: int) -> bool:
    """A row of values whose region cell is text but not a code (``Riket``, ``Okänd``)."""
    text = row[rc]
    return (
        isinstance(text, str)
        and not region_ok(text)
        and any(_plain_number(v) or v in ASCII_MARKERS for v in row[rc + 1 :])
    )


def _rows(rows: list, rc: int, first: int, layout: Layout) -> None:
    """Data rows from the first code to the last, with continuation rows (the region written
    once for several rows); rows of values without a code are left out and listed."""
    width = len(rows[0]) if rows else 0
    code_rows = [
        i
        for i in range(first, len(rows))
        if region_ok(rows[i][rc]) and any(rows[i][j] is not None for j in range(width) if j != rc)
    ]
    last = code_rows[-1] if code_rows else first

    def continues(row):
        return (
            row[rc] is None
            and any(v is not None for v in row[rc + 1 :])
            and not any(v is not None and year_of(v) is None for v in row[:rc])
        )

    end = last
    while end + 1 < len(rows) and continues(rows[end + 1]):
        end += 1
    skipping = False
    for i in range(first, end + 1):
        row = rows[i]
        if row[rc] is not None and region_ok(row[rc]):
            layout.data_rows.append(i)
            skipping = False
        elif continues(row):
            if not skipping:
                layout.data_rows.append(i)
        elif any(v is not None for v in row):
            layout.skipped.append((i, row[rc] if row[rc] is not None else row[0]))
            skipping = True
    layout.footer_start = end + 1


def find_layout(raw_rows: list, label: str, labelled_stubs: bool) -> tuple:
    """``(rows, Layout)``: the cleaned cells and where everything is."""
    rows = [[cell(v) for v in r] for r in raw_rows]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [None] * (width - len(r)) for r in rows]
    rc = region_column(rows, label)
    layout = Layout(rc)
    first = next(i for i, r in enumerate(rows) if region_ok(r[rc]))
    title_row = _find_title(rows, first)
    if title_row is not None:
        layout.title = str(rows[title_row][0])
    start = 0 if title_row is None else title_row + 1
    for i in range(start, first):
        if not any(c is not None for c in rows[i]):
            continue
        if _row_without_code(rows[i], rc):
            layout.skipped.append((i, rows[i][rc]))
        else:
            layout.headers.append(rows[i])
            layout.header_rows.append(i)
    if not layout.headers:
        raise InputError(
            f"{label} has no header row above the first area code (row {first + 1}), so the "
            "variables and years are unknown. Export the table with its headings."
        )
    _rows(rows, rc, first, layout)
    _columns(rows, layout, width, labelled_stubs, label)
    return rows, layout


def _columns(rows, layout: Layout, width: int, labelled_stubs: bool, label: str) -> None:
    rc, headers, data_rows = layout.region_col, layout.headers, layout.data_rows
    inner = headers[-1]
    for c in range(width):
        if c == rc:
            continue
        values = [rows[i][c] for i in data_rows if rows[i][c] is not None]
        if not values:
            continue
        if c < rc:
            if all(year_of(v) is not None for v in values):
                layout.year_col = c
            else:
                layout.stub_cols.append(c)
            continue
        header_label = str(inner[c]).strip().lower() if inner[c] is not None else ""
        unlabelled = all(h[c] is None for h in headers)
        numeric = sum(1 for v in values if _number_like(v) or v in SUPPRESSION_MARKERS)
        if all(year_of(v) is not None for v in values) and (
            header_label in YEAR_LABELS or (unlabelled and not labelled_stubs)
        ):
            layout.year_col = c
        elif numeric < 0.5 * len(values):
            # text down the rows: a stub variable, unless its heading is a year (then it is
            # a column of values that are not numbers, reported later)
            year_heading = codes.as_year(header_label) is not None or YEAR_IN_LABEL.match(
                header_label
            )
            if unlabelled or not year_heading:
                layout.stub_cols.append(c)
    after = max([rc, *layout.stub_cols], default=rc)
    layout.heading_cols = [
        c
        for c in range(after + 1, width)
        if c != layout.year_col and any(h[c] is not None for h in headers)
    ]
    if not layout.heading_cols:
        raise InputError(
            f"{label} has area codes but no columns with values under a heading. Is it an "
            "export from Statistikdatabasen?"
        )
    layout.headers = [_fill_right(h, layout.heading_cols) for h in headers]
    # the region, stubs and year are written once for several rows in xlsx: carry them down
    fill_cols = [rc, *layout.stub_cols] + ([layout.year_col] if layout.year_col is not None else [])
    for c in fill_cols:
        last, values = None, []
        for i in data_rows:
            if rows[i][c] is not None:
                last = rows[i][c]
            values.append(last)
        layout.filled[c] = values
    # a stub column that is one-to-one with the regions holds their names
    for c in list(layout.stub_cols):
        pairs = set(zip(layout.filled[rc], layout.filled[c]))
        one_each = len(pairs) == len(set(layout.filled[rc]))
        named = bool(NAME_LABELS.search(str(inner[c] or "")))
        if one_each and (named or len({v for _, v in pairs}) > 1):
            layout.name_col = c
            layout.stub_cols.remove(c)
            break


def _fill_right(row: list, columns: list) -> list:
    filled, last = list(row), None
    for c in columns:
        if filled[c] is not None:
            last = filled[c]
        else:
            filled[c] = last
    return filled
