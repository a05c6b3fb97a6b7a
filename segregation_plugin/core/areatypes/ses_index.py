"""The socioeconomic index of Delmos/SCB (METHODS.md §3): V1, V2, V3 and their mean.

- V1: share (%) of persons with low economic standard.
- V2: share (%) of persons whose highest education is förgymnasial (20–64 officially; SCB
  publishes 25–64 at DeSO level — the age group used is recorded).
- V3: share (%) of persons 20–64 with economic assistance ≥ 10 months and/or unemployed
  > 6 months (official, RegSO only), or a proxy (default: unemployed share of persons 16–64).
- Index = (V1 + V2 + V3) / 3, unweighted, in percentage points.

Each variable comes either from a share column in percent or from a numerator/denominator
pair of counts. For areas built from smaller ones (RegSO from DeSO, own districts) pass the
summed counts: the share is then sum(numerators) / sum(denominators), never an average of
shares. An area with a missing or unusable input gets no value and a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import parse_numbers

V1, V2, V3 = "V1", "V2", "V3"
V1_DEFINITION = "persons (all ages) with low economic standard (below 60 % of the national median)"
V2_DEFINITION = "persons whose highest education is förgymnasial"
V3_PROXY_UNEMPLOYED = "proxy: unemployed share of persons 16–64 (labour-market status)"
V3_OFFICIAL = (
    "official: persons 20–64 with economic assistance ≥ 10 months and/or unemployed > 6 months"
)
V2_AGE_OFFICIAL = "20–64"
V2_AGE_DESO = "25–64"
AGE_NOT_STATED = "not stated"
INDEX_OFFICIAL = "(V1 + V2 + V3) / 3"
INDEX_WITHOUT_V3 = "(V1 + V2) / 2 — V3 not given: not the official index"

_AGE_RANGE = re.compile(r"(?<!\d)(\d{2})\s*[-–]\s*(\d{2})(?!\d)")


@dataclass(frozen=True)
class Indicator:
    """Where one variable comes from: a share in percent, or counts (numerator/denominator).

    ``Indicator.share("low_econ_pct")`` or ``Indicator.counts("forgym", "persons_25_64")``.
    """

    share_field: Optional[str] = None
    numerator_field: Optional[str] = None
    denominator_field: Optional[str] = None

    @classmethod
    def share(cls, field: str) -> Indicator:
        return cls(share_field=field)

    @classmethod
    def counts(cls, numerator: str, denominator: str) -> Indicator:
        return cls(numerator_field=numerator, denominator_field=denominator)

    @property
    def fields(self) -> tuple[str, ...]:
        if self.share_field:
            return (self.share_field,)
        return (self.numerator_field, self.denominator_field)

    def describe(self) -> str:
        if self.share_field:
            return f"share field '{self.share_field}' (%)"
        return f"100 × '{self.numerator_field}' / '{self.denominator_field}'"

    def validate(self, label: str, columns) -> None:
        if bool(self.share_field) == bool(self.numerator_field or self.denominator_field):
            raise InputError(
                f"{label}: give either a share field (%) or a numerator and a denominator field."
            )
        if not self.share_field and not (self.numerator_field and self.denominator_field):
            raise InputError(f"{label}: give both the numerator and the denominator field.")
        missing = [f for f in self.fields if f not in columns]
        if missing:
            raise InputError(
                f"{label}: the field(s) {', '.join(map(repr, missing))} are not in the layer "
                f"(fields: {', '.join(map(str, columns))}). Choose the field(s) holding {label}."
            )


def require_areas(frame, label: str = "area layer", doing: str = "work with") -> None:
    """An empty layer is ordinary input, but an index, type or measure of no areas means
    nothing: refuse it with a message saying so (never a traceback deeper down)."""
    if frame is not None and not len(frame):
        raise InputError(
            f"The {label} has no features: there is nothing to {doing}. Choose a layer with "
            "areas (is a filter or a selection hiding them?)."
        )


def numeric_column(frame, field: str, label: str, codes=None):
    """``frame[field]`` as float: missing and SCB's markers for suppressed cells are NaN
    (METHODS.md §2), other text is an :class:`InputError` naming the field and the rows (by
    ``codes``, in row order, where given)."""
    return parse_numbers(frame[field], field, codes=codes, what=f"a number ({label})")


def indicator_values(frame, indicator: Indicator, label: str):
    """(percent, reason) for every row: percent is NaN where the value cannot be used and
    reason says why ('' where the value is fine)."""
    np = require("numpy")
    indicator.validate(label, frame.columns)
    n = len(frame)
    reason = np.full(n, "", dtype=object)
    if indicator.share_field:
        field = indicator.share_field
        pct = numeric_column(frame, field, label).to_numpy(copy=True)
        missing = np.isnan(pct)
        reason[missing] = (
            f"{label} missing: '{field}' is empty (suppressed in the SCB export or no statistics "
            "for this area)"
        )
        invalid = ~missing & ((pct < 0) | (pct > 100))
        reason[invalid] = f"{label} invalid: '{field}' is outside 0–100 %"
        pct[invalid] = np.nan
        return pct, reason
    num_f, den_f = indicator.numerator_field, indicator.denominator_field
    num = numeric_column(frame, num_f, label).to_numpy()
    den = numeric_column(frame, den_f, label).to_numpy()
    pct = np.full(n, np.nan)
    missing_num, missing_den = np.isnan(num), np.isnan(den)
    reason[missing_den] = (
        f"{label} missing: '{den_f}' is empty (suppressed in the SCB export or no statistics "
        "for this area)"
    )
    reason[missing_num & ~missing_den] = (
        f"{label} missing: '{num_f}' is empty (suppressed in the SCB export or no statistics "
        "for this area)"
    )
    ok = ~missing_num & ~missing_den
    zero = ok & (den <= 0)
    reason[zero] = f"{label} missing: '{den_f}' is 0 (nobody in the group)"
    invalid = ok & ~zero & ((num < 0) | (num > den))
    reason[invalid] = f"{label} invalid: '{num_f}' is negative or larger than '{den_f}'"
    good = ok & ~zero & ~invalid
    pct[good] = 100.0 * num[good] / den[good]
    return pct, reason


def guess_age_group(texts: Iterable) -> Optional[str]:
    """The age range named in field names or a table title ('20-64' → '20–64'), or None."""
    for text in texts:
        if not text:
            continue
        m = _AGE_RANGE.search(str(text))
        if m:
            return f"{m.group(1)}–{m.group(2)}"
    return None


def compute_index(frame, v1: Indicator, v2: Indicator, v3: Optional[Indicator] = None):
    """V1, V2, V3 in percent and the index, with a reason per area where it is missing.

    Returns a DataFrame indexed like ``frame`` with the columns ``v1_low_econ_pct``,
    ``v2_low_edu_pct``, ``v3_pct``, ``ses_index`` and ``type_reason`` (empty string where
    the index could be computed). Without ``v3`` the index is (V1 + V2) / 2, which is not
    the official index; :data:`INDEX_WITHOUT_V3` says so.
    """
    np = require("numpy")
    pd = require("pandas")
    p1, r1 = indicator_values(frame, v1, V1)
    p2, r2 = indicator_values(frame, v2, V2)
    if v3 is not None:
        p3, r3 = indicator_values(frame, v3, V3)
        index = (p1 + p2 + p3) / 3.0
    else:
        p3, r3 = np.full(len(frame), np.nan), np.full(len(frame), "", dtype=object)
        index = (p1 + p2) / 2.0
    reasons = [
        "; ".join(r for r in parts if r) for parts in zip(r1.tolist(), r2.tolist(), r3.tolist())
    ]
    return pd.DataFrame(
        {
            "v1_low_econ_pct": p1,
            "v2_low_edu_pct": p2,
            "v3_pct": p3,
            "ses_index": index,
            "type_reason": reasons,
        },
        index=frame.index,
    )
