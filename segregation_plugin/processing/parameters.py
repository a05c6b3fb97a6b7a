"""Parameter helpers that the tools of several subjects share, written once.

A subject's own parameters stay in its ``params.py`` (``statistics/params.py`` also holds
the key and district parameters that 'Tenure mix per area' asks for as 'Aggregate areas'
does). Here: the advanced flag, the limits the plugin checks beyond QGIS's (an exclusive
lower bound, the columns a matrix row needs; see :mod:`.parameter_checks`), reading a value
the user may leave empty and the rows of a matrix, a year, the area layer with its area type
field, population field and population grid, and the file behind a raster parameter. The names (``AREAS``, ``TYPE_FIELD`` …) are the same in every tool, so
models and scripts can reuse them.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..core.common.errors import InputError
from ..i18n import tr
from . import compat, parameter_checks

AREAS, TYPE_FIELD, POP_FIELD, POP_RASTER = "AREAS", "TYPE_FIELD", "POP_FIELD", "POP_RASTER"


def advanced(parameter):
    """Mark ``parameter`` as advanced (shown under *Advanced parameters*)."""
    parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
    return parameter


def _set_metadata(parameter, key: str, value):
    metadata = dict(parameter.metadata() or {})
    metadata[key] = value
    parameter.setMetadata(metadata)
    return parameter


def above(parameter, bound: float):
    """``parameter`` (a number) must be greater than ``bound``, e.g. a standard deviation or a
    size above 0; a value that is not gets a message naming the parameter and the bound."""
    return _set_metadata(parameter, parameter_checks.ABOVE, float(bound))


def required_columns(parameter, count: int):
    """Each row of ``parameter`` (a matrix) needs values in its first ``count`` columns (the
    others may be left empty); a row without them gets a message naming it."""
    return _set_metadata(parameter, parameter_checks.REQUIRED_COLUMNS, int(count))


def matrix_rows(algorithm, parameters, name: str, context) -> list:
    """The rows of the matrix parameter ``name`` that have something in them, each a list of
    stripped texts; InputError naming the row and the missing value for an incomplete one."""
    rows, problem = parameter_checks.matrix_rows(
        algorithm.parameterDefinition(name), algorithm.parameterAsMatrix(parameters, name, context)
    )
    if problem:
        raise InputError(problem)
    return rows


# --- values the user may leave empty --------------------------------------------------------
def is_given(parameters, name: str) -> bool:
    """Whether the optional parameter ``name`` has a value (not left empty)."""
    return parameters.get(name) not in (None, "")


def optional_int(algorithm, parameters, name: str, context):
    """The whole number of the optional parameter ``name``, None when left empty."""
    if not is_given(parameters, name):
        return None
    return algorithm.parameterAsInt(parameters, name, context)


def year_parameter(name: str, label: str, first: int = 1900, last: int = 2200):
    """An optional year, a whole number from ``first`` to ``last``."""
    return QgsProcessingParameterNumber(
        name, label, compat.NUMBER_INTEGER, optional=True, minValue=first, maxValue=last
    )


# --- the area layer -------------------------------------------------------------------------
def area_layer_parameter(label: str, optional: bool = False, name: str = AREAS):
    """The layer of areas (polygons)."""
    return QgsProcessingParameterFeatureSource(
        name, label, [compat.VECTOR_POLYGON], optional=optional
    )


def type_field_parameter(name: str = TYPE_FIELD, parent: str = AREAS):
    """The area type field (1–5) of the area layer, default ``area_type``."""
    return QgsProcessingParameterField(
        name,
        tr("Area type field (1–5)"),
        defaultValue="area_type",
        parentLayerParameterName=parent,
        optional=True,
    )


def population_field_parameter(label: str, name: str = POP_FIELD, parent: str = AREAS):
    """An optional number field of the area layer with its residents."""
    return QgsProcessingParameterField(
        name,
        label,
        parentLayerParameterName=parent,
        type=compat.FIELD_NUMERIC,
        optional=True,
    )


def population_raster_parameter(label: str, name: str = POP_RASTER):
    """An optional population grid (residents per cell)."""
    return QgsProcessingParameterRasterLayer(name, label, optional=True)


def read_type_field(
    algorithm, parameters, context, columns, feedback, consequence: str, name: str = TYPE_FIELD
) -> str:
    """The area type field, or "" when the default area_type is not in the layer (with a
    warning that ends in ``consequence``); InputError for another missing field."""
    field = algorithm.parameterAsString(parameters, name, context)
    if not field or field in columns:
        return field
    if field != "area_type":
        raise InputError(tr("The area layer has no field {}.").format(field))
    feedback.pushWarning(
        tr(
            "The area layer has no field area_type: {} Run Area types first or choose the "
            "field that holds the type."
        ).format(consequence)
    )
    return ""


# --- rasters --------------------------------------------------------------------------------
def raster_path(algorithm, parameters, name: str, context):
    """The file of a raster parameter (None when not given); an InputError for a raster that
    is not a file GDAL reads (a web service, a virtual layer)."""
    layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        return None
    if layer.providerType() != "gdal":
        raise InputError(
            tr("The raster {} is not a file (provider {}); save it as a GeoTIFF first.").format(
                layer.name(), layer.providerType()
            )
        )
    return layer.source()


# --- statistics through their bases: counts, shares with their population, ratios ----------
def add_base_statistics_parameters(
    algorithm, parent: str, names: tuple, labels: tuple, share_name_header: str
) -> None:
    """The three optional parameters of statistics that go through their bases (never
    averaged shares): count fields (summed), a matrix of share field and population field,
    and a matrix of numerator, denominator and a name. ``names`` and ``labels`` are the three
    parameters' names and (translated) descriptions, ``parent`` the area layer parameter."""
    counts, shares, ratios = names
    counts_label, shares_label, ratios_label = labels
    algorithm.addParameter(
        QgsProcessingParameterField(
            counts,
            counts_label,
            parentLayerParameterName=parent,
            type=compat.FIELD_NUMERIC,
            allowMultiple=True,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterMatrix(
            shares,
            shares_label,
            headers=[tr("Share field (%)"), tr("Population field")],
            optional=True,
        )
    )
    header = [tr("Numerator field"), tr("Denominator field"), share_name_header]
    matrix = QgsProcessingParameterMatrix(ratios, ratios_label, headers=header, optional=True)
    algorithm.addParameter(required_columns(matrix, 2))  # the name may be left empty


def read_base_statistics(algorithm, parameters, names: tuple, context) -> tuple:
    """(count fields, [(share, population)], [(numerator, denominator, name)]) as chosen in
    the parameters of :func:`add_base_statistics_parameters`; a ratio without a name is
    called 'share <numerator>'."""
    counts, shares, ratios = names
    return (
        algorithm.parameterAsFields(parameters, counts, context),
        [tuple(r[:2]) for r in matrix_rows(algorithm, parameters, shares, context)],
        [
            (r[0], r[1], r[2] or tr("share {}").format(r[0]))
            for r in matrix_rows(algorithm, parameters, ratios, context)
        ],
    )
