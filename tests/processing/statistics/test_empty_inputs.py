"""Empty layers and an export without data rows through the statistics tools: an empty
output with the right fields or a clear message, never a traceback."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.helpers.layer_copies import empty_copy
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG

SCB = SAMPLE / "scb"
OUT = "TEMPORARY_OUTPUT"


def _sample(name):
    return QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")


@pytest.fixture
def empty(project_layers):
    """An empty copy of a layer, owned by the project."""
    return lambda layer: project_layers(empty_copy(layer))


def test_check_areas_of_an_empty_layer(run_alg, empty):
    with pytest.raises(QgsProcessingException, match="area layer has no features"):
        run_alg("checkareas", {"INPUT": empty(_sample("deso")), "OUTPUT": OUT})


def test_join_onto_an_empty_layer_gives_an_empty_layer_with_the_fields(run_alg, empty, feedback):
    result = run_alg(
        "joinstatistics",
        {
            "INPUT": empty(_sample("deso")),
            "STATISTICS_FILE": str(SCB / "deso_ekonomisk_standard_2021-2022.csv"),
            "YEARS": "2022",
            "OUTPUT": OUT,
        },
        feedback=feedback,
    )
    out = result["OUTPUT"]
    assert out.featureCount() == 0 and result["MATCHED"] == 0
    assert {"desokod", "Låg ekonomisk standard, procent", "Antal personer totalt"} <= set(
        out.fields().names()
    )
    assert any("area layer has no features" in w for w in feedback.warnings)


def test_join_an_empty_statistics_table(run_alg, sample_stats, empty, project_layers):
    # a failing run keeps its parameters alive: only layers the project owns go in
    with pytest.raises(QgsProcessingException, match="statistics table has no rows"):
        run_alg(
            "joinstatistics",
            {
                "INPUT": project_layers(_sample("deso")),
                "STATISTICS": empty(sample_stats["deso_stats"]),
                "STATISTICS_CODE_FIELD": "desokod",
                "OUTPUT": OUT,
            },
        )


@pytest.mark.parametrize("target, code", [(0, "regsokod"), (1, "kommunkod")])
def test_aggregate_an_empty_layer(run_alg, sample_stats, empty, feedback, target, code):
    result = run_alg(
        "aggregateareas",
        {
            "INPUT": empty(sample_stats["deso_stats"]),
            "CODE_FIELD": "desokod",
            "TARGET": target,
            "KEY_FIELD": "regsokod" if target == 0 else None,
            "COUNT_FIELDS": ["folkmängd"],
            "SHARES": ["Låg ekonomisk standard, procent", "Antal personer totalt"],
            "POPULATION_FIELD": "folkmängd",
            "OUTPUT": OUT,
        },
        feedback=feedback,
    )
    out = result["OUTPUT"]
    assert out.featureCount() == 0
    for name in (code, "folkmängd", "Låg ekonomisk standard, procent", "source_areas", "note"):
        assert name in out.fields().names()
    assert any("no features" in w for w in feedback.warnings)


def test_aggregate_to_districts_with_empty_layers(
    run_alg, sample_stats, empty, feedback, project_layers
):
    params = {
        "INPUT": project_layers(sample_stats["deso_stats"].clone()),
        "CODE_FIELD": "desokod",
        "TARGET": 3,
        "DISTRICTS": empty(_sample("kommun")),
        "DISTRICT_ID": "kommunkod",
        "COUNT_FIELDS": ["folkmängd"],
        "POPULATION_FIELD": "folkmängd",
        "OUTPUT": OUT,
    }
    with pytest.raises(QgsProcessingException, match="district layer has no features"):
        run_alg("aggregateareas", params)
    # no DeSO: every district is kept, flagged as without areas
    no_deso = {
        **params,
        "INPUT": empty(sample_stats["deso_stats"]),
        "DISTRICTS": project_layers(_sample("kommun")),
    }
    out = run_alg("aggregateareas", no_deso, feedback=feedback)["OUTPUT"]
    assert out.featureCount() == 6
    assert all(f["source_areas"] == 0 and f["suppressed"] for f in out.getFeatures())
    assert any("no features" in w for w in feedback.warnings)


def test_import_an_export_without_data_rows(run_alg, tmp_path):
    path = tmp_path / "tom.csv"
    path.write_text(
        '"Folkmängd efter region och år"\n\n"region";"2021";"2022"\n\n'
        "Intern referenskod: BE0101N1\n",
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException, match=r"tom.csv has headings but no rows"):
        run_alg("importscbtable", {"INPUT": str(path), "OUTPUT": OUT})
