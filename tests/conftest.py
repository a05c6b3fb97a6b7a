"""Shared fixtures. pytest-qgis starts one QGIS application for the session (offscreen)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tools"):  # the plugin, and the demo's modules (demo_map)
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLE_DIR = ROOT / "resources" / "sample"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (real SCB exports, GTFS feeds); skips the test when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the project (real-data tests skipped)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


_PROVIDERS = []  # keep the Python side of registered providers alive


@pytest.fixture
def processing_provider(qgis_processing):
    """QGIS's Processing framework initialised, with the plugin's provider registered.

    Looked up on every use: a test of the plugin itself may remove and re-add it.
    """
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("segregation")
    if provider is None:
        from segregation_plugin.processing.provider import SegregationProvider

        provider = SegregationProvider()
        registry.addProvider(provider)
        _PROVIDERS.append(provider)
    return provider


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
