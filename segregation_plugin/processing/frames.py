"""Convert between QGIS layers/feature sources and pandas/geopandas frames.

Algorithms read their input layers with :func:`read_source` / :func:`source_to_frame` (the
feature id becomes the frame's index, so core can name features in its messages; the layer
is checked first, see :mod:`.layer_checks`) and stage their results with
``self.writer.add_frame`` (see :mod:`.writing`), which writes them with :func:`write_features`
once the computation is finished. Inputs are only read, never changed.
"""

from __future__ import annotations

from itertools import chain
from typing import Iterable, Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
)

from ..core.common.collector import paused_gc
from ..core.common.dependencies import require
from ..core.common.errors import Cancelled, InputError
from ..core.common.geometries import as_list, present
from ..i18n import tr
from . import compat, layer_checks
from .frame_values import (
    geometry_column,
    native_column,
    picker,
    plain_values,
    read_geometry,
    remember_read,
    wkb_reader,
    wkb_writer,
)
from .layer_checks import (  # noqa: F401 (for the tools)
    LINE,
    POINT,
    POLYGON,
    crs_is_missing,
    log_reprojection,
    require_overlap,
    source_name,
)

_FIELD_TYPES = {
    "int": compat.FIELD_TYPE_INT,
    "double": compat.FIELD_TYPE_DOUBLE,
    "bool": compat.FIELD_TYPE_BOOL,
    "string": compat.FIELD_TYPE_STRING,
}


def make_field(name: str, kind: str) -> QgsField:
    """A QgsField of kind ``int``, ``double``, ``bool`` or ``string`` (QGIS 3.22 to 4)."""
    return QgsField(name, _FIELD_TYPES[kind])


def _qgs_crs_of(source):
    return source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()


def _crs_of(source):
    crs = _qgs_crs_of(source)
    if layer_checks.crs_is_missing(crs):
        return None
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt()


# Qt's type ids of a field's type (the same numbers in Qt 5 and 6) → dtype of an empty column
_EMPTY_DTYPES = {1: "bool", 2: "int64", 3: "int64", 4: "int64", 5: "int64", 6: "float64"}
_EMPTY_DTYPES.update({32: "int64", 33: "int64", 35: "int64", 36: "int64", 38: "float64"})


def _empty_frame(source, names, index):
    """The columns of a layer without features, typed from its fields where pandas can."""
    pd = require("pandas")
    fields = source.fields()
    columns = {}
    for name in names:
        kind = fields.field(name).type()
        dtype = _EMPTY_DTYPES.get(int(getattr(kind, "value", kind)), "object")
        columns[name] = pd.Series([], dtype=dtype)
    return pd.DataFrame(columns, columns=names, index=index)


