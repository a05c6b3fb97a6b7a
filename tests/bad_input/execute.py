"""Run a case in this process (``processing.run``) and collect what the checks need."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.feedback import CapturingFeedback

from .case import Case, make_dirs
from .checks import Run, before, memory_layers


class CancellingFeedback(CapturingFeedback):
    """Cancels the run at its first progress report, as a user pressing Cancel would (at its
    first message when it reports no progress: a run that neither reports progress nor says
    anything before it ends cannot be cancelled)."""

    def __init__(self):
        super().__init__()
        self.cancel_requested = False
        self.progressChanged.connect(self._cancel)

    def _cancel(self, *_):
        if not self.cancel_requested:
            self.cancel_requested = True
            self.cancel()

    def setProgressText(self, text):  # noqa: N802
        super().setProgressText(text)
        self._cancel()

    def pushInfo(self, info):  # noqa: N802
        super().pushInfo(info)
        if not str(info).startswith("Results: "):  # processing.run's, after the run
            self._cancel()


def prepare(case: Case, base: Path):
    """(dirs, parameters, inputs' state) of ``case`` built under ``base``."""
    dirs = make_dirs(base)
    params = case.build(dirs)
    return dirs, params, before(params, dirs)


def run_in_process(case: Case, base: Path) -> tuple:
    """(Run, inputs' state before the run)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject

    dirs, params, state = prepare(case, base)
    project = QgsProject.instance()
    layers = memory_layers(params)
    for layer in layers.values():  # owned by the project: a failed run keeps its parameters
        project.addMapLayer(layer, False)
    feedback = CancellingFeedback() if case.cancel else CapturingFeedback()
    context = QgsProcessingContext()
    context.setProject(project)
    run = Run(case, params, dirs)
    try:
        result = processing.run(
            f"segregation:{case.tool}", dict(params), feedback=feedback, context=context
        )
        run.result = {
            k: v if isinstance(v, (str, int, float)) else str(v) for k, v in result.items()
        }
    except QgsProcessingException as exc:
        run.error = str(exc)
    except Exception as exc:  # noqa: BLE001 - what escapes is what the test reports
        run.escaped = f"{type(exc).__name__}: {exc}"
    run.log = [*feedback.errors, *feedback.warnings]
    run.cancel_requested = getattr(feedback, "cancel_requested", False)
    context.temporaryLayerStore().removeAllMapLayers()
    run.release = lambda: [project.removeMapLayer(layer.id()) for layer in layers.values()]
    return run, state
