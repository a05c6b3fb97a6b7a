"""segregation:segregationanalysis — the guided analysis on the sample region.

One run gives the area types the plugin's tools give step by step (demo steps 20 and 30),
names its outputs after what they hold, keeps the chosen kommuner, writes nothing when
cancelled, and names the SCB table a folder lacks.
"""

from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.helpers.feedback import CapturingFeedback
from tests.helpers.paths import SAMPLE

GPKG = SAMPLE / "exempellan.gpkg"
OUTPUTS = ("REGSO_TYPES", "DESO_TYPES", "CHANGED", "TRANSITIONS", "INEQUALITY", "JOIN_REPORT")


def _layer(name):
    return QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")


def _params(folder=SAMPLE / "scb", **extra):
    params = {
        "STATISTICS_FOLDER": str(folder),
        "DESO": _layer("deso"),
        "REGSO": _layer("regso"),
        **{name: "TEMPORARY_OUTPUT" for name in OUTPUTS},
    }
    params.update(extra)
    return params


def _types(layer, code_field):
    return {f[code_field]: f["area_type"] for f in layer.getFeatures()}


@pytest.fixture(scope="module")
def county(qgis_processing):
    """The guided analysis of the whole sample county, run once for the module."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    from tests.helpers.provider import ensure_provider

    ensure_provider()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = CapturingFeedback()
    results = processing.run(
        "segregation:segregationanalysis", _params(), context=context, feedback=feedback
    )
    yield results, feedback
    results.clear()
    context.temporaryLayerStore().removeAllMapLayers()


def test_one_run_gives_the_area_types_of_the_tools_run_step_by_step(county, statistics_runner):
    import processing

    results, _ = county
    runner = statistics_runner  # demo step 20: imports, joins, aggregation, one tool at a time
    regso = processing.run(
        "segregation:joinstatistics",
        {
            "INPUT": runner.results["regso_stats"],
            "CODE_FIELD": "regsokod",
            "STATISTICS_FILE": str(
                SAMPLE / "scb" / "regso_bistand_arbetsloshet_20-64_2021-2022.csv"
            ),
            "YEARS": "2022",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        context=runner.context,
    )["OUTPUT"]
    by_hand = {
        "regso": processing.run(
            "segregation:areatypes",
            {"INPUT": regso, "YEAR": 2022, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=runner.context,
        )["OUTPUT"],
        "deso": processing.run(
            "segregation:areatypes",
            {"INPUT": runner.results["deso_stats"], "YEAR": 2022, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=runner.context,
        )["OUTPUT"],
    }
    guided_regso = _types(results["REGSO_TYPES"], "regsokod")
    guided_deso = _types(results["DESO_TYPES"], "desokod")
    assert len(guided_regso) == 162 and len(guided_deso) == 322
    assert guided_regso == _types(by_hand["regso"], "regsokod")
    assert guided_deso == _types(by_hand["deso"], "desokod")
    # the RegSO of 2022 per type (V3 SCB's official RegSO table; 3 RegSO withheld, < 50 residents)
    counts = [list(guided_regso.values()).count(t) for t in (1, 2, 3, 4, 5)]
    assert counts == [8, 11, 43, 89, 8]


def test_outputs_are_named_after_what_they_hold(county):
    results, _ = county
    assert results["YEAR_ANALYSED"] == 2022
    assert results["TABLES"] == 8  # of the sample's 11 files: 3 are the csv of an xlsx
    assert results["REGSO_TYPES"].name() == "Area types RegSO 2022 — Exempelläns län"
    assert results["DESO_TYPES"].name() == "Area types DeSO 2022 — Exempelläns län"
    assert results["CHANGED"].name() == "Changed area type RegSO 2021–2022 — Exempelläns län"
    assert results["INEQUALITY"].name() == (
        "Ojämlikhetsindex and criteria per kommun 2022 — Exempelläns län"
    )
    assert results["JOIN_REPORT"].name() == "Join report 2021–2022 — Exempelläns län"


def test_the_change_the_inequality_and_the_join_report(county):
    results, feedback = county
    transitions = {f["from_type"]: f for f in results["TRANSITIONS"].getFeatures()}
    assert sum(transitions[str(t)]["areas_total"] for t in (1, 2, 3, 4, 5)) == 162
    assert results["CHANGED"].featureCount() == 21  # RegSO whose type changed 2021 → 2022
    kommuner = {f["region"]: f for f in results["INEQUALITY"].getFeatures()}
    assert sorted(kommuner) == ["9901", "9902", "9903", "9904", "9905", "9906"]
    assert round(kommuner["9901"]["ojamlikhetsindex"], 1) == 33.3
    report = list(results["JOIN_REPORT"].getFeatures())
    # six DeSO tables × two years joined to the DeSO, and SCB's RegSO table to the RegSO
    joined = {(f["table"], f["joined_year"]) for f in report}
    assert len(joined) == 14
    assert ("regso_bistand_arbetsloshet_20-64_2021-2022.csv", 2022) in joined
    # the xlsx and csv exports of the same table: read once
    assert any(
        "deso_ekonomisk_standard_2021-2022.xlsx is the same table" in line
        for line in feedback.infos
    )


def test_the_chosen_kommun_only(run_alg):
    results = run_alg("segregationanalysis", _params(AREAS="9901", YEAR=2022))
    regso = list(results["REGSO_TYPES"].getFeatures())
    assert {f["kommunkod"] for f in regso} == {"9901"} and len(regso) == 84
    assert {f["desokod"][:4] for f in results["DESO_TYPES"].getFeatures()} == {"9901"}
    assert results["REGSO_TYPES"].name() == "Area types RegSO 2022 — 9901 Storstad"
    transitions = {f["from_type"]: f for f in results["TRANSITIONS"].getFeatures()}
    assert transitions["total"]["areas_total"] == 84
    assert [f["region"] for f in results["INEQUALITY"].getFeatures()] == ["9901"]


def test_a_missing_table_is_named_with_its_scb_code(tmp_path, run_alg, project_layers):
    folder = tmp_path / "scb"
    folder.mkdir()
    for path in (SAMPLE / "scb").iterdir():
        if "utbildning" not in path.name:
            shutil.copy(path, folder)
    params = _params(folder)
    params["DESO"] = project_layers(_layer("deso"))
    params["REGSO"] = project_layers(_layer("regso"))
    with pytest.raises(QgsProcessingException) as error:
        run_alg("segregationanalysis", params)
    message = str(error.value)
    assert "000005MO" in message and "Befolkning 25-64 år efter region" in message
    assert "000006TA" not in message  # the tables it has are not asked for


def test_a_code_that_is_neither_kommun_nor_lan_is_named(run_alg, project_layers):
    params = _params(AREAS="0180, 99x")
    params["DESO"] = project_layers(_layer("deso"))
    params["REGSO"] = project_layers(_layer("regso"))
    with pytest.raises(QgsProcessingException, match="'99x' is neither a kommun code"):
        run_alg("segregationanalysis", params)


class CancelWhile(CapturingFeedback):
    """Presses Cancel when a message contains ``text``."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def pushInfo(self, info):  # noqa: N802
        super().pushInfo(info)
        if self.text in info:
            self.cancel()


