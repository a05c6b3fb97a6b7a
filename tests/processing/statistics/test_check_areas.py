"""segregation:checkareas through Processing, on the sample and on a broken copy."""

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from tests.helpers.paths import SAMPLE_GPKG


def test_sample_deso_is_clean(run_alg):
    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr")
    result = run_alg("checkareas", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["ERRORS"] == 0 and result["WARNINGS"] == 0
    assert result["OUTPUT"].featureCount() == 0


def test_broken_copy_reports_problems_and_input_is_untouched(run_alg):
    source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=regso", "regso", "ogr")
    layer = source.materialize(QgsFeatureRequest())
    before = layer.featureCount()
    first = next(layer.getFeatures())
    dup = QgsFeature(first)
    dup.setGeometry(QgsGeometry(first.geometry()))
    layer.dataProvider().addFeatures([dup])  # duplicate code and full overlap
    result = run_alg(
        "checkareas", {"INPUT": layer, "CODE_FIELD": "regsokod", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert result["ERRORS"] == 2  # the duplicate code and the overlap
    problems = [f["problem"] for f in result["OUTPUT"].getFeatures()]
    assert any("more than once" in p for p in problems)
    assert any("Overlaps" in p for p in problems)
    assert layer.featureCount() == before + 1
