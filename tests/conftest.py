"""Shared fixtures. pytest-qgis starts one QGIS application for the session (offscreen).

Test code that is not a fixture (hand-made layers, feeds, a fake SCB server, paths) is in
``tests/helpers/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT, SAMPLE, SHARED_DATA

if str(ROOT / "tools") not in sys.path:  # the demo's modules (demo_map)
    sys.path.insert(0, str(ROOT / "tools"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (real SCB exports, GTFS feeds); skips the test when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the project (real-data tests skipped)")
    return SHARED_DATA


@pytest.fixture(scope="module", autouse=True)
def _national_values_of_the_session(tmp_path_factory):
    """National μ and σ that Area types stores (e.g. after a run over all DeSO of Sweden) go
    to a folder of the test module, never to the test profile, where they would outlive the
    run and change the reference of later runs on the sample. Per module, so that a module's
    own fixtures (built before each test's folder below) never see another module's values."""
    try:
        from segregation_plugin.processing.areatypes import national
    except ImportError:  # core-only runs
        yield None
        return
    original = national.profile_cache_dir
    folder = tmp_path_factory.mktemp("national_values_module")
    national.profile_cache_dir = lambda: folder
    yield national
    national.profile_cache_dir = original


@pytest.fixture(autouse=True)
def _national_values(_national_values_of_the_session, tmp_path_factory, monkeypatch):
    """Each test starts without stored national values (its own empty folder)."""
    if _national_values_of_the_session is not None:
        folder = tmp_path_factory.mktemp("national_values_test")
        monkeypatch.setattr(_national_values_of_the_session, "profile_cache_dir", lambda: folder)


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def postgis():
    """A throw-away PostgreSQL + PostGIS server for the session (``tests/helpers/postgis.py``):
    started on first use in a temporary folder, stopped and removed at the end. Skips the
    test, saying why, where it cannot be started (no Debian packages)."""
    from tests.helpers import postgis as server

    reason = server.unavailable()
    if reason:
        pytest.skip(f"no PostGIS server for the test: {reason}")
    started = server.start()
    yield started
    started.stop()


# --- Processing -----------------------------------------------------------------------------
@pytest.fixture
def processing_provider(qgis_processing):
    """QGIS's Processing framework initialised, with the plugin's provider registered.

    Looked up on every use: a test of the plugin itself may remove and re-add it.
    """
    from tests.helpers.provider import ensure_provider

    return ensure_provider()


@pytest.fixture
def run_alg(processing_provider):
    """Run ``segregation:<id>`` (or any algorithm id) with ``processing.run``."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id, params, feedback=None):
        if ":" not in alg_id:
            alg_id = f"segregation:{alg_id}"
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            alg_id, params, feedback=feedback or QgsProcessingFeedback(), context=context
        )

    return _run


@pytest.fixture
def feedback():
    """A Processing feedback keeping the run's messages: ``infos``, ``warnings``, ``errors``."""
    from tests.helpers.feedback import CapturingFeedback

    return CapturingFeedback()


@pytest.fixture
def project_layers():
    """``add(layer)`` puts a layer into the project (owned by it) and returns it; removed at
    the end of the test. A Python algorithm that fails keeps its parameters alive, and a
    Python-owned layer among them would be freed after QGIS exits (a crash)."""
    from qgis.core import QgsProject

    added = []

    def add(layer):
        QgsProject.instance().addMapLayer(layer, False)
        added.append(layer.id())
        return layer

    yield add
    for layer_id in added:
        QgsProject.instance().removeMapLayer(layer_id)


@pytest.fixture(scope="module")
def statistics_runner(qgis_processing):
    """The sample's statistics layers as ``make demo`` builds them (demo step 20, see
    ``tests/helpers/sample_steps.py``), once per test module; released after it."""
    from tests.helpers.sample_steps import statistics_layers

    runner = statistics_layers()
    yield runner
    runner.release()


@pytest.fixture(scope="module")
def sample_stats(statistics_runner) -> dict:
    """``deso_stats``, ``deso_stats_all_years``, ``regso_stats`` and ``kommun_stats``."""
    return statistics_runner.results


@pytest.fixture(scope="module")
def sample_regso_types(statistics_runner):
    """The sample's RegSO statistics with their area types (``segregation:areatypes``)."""
    import processing

    return processing.run(
        "segregation:areatypes",
        {"INPUT": statistics_runner.results["regso_stats"], "OUTPUT": "TEMPORARY_OUTPUT"},
        context=statistics_runner.context,
    )["OUTPUT"]


# --- the panel ------------------------------------------------------------------------------
@pytest.fixture
def dock(qgis_iface, processing_provider):
    """The Segregation panel in QGIS's main window, deleted after the test."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from segregation_plugin.gui.dock import SegregationDock

    widget = SegregationDock(qgis_iface, qgis_iface.mainWindow())
    yield widget
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
