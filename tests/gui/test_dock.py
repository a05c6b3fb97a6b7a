"""The Segregation panel: workflow steps, the Run… button with its pre-filled INPUT, results tabs."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QLabel

from segregation_plugin.gui import dock as dock_module
from segregation_plugin.processing.provider import PROVIDER_ID


@pytest.fixture
def dialogs(monkeypatch, qgis_processing):
    """Records processing.execAlgorithmDialog calls instead of opening dialogs."""
    import processing

    calls = []
    monkeypatch.setattr(
        processing, "execAlgorithmDialog", lambda alg, params: calls.append((alg, params))
    )
    return calls


def memory_layer(geometry: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:3006&field=desokod:string", geometry, "memory")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def item_for(widget, alg_id):
    for i in range(widget.tree.topLevelItemCount()):
        group = widget.tree.topLevelItem(i)
        for j in range(group.childCount()):
            if group.child(j).data(0, dock_module.ALG_ROLE) == alg_id:
                return group.child(j)
    raise AssertionError(f"{alg_id} not in the panel")


def test_layout(dock):
    assert dock.objectName() == "SegregationDock"
    assert dock.windowTitle() == "Segregation"
    assert dock.intro.text() and dock.intro.wordWrap()
    assert dock.sample_button.text() == "Load sample region"
    assert dock.results.currentWidget() is dock.placeholder
    assert "results" in dock.placeholder.text().lower()


def test_steps_follow_workflow_order(dock):
    from segregation_plugin.processing.algorithm import GROUPS
    from segregation_plugin.processing.provider import algorithm_classes

    rows = dock.algorithm_ids()
    assert [alg_id for _, alg_id, _ in rows] == [cls.ALG_ID for cls in algorithm_classes()]
    titles = [dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert titles == sorted(titles, key=[t for _, t in sorted(GROUPS.values())].index)
    item = item_for(dock, "checkareas")
    assert item.text(0) == "Check area layer"
    assert "DeSO" in item.toolTip(0)


def test_run_button_opens_dialog_with_active_polygon_layer(
    qgis_iface, qgis_new_project, dock, dialogs
):
    layer = memory_layer("MultiPolygon")
    qgis_iface.setActiveLayer(layer)
    assert dock.tree.currentItem() is dock._step_items()[0]  # the first step is selected
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))  # a group: nothing to run
    assert not dock.run_button.isEnabled()
    dock.tree.setCurrentItem(item_for(dock, "checkareas"))
    assert dock.run_button.isEnabled()
    assert "DeSO" in dock.description.text()
    dock.run_button.click()
    assert dialogs == [(f"{PROVIDER_ID}:checkareas", {"INPUT": layer.id()})]


def test_double_click_runs_and_point_layer_is_not_prefilled(
    qgis_iface, qgis_new_project, dock, dialogs
):
    qgis_iface.setActiveLayer(memory_layer("Point"))
    item = item_for(dock, "checkareas")
    dock.tree.itemDoubleClicked.emit(item, 0)
    assert dialogs == [(f"{PROVIDER_ID}:checkareas", {})]
    dock.tree.itemDoubleClicked.emit(item.parent(), 0)  # a group is not a step
    assert len(dialogs) == 1


def test_missing_algorithm_says_so(qgis_iface, dock, dialogs):
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    dock.run_algorithm("nosuchtool")
    assert dialogs == []
    assert any("segregation:nosuchtool" in m for m in bar.get_messages(Qgis.MessageLevel.Warning))


def test_results_tabs(dock):
    index = dock.add_result_widget("Chart", QLabel("a chart"))
    assert index == 0
    assert dock.results.currentWidget() is dock.result_tabs
    assert dock.result_tabs.tabText(0) == "Chart"
    dock.add_result_widget("Table", QLabel("a table"))
    assert dock.result_tabs.currentIndex() == 1
    dock.result_tabs.tabCloseRequested.emit(1)
    dock.result_tabs.tabCloseRequested.emit(0)
    assert dock.result_tabs.count() == 0
    assert dock.results.currentWidget() is dock.placeholder


def test_refresh_when_provider_is_added(dock):
    dock.tree.clear()
    QgsApplication.processingRegistry().providerAdded.emit(PROVIDER_ID)
    assert dock.algorithm_ids()
