"""SCB's standard tables as they come: importscbtable → joinstatistics → areatypes with
default parameters, on the real exports in ../shared/data/scb (V1 000006TA, V2 000005MO) and
a labour-market export (V3, 000007A8) made in SCB's layout for the same DeSO."""

from __future__ import annotations

import csv

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

from tests.helpers.labour_market_export import labour_counts, write_labour_market_export
from tests.helpers.layers import memory_layer, rows_by

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def chain(shared_data, tmp_path_factory, qgis_processing):
    """The three tables imported and joined onto the country's DeSO 2018 (a table layer)."""
    import processing

    from segregation_plugin.core.statistics.scb_export import read_scb_file
    from tests.helpers.provider import ensure_provider

    ensure_provider()
    scb = shared_data / "scb"
    education = read_scb_file(scb / "deso2018_utbildningsniva_25-64_2022.xlsx")
    parts = education.columns[5:10]
    rows = {
        r.region_code: (int(r[parts].sum()), int(r["förgymnasial utbildning"]))
        for _, r in education.iterrows()
    }
    labour = write_labour_market_export(tmp_path_factory.mktemp("lm") / "lm.xlsx", rows)
    with open(scb / "koppling_deso2018_regso2020.csv", encoding="utf-8-sig") as handle:
        key = list(csv.DictReader(handle))
    deso = [row["DeSO_2018"] for row in key]
    deso_regso = {row["DeSO_2018"]: row["RegSOkod_2020"] for row in key}
    areas = memory_layer("None", {"desokod": str}, [(None, {"desokod": c}) for c in deso])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    runs = {"rows": rows, "imports": {}}

    def run(alg, params):
        feedback = QgsProcessingFeedback()
        return processing.run(f"segregation:{alg}", params, feedback=feedback, context=context)

    layer = areas
    for key, path in (
        ("v1", scb / "deso2018_ekonomisk_standard_2022.xlsx"),
        ("v2", scb / "deso2018_utbildningsniva_25-64_2022.xlsx"),
        ("v3", labour),
    ):
        table = run("importscbtable", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"})
        runs["imports"][key] = table["OUTPUT"]
        layer = run(
            "joinstatistics",
            {"INPUT": layer, "STATISTICS": table["OUTPUT"], "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
    runs["joined"] = layer
    runs["types"] = run("areatypes", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    tenure = run(
        "importscbtable",
        {"INPUT": str(scb / "deso2018_upplatelseform_2022.xlsx"), "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    with_tenure = run(
        "joinstatistics", {"INPUT": layer, "STATISTICS": tenure, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    runs["profile"] = run("indicatorprofile", {"INPUT": with_tenure, "OUTPUT": "TEMPORARY_OUTPUT"})
    runs["tenure"] = read_scb_file(scb / "deso2018_upplatelseform_2022.xlsx")
    runs["standard"] = read_scb_file(scb / "deso2018_ekonomisk_standard_2022.xlsx")
    regso = run(
        "aggregateareas",
        {
            "INPUT": with_tenure,
            "CODE_FIELD": "desokod",
            "TARGET": 0,
            "KEY_TABLE": str(scb / "koppling_deso2018_regso2020.csv"),
            "COUNT_FIELDS": ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
            + ["totalt lägenheter", "förgymnasial utbildning", "totalt 25-64 år"],
            "SHARES": ["Låg ekonomisk standard, procent", "Antal personer totalt"],
            "MIN_POPULATION": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    runs["regso"] = run("indicatorprofile", {"INPUT": regso, "OUTPUT": "TEMPORARY_OUTPUT"})
    runs["key"] = deso_regso
    return runs


def test_imports_name_the_tables_and_keep_the_age(chain):
    education = chain["imports"]["v2"]
    names = education.fields().names()
    assert "totalt 25-64 år" in names and "scb_table" in names
    first = next(f for f in education.getFeatures() if f["region_code"] == "0114A0010")
    assert first["totalt 25-64 år"] == 48 + 188 + 65 + 119 + 12  # incl. uppgift saknas
    assert first["scb_table"] == "000005MO" and first["year"] == 2022
    labour = chain["imports"]["v3"].fields().names()
    assert "antal arbetslösa 16-64 år" in labour and "antal totalt 16-64 år" in labour


def test_join_records_the_tables_and_the_year(chain):
    joined = chain["joined"]
    by_code = rows_by(joined, "desokod")
    first = by_code["0114A0010"]
    assert first["statistics_tables"] == "000006TA 2022; 000005MO 2022; 000007A8 2022"
    assert first["statistics_year"] == 2022
    assert first["antal arbetslösa 16-64 år"] == labour_counts(432, 48)[1]


def test_area_types_with_default_parameters(chain):
    types = chain["types"]["OUTPUT"]
    assert types.featureCount() == 5984
    first = rows_by(types, "desokod")["0114A0010"]
    assert first["v1_low_econ_pct"] == 7
    assert first["v2_low_edu_pct"] == pytest.approx(100 * 48 / 432)
    employed, unemployed, _, _, total = labour_counts(432, 48)
    assert first["v3_pct"] == pytest.approx(100 * unemployed / total)
    assert first["stat_year"] == 2022
    assert first["v3_definition"].startswith("proxy: unemployed share of persons 16")
    assert first["v2_age_group"]
    typed = sum(chain["types"][f"TYPE_{i}"] for i in range(1, 6))
    assert typed + chain["types"]["NO_TYPE"] == 5984 and typed > 5900


def test_indicator_profile_of_the_whole_country(chain):
    profile = chain["profile"]
    out = rows_by(profile["OUTPUT"], "desokod")
    first = out["0114A0010"]
    assert first["andel hyresrätt"] == pytest.approx(100 * 68 / 313)
    assert first["andel förgymnasial 25-64"] == pytest.approx(100 * 48 / 432)
    tenure = chain["tenure"]
    parts = ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
    upplands_vasby = tenure[tenure["region_code"].str.startswith("0114")]
    kommun = 100 * upplands_vasby["hyresrätt"].sum() / upplands_vasby[parts].sum().sum()
    assert first["andel hyresrätt kommun"] == pytest.approx(kommun)
    country = 100 * tenure["hyresrätt"].sum() / tenure[parts].sum().sum()
    assert first["andel hyresrätt riket"] == pytest.approx(country)
    assert first["andel hyresrätt diff riket"] == pytest.approx(100 * 68 / 313 - country)
    # the economic standard, the education levels, the labour market and the tenure
    assert profile["INDICATORS"] == 2 + 4 + 3 + 3


def test_indicator_profile_of_regso_from_summed_counts(chain):
    out = rows_by(chain["regso"]["OUTPUT"], "regsokod")
    tenure = chain["tenure"]
    bollstanas = tenure[tenure["region_code"].map(chain["key"]) == "0114R001"]
    parts = ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
    share = 100 * bollstanas["hyresrätt"].sum() / bollstanas[parts].sum().sum()
    row = out["0114R001"]
    assert row["andel hyresrätt"] == pytest.approx(share)
    assert row["statistics_year"] == 2022
    country = 100 * tenure["hyresrätt"].sum() / tenure[parts].sum().sum()
    assert row["andel hyresrätt riket"] == pytest.approx(country)  # all RegSO: the country
    standard = chain["standard"]
    part = standard[standard["region_code"].map(chain["key"]) == "0114R001"]
    persons = part["Antal personer totalt"]
    low = (part["Låg ekonomisk standard, procent"] * persons).sum() / persons.sum()
    assert row["andel låg ekonomisk standard"] == pytest.approx(low)  # through the persons
