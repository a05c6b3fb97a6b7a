"""segregation:areatypes and segregation:typechange through Processing, on the sample's
statistics layers as the demo builds them (tests/helpers/sample_steps.py)."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import NULL, QgsProcessingException

from segregation_plugin.core.areatypes.area_types import (
    TYPE_NAMES_EN,
    TYPE_NAMES_SV,
    Reference,
    classify_areas,
)
from segregation_plugin.core.areatypes.ses_index import V3_OFFICIAL, V3_PROXY_UNEMPLOYED, Indicator
from segregation_plugin.processing.frames import source_to_frame
from tests.helpers.layers import rows_by
from tests.helpers.paths import SAMPLE

V1 = Indicator.share("Låg ekonomisk standard, procent")
V2 = Indicator.counts("förgymnasial utbildning", "totalt 25-64 år")
V3 = Indicator.counts("16-64 år arbetslösa", "16-64 år totalt")
OFFICIAL_V3 = SAMPLE / "scb" / "regso_bistand_arbetsloshet_20-64_2021-2022.csv"


def plain(value):
    """A type as int, or None for QGIS's NULL and pandas' NA."""
    return None if value is None or value == NULL or value is pd.NA else int(value)


def test_regso_types_equal_core_with_fields_guessed(run_alg, sample_stats, feedback):
    result = run_alg(
        "areatypes",
        {"INPUT": sample_stats["regso_stats"], "YEAR": 2022, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback,
    )
    frame = source_to_frame(sample_stats["regso_stats"], geometry=False)
    core = classify_areas(frame, V1, V2, V3, year=2022, suppressed="suppressed")
    counts = core.counts()
    assert [result[f"TYPE_{t}"] for t in range(1, 6)] == [counts[t] for t in range(1, 6)]
    assert result["NO_TYPE"] == counts[None] == 3  # RegSO with a suppressed DeSO value
    assert result["MEAN"] == pytest.approx(core.mean) and result["SD"] == pytest.approx(core.sd)
    assert result["N_REFERENCE"] == 159
    out = result["OUTPUT"]
    assert out.featureCount() == 162
    rows = rows_by(out, "regsokod")
    assert {c: plain(f["area_type"]) for c, f in rows.items()} == dict(
        zip(frame["regsokod"], map(plain, core.table["area_type"]))
    )
    row = rows["9901R001"]
    assert row["ref_mean"] == pytest.approx(core.mean) and row["stat_year"] == 2022
    # the default is national; the sample (kommuner 99xx) is not the country, no national
    # table is given, so the layer is the reference and says so
    assert row["ref_description"] == (
        "all areas in the layer — not national: no national table given and none stored for "
        "RegSO 2022"
    )
    assert row["ref_n_areas"] == 159
    assert row["v2_age_group"] == "25–64" and row["v3_definition"] == V3_PROXY_UNEMPLOYED
    assert row["folkmängd"] == sample_stats["regso_stats"].getFeature(row.id())["folkmängd"]
    missing = rows["9901R010"]
    assert missing["area_type"] == NULL and missing["type_reason"].startswith("V1 missing")
    text = "\n".join(feedback.infos)
    assert f"μ = {core.mean:.3f}, σ = {core.sd:.3f}" in text and "159 areas, 2022" in text
    assert "V1 guessed from the field names: share field 'Låg ekonomisk standard, procent'" in text


def test_reference_options(run_alg, sample_stats):
    layer = sample_stats["regso_stats"]
    frame = source_to_frame(layer, geometry=False)
    by_code = run_alg(
        "areatypes",
        {"INPUT": layer, "REFERENCE": 2, "REFERENCE_REGION": "9901", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    by_expression = run_alg(
        "areatypes",
        {
            "INPUT": layer,
            "REFERENCE": 1,
            "REFERENCE_EXPRESSION": "\"kommunkod\" = '9901'",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    core = classify_areas(
        frame,
        V1,
        V2,
        V3,
        suppressed="suppressed",
        reference=Reference.region(frame["regsokod"], "9901"),
    )
    # Storstad's 84 RegSO less 9901R010, whose DeSO value is suppressed
    assert by_code["N_REFERENCE"] == by_expression["N_REFERENCE"] == core.n_reference == 83
    assert by_code["MEAN"] == pytest.approx(core.mean) == by_expression["MEAN"]
    storstad = rows_by(by_expression["OUTPUT"], "regsokod")
    assert storstad["9902R001"]["in_reference"] is False and storstad["9901R001"]["in_reference"]
    assert storstad["9901R001"]["ref_description"] == "areas where \"kommunkod\" = '9901'"
    assert rows_by(by_code["OUTPUT"], "regsokod")["9902R001"]["ref_description"] == (
        "areas in kommun 9901"
    )
    given = run_alg(
        "areatypes",
        {
            "INPUT": layer,
            "REFERENCE": 3,
            "REFERENCE_MEAN": 12.0,
            "REFERENCE_SD": 6.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    core = classify_areas(
        frame, V1, V2, V3, suppressed="suppressed", reference=Reference.given(12, 6)
    )
    assert [given[f"TYPE_{t}"] for t in range(1, 6)] == [core.counts()[t] for t in range(1, 6)]
    row = next(given["OUTPUT"].getFeatures())
    assert (row["ref_mean"], row["ref_sd"], row["ref_n_areas"]) == (12.0, 6.0, NULL)
    assert row["ref_description"] == "national μ and σ entered by the user"


def test_official_v3_at_regso(run_alg, sample_stats):
    joined = run_alg(
        "joinstatistics",
        {
            "INPUT": sample_stats["regso_stats"],
            "STATISTICS_FILE": str(OFFICIAL_V3),
            "YEARS": "2022",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    result = run_alg("areatypes", {"INPUT": joined, "OUTPUT": "TEMPORARY_OUTPUT"})
    row = rows_by(result["OUTPUT"], "regsokod")["9901R001"]
    assert row["v3_definition"] == V3_OFFICIAL
    # V3 = 100 × assisted / persons 20–64 of SCB's table: 9901R001 in 2022
    source = rows_by(joined, "regsokod")["9901R001"]
    v3 = (
        100
        * source["Antal med ekonomiskt bistånd och/eller långvarig arbetslöshet"]
        / source["Antal personer 20-64 år"]
    )
    assert row["v3_pct"] == pytest.approx(v3)
    assert row["v3_pct"] == pytest.approx(source["Andel, procent"], abs=0.05)  # SCB's rounded share


def test_styled_output_speaks_the_ui_language(run_alg, sample_stats):
    from segregation_plugin.i18n import install_translators

    def labels():
        out = run_alg(
            "areatypes", {"INPUT": sample_stats["deso_stats"], "OUTPUT": "TEMPORARY_OUTPUT"}
        )["OUTPUT"]
        renderer = out.renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "area_type"
        return [c.label() for c in renderer.categories()], [
            c.value() for c in renderer.categories()
        ]

    try:
        install_translators("sv")
        swedish, values = labels()
        install_translators("en")
        english, _ = labels()
    finally:
        install_translators("en")
    assert len(swedish) == 6 and values[:5] == [1, 2, 3, 4, 5] and values[5] in ("", None, NULL)
    assert swedish[:5] == [f"{t} – {TYPE_NAMES_SV[t]}" for t in range(1, 6)]
    assert swedish[5] == "Ingen typ (saknad eller undertryckt statistik)"
    assert english[:5] == [f"{t} – {TYPE_NAMES_EN[t]}" for t in range(1, 6)]


def test_missing_v3_and_the_two_variable_index(run_alg, sample_stats, project_layers):
    from qgis.core import QgsVectorLayer

    gpkg = SAMPLE / "exempellan.gpkg"
    regso = project_layers(QgsVectorLayer(f"{gpkg}|layername=regso", "regso", "ogr"))
    with pytest.raises(QgsProcessingException, match="V1 is not chosen"):
        run_alg("areatypes", {"INPUT": regso, "OUTPUT": "TEMPORARY_OUTPUT"})
    # a layer with V1 and V2 only: V3 must be chosen or knowingly left out
    only_two = run_alg(
        "native:deletecolumn",
        {
            "INPUT": sample_stats["deso_stats"],
            "COLUMN": ["16-64 år arbetslösa"],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    only_two = project_layers(only_two)
    with pytest.raises(QgsProcessingException, match="V3 is not chosen"):
        run_alg("areatypes", {"INPUT": only_two, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="not both"):
        run_alg(
            "areatypes",
            {
                "INPUT": only_two,
                "V1_SHARE": "Låg ekonomisk standard, procent",
                "V1_NUMERATOR": "folkmängd",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    result = run_alg(
        "areatypes", {"INPUT": only_two, "WITHOUT_V3": True, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    row = next(result["OUTPUT"].getFeatures())
    assert row["index_definition"].startswith("(V1 + V2) / 2") and row["v3_pct"] == NULL
    with pytest.raises(QgsProcessingException, match="four numbers"):
        run_alg(
            "areatypes",
            {
                "INPUT": only_two,
                "WITHOUT_V3": True,
                "THRESHOLDS": "2, x",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    with pytest.raises(QgsProcessingException, match="Enter both the mean"):
        run_alg(
            "areatypes",
            {"INPUT": only_two, "WITHOUT_V3": True, "REFERENCE": 3, "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_chosen_fields_and_thresholds(run_alg, sample_stats):
    layer = sample_stats["deso_stats"]
    result = run_alg(
        "areatypes",
        {
            "INPUT": layer,
            "V1_SHARE": "Låg ekonomisk standard, procent",
            "V2_NUMERATOR": "förgymnasial utbildning",
            "V2_DENOMINATOR": "totalt 25-64 år",
            "V3_NUMERATOR": "16-64 år arbetslösa",
            "V3_DENOMINATOR": "16-64 år totalt",
            "THRESHOLDS": "1.5, 0.5, 0, -0.5",
            "MIN_POPULATION": 1000,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    frame = source_to_frame(layer, geometry=False)
    core = classify_areas(
        frame,
        V1,
        V2,
        V3,
        multipliers=(1.5, 0.5, 0, -0.5),
        population_field="folkmängd",
        min_population=1000,
    )
    assert [result[f"TYPE_{t}"] for t in range(1, 6)] == [core.counts()[t] for t in range(1, 6)]
    small = [f for f in result["OUTPUT"].getFeatures() if f["folkmängd"] < 1000]
    assert small and all(f["area_type"] == NULL for f in small)
    assert (
        small[0]["type_reason"] == "suppressed: fewer than 1000 residents (minimum-population rule)"
    )


def test_type_change_between_two_area_type_layers(run_alg, sample_stats):
    deso_all = sample_stats["deso_stats_all_years"]
    years = {
        y: run_alg("areatypes", {"INPUT": deso_all, "YEAR": y, "OUTPUT": "TEMPORARY_OUTPUT"})
        for y in (2021, 2022)
    }
    result = run_alg(
        "typechange",
        {
            "FIRST": years[2021]["OUTPUT"],
            "SECOND": years[2022]["OUTPUT"],
            "TRANSITIONS": "TEMPORARY_OUTPUT",
            "CHANGED": "TEMPORARY_OUTPUT",
        },
    )
    table = rows_by(result["TRANSITIONS"], "from_type")
    assert list(table) == ["1", "2", "3", "4", "5", "no type", "total"]
    assert table["total"]["areas_total"] == result["AREAS"] == 322
    # each row sums to the first year's areas of that type, each column to the second year's
    for t in range(1, 6):
        assert table[str(t)]["areas_total"] == years[2021][f"TYPE_{t}"]
        assert table["total"][f"areas_{t}"] == years[2022][f"TYPE_{t}"]
    residents = sum(f["2022 folkmängd"] for f in deso_all.getFeatures())
    assert table["total"]["residents_total"] == pytest.approx(residents)
    changed = result["CHANGED"]
    assert changed.featureCount() == result["CHANGED_AREAS"] > 0
    assert result["TOWARDS_CHALLENGES"] + result["TOWARDS_GOOD"] == result["CHANGED_AREAS"]
    moved = sum(table[str(t)]["areas_total"] - table[str(t)][f"areas_{t}"] for t in range(1, 6))
    assert (
        moved - sum(table[str(t)]["areas_no_type"] for t in range(1, 6)) == result["CHANGED_AREAS"]
    )
    feature = next(changed.getFeatures())
    assert feature["type_before"] != feature["type_after"]
    assert feature["type_shift"] == feature["type_after"] - feature["type_before"]
    assert changed.renderer().type() == "RuleRenderer"

    # the same from the one layer with both years, classified inside the tool
    one = run_alg(
        "typechange",
        {"FIRST": deso_all, "TRANSITIONS": "TEMPORARY_OUTPUT", "CHANGED": "TEMPORARY_OUTPUT"},
    )
    assert (one["CHANGED_AREAS"], one["TOWARDS_GOOD"]) == (
        result["CHANGED_AREAS"],
        result["TOWARDS_GOOD"],
    )
    same = rows_by(one["TRANSITIONS"], "from_type")
    assert all(same[k].attributes() == table[k].attributes() for k in table)


def test_type_change_needs_two_years(run_alg, sample_stats, project_layers):
    layer = project_layers(sample_stats["deso_stats"].clone())
    with pytest.raises(QgsProcessingException, match="two years"):
        run_alg(
            "typechange",
            {"FIRST": layer, "TRANSITIONS": "TEMPORARY_OUTPUT", "CHANGED": "TEMPORARY_OUTPUT"},
        )
    with pytest.raises(QgsProcessingException, match="run Area types on it first"):
        run_alg(
            "typechange",
            {
                "FIRST": layer,
                "SECOND": layer,
                "TRANSITIONS": "TEMPORARY_OUTPUT",
                "CHANGED": "TEMPORARY_OUTPUT",
            },
        )


def _districts():
    """Four quarters of the county and a small square in a corner outside it (no DeSO)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    gpkg = SAMPLE / "exempellan.gpkg"
    extent = QgsVectorLayer(f"{gpkg}|layername=deso", "deso", "ogr").extent()
    x0, y0, x1, y1 = extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=namn:string", "stadsdelar", "memory")
    parts = {
        "sydväst": (x0, y0, xm, ym),
        "nordväst": (x0, ym, xm, y1),
        "sydost": (xm, y0, x1, ym),
        "nordost": (xm, ym, x1, y1),
        "hörnet": (x0 - 500, y1, x0, y1 + 500),
    }
    features = []
    for name, (a, b, c, d) in parts.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(a, b, c, d)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _aggregate_to_districts(run_alg, sample_stats, districts, minimum):
    return run_alg(
        "aggregateareas",
        {
            "INPUT": sample_stats["deso_stats"],
            "TARGET": 3,
            "DISTRICTS": districts,
            "DISTRICT_ID": "namn",
            "METHOD": 1,
            "COUNT_FIELDS": [
                "folkmängd",
                "förgymnasial utbildning",
                "totalt 25-64 år",
                "16-64 år arbetslösa",
                "16-64 år totalt",
            ],
            "SHARES": ["Låg ekonomisk standard, procent", "Antal personer totalt"],
            "POPULATION_FIELD": "folkmängd",
            "MIN_POPULATION": minimum,
            "ALLOW_PARTIAL": True,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "ASSIGNMENT": "TEMPORARY_OUTPUT",
        },
    )


