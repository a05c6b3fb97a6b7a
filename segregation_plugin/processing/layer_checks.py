"""Checks of an input layer before a tool works with it, for :func:`.frames.source_to_frame`.

A tool that needs geometry (``geometry_types``: points, lines, polygons) gets, instead of a
traceback from deep inside geopandas, a message naming the layer (its name and the parameter
it was given for) and saying what to do when:

- the layer is a table, or has points where polygons are needed (the dialog offers only the
  right layers, ``processing.run`` and models do not);
- it has no coordinate reference system;
- none of its features has a geometry; some without one are left out (or kept, for tools that
  report them) with a warning naming them;
- its coordinates cannot be in its CRS: more than 180/90 in a geographic CRS, degrees in a
  projected one (18.06, 59.33 in SWEREF 99 TM). Coordinates far from where a projected CRS is
  used (its area of use) get a warning.

An empty layer (an empty selection, a filter that matches nothing) is ordinary input: the
checks of the features do not apply to it.
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
)

from ..core.common.bounds import total_bounds
from ..core.common.dependencies import require
from ..core.common.errors import InputError
from ..core.common.geometries import present
from ..i18n import format_number, tr
from . import compat

POINT, LINE, POLYGON = "point", "line", "polygon"
# the geometry kinds a layer parameter's types ask for (VECTOR, VECTOR_ANY_GEOMETRY: any)
KINDS_OF_TYPES = {
    compat.VECTOR_POINT: (POINT,),
    compat.VECTOR_LINE: (LINE,),
    compat.VECTOR_POLYGON: (POLYGON,),
    compat.VECTOR_ANY_GEOMETRY: (POINT, LINE, POLYGON),
}
_KIND_OF_GEOMETRY_TYPE = {
    compat.GEOMETRY_POINT: POINT,
    compat.GEOMETRY_LINE: LINE,
    compat.GEOMETRY_POLYGON: POLYGON,
}
_SHAPELY_TYPES = {
    POINT: ("Point", "MultiPoint"),
    LINE: ("LineString", "MultiLineString", "LinearRing"),
    POLYGON: ("Polygon", "MultiPolygon"),
}
SHOWN_IDS = 5  # feature ids named in a message
LAYER_ATTR = "layer"  # frame.attrs key: the layer as messages name it (see layer_text)


def _number(value) -> int:
    """An enum's number: ``dataTypes()`` gives ints, compat's names may be Python enums."""
    return int(getattr(value, "value", value))


def kinds_of(data_types) -> tuple:
    """The geometry kinds a parameter with ``data_types`` needs; () for any layer or table."""
    by_number = {_number(t): kinds for t, kinds in KINDS_OF_TYPES.items()}
    kinds = []
    for data_type in data_types or ():
        if _number(data_type) not in by_number:
            return ()
        kinds.extend(k for k in by_number[_number(data_type)] if k not in kinds)
    return tuple(kinds)


def _kinds_text(kinds) -> str:
    names = {POINT: tr("points"), LINE: tr("lines"), POLYGON: tr("polygons")}
    return tr(" or ").join(names[k] for k in kinds)


def source_name(source, value=None) -> str:
    """The layer's name; for a layer given as a file path ``…gpkg|layername=deso`` (scripts,
    qgis_process), the layer in the file rather than the file's name QGIS gives it."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, str) and "layername=" in value:
        for part in value.split("|")[1:]:
            if part.startswith("layername="):
                return part[len("layername=") :]
    return source.sourceName() if hasattr(source, "sourceName") else source.name()


def layer_text(source, label: str, name: str = "") -> str:
    """The layer as a message names it: 'deso' (for 'Area layer'), or 'deso' alone."""
    name = name or source_name(source)
    if label and label != name:
        return tr("'{name}' (for '{label}')").format(name=name, label=label)
    return f"'{name}'"


def _crs_of(source):
    return source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()


# the CRS QGIS gives a layer saved without one (a GeoPackage's srs_id 0 and -1, by its spec):
# valid to QGIS, but no place on Earth
_UNDEFINED_CRS_NAMES = ("undefined geographic srs", "undefined cartesian srs")


def crs_is_missing(crs) -> bool:
    """Whether ``crs`` (a QgsCoordinateReferenceSystem) says nothing about where the layer
    is: invalid, or the placeholder a file without a CRS opens with ("Undefined geographic
    SRS": no authority id, a name that says undefined, QGIS's own ``isValid()`` is true)."""
    if crs is None or not crs.isValid():
        return True
    if crs.authid():
        return False
    names = [crs.description()]
    wkt = crs.toWkt()
    match = re.match(r'\s*[A-Z_]+\["([^"]*)"', wkt or "")
    if match:
        names.append(match.group(1))
    return any(n and n.strip().lower() in _UNDEFINED_CRS_NAMES for n in names)


