"""Import the sample's SCB exports, join them to the DeSO, aggregate to RegSO and kommun.

What later steps get in ``demo.results`` (QgsVectorLayer objects):

``deso_stats``: the sample DeSO (desokod, regsokod, kommunkod, ...) with the 2022 statistics,
plain field names:

- population: ``folkmängd`` (sum of ``totalt ålder män`` + ``totalt ålder kvinnor``)
- V1: ``Låg ekonomisk standard, procent`` (share, %) with its base ``Antal personer totalt``;
  also ``Hög ekonomisk standard, procent`` (same base)
- V2 (25–64 at DeSO level): ``förgymnasial utbildning`` (count) and ``totalt 25-64 år`` (the
  sum of the five education levels incl. ``uppgift om utbildningsnivå saknas``); the other
  levels ``gymnasial utbildning``, ``eftergymnasial utbildning, mindre än 3 år``,
  ``eftergymnasial utbildning, 3 år eller mer``
- V3 proxy (unemployed 16–64): ``16-64 år arbetslösa`` (count), ``16-64 år totalt`` (16–64
  total); also ``16-64 år sysselsatta``
- income quartiles of persons 20+: ``inkomst kvartil 1`` … ``inkomst kvartil 4``,
  ``inkomst totalt``
- tenure (dwellings): ``hyresrätt``, ``bostadsrätt``, ``äganderätt``, ``uppgift saknas``

``deso_stats_all_years``: the same fields for 2021 and 2022, named ``<year> <field>``
(``2021 folkmängd``, ``2022 Låg ekonomisk standard, procent``, ``2021 16-64 år arbetslösa``...).

``regso_stats`` / ``kommun_stats``: the sample RegSO (regsokod, regsonamn...) / kommun layers with
the 2022 DeSO statistics aggregated: the counts above summed; ``Låg ekonomisk standard,
procent`` and ``Hög ekonomisk standard, procent`` rebuilt from share × ``Antal personer
totalt``; ``andel förgymnasial utbildning`` = 100 · förgymnasial / totalt 25-64 år and
``andel arbetslösa 16-64 år`` = 100 · arbetslösa / totalt 16–64; plus ``source_areas``,
``missing_values``, ``population``, ``suppressed`` and ``note`` (see docs/fields.md).
"""

from __future__ import annotations

import csv

from qgis.core import NULL

TITLE = "Import SCB statistics, join them to DeSO, aggregate to RegSO and kommun"

# (file in resources/sample/scb, total to add, variables to join, prefix)
TABLES = [
    ("deso_folkmangd_alder_kon_2021-2022.csv", ("totalt ålder", "folkmängd"), "folkmängd", ""),
    ("deso_ekonomisk_standard_2021-2022.csv", None, "", ""),
    ("deso_utbildningsniva_25-64_2021-2022.xlsx", ("*", "totalt 25-64 år"), "", ""),
    (
        "deso_arbetsmarknadsstatus_16-64_2021-2022.csv",
        None,
        "sysselsatta; arbetslösa; totalt",
        "16-64 år ",
    ),
    ("deso_inkomstkvartiler_20-_2021-2022.xlsx", None, "", "inkomst "),
    ("deso_upplatelseform_2021-2022.xlsx", None, "", ""),
]
COUNTS = [
    "folkmängd",
    "Antal personer totalt",
    "förgymnasial utbildning",
    "totalt 25-64 år",
    "16-64 år arbetslösa",
    "16-64 år totalt",
    "inkomst kvartil 1",
    "inkomst kvartil 2",
    "inkomst kvartil 3",
    "inkomst kvartil 4",
    "inkomst totalt",
    "hyresrätt",
    "bostadsrätt",
    "äganderätt",
    "uppgift saknas",
]
SHARES = [
    "Låg ekonomisk standard, procent",
    "Antal personer totalt",
    "Hög ekonomisk standard, procent",
    "Antal personer totalt",
]
RATIOS = [
    "förgymnasial utbildning",
    "totalt 25-64 år",
    "andel förgymnasial utbildning",
    "16-64 år arbetslösa",
    "16-64 år totalt",
    "andel arbetslösa 16-64 år",
]

AGGREGATED = [
    *COUNTS,
    *SHARES[::2],
    *RATIOS[2::3],
    "source_areas",
    "missing_values",
    "population",
    "suppressed",
    "note",
]


def _import(demo, name, total):
    params = {"INPUT": str(demo.sample / "scb" / name), "OUTPUT": "TEMPORARY_OUTPUT"}
    if total:
        params.update({"TOTAL_OF": total[0], "TOTAL_NAME": total[1]})
    result = demo.run("importscbtable", params)
    demo.say(f"import {name}: {result['ROWS']} rows, {result['SUPPRESSED']} suppressed cells")
    return _layer(demo, result["OUTPUT"])


