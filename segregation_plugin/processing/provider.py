"""The plugin's Processing provider, id ``segregation``.

Algorithms are found, not listed: every module of the subject packages
(``processing/statistics``, ``areatypes``, ``transit``, ``planning``) is imported and each
concrete :class:`SegregationAlgorithm` subclass with an ``ALG_ID`` is registered; its group
is the package it sits in. A new tool is therefore one new module in its subject's folder,
without edits here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from qgis.core import QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path, version
from .algorithm import GROUPS, SegregationAlgorithm, group_order

PROVIDER_ID = "segregation"
# Modules of a subject package that hold helpers, not tools (national: areatypes' national
# reference; routing_params: the travel-time tools' shared parameters; run, steps, tables and
# naming: the guided analysis's).
NOT_ALGORITHMS = {
    "params",
    "styles",
    "national",
    "routing_params",
    "run",
    "steps",
    "tables",
    "naming",
    "boundaries",  # the guided analysis's steps (processing/analysis)
    "profile",
    "official",
    "from_api",
}


def _algorithm_modules() -> list:
    """Dotted names of the modules in the subject packages (not their params or styles)."""
    names = []
    for subject in GROUPS:
        package = importlib.import_module(f"{__package__}.{subject}")
        for info in pkgutil.iter_modules(package.__path__):
            if info.name not in NOT_ALGORITHMS and not info.ispkg:
                names.append(f"{package.__name__}.{info.name}")
    return names


def algorithm_classes() -> list:
    """All algorithm classes of the plugin, in workflow order (group, then ORDER)."""
    classes = []
    for info in _algorithm_modules():
        module = importlib.import_module(info)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, SegregationAlgorithm)
                and obj is not SegregationAlgorithm
                and obj.ALG_ID
                and obj.__module__ == module.__name__
            ):
                classes.append(obj)
    classes.sort(key=lambda c: (group_order(c.GROUP_ID), c.ORDER, c.ALG_ID))
    return classes


class SegregationProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Segregation")

    def longName(self):
        return tr("Segregation (area types, public transport, tenure mix) {}").format(version())

    def icon(self):
        return QIcon(icon_path())

    def versionInfo(self):
        return version()

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            try:
                self.addAlgorithm(cls())
            except Exception as exc:  # one broken tool must not hide the others
                QgsMessageLog.logMessage(
                    f"Could not load {cls.ALG_ID}: {exc}", "Segregation", level=2
                )
