"""The INPUT the panel pre-fills in a step's dialog: the active layer when it fits."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsVectorLayer

from segregation_plugin.gui import prefill
from segregation_plugin.processing.provider import PROVIDER_ID


def test_default_parameters():
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"{PROVIDER_ID}:checkareas")
    if algorithm is None:  # provider not registered in this order of tests
        from segregation_plugin.processing.statistics.check_areas import CheckAreas

        algorithm = CheckAreas()
        algorithm.initAlgorithm()
    polygons = QgsVectorLayer("Polygon?crs=EPSG:3006", "p", "memory")
    lines = QgsVectorLayer("LineString?crs=EPSG:3006", "l", "memory")
    table = QgsVectorLayer("None?field=a:integer", "t", "memory")
    assert prefill.default_parameters(algorithm, polygons) == {"INPUT": polygons.id()}
    assert prefill.default_parameters(algorithm, lines) == {}
    assert prefill.default_parameters(algorithm, table) == {}
    assert prefill.default_parameters(algorithm, None) == {}


def test_layer_fits_any_geometry_and_tables():
    from segregation_plugin.processing import compat

    points = QgsVectorLayer("Point?crs=EPSG:3006", "p", "memory")
    table = QgsVectorLayer("None?field=a:integer", "t", "memory")
    assert prefill.layer_fits(points, [])
    assert prefill.layer_fits(points, [compat.VECTOR_ANY_GEOMETRY])
    assert prefill.layer_fits(points, [compat.VECTOR_POINT])
    assert not prefill.layer_fits(points, [compat.VECTOR_POLYGON])
    assert prefill.layer_fits(table, [compat.VECTOR])
    assert not prefill.layer_fits(table, [compat.VECTOR_ANY_GEOMETRY])
