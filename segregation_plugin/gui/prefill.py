"""Pre-filled parameters of an algorithm's dialog opened from the panel.

Which layer fits which Processing parameter (enum names of QGIS 3.22 to 4 from
``processing/compat.py``).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from ..processing import compat


def _as_int(value) -> int:
    return value if isinstance(value, int) else int(getattr(value, "value", value))


def _source_types():
    """(any geometry, point, line, polygon, vector incl. tables) as ints."""
    types = (
        compat.VECTOR_ANY_GEOMETRY,
        compat.VECTOR_POINT,
        compat.VECTOR_LINE,
        compat.VECTOR_POLYGON,
        compat.VECTOR,
    )
    return tuple(_as_int(t) for t in types)


def _geometry_types():
    """(point, line, polygon) geometry types as returned by QgsVectorLayer.geometryType()."""
    return compat.GEOMETRY_POINT, compat.GEOMETRY_LINE, compat.GEOMETRY_POLYGON


def layer_fits(layer, data_types) -> bool:
    """Whether vector ``layer`` is accepted by a parameter limited to ``data_types``."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    any_geometry, point, line, polygon, vector = _source_types()
    wanted = {_as_int(t) for t in data_types} or {any_geometry}
    if vector in wanted:
        return True
    geometry = layer.geometryType()
    by_type = dict(zip(_geometry_types(), (point, line, polygon)))
    kind = next((v for k, v in by_type.items() if k == geometry), None)
    if kind is None:
        return False
    return any_geometry in wanted or kind in wanted


def default_parameters(algorithm, active_layer) -> dict:
    """Trivial defaults for an algorithm's dialog: the active layer as INPUT when it fits."""
    params = {}
    for definition in algorithm.parameterDefinitions():
        if definition.name() != "INPUT":
            continue
        if isinstance(
            definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
        ) and layer_fits(active_layer, definition.dataTypes()):
            params["INPUT"] = active_layer.id()
    return params
