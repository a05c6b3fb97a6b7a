"""The boundary of every tool (processing/algorithm.py): an unexpected error reaches the user as
a sentence saying it is a bug, its traceback the log only; parameter values are checked with
messages that name the parameter, the value and what is allowed."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterNumber,
)

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.processing import parameter_checks
from segregation_plugin.processing.algorithm import BUG_SENTENCE, LOG_TAG, is_tool_bug
from tests.helpers.failures import assert_user_message
from tests.helpers.feedback import CapturingFeedback
from tests.helpers.layers import memory_layer
from tests.helpers.paths import SAMPLE

X0, Y0 = 674_000, 6_580_000  # Stockholm, SWEREF 99 TM


def sweref_square(i: int, size: float = 100.0) -> str:
    x, y = X0 + i * size, Y0
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


@pytest.fixture
def areas(project_layers):
    return project_layers(
        memory_layer(
            "Polygon",
            {"desokod": str},
            [
                (sweref_square(0), {"desokod": "0180A0010"}),
                (sweref_square(1), {"desokod": "0180A0020"}),
            ],
            name="mina områden",
        )
    )


class DebugFeedback(CapturingFeedback):
    def __init__(self):
        super().__init__()
        self.debug = []

    def pushDebugInfo(self, info):  # noqa: N802
        self.debug.append(info)
        super().pushDebugInfo(info)


@pytest.fixture
def logged():
    """The messages QGIS's message log receives under the plugin's tag during the test."""
    messages = []

    def keep(message, tag, level):
        if tag == LOG_TAG:
            messages.append(message)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    yield messages
    log.messageReceived.disconnect(keep)


def _fail_with(monkeypatch, error):
    from segregation_plugin.core.statistics import area_checks

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(area_checks, "check_areas", broken)


def _check(run_alg, layer, feedback=None, **extra):
    return run_alg("checkareas", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT", **extra}, feedback)


# --- an unexpected error is a bug: a sentence for the user, the traceback for the log -------
def test_an_unexpected_error_says_bug_and_logs_the_traceback(run_alg, areas, monkeypatch, logged):
    _fail_with(monkeypatch, ZeroDivisionError("division by zero"))
    feedback = DebugFeedback()
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, areas, feedback)
    text = str(caught.value)
    assert "The tool 'Check area layer' failed on the layer 'mina områden'" in text
    assert "(details in the log)" in text and text.endswith(BUG_SENTENCE)
    assert is_tool_bug(caught.value)
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    for where in (logged, feedback.debug):
        assert any("Traceback" in m and "ZeroDivisionError" in m for m in where), where


def test_the_bug_message_names_a_file_input(run_alg, monkeypatch):
    from segregation_plugin.core.transit import gtfs_feed

    def broken(*args, **kwargs):
        raise KeyError("stop_id")

    monkeypatch.setattr(gtfs_feed, "read_feed", broken)
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "gtfsstopservice",
            {"GTFS": str(SAMPLE / "exempellan_gtfs.zip"), "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    assert "failed on the file 'exempellan_gtfs.zip'" in str(caught.value)
    assert is_tool_bug(caught.value)


def test_messages_for_the_user_pass_unchanged(run_alg, areas, monkeypatch):
    _fail_with(monkeypatch, QgsProcessingException("QGIS could not do it"))
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, areas)
    assert str(caught.value) == "QGIS could not do it"
    _fail_with(monkeypatch, InputError("Feature 3 has no code: fill it in."))
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, areas)
    assert_user_message(caught.value, "Feature 3 has no code")


def test_running_out_of_memory_is_said_so(run_alg, areas, monkeypatch, logged):
    _fail_with(monkeypatch, MemoryError())
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, areas)
    assert_user_message(caught.value, "ran out of memory on the layer 'mina områden'")
    assert any("MemoryError" in m for m in logged)


def test_a_step_named_by_the_tool_is_in_the_bug_message(processing_provider):
    algorithm = processing_provider.algorithm("checkareas").createInstance()
    algorithm.initAlgorithm()
    algorithm.step("counting the overlaps")
    text = algorithm.bug_message({}, QgsProcessingContext())
    assert "failed on its input, while counting the overlaps (details in the log)" in text


# --- Python's cyclic collector: paused while a tool computes, on again after -----------------
def test_the_collector_is_paused_during_a_run_and_on_after(run_alg, areas, monkeypatch):
    import gc

    from segregation_plugin.core.statistics import area_checks

    seen = []
    real = area_checks.check_areas

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(area_checks, "check_areas", watched)
    assert gc.isenabled()
    out = _check(run_alg, areas)["OUTPUT"]
    assert seen == [False] and gc.isenabled()
    assert out.isValid() and out.featureCount() == 0  # two good areas: no problems listed
    _fail_with(monkeypatch, ZeroDivisionError("division by zero"))
    with pytest.raises(QgsProcessingException):
        _check(run_alg, areas)
    assert gc.isenabled()  # after a failed run too


# --- parameter values -----------------------------------------------------------------------
TOLERANCE = "'Ignore overlaps and gaps smaller than (m²)'"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (-1, ["is -1, but it must be a number of at least 0"]),
        (float("nan"), ["is not a number (NaN)", "at least 0"]),
        ("12,5", ["'12,5' is not a number", "decimals with a point"]),
        (float("inf"), ["must be a number of at least 0"]),
    ],
)
def test_a_number_out_of_range_names_the_parameter(run_alg, areas, value, words):
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, areas, TOLERANCE=value)
    text = assert_user_message(caught.value, TOLERANCE, *words)
    assert "Incorrect parameter value" not in text


def test_the_dialog_gets_the_same_message(processing_provider, areas):
    algorithm = processing_provider.algorithm("checkareas").createInstance()
    algorithm.initAlgorithm()
    ok, message = algorithm.checkParameterValues(
        {"INPUT": areas, "TOLERANCE": -5, "OUTPUT": "TEMPORARY_OUTPUT"}, QgsProcessingContext()
    )
    assert not ok and message.startswith(f"{TOLERANCE} is -5")


def test_ranges_whole_numbers_and_exclusive_bounds(run_alg, areas, project_layers):
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("tenuremix", {"INPUT": areas, "THRESHOLD": 10, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert_user_message(
        caught.value, "'One-sided from a dominant share of (%)' is 10", "from 34 to 100"
    )
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "aggregateareas", {"INPUT": areas, "MIN_POPULATION": 2.5, "OUTPUT": "TEMPORARY_OUTPUT"}
        )
    assert_user_message(caught.value, "is 2.5, but it must be a whole number of at least 0")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "areatypes",
            {
                "INPUT": areas,
                "REFERENCE": 3,
                "REFERENCE_MEAN": 10,
                "REFERENCE_SD": 0,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    assert_user_message(caught.value, "'Entered σ' is 0, but it must be a number above 0")


def test_an_incomplete_matrix_row_is_named(run_alg, areas):
    shares = "'Shares (%) and the population each is a share of'"
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "aggregateareas",
            {"INPUT": areas, "SHARES": ["a", "b", "c"], "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    assert_user_message(caught.value, shares, "has 3 values", "rows of 2", "row 2 has only 1")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "aggregateareas",
            {"INPUT": areas, "SHARES": ["a", "b", "c", ""], "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    assert_user_message(caught.value, f"Row 2 of {shares} has no 'Population field'")
    # the name of a new share may be left empty, its numerator not
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "aggregateareas",
            {"INPUT": areas, "RATIOS": ["a", "b", "", "", "b", "x"], "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    assert_user_message(caught.value, "Row 2 of 'New shares", "has no 'Numerator field'")


def test_other_values_name_the_parameter(run_alg, areas):
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, "/no/such/layer.gpkg")
    assert_user_message(caught.value, "'Area layer': '/no/such/layer.gpkg' is not a layer")
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, areas, LEVEL=9)
    assert_user_message(caught.value, "'Level' has no choice '9'", "1 DeSO")


def _number_parameters():
    from tests.helpers.provider import ensure_provider

    for algorithm in ensure_provider().algorithms():
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                yield algorithm.id(), definition


def test_every_number_parameter_refuses_nan_and_names_itself(processing_provider):
    checked = 0
    for alg_id, definition in _number_parameters():
        problem = parameter_checks.number_problem(definition, math.nan)
        assert problem and definition.description() in problem, (alg_id, definition.name())
        default = definition.defaultValue()
        if default is not None:  # and the default is allowed
            assert parameter_checks.number_problem(definition, default) is None, alg_id
        checked += 1
    assert checked >= 20


def test_messages_in_swedish_and_a_bug_still_recognised(run_alg, areas, monkeypatch):
    from segregation_plugin.i18n import install_translators

    _fail_with(monkeypatch, ZeroDivisionError("division by zero"))
    try:
        assert install_translators("sv"), "no compiled translations: make translations"
        with pytest.raises(QgsProcessingException) as bug:
            _check(run_alg, areas)
        with pytest.raises(QgsProcessingException) as refused:
            _check(run_alg, areas, TOLERANCE=-1)
        recognised = is_tool_bug(bug.value)  # in the UI's language
    finally:
        install_translators("en")
    assert "misslyckades med lagret 'mina områden'" in str(bug.value)
    assert recognised and BUG_SENTENCE not in str(bug.value)
    assert "men måste vara ett tal på minst 0" in str(refused.value)
