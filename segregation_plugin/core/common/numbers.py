"""The one strict reader of numbers in a planner's fields and in SCB's files (METHODS.md §2).

- Numbers pass as they are (``12``, ``12.5``); true/false and bytes are not numbers.
- Text passes when it is a number written the Swedish or the international way: a decimal
  comma or point, and spaces, non-breaking or thin spaces between the thousands
  (``1 234,5``); also ``1.234,5`` and ``1,234.5``, where the last separator is the decimal one.
- SCB's markers for suppressed or missing cells (:data:`SUPPRESSION_MARKERS`) and empty cells
  are missing (NaN), never zero.
- Anything else (``ca 40``, ``tio``, ``12 34``) is never silently missing:
  :func:`parse_numbers` raises :class:`InputError` naming the field and the first rows with
  their values and saying what to do, or, when the caller passes ``warn`` (e.g. Processing's
  ``feedback.pushWarning``), reads them as missing and hands ``warn`` the same text.
"""

from __future__ import annotations

import decimal
import math
import numbers as _numbers
import re
from typing import Callable, Optional

from .dependencies import require
from .errors import InputError

# SCB's symbols for a cell without a value: ".." not available or too uncertain, "." cannot
# occur, "-" / "–" / "—" nothing to report (hyphen, en and em dash, as files write them), and
# an empty cell. All are missing, never zero. The first three are the ASCII ones.
SUPPRESSION_MARKERS = ("..", ".", "-", "–", "—", "")
MARKERS_TEXT = ".., ., -, –, —"
NOT_A_NUMBER = "?"  # the marker :func:`read_number` gives text that is not a number
SHOWN = 3  # offending rows a message lists

_THIN_SPACES = " \u00a0\u2009\u202f"  # space, no-break space, thin space, narrow no-break space
_NUMBER = re.compile(
    r"(?P<sign>[+-]?)"
    r"(?:(?P<plain>\d+)"
    r"|(?P<grouped>\d{1,3}(?P<sep>[ \u00a0\u2009\u202f.,])\d{3}(?:(?P=sep)\d{3})*))?"
    r"(?:(?P<point>[.,])(?P<fraction>\d*))?"
    r"(?P<exponent>[eE][+-]?\d+)?"
)


def _number_from_text(text: str) -> Optional[float]:
    """The number ``text`` (already stripped, not a marker) writes, or ``None``."""
    m = _NUMBER.fullmatch(text.replace("\u2212", "-"))  # U+2212, the typographic minus
    if not m:
        return None
    whole = m.group("plain") or m.group("grouped") or ""
    fraction = m.group("fraction") or ""
    if not whole and not fraction:
        return None
    sep, point = m.group("sep"), m.group("point")
    if sep and sep in ".," and point in (None, sep):
        return None  # "1.234.567", "1,234": a point or comma between thousands needs the other
    for space in _THIN_SPACES + ".,":
        whole = whole.replace(space, "")
    return float(f"{m.group('sign')}{whole or '0'}.{fraction or '0'}{m.group('exponent') or ''}")


def _missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(require("pandas").isna(value))
    except (TypeError, ValueError):  # a container: not one missing value
        return False


def read_number(value) -> tuple:
    """``(number, marker)`` for one value.

    ``marker`` is ``None`` for a number, the SCB marker (``".."``, ``""`` for empty or missing)
    for a missing value, and :data:`NOT_A_NUMBER` for anything else; the number is NaN unless
    ``marker`` is ``None``.
    """
    if isinstance(value, str):
        text = value.strip()
        if text in SUPPRESSION_MARKERS:
            return math.nan, text
        number = _number_from_text(text)
        return (math.nan, NOT_A_NUMBER) if number is None else (number, None)
    if type(value).__name__ in ("bool", "bool_"):  # Python's and numpy's
        return math.nan, NOT_A_NUMBER
    if isinstance(value, (_numbers.Real, decimal.Decimal)):
        number = float(value)
        return (math.nan, "") if math.isnan(number) else (number, None)
    if _missing(value):
        return math.nan, ""
    return math.nan, NOT_A_NUMBER


def is_marker(value) -> bool:
    """True for SCB's markers of a suppressed or missing cell (text; empty included)."""
    return isinstance(value, str) and value.strip() in SUPPRESSION_MARKERS


def scan_numbers(values):
    """``(numbers, bad)``: a new float array (NaN where missing or bad) and a boolean array
    marking the values that are neither numbers nor missing. ``values`` is a Series."""
    np = require("numpy")
    pd = require("pandas")
    n = len(values)
    if pd.api.types.is_bool_dtype(values.dtype):
        return np.full(n, np.nan), values.notna().to_numpy(dtype=bool)
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_complex_dtype(
        values.dtype
    ):
        return np.array(values.to_numpy(dtype=float, na_value=np.nan), dtype=float), np.zeros(
            n, dtype=bool
        )
    result = np.full(n, np.nan)
    bad = np.zeros(n, dtype=bool)
    seen = {}
    for i, value in enumerate(values.astype(object).to_numpy()):
        key = value if isinstance(value, str) else None
        parsed = seen.get(key) if key is not None else None
        if parsed is None:
            parsed = read_number(value)
            if key is not None:
                seen[key] = parsed
        result[i] = parsed[0]
        bad[i] = parsed[1] == NOT_A_NUMBER
    return result, bad


