"""Read a delimited text file the way SCB and spreadsheets write them.

Encoding: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), otherwise
Windows-1252/Latin-1. Separator: ``;``, ``,`` or tab, whichever splits the lines into the
same number of fields most consistently (a decimal comma does not fool it, because the
header line has no numbers). Text that was decoded wrongly once already (``Ã¥`` for ``å``)
is detected and reported.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import Optional

from .errors import InputError

SEPARATORS = (";", ",", "\t")
_MOJIBAKE = ("Ã¥", "Ã¤", "Ã¶", "Ã…", "Ã„", "Ã–", "Ã©")


class TextFile:
    """The decoded rows of a delimited text file and how it was read.

    ``lines[i]`` is the line of the file (from 1) where row i starts, ``widths[i]`` the
    number of fields the separator gave row i, ``spaced`` the rows with a field that began
    with a space (after a ``,``: a heading such as "Låg ekonomisk standard, procent" split in
    two) and ``multiline`` the rows with a value in quotes that runs over several lines.
    """

    def __init__(
        self,
        rows: list,
        encoding: str,
        separator: str,
        warnings: list,
        lines=None,
        widths=None,
        spaced=frozenset(),
        multiline=None,
    ):
        self.rows = rows
        self.encoding = encoding
        self.separator = separator
        self.warnings = warnings
        self.lines = lines if lines is not None else list(range(1, len(rows) + 1))
        self.widths = widths if widths is not None else [len(r) for r in rows]
        self.spaced = spaced
        self.multiline = multiline or {}  # row -> last line of the row

    def line_of(self, row: int) -> int:
        return self.lines[row] if row < len(self.lines) else row + 1


def decode(data: bytes, label: str) -> tuple:
    """``(text, encoding, warnings)`` for the bytes of a text file."""
    warnings = []
    if data.startswith(b"PK\x03\x04"):
        raise InputError(
            f"{label} is an Excel workbook (xlsx), not a text file. Give it the ending .xlsx "
            "and import it again."
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{label} is an old Excel file (xls). Open it in Excel or LibreOffice, save it as "
            "xlsx or csv, and import that file."
        )
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16"), "UTF-16"
    else:
        if b"\x00" in data[:4096]:
            raise InputError(
                f"{label} is not a text file (it contains binary data). Export the table from "
                "Statistikdatabasen as csv or xlsx."
            )
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "Latin-1 (Windows-1252)"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "Latin-1"
    if "\ufffd" in text:
        warnings.append(
            f"{label} has characters that could not be decoded (shown as �): the file is "
            "damaged or in an unexpected encoding. Check names such as å, ä, ö."
        )
    if any(m in text for m in _MOJIBAKE):
        warnings.append(
            f"{label} contains 'Ã¥', 'Ã¤' or 'Ã¶' where 'å', 'ä', 'ö' were meant: it was saved "
            "with the wrong encoding at some point. Names in the result will look the same; "
            "export the table from Statistikdatabasen again to fix them."
        )
    return text, encoding, warnings


def _count_outside_quotes(line: str, sep: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            count += 1
    return count


def detect_separator(lines: list) -> str:
    """The separator that gives the most lines the same, non-zero number of fields."""
    sample = [line for line in lines[:200] if line.strip()]
    best, best_score = ",", (-1, 0)
    for rank, sep in enumerate(SEPARATORS):
        counts = Counter(_count_outside_quotes(line, sep) for line in sample)
        counts.pop(0, None)
        if not counts:
            continue
        fields, lines_with = counts.most_common(1)[0]
        score = (lines_with, -rank)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_text_table(path, label: Optional[str] = None) -> TextFile:
    """Rows (lists of strings, surrounding spaces removed) of a delimited text file."""
    path = Path(path)
    label = label or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Could not read {path}: {exc.strerror or exc}.") from exc
    return parse_text_bytes(data, label)


def _allow_long_fields(size: int) -> None:
    """Let the csv module read a value as long as the whole text (its default limit is
    131,072 characters, and a longer value was an error). The limit is only ever raised."""
    if csv.field_size_limit() <= size:
        csv.field_size_limit(size + 1)


def parse_text_bytes(data: bytes, label: str) -> TextFile:
    """Rows of delimited text given as bytes (a file's content or an HTTP response)."""
    if not data.strip():
        raise InputError(f"{label} is empty.")
    text, encoding, warnings = decode(data, label)
    separator = detect_separator(text.splitlines())
    _allow_long_fields(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows, lines, widths, spaced, multiline = [], [], [], set(), {}
    last = 0
    try:
        for row in reader:
            lines.append(last + 1)
            if reader.line_num > last + 1:
                multiline[len(rows)] = reader.line_num
            last = reader.line_num
            if separator == "," and any(cell[:1].isspace() for cell in row[1:]):
                spaced.add(len(rows))
            widths.append(len(row))
            rows.append([cell.strip() for cell in row])
    except csv.Error as exc:
        raise InputError(
            f'{label} cannot be read from line {last + 1} on ({exc}). Check the quotes (") '
            "on that line, or export the table again."
        ) from exc
    return TextFile(
        rows, encoding, separator, warnings, lines, widths, frozenset(spaced), multiline
    )
