"""Area types at RegSO and DeSO for 2021 and 2022, their change, the ojämlikhetsindex with
Delmos' criteria, segregation measures per kommun, and area types of own districts.

What later steps get in ``demo.results`` (styled QgsVectorLayer objects, input fields kept):

``regso_types``: the sample RegSO, 2022, with ``area_type`` (1–5, empty when a value is
missing), ``ses_index`` and the other area-type fields (docs/fields.md); V3 is SCB's official
RegSO table (economic assistance and/or long-term unemployment 20–64). Residents:
``folkmängd`` (the 2022 population summed from DeSO).

``deso_types``: the sample DeSO, 2022, the same fields; V3 is the proxy (unemployed share of
persons 16–64). Residents: ``folkmängd``.

``regso_types_2021`` / ``deso_types_2021``: the same for 2021 (residents ``2021 folkmängd``).

Every classification uses the county's own areas as reference (μ and σ of its RegSO or DeSO),
as a region without the national values would; the districts are classified against the
RegSO's μ and σ of 2022, entered.
"""

from __future__ import annotations

import csv

from qgis.core import NULL

TITLE = "Area types, change 2021–2022, ojämlikhetsindex, segregation measures, own districts"
RESIDENTS = "folkmängd"
GROUP = "Area types"
OFFICIAL_V3 = "regso_bistand_arbetsloshet_20-64_2021-2022.csv"
YEAR_FIELDS_2021 = [
    "2021 folkmängd",
    "2021 Antal personer totalt",
    "2021 förgymnasial utbildning",
    "2021 totalt 25-64 år",
    "2021 16-64 år arbetslösa",
    "2021 16-64 år totalt",
]


def _layer(demo, value):
    return demo.context.getMapLayer(value) if isinstance(value, str) else value


