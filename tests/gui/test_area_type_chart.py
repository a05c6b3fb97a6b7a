"""The dock's chart of residents per area type and kommun (headless)."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from segregation_plugin.core.areatypes.type_summary import COLUMNS
from segregation_plugin.gui import area_type_chart as chart


def test_chart_of_residents_per_kommun_and_type(sample_regso_types):
    widget = chart.AreaTypeChart(sample_regso_types)
    assert widget.canvas is not None and widget.canvas.minimumHeight() > 200
    table = widget.table
    assert list(table.index) == ["9901", "9902", "9903", "9904", "9905", "9906"]
    assert table.loc["9901", "name"] == "Storstad"
    # every resident of the kommun is in one bar segment (types 1–5 or no type)
    residents = {}
    for feature in sample_regso_types.getFeatures():
        residents[feature["kommunkod"]] = (
            residents.get(feature["kommunkod"], 0) + feature["folkmängd"]
        )
    for kommun, total in residents.items():
        assert table.loc[kommun, ["1", "2", "3", "4", "5", "no type"]].sum() == pytest.approx(total)
    axes = widget.canvas.figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()][0] == "Storstad"
    assert len(axes.containers) == 6  # five types and the areas without a type
    legend = [t.get_text() for t in widget.canvas.figure.legends[0].get_texts()]
    assert legend[0] == "1 – Areas with major socioeconomic challenges"


def test_many_kommuner_show_those_with_most_residents_in_types_1_and_2():
    from matplotlib.figure import Figure

    rows = {f"{1000 + i:04d}": [i, 0, 10, 10, 10, 0] for i in range(40)}
    table = pd.DataFrame.from_dict(rows, orient="index", columns=list(COLUMNS))
    figure = Figure(figsize=(5, chart.figure_height(len(table))))
    chart.draw(figure, table, "residents")
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert len(labels) == chart.MAX_BARS and labels[0] == "1015" and labels[-1] == "1039"
    assert "(25 of 40 kommuner" in axes.get_title(loc="left")


def test_without_matplotlib_the_chart_says_how_to_install_it(sample_regso_types, monkeypatch):
    def missing():
        raise ImportError("no matplotlib")

    monkeypatch.setattr(chart, "_canvas_class", missing)
    widget = chart.AreaTypeChart(sample_regso_types)
    assert widget.canvas is None
    assert "matplotlib" in widget.message.text() and "pip install" in widget.message.text()


def test_a_table_without_codes_or_residents_counts_areas():
    layer = QgsVectorLayer("None?field=area_type:string&field=x:integer", "odd", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["..", 1])
    layer.dataProvider().addFeatures([feature])
    assert chart.is_area_type_layer(layer)
    widget = chart.AreaTypeChart(layer)
    # no codes, no residents: one bar of areas, in the 'no type' segment
    assert widget.table.loc["all", "no type"] == 1 and widget.table.attrs["measure"] == "areas"
    # text that is no area type is not quietly 'no type': the chart says what is wrong
    layer.dataProvider().changeAttributeValues({next(layer.getFeatures()).id(): {0: "typ 1"}})
    widget = chart.AreaTypeChart(layer)
    assert widget.canvas is None
    assert widget.message.text().startswith(
        "No chart for odd: The field 'area_type' has a value that cannot be read as an area type"
    )


def test_the_dock_shows_the_chart_of_a_new_area_type_layer(
    dock, sample_regso_types, qgis_new_project
):
    plain = QgsVectorLayer("Polygon?crs=EPSG:3006&field=desokod:string", "plain", "memory")
    QgsProject.instance().addMapLayer(plain)
    assert dock.result_tabs.count() == 0  # not an area-type layer
    layer = sample_regso_types.clone()
    layer.setName("Områdestyper RegSO")
    QgsProject.instance().addMapLayer(layer)
    assert dock.result_tabs.count() == 1
    assert dock.result_tabs.tabText(0) == "Area types: Områdestyper RegSO"
    assert isinstance(dock.result_tabs.widget(0), chart.AreaTypeChart)
    # a second area-type layer replaces the chart rather than adding tabs
    second = sample_regso_types.clone()
    second.setName("Områdestyper 2")
    QgsProject.instance().addMapLayer(second)
    assert dock.result_tabs.count() == 1 and dock.result_tabs.tabText(0).endswith("2")
    # selecting the first again shows it; after the user closed the chart too
    dock._layer_selected(layer)
    assert dock.result_tabs.tabText(0).endswith("RegSO")
    dock.result_tabs.tabCloseRequested.emit(0)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dock.result_tabs.count() == 0
    dock._layer_selected(layer)
    assert dock.result_tabs.count() == 1


def test_area_type_steps_follow_the_statistics_steps(dock):
    rows = dock.algorithm_ids()
    ids = [alg_id for _, alg_id, _ in rows]
    start = ids.index("areatypes")
    assert ids[start : start + 4] == [
        "areatypes",
        "typechange",
        "inequalityindex",
        "segregationindices",
    ]
    assert ids.index("aggregateareas") < start
    assert rows[start][0] == "2. Area types and inequality"


def test_a_layer_that_cannot_be_charted_gives_a_message():
    layer = QgsVectorLayer(
        "None?field=area_type:integer&field=folkmängd:string", "broken", "memory"
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes([1, "många"])
    layer.dataProvider().addFeatures([feature])
    widget = chart.AreaTypeChart(layer)
    assert widget.canvas is None
    assert widget.message.text().startswith(
        "No chart for broken: The field 'folkmängd' has a value that cannot be read as a number "
        "(residents): feature 1 has 'många'"
    )