def _crs_text(crs) -> str:
    return crs.authid() or crs.description() or tr("a custom CRS")


def check_source(source, layer: str, kinds) -> None:
    """Before reading: the layer has geometry of one of ``kinds`` and a CRS."""
    wkb = source.wkbType()
    if wkb == compat.WKB_NO_GEOMETRY:
        raise InputError(
            tr(
                "The layer {layer} is a table without geometry; this tool needs {kinds}. Choose "
                "a layer with {kinds}."
            ).format(layer=layer, kinds=_kinds_text(kinds))
        )
    kind = _KIND_OF_GEOMETRY_TYPE.get(compat.geometry_type_of(wkb))
    if wkb != compat.WKB_UNKNOWN and kind not in kinds:
        raise InputError(
            tr(
                "The layer {layer} has {actual}; this tool needs {kinds}. Choose a layer with {kinds}."
            ).format(
                layer=layer,
                actual=_kinds_text([kind]) if kind else compat.wkb_display_string(wkb),
                kinds=_kinds_text(kinds),
            )
        )
    if crs_is_missing(_crs_of(source)):
        raise InputError(
            tr(
                "The layer {layer} has no coordinate reference system: set it in Layer "
                "Properties → Source (for Swedish data usually SWEREF 99 TM, EPSG:3006), then "
                "run the tool again."
            ).format(layer=layer)
        )


def _ids(index) -> str:
    shown = ", ".join(str(i) for i in list(index[:SHOWN_IDS]))
    return shown + (" …" if len(index) > SHOWN_IDS else "")


def check_features(frame, layer: str, kinds, allow_missing: bool, feedback):
    """After reading: the features have geometries of ``kinds``; those without one are left
    out (kept with ``allow_missing``) with a warning. Returns the frame to work with."""
    if not len(frame):
        return frame
    geometries = frame.geometry
    missing = ~require("numpy").array(present(geometries), dtype=bool)
    if missing.all():
        raise InputError(
            tr(
                "None of the {n} features of the layer {layer} has a geometry. Choose the layer "
                "with the shapes (not a table joined to them), or check its filter."
            ).format(n=len(frame), layer=layer)
        )
    allowed = [t for k in kinds for t in _SHAPELY_TYPES[k]]
    wrong = ~missing & ~geometries.geom_type.isin(allowed).to_numpy()
    if wrong.any():
        raise InputError(
            tr(
                "{k} features of the layer {layer} are not {kinds} (feature ids {ids}); this "
                "tool needs {kinds}. Choose a layer with {kinds}."
            ).format(
                k=int(wrong.sum()),
                layer=layer,
                kinds=_kinds_text(kinds),
                ids=_ids(frame.index[wrong]),
            )
        )
    if missing.any() and feedback is not None:
        what = (
            tr("they are kept, without a place on the map")
            if allow_missing
            else tr("they are left out")
        )
        feedback.pushWarning(
            tr(
                "{k} of {n} features of the layer {layer} have no geometry (feature ids {ids}): {what}."
            ).format(
                k=int(missing.sum()),
                n=len(frame),
                layer=layer,
                ids=_ids(frame.index[missing]),
                what=what,
            )
        )
    return frame if allow_missing else frame[~missing]


def _coordinate(value: float) -> str:
    # whole metres as plain digits (coordinates are not quantities: no thousands grouping)
    return str(round(value)) if abs(value) >= 1000 else format_number(value, None)


def _box(bounds) -> str:
    x0, y0, x1, y1 = (_coordinate(v) for v in bounds)
    return tr("x {x0} to {x1}, y {y0} to {y1}").format(x0=x0, x1=x1, y0=y0, y1=y1)


def _area_of_use(crs):
    """(lon/lat box, box in ``crs``) where ``crs`` is used; None when QGIS does not know it."""
    bounds = crs.bounds()
    if bounds.isNull() or bounds.isEmpty():
        return None
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        projected = QgsCoordinateTransform(wgs84, crs, QgsProject.instance()).transformBoundingBox(
            bounds
        )
    except QgsCsException:
        return None
    lonlat = (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum())
    box = (projected.xMinimum(), projected.yMinimum(), projected.xMaximum(), projected.yMaximum())
    return lonlat, box


def _inside(bounds, box, margin: float = 0.0) -> bool:
    x0, y0, x1, y1 = bounds
    return (
        x0 >= box[0] - margin
        and y0 >= box[1] - margin
        and x1 <= box[2] + margin
        and y1 <= box[3] + margin
    )


