"""The one place for names that differ between QGIS 3.22, 3.34+ and QGIS 4 (Qt 6).

QGIS 3.26–3.36 moved many enums of the API classes into ``Qgis`` (e.g.
``QgsProcessing.TypeVectorPolygon`` became ``Qgis.ProcessingSourceType.VectorPolygon`` in
3.36), deprecated the old spellings and QGIS 4 removes them; Qt 6 also drops the
``QVariant`` field types that ``QgsField`` took up to QGIS 3.36 (``QMetaType`` from 3.38).
Each name is resolved once, here, when the plugin loads: the ``Qgis`` enum when this QGIS
has it, else the old one (written with its enum class, ``QgsProcessing.SourceType.…``, which
PyQt 5 and PyQt 6 both accept). The rest of the plugin (``processing/``, ``gui/``,
``plugin.py``, ``tools/``) uses only the plain names below; ``tests/test_compat.py`` checks
that the old spellings do not come back.

When the new enums came (QGIS API documentation; the choice is made at run time, so these
are for orientation only): ``Qgis.LabelPlacement`` and ``Qgis.GraduatedMethod`` 3.26,
``Qgis.ShaderInterpolationMethod`` 3.28, ``Qgis.WkbType``, ``Qgis.GeometryType`` and the unit
enums 3.30, ``Qgis.Processing…`` and ``Qgis.FeatureRequestFlag`` 3.36 (3.34 still documents
the old ones), ``Qgis.LegendComponent`` after 3.40. ``QgsFeatureSink.Flag``,
``QgsVectorFileWriter``'s action and error enums and ``QgsDiagramLayerSettings.Placement``
stay in their classes up to QGIS 4.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsColorRampShader,
    QgsDiagramLayerSettings,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGraduatedSymbolRenderer,
    QgsLayoutItemPicture,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsWkbTypes,
)


def _resolve(new: str, owner, old: str):
    """``Qgis.<new>`` when this QGIS has it, else ``owner.<old>`` (both dotted paths)."""
    value = Qgis
    for part in new.split("."):
        value = getattr(value, part, None)
        if value is None:
            break
    else:
        return value
    value = owner
    for part in old.split("."):
        value = getattr(value, part)
    return value


# --- Processing: source types of layer parameters and sinks --------------------------------
VECTOR = _resolve("ProcessingSourceType.Vector", QgsProcessing, "SourceType.TypeVector")
VECTOR_ANY_GEOMETRY = _resolve(
    "ProcessingSourceType.VectorAnyGeometry", QgsProcessing, "SourceType.TypeVectorAnyGeometry"
)
VECTOR_POINT = _resolve(
    "ProcessingSourceType.VectorPoint", QgsProcessing, "SourceType.TypeVectorPoint"
)
VECTOR_LINE = _resolve(
    "ProcessingSourceType.VectorLine", QgsProcessing, "SourceType.TypeVectorLine"
)
VECTOR_POLYGON = _resolve(
    "ProcessingSourceType.VectorPolygon", QgsProcessing, "SourceType.TypeVectorPolygon"
)

# --- Processing: parameter types and flags --------------------------------------------------
NUMBER_INTEGER = _resolve(
    "ProcessingNumberParameterType.Integer", QgsProcessingParameterNumber, "Type.Integer"
)
NUMBER_DOUBLE = _resolve(
    "ProcessingNumberParameterType.Double", QgsProcessingParameterNumber, "Type.Double"
)
FIELD_ANY = _resolve(
    "ProcessingFieldParameterDataType.Any", QgsProcessingParameterField, "DataType.Any"
)
FIELD_NUMERIC = _resolve(
    "ProcessingFieldParameterDataType.Numeric", QgsProcessingParameterField, "DataType.Numeric"
)
DATETIME_DATE = _resolve(
    "ProcessingDateTimeParameterDataType.Date", QgsProcessingParameterDateTime, "Type.Date"
)
FILE_BEHAVIOR_FILE = _resolve(
    "ProcessingFileParameterBehavior.File", QgsProcessingParameterFile, "Behavior.File"
)
FILE_BEHAVIOR_FOLDER = _resolve(
    "ProcessingFileParameterBehavior.Folder", QgsProcessingParameterFile, "Behavior.Folder"
)
FLAG_ADVANCED = _resolve(
    "ProcessingParameterFlag.Advanced", QgsProcessingParameterDefinition, "Flag.FlagAdvanced"
)
FLAG_OPTIONAL = _resolve(
    "ProcessingParameterFlag.Optional", QgsProcessingParameterDefinition, "Flag.FlagOptional"
)

# --- geometry types -------------------------------------------------------------------------
WKB_NO_GEOMETRY = _resolve("WkbType.NoGeometry", QgsWkbTypes, "Type.NoGeometry")
WKB_UNKNOWN = _resolve("WkbType.Unknown", QgsWkbTypes, "Type.Unknown")
WKB_POINT = _resolve("WkbType.Point", QgsWkbTypes, "Type.Point")
WKB_MULTIPOINT = _resolve("WkbType.MultiPoint", QgsWkbTypes, "Type.MultiPoint")
WKB_MULTILINESTRING = _resolve("WkbType.MultiLineString", QgsWkbTypes, "Type.MultiLineString")
WKB_MULTIPOLYGON = _resolve("WkbType.MultiPolygon", QgsWkbTypes, "Type.MultiPolygon")
# what QgsVectorLayer.geometryType() returns
GEOMETRY_POINT = _resolve("GeometryType.Point", QgsWkbTypes, "GeometryType.PointGeometry")
GEOMETRY_LINE = _resolve("GeometryType.Line", QgsWkbTypes, "GeometryType.LineGeometry")
GEOMETRY_POLYGON = _resolve("GeometryType.Polygon", QgsWkbTypes, "GeometryType.PolygonGeometry")
# QgsWkbTypes keeps its static functions in every version
is_multi_type = QgsWkbTypes.isMultiType
multi_type = QgsWkbTypes.multiType
geometry_type_of = QgsWkbTypes.geometryType  # a WKB type's GEOMETRY_POINT / _LINE / _POLYGON
wkb_display_string = QgsWkbTypes.displayString

# --- reading and writing features -----------------------------------------------------------
# the feature request flag (the geometry type "none" is WKB_NO_GEOMETRY)
NO_GEOMETRY = _resolve("FeatureRequestFlag.NoGeometry", QgsFeatureRequest, "Flag.NoGeometry")
FAST_INSERT = QgsFeatureSink.Flag.FastInsert
CREATE_OR_OVERWRITE_FILE = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
CREATE_OR_OVERWRITE_LAYER = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
WRITER_NO_ERROR = QgsVectorFileWriter.WriterError.NoError

# QgsField's type: QVariant.Type up to QGIS 3.36, QMetaType.Type from 3.38 (and only that in 4)
NEW_FIELD_API = Qgis.QGIS_VERSION_INT >= 33800
if NEW_FIELD_API:
    from qgis.PyQt.QtCore import QMetaType

    FIELD_TYPE_INT = QMetaType.Type.LongLong
    FIELD_TYPE_DOUBLE = QMetaType.Type.Double
    FIELD_TYPE_BOOL = QMetaType.Type.Bool
    FIELD_TYPE_STRING = QMetaType.Type.QString
else:
    from qgis.PyQt.QtCore import QVariant

    FIELD_TYPE_INT = QVariant.Type.LongLong
    FIELD_TYPE_DOUBLE = QVariant.Type.Double
    FIELD_TYPE_BOOL = QVariant.Type.Bool
    FIELD_TYPE_STRING = QVariant.Type.String

# --- units ----------------------------------------------------------------------------------
RENDER_MILLIMETERS = _resolve(
    "RenderUnit.Millimeters", QgsUnitTypes, "RenderUnit.RenderMillimeters"
)
LAYOUT_MILLIMETERS = _resolve(
    "LayoutUnit.Millimeters", QgsUnitTypes, "LayoutUnit.LayoutMillimeters"
)
DISTANCE_KILOMETERS = _resolve(
    "DistanceUnit.Kilometers", QgsUnitTypes, "DistanceUnit.DistanceKilometers"
)
# QgsUnitTypes keeps its static functions in every version
unit_factor = QgsUnitTypes.fromUnitToUnitFactor

# --- symbology, labels, diagrams, legends ---------------------------------------------------
LABEL_HORIZONTAL = _resolve(
    "LabelPlacement.Horizontal", QgsPalLayerSettings, "Placement.Horizontal"
)
GRADUATED_SIZE = _resolve(
    "GraduatedMethod.Size", QgsGraduatedSymbolRenderer, "GraduatedMethod.GraduatedSize"
)
SHADER_DISCRETE = _resolve(
    "ShaderInterpolationMethod.Discrete", QgsColorRampShader, "Type.Discrete"
)
DIAGRAM_OVER_POINT = QgsDiagramLayerSettings.Placement.OverPoint
LEGEND_GROUP = _resolve("LegendComponent.Group", QgsLegendStyle, "Style.Group")
LEGEND_SUBGROUP = _resolve("LegendComponent.Subgroup", QgsLegendStyle, "Style.Subgroup")
LEGEND_SYMBOL_LABEL = _resolve("LegendComponent.SymbolLabel", QgsLegendStyle, "Style.SymbolLabel")

# --- print layouts and algorithm flags (the report) -----------------------------------------
# a picture item's format (Qgis.PictureFormat in later QGIS)
PICTURE_SVG = _resolve("PictureFormat.SVG", QgsLayoutItemPicture, "Format.FormatSVG")
PICTURE_RASTER = _resolve("PictureFormat.Raster", QgsLayoutItemPicture, "Format.FormatRaster")
SCALEBAR_FIT_WIDTH = _resolve(
    "ScaleBarSegmentSizeMode.FitWidth",
    QgsScaleBarSettings,
    "SegmentSizeMode.SegmentSizeFitWidth",
)
ALG_NO_THREADING = _resolve(
    "ProcessingAlgorithmFlag.NoThreading", QgsProcessingAlgorithm, "Flag.FlagNoThreading"
)
