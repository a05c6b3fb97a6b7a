"""Projected tenure mix after planned housing, and flags for one-sided areas (METHODS.md §7).

The projected mix of an area is its current dwellings by tenure plus the planned dwellings of
the projects assigned to it (:mod:`.planned_housing`) that start up to a chosen year (and,
optionally, have one of the chosen statuses).

Flag rule. An area is *one-sided* when its dominant share is at least the threshold (70 % by
default; exactly 70 % counts). Each counted project is judged against the area's mix *before*
it: today's dwellings plus the counted projects in the same area that start in an earlier
year (projects starting the same year are judged side by side, not one after the other).

- ``reinforces``: the area is one-sided before, and the project raises the dominant tenure's
  share (or turns the area one-sided the other way);
- ``makes_one_sided``: the area is not one-sided before (or has no dwellings yet) and is after
  the project, whose dwellings raised the new dominant share;
- ``balancing``: the area is one-sided before and the project lowers the dominant share
  (without making the area one-sided in another tenure);
- empty: none of these.

The reason is written in plain words, e.g. "Adds 120 hyresrätt to 9901C1040 where hyresrätt
is already 82 % of 1,450 dwellings; after the project 85 %".
"""

from __future__ import annotations

from typing import Optional

from ..common.dependencies import require
from ..common.errors import InputError
from .planned_housing import PLANNED_FIELDS, select_projects
from .tenure_mix import (
    COUNT_FIELDS,
    ONE_SIDED_THRESHOLD,
    TENURES,
    dominant_in,
    mix_measures,
    shares_of,
    tenure_id,
    tenure_name,
)

REINFORCES, MAKES_ONE_SIDED, BALANCING = "reinforces", "makes_one_sided", "balancing"
FLAG_COLUMNS = [
    "project_id",
    "area",
    "start_year",
    "status",
    "land_owner",
    *PLANNED_FIELDS,
    "planned_total",
    "before_dwellings",
    "before_dominant_tenure",
    "before_dominant_share",
    "after_dwellings",
    "after_share_of_before_dominant",
    "after_dominant_tenure",
    "after_dominant_share",
    "flag",
    "flag_reason",
]


def _check_mix(mix, area_key: str):
    if area_key not in mix.columns:
        raise InputError(f"The tenure table has no field '{area_key}'. Choose its code field.")
    missing = [c for c in COUNT_FIELDS if c not in mix.columns]
    if missing:
        raise InputError(
            f"The tenure table has no {', '.join(missing)}: compute the tenure mix first."
        )
    keys = mix[area_key].astype(str)
    if keys.duplicated().any():
        dup = keys[keys.duplicated()].iloc[0]
        raise InputError(f"The area {dup} occurs more than once in the tenure table.")
    return keys


def projected_mix(mix, assigned, area_key: str, up_to_year: Optional[int] = None, statuses=None):
    """The current mix plus the counted projects (see :func:`.planned_housing.select_projects`).

    ``mix`` is a :func:`.tenure_mix.tenure_mix` table with the area key in ``area_key``;
    ``assigned`` the ``assigned`` table of an assignment. Returns ``mix`` with
    ``planned_*`` and ``planned_total`` (counted dwellings), ``projects`` (number counted),
    ``projected_dwellings_*`` (hyresratt, bostadsratt, aganderatt, known),
    ``projected_share_*``, ``projected_dominant_tenure``, ``projected_dominant_share``,
    ``projected_tenure_entropy`` and ``projected_mix_note``. Areas that have projects but no row
    in ``mix`` are appended with missing current counts and a note.
    """
    pd = require("pandas")
    keys = _check_mix(mix, area_key)
    selected, _ = select_projects(assigned, up_to_year, statuses)
    numbers = selected[PLANNED_FIELDS + ["planned_total"]].astype(float)
    sums = numbers.groupby(selected["area"].astype(str)).sum()
    counts = selected.groupby("area")["project_id"].nunique()
    out = mix.copy()
    extra = sorted(set(sums.index) - set(keys))
    if extra:
        add = pd.DataFrame({area_key: extra})
        add["mix_note"] = "no current tenure counts for this area (not in the tenure table)"
        out = pd.concat([out, add], ignore_index=True)
        keys = out[area_key].astype(str)
    for col in PLANNED_FIELDS + ["planned_total"]:
        out[col] = keys.map(sums[col]).fillna(0.0).to_numpy()
    out["projects"] = keys.map(counts).fillna(0).astype(int).to_numpy()
    projected = pd.DataFrame(index=out.index)
    for t in TENURES:
        projected[f"dwellings_{t}"] = out[f"dwellings_{t}"] + out[f"planned_{t}"]
    for t in TENURES:
        out[f"projected_dwellings_{t}"] = projected[f"dwellings_{t}"]
    out["projected_dwellings_known"] = projected[COUNT_FIELDS].sum(axis=1, min_count=3)
    out.loc[projected[COUNT_FIELDS].isna().any(axis=1), "projected_dwellings_known"] = float("nan")
    measures = mix_measures(projected, prefix="projected_")
    for col in measures.columns:
        out[col] = measures[col]
    return out


