"""Loading the sample region into a project (gui/sample.py, and gui/dock.py for the panel)."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer

from segregation_plugin.gui import sample
from tests.helpers.fakesample import EXPECTED_STOPS, FIELDS, make_fake_sample

DRAWING_ORDER = [
    "gtfs_stops",
    "planerade_bostader",
    "regionplan_noder",
    "op_markanvandning",
    "deso",
    "regso",
    "kommun",
    "lan",
    "befolkning_250m",
]
RENDERERS = {
    "gtfs_stops": "singleSymbol",
    "planerade_bostader": "graduatedSymbol",
    "regionplan_noder": "categorizedSymbol",
    "op_markanvandning": "categorizedSymbol",
    "deso": "singleSymbol",
    "regso": "singleSymbol",
    "kommun": "singleSymbol",
    "lan": "singleSymbol",
    "befolkning_250m": "singlebandpseudocolor",
}


@pytest.fixture
def fake_sample(tmp_path):
    return make_fake_sample(tmp_path / "sample")


def _keys(layers):
    return [layer.customProperty(sample.SAMPLE_KEY) for layer in layers]


def _check_loaded(project, layers):
    assert _keys(layers) == DRAWING_ORDER
    assert all(layer.isValid() for layer in layers)
    for layer in layers:
        assert layer.renderer().type() == RENDERERS[layer.customProperty(sample.SAMPLE_KEY)]
    group = project.layerTreeRoot().findGroup(sample.default_group_name())
    assert group is not None
    assert [node.layer() for node in group.findLayers()] == layers  # tree order = drawing order
    assert project.layerTreeRoot().children()[0] is group  # on top of the user's layers
    assert isinstance(layers[-1], QgsRasterLayer)
    assert project.crs().authid() == "EPSG:3006"
    assert sample.sample_layer(layers, "kommun").labelsEnabled()


def test_load_fake_sample(qgis_new_project, fake_sample):
    project = QgsProject.instance()
    layers = sample.load_sample(project, folder=fake_sample)
    _check_loaded(project, layers)
    stops = sample.sample_layer(layers, "gtfs_stops")
    assert stops.crs().authid() == "EPSG:4326"
    assert {f["stop_name"] for f in stops.getFeatures()} == EXPECTED_STOPS
    for name, fields in FIELDS.items():
        layer = sample.sample_layer(layers, name)
        assert set(fields) <= {f.name() for f in layer.fields()}, name


def test_custom_group_name(qgis_new_project, fake_sample):
    sample.load_sample(QgsProject.instance(), group_name="Mitt län", folder=fake_sample)
    assert QgsProject.instance().layerTreeRoot().findGroup("Mitt län") is not None


def test_missing_sample_names_the_files(qgis_new_project, tmp_path):
    with pytest.raises(FileNotFoundError) as info:
        sample.load_sample(QgsProject.instance(), folder=tmp_path)
    assert str(tmp_path / "exempellan.gpkg") in str(info.value)
    assert str(tmp_path / "befolkning_250m.tif") in str(info.value)
    assert QgsProject.instance().count() == 0


def test_unreadable_layer_adds_nothing(qgis_new_project, fake_sample):
    (fake_sample / "befolkning_250m.tif").write_bytes(b"not a tiff")
    with pytest.raises(ValueError, match="befolkning_250m.tif"):
        sample.load_sample(QgsProject.instance(), folder=fake_sample)
    assert QgsProject.instance().count() == 0


def test_stops_filter_without_optional_columns(tmp_path):
    import zipfile

    path = tmp_path / "feed.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("stops.txt", "\ufeffstop_id,stop_name,stop_lat,stop_lon\nA,A,59,18\n")
    assert sample.gtfs_stops_filter(path) == ""
    layer = QgsVectorLayer(sample.gtfs_stops_uri(path), "stops", "ogr")
    assert layer.isValid() and layer.featureCount() == 1


def test_dock_loads_sample_and_zooms(qgis_iface, qgis_new_project, fake_sample, monkeypatch):
    from segregation_plugin.gui import dock

    monkeypatch.setattr(sample, "sample_dir", lambda: fake_sample)
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    layers = dock.load_sample_into_project(qgis_iface)
    assert _keys(layers) == DRAWING_ORDER
    lan = sample.sample_layer(layers, "lan")
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(lan.extent()) or extent.width() >= lan.extent().width()
    assert qgis_iface.activeLayer() is sample.sample_layer(layers, "deso")
    assert bar.get_messages(Qgis.MessageLevel.Success)
    assert not bar.get_messages(Qgis.MessageLevel.Critical)


def test_dock_reports_missing_sample(qgis_iface, qgis_new_project, tmp_path, monkeypatch):
    from segregation_plugin.gui import dock

    monkeypatch.setattr(sample, "sample_dir", lambda: tmp_path)
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    assert dock.load_sample_into_project(qgis_iface) == []
    critical = bar.get_messages(Qgis.MessageLevel.Critical)
    assert critical and str(tmp_path / "exempellan.gpkg") in critical[0]
    assert QgsProject.instance().count() == 0


# --- the bundled sample (written by `make sample`) -------------------------------------------
@pytest.fixture
def bundled_sample():
    missing = sample.missing_sample_files()
    if missing:
        pytest.skip(
            f"bundled sample not generated yet (make sample): {', '.join(map(str, missing))}"
        )


def test_load_bundled_sample(qgis_new_project, bundled_sample):
    project = QgsProject.instance()
    layers = sample.load_sample(project)
    _check_loaded(project, layers)
    for name, fields in FIELDS.items():
        layer = sample.sample_layer(layers, name)
        assert layer.featureCount() > 0, name
        assert set(fields) <= {f.name() for f in layer.fields()}, name
    assert sample.sample_layer(layers, "gtfs_stops").featureCount() > 0
    raster = sample.sample_layer(layers, "befolkning_250m")
    assert raster.crs().authid() == "EPSG:3006"
    assert raster.dataProvider().sourceNoDataValue(1) == -9999


def test_project_crs_is_kept_when_project_has_layers(qgis_new_project, fake_sample):
    from qgis.core import QgsCoordinateReferenceSystem

    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:3857", "mine", "memory"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    sample.load_sample(project, folder=fake_sample)
    assert project.crs().authid() == "EPSG:3857"
    assert project.layerTreeRoot().children()[0].name() == sample.default_group_name()
