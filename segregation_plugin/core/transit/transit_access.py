"""Public-transport access per area and the gap between area types (METHODS.md §6).

Residents are represented by points with a number of people:

- from a population raster (e.g. SCB's grid or the sample's ``befolkning_250m.tif``):
  every populated cell's centre, in the area that contains it;
- from a population field of the area layer: a regular lattice of points inside each area
  (100 m apart by default, fewer in very large areas), sharing the area's population
  evenly — the assumption is that residents are spread evenly over the area.

Per area: the share of residents in each quality class (A–F, none), the population-weighted
mean number of departures at stops within 400 m and 800 m of home, and the best class where
residents live. The gap table compares residents of type 1–2 areas with those of type 4–5
areas.
"""

from __future__ import annotations

from pathlib import Path

from ..common import burn_shapes
from ..common.area_type_codes import TYPE_PAIRS, TYPES, parse_area_types
from ..common.bounds import bounds_array
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.geometries import as_list, present
from ..common.numbers import parse_numbers, row_names
from ..common.progress import NO_PROGRESS, Progress
from .grid_size import POPULATION_BYTES_PER_CELL, check_grid
from .nearby import pairs_within
from .quality_classes import CLASSES, class_at_points

TYPE_GROUPS = tuple((str(t), (t,)) for t in TYPES)  # rows of the gap table; then TYPE_PAIRS
RADII = (400.0, 800.0)
STRIP_ROWS = 512  # rows of the population raster read (and the areas burnt) at a time


