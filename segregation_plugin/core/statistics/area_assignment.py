"""Put each DeSO into one of the user's own districts (stadsdelar, planning districts).

Two ways, as planners do it by hand:

- **largest overlap**: the district that covers the largest part of the DeSO's area;
- **population-weighted centroid**: the district that holds the DeSO's population centre. With a
  population grid (a raster of persons per cell, e.g. SCB's 250 m grid) the centre is the mean
  of the cell centres inside the DeSO weighted by their population; without a grid, or for a
  DeSO that no populated cell falls in, it is the DeSO's point on surface (a point that always
  lies inside it).

A DeSO is never split: its whole statistics go to one district. The assignment table says which
district each DeSO went to, the share of the DeSO's area inside it and the method, so that a
planner can see DeSO that straddle a border.
"""

from __future__ import annotations

from typing import Optional

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress

OVERLAP, CENTROID = "overlap", "centroid"
ASSIGNMENT_COLUMNS = ("source", "target", "overlap_share", "method", "grid_population")


def _same_crs(areas, polygons):
    if areas.crs is None or polygons.crs is None:
        return polygons
    if areas.crs != polygons.crs:
        return polygons.to_crs(areas.crs)
    return polygons


def grid_centres(areas, raster_path, progress: Progress = NO_PROGRESS):
    """``(x, y, population)`` per area from a population raster, in the areas' CRS.

    x and y are NaN where no populated cell lies inside the area.
    """
    np = require("numpy")
    rasterio = require("rasterio")
    from rasterio import features

    gpd = require("geopandas")
    try:
        src = rasterio.open(raster_path)
    except rasterio.errors.RasterioIOError as exc:
        raise InputError(f"The population grid {raster_path} could not be opened: {exc}") from exc
    with src:
        band = src.read(1, masked=True)
        transform, raster_crs, shape = src.transform, src.crs, (src.height, src.width)
    progress.check()
    geoms = areas.geometry
    if raster_crs is not None and areas.crs is not None and areas.crs != raster_crs:
        geoms = geoms.to_crs(raster_crs)
    labels = features.rasterize(
        ((g, i + 1) for i, g in enumerate(geoms) if g is not None and not g.is_empty),
        out_shape=shape,
        transform=transform,
        fill=0,
        dtype="int32",
    )
    pop = np.ma.filled(band.astype(float), 0.0)
    pop[pop < 0] = 0.0
    rows, cols = np.indices(shape)
    xs = transform.c + (cols + 0.5) * transform.a + (rows + 0.5) * transform.b
    ys = transform.f + (cols + 0.5) * transform.d + (rows + 0.5) * transform.e
    n = len(areas) + 1
    flat = labels.ravel()
    weight = np.bincount(flat, weights=pop.ravel(), minlength=n)
    sx = np.bincount(flat, weights=(pop * xs).ravel(), minlength=n)
    sy = np.bincount(flat, weights=(pop * ys).ravel(), minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        cx, cy = sx / weight, sy / weight
    cx[weight == 0], cy[weight == 0] = np.nan, np.nan
    points = gpd.GeoSeries(gpd.points_from_xy(cx[1:], cy[1:]), crs=raster_crs)
    if raster_crs is not None and areas.crs is not None and areas.crs != raster_crs:
        points = points.to_crs(areas.crs)
    x = np.where(np.isnan(cx[1:]), np.nan, points.x.to_numpy())
    y = np.where(np.isnan(cy[1:]), np.nan, points.y.to_numpy())
    return x, y, weight[1:]


def assign_areas(
    areas,
    code_field: str,
    polygons,
    id_field: str,
    method: str = OVERLAP,
    population_raster: Optional[str] = None,
    progress: Progress = NO_PROGRESS,
):
    """Which polygon each area goes to. Returns a frame with one row per area:
    ``source`` (area code), ``target`` (polygon id, missing when in none), ``overlap_share``
    (share of the area's area inside that polygon), ``method`` (``overlap``, ``grid centre`` or
    ``point on surface``), ``grid_population`` (persons of the grid in the area, when given).
    """
    np = require("numpy")
    pd = require("pandas")
    gpd = require("geopandas")
    if method not in (OVERLAP, CENTROID):
        raise InputError(f"Unknown method '{method}': use '{OVERLAP}' or '{CENTROID}'.")
    if id_field not in polygons.columns:
        raise InputError(f"The district layer has no field {id_field}.")
    if polygons[id_field].isna().any() or polygons[id_field].duplicated().any():
        raise InputError(
            f"The district field {id_field} must name each district once; it has empty or "
            "repeated values. Choose a field with a unique name or number per district."
        )
    polygons = _same_crs(areas, polygons)[[id_field, polygons.geometry.name]].reset_index(drop=True)
    areas = areas.reset_index(drop=True)
    source = areas[code_field].map(lambda v: codes.normalise_code(v) or v)
    area_size = areas.geometry.area.to_numpy()

    population = np.full(len(areas), np.nan)
    gx = gy = None
    if population_raster:
        gx, gy, population = grid_centres(areas, population_raster, progress.sub(0, 40))
    progress.set(40)

    # overlap of every area with every district it touches
    left = gpd.GeoDataFrame(
        {"_i": np.arange(len(areas))}, geometry=areas.geometry.to_numpy(), crs=areas.crs
    )
    right = gpd.GeoDataFrame(
        {"_t": polygons[id_field].to_numpy()},
        geometry=polygons.geometry.to_numpy(),
        crs=polygons.crs,
    )
    pieces = gpd.overlay(left, right, how="intersection", keep_geom_type=True)
    pieces["_a"] = pieces.geometry.area
    progress.check()
    progress.set(80)
    best = pieces.sort_values(["_i", "_a"], ascending=[True, False]).drop_duplicates("_i")
    target = pd.Series([None] * len(areas), dtype=object)
    how = pd.Series(OVERLAP, index=range(len(areas)), dtype=object)
    if method == OVERLAP:
        for i, t in zip(best["_i"], best["_t"]):
            target[i] = t
    else:
        rep = areas.geometry.representative_point()
        px, py = rep.x.to_numpy(), rep.y.to_numpy()
        how[:] = "point on surface"
        if gx is not None:
            use_grid = ~np.isnan(gx)
            px, py = np.where(use_grid, gx, px), np.where(use_grid, gy, py)
            how[use_grid] = "grid centre"
        pts = gpd.GeoDataFrame(
            {"_i": np.arange(len(areas))}, geometry=gpd.points_from_xy(px, py), crs=areas.crs
        )
        hit = gpd.sjoin(pts, right, how="inner", predicate="within").drop_duplicates("_i")
        for i, t in zip(hit["_i"], hit["_t"]):
            target[i] = t
    inside_area = pieces.groupby(["_i", "_t"])["_a"].sum().to_dict()
    overlap = []
    for i, t in enumerate(target):
        inside = 0.0 if t is None else inside_area.get((i, t), 0.0)
        overlap.append(float(inside) / area_size[i] if area_size[i] > 0 else 0.0)
    progress.set(100)
    return pd.DataFrame(
        {
            "source": source.to_numpy(),
            "target": target.to_numpy(),
            "overlap_share": overlap,
            "method": how.to_numpy(),
            "grid_population": population,
        }
    )
