"""Base class of the plugin's Processing algorithms.

Each algorithm is a small subclass that sets its id, names, group, workflow order and help
text as class attributes and implements :meth:`SegregationAlgorithm.process`. The base class
does the rest the same way everywhere:

- ``canExecute`` greys the tool out in the toolbox, with an install hint, when an optional
  Python package it needs (``REQUIRES``) is missing, so the plugin still loads;
- ``processAlgorithm`` turns core's :class:`~segregation_plugin.core.common.errors.InputError`
  (a message naming the file, row or feature and what to do) into a
  ``QgsProcessingException`` and a cancel into a clean stop;
- :meth:`progress` adapts ``QgsProcessingFeedback`` to core's ``Progress``.

Algorithm modules import ``core`` inside ``process`` (not at module level) so that a missing
package never stops the provider from loading.
"""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..core.common.dependencies import install_hint, missing
from ..core.common.errors import Cancelled, InputError, MissingDependencyError
from ..core.common.progress import Progress
from ..i18n import tr
from ..paths import icon_path
from .messages import core_error_text, translate_core_message

# Workflow groups in the order a planner goes through them (the dock lists them so). Each is
# a subject package of ``processing/`` (and of ``core/``); an algorithm's group is its package.
GROUPS = {
    "statistics": (10, "1. Areas and statistics"),
    "areatypes": (20, "2. Area types and inequality"),
    "transit": (30, "3. Public transport"),
    "planning": (40, "4. Planning and tenure mix"),
}


def group_order(group_id: str) -> int:
    return GROUPS.get(group_id, (99, group_id))[0]


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

    def processAlgorithm(self, parameters, context, feedback):
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        try:
            return self.process(parameters, context, feedback)
        except Cancelled:
            feedback.reportError(tr("Cancelled by the user; nothing was written."))
            return {}
        except (InputError, MissingDependencyError) as exc:
            raise QgsProcessingException(core_error_text(exc, feedback)) from exc

    def process(self, parameters, context, feedback):  # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def progress(feedback) -> Progress:
        """Core's Progress reporting to ``feedback`` (progress bar, log, cancel button)."""

        def log(text):
            feedback.pushInfo(translate_core_message(text))

        return Progress(feedback.setProgress, feedback.isCanceled, log)
