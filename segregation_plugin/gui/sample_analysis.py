"""The sample region's statistics and its guided analysis, for the panel's buttons.

- :func:`load_sample_statistics`: the sample's SCB exports (``resources/sample/scb``)
  imported as tables named after SCB's title, beside the sample's layers ('Load sample
  region');
- :func:`analyse_sample`: 'Segregation analysis for kommuner' on the sample (its DeSO and
  RegSO boundaries, its exports, every kommun) as a background task with QGIS's progress
  bar and Cancel in the status bar; the outputs, named after what they hold, go into a
  group of their own ('Analyse the sample region').

No widgets here: the panel calls these, and the tests call them headless.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt import sip

from ..i18n import tr
from ..paths import sample_dir
from .sample import GPKG

ALG_ID = "segregation:segregationanalysis"
OUTPUTS = ("REGSO_TYPES", "DESO_TYPES", "CHANGED", "TRANSITIONS", "INEQUALITY", "JOIN_REPORT")
# one file per table: the sample has some tables both as xlsx and csv
STATISTICS_SUFFIX = ".xlsx"
TEMPORARY = "TEMPORARY_OUTPUT"


def sample_statistics_folder(folder=None):
    return (sample_dir() if folder is None else folder) / "scb"


def analysis_parameters(folder=None) -> dict:
    """The guided analysis's parameters for the sample region (every kommun, latest year)."""
    base = sample_dir() if folder is None else folder
    gpkg = (base / GPKG).as_posix()
    params = {
        "STATISTICS_FOLDER": str(sample_statistics_folder(base)),
        "DESO": f"{gpkg}|layername=deso",
        "REGSO": f"{gpkg}|layername=regso",
        "AREAS": "",
    }
    params.update({name: TEMPORARY for name in OUTPUTS})
    return params


def _group(project, name: str):
    root = project.layerTreeRoot()
    return root.findGroup(name) or root.insertGroup(0, name)


def load_sample_statistics(project=None, folder=None) -> list:
    """The sample's SCB exports as tables in the group 'Sample statistics (SCB exports)',
    each named after SCB's title of its table."""
    import processing

    project = project or QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    files = sorted(sample_statistics_folder(folder).glob(f"*{STATISTICS_SUFFIX}"))
    group = _group(project, tr("Sample statistics (SCB exports)"))
    layers = []
    for path in files:
        result = processing.run(
            "segregation:importscbtable",
            {"INPUT": str(path), "OUTPUT": TEMPORARY, "VARIABLES": TEMPORARY},
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        # processing.run gives the temporary layers themselves; the project takes them over
        layer = result["OUTPUT"]
        variables = result["VARIABLES"]
        title = next(variables.getFeatures())["title"] if variables.featureCount() else ""
        layer.setName(title or path.stem)
        project.addMapLayer(layer, False)
        group.addLayer(layer).setExpanded(False)
        layers.append(layer)
    group.setExpanded(False)
    return layers


class SampleAnalysis:
    """The guided analysis of the sample as a QGIS background task; ``layers`` once done."""

    def __init__(self, project=None, folder=None, on_done=None):
        self.project = project or QgsProject.instance()
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = QgsProcessingFeedback()
        self.on_done = on_done
        self.layers, self.ok = [], None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG_ID)
        if algorithm is None:
            raise ValueError(
                tr("The tool {} is not available. Is the Processing plugin enabled?").format(ALG_ID)
            )
        self.task = QgsProcessingAlgRunnerTask(
            algorithm, analysis_parameters(folder), self.context, self.feedback
        )
        self.task.setDescription(tr("Segregation analysis of the sample region"))
        self.task.executed.connect(self._executed)

    def start(self):
        QgsApplication.taskManager().addTask(self.task)
        return self

    def _executed(self, successful, results):
        self.ok = bool(successful) and bool(results)
        if self.ok:
            group = self.project.layerTreeRoot().insertGroup(
                0, tr("Segregation analysis of the sample region")
            )
            for name in OUTPUTS:
                layer = self.context.takeResultLayer(results.get(name) or "")
                if layer is None:
                    continue
                self.project.addMapLayer(layer, False)
                group.addLayer(layer).setItemVisibilityChecked(name == "REGSO_TYPES")
                self.layers.append(layer)
        if self.on_done is not None:
            self.on_done(self)


def analyse_sample(project=None, folder=None, on_done=None) -> SampleAnalysis:
    """Start the guided analysis of the sample (see :class:`SampleAnalysis`)."""
    return SampleAnalysis(project, folder, on_done).start()


# --- from the panel: the message bar says how it went ---------------------------------------
def _say(iface, message: str, level) -> None:
    iface.messageBar().pushMessage(tr("Segregation"), message, level=level, duration=10)


def analyse_from_panel(iface, button=None):
    """:func:`analyse_sample` from the panel's button: the button waits while it runs, the
    message bar says how many layers were added or why it failed. None when it cannot
    start (said in the message bar)."""

    def done(analysis):
        if button is not None and not sip.isdeleted(button):
            button.setEnabled(True)
        if analysis.ok:
            text = tr("Analysed the sample county: {} layers added.").format(len(analysis.layers))
            _say(iface, text, Qgis.MessageLevel.Success)
        else:
            last = (analysis.feedback.textLog().strip().splitlines() or [""])[-1]
            text = tr("The analysis of the sample region failed: {}").format(last)
            _say(iface, text, Qgis.MessageLevel.Warning)

    try:
        analysis = analyse_sample(on_done=done)
    except ValueError as exc:
        _say(iface, str(exc), Qgis.MessageLevel.Warning)
        return None
    if button is not None:
        button.setEnabled(False)
    return analysis


def load_statistics_from_panel(iface) -> list:
    """:func:`load_sample_statistics` after 'Load sample region'; a failure is said in the
    message bar (the sample's layers are loaded by then)."""
    try:
        return load_sample_statistics()
    except Exception as exc:  # noqa: BLE001 - say what failed, keep the loaded layers
        _say(iface, str(exc), Qgis.MessageLevel.Warning)
        return []
