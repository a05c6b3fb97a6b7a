"""How many rentals would balance an area: the hyresrätt dwellings to add so that its share of
hyresrätt reaches its kommun's (METHODS.md §7, the planner's question "how many rentals would
balance them?").

With h dwellings in hyresrätt among T of known tenure and the kommun's share k (0–1), adding x
rentals gives the share (h + x) / (T + x); the smallest whole x with (h + x) / (T + x) ≥ k is

    x = ⌈(k·T − h) / (1 − k)⌉, and 0 when the area already has at least the kommun's share.

The counts are the projected ones (today's plus the counted projects) when the table has them,
else today's. The kommun's share is the sum over the kommun's areas in the area layer, and a
plan polygon's kommun is that of the area covering most of it (``main_area`` of
:func:`.planning_overlay.planning_table`).
"""

from __future__ import annotations

import math

from ..common import codes
from ..common.dependencies import require
from ..common.numbers import numeric_field
from .tenure_mix import COUNT_FIELDS, aggregate_mix

BALANCE_FIELDS = ["reference_kommun", "kommun_share_hyresratt", "rentals_to_kommun_share"]


def rentals_to_reach(hyresratt: float, known: float, share: float) -> float:
    """Smallest whole number of hyresrätt dwellings to add to ``known`` dwellings (of which
    ``hyresratt`` are rentals) so that the rental share reaches ``share`` (%). 0 when it
    already does; NaN when a count is missing, there are no dwellings, or the share is 100 %
    (never reached while other tenures exist)."""
    values = (hyresratt, known, share)
    if any(v is None or (isinstance(v, float) and math.isnan(v)) for v in values) or known <= 0:
        return float("nan")
    k = float(share) / 100.0
    if hyresratt / known >= k - 1e-12:
        return 0.0
    if k >= 1.0:
        return float("nan")
    return float(max(0, math.ceil((k * known - hyresratt) / (1.0 - k) - 1e-9)))


def kommun_mix_of(areas, area_key: str):
    """The kommun mixes summed from the areas' ``dwellings_*`` (kommun from the area codes)."""
    pd = require("pandas")
    counts = pd.DataFrame(
        {
            c: numeric_field(areas, c, key=area_key, what="a number of dwellings")
            for c in COUNT_FIELDS
        }
    )
    counts["dwellings_unknown"] = float("nan")
    kommun = areas[area_key].map(codes.kommun_of)
    return aggregate_mix(counts, kommun, name="kommunkod").set_index("kommunkod")


def rental_balance(table, areas, area_key: str):
    """Add ``reference_kommun``, ``kommun_share_hyresratt`` (%) and
    ``rentals_to_kommun_share`` to a planning table (with ``main_area`` and the tenure counts;
    see the module's text). Returns the table unchanged when the areas have no counts or
    their codes hold no kommun."""
    if "main_area" not in table.columns or not all(c in areas.columns for c in COUNT_FIELDS):
        return table
    if len(areas) and areas[area_key].map(codes.kommun_of).isna().all():
        return table  # (no areas at all: the fields are added, empty)
    kommun = kommun_mix_of(areas, area_key)
    prefix = "projected_" if f"projected_{COUNT_FIELDS[0]}" in table.columns else ""
    out = table.copy()
    ref = out["main_area"].map(lambda a: codes.kommun_of(a) if a is not None else None)
    out["reference_kommun"] = ref
    out["kommun_share_hyresratt"] = ref.map(kommun["share_hyresratt"]).astype(float)
    h = out[f"{prefix}dwellings_hyresratt"].astype(float)
    known = sum(out[f"{prefix}{c}"].astype(float) for c in COUNT_FIELDS)
    out["rentals_to_kommun_share"] = [
        rentals_to_reach(a, b, c) for a, b, c in zip(h, known, out["kommun_share_hyresratt"])
    ]
    return out
