"""segregation:tenuremix through Processing: hand-made DeSO (a suppressed count, a tie, exactly
70 %), the sample with SCB's export given as a file, RegSO / kommun / own districts, the
comparison with kommun and county, the styled output."""

from __future__ import annotations

import math

import pytest
from qgis.core import NULL, QgsProcessingException, QgsProject, QgsVectorLayer

from tests.helpers.layers import memory_layer, rows_by, snapshot, square
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG
from tests.helpers.planning_layers import deso_layer

TENURE_FILE = SAMPLE / "scb" / "deso_upplatelseform_2021-2022.xlsx"


def entropy(*shares):
    return -sum(s * math.log(s) for s in shares if s > 0) / math.log(3)


def run_mix(run_alg, params):
    return run_alg("tenuremix", {"OUTPUT": "TEMPORARY_OUTPUT", **params})


def test_the_five_tools_are_in_the_planning_group_in_order(processing_provider):
    from segregation_plugin.processing.provider import algorithm_classes

    ids = [c.ALG_ID for c in algorithm_classes() if c.GROUP_ID == "planning"]
    assert ids == ["tenuremix", "plannedhousing", "tenuresplit", "planningoverlay", "zonalraster"]


def test_mix_per_area_with_hand_worked_values(run_alg, project_layers):
    deso = project_layers(deso_layer())
    before = snapshot(deso)
    result = run_mix(run_alg, {"INPUT": deso, "REFERENCES": "TEMPORARY_OUTPUT"})
    out = rows_by(result["OUTPUT"], "desokod")
    a, b, c, d = (out[k] for k in ("0114A0010", "0114C1020", "0114C1030", "0115A0010"))
    assert (a["share_hyresratt"], a["dominant_tenure"], a["tenure_entropy"]) == (
        100,
        "hyresrätt",
        0,
    )
    # 0 / 60 / 140: äganderätt exactly 70 % counts as one-sided
    assert b["dominant_share"] == pytest.approx(70.0) and b["one_sided"] is True
    assert b["tenure_entropy"] == pytest.approx(entropy(0.3, 0.7))
    # '..' in hyresrätt: no mix, and the note says why
    assert c["dominant_tenure"] == NULL and "hyresrätt missing" in c["mix_note"]
    assert c["one_sided"] == NULL
    # even thirds and 5 'uppgift saknas' (left out of the shares, reported on its own)
    assert d["dominant_tenure"] == "hyresrätt, bostadsrätt, äganderätt"
    assert d["tenure_entropy"] == pytest.approx(1.0)
    assert d["share_unknown"] == pytest.approx(5 / 65 * 100)
    # kommun 0114 = 0114A0010 + 0114C1020 (0114C1030 left out wholly): 100/60/140 of 300
    assert a["diff_kommun_hyresratt"] == pytest.approx(100 - 100 / 3)
    assert a["kommun_dominant_tenure"] == "äganderätt"
    assert a["kommun_dominant_share"] == pytest.approx(140 / 3)
    # county 01: 120/80/160 of 360
    assert b["diff_lan_aganderatt"] == pytest.approx(70 - 160 / 3.6)
    assert a["more_one_sided_than_kommun"] is True
    assert d["more_one_sided_than_kommun"] is False  # 0115 is itself
    refs = {(f["level"], f["code"]): f for f in result["REFERENCES"].getFeatures()}
    assert refs[("kommun", "0114")]["areas_left_out"] == 1
    assert refs[("län", "01")]["dwellings_known"] == 360
    assert snapshot(deso) == before  # the input layer is not changed


