"""Modes of public transport from GTFS ``route_type`` (METHODS.md §6).

GTFS has basic route types (0–12) and the extended types (100–1702) that Trafiklab's
GTFS Sverige 2 and GTFS Regional use. Every type maps to a mode a planner names (rail,
metro, tram, bus, ferry...). Two method-specific mappings build on it:

- the ÖV-Güteklassen stop type (A rail and metro, B tram and ferry, C bus), given as text
  that a planner can edit, e.g. ``"A: 1, 2, 100-199, 400-405; B: 0, 4, 900-906, 1000-1299;
  C: 3, 200-299, 700-799, 800"``;
- demand-responsive services (``715`` and ``1500-1599``), which are left out by default
  because they run only when booked.
"""

from __future__ import annotations

from ..common.errors import InputError
from ..common.ranges import in_ranges, parse_ranges

# (first, last, mode) — the first matching range wins; ranges follow the GTFS reference
# (basic types) and Google's extended route types.
_MODE_RANGES = (
    (0, 0, "tram"),
    (1, 1, "metro"),
    (2, 2, "rail"),
    (3, 3, "bus"),
    (4, 4, "ferry"),
    (5, 5, "cable tram"),
    (6, 6, "aerial lift"),
    (7, 7, "funicular"),
    (11, 11, "trolleybus"),
    (12, 12, "monorail"),
    (100, 199, "rail"),
    (200, 299, "coach"),
    (300, 399, "rail"),  # suburban railway in the European extended types
    (400, 699, "metro"),  # urban railway, metro, underground
    (715, 715, "demand-responsive"),
    (700, 799, "bus"),
    (800, 899, "trolleybus"),
    (900, 999, "tram"),
    (1100, 1199, "air"),
    (1000, 1299, "ferry"),  # water transport and ferries
    (1300, 1399, "aerial lift"),
    (1400, 1499, "funicular"),
    (1500, 1599, "demand-responsive"),
    (1600, 1699, "self drive"),
    (1700, 1799, "other"),
)

DEMAND_RESPONSIVE_TYPES = "715, 1500-1599"

# METHODS.md §6 step 2, written as the parameter's default text.
ARE_DEFAULT_MAPPING = (
    "A: 1, 2, 100-199, 400-405; B: 0, 4, 900-906, 1000-1299; C: 3, 200-299, 700-799, 800"
)
ARE_STOP_TYPES = ("A", "B", "C")  # from the best (rail) to the weakest (bus)


def mode_of(route_type) -> str:
    """The mode of one ``route_type`` (``"other"`` for an unknown type)."""
    try:
        value = int(route_type)
    except (TypeError, ValueError):
        return "other"
    for first, last, mode in _MODE_RANGES:
        if first <= value <= last:
            return mode
    return "other"


def modes_of(route_types):
    """Modes of an array of route types (a list of str, in the same order)."""
    return [mode_of(t) for t in route_types]


def parse_type_ranges(text: str, what: str = "route types") -> list:
    """``"715, 1500-1599"`` → ``[(715, 715), (1500, 1599)]``; raises InputError if malformed."""
    return parse_ranges(text, f"the {what}", "route type", DEMAND_RESPONSIVE_TYPES)


def parse_are_mapping(text: str) -> dict:
    """The ÖV-Güteklassen mapping text → ``{"A": [(1, 1), ...], "B": [...], "C": [...]}``.

    Groups are separated by ``;``, each ``<group>: <types and ranges>``. A route type
    listed under two groups belongs to the better one (A before B before C).
    """
    mapping = {}
    for chunk in (text or "").split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        if ":" not in chunk:
            raise InputError(
                f"'{chunk}' in the mode mapping has no group. Write it as "
                f"'A: 1, 2, 100-199; B: 0, 4; C: 3, 700-799'."
            )
        group, types = chunk.split(":", 1)
        group = group.strip().upper()
        if group not in ARE_STOP_TYPES:
            raise InputError(
                f"'{group}' in the mode mapping is not a stop type; use A (rail and metro), "
                "B (tram and ferry) or C (bus)."
            )
        mapping.setdefault(group, []).extend(parse_type_ranges(types, "mode mapping"))
    if not mapping:
        raise InputError("The mode mapping is empty; the default is: " + ARE_DEFAULT_MAPPING)
    return mapping


def are_stop_type(route_types, mapping: dict, excluded=()):
    """ÖV-Güteklassen stop type per route type: 1 (A), 2 (B), 3 (C) or 0 (not mapped or
    excluded), as an int8 numpy array."""
    import numpy as np

    values = np.asarray(route_types, dtype=np.int64)
    result = np.zeros(values.shape, dtype=np.int8)
    for rank in (3, 2, 1):  # the best group last so that it wins
        group = ARE_STOP_TYPES[rank - 1]
        if group in mapping:
            result[in_ranges(values, mapping[group])] = rank
    if excluded:
        result[in_ranges(values, excluded)] = 0
    return result
