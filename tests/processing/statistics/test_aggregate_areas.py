"""segregation:aggregateareas on bad input: DeSO without a code, a regsokod of another
kommun, a text field as a count; the totals a planner checks stay right."""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsFeatureRequest, QgsProcessingException

from tests.helpers.layers import memory_layer, rows_by, square

POPULATION = "folkmängd"


def _copy(project_layers, layer, blank=(), regso=None):
    """A memory copy of ``layer`` with the desokod of the DeSO in ``blank`` emptied and the
    regsokod of the DeSO in ``regso`` ({desokod: regsokod}) changed."""
    copy = project_layers(layer.materialize(QgsFeatureRequest()))
    code, parent = copy.fields().indexOf("desokod"), copy.fields().indexOf("regsokod")
    ids = {}
    copy.startEditing()
    for feature in copy.getFeatures():
        ids[feature["desokod"]] = feature.id()
        if feature["desokod"] in blank:
            copy.changeAttributeValue(feature.id(), code, None)
        if regso and feature["desokod"] in regso:
            copy.changeAttributeValue(feature.id(), parent, regso[feature["desokod"]])
    copy.commitChanges()
    return copy, ids


def _aggregate(run_alg, layer, target, feedback=None, **extra):
    params = {
        "INPUT": layer,
        "CODE_FIELD": "desokod",
        "TARGET": target,
        "KEY_FIELD": "regsokod" if target == 0 else None,
        "COUNT_FIELDS": [POPULATION],
        "POPULATION_FIELD": POPULATION,
        "MIN_POPULATION": 0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return run_alg("aggregateareas", params, feedback=feedback)["OUTPUT"]


# 9901A0110 lies in 9901R082 (8,449 residents); 9901A0120 and 9901A0130 are all of 9901R084
BLANK = ("9901A0110", "9901A0120", "9901A0130")


def test_deso_without_a_code_are_left_out_and_named(
    run_alg, sample_stats, project_layers, feedback
):
    deso = sample_stats["deso_stats"]
    right = {k: f[POPULATION] for k, f in rows_by(_aggregate(run_alg, deso, 0), "regsokod").items()}
    assert right["9901R082"] == 8449 and right["9901R084"] == 4027
    residents = {f["desokod"]: f[POPULATION] for f in deso.getFeatures()}
    copy, ids = _copy(project_layers, deso, BLANK)
    out = rows_by(_aggregate(run_alg, copy, 0, feedback), "regsokod")
    # no RegSO takes in DeSO of another; the RegSO of the DeSO without a code are empty
    # (their sums would be too small), still there, and say why
    assert len(out) == 162
    for regso, value in right.items():
        if regso in ("9901R082", "9901R084"):
            assert out[regso][POPULATION] == NULL
            assert "without a code" in out[regso]["note"]
        else:
            assert out[regso][POPULATION] == value, regso
    assert any("319 of 322 DeSO → 162 RegSO" in line for line in feedback.infos)
    warning = next(w for w in feedback.warnings if "no code" in w)
    assert f"feature {', '.join(str(ids[c]) for c in BLANK)}" in warning
    assert f"{POPULATION}: {sum(residents[c] for c in BLANK):,.0f}" in warning
    assert "9901R082, 9901R084" in warning

    # to kommun: 319 DeSO summed, 9901 (the kommun of the three) left empty, the rest right
    kommun_feedback = type(feedback)()
    kommuner = rows_by(_aggregate(run_alg, copy, 1, kommun_feedback), "kommunkod")
    assert any("319 of 322 DeSO → 6 kommun" in line for line in kommun_feedback.infos)
    assert kommuner["9901"][POPULATION] == NULL
    whole = rows_by(_aggregate(run_alg, deso, 1), "kommunkod")
    assert kommuner["9902"][POPULATION] == whole["9902"][POPULATION]


def test_a_regsokod_of_another_kommun_is_reported(run_alg, sample_stats, project_layers, feedback):
    copy, _ = _copy(project_layers, sample_stats["deso_stats"], regso={"9901A0010": "9902R005"})
    _aggregate(run_alg, copy, 0, feedback)
    warning = next(w for w in feedback.warnings if "another kommun" in w)
    assert "9901A0010 → 9902R005" in warning


def test_a_text_field_as_a_count_is_named(run_alg, project_layers):
    layer = project_layers(
        memory_layer(
            "Polygon",
            {"desokod": str, "regsokod": str, "antal": str},
            [
                (square(0, 0), {"desokod": "9901A0010", "regsokod": "9901R001", "antal": "1 200"}),
                (
                    square(100, 0),
                    {"desokod": "9901A0020", "regsokod": "9901R001", "antal": "ca 40"},
                ),
                (square(200, 0), {"desokod": "9901A0030", "regsokod": "9901R002", "antal": ".."}),
            ],
        )
    )
    params = {
        "INPUT": layer,
        "CODE_FIELD": "desokod",
        "KEY_FIELD": "regsokod",
        "COUNT_FIELDS": ["antal"],
        "MIN_POPULATION": 0,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    with pytest.raises(QgsProcessingException, match=r"'antal'.*9901A0020 has 'ca 40'"):
        run_alg("aggregateareas", params)
    # numbers written as text are read as numbers ("1 200"), SCB's ".." as missing
    layer.startEditing()
    feature = next(f for f in layer.getFeatures() if f["desokod"] == "9901A0020")
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("antal"), "40")
    layer.commitChanges()
    out = rows_by(run_alg("aggregateareas", params)["OUTPUT"], "regsokod")
    assert out["9901R001"]["antal"] == 1240
    assert out["9901R002"]["antal"] == NULL
