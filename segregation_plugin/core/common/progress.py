"""Progress and cancellation for long core computations, without any QGIS types.

Core functions that can run for more than a moment take an optional :class:`Progress`.
The Processing layer builds one from ``QgsProcessingFeedback``; tests and notebooks can
leave it out.
"""

from __future__ import annotations

from typing import Callable, Optional

from .errors import Cancelled


class Progress:
    """Report progress (0–100) and messages; ask whether the user cancelled."""

    def __init__(
        self,
        report: Optional[Callable[[float], None]] = None,
        is_cancelled: Optional[Callable[[], bool]] = None,
        log: Optional[Callable[[str], None]] = None,
    ):
        self._report = report
        self._is_cancelled = is_cancelled
        self._log = log

    def set(self, percent: float) -> None:
        if self._report is not None:
            self._report(max(0.0, min(100.0, float(percent))))

    def info(self, message: str) -> None:
        if self._log is not None:
            self._log(message)

    @property
    def cancelled(self) -> bool:
        return bool(self._is_cancelled and self._is_cancelled())

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user has cancelled."""
        if self.cancelled:
            raise Cancelled()

    def sub(self, start: float, end: float) -> Progress:
        """A Progress that maps 0–100 onto ``start``–``end`` of this one."""

        def report(p: float) -> None:
            self.set(start + (end - start) * p / 100.0)

        return Progress(report, self._is_cancelled, self._log)


NO_PROGRESS = Progress()
