"""The panel's "Save the analysis…": its button opens the dialog; the dialog lists the
session's results, saves them into a GeoPackage (asking before it replaces one) or into a
schema of a saved PostgreSQL connection."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox

from segregation_plugin.gui import save_dialog
from segregation_plugin.processing import database, destinations, outputs
from tests.helpers.layers import memory_layer, square

CONNECTION = "segregation test database"


@pytest.fixture
def results():
    """Two marked outputs (one styled) and an input in the project."""
    project = QgsProject.instance()
    areas = memory_layer(
        "Polygon", {"kod": str, "folk": int}, [(square(0, 0), {"kod": "A", "folk": 10})]
    )
    types = memory_layer(
        "Polygon",
        {"kod": str, "area_type": int},
        [
            (square(0, 0), {"kod": "A", "area_type": 1}),
            (square(100, 0), {"kod": "B", "area_type": 5}),
        ],
    )
    types.setName("Områdestyper")
    types.setCustomProperty(outputs.OUTPUT_KEY, "areatypes")
    outputs.apply_style(types, "area_types")
    table = QgsVectorLayer("None?field=kod:string", "Kontroll", "memory")
    table.setCustomProperty(outputs.OUTPUT_KEY, "checkareas")
    layers = [areas, types, table]
    for layer in layers:
        project.addMapLayer(layer)
    yield layers
    for layer in layers:
        project.removeMapLayer(layer.id())


@pytest.fixture
def answers(monkeypatch):
    """The answers given to the dialog's questions (Yes/No, in turn); the questions asked."""
    asked, given = [], []

    def question(parent, title, text, *args):
        asked.append(text)
        return given.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: asked.append(text))
    return asked, given


def test_the_dock_button_opens_the_dialog(dock, monkeypatch, results):
    opened = []
    monkeypatch.setattr(save_dialog.SaveAnalysisDialog, "exec", lambda self: opened.append(self))
    assert dock.save_button.text() == "Save the analysis…"
    dock.save_button.click()
    assert len(opened) == 1
    # the outputs, in the order of the layers panel (the latest on top), not the input
    listed = [opened[0].layers.item(i).text() for i in range(opened[0].layers.count())]
    assert [name for name in listed if name in ("Kontroll", "Områdestyper", "test")] == [
        "Kontroll",
        "Områdestyper",
    ]


def test_save_into_a_geopackage_asking_before_replacing(qgis_iface, results, answers, tmp_path):
    asked, given = answers
    dialog = save_dialog.SaveAnalysisDialog(qgis_iface)
    dialog.file.setFilePath(str(tmp_path / "analys.gpkg"))
    assert dialog.save()
    gpkg = tmp_path / "analys.gpkg"
    assert set(destinations.geopackage_layers(str(gpkg))) >= {"omradestyper", "kontroll"}
    assert (tmp_path / "analys.qgz").is_file()
    styled = QgsVectorLayer(f"{gpkg}|layername=omradestyper", "x", "ogr")
    assert styled.renderer().classAttribute() == "area_type"
    # again: asked, "No" leaves the files as they are
    before = gpkg.stat().st_mtime_ns
    dialog = save_dialog.SaveAnalysisDialog(qgis_iface)
    dialog.file.setFilePath(str(gpkg))
    dialog.layers.findItems("Kontroll", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        save_dialog.UNCHECKED
    )  # only the area types
    given.append(QMessageBox.StandardButton.No)
    assert not dialog.save()
    assert "analys.gpkg" in asked[-1] and "analys.qgz" in asked[-1]
    assert gpkg.stat().st_mtime_ns == before
    given.append(QMessageBox.StandardButton.Yes)
    assert dialog.save()
    assert "omradestyper" in destinations.geopackage_layers(str(gpkg))
    assert "kontroll" not in destinations.geopackage_layers(str(gpkg))


def test_save_into_a_saved_postgresql_connection(qgis_iface, results, answers, postgis):
    metadata = database.provider_metadata()
    try:
        connection = metadata.createConnection(postgis.uri(), {"saveUsername": True})
        metadata.saveConnection(connection, CONNECTION)
        postgis.psql("CREATE SCHEMA IF NOT EXISTS team")
        dialog = save_dialog.SaveAnalysisDialog(qgis_iface)
        assert dialog.to_postgis.isEnabled()
        dialog.to_postgis.setChecked(True)
        dialog.connection.setConnection(CONNECTION)
        dialog.schema.setSchema("team")
        assert dialog.save(), answers[0]
        assert postgis.tables("team") == {"omradestyper", "kontroll"}
        uri = database.table_uri(postgis.uri(), "team", "omradestyper")
        assert QgsVectorLayer(uri, "x", "postgres").renderer().classAttribute() == "area_type"
    finally:
        metadata.deleteConnection(CONNECTION)


def test_nothing_to_save(qgis_iface):
    dialog = save_dialog.SaveAnalysisDialog(qgis_iface, project=QgsProject())
    assert dialog.layers.count() == 0 and not dialog.save_button.isEnabled()
