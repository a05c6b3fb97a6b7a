"""Checks that a csv export was split into the right columns before its values are read.

A csv file is only read right when every row of the table splits into as many fields as its
heading. Two things break that without any error from the csv reader:

- a **comma-separated file with decimal commas** (``9901A0010,3,0,2,0``): each decimal comma
  is one field more, and the values land in the wrong columns;
- a **quote that is not closed** (``"5;6``): the lines up to the next quote become one
  value, and the rows in them disappear.

:func:`check_quotes` and :func:`check_widths` refuse such a file with the file, the line and
what to do. Lines are the file's own line numbers, as a text editor shows them.
"""

from __future__ import annotations

from ..common.errors import InputError

SHOWN = 3  # lines a message lists

EXPORT_AGAIN = (
    "Export the table again from Statistikdatabasen with semicolon (;) as the separator, "
    "or save it with every value in quotes"
)


def check_quotes(text, label: str) -> None:
    """Refuse a value in quotes that runs over lines holding the separator (rows swallowed
    by a quote that was never closed). A note in quotes over several lines is fine."""
    for row, end in sorted(text.multiline.items()):
        for cell in text.rows[row]:
            rest = cell.partition("\n")[2] if "\n" in cell else cell.partition("\r")[2]
            if text.separator in rest or '"' in rest:
                start = text.line_of(row)
                raise InputError(
                    f"{label}, line {start}: a value in quotes runs over {end - start + 1} "
                    f"lines, to line {end}, so the rows in between would be lost "
                    f"('{_short(cell)}'). A quote (\") is missing or one too many on line "
                    f"{start}: correct it in a text editor, or export the table again."
                )


def check_widths(text, layout, label: str) -> None:
    """Refuse a table whose data rows split into a different number of fields than its
    (innermost) heading row, or whose upper heading rows into more, and a comma-separated
    heading split at a comma that is part of a name."""
    if not layout.header_rows:
        return
    heading = layout.header_rows[-1]
    sep = "tab" if text.separator == "\t" else f"'{text.separator}'"
    for row in layout.header_rows:
        if row in text.spaced:
            raise InputError(
                f"{label}, line {text.line_of(row)}: the heading has a comma followed by a "
                f"space ('{_short(', '.join(text.rows[row]))}'), but commas also separate the "
                "columns, so the headings and the values cannot be told apart. "
                f"{EXPORT_AGAIN}."
            )
    width = text.widths[heading]
    # a heading row above the innermost may be shorter (its spans are filled to the right)
    upper = [r for r in layout.header_rows[:-1] if text.widths[r] > width]
    bad = [r for r in [*upper, *layout.data_rows] if not _fits(text, r, heading)]
    if not bad:
        return
    listed = "; ".join(f"line {text.line_of(r)} has {text.widths[r]}" for r in bad[:SHOWN]) + (
        "; …" if len(bad) > SHOWN else ""
    )
    more = any(text.widths[r] > width for r in bad)
    if text.separator == "," and more and _decimal_commas(text, bad):
        why = (
            "The file is separated by commas and its numbers have decimal commas (3,5), so "
            f'one number cannot be told from two. {EXPORT_AGAIN} ("3,5").'
        )
    else:
        why = (
            "The values would land in the wrong columns. Check those lines (a value missing, "
            "one too many, or a separator inside a value that is not in quotes), or export "
            "the table again."
        )
    raise InputError(
        f"{label}: {len(bad)} rows do not have as many fields as the heading on line "
        f"{text.line_of(heading)} ({width}, separated by {sep}): {listed}. {why}"
    )


def _fits(text, row: int, heading: int) -> bool:
    """As many fields as the heading, or more or fewer only by empty ones at the end (a
    trailing separator)."""
    n, width = text.widths[row], text.widths[heading]
    if n > width:
        return not any(text.rows[row][width:n])
    return not any(text.rows[heading][n:width])


def _decimal_commas(text, rows) -> bool:
    """Whether a row has a field of digits right after another (``3``, ``0`` from ``3,0``)."""
    for row in rows:
        cells = text.rows[row]
        if any(a.isdigit() and b.isdigit() for a, b in zip(cells[1:], cells[2:])):
            return True
    return False


def _short(value: str, size: int = 60) -> str:
    value = " / ".join(part.strip() for part in str(value).splitlines() if part.strip())
    return value if len(value) <= size else value[: size - 1] + "…"
