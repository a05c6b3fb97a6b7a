"""A Processing feedback that keeps what an algorithm tells the user."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback


class CapturingFeedback(QgsProcessingFeedback):
    """Keeps the messages of ``pushInfo``, ``pushWarning`` and ``reportError`` in ``infos``,
    ``warnings`` and ``errors`` (and passes them on, as QGIS's feedback does)."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings, self.errors = [], [], []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)