def _pcts(values, threshold: float) -> list:
    """Shares for a sentence: whole percent, or one or two decimals when rounding would hide a
    difference between them or which side of the threshold one is on."""
    for decimals in (0, 1, 2):
        texts = [f"{v:.{decimals}f}" for v in values]
        distinct = len(set(texts)) == len({round(v, 6) for v in values})
        sides = all(
            (float(t) >= threshold) == (v >= threshold - 1e-9) for t, v in zip(texts, values)
        )
        if distinct and sides:
            break
    return [f"{t} %" for t in texts]


def _adds(planned: dict) -> str:
    parts = [f"{planned[t]:,.0f} {tenure_name(t)}" for t in TENURES if planned[t] > 0]
    return ", ".join(parts)


def judge_project(before: dict, planned: dict, threshold: float = ONE_SIDED_THRESHOLD):
    """(flag, details) for adding ``planned`` to an area with counts ``before`` (dicts by
    tenure). ``details`` has the before/after dominant tenure and shares."""
    after = {t: float(before.get(t, 0) or 0) + float(planned.get(t, 0) or 0) for t in TENURES}
    shares_before = shares_of(before)
    shares_after = shares_of(after)
    dom_before, top_before = dominant_in(shares_before)
    dom_after, top_after = dominant_in(shares_after)
    details = {
        "before_dominant_tenure": ", ".join(tenure_name(t) for t in dom_before) or None,
        "before_dominant_share": top_before,
        "after_dominant_tenure": ", ".join(tenure_name(t) for t in dom_after) or None,
        "after_dominant_share": top_after,
        "after_share_of_before_dominant": float("nan"),
    }
    if not shares_after:
        return None, details
    one_sided_after = top_after >= threshold - 1e-9
    if shares_before and top_before >= threshold - 1e-9:
        main = dom_before[0]
        details["after_share_of_before_dominant"] = shares_after[main]
        if one_sided_after and main not in dom_after:
            return REINFORCES, details  # one-sided the other way
        if shares_after[main] > shares_before[main] + 1e-9:
            return REINFORCES, details
        if shares_after[main] < shares_before[main] - 1e-9:
            return BALANCING, details
        return None, details
    if one_sided_after:
        new = dom_after[0]
        if planned.get(new, 0) > 0 and shares_after[new] > shares_before.get(new, 0.0) + 1e-9:
            return MAKES_ONE_SIDED, details
    return None, details