# --- residents as points --------------------------------------------------------------------
def points_from_raster(path, areas, progress: Progress = NO_PROGRESS, limit_mb=None):
    """Populated cells of the raster at ``path`` inside ``areas`` (a GeoDataFrame in a
    metric CRS): a DataFrame x, y (areas' CRS), pop, area (position in ``areas``).

    Areas without geometry have no cells; without any area the frame is empty. A raster
    without CRS, or one that does not overlap the areas, is an InputError naming the
    raster and the areas' extent; so is a window over the areas larger than ``limit_mb``
    (see :func:`grid_size.check_grid`)."""
    np = require("numpy")
    pd = require("pandas")
    rasterio = require("rasterio")
    from rasterio import features, windows
    from rasterio.enums import MaskFlags

    empty = pd.DataFrame(
        {"x": np.zeros(0), "y": np.zeros(0), "pop": np.zeros(0), "area": np.zeros(0, np.int64)}
    )
    located = np.array(present(areas.geometry), dtype=bool)
    if not located.any():
        return empty
    name = Path(str(path)).name
    with rasterio.open(str(path)) as src:
        if src.crs is None:
            raise InputError(
                f"The population raster {path} has no CRS. Set its CRS (e.g. EPSG:3006) first."
            )
        local = areas.to_crs(src.crs) if areas.crs is not None and areas.crs != src.crs else areas
        geoms = as_list(local.geometry)
        extents = bounds_array(geoms)  # NaN where there is no geometry
        west, south = np.nanmin(extents[:, 0]), np.nanmin(extents[:, 1])
        east, north = np.nanmax(extents[:, 2]), np.nanmax(extents[:, 3])
        r_west, r_south, r_east, r_north = src.bounds
        if west >= r_east or east <= r_west or south >= r_north or north <= r_south:
            raise InputError(
                f"The population raster {name} does not overlap the areas: the raster covers "
                f"x {r_west:,.0f} to {r_east:,.0f}, y {r_south:,.0f} to {r_north:,.0f}, the "
                f"areas x {west:,.0f} to {east:,.0f}, y {south:,.0f} to {north:,.0f} (in "
                f"{src.crs.to_string()}). Choose the raster for the areas' region, or check "
                "the CRS of both layers."
            )
        window = windows.from_bounds(west, south, east, north, transform=src.transform)
        window = window.round_offsets(op="floor").round_lengths(op="ceil")
        window = window.intersection(windows.Window(0, 0, src.width, src.height))
        check_grid(
            int(window.width),
            int(window.height),
            POPULATION_BYTES_PER_CELL + np.dtype(src.dtypes[0]).itemsize,
            limit_mb,
            f"window of the population raster {name} over the areas",
            abs(src.transform.a),
            (west, south, east, north),
        )
        progress.check()
        transform = src.window_transform(window)
        numbered = np.flatnonzero(located)
        shapes = burn_shapes.shapes([geoms[i] for i in numbered], (numbered + 1).tolist())
        bottoms, tops = extents[numbered, 1], extents[numbered, 3]
        masked = any(flag != MaskFlags.all_valid for flag in src.mask_flag_enums[0])
        height = int(window.height)
        found = {"rows": [], "cols": [], "pop": [], "area": []}
        for top in range(0, height, STRIP_ROWS):  # strips: memory stays small
            progress.check()
            progress.set(90 * top / height)
            strip = windows.Window(
                window.col_off, window.row_off + top, window.width, min(STRIP_ROWS, height - top)
            )
            data = src.read(1, window=strip)
            _, strip_south, _, strip_north = windows.bounds(strip, src.transform)
            crossing = np.flatnonzero((tops >= strip_south) & (bottoms <= strip_north))
            if not len(crossing):
                continue
            owner = features.rasterize(  # 2 bytes a cell where the areas' numbers fit
                [shapes[k] for k in crossing],
                out_shape=data.shape,
                transform=src.window_transform(strip),
                fill=0,
                dtype="uint16" if len(areas) < 2**16 - 1 else "int32",
            )
            populated = data > 0
            populated &= owner > 0
            if masked:
                populated &= src.read_masks(1, window=strip) > 0  # no nodata cells
            rows, cols = np.nonzero(populated)
            found["rows"].append(rows + top)
            found["cols"].append(cols)
            found["pop"].append(data[rows, cols].astype(float))
            found["area"].append(owner[rows, cols].astype(np.int64) - 1)
        if not found["rows"]:
            return empty
        rows, cols = np.concatenate(found["rows"]), np.concatenate(found["cols"])
        # cell centres (the arithmetic of rasterio.transform.xy, for all cells at once)
        column, row = cols + 0.5, rows + 0.5
        xs = column * transform.a + row * transform.b + transform.c
        ys = column * transform.d + row * transform.e + transform.f
        if local is not areas:
            pyproj = require("pyproj")
            t = pyproj.Transformer.from_crs(src.crs, areas.crs, always_xy=True)
            xs, ys = t.transform(xs, ys)
    progress.set(100)
    return pd.DataFrame(
        {
            "x": xs,
            "y": ys,
            "pop": np.concatenate(found["pop"]),
            "area": np.concatenate(found["area"]),
        }
    )


def _contains_xy(geom, x, y):
    shapely = require("shapely")
    if hasattr(shapely, "contains_xy"):
        return shapely.contains_xy(geom, x, y)
    vectorized = require("shapely.vectorized")
    return vectorized.contains(geom, x, y)


def residents_of(values, field: str):
    """A population field as numbers: missing and suppressed values are NaN, text and
    negative numbers an InputError naming the field, the rows and the values."""
    np = require("numpy")
    people = parse_numbers(values, field, what="a number of residents")
    negative = np.flatnonzero((people < 0).to_numpy())
    if len(negative):
        names = row_names(people.index, negative[:5])
        shown = ", ".join(f"{n} ({people.iloc[i]:g})" for n, i in zip(names, negative[:5]))
        more = ", …" if len(negative) > 5 else ""
        raise InputError(
            f"The population field '{field}' has {len(negative):,} negative values "
            f"({shown}{more}): a number of residents cannot be negative. Correct those values."
        )
    return people


