"""The tools against a real PostGIS database (the session's throw-away server, ``postgis``
fixture): outputs written as tables with their styles in ``layer_styles``, inputs read from
tables giving the results the GeoPackage gives, and a failed or cancelled run leaving no
table behind."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)

from segregation_plugin.processing import database
from tests.helpers.layers import memory_layer, rows_by
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG
from tests.helpers.planning_layers import deso_layer, projects_layer

GTFS = str(SAMPLE / "exempellan_gtfs.zip")
DATE = "2022-10-12"
PROJECTS = [
    ("POINT(50 50)", "P1", 50, 50, 0, 2026, "kommun", "detaljplan antagen"),
    ("POINT(150 50)", "P2", 0, 0, 30, 2027, "privat", "byggstart"),
    ("POINT(350 50)", "P3", 100, 0, 0, 2028, "kommun", "planprogram"),
]


def destination(server, table: str, schema: str = "public") -> str:
    """What the Processing dialog's "Save to PostGIS Table…" writes."""
    return f'postgis:{server.uri()} table="{schema}"."{table}" (geom)'


def table_layer(server, table: str, schema: str = "public", geometry="geom") -> QgsVectorLayer:
    """The table opened afresh, as a colleague opens it from the Browser."""
    uri = database.table_uri(server.uri(), schema, table, geometry)
    layer = QgsVectorLayer(uri, table, "postgres")
    assert layer.isValid(), table
    return layer


def upload(server, layer, table: str) -> str:
    """``layer`` copied into the table ``table``; its source text."""
    uri = database.table_uri(server.uri(), "public", table)
    error, message = QgsVectorLayerExporter.exportLayer(layer, uri, "postgres", layer.crs())
    assert not message, message
    return uri


