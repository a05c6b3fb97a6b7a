"""Errors that core raises for a planner to read.

Messages name the file, row or feature and say what to do. The Processing layer turns them
into ``QgsProcessingException`` unchanged.
"""

from __future__ import annotations


class InputError(ValueError):
    """The user's input cannot be used as it is (wrong file, bad row, missing field...)."""


class Cancelled(RuntimeError):
    """The user cancelled a long run; nothing was written."""

    def __init__(self, message: str = "Cancelled by the user; nothing was written."):
        super().__init__(message)


class MissingDependencyError(ImportError):
    """An optional Python package is not installed in the user's QGIS."""
