"""Tenure split proposals for projects of a project layer (METHODS.md §7).

Connects :mod:`.tenure_split` with the tables of :mod:`.tenure_mix` and
:mod:`.planned_housing`: for a project, the area is the one it was assigned to (for a
polygon split across areas, the area holding its largest part, and the whole project counts
there), "other planned" is every other counted project in that area, and the default target
is the kommun's mix (the sum of the kommun's areas in the tenure table).
"""

from __future__ import annotations

from typing import Mapping, Optional

from ..common import codes as C
from ..common.dependencies import require
from ..common.errors import InputError
from .planned_housing import select_projects
from .tenure_mix import TENURES, shares_of
from .tenure_split import KOMMUN_LAND_VALUES, SplitProposal, is_kommun_land, propose_split

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


def _kommun_sums(mix, area_key: str, kommun_column: Optional[str]):
    """(today's counts indexed by area, kommun of each area, counts and areas per kommun)."""
    keys = mix[area_key].astype(str)
    current = mix.set_index(keys)[[f"dwellings_{t}" for t in TENURES]]
    current = current[~current.index.duplicated()]
    if kommun_column:
        if kommun_column not in mix.columns:
            raise InputError(f"The tenure table has no field '{kommun_column}'.")
        kommun_by_area = dict(zip(keys, mix[kommun_column].astype(str)))
    else:
        kommun_by_area = {k: C.kommun_of(k) for k in current.index}
    kommuner = current.index.map(lambda k: kommun_by_area.get(k) or "")
    # an area with a suppressed count is left out wholly, as in tenure_mix.aggregate_mix:
    # summing its other tenures would bias the kommun's shares against the suppressed one
    complete = current.notna().all(axis=1).to_numpy()
    sums = current[complete].groupby(kommuner[complete]).sum()
    sums = sums.reindex(sorted(set(kommuner)))
    sums["areas"] = current[complete].groupby(kommuner[complete]).size().reindex(sums.index)
    sums["areas"] = sums["areas"].fillna(0).astype(int)
    left_out = current[~complete].groupby(kommuner[~complete]).size()
    sums["areas_left_out"] = left_out.reindex(sums.index).fillna(0).astype(int)
    return current, kommun_by_area, sums


def _target_for(kommun_by_area, sums, area: str):
    kommun = kommun_by_area.get(area)
    if not kommun or kommun not in sums.index:
        raise InputError(
            f"The kommun of area {area} cannot be read from its code; give the kommun field or "
            "enter target shares."
        )
    counts = {t: float(sums.at[kommun, f"dwellings_{t}"]) for t in TENURES}
    shares = shares_of({t: v for t, v in counts.items() if v == v})
    if not shares:
        raise InputError(
            f"Kommun {kommun} has no dwellings in the tenure table; enter target shares."
        )
    total = sum(v for v in counts.values() if v == v)
    left = int(sums.at[kommun, "areas_left_out"])
    note = f"; {left} left out for suppressed counts" if left else ""
    areas = sums.at[kommun, "areas"]
    return shares, f"kommun {kommun} ({areas} areas, {total:,.0f} dwellings{note})"


def kommun_target(mix, area_key: str, area: str, kommun_column: Optional[str] = None):
    """(target shares %, description) from the kommun of ``area``: the sum of the areas of the
    same kommun in ``mix`` (by ``kommun_column``, or the first four characters of the code)."""
    if area_key not in mix.columns:
        raise InputError(f"The tenure table has no field '{area_key}'.")
    _, kommun_by_area, sums = _kommun_sums(mix, area_key, kommun_column)
    return _target_for(kommun_by_area, sums, str(area))


class _Context:
    """What every proposal in one run needs, computed once as plain dicts: today's counts per
    area, each project's parts, the counted projects' dwellings per area and per part, and
    the kommun sums."""

    def __init__(self, assigned, mix, area_key, kommun_column, up_to_year, statuses):
        if area_key not in mix.columns:
            raise InputError(f"The tenure table has no field '{area_key}'.")
        current, self.kommun_by_area, self.sums = _kommun_sums(mix, area_key, kommun_column)
        self.current = current.to_dict("index")
        fields = [f"planned_{t}" for t in TENURES]
        work = assigned.assign(
            project_id=assigned["project_id"].astype(str), area=assigned["area"].astype(str)
        )
        self.parts: dict = {}
        for rec in work.to_dict("records"):
            self.parts.setdefault(rec["project_id"], []).append(rec)
        self.selected, _ = select_projects(work, up_to_year, statuses)
        self.area_sums = self.selected.groupby("area")[fields].sum().to_dict("index")
        self.part_sums = (
            self.selected.groupby(["project_id", "area"])[fields].sum().to_dict("index")
        )

    def others(self, area: str, pid: str) -> dict:
        """Dwellings of the other counted projects in ``area``."""
        total = self.area_sums.get(area, {})
        own = self.part_sums.get((pid, area), {})
        key = "planned_{}".format
        return {t: float(total.get(key(t), 0.0)) - float(own.get(key(t), 0.0)) for t in TENURES}

    def kommun_target(self, area: str):
        return _target_for(self.kommun_by_area, self.sums, area)


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
    ctx = _Context(assigned, mix, area_key, kommun_column, up_to_year, statuses)
    return _propose(
        ctx, str(project_id), target, kommun_land, kommun_values, min_shares, max_shares, allowed
    )