@pytest.mark.parametrize("text", ["Summing the DeSO to RegSO", "Area types of the DeSO (2022)"])
def test_cancel_mid_run_leaves_no_output(tmp_path, run_alg, project_layers, text):
    params = _params(**{name: str(tmp_path / f"{name.lower()}.gpkg") for name in OUTPUTS})
    params["DESO"] = project_layers(_layer("deso"))
    params["REGSO"] = project_layers(_layer("regso"))
    feedback = CancelWhile(text)
    results = run_alg("segregationanalysis", params, feedback)
    assert feedback.isCanceled()
    assert not any(name in results for name in OUTPUTS)
    assert list(tmp_path.iterdir()) == []
    assert any("nothing was written" in error for error in feedback.errors)


def test_without_the_deso_labour_market_the_regso_still_get_types(tmp_path, run_alg, feedback):
    folder = tmp_path / "scb"
    folder.mkdir()
    for path in (SAMPLE / "scb").iterdir():
        if "arbetsmarknad" not in path.name:
            shutil.copy(path, folder)
    results = run_alg("segregationanalysis", _params(folder, YEAR=2022), feedback)
    types = [f["area_type"] for f in results["REGSO_TYPES"].getFeatures()]
    assert [types.count(t) for t in (1, 2, 3, 4, 5)] == [8, 11, 43, 89, 8]  # official V3
    assert "DESO_TYPES" not in results
    assert any("000007A8" in warning for warning in feedback.warnings)


