"""segregation:inequalityindex and segregation:segregationindices through Processing on the
sample's statistics layers (tests/helpers/sample_steps.py), against PySAL's values on the same
counts (computed with PySAL 2.5.4 outside the project, tests/helpers/pysal_values.py) and
against core."""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsProcessingException, QgsProject

from segregation_plugin.core.areatypes import segregation_measures as M
from segregation_plugin.core.areatypes.inequality import share_in_challenged_types
from segregation_plugin.processing.frames import source_to_frame
from tests.helpers.layers import rows_by
from tests.helpers.pysal_values import (
    PYSAL_OJAM_ECONOMIC_STANDARD,
    PYSAL_OJAM_QUARTILES,
    PYSAL_SAMPLE,
)

TOL = 1e-9
KOMMUNER = ["9901", "9902", "9903", "9904", "9905", "9906"]
OUTPUTS = {"OUTPUT": "TEMPORARY_OUTPUT", "LAN_OUTPUT": "TEMPORARY_OUTPUT"}


def test_ojamlikhetsindex_and_criteria_per_kommun(run_alg, sample_stats, sample_regso_types):
    result = run_alg(
        "inequalityindex",
        {
            "INPUT": sample_stats["deso_stats"],
            "AREA_TYPES": sample_regso_types,
            "KOMMUN_MAP": "TEMPORARY_OUTPUT",
            **OUTPUTS,
        },
    )
    table = rows_by(result["OUTPUT"], "region")
    assert sorted(table) == KOMMUNER
    for kommun, value in PYSAL_OJAM_QUARTILES.items():
        assert table[kommun]["ojamlikhetsindex"] == pytest.approx(value, abs=TOL)
    names = result["OUTPUT"].fields().names()
    for field in ("ineq_threshold", "crit_inequality", "share_threshold", "crit_share"):
        assert field in names
    storstad = table["9901"]
    assert storstad["name"] == "Storstad"
    assert storstad["income_groups"] == "income quartile 1 vs quartile 4"
    assert storstad["ref_description"] == (
        "mean and SD (sample) of the 6 kommuner given — not national (Sweden has 290)"
    )
    # the share in types 1–2 is core's over the RegSO area types
    shares = share_in_challenged_types(
        source_to_frame(sample_regso_types, geometry=False),
        "area_type",
        "folkmängd",
        code_field="regsokod",
    ).set_index("region")
    for kommun in KOMMUNER:
        assert table[kommun]["share_type12_pct"] == pytest.approx(
            shares.loc[kommun, "share_type12_pct"]
        )
    # each criterion is the value against its threshold, reported on its own
    for row in table.values():
        assert row["crit_inequality"] == (row["ojamlikhetsindex"] >= row["ineq_threshold"])
        assert row["crit_share"] == (row["share_type12_pct"] >= row["share_threshold"])
        assert row["criteria_met"] == int(row["crit_inequality"]) + int(row["crit_share"])
    ranks = sorted(table.values(), key=lambda f: f["rank_inequality"])
    assert [f["region"] for f in ranks] == sorted(
        PYSAL_OJAM_QUARTILES, key=PYSAL_OJAM_QUARTILES.get, reverse=True
    )
    lan = rows_by(result["LAN_OUTPUT"], "region")
    assert list(lan) == ["99"] and lan["99"]["name"] == "Exempelläns län"
    kommun_map = result["KOMMUN_MAP"]
    assert kommun_map.featureCount() == 6 and kommun_map.renderer().type() == "graduatedSymbol"
    assert kommun_map.labelsEnabled()


def test_economic_standard_groups_and_entered_national_values(run_alg, sample_stats):
    result = run_alg(
        "inequalityindex",
        {
            "INPUT": sample_stats["deso_stats"],
            "GROUPS": 2,
            "NATIONAL": 1,
            "INEQUALITY_MEAN": 40.0,
            "INEQUALITY_SD": 10.0,
            "SHARE_MEAN": 5.0,
            "SHARE_SD": 4.0,
            **OUTPUTS,
        },
    )
    table = rows_by(result["OUTPUT"], "region")
    for kommun, value in PYSAL_OJAM_ECONOMIC_STANDARD.items():
        assert table[kommun]["ojamlikhetsindex"] == pytest.approx(value, abs=TOL)
    row = table["9901"]
    assert row["ineq_threshold"] == 50.0 and row["share_threshold"] == 11.0
    assert row["ref_description"] == "national mean and SD entered by the user"
    assert row["crit_inequality"] == (row["ojamlikhetsindex"] >= 50)
    # no area types: the share and its criterion are empty, not 0
    assert row["share_type12_pct"] == NULL and row["crit_share"] == NULL
    assert row["n_excluded"] == 1  # the DeSO whose economic standard is suppressed