def _join_all(demo, tables, years, reports):
    layer = demo.layers["deso"]
    for (name, _, variables, prefix), table in zip(TABLES, tables):
        result = demo.run(
            "joinstatistics",
            {
                "INPUT": layer,
                "CODE_FIELD": "desokod",
                "STATISTICS": table,
                "YEARS": years,
                "VARIABLES": variables,
                "PREFIX": prefix,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "REPORT": "TEMPORARY_OUTPUT",
            },
        )
        layer = _layer(demo, result["OUTPUT"])
        report = _layer(demo, result["REPORT"])
        for feature in report.getFeatures():
            reports.append({"table": name, "years": years or "all", **_attributes(feature)})
    return layer


def _layer(demo, value):
    """processing.run returns layers for TEMPORARY_OUTPUT; ids or paths otherwise."""
    return demo.context.getMapLayer(value) if isinstance(value, str) else value


def _attributes(feature):
    return dict(zip(feature.fields().names(), feature.attributes()))


def _aggregate_and_join(demo, deso_stats, target, areas, code_field):
    aggregated = demo.run(
        "aggregateareas",
        {
            "INPUT": deso_stats,
            "CODE_FIELD": "desokod",
            "TARGET": target,
            "KEY_FIELD": "regsokod" if target == 0 else None,
            "COUNT_FIELDS": COUNTS,
            "SHARES": SHARES,
            "RATIOS": RATIOS,
            "POPULATION_FIELD": "folkmängd",
            "MIN_POPULATION": 50,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    table = _layer(demo, aggregated["OUTPUT"])
    joined = demo.run(
        "joinstatistics",
        {
            "INPUT": areas,
            "CODE_FIELD": code_field,
            "STATISTICS": table,
            "STATISTICS_CODE_FIELD": code_field,
            "VARIABLES": "; ".join(AGGREGATED),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    return _layer(demo, joined["OUTPUT"])


def run(demo):
    tables = [_import(demo, name, total) for name, total, _, _ in TABLES]
    reports = []
    deso_stats = _join_all(demo, tables, "2022", reports)
    deso_all = _join_all(demo, tables, "", reports)
    deso_stats.setName("DeSO med statistik 2022")
    deso_all.setName("DeSO med statistik 2021–2022")
    regso_stats = _aggregate_and_join(demo, deso_stats, 0, demo.layers["regso"], "regsokod")
    regso_stats.setName("RegSO med statistik 2022 (summerad från DeSO)")
    kommun_stats = _aggregate_and_join(demo, deso_stats, 1, demo.layers["kommun"], "kommunkod")
    kommun_stats.setName("Kommuner med statistik 2022 (summerad från DeSO)")

    for layer, table in (
        (deso_all, "deso_statistics_2021_2022"),
        (kommun_stats, "kommun_statistics"),
        (regso_stats, "regso_statistics"),
        (deso_stats, "deso_statistics"),
    ):
        demo.add_layer(layer, group="Statistics", table=table, visible=False)
    demo.results.update(
        {
            "deso_stats": deso_stats,
            "deso_stats_all_years": deso_all,
            "regso_stats": regso_stats,
            "kommun_stats": kommun_stats,
        }
    )

    path = demo.table_path("join_report.csv")
    columns = ["table", "years", "check", "severity", "kommun", "year", "count", "codes", "message"]
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=";", extrasaction="ignore")
        writer.writeheader()
        for row in reports:
            writer.writerow({k: ("" if v is None or v == NULL else v) for k, v in row.items()})
    _summary(demo, deso_stats, regso_stats, kommun_stats, reports)


def _summary(demo, deso_stats, regso_stats, kommun_stats, reports):
    matched = [r["count"] for r in reports if r["check"] == "matched" and r["years"] == "2022"]
    demo.say(
        f"DeSO 2022: {min(matched)}–{max(matched)} of {deso_stats.featureCount()} DeSO got "
        f"values from each of the {len(TABLES)} tables"
    )
    for row in reports:
        if row["years"] == "2022" and row["check"] == "suppressed values":
            demo.say(f"  {row['table']}: {row['message'].split(':')[0]}")
    total = sum(f["folkmängd"] or 0 for f in kommun_stats.getFeatures())
    demo.say(
        f"RegSO: {regso_stats.featureCount()}, kommuner: {kommun_stats.featureCount()}; "
        f"population 2022 summed from DeSO: {total:,.0f}"
    )
    for feature in kommun_stats.getFeatures():
        low, note = feature["Låg ekonomisk standard, procent"], feature["note"]
        if low == NULL:
            demo.say(f"{feature['kommunnamn']}: low economic standard withheld ({note})")
        else:
            demo.say(
                f"{feature['kommunnamn']}: low economic standard {low:.1f} % (Σ shares × persons)"
            )
