"""The numbers of the five area types (områdestyper, METHODS.md §3) and how a type field is read.

The types themselves (how they are computed, their names) belong to the areatypes subject;
what other subjects need to read a layer's type field is here: the numbers 1–5, the groups
1–2 (areas with socioeconomic challenges) and 4–5 (good or very good conditions), the reader
of a type field (:func:`parse_area_types`) and of a typed choice of types
(:func:`parse_type_list`).
"""

from __future__ import annotations

from typing import Callable, Optional

from .dependencies import require
from .errors import InputError
from .numbers import MARKERS_TEXT, as_series, problem_text, scan_numbers
from .ranges import parse_number_list

TYPES = (1, 2, 3, 4, 5)
CHALLENGED_TYPES = (1, 2)  # "områden med socioekonomiska utmaningar"
GOOD_TYPES = (4, 5)  # goda / mycket goda socioekonomiska förutsättningar
TYPE_PAIRS = (("1–2", CHALLENGED_TYPES), ("4–5", GOOD_TYPES))


def parse_area_types(
    values,
    field: str = "area_type",
    *,
    codes=None,
    noun: str = "area",
    warn: Optional[Callable[[str], None]] = None,
):
    """The area type 1–5 of each value as a float Series (same index), NaN for no type.

    Numbers and numeric text (``1``, ``"2"``, ``3.0``) are types; empty cells and SCB's markers
    are areas without a type. Anything else (``"x"``, ``7``, ``2.5``) raises
    :class:`InputError` naming the field and the first rows (by ``codes`` where given), or,
    with ``warn``, counts as no type and ``warn`` gets the message.
    """
    np = require("numpy")
    pd = require("pandas")
    series = as_series(values)
    numbers, bad = scan_numbers(series)
    known = np.isin(numbers, TYPES)
    bad |= ~np.isnan(numbers) & ~known
    numbers[~known] = np.nan
    if bad.any():
        message = problem_text(
            field,
            series,
            bad,
            codes=codes,
            noun=noun,
            what="an area type (1–5)",
            action=(
                f"The area types are 1–5, or empty (or one of SCB's markers {MARKERS_TEXT}) for "
                "an area without a type: choose the field that holds them (area_type, written "
                "by the tool 'Area types') or correct the values."
            ),
            warned=warn is not None,
        )
        if warn is None:
            raise InputError(message)
        warn(message)
    return pd.Series(numbers, index=series.index, name=series.name, dtype=float)


def parse_type_list(text, what: str = "the area types") -> list:
    """``"1, 2"`` or ``"1-2"`` → ``[1, 2]``; empty text → ``[]``. Text that is not a list of
    area types 1–5 raises :class:`InputError`."""
    chosen = parse_number_list(text, what, "area type", "1, 2 or 1-2")
    wrong = [str(t) for t in chosen if t not in TYPES]
    if wrong:
        raise InputError(
            f"{', '.join(wrong)} in {what} {'is' if len(wrong) == 1 else 'are'} not an area "
            "type; the area types are 1–5."
        )
    return chosen
