"""The one reader of lists of whole numbers and ranges a planner types: ``1, 2`` or ``1-2``,
``100-199, 400-405``, ``2019-2021``.

Items are separated by commas, semicolons or spaces; a range is two numbers joined by a dash
(``-``, ``–`` or ``—``, with or without spaces around it). Anything else, and a range that
runs backwards, is an :class:`InputError` that quotes the item and shows how to write it.
"""

from __future__ import annotations

import re

from .dependencies import require
from .errors import InputError

_DASH = re.compile(r"\s*[-–—]\s*")
_SEPARATORS = re.compile(r"[,;\s]+")
_ITEM = re.compile(r"(\d+)(?:-(\d+))?")


def parse_ranges(
    text, what: str = "list", item: str = "whole number", example: str = "1, 2 or 1-2"
) -> list:
    """``"715, 1500-1599"`` → ``[(715, 715), (1500, 1599)]``, in the order written.

    ``what`` names the list in messages (``the area types``), ``item`` one of its members
    (``route type``), ``example`` how to write it. Empty text gives an empty list.
    """
    ranges = []
    article = "an" if item[:1] in "aeiou" else "a"
    for part in _SEPARATORS.split(_DASH.sub("-", str(text or "").strip())):
        if not part:
            continue
        m = _ITEM.fullmatch(part)
        if not m:
            raise InputError(
                f"'{part}' in {what} is not {article} {item} or a range of them. Write {item}s "
                f"separated by commas and ranges with a dash, e.g. {example}."
            )
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if last < first:
            raise InputError(
                f"The range {part} in {what} runs backwards; write it as {last}-{first}."
            )
        ranges.append((first, last))
    return ranges


def expand_ranges(ranges) -> list:
    """The numbers the ranges cover, sorted, each once."""
    return sorted({n for first, last in ranges for n in range(first, last + 1)})


def parse_number_list(
    text, what: str = "list", item: str = "whole number", example: str = "1, 2 or 1-2"
) -> list:
    """``"1, 2"`` or ``"1-2"`` → ``[1, 2]`` (see :func:`parse_ranges`)."""
    return expand_ranges(parse_ranges(text, what, item, example))


def in_ranges(values, ranges):
    """Boolean numpy array: which of ``values`` (whole numbers) fall in ``ranges``."""
    np = require("numpy")
    values = np.asarray(values, dtype=np.int64)
    hit = np.zeros(values.shape, dtype=bool)
    for first, last in ranges:
        hit |= (values >= first) & (values <= last)
    return hit
