"""segregation:importscbtable, joinstatistics and aggregateareas through Processing."""

from __future__ import annotations

import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from segregation_plugin.processing import compat
from tests.helpers.layers import rows_by
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG
from tests.helpers.pxweb_fake import start_fake_scb, value_of

SCB = SAMPLE / "scb"


def layer(name):
    return QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")


def test_import_a_file_tidy(run_alg):
    result = run_alg(
        "importscbtable",
        {
            "INPUT": str(SCB / "deso_ekonomisk_standard_2021-2022.xlsx"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "VARIABLES": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    assert out.wkbType() == compat.WKB_NO_GEOMETRY
    assert out.fields().names() == [
        "region_code",
        "region_name",
        "region_level",
        "region_version",
        "year",
        "Låg ekonomisk standard, procent",
        "Hög ekonomisk standard, procent",
        "Antal personer totalt",
        "suppressed_cells",
        "scb_table",  # SCB's code of the table, recognised at the end of the export
    ]
    assert result["ROWS"] == 644 and result["SUPPRESSED"] == 6
    first = next(
        f for f in out.getFeatures() if f["region_code"] == "9901A0010" and f["year"] == 2022
    )
    assert first["Antal personer totalt"] == 1722 and first["suppressed_cells"] == ""
    variables = {f["variable"]: f for f in result["VARIABLES"].getFeatures()}
    assert variables["Låg ekonomisk standard, procent"]["unit"] == "percent"
    assert variables["Antal personer totalt"]["unit"] == "count"
    assert variables["Låg ekonomisk standard, procent"]["suppressed_cells"] == 3
    assert variables["Antal personer totalt"]["reference"] == "SAMPLE03"


def test_import_one_year_wide_with_a_total(run_alg):
    result = run_alg(
        "importscbtable",
        {
            "INPUT": str(SCB / "deso_utbildningsniva_25-64_2021-2022.xlsx"),
            "YEARS": "2022",
            "LAYOUT": 1,
            "TOTAL_OF": "*",
            "TOTAL_NAME": "totalt 25-64 år",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    assert result["ROWS"] == 322
    names = out.fields().names()
    assert "förgymnasial utbildning" in names and "totalt 25-64 år" in names and "year" not in names
    row = rows_by(out, "region_code")["9901A0010"]
    # 2022: 22 + 351 + 139 + 301 + 19 (the sample file's first row)
    assert row["förgymnasial utbildning"] == 22
    assert row["totalt 25-64 år"] == 22 + 351 + 139 + 301 + 19


def test_import_needs_a_file_or_a_table(run_alg):
    with pytest.raises(QgsProcessingException, match="Choose a file"):
        run_alg("importscbtable", {"OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="no statistics for 2019"):
        run_alg(
            "importscbtable",
            {
                "INPUT": str(SCB / "deso_upplatelseform_2021-2022.xlsx"),
                "YEARS": "2019",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_import_from_the_api(run_alg):
    fake, stop = start_fake_scb()
    try:
        result = run_alg(
            "importscbtable",
            {
                "TABLE_ID": "TAB9001",
                "API_URL": fake.url,
                "LEVEL": 0,
                "AREAS": "0114",
                "YEARS": "2024",
                "SELECTION": "Upplatelseform=*",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    finally:
        stop()
    out = result["OUTPUT"]
    assert result["ROWS"] == 3 and result["SUPPRESSED"] == 1
    row = rows_by(out, "region_code")["0114A0010"]
    assert row["region_version"] == "DeSO2025" and row["year"] == 2024
    assert row["hyresrätt"] == value_of("0114A0010_DeSO2025", 0, "2024")


def test_join_statistics_from_a_table_layer(run_alg):
    table = run_alg(
        "importscbtable",
        {
            "INPUT": str(SCB / "deso_arbetsmarknadsstatus_16-64_2021-2022.csv"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    deso = layer("deso")
    fields_before = deso.fields().names()
    result = run_alg(
        "joinstatistics",
        {
            "INPUT": deso,
            "STATISTICS": table,
            "YEARS": "2021",
            "PREFIX": "16-64 år ",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REPORT": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    assert deso.fields().names() == fields_before  # input untouched
    assert out.featureCount() == 322 and out.geometryType() == deso.geometryType()
    assert out.fields().names()[-4:] == [
        "16-64 år sysselsatta",
        "16-64 år arbetslösa",
        "16-64 år utanför arbetskraften",
        "16-64 år totalt",
    ]
    assert result["MATCHED"] == 322 and result["AREAS_WITHOUT"] == 0
    by_code = rows_by(out, "desokod")
    assert by_code["9901A0010"]["16-64 år arbetslösa"] == 17
    assert by_code["9901C1160"]["16-64 år arbetslösa"] == NULL  # '-' in the export
    report = list(result["REPORT"].getFeatures())
    suppressed = [f for f in report if f["check"] == "suppressed values"]
    assert sum(f["count"] for f in suppressed) == 2
    assert all("suppressed in the export (-)" in f["message"] for f in suppressed)


def test_join_statistics_from_a_file_onto_a_table(run_alg):
    result = run_alg(
        "joinstatistics",
        {
            "INPUT": layer("regso"),
            "STATISTICS_FILE": str(SCB / "regso_bistand_arbetsloshet_20-64_2021-2022.csv"),
            "YEARS": "2021, 2022",
            "VARIABLES": "Andel",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    assert out.fields().names()[-2:] == ["2021 Andel, procent", "2022 Andel, procent"]
    assert rows_by(out, "regsokod")["9901R001"]["2021 Andel, procent"] == 13.5
    assert result["MATCHED"] == 162


def test_aggregate_to_regso_and_kommun(run_alg):
    joined = run_alg(
        "joinstatistics",
        {
            "INPUT": layer("deso"),
            "STATISTICS_FILE": str(SCB / "deso_ekonomisk_standard_2021-2022.xlsx"),
            "YEARS": "2021",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    deso = {f["desokod"]: f for f in joined.getFeatures()}
    result = run_alg(
        "aggregateareas",
        {
            "INPUT": joined,
            "TARGET": 0,
            "KEY_FIELD": "regsokod",
            "COUNT_FIELDS": ["Antal personer totalt"],
            "SHARES": ["Låg ekonomisk standard, procent", "Antal personer totalt"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = result["OUTPUT"]
    assert out.featureCount() == 162
    assert out.geometryType() == joined.geometryType()  # the union of the DeSO
    regso = rows_by(out, "regsokod")["9901R001"]
    members = [f for f in deso.values() if f["regsokod"] == "9901R001"]
    persons = sum(f["Antal personer totalt"] for f in members)
    low = sum(
        f["Låg ekonomisk standard, procent"] / 100 * f["Antal personer totalt"] for f in members
    )
    assert regso["Antal personer totalt"] == persons
    assert regso["Låg ekonomisk standard, procent"] == pytest.approx(100 * low / persons)
    assert regso["source_areas"] == len(members)
    sample_regso = rows_by(layer("regso"), "regsokod")["9901R001"]
    assert regso.geometry().area() == pytest.approx(sample_regso.geometry().area(), rel=1e-6)

    kommun = run_alg(
        "aggregateareas",
        {
            "INPUT": joined,
            "TARGET": 1,
            "COUNT_FIELDS": ["Antal personer totalt"],
            "RATIOS": ["Antal personer totalt", "Antal personer totalt", "check"],
            "POPULATION_FIELD": "Antal personer totalt",
            "MIN_POPULATION": 30000,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    by_kommun = rows_by(kommun, "kommunkod")
    assert by_kommun["9901"]["kommunnamn"] == "Storstad"
    assert by_kommun["9901"]["check"] == pytest.approx(100.0)
    # Skogsmark has about 28,000 inhabitants: withheld with a minimum of 30,000
    assert by_kommun["9906"]["suppressed"] and by_kommun["9906"]["Antal personer totalt"] == NULL
    assert not by_kommun["9901"]["suppressed"]


def test_aggregate_to_districts(run_alg):
    deso = layer("deso")
    extent = deso.extent()
    middle = extent.xMinimum() + extent.width() / 2
    districts = QgsVectorLayer("Polygon?crs=EPSG:3006&field=namn:string", "stadsdelar", "memory")
    features = []
    for name, rect in (
        ("väst", QgsRectangle(extent.xMinimum(), extent.yMinimum(), middle, extent.yMaximum())),
        ("öst", QgsRectangle(middle, extent.yMinimum(), extent.xMaximum(), extent.yMaximum())),
    ):
        feature = QgsFeature(districts.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(rect))
        features.append(feature)
    districts.dataProvider().addFeatures(features)
    joined = run_alg(
        "joinstatistics",
        {
            "INPUT": deso,
            "STATISTICS_FILE": str(SCB / "deso_upplatelseform_2021-2022.xlsx"),
            "YEARS": "2022",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    result = run_alg(
        "aggregateareas",
        {
            "INPUT": joined,
            "TARGET": 3,
            "DISTRICTS": districts,
            "DISTRICT_ID": "namn",
            "METHOD": 1,
            "POPULATION_GRID": str(SAMPLE / "befolkning_250m.tif"),
            "COUNT_FIELDS": ["hyresrätt", "bostadsrätt"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "ASSIGNMENT": "TEMPORARY_OUTPUT",
        },
    )
    out = rows_by(result["OUTPUT"], "namn")
    assert set(out) == {"väst", "öst"}
    assignment = list(result["ASSIGNMENT"].getFeatures())
    assert len(assignment) == 322
    assert {f["method"] for f in assignment} <= {"grid centre", "point on surface"}
    total = sum(f["hyresrätt"] for f in joined.getFeatures())
    assert out["väst"]["hyresrätt"] + out["öst"]["hyresrätt"] == total
    grid_total = sum(f["grid_population"] for f in assignment)
    assert out["väst"]["population"] + out["öst"]["population"] == pytest.approx(grid_total)
    assert grid_total == pytest.approx(562139)  # the grid holds the 2022 population


@pytest.fixture
def project_layer(project_layers):
    """A sample layer by name, owned by the project as in QGIS (see ``project_layers``)."""
    return lambda name: project_layers(layer(name))


def test_aggregate_parameter_errors(run_alg, project_layer):
    deso = project_layer("deso")
    with pytest.raises(QgsProcessingException, match="at least one count field"):
        run_alg("aggregateareas", {"INPUT": deso, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="Row 1 of 'Shares .* has no 'Population"):
        run_alg(
            "aggregateareas", {"INPUT": deso, "SHARES": ["x", ""], "OUTPUT": "TEMPORARY_OUTPUT"}
        )
    with pytest.raises(QgsProcessingException, match="Choose the district layer"):
        run_alg(
            "aggregateareas",
            {"INPUT": deso, "TARGET": 3, "COUNT_FIELDS": ["lanskod"], "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_the_tools_are_in_workflow_order(processing_provider):
    from segregation_plugin.processing.provider import algorithm_classes

    ids = [c.ALG_ID for c in algorithm_classes() if c.GROUP_ID == "statistics"]
    assert ids[:5] == [
        "getboundaries",
        "checkareas",
        "importscbtable",
        "joinstatistics",
        "aggregateareas",
    ]
