"""The ``suppressed_cells`` text field: which cells of a row SCB suppressed, kept on a layer.

A table layer written by 'Import SCB table' lists per row the variables whose cells were
suppressed, with SCB's symbol (``arbetslösa (-); totalt (..)``), so that a join made later
can still say why a value is missing (see :mod:`.join`).
"""

from __future__ import annotations

import re

from ..common import codes
from .statistics_table import REGION_CODE, SUPPRESSED_CELLS, YEAR, Suppressed, attach, info_of

_CELL = re.compile(r"^(?P<variable>.+) \((?P<marker>[^()]*)\)$")


def with_suppressed_column(frame):
    """The tidy table with a ``suppressed_cells`` text field: per row, the variables whose
    cells were suppressed, with SCB's symbol (``arbetslösa (-); totalt (..)``)."""
    info = info_of(frame)
    cells = {}
    for cell in info.suppressed:
        cells.setdefault((cell.region_code, cell.year), []).append(
            f"{cell.variable} ({cell.marker or 'empty'})"
        )
    keys = zip(frame[REGION_CODE], frame[YEAR])
    result = frame.copy()
    result[SUPPRESSED_CELLS] = [
        "; ".join(cells.get((code, None if year is None or year != year else int(year)), []))
        for code, year in keys
    ]
    return attach(result, info)


def suppressed_from_column(frame) -> list:
    """The suppressed cells a ``suppressed_cells`` field lists (see :func:`with_suppressed_column`)."""
    result = []
    for code, year, text in zip(frame[REGION_CODE], frame[YEAR], frame[SUPPRESSED_CELLS]):
        for item in str(text or "").split("; "):
            m = _CELL.match(item.strip())
            if m:
                marker = "" if m.group("marker") == "empty" else m.group("marker")
                y = None if year is None or year != year else int(year)
                result.append(
                    Suppressed(
                        codes.normalise_code(code) or str(code), y, m.group("variable"), marker
                    )
                )
    return result
