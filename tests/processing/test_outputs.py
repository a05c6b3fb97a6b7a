"""QML styles in resources/styles, tools/make_styles.py and styling Processing outputs."""

from __future__ import annotations

import gc
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


def test_unknown_style_is_refused():
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "p", "memory")
    with pytest.raises(ValueError, match="Unknown output style 'no_such_style'"):
        styles.apply_style(layer, "no_such_style")


def loaded_on_completion(layer):
    """A context whose run loads ``layer`` into the project when it completes."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.addLayerToLoadOnCompletion(
        layer.id(), QgsProcessingContext.LayerDetails("out", QgsProject.instance(), "OUTPUT")
    )
    return context


def test_qml_style_of_an_output_loaded_on_completion(qgis_new_project):
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "out", "memory")
    QgsProject.instance().addMapLayer(layer)
    assert styles.style_output(QgsProcessingContext(), "not-loaded", "gtfs_stops") is False
    context = loaded_on_completion(layer)
    assert styles.style_output(context, layer.id(), "gtfs_stops") is True
    processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    assert processor is not None
    before = layer.renderer().symbol().size()
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().symbol().size() != before  # the gtfs_stops style's small points


def area_type_layer():
    return QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=area_type:integer", "out", "memory")


def test_code_style_of_an_output_loaded_on_completion(qgis_new_project):
    layer = area_type_layer()
    QgsProject.instance().addMapLayer(layer)
    context = loaded_on_completion(layer)
    assert styles.style_output(context, layer.id(), "area_types") is True
    assert layer.renderer().type() == "singleSymbol"  # styled when loaded, not before
    gc.collect()  # Processing holds only the C++ pointer: the Python side must stay alive
    processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "area_type"
    assert [c.value() for c in renderer.categories()][:5] == [1, 2, 3, 4, 5]
    assert renderer.categories()[0].label() == "1 – Areas with major socioeconomic challenges"


def test_options_reach_the_styler_when_loaded(qgis_new_project):
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=area_type:integer", "out", "memory")
    QgsProject.instance().addMapLayer(layer)
    context = loaded_on_completion(layer)
    assert styles.style_output(context, layer.id(), "line_profile", colour="#123456")
    processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    outlines = {
        c.symbol().symbolLayer(0).strokeColor().name() for c in layer.renderer().categories()
    }
    assert outlines == {"#123456"}  # the route's colour around every stop


def test_temporary_output_is_styled_at_once():
    context = QgsProcessingContext()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=quality_class:string", "out", "memory")
    context.temporaryLayerStore().addMapLayer(layer)
    assert styles.style_output(context, layer.id(), "quality_classes") is True
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "quality_class"
    assert [c.value() for c in renderer.categories()] == list("ABCDEF")


def test_output_a_styler_cannot_style_is_not_styled():
    context = QgsProcessingContext()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=name:string", "out", "memory")
    context.temporaryLayerStore().addMapLayer(layer)
    assert styles.style_output(context, layer.id(), "area_types") is False  # no area_type field
    assert layer.renderer().type() == "singleSymbol"


def test_unknown_style_of_an_output_is_refused_whether_loaded_or_not(qgis_new_project):
    layer = area_type_layer()
    QgsProject.instance().addMapLayer(layer)
    context = loaded_on_completion(layer)
    for dest in (layer.id(), "not-loaded", ""):
        with pytest.raises(ValueError, match="Unknown output style 'area_typse'"):
            styles.style_output(context, dest, "area_typse")
    assert context.layerToLoadOnCompletionDetails(layer.id()).postProcessor() is None


def test_every_subject_registers_its_styles_and_no_name_is_taken_twice():
    qml = {p.stem for p in QML_FILES}
    names = set(styles.style_names())
    code = names - qml
    assert {"area_types", "type_change", "inequality"} <= code
    assert {"quality_classes", "quality_raster", "ptal", "line_profile"} <= code
    assert {"tenure_mix", "planned_projects", "planning_table", "zonal_statistics"} <= code
    assert not set(styles._STYLERS) & qml  # a code style never hides a QML file
    with pytest.raises(ValueError, match="registered twice"):
        styles.output_style("area_types")(lambda layer: None)


def test_make_styles_builds_loadable_styles(tmp_path):
    module = load_tool("make_styles.py", "make_styles")
    written = module.build(tmp_path / "styles")
    assert sorted(p.name for p in written) == sorted(p.name for p in QML_FILES)
    for qml in written:
        kind, _ = renderer_of(qml)
        _, ok = layer_for(kind, tmp_path).loadNamedStyle(str(qml))
        assert ok, qml


# --- fonts ----------------------------------------------------------------------------------
def font_database():
    return styles._font_database()


def test_label_and_legend_font_is_an_installed_text_family():
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QFontDatabase, QFontInfo

    family = styles.ui_font_family()
    assert family  # an empty family draws in the first installed one (TeX's cmex10 on Debian)
    assert family in font_database().families()
    systems = font_database().writingSystems(family)
    assert QFontDatabase.WritingSystem.Latin in systems
    assert QFontDatabase.WritingSystem.Symbol not in systems
    resolved = QFontInfo(QgsApplication.font()).family()  # QGIS's UI font, not an alias
    if styles.writes_text(resolved):
        assert family == resolved
    assert styles.system_font(bold=True, point_size=9).family() == family
    assert styles.halo_text_format(8).font().family() == family


def test_symbol_fonts_and_unknown_families_do_not_write_text():
    assert not styles.writes_text("")
    assert not styles.writes_text("No Such Family Sans")
    symbols = [f for f in font_database().families() if f in ("cmex10", "cmsy10", "msam10")]
    for family in symbols:  # matplotlib's TeX fonts, when installed
        assert not styles.writes_text(family), family


def test_a_symbol_application_font_falls_back_to_a_text_family():
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QFont

    symbols = [f for f in font_database().families() if not styles.writes_text(f)]
    before = QgsApplication.font()
    QgsApplication.setFont(QFont(symbols[0] if symbols else "No Such Family Sans"))
    try:
        family = styles._find_ui_family()
    finally:
        QgsApplication.setFont(before)
    assert styles.writes_text(family)


def test_sample_styles_name_a_font_family():
    families = []
    for qml in QML_FILES:
        families += [e.get("fontFamily") for e in ET.parse(qml).getroot().iter("text-style")]
    assert families  # the kommun names
    assert all(families), "a QML style with an empty font family (run make styles)"


def test_a_style_whose_family_is_missing_draws_in_the_ui_font(tmp_path):
    """A style written on a computer with another font: QGIS draws it in its UI font."""
    from qgis.core import QgsApplication

    kommun = (STYLES / "kommun.qml").read_text(encoding="utf-8")
    family = ET.parse(STYLES / "kommun.qml").getroot().find(".//text-style").get("fontFamily")
    qml = tmp_path / "kommun.qml"
    qml.write_text(kommun.replace(f'fontFamily="{family}"', 'fontFamily="No Such Family Sans"'))
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=kommunnamn:string", "k", "memory")
    message, ok = layer.loadNamedStyle(str(qml))
    assert ok, message
    text = layer.labeling().settings().format()
    assert not text.fontFound()
    assert text.font().family() == QgsApplication.font().family()


def test_an_alias_application_font_is_saved_as_the_family_it_stands_for():
    """QGIS desktop on Linux runs in "Sans Serif", fontconfig's alias: a style names the
    family it stands for (DejaVu Sans here), which another computer can match or replace."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QFont, QFontInfo

    before = QgsApplication.font()
    QgsApplication.setFont(QFont("Sans Serif"))
    try:
        resolved = QFontInfo(QgsApplication.font()).family()
        family = styles._find_ui_family()
    finally:
        QgsApplication.setFont(before)
    assert styles.writes_text(family)
    if styles.writes_text(resolved):
        assert family == resolved
    assert family != "Sans Serif" or resolved == "Sans Serif"


def test_an_output_is_named_after_its_content_when_loaded(qgis_new_project, tmp_path):
    path = tmp_path / "area_types.gpkg"
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "out", "memory")
    QgsProject.instance().addMapLayer(layer)
    context = loaded_on_completion(layer)
    title = "Områdestyper RegSO 2022 — 1480 Göteborg"
    assert styles.name_output(context, layer.id(), title) is True
    details = context.layerToLoadOnCompletionDetails(layer.id())
    assert details.name == title
    details.setOutputLayerName(layer)  # what QGIS does when it loads the output
    assert layer.name() == title
    assert styles.name_output(context, str(path), title) is False  # not an output of the run


def test_a_temporary_output_is_named_at_once():
    context = QgsProcessingContext()
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "out", "memory")
    context.temporaryLayerStore().addMapLayer(layer)
    assert styles.name_output(context, layer.id(), "Join report 2022 — 1480 Göteborg")
    assert layer.name() == "Join report 2022 — 1480 Göteborg"
    assert styles.name_output(context, layer.id(), "") is False
