"""Styles of the public-transport outputs: classes, colours and legends a planner reads."""

from __future__ import annotations

import pytest
from qgis.core import QgsRasterLayer, QgsVectorLayer

from segregation_plugin.processing.transit import styles as styles
from tests.helpers.paths import ROOT


def memory(kind: str, fields: str):
    return QgsVectorLayer(f"{kind}?crs=EPSG:3006&{fields}", "layer", "memory")


def test_quality_classes_dark_to_light_with_labels():
    layer = memory("MultiPolygon", "field=quality_class:string")
    styles.style_quality_classes(layer)
    categories = layer.renderer().categories()
    assert [c.value() for c in categories] == list("ABCDEF")
    assert [c.label() for c in categories][:2] == ["A – very good service", "B – good service"]
    lightness = [c.symbol().color().lightness() for c in categories]
    assert lightness == sorted(lightness) and lightness[0] < lightness[-1] - 100


def test_quality_raster_is_paletted(tmp_path):
    from segregation_plugin.core.transit import quality_raster

    array, origin = quality_raster.class_raster([0.0], [0.0], [1], 100.0)
    path = tmp_path / "classes.tif"
    quality_raster.write_class_raster(path, array, origin, "EPSG:3006")
    layer = QgsRasterLayer(str(path), "classes")
    styles.style_quality_raster(layer)
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    assert [c.value for c in renderer.classes()] == [1, 2, 3, 4, 5, 6]
    assert renderer.classes()[0].label == "A – very good service"


def test_ptal_bands_in_tfl_order():
    layer = memory("Polygon", "field=ptal_band:string")
    styles.style_ptal(layer)
    categories = layer.renderer().categories()
    assert [c.value() for c in categories] == ["0", "1a", "1b", "2", "3", "4", "5", "6a", "6b"]
    hues = [c.symbol().color() for c in categories]
    assert hues[0].blue() > hues[0].red() and hues[-1].red() > hues[-1].blue()  # blue → red


@pytest.mark.parametrize(
    "styler,kind,fields,attribute",
    [
        (styles.style_stop_service, "Point", "field=per_hour:double", "per_hour"),
        (styles.style_stop_categories, "Point", "field=category:string", "category"),
        (styles.style_access, "MultiPolygon", "field=pct_AB:double", "pct_AB"),
        (styles.style_profile, "Point", "field=area_type:integer", "area_type"),
    ],
)
def test_other_styles_use_their_field(styler, kind, fields, attribute):
    layer = memory(kind, fields)
    styler(layer)
    assert layer.renderer().classAttribute() == attribute


def test_swedish_legends(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from segregation_plugin.i18n import tr

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "transit_sv.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("A – very good service") == "A – mycket god kollektivtrafik"
        assert (
            tr("Public-transport quality classes A–F") == "Kvalitetsklasser för kollektivtrafik A–F"
        )
        layer = memory("MultiPolygon", "field=quality_class:string")
        styles.style_quality_classes(layer)
        assert layer.renderer().categories()[5].label() == "F – minimal kollektivtrafik"
    finally:
        QCoreApplication.removeTranslator(translator)