def points_from_field(areas, population, spacing: float = 100.0, max_points: int = 400):
    """Lattice points inside each area carrying its population evenly (see the module
    docstring): DataFrame x, y, pop, area. ``population`` is a sequence per area (a field of
    ``areas``): missing and suppressed values are 0 residents, text is an InputError."""
    np = require("numpy")
    pd = require("pandas")
    field = getattr(population, "name", None) or "population"
    population = residents_of(population, str(field)).fillna(0).to_numpy()
    xs, ys, pops, owner = [], [], [], []
    for i, geom in enumerate(areas.geometry):
        if geom is None or geom.is_empty or population[i] <= 0:
            continue
        step = max(spacing, float(np.sqrt(geom.area / max_points)) if geom.area > 0 else spacing)
        west, south, east, north = geom.bounds
        gx = np.arange(np.floor(west / step) * step + step / 2, east, step)
        gy = np.arange(np.floor(south / step) * step + step / 2, north, step)
        mx, my = np.meshgrid(gx, gy)
        mx, my = mx.ravel(), my.ravel()
        inside = _contains_xy(geom, mx, my) if len(mx) else np.zeros(0, bool)
        px, py = mx[inside], my[inside]
        if not len(px):
            point = geom.representative_point()
            px, py = np.array([point.x]), np.array([point.y])
        xs.append(px)
        ys.append(py)
        pops.append(np.full(len(px), population[i] / len(px)))
        owner.append(np.full(len(px), i))
    if not xs:
        return pd.DataFrame(
            {"x": np.zeros(0), "y": np.zeros(0), "pop": np.zeros(0), "area": np.zeros(0, np.int64)}
        )
    return pd.DataFrame(
        {
            "x": np.concatenate(xs),
            "y": np.concatenate(ys),
            "pop": np.concatenate(pops),
            "area": np.concatenate(owner).astype(np.int64),
        }
    )


# --- per area --------------------------------------------------------------------------------
def departures_within(px, py, stop_x, stop_y, departures, radii=RADII):
    """Departures at stops within each radius of every point: {radius: array}."""
    np = require("numpy")
    departures = np.asarray(departures, float)
    served = np.flatnonzero(departures > 0)
    result = {r: np.zeros(len(px), float) for r in radii}
    if not len(served):
        return result
    for i, j, d in pairs_within(
        px, py, np.asarray(stop_x)[served], np.asarray(stop_y)[served], max(radii)
    ):
        for r in radii:
            near = d <= r
            result[r] += np.bincount(
                i[near], weights=departures[served][j[near]], minlength=len(px)
            )
    return result


