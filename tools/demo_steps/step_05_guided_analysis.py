"""The guided analysis of the sample region first, as 'Analyse the sample region' runs it.

One run of ``segregation:segregationanalysis`` on the sample's DeSO and RegSO boundaries and
its folder of SCB exports (``resources/sample/scb``), every kommun, the latest year: the
area types of RegSO and DeSO, their change from the year before, the ojämlikhetsindex per
kommun and the join report, named after what they hold. The later steps then go through the
same analysis one tool at a time (and further: transit, planning).

What later steps get in ``demo.results``: ``guided_regso_types`` (the RegSO area types of
the guided run, for a check against step 30's).
"""

from __future__ import annotations

TITLE = "Guided analysis of the sample region (Segregation analysis for kommuner)"
GROUP = "Guided analysis"
TABLES = {  # output → table name in out/sample.gpkg
    "REGSO_TYPES": "guided_area_types_regso",
    "DESO_TYPES": "guided_area_types_deso",
    "CHANGED": "guided_type_change_regso",
    "TRANSITIONS": "guided_type_transitions_regso",
    "INEQUALITY": "guided_ojamlikhetsindex_kommun",
    "JOIN_REPORT": "guided_join_report",
}


def run(demo):
    from qgis.core import NULL

    from segregation_plugin.gui.sample_analysis import analysis_parameters

    result = demo.run("segregationanalysis", analysis_parameters())
    for name, table in reversed(TABLES.items()):
        layer = result.get(name)
        if layer is not None:
            demo.add_layer(layer, group=GROUP, table=table, visible=False)
    regso = result["REGSO_TYPES"]
    types = [None if f["area_type"] == NULL else f["area_type"] for f in regso.getFeatures()]
    counts = ", ".join(f"{t}: {types.count(t)}" for t in range(1, 6))
    demo.say(
        f"{result['TABLES']} SCB tables, year {result['YEAR_ANALYSED']}; "
        f"{regso.name()}: areas per type {counts}; without type: {types.count(None)}"
    )
    for name in ("DESO_TYPES", "CHANGED", "INEQUALITY", "JOIN_REPORT"):
        layer = result.get(name)
        if layer is not None:
            demo.say(f"{layer.name()}: {layer.featureCount()} rows")
    demo.results["guided_regso_types"] = regso