def test_sum_to_regso_kommun_and_own_districts(run_alg, project_layers):
    deso = project_layers(deso_layer())
    regso = rows_by(
        run_mix(run_alg, {"INPUT": deso, "LEVEL": 1, "KEY_FIELD": "regsokod"})["OUTPUT"],
        "regsokod",
    )
    assert regso["0114R001"]["areas"] == 2
    assert regso["0114R001"]["share_aganderatt"] == pytest.approx(140 / 3)
    assert regso["0114R002"]["areas_left_out"] == 1
    assert "0114C1030" in regso["0114R002"]["mix_note"]
    assert regso["0114R002"]["dominant_tenure"] == NULL
    kommun_out = run_mix(run_alg, {"INPUT": deso, "LEVEL": 2})["OUTPUT"]
    kommun = rows_by(kommun_out, "kommunkod")
    assert (kommun["0114"]["areas"], kommun["0114"]["dwellings_known"]) == (3, 300)
    assert "diff_kommun_hyresratt" not in kommun_out.fields().names()
    assert kommun["0115"]["diff_lan_hyresratt"] == pytest.approx(100 / 3 - 120 / 3.6)
    assert kommun_out.geometryType() == 2  # polygons: the union of the DeSO
    assert kommun["0114"].geometry().area() == pytest.approx(30000)
    districts = project_layers(
        memory_layer(
            "Polygon",
            {"namn": str},
            [
                ("POLYGON((0 0,160 0,160 100,0 100,0 0))", {"namn": "Väst"}),
                ("POLYGON((160 0,400 0,400 100,160 100,160 0))", {"namn": "Öst"}),
                (square(5000, 5000), {"namn": "Tom"}),
            ],
        )
    )
    out = rows_by(
        run_mix(
            run_alg, {"INPUT": deso, "LEVEL": 3, "DISTRICTS": districts, "DISTRICT_ID": "namn"}
        )["OUTPUT"],
        "namn",
    )
    # 0114C1020 lies 60 % in Väst: it goes there whole
    assert (out["Väst"]["areas"], out["Väst"]["dwellings_known"]) == (2, 300)
    assert out["Öst"]["areas_left_out"] == 1 and out["Öst"]["dwellings_known"] == 60
    assert "lies in 2 kommuner (0114, 0115); compared with 0115" in out["Öst"]["reference_note"]
    assert out["Tom"]["areas"] == 0 and out["Tom"]["mix_note"] == "no area assigned"


def test_sample_deso_with_the_scb_file_joined(run_alg):
    openpyxl = pytest.importorskip("openpyxl")
    deso = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr")
    out = run_mix(run_alg, {"INPUT": deso, "FILE": str(TENURE_FILE), "YEAR": 2022})["OUTPUT"]
    assert out.featureCount() == 322
    # the file's own 2022 row for 9901A0010, read here with openpyxl alone
    book = openpyxl.load_workbook(TENURE_FILE, read_only=True)
    rows = [r for r in book.active.iter_rows(values_only=True) if r and r[0] == "9901A0010"]
    book.close()
    header_2022 = 5  # columns: code, 2021 × 4, 2022 × 4
    h, b, a, u = rows[0][header_2022 : header_2022 + 4]
    row = rows_by(out, "desokod")["9901A0010"]
    assert (row["dwellings_hyresratt"], row["dwellings_aganderatt"]) == (h, a)
    assert row["share_aganderatt"] == pytest.approx(a / (h + b + a) * 100)
    assert row["dwellings_unknown"] == u


def test_a_file_that_is_not_the_tenure_table_is_refused(run_alg, project_layers):
    deso = project_layers(QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr"))
    other = TENURE_FILE.with_name("deso_ekonomisk_standard_2021-2022.xlsx")
    with pytest.raises(QgsProcessingException, match="no variable 'hyresrätt'"):
        run_mix(run_alg, {"INPUT": deso, "FILE": str(other)})
    with pytest.raises(QgsProcessingException, match="no statistics for 2019"):
        run_mix(run_alg, {"INPUT": deso, "FILE": str(TENURE_FILE), "YEAR": 2019})


def test_missing_count_fields_name_what_to_do(run_alg, project_layers):
    deso = project_layers(QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr"))
    with pytest.raises(QgsProcessingException, match="no field with the dwellings in hyresrätt"):
        run_mix(run_alg, {"INPUT": deso})


def test_output_is_styled_with_pies_when_loaded(processing_provider, project_layers):
    import processing
    from qgis.core import QgsPieDiagram

    deso = project_layers(deso_layer())
    result = processing.runAndLoadResults(
        "segregation:tenuremix", {"INPUT": deso, "FILL": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        renderer = layer.diagramRenderer()
        assert renderer is not None and isinstance(renderer.diagram(), QgsPieDiagram)
        settings = renderer.diagramSettings()[0]
        assert settings.categoryAttributes == [
            '"dwellings_hyresratt"',
            '"dwellings_bostadsratt"',
            '"dwellings_aganderatt"',
        ]
        assert renderer.attributeLegend()
        assert layer.renderer().classAttribute() == "tenure_entropy"  # FILL 1: entropy
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