def access_by_area(
    areas, points, stop_x, stop_y, departures, categories, progress: Progress = NO_PROGRESS
):
    """Per area (rows of ``areas``, same order): residents, pct_A … pct_F, pct_none,
    pct_AB, pct_EF_none, deps_400m, deps_800m, best_class.

    ``points`` are residents' points (x, y, pop, area); ``stop_x``, ``stop_y``,
    ``departures`` and ``categories`` describe the stop groups (metres, departures in the
    window, category ranks 0–7).
    """
    np = require("numpy")
    pd = require("pandas")
    n_areas = len(areas)
    px, py = points["x"].to_numpy(float), points["y"].to_numpy(float)
    pop = points["pop"].to_numpy(float)
    owner = points["area"].to_numpy(np.int64)
    cls = class_at_points(px, py, stop_x, stop_y, categories)
    progress.set(50)
    progress.check()
    near = departures_within(px, py, stop_x, stop_y, departures)
    progress.set(90)
    residents = np.bincount(owner, weights=pop, minlength=n_areas)
    out = pd.DataFrame(index=range(n_areas))
    out["residents"] = np.round(residents, 1)
    by_class = np.zeros((n_areas, 7))
    for k in range(7):
        by_class[:, k] = np.bincount(owner[cls == k], weights=pop[cls == k], minlength=n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = 100.0 * by_class / residents[:, None]
        for k, letter in enumerate(CLASSES, start=1):
            out[f"pct_{letter}"] = np.round(share[:, k], 1)
        out["pct_none"] = np.round(share[:, 0], 1)
        out["pct_AB"] = np.round(share[:, 1] + share[:, 2], 1)
        out["pct_EF_none"] = np.round(share[:, 5] + share[:, 6] + share[:, 0], 1)
        for r in RADII:
            weighted = np.bincount(owner, weights=pop * near[r], minlength=n_areas)
            out[f"deps_{int(r)}m"] = np.round(weighted / residents, 1)
    populated = pop > 0
    best = np.full(n_areas, 7, dtype=np.int64)
    has_class = populated & (cls > 0)
    np.minimum.at(best, owner[has_class], cls[has_class].astype(np.int64))
    out["best_class"] = np.array([""] + list(CLASSES) + [""])[best]
    # raw sums for the gap table
    out.attrs["sums"] = {
        "residents": residents,
        "class_ab": by_class[:, 1] + by_class[:, 2],
        "class_ef_none": by_class[:, 5] + by_class[:, 6] + by_class[:, 0],
        "no_class": by_class[:, 0],
        "deps_400m": np.bincount(owner, weights=pop * near[400.0], minlength=n_areas),
        "deps_800m": np.bincount(owner, weights=pop * near[800.0], minlength=n_areas),
    }
    progress.set(100)
    return out


def area_types(values, field=None, warn=None):
    """Area type 1–5 per value (int array, 0 for no type). A value that is not an area type
    raises InputError naming the field (``field``, else the Series' name) and the rows, or,
    with ``warn``, is no type and ``warn`` gets the message (see ``parse_area_types``)."""
    np = require("numpy")
    field = field or getattr(values, "name", None) or "area type"
    types = parse_area_types(values, str(field), warn=warn)
    return types.fillna(0).to_numpy(dtype=np.int64)


def gap_table(access, types, warn=None):
    """Residents by area type in class A–B, in E–F or without class, and departures near
    home; rows for types 1–5, the groups 1–2 and 4–5, and the gap (1–2 minus 4–5). ``types``
    and ``warn``: see :func:`area_types`."""
    np = require("numpy")
    pd = require("pandas")
    sums = access.attrs["sums"]
    types = area_types(types, warn=warn)
    rows = []
    for label, members in TYPE_GROUPS + TYPE_PAIRS:
        sel = np.isin(types, members)
        residents = float(sums["residents"][sel].sum())

        def pct(key, sel=sel, residents=residents):
            return round(100.0 * float(sums[key][sel].sum()) / residents, 1) if residents else None

        def mean(key, sel=sel, residents=residents):
            return round(float(sums[key][sel].sum()) / residents, 1) if residents else None

        rows.append(
            {
                "area_type": label,
                "areas": int(sel.sum()),
                "residents": round(residents),
                "pct_class_AB": pct("class_ab"),
                "pct_class_EF_none": pct("class_ef_none"),
                "pct_no_class": pct("no_class"),
                "deps_400m": mean("deps_400m"),
                "deps_800m": mean("deps_800m"),
            }
        )
    table = pd.DataFrame(rows)
    low, high = table.iloc[5], table.iloc[6]
    gap = {"area_type": "gap 1–2 minus 4–5", "areas": None, "residents": None}
    for column in ("pct_class_AB", "pct_class_EF_none", "pct_no_class", "deps_400m", "deps_800m"):
        a, b = low[column], high[column]
        gap[column] = (
            round(a - b, 1) if a is not None and b is not None and a == a and b == b else None
        )
    table = pd.concat([table, pd.DataFrame([gap])], ignore_index=True)
    for column in table.columns[1:]:  # the table built above: None → NaN, coercion is safe
        table[column] = pd.to_numeric(table[column], errors="coerce").astype(float)
    for column in ("areas", "residents"):
        table[column] = table[column].round().astype("Int64")
    table.attrs["untyped_areas"] = int((types == 0).sum())
    return table