def test_the_input_with_its_own_area_types(run_alg, sample_stats):
    deso_types = run_alg(
        "areatypes", {"INPUT": sample_stats["deso_stats"], "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    result = run_alg("inequalityindex", {"INPUT": deso_types["OUTPUT"], **OUTPUTS})
    table = rows_by(result["OUTPUT"], "region")
    shares = share_in_challenged_types(
        source_to_frame(deso_types["OUTPUT"], geometry=False),
        "area_type",
        "folkmängd",
        code_field="desokod",
    ).set_index("region")
    assert table["9904"]["share_type12_pct"] == pytest.approx(
        shares.loc["9904", "share_type12_pct"]
    )
    assert table["9904"]["share_type12_pct"] > 0


def test_segregation_indices_equal_pysal_and_core(run_alg, sample_stats):
    layer = sample_stats["deso_stats"]
    quartiles = [f"inkomst kvartil {q}" for q in (1, 2, 3, 4)]
    result = run_alg(
        "segregationindices",
        {
            "INPUT": layer,
            "GROUP_FIELD": "inkomst kvartil 1",
            "TOTAL_FIELD": "inkomst totalt",
            "THEIL_FIELDS": quartiles,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    table = rows_by(result["OUTPUT"], "region")
    assert sorted(table) == [*KOMMUNER, "all"]
    for measure, value in PYSAL_SAMPLE[("q1", "q_total")].items():
        assert table["all"][measure] == pytest.approx(value, abs=TOL), measure
    frame = source_to_frame(layer)
    core = M.segregation_indices(
        frame, "inkomst kvartil 1", "inkomst totalt", region_level="kommun", code_field="desokod"
    ).set_index("region")
    theil = M.theil_table(frame, quartiles, region_level="kommun", code_field="desokod")
    theil = theil.set_index("region")
    for kommun in KOMMUNER:
        for measure in M.MEASURES:
            assert table[kommun][measure] == pytest.approx(core.loc[kommun, measure], abs=TOL)
        assert table[kommun]["theil_multigroup"] == pytest.approx(
            theil.loc[kommun, "theil_multigroup"], abs=TOL
        )
    assert table["9901"]["group_field"] == "inkomst kvartil 1"

    by_lan = run_alg(
        "segregationindices",
        {
            "INPUT": layer,
            "GROUP_FIELD": "16-64 år arbetslösa",
            "TOTAL_FIELD": "16-64 år totalt",
            "REGIONS": 1,
            "INCLUDE_ALL": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    lan = rows_by(by_lan["OUTPUT"], "region")
    assert list(lan) == ["99"]
    expected = PYSAL_SAMPLE[("unemployed", "p16_64")]["dissimilarity"]
    assert lan["99"]["dissimilarity"] == pytest.approx(expected, abs=TOL)
    only_theil = run_alg(
        "segregationindices",
        {"INPUT": layer, "THEIL_FIELDS": quartiles, "REGIONS": 2, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert [f["region"] for f in only_theil["OUTPUT"].getFeatures()] == ["all"]


def test_segregation_indices_errors(run_alg, sample_stats):
    layer = sample_stats["deso_stats"].clone()
    QgsProject.instance().addMapLayer(layer, False)  # a failing run must not own the layer
    try:
        with pytest.raises(QgsProcessingException, match="both the group field and the total"):
            run_alg(
                "segregationindices",
                {"INPUT": layer, "GROUP_FIELD": "inkomst kvartil 1", "OUTPUT": "TEMPORARY_OUTPUT"},
            )
        with pytest.raises(QgsProcessingException, match="Choose a group and a total"):
            run_alg("segregationindices", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
        with pytest.raises(QgsProcessingException, match="Choose the region field"):
            run_alg(
                "segregationindices",
                {
                    "INPUT": layer,
                    "GROUP_FIELD": "inkomst kvartil 1",
                    "TOTAL_FIELD": "inkomst totalt",
                    "REGIONS": 3,
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )
        with pytest.raises(QgsProcessingException, match="low and the high income group"):
            run_alg("inequalityindex", {"INPUT": layer, "GROUPS": 1, **OUTPUTS})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_one_kommun_gets_its_index_but_no_criterion(
    run_alg, sample_stats, project_layers, feedback
):
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression("\"kommunkod\" = '9901'")
    storstad = project_layers(sample_stats["deso_stats"].materialize(request))
    result = run_alg("inequalityindex", {"INPUT": storstad, **OUTPUTS}, feedback=feedback)
    (row,) = result["OUTPUT"].getFeatures()
    assert row["ojamlikhetsindex"] == pytest.approx(PYSAL_OJAM_QUARTILES["9901"], abs=TOL)
    # one kommun has no SD: the criterion is empty, never 'met'
    assert row["crit_inequality"] == NULL and row["ineq_threshold"] == NULL
    assert row["criteria_met"] == 0
    assert "criterion 1 not judged" in row["ref_description"]
    assert any(
        w.startswith("Criterion 1 (ojämlikhetsindex) cannot be judged") for w in feedback.warnings
    )
    # the log says the formula is the plugin's reading of Delmos' measure
    assert "plugin's reading of Delmos' measure" in feedback.infos[0]
