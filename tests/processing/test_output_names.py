"""Every tool names its outputs after their content, not after the output's description.

Each tool runs once on the sample region with TEMPORARY_OUTPUT; the layer it returns is named
by what it holds and what it was made from (``add_frame(title=…)`` →
``outputs.name_output``), e.g. 'Area types RegSO 2022 — RegSO with statistics', so that the
next dialog does not offer several layers called 'Area types'.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

from tests.helpers.paths import SAMPLE, SAMPLE_GPKG

GTFS = str(SAMPLE / "exempellan_gtfs.zip")
POPULATION = str(SAMPLE / "befolkning_250m.tif")
DATE = "2022-10-12"
OUT = "TEMPORARY_OUTPUT"


def _sample(name):
    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")
    QgsProject.instance().addMapLayer(layer, False)
    return layer


@pytest.fixture(scope="module")
def inputs(statistics_runner, sample_regso_types, tmp_path_factory):
    from tests.helpers.official_export import write_csv, write_key

    folder = tmp_path_factory.mktemp("official")
    stats = statistics_runner.results
    layers = {name: _sample(name) for name in ("deso", "kommun", "planerade_bostader")}
    layers["regionplan_noder"] = _sample("regionplan_noder")
    layers["op_markanvandning"] = _sample("op_markanvandning")
    yield {
        **stats,
        **layers,
        "regso_types": sample_regso_types,
        "official": str(write_csv(folder / "omradestyper.csv", [("Österåker (Berga)", 5)])),
        "key": str(write_key(folder / "key.csv")),
    }
    for layer in layers.values():
        QgsProject.instance().removeMapLayer(layer.id())


def _cases(i):
    """(tool, parameters, output, the start of its name)."""
    project = {
        "PROJECTS": i["planerade_bostader"],
        "AREAS": i["deso_stats"],
        "AREA_KEY": "desokod",
    }
    return {
        "checkareas": ({"INPUT": i["deso"], "OUTPUT": OUT}, "OUTPUT", "Problems of the areas"),
        "aggregateareas": (
            {
                "INPUT": i["deso_stats"],
                "CODE_FIELD": "desokod",
                "TARGET": 0,
                "KEY_FIELD": "regsokod",
                "COUNT_FIELDS": ["folkmängd"],
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Aggregated areas",
        ),
        "areatypes": (
            {"INPUT": i["regso_stats"], "OUTPUT": OUT},
            "OUTPUT",
            "Area types RegSO",  # the year is not in its field names (nor given)
        ),
        "typechange": (
            {
                "FIRST": i["regso_types"],
                "SECOND": i["regso_types"],
                "YEAR_BEFORE": 2021,
                "YEAR_AFTER": 2022,
                "TRANSITIONS": OUT,
                "CHANGED": OUT,
            },
            "CHANGED",
            "Changed area type 2021–2022",
        ),
        "segregationindices": (
            {
                "INPUT": i["deso_stats"],
                "GROUP_FIELD": "inkomst kvartil 1",
                "TOTAL_FIELD": "inkomst totalt",
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Segregation indices",
        ),
        "inequalityindex": (
            {
                "INPUT": i["deso_stats"],
                "GROUPS": 0,
                "AREA_TYPES": i["regso_types"],
                "OUTPUT": OUT,
                "LAN_OUTPUT": OUT,
            },
            "OUTPUT",
            "Ojämlikhetsindex per kommun",
        ),
        "officialtypes": (
            {"INPUT": i["official"], "KEY_TABLE": i["key"], "OUTPUT": OUT, "UNMATCHED": OUT},
            "OUTPUT",
            "Official area types RegSO 2022",
        ),
        "gtfsstopservice": (
            {"GTFS": GTFS, "DATE": DATE, "OUTPUT": OUT},
            "OUTPUT",
            "Service per stop — exempellan_gtfs",
        ),
        "transitqualityclasses": (
            {"GTFS": GTFS, "DATE": DATE, "CELL_SIZE": 250, "OUTPUT": OUT},
            "OUTPUT",
            "Quality classes A–F",
        ),
        "transitaccessbyarea": (
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "AREAS": i["deso"],
                "POP_RASTER": POPULATION,
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Public-transport access per area",
        ),
        "lineprofile": (
            {"GTFS": GTFS, "ROUTE": "M1", "DATE": DATE, "AREAS": i["deso_stats"], "OUTPUT": OUT},
            "OUTPUT",
            "Line profile",
        ),
        "traveltimematrix": (
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "START": "07:00",
                "END": "07:05",
                "ORIGINS": i["regionplan_noder"],
                "ORIGIN_ID": "nod_id",
                "DESTINATIONS": i["regionplan_noder"],
                "DESTINATION_ID": "nod_id",
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Travel-time matrix",
        ),
        "transitisochrones": (
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "START": "07:00",
                "END": "07:05",
                "ORIGINS": i["regionplan_noder"],
                "BANDS": "15",
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Isochrones",
        ),
        "transitopportunities": (
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "START": "07:00",
                "END": "07:05",
                "AREAS": i["deso"],
                "POP_RASTER": POPULATION,
                "DESTINATIONS": i["planerade_bostader"],
                "WEIGHT_FIELD": "bostader_totalt",
                "CUTOFFS": "30",
                "GAP_CUTOFF": 30,
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Opportunities within reach per area",
        ),
        "ptal": (
            {"GTFS": GTFS, "DATE": DATE, "AREAS": i["kommun"], "CELL_SIZE": 250, "OUTPUT": OUT},
            "OUTPUT",
            "PTAL",
        ),
        "tenuresplit": ({**project, "PROJECT": "P001", "OUTPUT": OUT}, "OUTPUT", "Tenure split"),
        "tenuremix": (
            {"INPUT": i["deso_stats"], "CODE_FIELD": "desokod", "OUTPUT": OUT},
            "OUTPUT",
            "Tenure mix",
        ),
        "plannedhousing": (
            {**project, "OUTPUT": OUT, "PROJECTED": OUT},
            "OUTPUT",
            "Planned projects with flags",
        ),
        "zonalraster": (
            {"RASTER": POPULATION, "ZONES": i["deso"], "KEY_FIELD": "desokod", "OUTPUT": OUT},
            "OUTPUT",
            "Raster statistics per area",
        ),
        "planningoverlay": (
            {
                **project,
                "PLANS": i["op_markanvandning"],
                "PLAN_KEY": "omrade_id",
                "OUTPUT": OUT,
            },
            "OUTPUT",
            "Planning table",
        ),
    }


TOOLS = (
    "checkareas",
    "aggregateareas",
    "areatypes",
    "typechange",
    "segregationindices",
    "inequalityindex",
    "officialtypes",
    "gtfsstopservice",
    "transitqualityclasses",
    "transitaccessbyarea",
    "lineprofile",
    "traveltimematrix",
    "transitisochrones",
    "transitopportunities",
    "ptal",
    "tenuresplit",
    "tenuremix",
    "plannedhousing",
    "zonalraster",
    "planningoverlay",
)


@pytest.mark.parametrize("tool", TOOLS)
def test_the_output_is_named_after_its_content(tool, inputs, processing_provider):
    import processing

    params, output, expected = _cases(inputs)[tool]
    algorithm = processing_provider.algorithm(tool)
    description = algorithm.parameterDefinition(output).description()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run(f"segregation:{tool}", params, context=context)
    layer = results[output]
    name = layer.name() if hasattr(layer, "name") else context.getMapLayer(layer).name()
    assert name != description
    assert name.startswith(expected), name
    assert " — " in name  # and what it was made from
    context.temporaryLayerStore().removeAllMapLayers()
