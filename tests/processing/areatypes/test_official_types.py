"""segregation:officialtypes on an export written as Statistikdatabasen writes it."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.helpers.layers import rows_by
from tests.helpers.official_export import write_csv, write_key, write_xlsx

REGIONS = [
    ("Upplands Väsby (Bollstanäs)", 4),
    ("Upplands Väsby (Hammarby-Vaxmyra)", 3),
    ("Österåker (Berga)", 5),
    ("Linköping (Berga)", 2),
    ("Botkyrka (Tuna)", 1),
    ("Berga", 3),
]


def own_types():
    layer = QgsVectorLayer("None", "own types", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            QgsField("regsokod", QVariant.String),
            QgsField("area_type", QVariant.Int),
            QgsField("folkmängd", QVariant.Int),
        ]
    )
    layer.updateFields()
    for code, t, pop in (
        ("0114R001", 4, 5886),  # identical
        ("0114R002", 4, 7000),  # one off
        ("0117R001", 3, 3000),  # two off
        ("0580R001", 2, 2500),  # identical
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, t, pop])
        provider.addFeature(feature)
    return layer


@pytest.mark.parametrize("write", [write_csv, write_xlsx])
def test_import_and_compare(run_alg, feedback, tmp_path, project_layers, write):
    export = write(tmp_path / f"omradestyper.{write.__name__[-4:].strip('_')}", REGIONS)
    result = run_alg(
        "officialtypes",
        {
            "INPUT": str(export),
            "KEY_TABLE": str(write_key(tmp_path / "key.csv")),
            "AREA_TYPES": project_layers(own_types()),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "UNMATCHED": "TEMPORARY_OUTPUT",
            "AGREEMENT": "TEMPORARY_OUTPUT",
        },
        feedback,
    )
    assert result["MATCHED"] == 5 and result["NOT_MATCHED"] == 1
    official = rows_by(result["OUTPUT"], "regsokod")
    assert official["0580R001"]["official_type"] == 2
    assert official["0580R001"]["kommunnamn"] == "Linköping"
    unmatched = [f.attributes() for f in result["UNMATCHED"].getFeatures()]
    assert len(unmatched) == 1 and unmatched[0][1] == "Berga"
    assert "3 RegSO have this name" in unmatched[0][3]
    assert result["COMPARED"] == 4
    assert result["SHARE_IDENTICAL"] == pytest.approx(50.0)
    assert result["SHARE_WITHIN_ONE"] == pytest.approx(75.0)
    agreement = {(f["measure"], f["own_type"]): f for f in result["AGREEMENT"].getFeatures()}
    assert agreement[("areas", "4")]["official_3"] == 1
    assert agreement[("residents", "3")]["official_5"] == 3000
    assert agreement[("residents", "all")]["official_all"] == 5886 + 7000 + 3000 + 2500
    text = "\n".join(feedback.infos)
    assert "2 identical (50.0 %), 3 within one type (75.0 %)" in text
    assert "Row 9, 'Berga': not matched" in text
    assert any("1 name(s) not matched" in w for w in feedback.warnings)
