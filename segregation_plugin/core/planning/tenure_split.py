"""Tenure split proposal for a planned project (METHODS.md §7).

For a project of N dwellings in an area, the plugin proposes the whole-number split
(h, b, a), h + b + a = N, that brings the area's projected mix — today's dwellings, the other
counted projects in the area and this project — closest to a target mix (the kommun's mix by
default, or shares the user enters).

Distance. The distance between a mix with shares s (in %) and the target t (in %) is the
Euclidean distance in percentage points, d = √Σ(sᵢ − tᵢ)². The proposal minimises d.

Exact optimum. With B the dwellings before the project and T = ΣB + N the (fixed) total after
it, d² = Σ((Bᵢ + xᵢ)/T·100 − tᵢ)² = (100/T)² · Σ(xᵢ − gᵢ)² with gᵢ = T·tᵢ/100 − Bᵢ. Minimising
a separable convex function under Σxᵢ = N and bounds Lᵢ ≤ xᵢ ≤ Uᵢ is a resource-allocation
problem: the optimum takes the N smallest marginal costs 2(k − gᵢ) + 1 of adding the k-th
dwelling of tenure i. It is found from the continuous solution xᵢ = clip(gᵢ + λ, Lᵢ, Uᵢ)
(rounded down), by adding the few remaining dwellings one at a time where they cost least,
and confirmed by checking that no move of one dwelling between two tenures lowers d (for
separable convex costs this local test proves the global optimum). The work does not grow
with N. Ties are broken in the order hyresrätt, bostadsrätt, äganderätt.

Constraints. The kommun can set tenure only on its own land: on private land the split is
the developer's, so the planned split is returned with that reason. Minimum and maximum shares
of the project (e.g. a minimum rental share agreed with a builder) and allowed tenures become
whole-dwelling bounds (a minimum is rounded up, a maximum down); constraints that cannot all
hold raise :class:`ConstraintConflict` naming them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Optional

from ..common.dependencies import require
from ..common.errors import InputError
from .tenure_mix import TENURES, dominant_of, entropy_of, shares_of, tenure_id, tenure_name

KOMMUN_LAND_VALUES = ("kommun", "kommunen", "kommunal", "kommunägd", "municipal", "municipality")
# Entered target shares must add up to 100 % within this many percentage points, inclusive
# (shares rounded to one decimal, e.g. 47.7 + 18.1 + 34.7 = 100.5, are accepted); they are then
# scaled to exactly 100. The sum is compared after rounding to SHARE_DECIMALS decimals, so the
# binary rounding of floating point (47.7 + 18.1 + 34.7 = 100.50000000000001) cannot push a
# sum on the limit outside it.
TARGET_TOLERANCE = 0.5
SHARE_DECIMALS = 6


class ConstraintConflict(InputError):
    """The constraints on a split cannot all hold; the message names them."""


def is_kommun_land(value, kommun_values=KOMMUN_LAND_VALUES) -> bool:
    """True when a land-owner value says the kommun owns the land (case ignored)."""
    return value is not None and str(value).strip().lower() in {v.lower() for v in kommun_values}


def distance(counts: Mapping[str, float], target: Mapping[str, float]) -> float:
    """Euclidean distance (percentage points) between the mix of ``counts`` and target shares
    (%); NaN without dwellings."""
    shares = shares_of(counts)
    if not shares:
        return float("nan")
    return math.sqrt(sum((shares[t] - target[t]) ** 2 for t in TENURES))


def _by_tenure(values: Optional[Mapping], what: str) -> dict:
    out = {}
    for k, v in (values or {}).items():
        t = tenure_id(k)
        if t is None:
            raise InputError(
                f"'{k}' in the {what} is not a tenure; use hyresrätt, bostadsrätt or äganderätt."
            )
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            out[t] = float(v)
    return out


def _check_range(shares: dict, what: str):
    """Every share between 0 and 100 %, else an error naming the tenure and the value."""
    for t in TENURES:
        if t in shares and not 0.0 <= shares[t] <= 100.0:
            raise InputError(
                f"The {what} of {tenure_name(t)} is {shares[t]:g} %; a share must be between "
                "0 and 100 %."
            )


def normalise_target(target: Mapping[str, float]) -> dict:
    """Target shares (%) by tenure, checked to lie between 0 and 100 and to add up to 100
    within :data:`TARGET_TOLERANCE` percentage points (inclusive: 100.5 and 99.5 pass), and
    scaled to exactly 100."""
    shares = _by_tenure(target, "target")
    shares = {t: shares.get(t, 0.0) for t in TENURES}
    _check_range(shares, "target share")
    total = sum(shares.values())
    if abs(round(total, SHARE_DECIMALS) - 100.0) > TARGET_TOLERANCE:
        text = ", ".join(f"{tenure_name(t)} {shares[t]:g} %" for t in TENURES)
        raise InputError(
            f"The target shares add up to {round(total, SHARE_DECIMALS):g} %, not 100 % "
            f"({text}); they may differ from 100 by at most {TARGET_TOLERANCE:g} percentage "
            "points (for rounding). Correct the shares."
        )
    return {t: v * 100.0 / total for t, v in shares.items()}


def _bounds(n: int, min_shares, max_shares, allowed):
    mins = _by_tenure(min_shares, "minimum shares")
    maxs = _by_tenure(max_shares, "maximum shares")
    _check_range(mins, "minimum share")
    _check_range(maxs, "maximum share")
    allowed_ids = None
    if allowed is not None:
        allowed_ids = set()
        for name in allowed:
            t = tenure_id(name)
            if t is None:
                raise InputError(f"'{name}' among the allowed tenures is not a tenure.")
            allowed_ids.add(t)
    lower, upper, words = {}, {}, []
    for t in TENURES:
        lower[t] = max(0, math.ceil(mins.get(t, 0.0) / 100.0 * n - 1e-9))
        upper[t] = min(n, math.floor(maxs.get(t, 100.0) / 100.0 * n + 1e-9))
        if t in mins and mins[t] > 0:
            words.append(f"{tenure_name(t)} ≥ {mins[t]:g} % ({lower[t]:,} dwellings)")
        if t in maxs and maxs[t] < 100:
            words.append(f"{tenure_name(t)} ≤ {maxs[t]:g} % ({upper[t]:,} dwellings)")
        if allowed_ids is not None and t not in allowed_ids:
            upper[t] = 0
            words.append(f"{tenure_name(t)} not allowed")
    conflicts = []
    for t in TENURES:
        if lower[t] > upper[t]:
            why = (
                "is not allowed"
                if allowed_ids is not None and t not in allowed_ids
                else (f"may be at most {maxs.get(t, 100.0):g} % ({upper[t]:,} dwellings)")
            )
            conflicts.append(
                f"{tenure_name(t)} must be at least {mins[t]:g} % ({lower[t]:,} dwellings) but {why}"
            )
    if conflicts:
        raise ConstraintConflict("The constraints conflict: " + "; ".join(conflicts) + ".")
    if sum(lower.values()) > n:
        parts = [f"{tenure_name(t)} ≥ {lower[t]:,}" for t in TENURES if lower[t] > 0]
        raise ConstraintConflict(
            f"The minimum shares need {sum(lower.values()):,} dwellings ({', '.join(parts)}) but "
            f"the project has {n:,}. Lower a minimum share."
        )
    if sum(upper.values()) < n:
        parts = [
            f"{tenure_name(t)} {'not allowed' if upper[t] == 0 else f'≤ {upper[t]:,}'}"
            for t in TENURES
        ]
        raise ConstraintConflict(
            f"The allowed tenures and maximum shares leave room for only "
            f"{sum(upper.values()):,} of the project's {n:,} dwellings ({', '.join(parts)}). "
            "Allow another tenure or raise a maximum share."
        )
    return lower, upper, words


def best_split(n: int, base: Mapping[str, float], target: Mapping[str, float], lower, upper):
    """The integer split of ``n`` (dict by tenure) minimising the distance of
    ``base + split`` to ``target`` within ``lower``/``upper`` (see the module's text)."""
    total = sum(float(base[t]) for t in TENURES) + n
    g = {t: total * target[t] / 100.0 - float(base[t]) for t in TENURES}

    def filled(lam):
        return sum(min(upper[t], max(lower[t], g[t] + lam)) for t in TENURES)

    lo = min(lower[t] - g[t] for t in TENURES) - 1.0
    hi = max(upper[t] - g[t] for t in TENURES) + 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if filled(mid) < n:
            lo = mid
        else:
            hi = mid
    x = {t: int(min(upper[t], max(lower[t], math.floor(g[t] + lo)))) for t in TENURES}

    def add_cost(t):  # cost of one more dwelling of tenure t
        return 2 * (x[t] - g[t]) + 1

    def remove_gain(t):  # saving from one dwelling fewer of tenure t
        return 2 * (x[t] - g[t]) - 1

    while sum(x.values()) < n:
        t = min((t for t in TENURES if x[t] < upper[t]), key=add_cost)
        x[t] += 1
    while sum(x.values()) > n:
        t = max((t for t in TENURES if x[t] > lower[t]), key=remove_gain)
        x[t] -= 1
    for _ in range(3 * len(TENURES) + n):  # local exchanges; prove optimality
        givers = [t for t in TENURES if x[t] > lower[t]]
        takers = [t for t in TENURES if x[t] < upper[t]]
        if not givers or not takers:
            break
        give = max(givers, key=remove_gain)
        take = min(takers, key=add_cost)
        if give == take or remove_gain(give) - add_cost(take) <= 1e-9:
            break
        x[give] -= 1
        x[take] += 1
    return x


@dataclass
class SplitProposal:
    """A proposed split and the area's mix before, after as planned and after the proposal."""

    n: int
    target: dict
    before: dict
    proposed: Optional[dict]
    planned: Optional[dict] = None
    kommun_land: bool = True
    reason: str = ""
    constraints: list = field(default_factory=list)
    area: Optional[str] = None
    project_id: Optional[str] = None
    target_source: str = "user shares"

    def after(self, split: Optional[Mapping]) -> Optional[dict]:
        if split is None:
            return None
        return {t: self.before[t] + split.get(t, 0) for t in TENURES}

    @property
    def distance_before(self) -> float:
        return distance(self.before, self.target)

    @property
    def distance_planned(self) -> float:
        after = self.after(self.planned)
        return distance(after, self.target) if after else float("nan")

    @property
    def distance_proposed(self) -> float:
        after = self.after(self.proposed)
        return distance(after, self.target) if after else float("nan")

    def table(self):
        """Rows ``target``, ``before``, ``after as planned``, ``after proposed split`` with
        ``dwellings_*``, ``share_*`` (%), ``dominant_tenure``, ``dominant_share``,
        ``tenure_entropy`` and ``distance_to_target`` (percentage points)."""
        pd = require("pandas")
        rows = [{"state": "target", **{f"share_{t}": self.target[t] for t in TENURES}}]
        for state, counts in (
            ("before", self.before),
            ("after as planned", self.after(self.planned)),
            ("after proposed split", self.after(self.proposed)),
        ):
            row = {"state": state}
            if counts is not None:
                shares = shares_of(counts)
                dom, top = dominant_of(counts)
                row.update({f"dwellings_{t}": counts[t] for t in TENURES})
                row.update({f"share_{t}": shares.get(t, float("nan")) for t in TENURES})
                row["dominant_tenure"] = ", ".join(tenure_name(t) for t in dom) or None
                row["dominant_share"] = top
                row["tenure_entropy"] = entropy_of(counts)
                row["distance_to_target"] = distance(counts, self.target)
            rows.append(row)
        return pd.DataFrame(rows)


def propose_split(
    n: int,
    current: Mapping[str, float],
    target: Mapping[str, float],
    other_planned: Optional[Mapping[str, float]] = None,
    planned: Optional[Mapping[str, float]] = None,
    kommun_land: bool = True,
    min_shares: Optional[Mapping[str, float]] = None,
    max_shares: Optional[Mapping[str, float]] = None,
    allowed=None,
) -> SplitProposal:
    """Propose the split of a project of ``n`` dwellings (see the module's text).

    ``current`` and ``other_planned`` are dwellings by tenure in the area (today, and in the
    other counted projects); ``planned`` the project's own planned split; ``target`` shares in
    % (e.g. the kommun's mix). ``min_shares``/``max_shares`` are shares (%) of the project by
    tenure (a minimum rental share agreed with a builder is ``{"hyresrätt": 30}``);
    ``allowed`` the tenures that may be used. Dict keys may be ``hyresratt`` or ``hyresrätt``.
    Raises :class:`ConstraintConflict` when the constraints cannot all hold.
    """
    if n is None or float(n) != int(n) or int(n) <= 0:
        raise InputError(
            f"The project's number of dwellings must be a whole number above 0, not {n!r}."
        )
    n = int(n)
    target = normalise_target(target)
    now = _by_tenure(current, "current dwellings")
    others = _by_tenure(other_planned, "other planned dwellings")
    for t in TENURES:
        if t not in now:
            raise InputError(
                f"The area's number of {tenure_name(t)} is missing (suppressed?); a split "
                "cannot be proposed without today's mix."
            )
    before = {t: now[t] + others.get(t, 0.0) for t in TENURES}
    own = None
    if planned is not None:
        own = {t: _by_tenure(planned, "planned split").get(t, 0.0) for t in TENURES}
        if abs(sum(own.values()) - n) > 1e-6:
            raise InputError(
                f"The planned split adds up to {sum(own.values()):,.0f} dwellings, not the "
                f"project's {n:,}."
            )
    if not kommun_land:
        reason = (
            "On private land the tenure is the developer's; the kommun cannot set it, so the "
            "planned split is shown and no split is proposed."
        )
        return SplitProposal(n, target, before, own, own, False, reason)
    lower, upper, words = _bounds(n, min_shares, max_shares, allowed)
    proposed = best_split(n, before, target, lower, upper)
    text = ", ".join(f"{proposed[t]:,} {tenure_name(t)}" for t in TENURES)
    reason = f"Proposed {text}: the split closest to the target"
    reason += f" within {', '.join(words)}." if words else "."
    return SplitProposal(n, target, before, proposed, own, True, reason, words)
