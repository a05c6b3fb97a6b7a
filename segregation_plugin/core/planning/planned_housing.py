"""Planned housing projects assigned to areas (METHODS.md §7).

A layer of projects (points or polygons) with dwellings per tenure, start year, land owner
(kommun/private) and status is assigned to the areas it lies in:

- a point project goes to the area that contains it (a point on a shared border goes to the
  area with the smallest key, and a note says so);
- a polygon project goes whole to the area it overlaps most (``polygons="largest"``), or is
  split across the areas it overlaps in proportion to the overlapping area
  (``polygons="split"``; dwellings are rounded per tenure by largest remainder so that the
  parts add up to the project's numbers);
- a project outside every area, without geometry or without dwellings is not dropped
  silently: it is listed in ``unassigned`` with the reason.

:mod:`.housing_projection` adds the assigned projects to the current mix and flags projects
that make an area more one-sided.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import parse_numbers
from ..common.progress import NO_PROGRESS, Progress
from . import spatial
from .tenure_mix import TENURES, to_counts

PLANNED_FIELDS = [f"planned_{t}" for t in TENURES]
ASSIGNED_COLUMNS = [
    "project_id",
    "area",
    "fraction",
    "assigned_by",
    *PLANNED_FIELDS,
    "planned_total",
    "start_year",
    "land_owner",
    "status",
]
UNASSIGNED_COLUMNS = ["project_id", "reason"]
POLYGON_RULES = ("largest", "split")


@dataclass
class ProjectColumns:
    """Field names in the user's project layer (defaults: the bundled sample's layer
    ``planerade_bostader``). ``start_year``, ``land_owner`` and ``status`` may be ``None``."""

    project_id: Optional[str] = "projekt_id"
    hyresratt: str = "hyresratt"
    bostadsratt: str = "bostadsratt"
    aganderatt: str = "aganderatt"
    start_year: Optional[str] = "startar"
    land_owner: Optional[str] = "markagare"
    status: Optional[str] = "status"


@dataclass
class Assignment:
    """Projects assigned to areas: one row per project (or per part of a split project)."""

    assigned: object  # DataFrame with ASSIGNED_COLUMNS
    unassigned: object  # DataFrame with UNASSIGNED_COLUMNS
    notes: list = field(default_factory=list)


def read_projects(projects, columns: Optional[ProjectColumns] = None):
    """The project layer with standard columns ``project_id``, ``planned_*``,
    ``planned_total``, ``start_year``, ``land_owner``, ``status`` and its geometry.

    Empty dwelling counts count as 0 (a project layer leaves a tenure blank when there is
    none); a start year that is not a whole number, or a project id that occurs twice, raises
    :class:`InputError`. A project without an id is named "feature N" (its feature number).
    """
    pd = require("pandas")
    gpd = require("geopandas")
    cols = columns or ProjectColumns()
    for name in (*TENURES, "start_year", "land_owner", "status"):
        col = getattr(cols, name)
        if col is not None and col not in projects.columns:
            raise InputError(
                f"The project layer has no field '{col}' (fields: "
                f"{', '.join(map(str, projects.columns))}). Choose the field for {name}."
            )
    numbered = pd.Series(
        [f"feature {i}" for i in projects.index], index=projects.index, dtype=object
    )
    if cols.project_id and cols.project_id in projects.columns:
        raw = projects[cols.project_id]
        blank = raw.isna() | (raw.astype(str).str.strip() == "")
        ids = raw.astype(str).str.strip().where(~blank, numbered).astype(object)
        repeated = ids[ids.duplicated()]
        if len(repeated):
            raise InputError(
                f"The project id '{repeated.iloc[0]}' in '{cols.project_id}' occurs more than "
                "once: the tools would count such projects as one. Give each project its own "
                "id, or leave the id field empty to number the projects."
            )
    else:
        ids = numbered.astype(object)
    out = pd.DataFrame({"project_id": ids.to_numpy()}, index=projects.index)
    for t in TENURES:
        out[f"planned_{t}"] = to_counts(
            projects, getattr(cols, t), cols.project_id, noun="project"
        ).fillna(0)
    out["planned_total"] = out[PLANNED_FIELDS].sum(axis=1)
    if cols.start_year:
        write = "Write the year construction starts (e.g. 2027) or leave it empty."
        years = parse_numbers(
            projects[cols.start_year],
            cols.start_year,
            codes=out["project_id"],
            noun="project",
            what="a year",
            action=write,
        )
        bad = years.notna() & (years % 1 != 0)
        if bad.any():
            idx = bad[bad].index[0]
            raise InputError(
                f"Project {out.at[idx, 'project_id']}: start year "
                f"{projects.at[idx, cols.start_year]!r} in '{cols.start_year}' is not a year. "
                + write
            )
        out["start_year"] = years.astype("Int64")
    else:
        out["start_year"] = pd.array([None] * len(out), dtype="Int64")
    for name in ("land_owner", "status"):
        col = getattr(cols, name)
        out[name] = projects[col].astype(object).where(projects[col].notna(), None) if col else None
    return gpd.GeoDataFrame(out, geometry=projects.geometry.values, crs=projects.crs)


def _largest_remainder(total: float, weights):
    """Integer parts of ``total`` in proportion to ``weights`` that add up to ``total``."""
    np = require("numpy")
    w = np.asarray(weights, dtype=float)
    exact = total * w / w.sum()
    parts = np.floor(exact + 1e-9)
    rest = int(round(total - parts.sum()))
    if rest > 0:
        order = np.argsort(-(exact - parts), kind="stable")
        parts[order[:rest]] += 1
    return parts


def _same_crs(projects, areas, notes: list):
    if projects.crs is not None and areas.crs is not None and projects.crs != areas.crs:
        notes.append(
            f"Projects reprojected from {projects.crs.to_string()} to the areas' "
            f"{areas.crs.to_string()}."
        )
        return projects.to_crs(areas.crs)
    if (projects.crs is None) != (areas.crs is None):
        notes.append("One layer has no coordinate reference system; both assumed to be the same.")
    return projects


def assign_projects(
    projects,
    areas,
    area_key: str,
    columns: Optional[ProjectColumns] = None,
    polygons: str = "largest",
    progress: Progress = NO_PROGRESS,
) -> Assignment:
    """Assign projects to the areas they lie in (see the module's text for the rules).

    ``projects`` is the user's project layer (fields named by ``columns``) or the result of
    :func:`read_projects`; ``areas`` a polygon GeoDataFrame with the key in ``area_key``.
    Returns an :class:`Assignment`: ``assigned`` (``project_id``, ``area``, ``fraction`` of the
    project in that area, ``assigned_by``, ``planned_*``, ``planned_total``, ``start_year``,
    ``land_owner``, ``status``), ``unassigned`` (``project_id``, ``reason``) and ``notes``.
    """
    pd = require("pandas")
    gpd = require("geopandas")
    if polygons not in POLYGON_RULES:
        raise InputError(f"polygons must be one of {', '.join(POLYGON_RULES)}, not {polygons!r}.")
    if area_key not in areas.columns:
        raise InputError(f"The area layer has no field '{area_key}'. Choose its code field.")
    std = projects if "planned_total" in projects.columns else read_projects(projects, columns)
    notes: list = []
    std = _same_crs(std, areas, notes).reset_index(drop=True)
    area_frame = gpd.GeoDataFrame(
        {"_area": areas[area_key].astype(str).to_numpy()},
        geometry=areas.geometry.values,
        crs=std.crs,
    )
    area_frame = area_frame[spatial.usable(area_frame.geometry)]
    unassigned = []
    rows = []
    geom = std.geometry
    empty = ~spatial.usable(geom)
    for idx in std.index[empty]:
        unassigned.append((std.at[idx, "project_id"], "has no geometry"))
    no_dwellings = ~empty & (std["planned_total"] <= 0)
    for idx in std.index[no_dwellings]:
        unassigned.append((std.at[idx, "project_id"], "has no planned dwellings"))
    usable = std[~empty & ~no_dwellings]
    kinds = usable.geom_type
    bad = ~kinds.isin(["Point", "MultiPoint", "Polygon", "MultiPolygon"])
    if bad.any():
        idx = bad[bad].index[0]
        raise InputError(
            f"Project {usable.at[idx, 'project_id']} is a {kinds.loc[idx]}; a project must be a "
            "point or a polygon."
        )
    progress.set(10)
    points = usable[kinds.isin(["Point", "MultiPoint"])].copy()
    if (points.geom_type == "MultiPoint").any():
        notes.append("Multipoint projects are placed at the centre of their points.")
        points["geometry"] = points.geometry.centroid
    point_rows = None
    if not points.empty:
        joined = spatial.sjoin(points[["geometry"]], area_frame, how="left")
        hits = pd.DataFrame({"_idx": joined.index, "_area": joined["_area"].to_numpy()})
        outside = hits.groupby("_idx")["_area"].count() == 0
        for idx in outside[outside].index:
            unassigned.append((std.at[idx, "project_id"], "lies outside every area"))
        hits = hits.dropna(subset=["_area"]).sort_values(["_idx", "_area"])
        shared = hits[hits["_idx"].duplicated(keep=False)]  # on a border: in several areas
        several = shared.groupby("_idx", sort=True)["_area"].agg(list) if len(shared) else {}
        for idx, matches in several.items():
            notes.append(
                f"Project {std.at[idx, 'project_id']} lies on the border of "
                f"{', '.join(matches)}; put in {matches[0]}."
            )
        first = hits.drop_duplicates("_idx")
        point_rows = pd.DataFrame(std.loc[first["_idx"]].drop(columns="geometry"))
        point_rows["area"] = first["_area"].to_numpy()
        point_rows["fraction"] = 1.0
        point_rows["assigned_by"] = "point in polygon"
        point_rows["_idx"] = first["_idx"].to_numpy()
    progress.set(40)
    progress.check()
    polys = usable[kinds.isin(["Polygon", "MultiPolygon"])]
    if not polys.empty:
        pairs = spatial.sjoin(polys[["geometry"]], area_frame, how="left")
        pairs = pd.DataFrame(pairs.drop(columns="geometry"))
        area_geoms = area_frame.geometry
        for idx, group in pairs.groupby(level=0, sort=False):
            pid = std.at[idx, "project_id"]
            shape = polys.geometry.loc[idx]
            overlaps = {}
            for a_idx, a in zip(group["index_right"], group["_area"]):
                if not isinstance(a, str):
                    continue
                ov = shape.intersection(area_geoms.loc[a_idx]).area
                if ov > 0:
                    overlaps[a] = overlaps.get(a, 0.0) + ov
            if not overlaps:
                unassigned.append((pid, "lies outside every area"))
                continue
            inside = sum(overlaps.values())
            if shape.area > 0 and inside < 0.99 * shape.area:
                notes.append(
                    f"{(1 - inside / shape.area) * 100:.0f} % of project {pid} lies outside "
                    "every area; its dwellings are counted in the areas it overlaps."
                )
            ordered = sorted(overlaps.items(), key=lambda kv: (-kv[1], kv[0]))
            if polygons == "largest" or len(ordered) == 1:
                rows.append(_part(std, idx, ordered[0][0], 1.0, "largest overlap"))
                continue
            names = [a for a, _ in ordered]
            weights = [ov for _, ov in ordered]
            split = {t: _largest_remainder(std.at[idx, f"planned_{t}"], weights) for t in TENURES}
            for j, a in enumerate(names):
                part = _part(std, idx, a, weights[j] / inside, "split by overlap")
                for t in TENURES:
                    part[f"planned_{t}"] = float(split[t][j])
                part["planned_total"] = sum(part[f"planned_{t}"] for t in TENURES)
                rows.append(part)
    progress.set(100)
    assigned = pd.DataFrame(rows, columns=["_idx", *ASSIGNED_COLUMNS])
    if point_rows is not None and len(point_rows):
        parts = [point_rows[["_idx", *ASSIGNED_COLUMNS]]] + ([assigned] if len(assigned) else [])
        assigned = pd.concat(parts, ignore_index=True)
    assigned = assigned.sort_values("_idx", kind="stable").drop(columns="_idx")
    assigned = assigned.reset_index(drop=True)
    for col in ("land_owner", "status"):
        assigned[col] = assigned[col].astype(object).where(assigned[col].notna(), None)
    for col in (*PLANNED_FIELDS, "planned_total", "fraction"):
        assigned[col] = assigned[col].astype(float)
    assigned["start_year"] = assigned["start_year"].astype("Int64")
    return Assignment(assigned, pd.DataFrame(unassigned, columns=UNASSIGNED_COLUMNS), notes)


def _part(std, idx, area: str, fraction: float, how: str) -> dict:
    row = {
        "_idx": idx,
        "project_id": std.at[idx, "project_id"],
        "area": area,
        "fraction": fraction,
        "assigned_by": how,
    }
    pd = require("pandas")
    for name in (*PLANNED_FIELDS, "planned_total", "start_year", "land_owner", "status"):
        value = std.at[idx, name]
        row[name] = None if pd.isna(value) else value
    return row


def select_projects(assigned, up_to_year: Optional[int] = None, statuses=None):
    """The assigned projects that count: start year ≤ ``up_to_year`` (when given) and status
    in ``statuses`` (when given; compared without case). Returns ``(selected, left_out)``;
    ``left_out`` has ``project_id`` and ``reason``. Without a start year a project is left out
    when a year is chosen."""
    pd = require("pandas")
    keep = pd.Series(True, index=assigned.index)
    reasons = pd.Series("", index=assigned.index)
    if up_to_year is not None:
        years = assigned["start_year"]
        no_year = years.isna()
        late = ~no_year & (years.astype("float") > float(up_to_year))
        reasons[no_year] = "has no start year"
        reasons[late] = assigned.loc[late, "start_year"].map(
            lambda y: f"starts {y}, after {up_to_year}"
        )
        keep &= ~no_year & ~late
    if statuses:
        wanted = {str(s).strip().lower() for s in statuses}
        status = assigned["status"].map(lambda s: str(s).strip().lower() if s is not None else "")
        other = keep & ~status.isin(wanted)
        reasons[other] = assigned.loc[other, "status"].map(
            lambda s: f"status '{s}' is not among the chosen ({', '.join(sorted(wanted))})"
        )
        keep &= ~other
    left = assigned.loc[~keep, ["project_id"]].assign(reason=reasons[~keep])
    left = left.drop_duplicates("project_id").reset_index(drop=True)
    return assigned[keep], left
