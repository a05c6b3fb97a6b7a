"""Copies of layers for tests of unusual input: the same fields and geometry type, no
features (an empty layer is ordinary input: a filter, a selection, an empty export)."""

from __future__ import annotations

from qgis.core import QgsVectorLayer, QgsWkbTypes


def empty_copy(layer, name: str = "empty"):
    """A memory layer with ``layer``'s fields, geometry type and CRS and no features."""
    if layer.isSpatial():
        uri = f"{QgsWkbTypes.displayString(layer.wkbType())}?crs={layer.crs().authid()}"
    else:
        uri = "None"
    copy = QgsVectorLayer(uri, name, "memory")
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    return copy