def as_series(values):
    """``values`` as a pandas Series (a Series is returned as it is)."""
    pd = require("pandas")
    if isinstance(values, pd.Series):
        return values
    items = values if hasattr(values, "dtype") else list(values)
    return pd.Series(items, dtype=None if len(items) else float)


def row_names(index, positions, codes=None, noun: str = "area") -> list:
    """How a planner finds the rows at ``positions``: ``area 0114A0010`` when ``codes`` (in row
    order) has a code there, else ``feature 12`` (a layer's feature id) or ``row 3`` (the
    third row of a table without ids)."""
    pd = require("pandas")
    own = codes.to_numpy() if isinstance(codes, pd.Series) else codes
    numbered = isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
    names = []
    for pos in positions:
        code = own[pos] if own is not None else None
        if code is not None and not _missing(code) and str(code).strip():
            names.append(f"{noun} {str(code).strip()}")
        elif numbered:
            names.append(f"row {pos + 1}")
        else:
            names.append(f"feature {index[pos]}")
    return names


def problem_text(
    field: str,
    values,
    bad,
    *,
    codes=None,
    noun: str = "area",
    what: str = "a number",
    action: str = "",
    warned: bool = False,
) -> str:
    """The message for the ``bad`` values of ``values`` (a Series): the field, how many, the
    first :data:`SHOWN` rows with their values, and what to do (or, ``warned``, what was done)."""
    np = require("numpy")
    positions = np.flatnonzero(bad)
    count = len(positions)
    shown = positions[:SHOWN]
    raw = values.astype(object).to_numpy()
    examples = "; ".join(
        f"{name} has {raw[pos]!r}"
        for name, pos in zip(row_names(values.index, shown, codes, noun), shown)
    )
    more = f" and {count - len(shown)} more" if count > len(shown) else ""
    head = "a value" if count == 1 else f"{count} values"
    if warned:
        tail = (
            "They are read as missing (no value); correct them in the layer if they should count."
        )
    else:
        tail = action or (
            "Correct the values or choose a field of numbers; SCB's markers for suppressed "
            f"cells ({MARKERS_TEXT}) and empty cells are read as missing."
        )
    return f"The field '{field}' has {head} that cannot be read as {what}: {examples}{more}. {tail}"


def parse_numbers(
    values,
    field: str,
    *,
    codes=None,
    noun: str = "area",
    what: str = "a number",
    action: str = "",
    warn: Optional[Callable[[str], None]] = None,
):
    """``values`` (a Series or a sequence) as a float Series with the same index.

    Missing values and SCB's markers become NaN. Other values that are not numbers raise
    :class:`InputError` (see :func:`problem_text`; ``codes``, in row order, name the rows by
    area code, ``what`` says what the field should hold, ``action`` what to do), or, with
    ``warn``, become NaN and ``warn`` gets the message once.
    """
    pd = require("pandas")
    series = as_series(values)
    result, bad = scan_numbers(series)
    if bad.any():
        message = problem_text(
            field,
            series,
            bad,
            codes=codes,
            noun=noun,
            what=what,
            action=action,
            warned=warn is not None,
        )
        if warn is None:
            raise InputError(message)
        warn(message)
    return pd.Series(result, index=series.index, name=series.name, dtype=float)


def numeric_field(
    frame,
    field: str,
    *,
    key: Optional[str] = None,
    noun: str = "area",
    what: str = "a number",
    action: str = "",
    warn: Optional[Callable[[str], None]] = None,
):
    """``frame[field]`` read by :func:`parse_numbers`; the rows are named by the codes in the
    field ``key`` where given. A missing field is an :class:`InputError` listing the fields."""
    if field not in frame.columns:
        raise InputError(
            f"The field '{field}' is not in the layer (fields: "
            f"{', '.join(map(str, frame.columns))}). Choose the field that holds {what}."
        )
    codes = frame[key] if key and key in frame.columns else None
    return parse_numbers(
        frame[field], field, codes=codes, noun=noun, what=what, action=action, warn=warn
    )


def require_not_negative(values, field: str, *, codes=None):
    """An :class:`InputError` when a count (of persons, dwellings) in ``values`` (a
    float Series, as :func:`parse_numbers` gives it) is below 0, naming the field, the rows
    (by area code where ``codes`` has one, else feature id) and their values."""
    np = require("numpy")
    series = as_series(values)
    negative = (series < 0).to_numpy()
    if not negative.any():
        return
    positions = np.flatnonzero(negative)
    shown = positions[:SHOWN]
    raw = series.to_numpy()
    examples = "; ".join(
        f"{name} has {raw[pos]:g}"
        for name, pos in zip(row_names(series.index, shown, codes), shown)
    )
    more = f" and {len(positions) - len(shown)} more" if len(positions) > len(shown) else ""
    raise InputError(
        f"The field '{field}' is a count (of persons or dwellings) but has negative values: "
        f"{examples}{more}. "
        "A count cannot be below 0: correct the values, or choose the field that holds the counts."
    )
