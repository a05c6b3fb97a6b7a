"""Core's English messages in the UI language, at the boundary between core and Processing.

Core stays free of Qt and writes plain English f-strings (``InputError(f"…")``, warnings).
:func:`translate_core_message` finds the template a message was written from (see
``segregation_plugin/core_messages``), translates the template with :func:`~..i18n.tr` and
puts the values back: a value that is one of its placeholder's fragments (``is``/``are``,
``a number``) is translated too, an English number (``2,906``, ``0.5``) is written with
:func:`~..i18n.format_number`. A message no template matches, or whose template has no
translation, is returned unchanged: no information is ever lost.

The templates are read once, when the first message is translated, from the ``.py`` files
of ``core/`` beside this package (the plugin zip ships them), so they are always those of
the code that wrote the message; the translations come from the ``.qm`` files.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core_messages import FRAGMENT, Matcher, read_catalogue
from ..core_messages.templates import PLACEHOLDER
from ..i18n import current_language, format_number, tr

CORE_DIR = Path(__file__).resolve().parents[1] / "core"
MAX_DEPTH = 3
ENGLISH_NUMBER = re.compile(r"(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)( ?%)?")
NUMERIC_SPEC = re.compile(r".*[,_]|.*[dfFeEgGn%]$")
_matcher: list = []


def core_matcher() -> Matcher:
    """The templates of core's messages (read on first use)."""
    if not _matcher:
        _matcher.append(Matcher(read_catalogue([CORE_DIR])))
    return _matcher[0]


def translate_core_message(text):
    """``text``, a message core wrote in English, in the plugin's UI language; unchanged when
    the UI is English, no template matches or the template has no translation."""
    if not isinstance(text, str) or not text.strip() or current_language() == "en":
        return text
    try:
        translated = _translate(text, None, 0)
    except Exception:  # noqa: BLE001 - a translation problem must never hide the message
        return text
    return text if translated is None else translated


def core_error_text(exc, feedback=None) -> str:
    """The message of core's exception ``exc`` for the user; when it is translated, the
    English original goes to ``feedback``'s log too (for bug reports)."""
    english = str(exc)
    text = translate_core_message(english)
    if feedback is not None and text != english:
        feedback.pushInfo(f"English: {english}")
    return text


def _translate(text: str, fragment_of, depth: int):
    found = core_matcher().match(text, fragment_of)
    if found is None:
        return None
    template, values = found
    translated = tr(template.text, FRAGMENT if fragment_of else None)
    if translated == template.text:
        return None  # not translated: the English message stays whole
    placeholders = template.placeholders
    filled = {name: _value(value, placeholders[name], depth) for name, value in values.items()}
    return PLACEHOLDER.sub(lambda m: filled.get(m.group(1), m.group(0)), translated)


def _value(value: str, placeholder, depth: int) -> str:
    """A placeholder's value in the UI language: a fragment of its own (each item of a
    ``"; ".join(items)``) translated, else an English number rewritten."""
    if depth < MAX_DEPTH and core_matcher().has_fragments(placeholder.name):
        pieces = value.split(placeholder.separator) if placeholder.separator else [value]
        translated = [_fragment(piece, placeholder.name, depth) for piece in pieces]
        if any(t is not None for t in translated):
            return placeholder.separator.join(
                piece if t is None else t for piece, t in zip(pieces, translated)
            )
    return _number(value, placeholder)


def _fragment(value: str, name: str, depth: int):
    core = value.strip()
    translated = _translate(core, name, depth + 1) if core else None
    if translated is None:
        return None
    start = value.index(core)
    return value[:start] + translated + value[start + len(core) :]


def _number(value: str, placeholder) -> str:
    """An English number (``2,906``, ``0.5``, ``12.5 %``) written for the UI language: one
    with a numeric format spec, decimals or thousands separators. Other integers (years,
    codes, small counts) and ``!r`` values stay as they are."""
    if placeholder.conversion:
        return value
    found = ENGLISH_NUMBER.fullmatch(value)
    if found is None:
        return value
    number, decimals, percent = found.groups()
    if not NUMERIC_SPEC.match(placeholder.spec) and "," not in number and "." not in number:
        return value
    return format_number(float(number.replace(",", "")), len(decimals or "")) + (percent or "")
