"""Hand-on outputs: GeoPackage with styles, a project that reopens styled, a rendered map."""

from __future__ import annotations

from pathlib import Path

from demo_map import render_map
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from segregation_plugin.gui.sample import SAMPLE_KEY, load_sample
from segregation_plugin.processing.project_export import package_project, safe_layer_name


def test_safe_layer_name():
    assert safe_layer_name("Planerade bostäder (2030)") == "planerade_bostader_2030"
    assert safe_layer_name("Län") == "lan"
    assert safe_layer_name("***") == "layer"


def test_project_reopens_with_the_written_styled_layers(tmp_path):
    project = QgsProject()
    layers = load_sample(project)
    renderers = {lyr.customProperty(SAMPLE_KEY): type(lyr.renderer()).__name__ for lyr in layers}
    png = render_map(
        project,
        [lyr for lyr in layers if lyr.customProperty(SAMPLE_KEY) in ("kommun", "befolkning_250m")],
        tmp_path / "map.png",
        "Test",
    )
    gpkg, qgz = package_project(project, tmp_path)
    assert gpkg.is_file() and qgz.is_file()

    reopened = QgsProject()
    assert reopened.read(str(qgz))
    loaded = {lyr.customProperty(SAMPLE_KEY): lyr for lyr in reopened.mapLayers().values()}
    assert set(loaded) == set(renderers)
    for key, layer in loaded.items():
        assert layer.isValid(), key
        assert Path(layer.source().split("|")[0]).resolve().parent == tmp_path.resolve(), (
            layer.source()
        )
        assert type(layer.renderer()).__name__ == renderers[key], key
    # the GeoPackage carries the styles itself (opening it without the project gives them)
    direct = QgsVectorLayer(f"{gpkg}|layername=op_markanvandning", "x", "ogr")
    assert direct.isValid()
    assert type(direct.renderer()).__name__ == renderers["op_markanvandning"]

    image = QImage(str(png))
    assert image.width() > 1000
    colours = {
        image.pixel(x, y)
        for x in range(100, image.width() // 2, 37)
        for y in range(150, image.height() - 150, 41)
    }
    assert len(colours) > 5  # the map area is drawn, not blank
