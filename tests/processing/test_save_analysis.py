"""Save the analysis (processing/save_analysis.py): the session's results into one GeoPackage
with their styles and a project beside it, or into PostGIS with the styles in layer_styles;
nothing existing is replaced unasked."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from segregation_plugin.processing import database, destinations, outputs
from segregation_plugin.processing.save_analysis import (
    Exists,
    Refused,
    result_layers,
    save_to_geopackage,
    save_to_postgis,
)
from tests.helpers.paths import SAMPLE
from tests.helpers.planning_layers import deso_layer

GTFS = str(SAMPLE / "exempellan_gtfs.zip")


@pytest.fixture
def results(run_alg, project_layers):
    """Two tools' outputs in the project (quality classes, tenure mix) and an input that is
    not a result; ``{name: layer}``."""
    deso = project_layers(deso_layer())
    QgsProject.instance().layerTreeRoot().addLayer(deso)
    classes = run_alg(
        "transitqualityclasses", {"GTFS": GTFS, "DATE": "2022-10-12", "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    mix = run_alg("tenuremix", {"INPUT": deso, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    classes.setName("Kollektivtrafikens kvalitetsklasser")
    mix.setName("Upplåtelseformer")
    layers = {"classes": classes, "mix": mix, "deso": deso}
    for layer in (classes, mix):
        project_layers(layer)
        QgsProject.instance().layerTreeRoot().addLayer(layer)
    yield layers
    for layer in layers.values():
        QgsProject.instance().layerTreeRoot().removeLayer(layer)


def mine(results) -> list:
    """The results of the session that this test made (in the tree's order)."""
    ids = {layer.id() for layer in results.values()}
    return [layer for layer in result_layers() if layer.id() in ids]


def test_the_results_are_the_tools_outputs(results):
    ids = {layer.id(): name for name, layer in results.items()}
    found = [ids[layer.id()] for layer in result_layers() if layer.id() in ids]
    assert found == ["classes", "mix"]  # the outputs in the order of the tree, not the input
    assert results["classes"].customProperty(outputs.OUTPUT_KEY) == "transitqualityclasses"


def test_into_a_geopackage_with_styles_and_a_project(results, tmp_path):
    gpkg, qgz = save_to_geopackage(mine(results), tmp_path / "analys")
    assert gpkg == tmp_path / "analys.gpkg" and qgz == tmp_path / "analys.qgz"
    # the GeoPackage alone opens styled (its layer_styles), anywhere
    direct = QgsVectorLayer(f"{gpkg}|layername=kollektivtrafikens_kvalitetsklasser", "x", "ogr")
    assert direct.isValid() and direct.featureCount() == 6
    assert direct.renderer().classAttribute() == "quality_class"
    mix = QgsVectorLayer(f"{gpkg}|layername=upplatelseformer", "x", "ogr")
    assert mix.featureCount() == 4
    assert type(mix.renderer()) is type(results["mix"].renderer())
    # the project opens with both, styled, read from the GeoPackage beside it
    reopened = QgsProject()
    assert reopened.read(str(qgz))
    layers = {layer.name(): layer for layer in reopened.mapLayers().values()}
    assert set(layers) == {"Kollektivtrafikens kvalitetsklasser", "Upplåtelseformer"}
    classes = layers["Kollektivtrafikens kvalitetsklasser"]
    assert classes.isValid() and classes.source().startswith(str(gpkg))
    assert [c.value() for c in classes.renderer().categories()] == list("ABCDEF")
    reopened.clear()


def test_an_existing_geopackage_is_asked_about(results, tmp_path):
    gpkg, qgz = save_to_geopackage(mine(results), tmp_path / "analys.gpkg")
    with pytest.raises(Exists) as error:
        save_to_geopackage(mine(results), gpkg)
    assert error.value.names == [str(gpkg), str(qgz)]
    results["mix"].setName("Blandning")
    save_to_geopackage(mine(results), gpkg, replace=True)  # the user said yes
    assert "blandning" in destinations.geopackage_layers(str(gpkg))


def test_a_file_the_project_reads_is_refused(results, tmp_path):
    gpkg, _ = save_to_geopackage(mine(results), tmp_path / "analys.gpkg")
    reader = QgsVectorLayer(f"{gpkg}|layername=upplatelseformer", "read", "ogr")
    QgsProject.instance().addMapLayer(reader, False)
    try:
        with pytest.raises(Refused) as error:
            save_to_geopackage(mine(results), gpkg, replace=True)
        assert str(gpkg) in str(error.value)
    finally:
        QgsProject.instance().removeMapLayer(reader.id())


def test_nothing_to_save(tmp_path):
    with pytest.raises(Refused) as error:
        save_to_geopackage([], tmp_path / "x.gpkg")
    assert "run a step" in str(error.value)
    assert not (tmp_path / "x.gpkg").exists()


def test_into_postgis_with_styles_in_layer_styles(results, postgis):
    postgis.psql("CREATE SCHEMA IF NOT EXISTS analys")
    saved = save_to_postgis(mine(results), postgis.uri(), "analys")
    assert saved == [
        ("Kollektivtrafikens kvalitetsklasser", "kollektivtrafikens_kvalitetsklasser"),
        ("Upplåtelseformer", "upplatelseformer"),
    ]
    assert postgis.tables("analys") == {t for _, t in saved}
    uri = database.table_uri(postgis.uri(), "analys", "kollektivtrafikens_kvalitetsklasser")
    fresh = QgsVectorLayer(uri, "x", "postgres")
    assert fresh.featureCount() == 6
    assert [c.value() for c in fresh.renderer().categories()] == list("ABCDEF")
    with pytest.raises(Exists) as error:
        save_to_postgis(mine(results), postgis.uri(), "analys")
    assert error.value.names == [f"analys.{t}" for _, t in saved]
    save_to_postgis(mine(results), postgis.uri(), "analys", replace=True)
    assert postgis.psql("SELECT count(*) FROM analys.upplatelseformer") == "4"


def test_postgis_missing_schema_is_refused(results, postgis):
    with pytest.raises(Refused) as error:
        save_to_postgis(mine(results), postgis.uri(), "saknas")
    assert "saknas" in str(error.value)


def test_a_result_loaded_by_its_run_is_styled_and_marked(processing_provider, project_layers):
    """The toolbox and the panel load outputs on completion: the styler and the mark are
    applied then (one post-processor)."""
    import processing

    deso = project_layers(deso_layer())
    result = processing.runAndLoadResults(
        "segregation:tenuremix", {"INPUT": deso, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        assert layer.customProperty(outputs.OUTPUT_KEY) == "tenuremix"
        assert layer.renderer().type() != "singleSymbol"  # styled by the tool's styler
        assert layer in result_layers()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
