"""The sample's guided analysis and statistics from the panel (gui/sample_analysis.py)."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QApplication

from segregation_plugin.gui import sample_analysis


def _wait(analysis, seconds=300):
    end = time.monotonic() + seconds
    while analysis.ok is None and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.05)
    assert analysis.ok is not None, "the analysis did not finish"


@pytest.fixture
def clean_project():
    yield QgsProject.instance()
    QgsProject.instance().clear()


def test_the_panel_offers_the_guided_analysis_first(dock):
    first_group, first_id, first_name = dock.algorithm_ids()[0]
    assert (first_group, first_id) == ("Guided analysis", "segregationanalysis")
    assert first_name == "Segregation analysis for kommuner"
    assert dock.selected_algorithm() == "segregationanalysis"
    assert dock.analyse_button.text() == "Analyse the sample region"


def test_analyse_the_sample_region_in_one_click(dock, qgis_iface, clean_project):
    dock.analyse_button.click()
    analysis = dock.sample_analysis
    assert analysis is not None and not dock.analyse_button.isEnabled()
    _wait(analysis)
    assert analysis.ok, analysis.feedback.textLog()
    assert dock.analyse_button.isEnabled()
    names = [layer.name() for layer in analysis.layers]
    assert names == [
        "Area types RegSO 2022 — Exempelläns län",
        "Area types DeSO 2022 — Exempelläns län",
        "Changed area type RegSO 2021–2022 — Exempelläns län",
        "Area type transitions RegSO 2021–2022 — Exempelläns län",
        "Ojämlikhetsindex and criteria per kommun 2022 — Exempelläns län",
        "Join report 2021–2022 — Exempelläns län",
    ]
    group = clean_project.layerTreeRoot().findGroup("Segregation analysis of the sample region")
    assert [node.layer().name() for node in group.findLayers()] == names
    regso = analysis.layers[0]
    assert regso.featureCount() == 162
    assert regso.renderer().type() == "categorizedSymbol"  # styled by area type
    types = [f["area_type"] for f in regso.getFeatures()]
    assert [types.count(t) for t in (1, 2, 3, 4, 5)] == [8, 11, 43, 89, 8]


def test_load_sample_also_loads_its_statistics(processing_provider, clean_project):
    layers = sample_analysis.load_sample_statistics(clean_project)
    names = sorted(layer.name() for layer in layers)
    assert len(layers) == 7  # one per table, the xlsx of each
    assert "Befolkning 25-64 år efter region, år och utbildningsnivå" in names
    group = clean_project.layerTreeRoot().findGroup("Sample statistics (SCB exports)")
    assert len(group.findLayers()) == 7
    education = next(layer for layer in layers if "utbildningsnivå" in layer.name())
    assert education.featureCount() == 644  # 322 DeSO × 2021 and 2022
    assert "förgymnasial utbildning" in education.fields().names()


def test_a_sample_analysis_that_cannot_start_says_so(qgis_iface, monkeypatch):
    registry = QgsApplication.processingRegistry()
    monkeypatch.setattr(registry, "createAlgorithmById", lambda *_: None, raising=False)
    assert sample_analysis.analyse_from_panel(qgis_iface) is None


def test_the_load_sample_button_loads_the_statistics_too(dock, qgis_iface, clean_project):
    dock.sample_button.click()
    root = clean_project.layerTreeRoot()
    assert root.findGroup("Sample county (fictional)") is not None
    statistics = root.findGroup("Sample statistics (SCB exports)")
    assert statistics is not None and len(statistics.findLayers()) == 7
