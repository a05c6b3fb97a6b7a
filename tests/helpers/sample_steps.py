"""The sample's statistics layers built exactly as ``make demo`` builds them, for tests.

:func:`statistics_layers` runs ``tools/demo_steps/step_20_statistics.py`` (import the SCB
exports, join them to the DeSO, aggregate to RegSO and kommun) through Processing with a
small stand-in for the demo runner that keeps the layers out of the project. Its
``results`` hold ``deso_stats``, ``deso_stats_all_years``, ``regso_stats`` and
``kommun_stats`` (fields: the docstring of step 20).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.helpers.paths import SAMPLE
from tests.helpers.provider import ensure_provider
from tests.helpers.tools import load_tool


class StepRunner:
    """What a demo step uses of ``tools/demo.py``'s Demo, without the project."""

    def __init__(self):
        from qgis.core import (
            QgsProcessingContext,
            QgsProcessingFeedback,
            QgsProject,
            QgsVectorLayer,
        )

        self.sample = SAMPLE
        self.out = Path(tempfile.mkdtemp(prefix="segregation-steps-"))
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = QgsProcessingFeedback()
        gpkg = SAMPLE / "exempellan.gpkg"
        self.layers = {
            name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            for name in ("deso", "regso", "kommun", "lan")
        }
        self.results, self.written = {}, []
        self.map_layers, self.map_legend, self.map_title = [], None, ""

    def run(self, alg_id: str, params: dict) -> dict:
        import processing

        if ":" not in alg_id:
            alg_id = f"segregation:{alg_id}"
        return processing.run(alg_id, params, context=self.context, feedback=self.feedback)

    def add_layer(self, layer, group=None, style=None, table=None, visible=True):
        return layer

    def table_path(self, name: str) -> Path:
        return self.out / name

    def say(self, message: str) -> None:
        pass

    def release(self) -> None:
        """Drop every layer while QGIS still runs."""
        self.results.clear()
        self.layers.clear()
        self.context.temporaryLayerStore().removeAllMapLayers()
        self.context = None


def run_step(runner: StepRunner, name: str):
    module = load_tool(f"demo_steps/{name}.py", f"demo_steps.{name}")
    module.run(runner)
    return module


def statistics_layers() -> StepRunner:
    """A runner whose ``results`` hold the layers of demo step 20. Call ``release()`` when
    done (a module fixture's teardown): layers still held when QGIS exits crash Python."""
    ensure_provider()
    runner = StepRunner()
    run_step(runner, "step_20_statistics")
    return runner