def _overlaps(bounds, box, margin: float) -> bool:
    x0, y0, x1, y1 = bounds
    return not (
        x1 < box[0] - margin or x0 > box[2] + margin or y1 < box[1] - margin or y0 > box[3] + margin
    )


def check_coordinates(frame, crs, layer: str, feedback, extent=None) -> None:
    """The features' coordinates can be in ``crs`` (a QgsCoordinateReferenceSystem).
    ``extent``: the features' (minx, miny, maxx, maxy) when the reader knows it already."""
    if extent is None:
        geometries = frame.geometry.dropna()
        geometries = geometries[~geometries.is_empty]
        if len(geometries):
            extent = total_bounds(geometries)
    if extent is None or crs_is_missing(crs):
        return
    bounds = tuple(float(v) for v in extent)
    fix = tr(
        "Set the CRS the data were made in, in Layer Properties → Source (do not reproject), "
        "then run the tool again."
    )
    if crs.isGeographic():
        if not _inside(bounds, (-180.0, -90.0, 180.0, 90.0), 0.5):
            raise InputError(
                tr(
                    "The layer {layer} is in {crs}, whose coordinates are degrees, but its "
                    "features lie at {extent}: these are not degrees (they look like metres). "
                    "{fix}"
                ).format(layer=layer, crs=_crs_text(crs), extent=_box(bounds), fix=fix)
            )
        return
    area = _area_of_use(crs)
    if area is None:
        return
    lonlat, box = area
    regional = lonlat[2] - lonlat[0] < 90  # not a world CRS, where degrees are metres too
    if regional and _inside(bounds, lonlat, 1.0):
        raise InputError(
            tr(
                "The layer {layer} is in {crs}, whose coordinates are metres, but its features "
                "lie at {extent}: these look like degrees of longitude and latitude (the layer "
                "is probably in WGS 84, EPSG:4326). {fix}"
            ).format(layer=layer, crs=_crs_text(crs), extent=_box(bounds), fix=fix)
        )
    size = max(box[2] - box[0], box[3] - box[1])
    if not _overlaps(bounds, box, size) and feedback is not None:
        feedback.pushWarning(
            tr(
                "The layer {layer} lies at {extent}, far from where {crs} is used ({area}). "
                "If the layer is not where you expect it on the map, its CRS is set wrong: {fix}"
            ).format(layer=layer, extent=_box(bounds), crs=_crs_text(crs), area=_box(box), fix=fix)
        )


def log_reprojection(feedback, moved, target) -> None:
    """Say that the tool reprojects the frame ``moved`` to the CRS of the frame ``target``,
    when they differ (core does it where it combines the layers). The layers are named as
    :func:`.frames.source_to_frame` read them (``frame.attrs["layer"]``)."""
    crs, other = getattr(moved, "crs", None), getattr(target, "crs", None)
    if feedback is None or crs is None or other is None or crs == other:
        return
    names = [getattr(f, "attrs", {}).get(LAYER_ATTR) for f in (moved, target)]
    if all(names):
        text = tr(
            "The layer {moved} is in {crs}, the layer {target} in {other}: the first is "
            "reprojected to {other} for the computation (your layers are not changed)."
        )
    else:
        text = tr(
            "Two input layers are in different coordinate systems: one in {crs} is reprojected "
            "to {other} for the computation (your layers are not changed)."
        )
    feedback.pushInfo(
        text.format(moved=names[0], target=names[1], crs=crs.to_string(), other=other.to_string())
    )


def require_overlap(first, first_label: str, second, second_label: str) -> None:
    """InputError when the extents of two non-empty frames (in one CRS) do not meet: every
    feature of the first would lie outside the second. Names both layers and their extents."""
    if not len(first) or not len(second):
        return
    a = first.to_crs(second.crs) if first.crs and second.crs and first.crs != second.crs else first
    ax0, ay0, ax1, ay1 = total_bounds(a.geometry)
    bx0, by0, bx1, by1 = total_bounds(second.geometry)
    if ax0 <= bx1 and bx0 <= ax1 and ay0 <= by1 and by0 <= ay1:
        return
    raise InputError(
        tr(
            "The {first} lies outside the {second}: the first covers {first_box}, the second "
            "{second_box}. Choose layers of the same region, or check the CRS of both."
        ).format(
            first=first_label,
            second=second_label,
            first_box=_box((ax0, ay0, ax1, ay1)),
            second_box=_box((bx0, by0, bx1, by1)),
        )
    )