def read_source(
    algorithm, parameters, name: str, context, feedback=None, required: bool = False, **options
):
    """``(source, frame)`` of the feature source parameter ``name`` of ``algorithm``, read
    with :func:`source_to_frame`: the label is the parameter's description, and a parameter
    for points, lines or polygons needs them (a layer without them, without a CRS or with
    coordinates that do not fit it gets a message). ``options`` go to
    :func:`source_to_frame` (``fields``, ``geometry``, ``geometry_types``,
    ``allow_missing_geometry``). ``(None, None)`` for an optional layer left empty.
    ``required``: a tool that cannot run on a layer without features refuses one, naming the
    layer and the parameter (an empty layer is otherwise ordinary input)."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None and parameters.get(name) in (None, ""):
        return None, None  # an optional layer left empty
    definition = algorithm.parameterDefinition(name)
    options.setdefault("label", definition.description())
    if source is not None:
        options.setdefault("name", layer_checks.source_name(source, parameters.get(name)))
    if options.get("geometry", True):
        options.setdefault("geometry_types", layer_checks.kinds_of(definition.dataTypes()))
    frame = source_to_frame(source, feedback=feedback, **options)
    if required:
        require_features(frame, source, options.get("label", ""), options.get("name", ""))
    return source, frame


def check_geometry_type(algorithm, parameters, name: str, context) -> None:
    """For a tool that reads only a layer's attributes (``geometry=False``) but draws the
    layer: the layer of parameter ``name`` has the geometry its parameter declares (points,
    lines or polygons) and a CRS, else an InputError naming it, as :func:`read_source` says
    when it reads the geometries. Nothing for an optional layer left empty or a table."""
    source = algorithm.parameterAsSource(parameters, name, context)
    definition = algorithm.parameterDefinition(name)
    kinds = layer_checks.kinds_of(definition.dataTypes())
    if source is None or not kinds:
        return
    layer = layer_checks.layer_text(
        source, definition.description(), layer_checks.source_name(source, parameters.get(name))
    )
    layer_checks.check_source(source, layer, kinds)


def require_features(frame, source, label: str, name: str = "") -> None:
    """An InputError naming the layer and its parameter when ``frame`` has no features."""
    if not len(frame):
        raise InputError(
            tr(
                "The layer '{layer}' ({parameter}) has no features: there is nothing to compute. "
                "Choose a layer with features (is a filter or a selection hiding them?)."
            ).format(layer=name or layer_checks.source_name(source), parameter=label)
        )


def source_to_frame(
    source,
    fields: Optional[Iterable[str]] = None,
    geometry: bool = True,
    feedback=None,
    label: str = "layer",
    geometry_types: Iterable[str] = (),
    allow_missing_geometry: bool = False,
    name: str = "",
):
    """Read a vector layer or ``QgsProcessingFeatureSource`` into a frame.

    Returns a GeoDataFrame (CRS from the layer) when ``geometry`` is true and the source
    has geometry, else a DataFrame. The index is the QGIS feature id, named ``fid``. A layer
    without features gives an empty frame with the layer's columns (and geometry and CRS).

    ``label`` names the layer in messages (the parameter's description; ``name`` the layer,
    when its source does not know it). ``geometry_types``
    (``POINT``, ``LINE``, ``POLYGON``) are the geometries the tool needs: the layer must have
    them and a CRS its coordinates fit (else InputError, see :mod:`.layer_checks`); features
    without geometry are left out with a warning, or kept with ``allow_missing_geometry``
    (for a tool that reports them).
    """
    pd = require("pandas")
    if source is None:
        raise InputError(tr("Choose a layer for '{}'.").format(label))
    kinds = tuple(geometry_types or ()) if geometry else ()
    layer = layer_checks.layer_text(source, label, name)
    all_names = [f.name() for f in source.fields()]
    if fields is None:
        names = all_names
    else:
        names = [n for n in fields if n]
        unknown = [n for n in names if n not in all_names]
        if unknown:
            raise InputError(
                tr("The layer {layer} has no field {missing} (its fields: {fields}).").format(
                    layer=layer, missing=", ".join(unknown), fields=", ".join(all_names)
                )
            )
    if kinds:
        layer_checks.check_source(source, layer, kinds)
    spatial = geometry and (
        source.wkbType() not in (compat.WKB_NO_GEOMETRY, compat.WKB_UNKNOWN) or bool(kinds)
    )
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(names, source.fields())
    if not spatial:
        request.setFlags(compat.NO_GEOMETRY)
    columns = [source.fields().indexOf(n) for n in names]  # attributes() by position
    with paused_gc():  # thousands of new objects, none of them in a cycle
        ids, rows, geoms, boxes = _read_features(source, request, columns, spatial, feedback)
    index = pd.Index(ids, name="fid", dtype="int64")
    if rows:
        frame = pd.DataFrame(rows, columns=names, index=index).infer_objects()
    else:
        frame = _empty_frame(source, names, index)
    if spatial:
        gpd = require("geopandas")
        crs = _crs_of(source)
        frame = gpd.GeoDataFrame(frame, geometry=geometry_column(geoms, crs), crs=crs)
        if kinds:
            frame = layer_checks.check_features(
                frame, layer, kinds, allow_missing_geometry, feedback
            )
            layer_checks.check_coordinates(
                frame, _qgs_crs_of(source), layer, feedback, _extent(boxes)
            )
    frame.attrs[layer_checks.LAYER_ATTR] = layer  # for messages that name the layer
    return frame


def _read_features(source, request, columns, spatial: bool, feedback):
    """(ids, attribute rows, shapely geometries, bounding boxes) of the features. A row is
    the feature's values (of ``columns``, positions in its attributes) as PyQGIS gives them;
    the values that are not Python's own (NULL, dates) are converted afterwards, in the
    columns that have any (:func:`.frame_values.plain_values`)."""
    read_wkb = wkb_reader() if spatial else None
    total = source.featureCount() or 0
    ids, rows, geoms, boxes = [], [], [], []
    every = columns == list(range(len(source.fields())))
    pick = picker(columns)
    for i, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                raise Cancelled()
            if total > 0:
                feedback.setProgress(min(100.0, 100.0 * i / total))
        ids.append(feature.id())
        values = feature.attributes()
        rows.append(values if every and len(values) == len(columns) else pick(values))
        if spatial:
            g = feature.geometry()
            if g is None or g.isNull():
                geoms.append(None)
                continue
            data = bytes(g.asWkb())
            geoms.append(read_wkb(data))
            remember_read(geoms[-1], g, data)  # written back as it was read
            if not g.isEmpty():  # the extent, for check_coordinates
                box = g.boundingBox()
                boxes.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    plain_values(rows)
    return ids, rows, geoms, boxes


def _extent(boxes):
    """(minx, miny, maxx, maxy) of the features' bounding boxes; None without any.
    (``zip(*boxes)`` holds an iterator per box and goes round them all: 36 ms for 96,000
    boxes against 1 ms for 6,000. Flattened into numpy: 24 ms and 1.5 ms.)"""
    if not boxes:
        return None
    np = require("numpy")
    values = np.fromiter(chain.from_iterable(boxes), float, 4 * len(boxes)).reshape(-1, 4)
    low, high = values.min(axis=0), values.max(axis=0)
    return float(low[0]), float(low[1]), float(high[2]), float(high[3])


def fields_from_frame(frame, exclude: Iterable[str] = ()) -> QgsFields:
    """QgsFields for the (non-geometry) columns of ``frame``, typed from their dtypes."""
    pd = require("pandas")
    geom_col = getattr(frame, "_geometry_column_name", None)
    fields = QgsFields()
    for name in frame.columns:
        if name == geom_col or name in exclude:
            continue
        dtype = frame[name].dtype
        if pd.api.types.is_bool_dtype(dtype):
            kind = "bool"
        elif pd.api.types.is_integer_dtype(dtype):
            kind = "int"
        elif pd.api.types.is_float_dtype(dtype):
            kind = "double"
        else:
            kind = "string"
        fields.append(make_field(str(name), kind))
    return fields


def wkb_type_of(frame):
    """The QGIS geometry type to write ``frame`` with (multi types for lines/polygons)."""
    geom_col = getattr(frame, "_geometry_column_name", None)
    if geom_col is None or geom_col not in frame.columns:
        return compat.WKB_NO_GEOMETRY
    types = set(frame.geometry.dropna().geom_type.unique())
    if types & {"Polygon", "MultiPolygon"}:
        return compat.WKB_MULTIPOLYGON
    if types & {"LineString", "MultiLineString"}:
        return compat.WKB_MULTILINESTRING
    if "MultiPoint" in types:
        return compat.WKB_MULTIPOINT
    if "Point" in types:
        return compat.WKB_POINT
    return compat.WKB_NO_GEOMETRY if not types else compat.WKB_UNKNOWN


def frame_features(frame, fields: QgsFields, wkb_type) -> list:
    """QgsFeatures for the rows of ``frame`` (attributes by field name)."""
    names = [f.name() for f in fields]
    spatial = wkb_type != compat.WKB_NO_GEOMETRY
    multi = compat.is_multi_type(wkb_type)
    rows = list(zip(*[native_column(frame[n]) for n in names])) or [()] * len(frame)
    geoms = as_list(frame.geometry) if spatial else None
    shown = present(geoms) if spatial else None  # a geometry, and not empty
    to_wkb = wkb_writer() if spatial else None
    features = []
    for i in range(len(frame)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(rows[i]))
        if spatial and shown[i]:
            read = read_geometry(geoms[i])
            if read is not None:
                g = QgsGeometry(read)
            else:
                g = QgsGeometry()
                g.fromWkb(to_wkb(geoms[i]))
            if multi and not g.isMultipart():
                g.convertToMultiType()
            feature.setGeometry(g)
        features.append(feature)
    return features


def qgis_crs(crs):
    """A QgsCoordinateReferenceSystem for a pyproj CRS (or EPSG string); invalid if None."""
    from qgis.core import QgsCoordinateReferenceSystem

    if crs is None:
        return QgsCoordinateReferenceSystem()
    if isinstance(crs, str):
        return QgsCoordinateReferenceSystem(crs)
    epsg = crs.to_epsg()
    if epsg:
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


CHUNK = 2000  # features written between two looks at the cancel button


def write_features(sink, frame, fields, wkb_type, feedback=None, label: str = "") -> None:
    """Write the rows of ``frame`` to ``sink`` in chunks of :data:`CHUNK` features.

    Raises ``Cancelled`` when ``feedback`` is cancelled between two chunks and
    ``QgsProcessingException`` naming the output ``label`` when the sink refuses features."""
    for start in range(0, len(frame), CHUNK):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        with paused_gc():
            features = frame_features(frame.iloc[start : start + CHUNK], fields, wkb_type)
        if not sink.addFeatures(features, compat.FAST_INSERT):
            raise QgsProcessingException(
                tr("The output {output} could not be written: {error}").format(
                    output=label, error=sink.lastError() or tr("the file refused the features")
                )
            )
    if not sink.flushBuffer():
        raise QgsProcessingException(
            tr("The output {output} could not be written: {error}").format(
                output=label, error=sink.lastError() or tr("the file refused the features")
            )
        )


def frame_to_sink(
    algorithm, parameters, name, context, frame, crs=None, wkb_type=None, feedback=None
):
    """Write ``frame`` to the algorithm's feature sink output ``name`` now; returns its id.

    Tools do not call this: they stage their outputs with ``self.writer.add_frame``, which
    writes them all after the computation and removes them again when one fails (see
    :mod:`.writing`). This is for scripts that want one sink written at once.
    """
    fields = fields_from_frame(frame)
    wkb_type = wkb_type_of(frame) if wkb_type is None else wkb_type
    if crs is None:
        crs = qgis_crs(getattr(frame, "crs", None))
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    try:
        write_features(sink, frame, fields, wkb_type, feedback, name)
    finally:
        del sink  # closes the file
    return dest_id
