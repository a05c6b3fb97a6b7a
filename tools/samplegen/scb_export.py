"""Write the sample's statistics as Statistikdatabasen exports (xlsx and csv).

The layouts follow the real exports in ``../shared/data/scb/``: a title row, a blank row,
one to three header rows (which row holds the year differs between tables), one row per
region with the code alone in the first column (or ``code name`` for RegSO and kommun),
and footer rows ending with ``Intern referenskod:``. CSV files follow PX-Web's "with
heading" layout: stub variables as columns, one column per heading value. Suppressed
cells are ``..``. Several encodings and separators are used on purpose.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl

from .deterministic import normalise_zip

FOOTER = [
    None,
    "Fiktiva data för det påhittade Exempelläns län (län 99), skapade av segregation-pluginets "
    "generator (tools/samplegen). Fördelningarna är kalibrerade mot SCB:s riktiga DeSO-tabeller.",
    None,
    "Senaste uppdatering:",
    "20230601 08:00",
    None,
    "Källa:",
    "Exempeldata (fiktiv)",
    None,
    "Databas:",
    "Statistikdatabasen ",
    None,
    "Intern referenskod:",
]
_FIXED = dt.datetime(2023, 6, 1, 8, 0, 0)


def write_xlsx(
    path: Path, sheet: str, title: str, header_rows: list, rows: list, reference: str
) -> None:
    """One sheet: title, blank row, header rows (first cell empty), data rows, footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([title])
    ws.append([])
    for header in header_rows:
        ws.append([None, *header])
    for row in rows:
        ws.append(list(row))
    for line in FOOTER:
        ws.append([line])
    ws.append([reference])
    wb.properties.creator = "Segregation plugin sample generator"
    wb.properties.created = _FIXED
    wb.properties.modified = _FIXED
    wb.properties.lastModifiedBy = None
    buffer = io.BytesIO()
    wb.save(buffer)
    Path(path).write_bytes(normalise_zip(buffer.getvalue()))


def _csv_value(value, sep: str, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if value == "..":
            return '".."'
        return '"' + value.replace('"', '""') + '"'
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def write_csv(
    path: Path,
    title: str,
    header: list,
    rows: list,
    *,
    encoding: str,
    sep: str,
    decimal_comma: bool = False,
    bom: bool = False,
) -> None:
    """PX-Web "with heading" CSV: quoted title, blank line, quoted header, data lines."""
    lines = [f'"{title}"', ""]
    lines.append(sep.join(f'"{h}"' for h in header))
    for row in rows:
        lines.append(sep.join(_csv_value(v, sep, decimal_comma) for v in row))
    text = "\r\n".join(lines) + "\r\n"
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    Path(path).write_bytes(data)
