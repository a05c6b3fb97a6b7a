"""Tenure split proposals for projects of a project layer (METHODS.md §7).

Connects :mod:`.tenure_split` with the tables of :mod:`.tenure_mix` and
:mod:`.planned_housing`: for a project, the area is the one it was assigned to (for a
polygon split across areas, the area holding its largest part, and the whole project counts
there), "other planned" is every other counted project in that area, and the default target
is the kommun's mix (the sum of the kommun's areas in the tenure table).
"""

from __future__ import annotations

from typing import Mapping, Optional

from . import codes as C
from .dependencies import require
from .errors import InputError
from .planned_housing import select_projects
from .tenure_mix import TENURES, shares_of
from .tenure_split import (
    KOMMUN_LAND_VALUES,
    SplitProposal,
    is_kommun_land,
    propose_split,
)

SPLIT_COLUMNS = [
    "project_id",
    "area",
    "dwellings",
    "kommun_land",
    *[f"planned_{t}" for t in TENURES],
    *[f"proposed_{t}" for t in TENURES],
    *[f"target_share_{t}" for t in TENURES],
    "target_source",
    "distance_before",
    "distance_planned",
    "distance_proposed",
    "split_reason",
]


def kommun_target(mix, area_key: str, area: str, kommun_column: Optional[str] = None):
    """(target shares %, description) from the kommun of ``area``: the sum of the areas of the
    same kommun in ``mix`` (by ``kommun_column``, or the first four characters of the code)."""
    keys = mix[area_key].astype(str)
    if kommun_column:
        kommuner = mix[kommun_column].astype(str)
        mine = kommuner[keys == area]
        kommun = mine.iloc[0] if len(mine) else None
    else:
        kommuner = keys.map(C.kommun_of)
        kommun = C.kommun_of(area)
    if kommun is None:
        raise InputError(
            f"The kommun of area {area} cannot be read from its code; give the kommun field or "
            "enter target shares."
        )
    rows = mix[kommuner == kommun]
    counts = {t: rows[f"dwellings_{t}"].sum(skipna=True) for t in TENURES}
    shares = shares_of(counts)
    if not shares:
        raise InputError(
            f"Kommun {kommun} has no dwellings in the tenure table; enter target shares."
        )
    return shares, f"kommun {kommun} ({len(rows)} areas, {sum(counts.values()):,.0f} dwellings)"


def propose_split_for_project(
    project_id,
    assigned,
    mix,
    area_key: str,
    target: Optional[Mapping[str, float]] = None,
    kommun_column: Optional[str] = None,
    up_to_year: Optional[int] = None,
    statuses=None,
    kommun_land: Optional[bool] = None,
    kommun_values=KOMMUN_LAND_VALUES,
    min_shares=None,
    max_shares=None,
    allowed=None,
) -> SplitProposal:
    """:func:`.tenure_split.propose_split` for one project of an assignment.

    ``kommun_land`` ``None`` reads the project's ``land_owner``: only a value in
    ``kommun_values`` ("kommun", ...) counts as the kommun's land; any other value (or none)
    means the kommun cannot set the tenure and the planned split is kept.
    """
    pid = str(project_id)
    rows = assigned[assigned["project_id"].astype(str) == pid]
    if rows.empty:
        raise InputError(f"Project {pid} is not among the assigned projects (outside every area?).")
    main = rows.sort_values(["fraction", "area"], ascending=[False, True]).iloc[0]
    area = str(main["area"])
    keys = mix[area_key].astype(str)
    if area not in set(keys):
        raise InputError(f"Area {area} of project {pid} is not in the tenure table.")
    current = {t: mix.loc[keys == area, f"dwellings_{t}"].iloc[0] for t in TENURES}
    selected, _ = select_projects(assigned, up_to_year, statuses)
    others = selected[
        (selected["area"].astype(str) == area) & (selected["project_id"].astype(str) != pid)
    ]
    other_planned = {t: float(others[f"planned_{t}"].sum()) for t in TENURES}
    planned = {t: float(rows[f"planned_{t}"].sum()) for t in TENURES}
    n = int(round(sum(planned.values())))
    if target is None:
        target, source = kommun_target(mix, area_key, area, kommun_column)
    else:
        source = "user shares"
    owner = main["land_owner"]
    if kommun_land is None:
        kommun_land = is_kommun_land(owner, kommun_values)
    proposal = propose_split(
        n, current, target, other_planned, planned, kommun_land, min_shares, max_shares, allowed
    )
    proposal.area, proposal.project_id, proposal.target_source = area, pid, source
    if (
        not kommun_land
        and owner is not None
        and str(owner).strip().lower()
        not in (
            "privat",
            "private",
            "enskild",
        )
    ):
        proposal.reason += f" (land owner '{owner}' is not marked as the kommun's land)"
    if len(rows) > 1:
        proposal.reason += (
            f" The project is split across {', '.join(sorted(rows['area'].astype(str)))}; it is "
            f"treated as lying wholly in {area}."
        )
    return proposal


def propose_splits(
    assigned,
    mix,
    area_key: str,
    project_ids=None,
    target: Optional[Mapping[str, float]] = None,
    kommun_column: Optional[str] = None,
    up_to_year: Optional[int] = None,
    statuses=None,
    min_shares=None,
    max_shares=None,
    allowed=None,
    progress=None,
):
    """One row per project (all counted projects, or ``project_ids``) with the planned and the
    proposed split, the target and the distances (columns :data:`SPLIT_COLUMNS`). A project
    whose constraints conflict keeps empty proposed values and the message in
    ``split_reason``."""
    pd = require("pandas")
    selected, _ = select_projects(assigned, up_to_year, statuses)
    ids = (
        list(dict.fromkeys(selected["project_id"].astype(str)))
        if project_ids is None
        else [str(p) for p in project_ids]
    )
    rows = []
    for i, pid in enumerate(ids):
        if progress is not None:
            progress.check()
            progress.set(100.0 * i / max(1, len(ids)))
        row = {"project_id": pid}
        try:
            p = propose_split_for_project(
                pid,
                assigned,
                mix,
                area_key,
                target,
                kommun_column,
                up_to_year,
                statuses,
                None,
                KOMMUN_LAND_VALUES,
                min_shares,
                max_shares,
                allowed,
            )
        except InputError as exc:
            row["split_reason"] = str(exc)
            rows.append(row)
            continue
        row.update(area=p.area, dwellings=p.n, kommun_land=p.kommun_land)
        for t in TENURES:
            row[f"planned_{t}"] = p.planned[t] if p.planned else None
            row[f"proposed_{t}"] = p.proposed[t] if p.proposed and p.kommun_land else None
            row[f"target_share_{t}"] = p.target[t]
        row.update(
            target_source=p.target_source,
            distance_before=p.distance_before,
            distance_planned=p.distance_planned,
            distance_proposed=p.distance_proposed if p.kommun_land else float("nan"),
            split_reason=p.reason,
        )
        rows.append(row)
    return pd.DataFrame(rows, columns=SPLIT_COLUMNS)
