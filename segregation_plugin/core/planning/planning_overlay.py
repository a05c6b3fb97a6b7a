"""Planning table per plan area: any polygon planning layer (regional-plan nodes,
översiktsplan land use, detaljplan areas) overlaid with the areas and their area types,
the public-transport quality classes and the tenure mix.

For each plan polygon:

- residents by area type: each area's population is shared out over the pieces of the area
  that plan polygons cover, in proportion to the piece's land area (``area`` weighting), or —
  when a population grid is given — to the grid's population in the piece (cells by centre);
- the quality classes (A best … F) reaching it: the share of its area in each class (where
  class polygons overlap, the best class counts) and the best class reached anywhere in it;
- the current and projected tenure mix: the areas' dwelling counts shared out with the same
  weights as the residents, summed, and the mix computed from the sums;
- the planned dwellings by tenure of the projects inside it (a point inside; a polygon project
  in proportion to its area inside the plan polygon);
- ``main_area``: the area that covers most of it (:mod:`.rental_balance` takes its kommun).

Every plan polygon is intersected with the areas on its own, so overlapping plan polygons each
get their full result (nothing is subtracted twice). A plan polygon that lies outside every
area stays in the table with empty residents and is listed in ``outside``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..common.area_type_codes import TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import parse_numbers
from ..common.progress import NO_PROGRESS, Progress
from . import spatial
from .planned_housing import PLANNED_FIELDS, ProjectColumns, read_projects, select_projects
from .raster_fit import Caution
from .tenure_mix import COUNT_FIELDS, mix_measures
from .zonal_raster import cross_sums, zonal_stats

QUALITY_CLASSES = ("A", "B", "C", "D", "E", "F")


@dataclass
class PlanningResult:
    table: object  # GeoDataFrame: the plan polygons with the planning fields
    outside: object  # DataFrame: plan, reason
    notes: list = field(default_factory=list)


def _to_crs(frame, crs, what: str, notes: list):
    if frame is None or frame.crs is None or crs is None or frame.crs == crs:
        return frame
    notes.append(f"The {what} were reprojected from {frame.crs.to_string()} to {crs.to_string()}.")
    return frame.to_crs(crs)


def _pieces(plans, areas, progress: Progress):
    """Every (plan polygon, area) intersection with its land area in m²."""
    pieces = spatial.intersection(plans[["_plan", "geometry"]], areas[["_area", "geometry"]])
    progress.check()
    pieces["_m2"] = pieces.geometry.area
    return pieces[pieces["_m2"] > 0].reset_index(drop=True)


def _piece_people(pieces, plans, areas, raster, progress: Progress):
    """Grid population of each piece (cells by centre): from one pass over the plan polygons
    when the areas tile, else from the pieces themselves (areas that overlap each other)."""
    sums = cross_sums(areas, plans, raster, progress=progress.sub(40, 55))
    if sums is None:
        piece_pop, _ = zonal_stats(pieces, raster, prefix="p_")
        return piece_pop["p_sum"].fillna(0).to_numpy()
    by_pair = dict(zip(zip(sums["overlay"], sums["area"]), sums["sum"]))
    np = require("numpy")
    pairs = zip(pieces["_plan"].to_numpy(), pieces["_area"].to_numpy())
    return np.array([by_pair.get((int(p), int(a)), 0.0) for p, a in pairs], dtype=float)


def _quality_shares(plans, quality, class_column: str, notes: list):
    """Share (%) of each plan polygon in each class (best class wins where classes overlap)."""
    pd = require("pandas")
    gpd = require("geopandas")
    shapely_ops = require("shapely.ops")
    if class_column not in quality.columns:
        raise InputError(f"The quality-class layer has no field '{class_column}'.")
    letters = quality[class_column].astype(str).str.strip().str.upper()
    unknown = sorted(set(letters) - set(QUALITY_CLASSES))
    if unknown:
        notes.append(f"Quality classes {', '.join(unknown)} are not A–F and were left out.")
    q = gpd.GeoDataFrame(
        {"_cls": letters.to_numpy()}, geometry=quality.geometry.values, crs=quality.crs
    )
    q = q[q["_cls"].isin(QUALITY_CLASSES) & spatial.usable(q.geometry)]
    q = q.reset_index(drop=True)
    shares = pd.DataFrame(0.0, index=plans.index, columns=list(QUALITY_CLASSES))
    usable = plans[spatial.usable(plans.geometry)]
    pairs = spatial.sjoin(usable[["geometry"]], q)
    for idx, group in pairs.groupby(level=0):
        plan = plans.geometry.loc[idx]
        if plan.area <= 0:
            continue
        covered, done = None, 0.0
        for letter in QUALITY_CLASSES:
            rows = group["index_right"][group["_cls"] == letter]
            if rows.empty:
                continue
            layer = shapely_ops.unary_union([q.geometry.iloc[i].intersection(plan) for i in rows])
            covered = layer if covered is None else covered.union(layer)
            reached = covered.area
            shares.at[idx, letter] = max(0.0, reached - done) / plan.area * 100.0
            done = reached
    return shares


def _note_repeated_ids(plans, plan_key: str, notes: list) -> None:
    """A caution when a plan id occurs in more than one feature: each feature keeps its own
    row (two polygons of one plan, or two plans given one id), but rows of one id cannot be
    told apart by it, and their numbers must not be added up as if they were one plan."""
    ids = plans[plan_key].map(lambda v: None if v is None or v != v or not str(v).strip() else v)
    ids = ids.dropna().astype(str).str.strip()
    twice = ids[ids.duplicated(keep=False)]
    if not len(twice):
        return
    shown = [
        f"{plan} in features {', '.join(map(str, rows.index[:5]))}"
        for plan, rows in list(twice.groupby(twice, sort=True))[:5]
    ]
    text = (
        f"{twice.nunique()} plan ids of '{plan_key}' occur more than once ({'; '.join(shown)}). "
        "Each feature was kept as its own row, as its numbers are its own; but the rows of one "
        "id cannot be told apart by it. Give each plan its own id, or merge the polygons of "
        "one plan."
    )
    notes.append(text)  # (appended as text, so that the catalogue finds the message)
    notes[-1] = Caution(text)  # shown as a warning


def planning_table(
    plans,
    areas,
    area_key: str,
    plan_key: Optional[str] = None,
    area_type_column: Optional[str] = "area_type",
    population_column: Optional[str] = None,
    quality=None,
    class_column: str = "quality_class",
    projects=None,
    project_columns: Optional[ProjectColumns] = None,
    up_to_year: Optional[int] = None,
    statuses=None,
    population_raster=None,
    progress: Progress = NO_PROGRESS,
) -> PlanningResult:
    """The planning table (see the module's text).

    ``areas`` is a polygon GeoDataFrame with ``area_key`` and, where present, the area type
    (``area_type_column``, values 1–5), the population (``population_column``), the current
    counts ``dwellings_hyresratt`` … (from :func:`.tenure_mix.tenure_mix`) and projected counts
    ``projected_dwellings_*`` (from :func:`.housing_projection.projected_mix`); each part is
    optional. ``quality`` holds polygons with a class A–F in ``class_column``; ``projects`` a
    project layer (fields per ``project_columns``), counted up to ``up_to_year`` and for
    ``statuses``. ``population_raster`` (path or rasterio dataset) switches the weights from
    land area to population; without ``population_column`` the grid's own counts in each piece
    are the residents. Returns a :class:`PlanningResult`.
    """
    pd = require("pandas")
    gpd = require("geopandas")
    np = require("numpy")
    notes: list = []
    for name in (area_key, area_type_column, population_column):
        if name and name not in areas.columns:
            raise InputError(
                f"The area layer has no field '{name}' (fields: "
                f"{', '.join(map(str, areas.columns))}). Choose the right field."
            )
    if plan_key and plan_key not in plans.columns:
        raise InputError(f"The plan layer has no field '{plan_key}'.")
    crs = areas.crs
    if crs is not None and crs.is_geographic:
        crs = "EPSG:3006"
        notes.append(
            "The areas are in degrees; the overlay was computed in SWEREF 99 TM (EPSG:3006)."
        )
    work_areas = areas.to_crs(crs) if crs is not None and crs != areas.crs else areas
    plan_names = (
        plans[plan_key].astype(str)
        if plan_key and plan_key in plans.columns
        else pd.Series([f"feature {i}" for i in plans.index], index=plans.index, dtype=object)
    )
    if plan_key:
        _note_repeated_ids(plans, plan_key, notes)
    work_plans = _to_crs(plans, work_areas.crs, "plan polygons", notes)
    work_plans = gpd.GeoDataFrame(
        {"_plan": np.arange(len(plans))}, geometry=work_plans.geometry.values, crs=work_areas.crs
    )
    usable_plan = spatial.usable(work_plans.geometry)
    a = gpd.GeoDataFrame(
        {"_area": np.arange(len(work_areas))},
        geometry=work_areas.geometry.values,
        crs=work_areas.crs,
    )
    a = a[spatial.usable(a.geometry)]
    progress.set(5)
    pieces = _pieces(work_plans[usable_plan], a, progress.sub(5, 40))
    area_m2 = work_areas.geometry.area.to_numpy()
    pieces["_w"] = pieces["_m2"] / area_m2[pieces["_area"].to_numpy()]
    weighting = "land area"
    grid_people = None
    if population_raster is not None:
        weighting = "population grid"
        involved = sorted(set(pieces["_area"]))  # only the areas that plan polygons touch
        area_pop, notes_grid = zonal_stats(
            work_areas.iloc[involved], population_raster, prefix="p_"
        )
        notes.extend(n for n in notes_grid if "polygons overlap others" not in n)
        grid_people = _piece_people(pieces, work_plans, work_areas, population_raster, progress)
        by_area = dict(zip(involved, area_pop["p_sum"].fillna(0).to_numpy()))
        totals = pieces["_area"].map(by_area).to_numpy(dtype=float)
        grid_w = grid_people / np.where(totals > 0, totals, 1)
        no_grid = totals <= 0
        if no_grid.any():
            codes = work_areas[area_key].astype(str).to_numpy()
            names = sorted(set(codes[pieces.loc[no_grid, "_area"].to_numpy()]))
            notes.append(
                f"Areas without grid population, where land area was used: {len(names)} "
                f"({', '.join(names[:5])}{'…' if len(names) > 5 else ''})."
            )
        pieces["_w"] = np.where(no_grid, pieces["_w"], grid_w)
    progress.set(60)
    progress.check()
    out = plans.copy()
    n = len(plans)
    plan_m2 = work_plans.geometry.area.to_numpy()
    inside_m2 = pieces.groupby("_plan")["_m2"].sum().reindex(range(n)).fillna(0).to_numpy()
    out["plan_area_km2"] = plan_m2 / 1e6
    largest = pieces.sort_values(["_plan", "_m2"], ascending=[True, False]).drop_duplicates("_plan")
    codes = work_areas[area_key].astype(str).to_numpy()
    main = dict(zip(largest["_plan"], codes[largest["_area"].to_numpy()]))
    out["main_area"] = [main.get(i) for i in range(n)]
    out["share_in_areas"] = np.where(
        plan_m2 > 0, inside_m2 / np.where(plan_m2 > 0, plan_m2, 1) * 100, np.nan
    )
    out["residents_weighting"] = weighting

    def per_plan(values):
        summed = pd.Series(values, index=pieces.index).groupby(pieces["_plan"]).sum(min_count=1)
        return summed.reindex(range(n)).to_numpy()

    share = None
    area_codes = work_areas[area_key]
    if population_column:
        pop = parse_numbers(
            work_areas[population_column],
            population_column,
            codes=area_codes,
            what="a number of residents",
        ).to_numpy()[pieces["_area"].to_numpy()]
        share = pop * pieces["_w"].to_numpy()
    elif grid_people is not None:
        share = grid_people
        out["residents_weighting"] = "population grid (its own counts)"
    if share is not None:
        out["residents"] = per_plan(share)
        if area_type_column:
            types = parse_area_types(
                work_areas[area_type_column], area_type_column, codes=area_codes
            ).to_numpy()[pieces["_area"].to_numpy()]
            for t in TYPES:
                out[f"residents_type_{t}"] = np.nan_to_num(
                    per_plan(np.where(types == t, share, 0.0))
                )
            out["residents_type_unknown"] = np.nan_to_num(
                per_plan(np.where(pd.isna(types), share, 0.0))
            )
    for prefix in ("", "projected_"):
        fields = [prefix + c for c in COUNT_FIELDS]
        if not all(f in work_areas.columns for f in fields):
            continue
        counts = pd.DataFrame(index=range(n))
        for f, c in zip(fields, COUNT_FIELDS):
            v = parse_numbers(
                work_areas[f], f, codes=area_codes, what="a number of dwellings"
            ).to_numpy()[pieces["_area"].to_numpy()]
            counts[c] = per_plan(v * pieces["_w"].to_numpy())
        measures = mix_measures(counts, prefix=prefix)
        for f, c in zip(fields, COUNT_FIELDS):
            out[f] = counts[c].to_numpy()
        for col in measures.columns:
            out[col] = measures[col].to_numpy()
    progress.set(75)
    if quality is not None:
        q = _to_crs(quality, work_areas.crs, "quality-class polygons", notes)
        shares = _quality_shares(work_plans.set_index(plans.index), q, class_column, notes)
        for letter in QUALITY_CLASSES:
            out[f"share_class_{letter}"] = shares[letter].to_numpy()
        out["share_no_class"] = (100.0 - shares.sum(axis=1)).clip(lower=0).to_numpy()
        best = shares.apply(
            lambda r: next((c for c in QUALITY_CLASSES if r[c] > 1e-9), None), axis=1
        )
        out["best_class"] = best.to_numpy()
    progress.set(85)
    if projects is not None:
        _planned_inside(out, work_plans, projects, project_columns, up_to_year, statuses, notes)
    outside_rows = []
    plan_notes = []
    has_geometry = usable_plan.to_numpy()
    for i in range(n):
        if not has_geometry[i]:
            outside_rows.append((plan_names.iloc[i], "has no geometry"))
            plan_notes.append("no geometry")
        elif inside_m2[i] <= 0:
            outside_rows.append((plan_names.iloc[i], "lies outside every area"))
            plan_notes.append("outside every area")
        elif inside_m2[i] < 0.99 * plan_m2[i]:
            plan_notes.append(f"{100 - inside_m2[i] / plan_m2[i] * 100:.0f} % outside the areas")
        else:
            plan_notes.append(None)
    out["plan_note"] = plan_notes
    progress.set(100)
    return PlanningResult(out, pd.DataFrame(outside_rows, columns=["plan", "reason"]), notes)


def _planned_inside(out, work_plans, projects, columns, up_to_year, statuses, notes):
    """Add ``planned_*``, ``planned_total`` and ``planned_projects`` to ``out``."""
    gpd = require("geopandas")
    np = require("numpy")
    std = projects if "planned_total" in projects.columns else read_projects(projects, columns)
    std = _to_crs(std, work_plans.crs, "projects", notes)
    std, left = select_projects(std, up_to_year, statuses)
    std = std[spatial.usable(std.geometry)].reset_index(drop=True)
    n = len(out)
    sums = np.zeros((n, len(PLANNED_FIELDS)))
    count = np.zeros(n, dtype=int)
    if len(std):
        std = gpd.GeoDataFrame(std, geometry="geometry", crs=work_plans.crs)
        pairs = spatial.sjoin(std[["geometry"]], work_plans)
        projects_at = pairs.index.to_numpy()
        plans_at = pairs["_plan"].to_numpy()
        fraction = np.ones(len(pairs))
        kinds = std.geom_type.to_numpy()[projects_at]
        shapes, plan_shapes = std.geometry.to_numpy(), work_plans.geometry.to_numpy()
        for k in np.flatnonzero(np.isin(kinds, ["Polygon", "MultiPolygon"])):
            shape = shapes[projects_at[k]]
            if shape.area > 0:
                fraction[k] = shape.intersection(plan_shapes[plans_at[k]]).area / shape.area
        keep = fraction > 0
        values = std[PLANNED_FIELDS].to_numpy(dtype=float)[projects_at[keep]]
        np.add.at(sums, plans_at[keep], values * fraction[keep, None])
        np.add.at(count, plans_at[keep], 1)
    for j, f in enumerate(PLANNED_FIELDS):
        out[f] = sums[:, j]
    out["planned_total"] = sums.sum(axis=1)
    out["planned_projects"] = count
    if len(left):
        notes.append(f"{len(left)} projects not counted (start year or status).")