def _official_v3(demo, layer, year):
    result = demo.run(
        "joinstatistics",
        {
            "INPUT": layer,
            "CODE_FIELD": "regsokod",
            "STATISTICS_FILE": str(demo.sample / "scb" / OFFICIAL_V3),
            "YEARS": str(year),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    return _layer(demo, result["OUTPUT"])


def _regso_2021(demo):
    """The 2021 DeSO statistics summed to the RegSO (counts; the share through its base)."""
    aggregated = demo.run(
        "aggregateareas",
        {
            "INPUT": demo.results["deso_stats_all_years"],
            "CODE_FIELD": "desokod",
            "TARGET": 0,
            "KEY_FIELD": "regsokod",
            "COUNT_FIELDS": YEAR_FIELDS_2021,
            "SHARES": ["2021 Låg ekonomisk standard, procent", "2021 Antal personer totalt"],
            "POPULATION_FIELD": "2021 folkmängd",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    joined = demo.run(
        "joinstatistics",
        {
            "INPUT": demo.layers["regso"],
            "CODE_FIELD": "regsokod",
            "STATISTICS": _layer(demo, aggregated["OUTPUT"]),
            "STATISTICS_CODE_FIELD": "regsokod",
            # variables are chosen by their names without the year
            "VARIABLES": "; ".join(
                [f.split(" ", 1)[1] for f in YEAR_FIELDS_2021]
                + ["Låg ekonomisk standard, procent", "suppressed", "note"]
            ),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    return _layer(demo, joined["OUTPUT"])


def _classify(demo, layer, name, table, **params):
    result = demo.run("areatypes", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT", **params})
    out = _layer(demo, result["OUTPUT"])
    out.setName(name)
    demo.add_layer(out, group=GROUP, table=table, visible=False)
    counts = ", ".join(f"{t}: {result[f'TYPE_{t}']}" for t in range(1, 6))
    reference = f"over {result['N_REFERENCE']} areas" if result["N_REFERENCE"] else "entered"
    demo.say(
        f"{name}: μ = {result['MEAN']:.2f}, σ = {result['SD']:.2f} {reference}; areas per "
        f"type {counts}; without type: {result['NO_TYPE']}"
    )
    return out, result


def _write(demo, layer, name):
    """A layer's attribute table as csv (semicolon, UTF-8 with BOM, as step 20 writes)."""
    names = layer.fields().names()
    with demo.table_path(name).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(names)
        for feature in layer.getFeatures():
            writer.writerow(["" if v is None or v == NULL else v for v in feature.attributes()])


def _change(demo, params, name, table):
    result = demo.run(
        "typechange", {**params, "TRANSITIONS": "TEMPORARY_OUTPUT", "CHANGED": "TEMPORARY_OUTPUT"}
    )
    changed = _layer(demo, result["CHANGED"])
    changed.setName(name)
    demo.add_layer(changed, group=GROUP, table=table, visible=False)
    demo.say(
        f"{name}: {result['CHANGED_AREAS']} of {result['AREAS']} areas changed type, "
        f"{result['TOWARDS_CHALLENGES']} towards challenges, {result['TOWARDS_GOOD']} towards "
        "good conditions"
    )
    return _layer(demo, result["TRANSITIONS"])


def run(demo):
    regso22, regso22_result = _classify(
        demo,
        _official_v3(demo, demo.results["regso_stats"], 2022),
        "Områdestyper RegSO 2022",
        "area_types_regso_2022",
        YEAR=2022,
    )
    regso21, _ = _classify(
        demo,
        _official_v3(demo, _regso_2021(demo), 2021),
        "Områdestyper RegSO 2021",
        "area_types_regso_2021",
        YEAR=2021,
    )
    deso22, _ = _classify(
        demo,
        demo.results["deso_stats"],
        "Områdestyper DeSO 2022",
        "area_types_deso_2022",
        YEAR=2022,
    )
    deso21, _ = _classify(
        demo,
        demo.results["deso_stats_all_years"],
        "Områdestyper DeSO 2021",
        "area_types_deso_2021",
        YEAR=2021,
    )
    demo.results.update(
        regso_types=regso22, deso_types=deso22, regso_types_2021=regso21, deso_types_2021=deso21
    )

    regso_change = _change(
        demo,
        {"FIRST": regso21, "SECOND": regso22},
        "Ändrad områdestyp RegSO 2021–2022",
        "type_change_regso",
    )
    _write(demo, regso_change, "type_change_regso_2021_2022.csv")
    deso_change = _change(
        demo,
        {"FIRST": demo.results["deso_stats_all_years"], "YEAR_BEFORE": 2021, "YEAR_AFTER": 2022},
        "Ändrad områdestyp DeSO 2021–2022",
        "type_change_deso",
    )
    _write(demo, deso_change, "type_change_deso_2021_2022.csv")

    _inequality(demo, regso22)
    _segregation(demo)
    _districts(demo, regso22_result)
    _chart(demo, regso22)

    kommun = demo.layers["kommun"]
    demo.map_layers = [kommun, regso22]
    demo.map_legend = [regso22]
    demo.map_title = "Områdestyper 2022, RegSO – Exempelläns län (fictional sample)"


def _inequality(demo, regso_types):
    result = demo.run(
        "inequalityindex",
        {
            "INPUT": demo.results["deso_stats"],
            "GROUPS": 0,
            "AREA_TYPES": regso_types,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "LAN_OUTPUT": "TEMPORARY_OUTPUT",
            "KOMMUN_MAP": "TEMPORARY_OUTPUT",
        },
    )
    kommuner = _layer(demo, result["OUTPUT"])
    _write(demo, kommuner, "ojamlikhetsindex_kommuner.csv")
    _write(demo, _layer(demo, result["LAN_OUTPUT"]), "ojamlikhetsindex_lan.csv")
    kommun_map = _layer(demo, result["KOMMUN_MAP"])
    kommun_map.setName("Ojämlikhetsindex per kommun 2022")
    demo.add_layer(kommun_map, group=GROUP, table="ojamlikhetsindex_kommun", visible=False)
    rows = sorted(kommuner.getFeatures(), key=lambda f: f["rank_inequality"])
    first = rows[0]
    demo.say(
        f"ojämlikhetsindex (income quartile 1 vs 4) per kommun, criteria against "
        f"{first['ref_description']}:"
    )
    for f in rows:
        met = [
            label
            for label, field in (
                ("index ≥ mean + 1 SD", "crit_inequality"),
                ("types 1–2 ≥ mean + 1.5 SD", "crit_share"),
            )
            if f[field] not in (None, NULL) and bool(f[field])
        ]
        demo.say(
            f"  {f['name']}: {f['ojamlikhetsindex']:.1f}; {f['share_type12_pct']:.1f} % in types "
            f"1–2; {'meets ' + ' and '.join(met) if met else 'meets no criterion'}"
        )


def _segregation(demo):
    result = demo.run(
        "segregationindices",
        {
            "INPUT": demo.results["deso_stats"],
            "GROUP_FIELD": "inkomst kvartil 1",
            "TOTAL_FIELD": "inkomst totalt",
            "THEIL_FIELDS": [f"inkomst kvartil {q}" for q in (1, 2, 3, 4)],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    table = _layer(demo, result["OUTPUT"])
    _write(demo, table, "segregation_indices_kommuner.csv")
    county = next(f for f in table.getFeatures() if f["region"] == "all")
    demo.say(
        f"income quartile 1 over the county's DeSO: dissimilarity {county['dissimilarity']:.3f}, "
        f"isolation {county['isolation']:.3f}, spatial dissimilarity "
        f"{county['spatial_dissimilarity']:.3f}, multigroup Theil (four quartiles) "
        f"{county['theil_multigroup']:.3f}"
    )


def _districts(demo, regso_result):
    """Own districts: a 2 km grid over Storstad's town (its DeSO in a locality), clipped to
    the kommun; the DeSO summed into it (minimum 50 residents) and classified against the
    county's RegSO μ and σ of 2022."""
    town = _extract(demo, "deso", "\"kommunkod\" = '9901' AND substr(\"desokod\", 5, 1) = 'C'")
    storstad = _extract(demo, "kommun", "\"kommunkod\" = '9901'")
    grid = demo.run(
        "native:creategrid",
        {
            "TYPE": 2,
            "EXTENT": town.extent(),
            "HSPACING": 2000,
            "VSPACING": 2000,
            "CRS": demo.layers["kommun"].crs(),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    demo.run("native:createspatialindex", {"INPUT": _layer(demo, grid)})
    districts = demo.run(
        "native:clip",
        {"INPUT": _layer(demo, grid), "OVERLAY": storstad, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    aggregated = demo.run(
        "aggregateareas",
        {
            "INPUT": demo.results["deso_stats"],
            "CODE_FIELD": "desokod",
            "TARGET": 3,
            "DISTRICTS": _layer(demo, districts),
            "DISTRICT_ID": "id",
            "METHOD": 1,
            "POPULATION_GRID": str(demo.sample / "befolkning_250m.tif"),
            "COUNT_FIELDS": [
                RESIDENTS,
                "förgymnasial utbildning",
                "totalt 25-64 år",
                "16-64 år arbetslösa",
                "16-64 år totalt",
            ],
            "SHARES": ["Låg ekonomisk standard, procent", "Antal personer totalt"],
            "POPULATION_FIELD": RESIDENTS,
            "MIN_POPULATION": 50,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out, result = _classify(
        demo,
        _layer(demo, aggregated["OUTPUT"]),
        "Områdestyper egna områden (2 km-rutor, Storstad) 2022",
        "area_types_districts",
        YEAR=2022,
        REFERENCE=3,
        REFERENCE_MEAN=regso_result["MEAN"],
        REFERENCE_SD=regso_result["SD"],
    )
    suppressed = sum(1 for f in out.getFeatures() if f["suppressed"])
    demo.say(
        f"  {out.featureCount()} districts, {suppressed} withheld (fewer than 50 residents or no "
        "DeSO): no type, reason in type_reason"
    )


def _extract(demo, sample_layer, expression):
    params = {"INPUT": demo.layers[sample_layer], "EXPRESSION": expression}
    result = demo.run("native:extractbyexpression", {**params, "OUTPUT": "TEMPORARY_OUTPUT"})
    return _layer(demo, result["OUTPUT"])


def _chart(demo, regso_types):
    import io

    from demo_map import LAYOUTS, render_chart
    from matplotlib.figure import Figure

    from segregation_plugin.gui.area_type_chart import chart_table, draw, figure_height

    table, measure = chart_table(regso_types)
    figure = Figure(figsize=(6.0, figure_height(len(table))), dpi=120)
    draw(figure, table, measure)
    path = demo.out / "area_types_by_kommun.png"
    # exported from a layout kept in the project (as the maps are): the chart on a page of
    # the figure's size
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=240)
    width, height = (inches * 25.4 for inches in figure.get_size_inches())
    render_chart(
        demo.project,
        png.getvalue(),
        path,
        width,
        height,
        dpi=120,
        keep_as=LAYOUTS["area_types_by_kommun.png"],
    )
    demo.written.append(path)
    csv_path = demo.table_path("residents_by_area_type_kommun.csv")
    table.to_csv(csv_path, sep=";", encoding="utf-8-sig")