def run(alg_id, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(
        f"segregation:{alg_id}",
        params,
        context=context,
        feedback=feedback or QgsProcessingFeedback(),
    )


def categories(layer) -> list:
    return [(c.value(), c.label()) for c in layer.renderer().categories()]


def test_quality_classes_into_postgis_open_styled(processing_provider, postgis):
    result = run(
        "transitqualityclasses",
        {"GTFS": GTFS, "DATE": DATE, "OUTPUT": destination(postgis, "kvalitet"), "STOPS": None},
    )
    assert "kvalitet" in postgis.tables()
    layer = table_layer(postgis, "kvalitet")
    assert layer.crs().authid() == "EPSG:3006"
    assert sorted(f["quality_class"] for f in layer.getFeatures()) == list("ABCDEF")
    # the colleague's fresh layer comes styled from layer_styles, A to F in the legend
    assert layer.renderer().classAttribute() == "quality_class"
    assert [value for value, _ in categories(layer)] == list("ABCDEF")
    assert categories(layer)[0][1] == "A – very good service"
    rows = postgis.psql(
        "SELECT f_table_name, useasdefault FROM layer_styles WHERE f_table_name = 'kvalitet'"
    )
    assert rows == "kvalitet|t"
    assert database.split(result["OUTPUT"]).table() == "kvalitet"


def test_area_types_into_a_schema(processing_provider, postgis, sample_stats):
    postgis.psql("CREATE SCHEMA IF NOT EXISTS plan")
    run(
        "areatypes",
        {
            "INPUT": sample_stats["regso_stats"],
            "OUTPUT": destination(postgis, "omradestyper", "plan"),
        },
    )
    assert "omradestyper" in postgis.tables("plan")
    layer = table_layer(postgis, "omradestyper", "plan")
    source = sample_stats["regso_stats"]
    assert layer.featureCount() == source.featureCount()
    assert layer.renderer().classAttribute() == "area_type"
    assert [str(value) for value, _ in categories(layer)][:5] == ["1", "2", "3", "4", "5"]
    styled = postgis.psql(
        "SELECT useasdefault FROM layer_styles "
        "WHERE f_table_schema = 'plan' AND f_table_name = 'omradestyper'"
    )
    assert styled == "t"  # the style is the table's in its own schema


def test_tenure_mix_from_postgis_equals_geopackage(
    processing_provider, postgis, project_layers, tmp_path
):
    deso = project_layers(deso_layer())
    gpkg = tmp_path / "deso.gpkg"
    from segregation_plugin.processing.project_export import write_vector_layer

    write_vector_layer(deso, gpkg, "deso")
    table = project_layers(QgsVectorLayer(upload(postgis, deso, "deso_tenure"), "deso", "postgres"))
    assert table.isValid() and table.featureCount() == 4
    from_file = run("tenuremix", {"INPUT": f"{gpkg}|layername=deso", "OUTPUT": "TEMPORARY_OUTPUT"})
    run("tenuremix", {"INPUT": table, "OUTPUT": destination(postgis, "upplatelse")})
    expected = rows_by(from_file["OUTPUT"], "desokod")
    written = rows_by(table_layer(postgis, "upplatelse"), "desokod")
    assert set(written) == set(expected)
    for code, row in expected.items():
        for name in ("share_hyresratt", "dominant_tenure", "one_sided", "diff_kommun_hyresratt"):
            assert written[code][name] == row[name], (code, name)
    # a script or qgis_process names the table as QGIS writes it: postgres://…
    by_name = run(
        "tenuremix", {"INPUT": f"postgres://{table.source()}", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert rows_by(by_name["OUTPUT"], "desokod")["0114A0010"]["share_hyresratt"] == 100
    # hand-worked: 0114C1020 is 0 / 60 / 140, äganderätt exactly 70 %
    assert written["0114C1020"]["dominant_share"] == pytest.approx(70.0)
    assert written["0114C1020"]["one_sided"] is True


def test_planned_housing_reads_both_layers_from_postgis(
    processing_provider, postgis, project_layers
):
    deso = project_layers(deso_layer())
    projects = project_layers(projects_layer(PROJECTS))
    areas_table = project_layers(
        QgsVectorLayer(upload(postgis, deso, "deso_planned"), "deso", "postgres")
    )
    projects_table = project_layers(
        QgsVectorLayer(upload(postgis, projects, "projekt"), "projekt", "postgres")
    )
    assert [f.name() for f in projects_table.fields()][0] == "id"  # the table's own key
    params = {"UP_TO_YEAR": 2030, "PROJECTED": "TEMPORARY_OUTPUT"}
    expected = run(
        "plannedhousing",
        {"PROJECTS": projects, "AREAS": deso, "OUTPUT": "TEMPORARY_OUTPUT", **params},
    )
    run(
        "plannedhousing",
        {
            "PROJECTS": projects_table,
            "AREAS": areas_table,
            "OUTPUT": destination(postgis, "flaggade_projekt"),
            **params,
        },
    )
    flagged = rows_by(table_layer(postgis, "flaggade_projekt"), "projekt_id")
    assert {k: r["flag"] for k, r in flagged.items()} == {
        k: r["flag"] for k, r in rows_by(expected["OUTPUT"], "projekt_id").items()
    }
    assert flagged["P2"]["flag"] == "reinforces"  # äganderätt 170 of 230 after the project
    assert flagged["P3"]["flag"] == "makes_one_sided"


def test_an_existing_table_is_refused_before_the_run(processing_provider, postgis):
    postgis.psql("CREATE TABLE public.taken (id integer)")
    with pytest.raises(QgsProcessingException) as error:
        run(
            "transitqualityclasses",
            {"GTFS": GTFS, "DATE": DATE, "OUTPUT": destination(postgis, "taken")},
        )
    assert "public.taken" in str(error.value) and "exists already" in str(error.value)
    assert postgis.psql("SELECT count(*) FROM public.taken") == "0"  # left as it was


def test_a_missing_schema_is_refused_before_the_run(processing_provider, postgis):
    with pytest.raises(QgsProcessingException) as error:
        run(
            "transitqualityclasses",
            {"GTFS": GTFS, "DATE": DATE, "OUTPUT": destination(postgis, "x", "nowhere")},
        )
    assert "nowhere" in str(error.value)


def test_a_failed_run_leaves_no_table(processing_provider, postgis, monkeypatch):
    """The second output fails while it is written: the first table is dropped again."""
    from segregation_plugin.processing import frames

    original = frames.write_features
    calls = []

    def fail_second(sink, frame, *args, **kwargs):
        calls.append(len(frame))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(sink, frame, *args, **kwargs)

    monkeypatch.setattr(frames, "write_features", fail_second)
    before = postgis.tables()
    with pytest.raises(QgsProcessingException) as error:
        run(
            "transitqualityclasses",
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "OUTPUT": destination(postgis, "failed_classes"),
                "STOPS": destination(postgis, "failed_stops"),
            },
        )
    assert "disk full" in str(error.value)
    assert len(calls) == 2
    assert postgis.tables() == before
    assert postgis.psql("SELECT count(*) FROM layer_styles WHERE f_table_name LIKE 'failed%'") in (
        "0",
        "",
    )


def test_a_cancelled_run_leaves_no_table(processing_provider, postgis):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    before = postgis.tables()
    run(
        "transitqualityclasses",
        {"GTFS": GTFS, "DATE": DATE, "OUTPUT": destination(postgis, "cancelled")},
        feedback=feedback,
    )
    assert postgis.tables() == before


def test_sample_deso_from_postgis_keeps_its_fid(processing_provider, postgis, project_layers):
    """The sample's DeSO uploaded with its ``fid`` column (the table's key): checked from the
    table as from the GeoPackage; the check's table, without geometry, is a plain table."""
    deso = project_layers(QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr"))
    table = project_layers(QgsVectorLayer(upload(postgis, deso, "deso_sample"), "deso", "postgres"))
    assert table.featureCount() == deso.featureCount() > 0
    assert table.fields().indexOf("fid") in table.primaryKeyAttributes()
    expected = run("checkareas", {"INPUT": deso, "OUTPUT": "TEMPORARY_OUTPUT"})
    result = run("checkareas", {"INPUT": table, "OUTPUT": destination(postgis, "deso_check")})
    assert database.split(result["OUTPUT"]).geometryColumn() == ""
    checked = table_layer(postgis, "deso_check", geometry="")
    assert sorted(f["problem"] for f in checked.getFeatures()) == sorted(
        f["problem"] for f in expected["OUTPUT"].getFeatures()
    )
    assert (result["ERRORS"], result["WARNINGS"]) == (expected["ERRORS"], expected["WARNINGS"])


def test_a_style_left_by_a_dropped_table_is_replaced(processing_provider, postgis):
    """A table dropped by hand leaves its row in layer_styles; writing the table again
    replaces the style (QGIS would otherwise ask in a dialog, which blocks the run)."""
    params = {"GTFS": GTFS, "DATE": DATE, "OUTPUT": destination(postgis, "again"), "STOPS": None}
    run("transitqualityclasses", params)
    postgis.psql("DROP TABLE public.again")
    run("transitqualityclasses", params)
    assert postgis.psql("SELECT count(*) FROM layer_styles WHERE f_table_name = 'again'") == "1"
    assert table_layer(postgis, "again").renderer().classAttribute() == "quality_class"


def test_planning_overlay_all_inputs_and_outputs_in_postgis(
    processing_provider, postgis, project_layers
):
    """ÖP areas, areas, quality classes and projects read from tables; the plan areas and
    the plain table written as tables: the hand-worked figures of
    tests/processing/planning/test_planning_overlay.py."""
    from tests.processing.planning.test_planning_overlay import rect

    plans = memory_layer(
        "Polygon",
        {"plan": str, "namn": str},
        [
            (rect(40, 150), {"plan": "PA", "namn": "Stationsområdet"}),
            (rect(100, 200), {"plan": "PC", "namn": "Villastaden"}),
        ],
    )
    quality = memory_layer(
        "Polygon",
        {"quality_class": str},
        [(rect(0, 120), {"quality_class": "B"}), (rect(0, 60), {"quality_class": "A"})],
    )
    projects = projects_layer([("POINT(75 50)", "P1", 20, 0, 0, 2026, "kommun", "byggstart")])
    tables = {}
    for name, layer in (
        ("op_omraden", plans),
        ("deso_overlay", deso_layer()),
        ("klasser", quality),
        ("projekt_overlay", projects),
    ):
        uri = upload(postgis, layer, name)
        tables[name] = project_layers(QgsVectorLayer(uri, name, "postgres"))
    result = run(
        "planningoverlay",
        {
            "PLANS": tables["op_omraden"],
            "PLAN_KEY": "plan",
            "AREAS": tables["deso_overlay"],
            "POP_FIELD": "folk",
            "QUALITY": tables["klasser"],
            "PROJECTS": tables["projekt_overlay"],
            "OUTPUT": destination(postgis, "planeringstabell"),
            "TABLE": destination(postgis, "planeringstabell_lista"),
        },
    )
    rows = rows_by(table_layer(postgis, "planeringstabell"), "plan")
    pa, pc = rows["PA"], rows["PC"]
    assert pa["residents"] == pytest.approx(2100)  # 60 % of A's 1,000 + 50 % of B's 3,000
    assert pa["share_class_A"] == pytest.approx(20 / 110 * 100)
    assert pa["projected_dwellings_hyresratt"] == pytest.approx(72)
    assert pc["rentals_to_kommun_share"] == 100
    listed = table_layer(postgis, "planeringstabell_lista", geometry="")
    assert listed.featureCount() == 2
    assert database.split(result["TABLE"]).geometryColumn() == ""
