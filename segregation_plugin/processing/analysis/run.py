"""The run of the guided analysis: its state, shared by the steps, and the children.

Every step runs the plugin's own Processing algorithms as children (:func:`run_child`): in
a context of their own (:func:`child_context`), into temporary layers that only the guided
tool reads, with the guided tool's feedback (one progress bar,
``QgsProcessingMultiStepFeedback``) and its cancel button, looked at before and after each
child and inside it (the children look at it themselves).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

from ...core.common.errors import Cancelled
from ...i18n import tr
from . import tables as T

PROVIDER = "segregation"
TEMPORARY = "TEMPORARY_OUTPUT"


@dataclass
class Table:
    """An imported export: its file, recipe (None: not one the analysis knows) and layer."""

    path: str
    layer: object
    title: str
    reference: str
    level: str
    years: list
    variables: list
    recipe: object = None


@dataclass
class Analysis:
    """What the steps share: the inputs, the children's context, what each step made."""

    parameters: dict  # of the children: DESO, REGSO, KEY_TABLE (as the user gave them)
    folder: str  # the statistics folder ('' until fetched: the API source, :mod:`.from_api`)
    context: QgsProcessingContext  # the guided tool's
    feedback: object  # a QgsProcessingMultiStepFeedback
    year: int = None  # chosen, or None: the latest in the statistics
    without_v3: bool = False
    min_population: int = 50
    choice: object = None  # naming.Choice: the kommuner and län of the outputs
    children: QgsProcessingContext = None
    tables: list = field(default_factory=list)
    years: list = field(default_factory=list)  # analysed, oldest first
    deso: dict = field(default_factory=dict)  # year → DeSO with statistics
    regso: dict = field(default_factory=dict)  # year → RegSO with statistics
    deso_types: dict = field(default_factory=dict)  # year → (layer, results)
    regso_types: dict = field(default_factory=dict)
    change: dict = field(default_factory=dict)  # TRANSITIONS, CHANGED layers, results
    inequality: object = None
    reports: list = field(default_factory=list)  # (table, year, report layer)
    area_codes: list = field(default_factory=list)  # the codes of the DeSO given
    national_deso: dict = field(default_factory=dict)  # year → every DeSO of Sweden
    national_regso: dict = field(default_factory=dict)  # year → every RegSO of Sweden
    reference: str = ""  # which reference the area types and the criteria got
    official: list = field(default_factory=list)  # paths of SCB's official area-type exports
    agreement: object = None  # the agreement table of own and official types
    agreement_results: dict = field(default_factory=dict)  # SHARE_IDENTICAL, ...
    api: dict = field(default_factory=dict)  # without a folder: TABLES, CACHE, URL

    def layer(self, value):
        """The layer of a child's result (a temporary layer's id)."""
        return self.children.getMapLayer(value) if isinstance(value, str) else value

    def release(self) -> None:
        """Drop the children's layers now, while QGIS runs (whatever still refers to the
        run's state, e.g. a traceback, may outlive QGIS in a script)."""
        for name in ("tables", "reports"):
            getattr(self, name).clear()
        for name in (
            "deso",
            "regso",
            "deso_types",
            "regso_types",
            "change",
            "national_deso",
            "national_regso",
        ):
            getattr(self, name).clear()
        self.inequality = None
        self.agreement = None
        if self.children is not None:
            self.children.temporaryLayerStore().removeAllMapLayers()
            self.children = None

    def recipes(self, level=T.DESO) -> list:
        return [t for t in self.tables if t.level == level and t.recipe is not None]


def child_context(context) -> QgsProcessingContext:
    """A context of the children's own: their temporary layers stay out of the user's."""
    children = QgsProcessingContext()
    children.setProject(context.project())
    children.setTransformContext(context.transformContext())
    children.setExpressionContext(context.expressionContext())
    children.setInvalidGeometryCheck(context.invalidGeometryCheck())
    return children


def run_child(analysis: Analysis, alg_id: str, params: dict, what: str) -> dict:
    """Run ``segregation:<alg_id>`` as a child; its message, prefixed with ``what``, when it
    refuses; Cancelled when the user pressed Cancel."""
    feedback = analysis.feedback
    if feedback.isCanceled():
        raise Cancelled()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"{PROVIDER}:{alg_id}")
    if algorithm is None:
        raise QgsProcessingException(
            tr("The tool {} is not available. Is the Processing plugin enabled?").format(alg_id)
        )
    feedback.pushInfo(what)
    try:
        results, ok = algorithm.run(params, analysis.children, feedback, {}, False)
    except QgsProcessingException as exc:
        if feedback.isCanceled():
            raise Cancelled() from exc
        raise QgsProcessingException(
            tr("{step}: {message}").format(step=what, message=str(exc))
        ) from exc
    if feedback.isCanceled():
        raise Cancelled()
    if not ok:  # pragma: no cover - run() raises when it fails with catchExceptions off
        raise QgsProcessingException(tr("{step}: the tool failed.").format(step=what))
    return results
