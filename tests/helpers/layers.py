"""Small hand-made QGIS layers, and reading a layer's features back, for tests."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

TYPES = {int: QVariant.Int, float: QVariant.Double, str: QVariant.String}


def memory_layer(kind: str, fields: dict, rows: list, crs: str = "EPSG:3006", name="test"):
    """A memory layer of ``kind`` (Point, Polygon, None) with ``fields`` {name: python type}
    and ``rows`` [(wkt or None, {field: value})]."""
    uri = f"{kind}?crs={crs}" if kind != "None" else "None"
    layer = QgsVectorLayer(uri, name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(n, TYPES[t]) for n, t in fields.items()])
    layer.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([values.get(n) for n in fields])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def square(x0: float, y0: float, size: float = 100.0) -> str:
    return (
        f"POLYGON(({x0} {y0},{x0 + size} {y0},{x0 + size} {y0 + size},{x0} {y0 + size},{x0} {y0}))"
    )


def snapshot(layer) -> list:
    """Every feature's attributes and geometry, to check that a tool left its input alone."""
    return [
        (tuple(f.attributes()), f.geometry().asWkt(3) if f.hasGeometry() else None)
        for f in layer.getFeatures()
    ] + [tuple(layer.fields().names())]


def rows_by(layer, key: str) -> dict:
    """A layer's features by the value of field ``key``."""
    return {f[key]: f for f in layer.getFeatures()}
