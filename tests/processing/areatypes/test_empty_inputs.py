"""Empty layers through the area-type tools, and type change between layers that share few
or no areas: a clear message, never a traceback or a silent '0 changed'."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.helpers.layer_copies import empty_copy
from tests.helpers.layers import memory_layer

OUT = "TEMPORARY_OUTPUT"
CHANGE_OUTPUTS = {"TRANSITIONS": OUT, "CHANGED": OUT}


@pytest.fixture
def empty(project_layers):
    return lambda layer: project_layers(empty_copy(layer))


def test_area_types_of_an_empty_layer(run_alg, sample_stats, empty):
    with pytest.raises(
        QgsProcessingException, match=r"layer 'empty' \(Areas with statistics.*has no features"
    ):
        run_alg("areatypes", {"INPUT": empty(sample_stats["regso_stats"]), "OUTPUT": OUT})


def test_type_change_with_an_empty_layer(run_alg, sample_stats, empty, project_layers):
    # a failing run keeps its parameters alive: only layers the project owns go in
    with pytest.raises(QgsProcessingException, match=r"layer 'empty' \(Area types of the first"):
        run_alg(
            "typechange", {"FIRST": empty(sample_stats["deso_stats_all_years"]), **CHANGE_OUTPUTS}
        )
    types = project_layers(
        run_alg("areatypes", {"INPUT": sample_stats["regso_stats"], "OUTPUT": OUT})["OUTPUT"]
    )
    with pytest.raises(QgsProcessingException, match=r"layer 'empty' \(.*has no features"):
        run_alg(
            "typechange",
            {
                "FIRST": types,
                "SECOND": empty(types),
                "YEAR_BEFORE": 2021,
                "YEAR_AFTER": 2022,
                **CHANGE_OUTPUTS,
            },
        )


def test_inequality_and_segregation_indices_of_an_empty_layer(
    run_alg, sample_stats, empty, project_layers
):
    deso = empty(sample_stats["deso_stats"])
    with pytest.raises(
        QgsProcessingException, match=r"layer 'empty' \(DeSO with income groups\) has no f"
    ):
        run_alg("inequalityindex", {"INPUT": deso, "OUTPUT": OUT, "LAN_OUTPUT": OUT})
    with pytest.raises(QgsProcessingException, match=r"layer 'empty' \(.*has no features"):
        run_alg(
            "segregationindices",
            {
                "INPUT": deso,
                "GROUP_FIELD": "inkomst kvartil 1",
                "TOTAL_FIELD": "inkomst totalt",
                "OUTPUT": OUT,
            },
        )
    types = empty(sample_stats["regso_stats"])
    with pytest.raises(QgsProcessingException, match="area-type layer has no features"):
        run_alg(
            "inequalityindex",
            {
                "INPUT": project_layers(sample_stats["deso_stats"].clone()),
                "AREA_TYPES": types,
                "TYPES_POPULATION_FIELD": "folkmängd",
                "OUTPUT": OUT,
                "LAN_OUTPUT": OUT,
            },
        )


def _types(project_layers, codes, types):
    return project_layers(
        memory_layer(
            "None",
            {"regsokod": str, "area_type": int, "folkmängd": int},
            [
                (None, {"regsokod": c, "area_type": t, "folkmängd": 1000})
                for c, t in zip(codes, types)
            ],
        )
    )


def test_type_change_between_layers_that_share_no_area(run_alg, project_layers, feedback):
    first = _types(project_layers, ["9901R001", "9901R002", "9901R003"], [1, 3, 5])
    other = _types(project_layers, ["9911R001", "9911R002", "9911R003"], [2, 3, 4])
    params = {"FIRST": first, "SECOND": other, "YEAR_BEFORE": 2021, "YEAR_AFTER": 2022}
    with pytest.raises(QgsProcessingException, match=r"No area is in both years.*9911R001"):
        run_alg("typechange", {**params, **CHANGE_OUTPUTS})
    # one area in common: 1 changed, and the log says only 1 of 3 could be compared
    few = _types(project_layers, ["9901R001", "9911R002", "9911R003"], [2, 3, 4])
    result = run_alg("typechange", {**params, "SECOND": few, **CHANGE_OUTPUTS}, feedback=feedback)
    assert result["CHANGED_AREAS"] == 1
    warning = next(w for w in feedback.warnings if "in both years" in w)
    assert warning.startswith("Only 1 area is in both years: 1 of the 3 of 2021")
