"""Does a raster fit the polygons it is summarised over? (zonal statistics, population grids)

- Polygons in another coordinate reference system (CRS) than the raster are reprojected to the
  raster's; the raster is never resampled.
- A raster without CRS (or polygons without one) is taken to be in the other's CRS, with a
  warning, when the two overlap; when they do not, nothing sensible can be computed and the
  run stops with a message naming the raster, both extents and what to do.
- A raster that does not overlap the polygons at all stops the run the same way: every
  polygon would otherwise get "outside the raster", or a window outside the raster would be
  read.
"""

from __future__ import annotations

from ..common.bounds import total_bounds
from ..common.dependencies import require
from ..common.errors import InputError
from . import spatial


class Caution(str):
    """A note that needs the user's attention (a tool shows it as a warning)."""


def raster_name(raster, ds) -> str:
    """The file of ``raster`` (a path, or an open dataset's name) for messages."""
    if hasattr(raster, "read"):
        return str(getattr(ds, "name", "") or "the raster")
    return str(raster)


def crs_text(crs) -> str:
    if crs is None:
        return "no coordinate reference system"
    epsg = crs.to_epsg() if hasattr(crs, "to_epsg") else None
    return f"EPSG:{epsg}" if epsg else crs.to_string()


def extent_text(bounds, crs) -> str:
    """'x 0–400, y 6,000,000–6,000,400 in EPSG:3006'."""
    left, bottom, right, top = (float(b) for b in bounds)

    def number(v):
        return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.6g}"

    where = f"in {crs_text(crs)}" if crs is not None else "without a coordinate reference system"
    return f"x {number(left)}–{number(right)}, y {number(bottom)}–{number(top)} {where}"


def _overlap(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def fit_polygons(ds, zones, name: str):
    """``(geometries in the raster's CRS, notes, bounds)`` for the polygons of ``zones`` over
    the open raster ``ds`` (see the module's text; ``bounds`` of those with a geometry, None
    without any); raises :class:`InputError` when the raster does not overlap the polygons
    that have a geometry."""
    np = require("numpy")
    notes = []
    geoms = zones.geometry
    reprojected = zones.crs is not None and ds.crs is not None and zones.crs != ds.crs
    if reprojected:
        notes.append(
            f"Polygons reprojected from {crs_text(zones.crs)} to the raster's "
            f"{crs_text(ds.crs)} before the statistics (the raster is not resampled)."
        )
        geoms = zones.geometry.to_crs(ds.crs)
    usable = spatial.usable(geoms)
    if not usable.any():
        return geoms, notes, None
    bounds = total_bounds(geoms[usable])
    raster_bounds = tuple(ds.bounds)
    fits = bool(np.isfinite(bounds).all()) and _overlap(bounds, raster_bounds)
    crs = ds.crs if ds.crs is not None else zones.crs
    where = (
        f"The raster '{name}' (extent {extent_text(raster_bounds, ds.crs)}) does not overlap "
        f"the polygons (extent {extent_text(bounds, crs)}"
        + (f", reprojected from {crs_text(zones.crs)})" if reprojected else ")")
    )
    if ds.crs is None or zones.crs is None:
        missing = "the raster has" if ds.crs is None else "the polygons have"
        if not fits:
            raise InputError(
                f"{where}, and {missing} no coordinate reference system. Assign the right "
                "coordinate reference system (e.g. Raster › Projections › Assign projection for "
                "the raster) and run again."
            )
        other = crs_text(zones.crs if ds.crs is None else ds.crs)
        notes.append(
            Caution(
                f"{missing[0].upper()}{missing[1:]} no coordinate reference system ('{name}'); "
                f"taken to be the same as the other's ({other}), as their extents overlap. "
                "Check the result, or assign the right coordinate reference system."
            )
        )
    elif not fits:
        raise InputError(
            f"{where}. Check that the raster covers the areas and that both layers have the "
            "right coordinate reference system."
        )
    return geoms, notes, bounds


def read_band(ds, band: int, window, name: str):
    """``ds.read(band, window=window, masked=True)``; a window the raster cannot give
    (rasterio's WindowError) becomes an :class:`InputError` naming the raster and its extent."""
    errors = require("rasterio.errors")
    try:
        return ds.read(band, window=window, masked=True)
    except errors.WindowError as exc:
        raise InputError(
            f"The part of the raster '{name}' under the polygons cannot be read (raster extent "
            f"{extent_text(tuple(ds.bounds), ds.crs)}): {exc}. Check that the raster covers "
            "the areas."
        ) from exc
