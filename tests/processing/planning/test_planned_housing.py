"""segregation:plannedhousing through Processing: hand-made areas and projects (flags of each
kind, a project outside every area, one starting too late, one in a suppressed area), polygon
projects shared out, the sample's projects, and the inputs left unchanged."""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from tests.helpers.layers import rows_by, snapshot
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG
from tests.helpers.planning_layers import deso_layer, projects_layer

PROJECTS = [
    # wkt, id, hyresrätt, bostadsrätt, äganderätt, start, land owner, status
    ("POINT(50 50)", "P1", 50, 50, 0, 2026, "kommun", "detaljplan antagen"),
    ("POINT(150 50)", "P2", 0, 0, 30, 2027, "privat", "byggstart"),
    ("POINT(350 50)", "P3", 100, 0, 0, 2028, "kommun", "planprogram"),
    ("POINT(5000 5000)", "P5", 10, 0, 0, 2026, "kommun", "byggstart"),
    ("POINT(60 60)", "P6", 0, 0, 80, 2035, "kommun", "översiktsplan"),
    ("POINT(250 50)", "P7", 10, 0, 0, 2026, "kommun", "byggstart"),
]


def run_projects(run_alg, projects, areas, feedback=None, **extra):
    params = {
        "PROJECTS": projects,
        "AREAS": areas,
        "UP_TO_YEAR": 2030,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "PROJECTED": "TEMPORARY_OUTPUT",
        **extra,
    }
    return run_alg("plannedhousing", params, feedback=feedback)


def test_flags_and_projected_mix_by_hand(run_alg, project_layers, feedback):
    areas = project_layers(deso_layer())
    projects = project_layers(projects_layer(PROJECTS))
    before = (snapshot(areas), snapshot(projects))
    result = run_projects(run_alg, projects, areas, feedback)
    out = rows_by(result["OUTPUT"], "projekt_id")
    # P1: 100 h → 150 h / 50 b: hyresrätt 100 % → 75 %, lower but still one-sided
    assert out["P1"]["flag"] == "balancing"
    assert "balancing, still one-sided" in out["P1"]["flag_reason"]
    # P2: äganderätt 70 % (0/60/140) → 170 of 230 = 73.9 %: reinforces
    assert out["P2"]["flag"] == "reinforces"
    assert out["P2"]["after_dominant_share"] == pytest.approx(170 / 230 * 100)
    assert (
        "äganderätt is already 70 % of 200 dwellings; after the project 74 %"
        in (out["P2"]["flag_reason"])
    )
    # P3: even thirds 20/20/20 + 100 h → 120 of 160 = 75 %: makes the area one-sided
    assert out["P3"]["flag"] == "makes_one_sided"
    # P5 outside every area: kept, with the reason, and in the log
    assert out["P5"]["area"] == NULL and out["P5"]["note"] == "lies outside every area"
    assert out["P5"]["counted"] is False
    assert any("P5 (lies outside every area)" in w for w in feedback.warnings)
    # P6 starts after the chosen year
    assert out["P6"]["counted"] is False and out["P6"]["note"] == "starts 2035, after 2030"
    assert out["P6"]["flag"] == NULL and out["P6"]["area"] == "0114A0010"
    # P7 in the area whose hyresrätt SCB suppressed: not judged, and it says so
    assert out["P7"]["flag_reason"] == "0114C1030 has suppressed tenure counts; not judged"
    # the user's own fields are kept
    assert out["P2"]["markagare"] == "privat" and out["P2"]["planned_aganderatt"] == 30
    areas_out = rows_by(result["PROJECTED"], "desokod")
    c1020 = areas_out["0114C1020"]
    assert c1020["projected_share_aganderatt"] == pytest.approx(170 / 230 * 100)
    assert (c1020["flagged_projects"], c1020["projects"]) == (1, 1)
    assert areas_out["0115A0010"]["one_sided"] is False
    assert areas_out["0115A0010"]["projected_one_sided"] is True
    assert areas_out["0114A0010"]["planned_total"] == 100  # P6 (2035) not counted
    assert (snapshot(areas), snapshot(projects)) == before


def test_status_filter(run_alg, project_layers):
    areas = project_layers(deso_layer())
    projects = project_layers(projects_layer(PROJECTS))
    result = run_projects(run_alg, projects, areas, STATUSES="byggstart; Detaljplan antagen")
    out = rows_by(result["OUTPUT"], "projekt_id")
    assert out["P1"]["counted"] is True and out["P2"]["counted"] is True
    assert out["P3"]["counted"] is False
    assert out["P3"]["note"].startswith("status 'planprogram' is not among the chosen")


def test_polygon_projects_shared_out_or_whole(run_alg, project_layers):
    areas = project_layers(deso_layer())
    # 60 % in 0114A0010 (x 40–100), 40 % in 0114C1020 (x 100–140)
    polygon = "POLYGON((40 0,140 0,140 100,40 100,40 0))"
    projects = project_layers(
        projects_layer([(polygon, "Q1", 100, 0, 0, 2026, "kommun", "x")], kind="Polygon")
    )
    shared = run_projects(run_alg, projects, areas, POLYGONS=1)["OUTPUT"]
    parts = sorted((f["area"], f["planned_hyresratt"], f["fraction"]) for f in shared.getFeatures())
    assert [(a, h) for a, h, _ in parts] == [("0114A0010", 60), ("0114C1020", 40)]
    assert parts[0][2] == pytest.approx(0.6)
    whole = run_projects(run_alg, projects, areas)["OUTPUT"]
    assert [(f["area"], f["planned_hyresratt"]) for f in whole.getFeatures()] == [
        ("0114A0010", 100)
    ]


def test_repeated_project_ids_stop_with_a_clear_message(run_alg, project_layers):
    areas = project_layers(deso_layer())
    projects = project_layers(projects_layer([PROJECTS[0], PROJECTS[0]]))
    with pytest.raises(QgsProcessingException, match="'P1' in 'projekt_id' occurs more than once"):
        run_projects(run_alg, projects, areas)


def test_missing_dwelling_field_is_named(run_alg, project_layers):
    areas = project_layers(deso_layer())
    projects = project_layers(projects_layer(PROJECTS))
    with pytest.raises(QgsProcessingException, match="no field hyr"):
        run_projects(run_alg, projects, areas, PLANNED_HYRESRATT="hyr")


def test_sample_projects(run_alg):
    deso = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr")
    projects = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=planerade_bostader", "p", "ogr")
    mix = run_alg(
        "tenuremix",
        {
            "INPUT": deso,
            "FILE": str(SAMPLE / "scb" / "deso_upplatelseform_2021-2022.xlsx"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    result = run_projects(run_alg, projects, mix)
    out = rows_by(result["OUTPUT"], "projekt_id")
    assert len(out) == 46 and all(f["area"] for f in out.values())
    # P046: 600 hyresrätt on kommun land where hyresrätt is already almost everything
    assert out["P046"]["flag"] == "reinforces" and out["P046"]["area"] == "9901C1920"
    assert sum(1 for f in out.values() if f["counted"]) == 39  # 7 start after 2030
