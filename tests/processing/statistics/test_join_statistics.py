"""segregation:joinstatistics: the DeSO version warning for suffixed codes, empty layers."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from tests.helpers.layers import memory_layer, rows_by
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG

SCB = SAMPLE / "scb"


def _deso(name="DeSO_2018"):
    return QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", name, "ogr")


def test_deso2025_codes_in_a_table_layer_warn_on_deso2018_areas(run_alg, project_layers, feedback):
    table = project_layers(
        memory_layer(
            "None",
            {"desokod": str, "andel": float},
            [
                (None, {"desokod": "9901A0010_DeSO2025", "andel": 2.0}),
                (None, {"desokod": "9901A0020_DeSO2025", "andel": 10.0}),
            ],
        )
    )
    areas = project_layers(_deso())
    result = run_alg(
        "joinstatistics",
        {
            "INPUT": areas,
            "STATISTICS": table,
            "STATISTICS_CODE_FIELD": "desokod",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REPORT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert rows_by(result["OUTPUT"], "desokod")["9901A0020"]["andel"] == 10.0
    warning = next(w for w in feedback.warnings if "DeSO2025" in w)
    assert "the codes carry the suffix _DeSO2025" in warning and "DeSO2018" in warning
    report = [f for f in result["REPORT"].getFeatures() if f["check"] == "version"]
    assert len(report) == 1 and report[0]["severity"] == "warning"


def test_deso2025_statistics_on_areas_of_unknown_version_warn(tmp_path, run_alg, feedback):
    path = tmp_path / "deso2025.csv"
    text = (SCB / "deso_ekonomisk_standard_2021-2022.csv").read_text(encoding="utf-8-sig")
    lines = [
        line.replace('";', '_DeSO2025";', 1) if line.startswith('"99') else line
        for line in text.splitlines()
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    run_alg(
        "joinstatistics",
        {
            "INPUT": _deso("deso"),
            "STATISTICS_FILE": str(path),
            "YEARS": "2022",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert any("nothing tells the version of the areas" in w for w in feedback.warnings)
