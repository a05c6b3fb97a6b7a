"""Translation of the plugin's user interface (English source, Swedish translation).

All user-facing strings go through :func:`tr`, which uses one Qt translation context,
``segregation``. Translations live in ``i18n/*_<lang>.ts`` (compiled to ``.qm`` by
``make translations``); every ``.qm`` for QGIS's UI language is installed when the plugin
loads, so a part of the plugin can keep its own ``.ts`` file.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import i18n_dir

CONTEXT = "segregation"
_installed: list = []


def tr(text: str, disambiguation: str = None, n: int = -1) -> str:
    """Translate ``text`` into QGIS's UI language (unchanged when no translation)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def ui_language() -> str:
    """The two-letter language QGIS's UI runs in (``sv``, ``en``...)."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    if not locale:
        locale = QgsApplication.locale() or "en"
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
    return files


def remove_translators() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
