"""processing/messages.py: core's English errors and warnings shown in the UI language."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)

from segregation_plugin import i18n
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.common.numbers import parse_numbers
from segregation_plugin.core.planning.tenure_split import propose_split
from segregation_plugin.core_messages import Matcher
from segregation_plugin.processing import messages
from segregation_plugin.processing.algorithm import SegregationAlgorithm
from segregation_plugin.processing.messages import translate_core_message
from tests.helpers.paths import SAMPLE_GPKG

NBSP = "\u00a0"
OUTSIDE = (
    "2,906 rows of the statistics are for areas outside the layer's kommuner; they were not used."
)


@pytest.fixture
def swedish(qgis_app):
    """The plugin's Swedish translators installed for the test, removed after it."""
    assert i18n.install_translators("sv")
    yield
    i18n.install_translators("en")


def test_a_core_error_reaches_the_user_in_swedish(run_alg, feedback, project_layers, swedish):
    regso = project_layers(QgsVectorLayer(f"{SAMPLE_GPKG}|layername=regso", "regso", "ogr"))
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(
            "checkareas",
            {"INPUT": regso, "CODE_FIELD": "regsonamn", "OUTPUT": "TEMPORARY_OUTPUT"},
            feedback=feedback,
        )
    assert str(raised.value) == (
        "Inget värde i 'regsonamn' är en områdeskod (län 01, kommun 0114, RegSO 0114R001, "
        "DeSO 0114A0010). Välj fältet med koderna."
    )
    english = "No value in 'regsonamn' is an area code (län 01, kommun 0114"
    assert any(line.startswith(f"English: {english}") for line in feedback.infos)


def test_core_warnings_in_the_log_are_translated(run_alg, feedback, swedish):
    source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=regso", "regso", "ogr")
    layer = source.materialize(QgsFeatureRequest())
    first = next(layer.getFeatures())
    twin = QgsFeature(first)
    twin.setGeometry(QgsGeometry(first.geometry()))
    layer.dataProvider().addFeatures([twin])
    run_alg(
        "checkareas",
        {"INPUT": layer, "CODE_FIELD": "regsokod", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    log = "\n".join(feedback.warnings)
    assert f"Koden {first['regsokod']} förekommer mer än en gång (även objekt" in log
    assert "Slå ihop delarna till ett objekt eller rätta koden." in log
    assert "Överlappar objekt" in log and "Overlaps" not in log


def test_a_core_function_s_message_with_fragments_and_numbers(swedish):
    values = pd.Series(["1", "x", "y", "z", "w", "v", "u", "12.5"])
    with pytest.raises(InputError) as raised:
        parse_numbers(values, "befolkning")
    text = translate_core_message(str(raised.value))
    assert text.startswith("Fältet 'befolkning' har 6 värden som inte kan läsas som ett tal: ")
    assert "row 2 has 'x'" in text  # the examples are data: kept as they are
    assert " och 3 till. Rätta värdena eller välj ett fält med tal; SCB:s markeringar" in text
    # a warning: the value of {outside:,} written the Swedish way
    assert translate_core_message(OUTSIDE) == (
        f"2{NBSP}906 rader i statistiken gäller områden utanför lagrets kommuner; de användes inte."
    )
    decimals = translate_core_message("Waited 1.5 s to keep within SCB's call limit.")
    assert decimals == "Väntade 1,5 s för att hålla SCB:s gräns för antal anrop."


def test_progress_messages_of_core_are_translated(feedback, swedish):
    progress = SegregationAlgorithm.progress(feedback)
    progress.info("12 areas have no key to aggregate by and are left out.")
    assert feedback.infos == ["12 områden har ingen nyckel att summera efter och utelämnas."]


def test_unknown_messages_and_an_english_ui_keep_the_text(qgis_app):
    i18n.install_translators("en")
    assert translate_core_message(OUTSIDE) == OUTSIDE  # English UI: never rewritten
    i18n.install_translators("sv")
    try:
        unknown = "Something core never wrote: 2,906 and 0.5."
        assert translate_core_message(unknown) == unknown
        assert translate_core_message("") == ""
    finally:
        i18n.install_translators("en")


def test_a_template_without_translation_leaves_the_message_whole(tmp_path, swedish):
    core = tmp_path / "core"
    core.mkdir()
    (core / "mod.py").write_text(
        'def f(n, warn):\n    warn(f"{n:,} things nobody translated, at {n / 2:.1f}.")\n',
        encoding="utf-8",
    )
    from segregation_plugin.core_messages import read_catalogue

    saved = list(messages._matcher)
    messages._matcher[:] = [Matcher(read_catalogue([core]))]
    try:
        text = "2,906 things nobody translated, at 1,453.0."
        assert translate_core_message(text) == text  # not half Swedish numbers
    finally:
        messages._matcher[:] = saved


def test_each_item_of_a_joined_list_is_translated(swedish):
    with pytest.raises(InputError) as raised:
        propose_split(
            10,
            {"hyresratt": 50, "bostadsratt": 30, "aganderatt": 20},
            {"hyresratt": 40, "bostadsratt": 40, "aganderatt": 20},
            min_shares={"hyresratt": 60, "aganderatt": 30},
            max_shares={"hyresratt": 40, "aganderatt": 20},
        )
    assert translate_core_message(str(raised.value)) == (
        "Villkoren går inte ihop: hyresrätt måste vara minst 60 % (6 lägenheter) men får vara "
        "högst 40 % (4 lägenheter); äganderätt måste vara minst 30 % (3 lägenheter) men får "
        "vara högst 20 % (2 lägenheter)."
    )
