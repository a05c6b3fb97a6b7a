"""Base class of the plugin's Processing algorithms.

Each algorithm is a small subclass that sets its id, names, group, workflow order and help
text as class attributes and implements :meth:`SegregationAlgorithm.process`. The base class
does the rest the same way everywhere:

- ``canExecute`` greys the tool out in the toolbox, with an install hint, when an optional
  Python package it needs (``REQUIRES``) is missing, so the plugin still loads;
- ``checkParameterValues`` names the parameter, its value and the allowed range when a value
  cannot be used (see :mod:`.parameter_checks`), instead of QGIS's "Incorrect parameter value";
- ``processAlgorithm`` turns core's :class:`~segregation_plugin.core.common.errors.InputError`
  (a message naming the file, row or feature and what to do) into a
  ``QgsProcessingException`` and a cancel into a clean stop. Any other exception is a bug:
  its traceback goes to the log only (the message log under :data:`LOG_TAG` and the run's
  debug output) and the user reads that the tool failed, on which input, and that it is a bug
  to report (:data:`BUG_SENTENCE`, :func:`is_tool_bug`);
- :meth:`progress` adapts ``QgsProcessingFeedback`` to core's ``Progress``;
- the outputs are checked before and written after the computation, all or none: a tool
  stages them in ``self.writer`` (see :mod:`.writing` and :mod:`.destinations`).

Algorithm modules import ``core`` inside ``process`` (not at module level) so that a missing
package never stops the provider from loading.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..core.common.collector import paused_gc
from ..core.common.dependencies import install_hint, missing
from ..core.common.errors import Cancelled, InputError, MissingDependencyError
from ..core.common.progress import Progress
from ..i18n import tr
from ..paths import icon_path
from . import destinations, parameter_checks
from .layer_checks import source_name
from .messages import core_error_text, translate_core_message
from .outputs import LOG_TAG  # the plugin's tab in QGIS's message log
from .writing import OutputWriter

# Workflow groups in the order a planner goes through them (the dock lists them so). Each is
# a subject package of ``processing/`` (and of ``core/``); an algorithm's group is its package.
GROUPS = {
    "analysis": (5, "Guided analysis"),  # assembles the subjects' tools (processing only)
    "statistics": (10, "1. Areas and statistics"),
    "areatypes": (20, "2. Area types and inequality"),
    "transit": (30, "3. Public transport"),
    "planning": (40, "4. Planning and tenure mix"),
    "reports": (50, "5. Reports"),
}


# The end of the message a user reads when a tool fails on an unexpected error (a bug): stable,
# so that tests (and users' reports) can tell a bug from a message about their input.
BUG_SENTENCE = "This is a bug in the plugin: please report it with the log."


def group_order(group_id: str) -> int:
    return GROUPS.get(group_id, (99, group_id))[0]


def is_tool_bug(error) -> bool:
    """Whether ``error`` (an exception or its message) is the message of a tool that failed on
    an unexpected error, in English or in the UI's language."""
    text = str(error)
    return BUG_SENTENCE in text or tr(BUG_SENTENCE) in text


class SegregationAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour of all the plugin's algorithms (see the module docstring)."""

    ALG_ID = ""  # name() — stable, used in scripts and models as segregation:<ALG_ID>
    DISPLAY_NAME = ""
    GROUP_ID = ""  # set from the subject package the algorithm's module sits in
    ORDER = 100  # position within the group in the dock
    SHORT_DESCRIPTION = ""  # one line, shown in the dock
    HELP = ""  # planner's-language help (simple HTML allowed)
    REQUIRES = ("pandas",)  # Python packages that process() needs
    TAGS = ()
    writer = None  # the run's OutputWriter (processing/writing.py), while processAlgorithm runs

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        package = cls.__module__.rsplit(".", 2)[-2] if cls.__module__.count(".") >= 2 else ""
        if package in GROUPS:
            cls.GROUP_ID = package

    # --- identity ------------------------------------------------------------------------
    def name(self):
        return self.ALG_ID

    def displayName(self):
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(GROUPS[self.GROUP_ID][1])

    def groupId(self):
        return self.GROUP_ID

    def shortDescription(self):
        return tr(self.SHORT_DESCRIPTION) if self.SHORT_DESCRIPTION else ""

    def shortHelpString(self):
        return tr(self.HELP) if self.HELP else ""

    def tags(self):
        return [tr(t) for t in self.TAGS]

    def icon(self):
        return QIcon(icon_path())

    def createInstance(self):
        return type(self)()

    # --- execution -----------------------------------------------------------------------
    def canExecute(self):
        lacking = missing(self.REQUIRES)
        if lacking:
            return False, install_hint(lacking[0])
        return True, ""

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        """QGIS's checks, and the plugin's (NaN, ranges, incomplete matrix rows), with a
        message naming the parameter, the value and what is allowed; then the outputs'
        destinations (never over an input, folders that exist)."""
        ok, message = super().checkParameterValues(parameters, context)
        try:
            problem = parameter_checks.first_problem(self, parameters, context)
        except Exception:  # a check must never stop a valid run: log it, keep QGIS's answer
            self._log_bug(None)
            return ok, message
        if problem:
            return False, problem
        if ok:  # the outputs' destinations (processing/destinations.py)
            _, problems = destinations.plan(self, parameters, context)
            ok, message = not problems, "\n".join(problems)
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        self._step = ""
        try:
            return self.process_and_write(parameters, context, feedback)
        except Cancelled:
            if feedback is not None:
                feedback.reportError(tr("Cancelled by the user; nothing was written."))
            return {}
        except (InputError, MissingDependencyError) as exc:
            raise QgsProcessingException(core_error_text(exc, feedback)) from exc
        except QgsProcessingException:
            raise  # QGIS's own message (or one of ours): already written for the user
        except MemoryError as exc:
            self._log_bug(feedback)
            raise QgsProcessingException(
                tr(
                    "The tool '{tool}' ran out of memory on {what}. Use a smaller area, a "
                    "larger cell size or fewer features, or close other programs."
                ).format(tool=self.displayName(), what=self._failed_on(parameters, context))
            ) from exc
        except Exception as exc:  # a bug: the traceback to the log, a sentence to the user
            self._log_bug(feedback)
            raise QgsProcessingException(self.bug_message(parameters, context)) from exc

    def step(self, text: str) -> None:
        """Name the step the tool is at (in the UI's language), for the message should it fail
        on a bug."""
        self._step = text

    def bug_message(self, parameters, context) -> str:
        """What the user reads when the tool fails on an unexpected error (ends with
        :data:`BUG_SENTENCE`, translated)."""
        what = self._failed_on(parameters, context)
        step = getattr(self, "_step", "")
        if step:
            what = tr("{what}, while {step}").format(what=what, step=step)
        failed = tr("The tool '{tool}' failed on {what} (details in the log).").format(
            tool=self.displayName(), what=what
        )
        # the text of BUG_SENTENCE, here as a literal for the translation tools
        return f"{failed} {tr('This is a bug in the plugin: please report it with the log.')}"

    def _failed_on(self, parameters, context) -> str:
        """The main input, as the user knows it: the first layer or file given."""
        kind, name = self._main_input(parameters, context)
        if kind == "layer":
            return tr("the layer '{}'").format(name)
        if kind == "raster":
            return tr("the raster '{}'").format(name)
        if kind == "file":
            return tr("the file '{}'").format(name)
        return tr("its input")

    def _main_input(self, parameters, context) -> tuple:
        """``(kind, name)`` of the first layer, raster or file given; ``("", "")`` if none."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or parameters.get(name) in (None, ""):
                continue
            try:
                if isinstance(definition, QgsProcessingParameterFeatureSource):
                    source = self.parameterAsSource(parameters, name, context)
                    if source is not None:
                        return "layer", source_name(source, parameters.get(name))
                elif isinstance(definition, QgsProcessingParameterRasterLayer):
                    layer = self.parameterAsRasterLayer(parameters, name, context)
                    if layer is not None:
                        return "raster", layer.name()
                elif isinstance(definition, QgsProcessingParameterFile):
                    path = self.parameterAsFile(parameters, name, context)
                    if path:
                        return "file", Path(path).name
            except Exception:  # naming the input must not fail in its turn
                continue
        return "", ""

    def titled(self, what: str, parameters, context, *details) -> str:
        """The name of an output after its content: ``what`` (translated by the caller),
        the ``details`` known (level, year…) and the main input's name, e.g. 'Area types
        RegSO 2022 — Areas with statistics' (see ``outputs.name_output``)."""
        head = " ".join(str(d) for d in (what, *details) if d not in (None, ""))
        kind, name = self._main_input(parameters, context)
        if kind == "file":
            name = Path(name).stem  # a file: its name without the extension
        return tr("{what} — {input}").format(what=head, input=name) if name else head

    def _log_bug(self, feedback) -> None:
        """The current exception's traceback into QGIS's message log and the run's log."""
        text = f"{self.name()}: {traceback.format_exc()}"
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Critical)
        if feedback is not None:
            feedback.pushDebugInfo(text)

    def process(self, parameters, context, feedback):  # pragma: no cover - abstract
        """Compute; stage the outputs in ``self.writer``; return the results that are not
        outputs (counts, names). See :mod:`.writing`."""
        raise NotImplementedError

    # --- outputs: checked before, written after the computation (processing/writing.py) -----
    def process_and_write(self, parameters, context, feedback) -> dict:
        """:meth:`process`, then the outputs it staged in ``self.writer``, all or none;
        Python's cyclic collector paused meanwhile (:mod:`..core.common.collector`)."""
        self.writer = OutputWriter(self, parameters, context, feedback)
        try:
            with paused_gc():
                self.writer.check()
                results = dict(self.process(parameters, context, feedback) or {})
                results.update(self.writer.commit())
            return results
        finally:
            self.writer = None  # holds the run's frames and parameters (layers): let them go

    @staticmethod
    def progress(feedback) -> Progress:
        """Core's Progress reporting to ``feedback`` (progress bar, log, cancel button)."""

        def log(text):
            feedback.pushInfo(translate_core_message(text))

        return Progress(feedback.setProgress, feedback.isCanceled, log)
