"""Telling a message for the user from a bug, in tests of bad input."""

from __future__ import annotations

from segregation_plugin.processing.algorithm import is_tool_bug


def assert_user_message(error, *words) -> str:
    """``error`` (an exception or its text) is a message written for the user: it holds every
    one of ``words``, no traceback, and is not the message of a tool that failed on a bug
    (:func:`segregation_plugin.processing.algorithm.is_tool_bug`). Returns the text."""
    text = str(error)
    assert "Traceback" not in text and 'File "' not in text, text
    assert not is_tool_bug(text), f"a bug, not a message about the input:\n{text}"
    missing = [w for w in words if w not in text]
    assert not missing, f"{missing} not in:\n{text}"
    return text
