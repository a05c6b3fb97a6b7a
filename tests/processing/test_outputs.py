"""QML styles in resources/styles, tools/make_styles.py and styling Processing outputs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from segregation_plugin.gui import sample
from segregation_plugin.processing import outputs as styles
from tests.helpers.paths import ROOT
from tests.helpers.tools import load_tool

STYLES = ROOT / "resources" / "styles"
QML_FILES = sorted(STYLES.glob("*.qml"))
SYMBOL_GEOMETRY = {"fill": "MultiPolygon", "marker": "Point", "line": "MultiLineString"}


def renderer_of(qml: Path):
    """(``raster`` or a geometry for a memory layer, renderer type) from a QML file."""
    root = ET.parse(qml).getroot()
    raster = root.find("pipe/rasterrenderer")
    if raster is not None:
        return "raster", raster.get("type")
    renderer = root.find("renderer-v2")
    symbol = renderer.find(".//symbol")
    return SYMBOL_GEOMETRY[symbol.get("type")], renderer.get("type")


def layer_for(kind: str, tmp_path: Path):
    if kind == "raster":
        from osgeo import gdal

        path = tmp_path / "grid.tif"
        dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Int32)
        dataset.SetGeoTransform((600000, 250, 0, 6600000, 0, -250))
        dataset.GetRasterBand(1).SetNoDataValue(-9999)
        dataset = None
        return QgsRasterLayer(str(path), "grid", "gdal")
    return QgsVectorLayer(f"{kind}?crs=EPSG:3006&field=name:string", "layer", "memory")


def test_every_sample_layer_has_a_style():
    names = {p.stem for p in QML_FILES}
    assert set(sample.layer_titles()) <= names


@pytest.mark.parametrize("qml", QML_FILES, ids=lambda p: p.stem)
def test_style_loads(qml, tmp_path):
    kind, renderer_type = renderer_of(qml)
    layer = layer_for(kind, tmp_path)
    assert layer.isValid()
    message, ok = layer.loadNamedStyle(str(qml))
    assert ok, message
    assert layer.renderer().type() == renderer_type
    assert styles.apply_style(layer, qml.stem)


def test_apply_missing_style_is_false():
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "p", "memory")
    assert styles.apply_style(layer, "no_such_style") is False


def test_style_output_on_load(qgis_new_project):
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "out", "memory")
    QgsProject.instance().addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    assert styles.style_output_on_load(context, "not-loaded", "gtfs_stops") is False
    context.addLayerToLoadOnCompletion(
        layer.id(), QgsProcessingContext.LayerDetails("out", QgsProject.instance(), "OUTPUT")
    )
    assert styles.style_output_on_load(context, layer.id(), "gtfs_stops") is True
    processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    assert processor is not None
    before = layer.renderer().symbol().size()
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().symbol().size() != before  # the gtfs_stops style's small points


def test_make_styles_builds_loadable_styles(tmp_path):
    module = load_tool("make_styles.py", "make_styles")
    written = module.build(tmp_path / "styles")
    assert sorted(p.name for p in written) == sorted(p.name for p in QML_FILES)
    for qml in written:
        kind, _ = renderer_of(qml)
        _, ok = layer_for(kind, tmp_path).loadNamedStyle(str(qml))
        assert ok, qml