def test_own_districts_with_the_minimum_population(run_alg, sample_stats):
    districts = _districts()
    aggregated = _aggregate_to_districts(
        run_alg, sample_stats, districts, 50
    )  # the default minimum
    result = run_alg(
        "areatypes",
        {
            "INPUT": aggregated["OUTPUT"],
            "REFERENCE": 3,
            "REFERENCE_MEAN": 10.0,
            "REFERENCE_SD": 8.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = rows_by(result["OUTPUT"], "namn")
    corner = out["hörnet"]
    assert corner["suppressed"] and corner["area_type"] == NULL and corner["ses_index"] == NULL
    assert corner["type_reason"] == "suppressed: too few residents (minimum-population rule)"
    assert corner["note"] == "no DeSO assigned to this district"
    assert result["NO_TYPE"] == 1 and all(
        out[q]["area_type"] != NULL for q in ("sydväst", "nordost")
    )
    # a district's V1 is Σ(share × persons) / Σ persons over its DeSO, not a mean of shares
    deso = {f["desokod"]: f for f in sample_stats["deso_stats"].getFeatures()}
    members = [
        deso[f["source"]]
        for f in aggregated["ASSIGNMENT"].getFeatures()
        if f["target"] == "nordost" and deso[f["source"]]["Låg ekonomisk standard, procent"] != NULL
    ]
    persons = sum(f["Antal personer totalt"] for f in members)
    low = sum(f["Låg ekonomisk standard, procent"] * f["Antal personer totalt"] for f in members)
    assert out["nordost"]["v1_low_econ_pct"] == pytest.approx(low / persons)
    # with a higher minimum the smallest quarter is withheld too, and says why
    smallest = min(("sydväst", "nordväst", "sydost", "nordost"), key=lambda q: out[q]["folkmängd"])
    minimum = int(out[smallest]["folkmängd"]) + 1
    raised = _aggregate_to_districts(run_alg, sample_stats, districts, minimum)
    typed = run_alg(
        "areatypes",
        {
            "INPUT": raised["OUTPUT"],
            "REFERENCE": 3,
            "REFERENCE_MEAN": 10.0,
            "REFERENCE_SD": 8.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    row = rows_by(typed["OUTPUT"], "namn")[smallest]
    assert row["area_type"] == NULL and row["type_reason"].startswith("suppressed")
    assert row["note"].endswith(f"< {minimum:,.0f}: values withheld")
    assert typed["NO_TYPE"] == 2