def _reason(flag, area, before, planned, details, threshold, earlier: float) -> str:
    if flag is None:
        return ""
    n_before = sum(float(before.get(t, 0) or 0) for t in TENURES)
    base = f"{n_before:,.0f} dwellings"
    if earlier > 0:
        base += f" (today's {n_before - earlier:,.0f} plus {earlier:,.0f} in earlier projects)"
    adds = f"Adds {_adds(planned)} to {area}"
    new = details["after_dominant_tenure"]
    rule = f"one-sided: ≥ {threshold:g} %"
    if flag == MAKES_ONE_SIDED:
        if n_before <= 0:
            (after,) = _pcts([details["after_dominant_share"]], threshold)
            return (
                f"{adds}, which has no dwellings today; after the project {new} is {after} ({rule})"
            )
        was, after = _pcts(
            [shares_of(before).get(tenure_id(_first(new)), 0.0), details["after_dominant_share"]],
            threshold,
        )
        return f"{adds} where {new} is {was} of {base}; after the project {after} ({rule})"
    dom = details["before_dominant_tenure"]
    was, after, other = _pcts(
        [
            details["before_dominant_share"],
            details["after_share_of_before_dominant"],
            details["after_dominant_share"],
        ],
        threshold,
    )
    if flag == REINFORCES and _first(dom) not in new:
        return (
            f"{adds} where {dom} is {was} of {base}; after the project {new} is {other}: "
            "one-sided the other way"
        )
    if flag == REINFORCES:
        return f"{adds} where {dom} is already {was} of {base}; after the project {after}"
    still = ", still one-sided" if details["after_dominant_share"] >= threshold - 1e-9 else ""
    return f"{adds} where {dom} is {was} of {base}; after the project {after} (balancing{still})"


def _first(names: Optional[str]) -> str:
    return (names or "").split(", ")[0]


def _records(frame) -> list:
    """``frame.to_dict("records")`` (Python's own values), a column at a time."""
    columns = list(frame.columns)
    values = [frame[c].tolist() for c in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def flag_projects(
    mix,
    assigned,
    area_key: str,
    up_to_year: Optional[int] = None,
    statuses=None,
    threshold: float = ONE_SIDED_THRESHOLD,
):
    """One row per counted project (part) with its area's mix before and after and the flag
    (see the module's text). ``threshold`` is the dominant share (%) from which an area is
    one-sided. An area with no dwellings today (zeros in ``mix``) is judged on the projects
    alone; an area with suppressed counts or without a row in ``mix`` is not judged, and the
    reason says so."""
    pd = require("pandas")
    keys = _check_mix(mix, area_key)
    current = dict(zip(keys, _records(mix[COUNT_FIELDS])))  # keys are unique
    selected, _ = select_projects(assigned, up_to_year, statuses)
    by_area: dict = {}
    for rec in _records(selected.assign(area=selected["area"].astype(str))):
        by_area.setdefault(rec["area"], []).append(rec)
    rows = []
    for area in sorted(by_area):
        group = by_area[area]
        if area in current:
            today = {t: current[area][f"dwellings_{t}"] for t in TENURES}
            unjudged = (
                "has suppressed tenure counts" if any(pd.isna(v) for v in today.values()) else ""
            )
        else:
            today = dict.fromkeys(TENURES, 0.0)
            unjudged = "is not in the tenure table"
        for proj in group:
            planned = {t: float(proj[f"planned_{t}"]) for t in TENURES}
            year = proj["start_year"]
            earlier = dict.fromkeys(TENURES, 0.0)
            if not pd.isna(year):
                for other in group:
                    if not pd.isna(other["start_year"]) and other["start_year"] < year:
                        for t in TENURES:
                            earlier[t] += float(other[f"planned_{t}"])
            row = {c: proj[c] for c in ("project_id", "start_year", "status", "land_owner")}
            row.update({c: proj[c] for c in PLANNED_FIELDS + ["planned_total"]})
            row["area"] = area
            if unjudged:
                row.update(flag=None, flag_reason=f"{area} {unjudged}; not judged")
                rows.append(row)
                continue
            before = {t: float(today[t]) + earlier[t] for t in TENURES}
            flag, details = judge_project(before, planned, threshold)
            row.update(details)
            row["before_dwellings"] = sum(before.values())
            row["after_dwellings"] = row["before_dwellings"] + sum(planned.values())
            row["flag"] = flag
            row["flag_reason"] = _reason(
                flag, area, before, planned, details, threshold, sum(earlier.values())
            )
            rows.append(row)
    out = pd.DataFrame(rows, columns=FLAG_COLUMNS)
    out["start_year"] = out["start_year"].astype("Int64")
    return out