def _propose(ctx, pid, target, kommun_land, kommun_values, min_shares, max_shares, allowed):
    if pid not in ctx.parts:
        raise InputError(f"Project {pid} is not among the assigned projects (outside every area?).")
    rows = ctx.parts[pid]
    main = sorted(rows, key=lambda r: (-r["fraction"], r["area"]))[0]
    area = main["area"]
    if area not in ctx.current:
        raise InputError(f"Area {area} of project {pid} is not in the tenure table.")
    current = {t: ctx.current[area][f"dwellings_{t}"] for t in TENURES}
    planned = {t: float(sum(r[f"planned_{t}"] for r in rows)) for t in TENURES}
    n = int(round(sum(planned.values())))
    if target is None:
        target, source = ctx.kommun_target(area)
    else:
        source = "user shares"
    owner = main["land_owner"]
    if kommun_land is None:
        kommun_land = is_kommun_land(owner, kommun_values)
    proposal = propose_split(
        n,
        current,
        target,
        ctx.others(area, pid),
        planned,
        kommun_land,
        min_shares,
        max_shares,
        allowed,
    )
    proposal.area, proposal.project_id, proposal.target_source = area, pid, source
    private = ("privat", "private", "enskild")
    if not kommun_land and owner is not None and str(owner).strip().lower() not in private:
        proposal.reason += f" (land owner '{owner}' is not marked as the kommun's land)"
    if len(rows) > 1:
        proposal.reason += (
            f" The project is split across {', '.join(sorted(r['area'] for r in rows))}; it is "
            f"treated as lying wholly in {area}."
        )
    return proposal


def split_proposals(
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
    kommun_land: Optional[bool] = None,
    kommun_values=KOMMUN_LAND_VALUES,
    progress=None,
) -> list:
    """``[(project id, SplitProposal or the InputError that stopped it)]`` for every counted
    project, or for ``project_ids``; the context (today's mix, the other projects, the kommun
    sums) is built once. ``kommun_land`` and ``kommun_values`` as in
    :func:`propose_split_for_project`."""
    ctx = _Context(assigned, mix, area_key, kommun_column, up_to_year, statuses)
    ids = (
        list(dict.fromkeys(ctx.selected["project_id"]))
        if project_ids is None
        else [str(p) for p in project_ids]
    )
    results = []
    for i, pid in enumerate(ids):
        if progress is not None:
            progress.check()
            progress.set(100.0 * i / max(1, len(ids)))
        try:
            proposal = _propose(
                ctx, pid, target, kommun_land, kommun_values, min_shares, max_shares, allowed
            )
        except InputError as exc:
            proposal = exc
        results.append((pid, proposal))
    return results


def summary_table(results):
    """One row per project of :func:`split_proposals` (columns :data:`SPLIT_COLUMNS`); a
    project that could not be proposed keeps empty values and the message in ``split_reason``."""
    pd = require("pandas")
    rows = []
    for pid, p in results:
        row = {"project_id": pid}
        if isinstance(p, Exception):
            row["split_reason"] = str(p)
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


def states_table(results):
    """The area's mix per project and state (``target``, ``before``, ``after as planned``,
    ``after proposed split``; :meth:`.tenure_split.SplitProposal.table`) with ``project_id``,
    ``area``, the project's own split in that state (``split_*``: as planned, or proposed),
    ``target_source`` and ``split_reason``. Projects that could not be proposed are left
    out."""
    pd = require("pandas")
    parts = []
    for pid, p in results:
        if isinstance(p, Exception):
            continue
        table = p.table()
        proposed = p.proposed if p.kommun_land else None
        for t in TENURES:
            own = {"after as planned": p.planned, "after proposed split": proposed}
            table[f"split_{t}"] = [
                (own.get(state) or {}).get(t) if own.get(state) else None
                for state in table["state"]
            ]
        table.insert(0, "area", p.area)
        table.insert(0, "project_id", pid)
        table["target_source"] = p.target_source
        table["split_reason"] = p.reason
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=["project_id", "area", "state"])
    out = pd.concat(parts, ignore_index=True)
    first = ["project_id", "area", "state", *[f"split_{t}" for t in TENURES]]
    return out[first + [c for c in out.columns if c not in first]]


def propose_splits(assigned, mix, area_key: str, project_ids=None, **options):
    """One row per project (all counted projects, or ``project_ids``) with the planned and the
    proposed split, the target and the distances (columns :data:`SPLIT_COLUMNS`). A project
    whose constraints conflict keeps empty proposed values and the message in
    ``split_reason``. ``options`` are those of :func:`split_proposals` (``target``,
    ``up_to_year``, ``min_shares``, ``allowed``...)."""
    return summary_table(split_proposals(assigned, mix, area_key, project_ids, **options))
