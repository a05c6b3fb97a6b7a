"""Modes of public transport from GTFS ``route_type`` (METHODS.md §6).

GTFS has basic route types (0–7, 11, 12) and the extended types (100–1702) that Trafiklab's
GTFS Sverige 2 and GTFS Regional use. Every type maps to a mode a planner names (rail,
metro, tram, bus, ferry...). Two method-specific mappings build on it:

- the ÖV-Güteklassen stop type (A rail and metro, B tram and ferry, C bus), given as text
  that a planner can edit (:data:`ARE_DEFAULT_MAPPING`); every basic and extended type is in
  a group or listed in :data:`LEFT_OUT` (air services, self drive, miscellaneous);
- demand-responsive services (``715`` and ``1500-1599``), which are left out by default
  because they run only when booked; they are in group C, so that they count when a tool's
  *Count demand-responsive routes* is on.

PTAL's modes (bus, rail, metro, tram, ferry) are in :data:`PTAL_MODE_OF`.
"""

from __future__ import annotations

from ..common.errors import InputError
from ..common.ranges import in_ranges, parse_ranges

# (first, last, mode) — the first matching range wins; ranges follow the GTFS reference
# (basic types), Google's extended route types and the European HVT codes they come from
# (300 suburban railway, 500 metro, 600 underground, 1600 self drive).
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
    (405, 405, "monorail"),
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
    (1700, 1799, "other"),  # miscellaneous, 1702 horse-drawn carriage
)

DEMAND_RESPONSIVE_TYPES = "715, 1500-1599"

# METHODS.md §6 step 2, written as the parameter's default text: A rail (2, 100–199,
# 300–399), metro and monorail (1, 12, 400–699); B tram and cable tram (0, 5, 900–999),
# ferries (4, 1000–1099, 1200–1299), aerial lifts and funiculars (6, 7, 1300–1499); C bus
# (3, 700–799), trolleybus (11, 800–899), coach (200–299) and demand-responsive taxi
# services (1500–1599, left out unless they are counted).
ARE_DEFAULT_MAPPING = (
    "A: 1, 2, 12, 100-199, 300-699; "
    "B: 0, 4, 5, 6, 7, 900-999, 1000-1099, 1200-1499; "
    "C: 3, 11, 200-299, 700-899, 1500-1599"
)
ARE_STOP_TYPES = ("A", "B", "C")  # from the best (rail) to the weakest (bus)
ARE_GROUP_NAMES = {"A": "rail and metro", "B": "tram and ferry", "C": "bus"}
# The route types (basic 0–12, extended 100–1799) in no group of the default mapping, with
# why: their departures are not counted.
LEFT_OUT = (
    ((8, 10), "not GTFS route types"),
    ((1100, 1199), "air"),
    ((1600, 1699), "self drive"),
    ((1700, 1799), "miscellaneous"),
)
GTFS_TYPE_RANGES = ((0, 12), (100, 1799))  # the basic and extended route types

# PTAL's modes (TfL: bus, rail, underground, tram) for the plugin's modes: one bus mode
# with TfL's bus values, the rail-like modes with the rail values. Modes not listed (air,
# self drive, other) do not count.
PTAL_MODE_OF = {
    "bus": "bus",
    "coach": "bus",
    "trolleybus": "bus",
    "demand-responsive": "bus",  # only when they are counted
    "rail": "rail",
    "metro": "metro",
    "monorail": "metro",
    "tram": "tram",
    "cable tram": "tram",
    "aerial lift": "tram",  # assumption: TfL has none; counted like a tram
    "funicular": "tram",  # assumption, as aerial lifts
    "ferry": "ferry",  # assumption: TfL counts no river services; rail values
}


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


def ptal_mode_of(route_type) -> str:
    """PTAL's mode of one ``route_type``: bus, rail, metro, tram or ferry; ``""`` when the
    route does not count in PTAL (air, self drive, other)."""
    return PTAL_MODE_OF.get(mode_of(route_type), "")


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


# --- the mapping in words, for the log ----------------------------------------------------------
def ranges_text(numbers) -> str:
    """Whole numbers as a short list, runs of three or more as ranges: ``[1, 2, 5, 6, 7]``
    → ``"1, 2, 5-7"``."""
    values = sorted({int(n) for n in numbers})
    parts, start = [], None
    for i, value in enumerate(values):
        if start is None:
            start = value
        if i + 1 == len(values) or values[i + 1] != value + 1:
            if value - start >= 2:
                parts.append(f"{start}-{value}")
            else:
                parts.extend(str(n) for n in range(start, value + 1))
            start = None
    return ", ".join(parts)


def _gtfs_types():
    import numpy as np

    return np.concatenate([np.arange(a, b + 1) for a, b in GTFS_TYPE_RANGES])


def mapping_summary(mapping: dict, excluded=()) -> dict:
    """Where every GTFS route type (0–12, 100–1799) goes under ``mapping``: ``{"A": text,
    "B": text, "C": text, "excluded": text, "none": text}``, each the route types as ranges
    (``"1, 2, 12, 100-199"``); ``excluded`` are those of a group that are left out (e.g.
    demand-responsive), ``none`` those in no group."""
    import numpy as np

    types = _gtfs_types()
    stop_type = are_stop_type(types, mapping)
    left_out = in_ranges(types, excluded) if excluded else np.zeros(len(types), bool)
    summary = {}
    for rank, group in enumerate(ARE_STOP_TYPES, start=1):
        summary[group] = ranges_text(types[(stop_type == rank) & ~left_out])
    summary["excluded"] = ranges_text(types[(stop_type > 0) & left_out])
    summary["none"] = ranges_text(types[stop_type == 0])
    return summary


def feed_type_summary(route_types, mapping: dict, excluded=()) -> list:
    """The route types of a feed with their group: a list of ``(route_type, routes, mode,
    group)`` sorted by type; group is ``"A"``, ``"B"``, ``"C"``, ``"left out"`` (a group's
    type among ``excluded``) or ``""`` (in no group)."""
    import numpy as np

    values, counts = np.unique(np.asarray(route_types, dtype=np.int64), return_counts=True)
    ranks = are_stop_type(values, mapping)
    dropped = in_ranges(values, excluded) if excluded else np.zeros(len(values), bool)
    rows = []
    for value, count, rank, drop in zip(values, counts, ranks, dropped):
        group = "" if rank == 0 else ("left out" if drop else ARE_STOP_TYPES[rank - 1])
        rows.append((int(value), int(count), mode_of(value), group))
    return rows
