"""segregation_plugin/i18n.py: the UI language QGIS runs in, and numbers written for it."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsSettings

from segregation_plugin import i18n

NBSP = "\u00a0"


@pytest.fixture
def english_settings(qgis_app):
    """The locale settings say English; QGIS's translation and the settings are restored."""
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    before = {key: settings.value(key) for key in keys}
    translation = qgis_app.translation()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_GB")
    yield qgis_app
    QgsApplication.setTranslation(translation)
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    i18n.install_translators("en")


def test_swedish_translation_of_qgis_wins_over_english_locale_settings(english_settings):
    """``qgis --lang sv``: QGIS loads Swedish while the locale setting still says en."""
    QgsApplication.setTranslation("sv")
    assert i18n.ui_language() == "sv"
    installed = i18n.install_translators()
    assert any(path.endswith("segregation_sv.qm") for path in installed)
    assert i18n.tr("Load sample region") == "Läs in exempelregionen"
    assert i18n.current_language() == "sv"
    assert i18n.format_number(2906) == f"2{NBSP}906"


def test_ui_language_from_qgis_translation_codes(english_settings):
    QgsApplication.setTranslation("sv_SE")
    assert i18n.ui_language() == "sv"
    QgsApplication.setTranslation("C")  # QGIS untranslated
    assert i18n.ui_language() == "en"


def test_without_a_translation_the_locale_settings_decide(english_settings):
    QgsApplication.setTranslation("")  # qgis_process, a script's QgsApplication
    assert i18n.ui_language() == "en"
    QgsSettings().setValue("locale/userLocale", "sv_SE")
    assert i18n.ui_language() == "sv"
    assert i18n.install_translators()
    assert i18n.tr("Load sample region") == "Läs in exempelregionen"


def test_a_language_without_translation_writes_english(english_settings):
    assert i18n.install_translators("de") == []
    assert i18n.current_language() == "en"
    assert i18n.format_number(2906.5, 1) == "2,906.5"


@pytest.mark.parametrize(
    ("value", "decimals", "swedish", "english"),
    [
        (2906, 0, f"2{NBSP}906", "2,906"),
        (0.5, 1, "0,5", "0.5"),
        (1234567.891, 2, f"1{NBSP}234{NBSP}567,89", "1,234,567.89"),
        (12.3456, 3, "12,346", "12.346"),
        (-2906.4, 0, f"-2{NBSP}906", "-2,906"),
        (-0.01, 1, "0,0", "0.0"),
        (50.0, None, "50", "50"),
        (0.25, None, "0,25", "0.25"),
        (999, 0, "999", "999"),
        (None, 0, "–", "–"),
        (float("nan"), 1, "–", "–"),
    ],
)
def test_format_number(value, decimals, swedish, english):
    assert i18n.format_number(value, decimals, language="sv") == swedish
    assert i18n.format_number(value, decimals, language="en") == english


def test_format_number_takes_numpy_values_and_follows_the_installed_language(qgis_app):
    import numpy as np

    try:
        i18n.install_translators("sv")
        assert i18n.format_number(np.int64(12345)) == f"12{NBSP}345"
        assert i18n.format_number(np.float64(2.5), 1) == "2,5"
    finally:
        i18n.install_translators("en")
    assert i18n.format_number(np.int64(12345)) == "12,345"


# A format spec that writes a number for people: {:,} {:.1f} {x:,.0f} {:g} … English only.
NUMBER_SPEC = r"\{[^{}]*:,?\d*(\.\d+)?[dfg%]\}|:,(\.\d+)?[dfg]?\}"
NOT_A_MESSAGE = (
    "CASE WHEN",  # a QGIS expression (planning styles)
    "format_number(",  # rounding before format_number
)


def test_messages_write_numbers_with_format_number():
    import re

    from tests.helpers.paths import ROOT

    plugin = ROOT / "segregation_plugin"
    found = []
    for path in sorted([*(plugin / "processing").rglob("*.py"), *(plugin / "gui").rglob("*.py")]):
        if path.name == "area_type_chart.py":  # matplotlib's axis: thin-space groups, any language
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(NUMBER_SPEC, line) and not any(s in line for s in NOT_A_MESSAGE):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, (
        "numbers in messages written with a format spec (English separators in every "
        "language); use i18n.format_number:\n" + "\n".join(found)
    )
