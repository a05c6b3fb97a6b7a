"""Styles of the tenure and planning outputs: the pie per area really renders (QGIS 3.22 and
later), areas fall into the right fill class, flagged projects are red."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from segregation_plugin.processing.planning import styles as ps
from tests.helpers.layers import memory_layer, square

MIX_FIELDS = {
    "desokod": str,
    "dwellings_hyresratt": float,
    "dwellings_bostadsratt": float,
    "dwellings_aganderatt": float,
    "dominant_tenure": str,
    "dominant_share": float,
    "tenure_entropy": float,
}


def mix_layer():
    return memory_layer(
        "Polygon",
        MIX_FIELDS,
        [
            (
                square(0, 0, 1000),
                dict(zip(MIX_FIELDS, ["A", 300, 300, 400, "äganderätt", 40, 0.98])),
            ),
            (
                square(1000, 0, 1000),
                dict(zip(MIX_FIELDS, ["B", 0, 60, 140, "äganderätt", 70, 0.56])),
            ),
            (
                square(2000, 0, 1000),
                dict(zip(MIX_FIELDS, ["C", 5, 5, 0, "hyresrätt, bostadsrätt", 50, 0.63])),
            ),
            (square(3000, 0, 1000), dict(zip(MIX_FIELDS, ["D", None, 5, 0, None, None, None]))),
        ],
    )


def classes_of(layer):
    renderer = layer.renderer()
    expression = QgsExpression(renderer.classAttribute())
    context = QgsExpressionContext()
    out = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        out[feature["desokod"]] = expression.evaluate(context)
    return out


def test_pie_per_area_and_fill_by_dominant_tenure(project_layers):
    layer = project_layers(mix_layer())
    ps.style_tenure_mix(layer)
    settings = layer.diagramRenderer().diagramSettings()[0]
    assert [c.name() for c in settings.categoryColors] == list(ps.TENURE_COLOURS.values())
    assert settings.categoryLabels == [
        "hyresrätt (rental)",
        "bostadsrätt (tenant-owned)",
        "äganderätt (owner-occupied)",
    ]
    assert layer.diagramRenderer().attributeLegend()
    # exactly 70 % is one-sided; a tie and a suppressed area have their own classes
    assert classes_of(layer) == {
        "A": "aganderatt_mixed",
        "B": "aganderatt_one_sided",
        "C": "tie",
        "D": "none",
    }
    labels = {c.value(): c.label() for c in layer.renderer().categories()}
    assert labels["aganderatt_one_sided"] == "äganderätt ≥ 70 %: one-sided"
    ps.style_tenure_mix(layer, fill="entropy", prefix="projected_")
    assert layer.renderer().classAttribute() == "projected_tenure_entropy"
    assert layer.diagramRenderer().diagramSettings()[0].categoryAttributes[0] == (
        '"projected_dwellings_hyresratt"'
    )


def test_the_pies_render(project_layers):
    layer = project_layers(mix_layer())
    ps.style_tenure_mix(layer)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.getFeature(1).geometry().boundingBox())  # area A: 30/30/40
    settings.setOutputSize(QSize(200, 200))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    found = set()
    for x in range(0, 200, 2):
        for y in range(0, 200, 2):
            colour = QColor(image.pixel(x, y)).name()
            for tenure, wanted in ps.TENURE_COLOURS.items():
                if colour == wanted:
                    found.add(tenure)
    assert found == {"hyresratt", "bostadsratt", "aganderatt"}


def symbol_colour(layer, feature):
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.expressionContext().setFeature(feature)
    renderer.startRender(context, layer.fields())
    symbols = renderer.symbolsForFeature(feature, context)
    renderer.stopRender(context)
    return [s.color().name() for s in symbols]


def test_flagged_projects_are_red(project_layers):
    fields = {"projekt_id": str, "area": str, "counted": int, "flag": str}
    layer = project_layers(
        memory_layer(
            "Point",
            fields,
            [
                (
                    "POINT(1 1)",
                    {"projekt_id": "R", "area": "X", "counted": 1, "flag": "reinforces"},
                ),
                (
                    "POINT(2 2)",
                    {"projekt_id": "M", "area": "X", "counted": 1, "flag": "makes_one_sided"},
                ),
                ("POINT(3 3)", {"projekt_id": "B", "area": "X", "counted": 1, "flag": "balancing"}),
                ("POINT(4 4)", {"projekt_id": "N", "area": "X", "counted": 1}),
                ("POINT(5 5)", {"projekt_id": "L", "area": "X", "counted": 0}),
                ("POINT(6 6)", {"projekt_id": "O", "counted": 0}),
            ],
        )
    )
    ps.style_projects(layer)
    colours = {f["projekt_id"]: symbol_colour(layer, f) for f in layer.getFeatures()}
    assert colours["R"] == colours["M"] == [ps.FLAG_RED]
    assert colours["B"] == ["#ffffff"] and colours["N"] == ["#bdbdbd"]
    assert colours["O"] == ["#000000"]  # outside every area: only that rule
    assert len(colours["L"]) == 1
    labels = [r.label() for r in layer.renderer().rootRule().children()]
    assert labels[:3] == [
        "outside every area",
        "flag: reinforces a one-sided mix",
        "flag: makes the area one-sided",
    ]


def test_planning_table_and_zonal_styles(project_layers):
    fields = {"namn": str, "best_class": str, "dominant_tenure": str, "dominant_share": float}
    plans = project_layers(
        memory_layer(
            "Polygon",
            fields,
            [
                (
                    square(0, 0),
                    {
                        "namn": "Centrum",
                        "best_class": "B",
                        "dominant_tenure": "hyresrätt",
                        "dominant_share": 71.6,
                    },
                )
            ],
        )
    )
    ps.style_planning_table(plans, "namn")
    assert plans.labelsEnabled()
    expression = QgsExpression(plans.labeling().settings().fieldName)
    context = QgsExpressionContext()
    context.setFeature(next(plans.getFeatures()))
    assert expression.evaluate(context) == "Centrum\nclass B\nhyresrätt 72 %"
    zones = project_layers(
        memory_layer(
            "Polygon",
            {"zonal_sum": float},
            [(square(i * 100, 0), {"zonal_sum": float(i)}) for i in range(10)],
        )
    )
    ps.style_zonal(zones)
    assert len(zones.renderer().ranges()) == 5


@pytest.mark.parametrize("fill", ["dominant", "entropy"])
def test_styles_survive_a_style_round_trip(project_layers, fill):
    """The pie and the fill are stored in the layer's style (QML), so the GeoPackage and the
    project the demo writes keep them."""
    from qgis.PyQt.QtXml import QDomDocument

    layer = project_layers(mix_layer())
    ps.style_tenure_mix(layer, fill=fill)
    doc = QDomDocument()
    layer.exportNamedStyle(doc)
    copy = project_layers(mix_layer())
    copy.importNamedStyle(doc)
    assert copy.diagramRenderer() is not None
    assert copy.renderer().type() == layer.renderer().type()


def test_legend_numbers_follow_the_ui_language():
    from segregation_plugin.i18n import install_translators

    install_translators("sv")
    try:
        swedish = [c.label() for c in ps.dominant_renderer(threshold=62.5).categories()]
    finally:
        install_translators("en")
    english = [c.label() for c in ps.dominant_renderer(threshold=62.5).categories()]
    assert "hyresrätt ≥ 62,5 %: ensidigt" in swedish
    assert "hyresrätt ≥ 62.5 %: one-sided" in english