def test_the_area_types_carry_the_indicator_profile(county):
    """Each RegSO's share with förgymnasial education from its counts, and its kommun's
    from the kommun's summed counts (not an average of shares)."""
    results, _ = county
    rows = [f for f in results["REGSO_TYPES"].getFeatures() if f["totalt 25-64 år"]]
    for f in rows[:5]:
        share = 100 * f["förgymnasial utbildning"] / f["totalt 25-64 år"]
        assert f["andel förgymnasial 25-64"] == pytest.approx(share)
    kommun = [f for f in rows if f["regsokod"].startswith("9901")]
    pre = sum(f["förgymnasial utbildning"] for f in kommun)
    total = sum(f["totalt 25-64 år"] for f in kommun)
    assert kommun[0]["andel förgymnasial 25-64 kommun"] == pytest.approx(100 * pre / total)
    assert "andel hyresrätt" in results["REGSO_TYPES"].fields().names()
    assert "andel låg ekonomisk standard" in results["DESO_TYPES"].fields().names()


def test_an_official_area_type_export_in_the_folder_is_compared(county, tmp_path, run_alg):
    """SCB's official types (here the guided run's own with two RegSO changed, one by one
    type and one by two) are recognised in the folder and compared: (n − 2) / n identical,
    (n − 1) / n within one type."""
    import csv

    from tests.helpers.official_export import write_csv

    own = [f for f in county[0]["REGSO_TYPES"].getFeatures() if f["area_type"]]
    regions = [(f"{f['kommunnamn']} ({f['regsonamn']})", f["area_type"]) for f in own]
    first, second = regions[0], regions[1]
    regions[0] = (first[0], first[1] + 1 if first[1] < 5 else first[1] - 1)
    regions[1] = (second[0], second[1] + 2 if second[1] < 4 else second[1] - 2)
    folder = tmp_path / "scb"
    shutil.copytree(SAMPLE / "scb", folder)
    write_csv(folder / "omradestyper_regso_2022.csv", regions, year=2022)
    names = {f["regsokod"]: f["regsonamn"] for f in _layer("regso").getFeatures()}
    key = tmp_path / "key.csv"
    with open(key, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("Kommun", "Kommunnamn", "DeSO_2018", "RegSO_2020", "RegSOkod_2020"))
        for f in _layer("deso").getFeatures():
            writer.writerow(
                (f["kommunkod"], f["kommunnamn"], f["desokod"], names[f["regsokod"]], f["regsokod"])
            )
    results = run_alg(
        "segregationanalysis",
        _params(folder, KEY_TABLE=str(key), YEAR=2022, OFFICIAL_AGREEMENT="TEMPORARY_OUTPUT"),
    )
    n = len(own)
    assert results["TABLES"] == 8  # the official export is not imported as statistics
    assert results["SHARE_IDENTICAL"] == pytest.approx(100 * (n - 2) / n)
    assert results["SHARE_WITHIN_ONE"] == pytest.approx(100 * (n - 1) / n)
    agreement = results["OFFICIAL_AGREEMENT"]
    assert agreement.name() == (
        "Agreement with SCB's official area types RegSO 2022 — Exempelläns län"
    )
    rows = {(f["measure"], f["own_type"]): f for f in agreement.getFeatures()}
    assert rows[("areas", "all")]["official_all"] == n
