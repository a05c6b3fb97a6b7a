"""The guided analysis on SCB's real national exports (../shared/data/scb), for Göteborg.

No boundaries: the areas are a table of Sweden's 5,984 DeSO codes, so μ and σ are national;
the RegSO come from SCB's DeSO–RegSO key. The folder has no labour-market table, so the
index is (V1 + V2) / 2 ('Without V3'). Skipped when the real data are absent.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

EXPORTS = {
    "v1": "deso2018_ekonomisk_standard_2022.xlsx",
    "v2": "deso2018_utbildningsniva_25-64_2022.xlsx",
}
KEY = "koppling_deso2018_regso2020.csv"


def _deso_codes(path, kommun: str = "") -> QgsVectorLayer:
    from segregation_plugin.core.statistics import pxweb

    codes = sorted(pxweb.read_statistics(path)["region_code"].unique())
    codes = [c for c in codes if c.startswith(kommun)]
    layer = QgsVectorLayer("None?field=desokod:string", "DeSO codes", "memory")
    features = []
    for code in codes:
        feature = QgsFeature(layer.fields())
        feature["desokod"] = code
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def _national_regso_index(scb):
    """(V1 + V2) / 2 of every RegSO, summed from the DeSO here with pandas alone."""
    import pandas as pd

    from segregation_plugin.core.statistics import pxweb

    v1 = pxweb.read_statistics(scb / EXPORTS["v1"]).set_index("region_code")
    v2 = pxweb.read_statistics(scb / EXPORTS["v2"]).set_index("region_code")
    key = pd.read_csv(scb / KEY, dtype=str, encoding="utf-8-sig").set_index("DeSO_2018")
    frame = pd.DataFrame(
        {
            "regso": key["RegSOkod_2020"],
            "low": v1["Låg ekonomisk standard, procent"] * v1["Antal personer totalt"],
            "persons": v1["Antal personer totalt"],
            "pre": v2["förgymnasial utbildning"],
            "all_25_64": v2.filter(like="utbild").sum(axis=1),
        }
    )
    sums = frame.groupby("regso").sum()
    return (sums["low"] / sums["persons"] + 100 * sums["pre"] / sums["all_25_64"]) / 2


def test_goteborg_from_the_real_exports_against_the_national_reference(
    shared_data, run_alg, project_layers
):
    scb = shared_data / "scb"
    deso = _deso_codes(scb / EXPORTS["v2"])
    try:
        results = run_alg(
            "segregationanalysis",
            {
                "STATISTICS_FOLDER": str(scb),
                "DESO": deso,
                "KEY_TABLE": str(scb / KEY),
                "AREAS": "1480",
                "WITHOUT_V3": True,
                "REGSO_TYPES": "TEMPORARY_OUTPUT",
                "DESO_TYPES": "TEMPORARY_OUTPUT",
            },
        )
        regso = list(results["REGSO_TYPES"].getFeatures())
        assert results["REGSO_TYPES"].name() == "Area types RegSO 2022 — 1480 Göteborg"
        assert results["YEAR_ANALYSED"] == 2022 and results["TABLES"] == 3
        assert len(regso) == 147 and {f["regsokod"][:4] for f in regso} == {"1480"}
        index = _national_regso_index(scb)
        assert len(index) == 3363
        assert regso[0]["ref_mean"] == pytest.approx(index.mean(), abs=1e-9)
        assert regso[0]["ref_sd"] == pytest.approx(index.std(), abs=1e-9)
        for feature in regso:
            assert feature["ses_index"] == pytest.approx(index[feature["regsokod"]], abs=1e-9)
    finally:
        QgsProject.instance().removeMapLayer(deso.id())


def test_goteborg_alone_gets_the_national_reference_from_the_exports(
    shared_data, run_alg, project_layers
):
    """The DeSO given are Göteborg's 306 alone; the exports cover Sweden, so μ and σ are
    still the national ones, and the output says so."""
    scb = shared_data / "scb"
    deso = _deso_codes(scb / EXPORTS["v2"], kommun="1480")
    try:
        results = run_alg(
            "segregationanalysis",
            {
                "STATISTICS_FOLDER": str(scb),
                "DESO": deso,
                "KEY_TABLE": str(scb / KEY),
                "AREAS": "1480",
                "WITHOUT_V3": True,
                "REGSO_TYPES": "TEMPORARY_OUTPUT",
            },
        )
        regso = list(results["REGSO_TYPES"].getFeatures())
        assert deso.featureCount() == 306 and len(regso) == 147
        index = _national_regso_index(scb)
        assert regso[0]["ref_mean"] == pytest.approx(index.mean(), abs=1e-9)
        assert regso[0]["ref_sd"] == pytest.approx(index.std(), abs=1e-9)
        assert "national" in results["REFERENCE"].lower()
        assert "NOT national" not in results["REFERENCE"]
    finally:
        QgsProject.instance().removeMapLayer(deso.id())


def test_goteborg_with_boundaries_from_scbs_wfs(shared_data, run_alg, feedback):
    """No DeSO given: the guided analysis gets Göteborg's DeSO 2018 (the version of the
    statistics of 2022) from a local stand-in of SCB's WFS; the RegSO are the DeSO merged by
    their regsokod; μ and σ still national, from the exports of all DeSO."""
    from tests.helpers.wfs_fake import running_wfs

    scb = shared_data / "scb"
    with running_wfs() as (url, fake):
        results = run_alg(
            "segregationanalysis",
            {
                "STATISTICS_FOLDER": str(scb),
                "AREAS": "1480",
                "WFS_URL": url,
                "KEY_TABLE": str(scb / KEY),
                "WITHOUT_V3": True,
                "REGSO_TYPES": "TEMPORARY_OUTPUT",
                "DESO_TYPES": "TEMPORARY_OUTPUT",
            },
            feedback,
        )
    assert {q["typeNames"] for q in fake.requests} == {"stat:DeSO_2018"}
    deso = list(results["DESO_TYPES"].getFeatures())
    regso = list(results["REGSO_TYPES"].getFeatures())
    assert len(deso) == 5 and all(f.geometry().area() == pytest.approx(1e6) for f in deso)
    assert sorted(f["regsokod"] for f in regso) == ["1480R001", "1480R002", "1480R003"]
    assert results["REGSO_TYPES"].name() == "Area types RegSO 2022 — 1480 Göteborg"
    assert "national" in results["REFERENCE"] and "NOT national" not in results["REFERENCE"]
    assert any("DeSO 2018 — 1480 Göteborg: 5 DeSO from" in m for m in feedback.infos)


def test_goteborg_with_v3_from_scbs_labour_market_layout(shared_data, run_alg, tmp_path):
    """The three real exports and a labour-market export in SCB's layout (000007A8, made by
    tests/helpers/labour_market_export.py for every DeSO): Göteborg's DeSO alone, no field
    chosen, no 'Without V3'. Each RegSO's index is (V1 + V2 + V3) / 3 computed here from the
    files with pandas, and μ and σ are over all of Sweden's RegSO."""
    import pandas as pd

    from segregation_plugin.core.statistics import pxweb
    from tests.helpers.labour_market_export import labour_counts, write_labour_market_export

    scb = shared_data / "scb"
    folder = tmp_path / "scb"
    folder.mkdir()
    for path in scb.iterdir():
        (folder / path.name).symlink_to(path)
    education = pxweb.read_statistics(scb / EXPORTS["v2"]).set_index("region_code")
    levels = [c for c in education.columns if "utbild" in c]
    rows = {
        code: (int(row[levels].sum()), int(row["förgymnasial utbildning"]))
        for code, row in education.iterrows()
    }
    write_labour_market_export(folder / "deso2018_arbetsmarknadsstatus_16-64_2022.xlsx", rows)
    deso = _deso_codes(scb / EXPORTS["v2"], kommun="1480")
    try:
        results = run_alg(
            "segregationanalysis",
            {
                "STATISTICS_FOLDER": str(folder),
                "DESO": deso,
                "KEY_TABLE": str(folder / KEY),
                "AREAS": "1480",
                "REGSO_TYPES": "TEMPORARY_OUTPUT",
                "DESO_TYPES": "TEMPORARY_OUTPUT",
            },
        )
        regso = {f["regsokod"]: f for f in results["REGSO_TYPES"].getFeatures()}
        assert results["TABLES"] == 4 and len(regso) == 147
        labour = pd.DataFrame(
            {code: labour_counts(*counts) for code, counts in rows.items()},
            index=["employed", "unemployed", "force", "outside", "total"],
        ).T
        key = pd.read_csv(scb / KEY, dtype=str, encoding="utf-8-sig").set_index("DeSO_2018")
        sums = labour.groupby(key["RegSOkod_2020"]).sum()
        v3 = 100 * sums["unemployed"] / sums["total"]
        v1_v2 = _national_regso_index(scb) * 2  # V1 + V2
        index = (v1_v2 + v3) / 3
        assert len(index) == 3363
        first = next(iter(regso.values()))
        assert first["ref_mean"] == pytest.approx(index.mean(), abs=1e-9)
        assert first["ref_sd"] == pytest.approx(index.std(), abs=1e-9)
        assert first["index_definition"].startswith("(V1 + V2 + V3)")
        for code, feature in regso.items():
            assert feature["ses_index"] == pytest.approx(index[code], abs=1e-9)
        assert "NOT national" not in results["REFERENCE"]
        # the DeSO too: against the national μ and σ of all 5,984 DeSO
        deso_types = list(results["DESO_TYPES"].getFeatures())
        assert len(deso_types) == 306 and deso_types[0]["ref_n_areas"] == 5984
    finally:
        QgsProject.instance().removeMapLayer(deso.id())


