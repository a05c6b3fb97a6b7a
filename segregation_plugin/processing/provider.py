"""The plugin's Processing provider, id ``segregation``.

Algorithms are found, not listed: every module in ``processing/algorithms`` is imported and
each concrete :class:`SegregationAlgorithm` subclass with an ``ALG_ID`` is registered. A new
tool is therefore one new module, without edits here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from qgis.core import QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path, version
from . import algorithms as _algorithms_pkg
from .algorithm import SegregationAlgorithm, group_order

PROVIDER_ID = "segregation"


def algorithm_classes() -> list:
    """All algorithm classes of the plugin, in workflow order (group, then ORDER)."""
    classes = []
    for info in pkgutil.iter_modules(_algorithms_pkg.__path__):
        module = importlib.import_module(f"{_algorithms_pkg.__name__}.{info.name}")
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
