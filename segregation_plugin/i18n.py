"""Translation of the plugin's user interface (English source, Swedish translation).

All user-facing strings go through :func:`tr`, which uses one Qt translation context,
``segregation``. Translations live in ``i18n/*_<lang>.ts`` (compiled to ``.qm`` by
``make translations``); every ``.qm`` for QGIS's UI language is installed when the plugin
loads, so a part of the plugin can keep its own ``.ts`` file. Numbers in messages are written
with :func:`format_number`, in the same language as the text around them.
"""

from __future__ import annotations

import math

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import i18n_dir

CONTEXT = "segregation"
_installed: list = []
# the language of the installed translation: the language tr() and format_number() write
_language: list = ["en"]

# Thousands separator and decimal mark by language; other languages write numbers as English.
NUMBER_MARKS = {
    "en": (",", "."),
    "sv": ("\u00a0", ","),  # 2 906 with a no-break space, 0,5
}


def tr(text: str, disambiguation: str = None, n: int = -1) -> str:
    """Translate ``text`` into QGIS's UI language (unchanged when no translation)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def ui_language() -> str:
    """The two-letter language QGIS's UI runs in (``sv``, ``en``...).

    That is the translation QGIS loaded at start (``qgis --lang sv``, or its language setting
    when QGIS started): QGIS may run in Swedish while the locale setting still says English.
    Without one (qgis_process, a script's own QgsApplication) the locale settings decide."""
    application = QgsApplication.instance()
    translation = ""
    if isinstance(application, QgsApplication):
        translation = application.translation() or ""
    if translation:
        # "C" is QGIS's untranslated (English) interface
        return "en" if translation.upper() == "C" else translation[:2].lower()
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    if not locale:
        locale = QgsApplication.locale() or "en"
    if locale.upper() == "C":
        return "en"
    return locale[:2].lower()


def install_translators(language: str = None) -> list:
    """Install the plugin's translators for ``language`` (default: QGIS's UI language).

    Returns the ``.qm`` files installed; an English UI installs none.
    """
    remove_translators()
    language = (language or ui_language())[:2].lower()
    try:
        folder = i18n_dir()
    except FileNotFoundError:
        return []
    files = []
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            files.append(str(qm))
    # numbers follow the text: English unless this language's translation was installed
    _language[0] = language if files else "en"
    return files


def remove_translators() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _language[0] = "en"


def current_language() -> str:
    """The language the plugin's messages are in now (``en`` without a translation)."""
    return _language[0]


def format_number(value, decimals: int = 0, language: str = None) -> str:
    """``value`` written for people reading the plugin's messages: rounded to ``decimals``,
    grouped in thousands, in the language of the messages (``language`` to choose another).
    Swedish ``2 906`` (no-break space) and ``0,5``; English ``2,906`` and ``0.5``.
    ``decimals=None`` keeps the decimals the value has (up to six; ``50``, ``0,25``). None
    and NaN are written "–".

    Only for text people read (the log, messages, labels): numbers written into output
    fields and tables are data and stay numbers."""
    if value is None:
        return "–"
    number = float(value)
    if math.isnan(number):
        return "–"
    if decimals is None:
        text = f"{number:,.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{number:,.{decimals}f}"
    if text.startswith("-") and not any(digit in text for digit in "123456789"):
        text = text[1:]  # -0.01 rounded is 0.0, not -0.0
    group, mark = NUMBER_MARKS.get((language or current_language())[:2].lower(), (",", "."))
    return text.replace(",", "\0").replace(".", mark).replace("\0", group)