def _write_income_quartiles(path, rows, year=2022):
    """An income-quartile export (persons 20+, quartile 1–4) for every DeSO, in the layout
    of the sample's (Statistikdatabasen's xlsx): plausible counts from the DeSO's persons
    25–64 and share with förgymnasial education."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            "Antal personer 20 år och äldre efter region, inkomstkvartil (sammanräknad "
            "förvärvsinkomst) och år"
        ]
    )
    sheet.append([])
    sheet.append([None, str(year)])
    sheet.append([None, "kvartil 1", "kvartil 2", "kvartil 3", "kvartil 4", "totalt"])
    counts = {}
    for code, (persons, low) in rows.items():
        total = round(persons * 1.4)
        share = low / persons if persons else 0.0
        q1, q4 = round(total * (0.15 + 0.5 * share)), round(total * max(0.05, 0.35 - 0.6 * share))
        q2 = (total - q1 - q4) // 2
        q3 = total - q1 - q4 - q2
        counts[code] = (q1, q2, q3, q4)
        sheet.append([code, q1, q2, q3, q4, total])
    for line in ("", "Källa:", "SCB", "Intern referenskod:", "000005FM"):
        sheet.append([line or None])
    book.save(path)
    return counts


def test_goteborg_criteria_against_the_national_baseline_of_the_exports(
    shared_data, run_alg, tmp_path
):
    """With an income-quartile export of every DeSO, Göteborg's ojämlikhetsindex is compared
    with the mean and SD over Sweden's 290 kommuner, computed here from the file: the
    dissimilarity of quartile 1 and quartile 4 × 100 per kommun."""
    import pandas as pd

    from segregation_plugin.core.statistics import pxweb

    scb = shared_data / "scb"
    folder = tmp_path / "scb"
    folder.mkdir()
    for name in (*EXPORTS.values(), KEY):
        (folder / name).symlink_to(scb / name)
    education = pxweb.read_statistics(scb / EXPORTS["v2"]).set_index("region_code")
    levels = [c for c in education.columns if "utbild" in c]
    rows = {
        code: (int(row[levels].sum()), int(row["förgymnasial utbildning"]))
        for code, row in education.iterrows()
    }
    quartiles = _write_income_quartiles(folder / "deso_inkomstkvartiler_2022.xlsx", rows)
    deso = _deso_codes(scb / EXPORTS["v2"], kommun="1480")
    try:
        results = run_alg(
            "segregationanalysis",
            {
                "STATISTICS_FOLDER": str(folder),
                "DESO": deso,
                "KEY_TABLE": str(folder / KEY),
                "AREAS": "1480",
                "WITHOUT_V3": True,
                "REGSO_TYPES": "TEMPORARY_OUTPUT",
                "INEQUALITY": "TEMPORARY_OUTPUT",
            },
        )
        frame = pd.DataFrame(quartiles, index=["q1", "q2", "q3", "q4"]).T
        kommun = frame.index.str[:4]
        share = frame[["q1", "q4"]] / frame[["q1", "q4"]].groupby(kommun).transform("sum")
        index = 50 * (share["q1"] - share["q4"]).abs().groupby(kommun).sum()
        assert len(index) == 290
        rows_out = list(results["INEQUALITY"].getFeatures())
        assert [f["region"] for f in rows_out] == ["1480"]
        goteborg = rows_out[0]
        assert goteborg["ojamlikhetsindex"] == pytest.approx(index["1480"], abs=1e-6)
        assert goteborg["ineq_ref_mean"] == pytest.approx(index.mean(), abs=1e-6)
        assert goteborg["ineq_ref_sd"] == pytest.approx(index.std(), abs=1e-6)
        assert goteborg["ref_description"].startswith("national")
    finally:
        QgsProject.instance().removeMapLayer(deso.id())
