"""Planning and tenure mix on the sample: the whole decision workflow.

1. the tenure mix per DeSO (compared with the kommun and the county) and per RegSO;
2. the sample's planned projects up to 2030 with their flags, and the projected mix;
3. a proposed split for the largest project in a type 1–2 area;
4. the planning table for the översiktsplan's development areas and the regional-plan nodes
   (residents by area type, best quality class, tenure mix today and projected, planned
   dwellings, rentals to reach the kommun's rental share);
5. the sample's population grid summed per DeSO;
6. the planner's question: which development areas with class A–B service lie in type 4–5
   areas dominated by äganderätt, and how many rentals would balance them?

What later steps get in ``demo.results``: ``tenure_mix`` (DeSO), ``tenure_mix_regso``,
``projects_flagged``, ``projected_mix``, ``tenure_split``, ``planning_table`` (development
areas), ``planning_table_nodes``, ``zonal_population``.
"""

from __future__ import annotations

TITLE = "Planning and tenure: mix, planned projects, a split, planning tables, the question"

GROUP = "Planning and tenure"
UP_TO_YEAR = 2030
RASTER = "befolkning_250m.tif"
# the planner's question as a QGIS expression on the planning table (Select by expression)
TYPE_CONDITION = 'AND ("residents_type_4" + "residents_type_5") > 0.5 * "residents" '
QUESTION = (
    "\"best_class\" IN ('A', 'B') "
    + TYPE_CONDITION
    + "AND \"projected_dominant_tenure\" = 'äganderätt'"
)
ANSWER_FIELDS = (
    "plan_layer",
    "plan_id",
    "namn",
    "kommunkod",
    "best_class",
    "share_class_A",
    "share_class_B",
    "residents",
    "residents_type_4",
    "residents_type_5",
    "projected_share_hyresratt",
    "projected_share_aganderatt",
    "planned_hyresratt",
    "planned_total",
    "kommun_share_hyresratt",
    "rentals_to_kommun_share",
)


def _layer(demo, value):
    """processing.run gives temporary outputs as layers, file outputs as paths or ids."""
    return value if hasattr(value, "fields") else demo.context.getMapLayer(value)


def _has(layer, name) -> bool:
    return layer is not None and layer.fields().indexOf(name) >= 0


def _value(feature, name):
    value = feature[name]
    return None if value is None or str(value) == "NULL" else value


def _csv(layer, path) -> None:
    """Write ``layer``'s attributes to ``path`` with QGIS's own CSV writer."""
    from qgis.core import QgsVectorFileWriter

    from segregation_plugin.processing import compat

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "CSV"
    options.fileEncoding = "UTF-8"
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), layer.transformContext(), options
    )
    if result[0] != compat.WRITER_NO_ERROR:
        raise RuntimeError(f"could not write {path}: {result[1]}")


def _typed(demo, layer):
    """``layer`` with area_type and ses_index of demo.results["deso_types"] joined, or None
    when the area types are not there (issue 4)."""
    types = demo.results.get("deso_types")
    if not _has(types, "area_type"):
        return None
    result = demo.run(
        "joinstatistics",
        {
            "INPUT": layer,
            "CODE_FIELD": "desokod",
            "STATISTICS": types,
            "STATISTICS_CODE_FIELD": "desokod",
            "VARIABLES": "area_type; ses_index" if _has(types, "ses_index") else "area_type",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    return _layer(demo, result["OUTPUT"])


def tenure(demo):
    from segregation_plugin.processing.planning.styles import style_tenure_mix

    stats = demo.results.get("deso_stats")
    source = (
        {"INPUT": stats}
        if _has(stats, "hyresrätt")
        else {
            "INPUT": demo.layers["deso"],
            "FILE": str(demo.sample / "scb" / "deso_upplatelseform_2021-2022.xlsx"),
            "YEAR": 2022,
        }
    )
    result = demo.run(
        "tenuremix",
        {
            **source,
            "CODE_FIELD": "desokod",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REFERENCES": "TEMPORARY_OUTPUT",
        },
    )
    deso = _layer(demo, result["OUTPUT"])
    references = _layer(demo, result["REFERENCES"])
    typed = _typed(demo, deso)
    deso = typed or deso
    deso.setName("Tenure mix per DeSO 2022")
    style_tenure_mix(deso)
    result = demo.run(
        "tenuremix",
        {
            **source,
            "CODE_FIELD": "desokod",
            "LEVEL": 1,
            "KEY_FIELD": "regsokod",
            "FILL": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    regso = _layer(demo, result["OUTPUT"])
    regso.setName("Tenure mix per RegSO 2022 (summed from DeSO)")
    style_tenure_mix(regso, fill="entropy")
    demo.add_layer(regso, group=GROUP, table="tenure_mix_regso", visible=False)
    demo.add_layer(deso, group=GROUP, table="tenure_mix_deso", visible=False)
    _csv(deso, demo.table_path("tenure_mix_deso.csv"))
    _csv(references, demo.table_path("tenure_mix_kommun_county.csv"))
    demo.results.update({"tenure_mix": deso, "tenure_mix_regso": regso})
    for f in references.getFeatures():
        demo.say(
            f"{f['level']} {f['code']}: hyresrätt {f['share_hyresratt']:.1f} %, bostadsrätt "
            f"{f['share_bostadsratt']:.1f} %, äganderätt {f['share_aganderatt']:.1f} % of "
            f"{f['dwellings_known']:,.0f} dwellings (uppgift saknas {f['dwellings_unknown']:,.0f})"
        )
    one_sided = sum(1 for f in deso.getFeatures() if _value(f, "one_sided"))
    demo.say(f"DeSO one-sided (≥ 70 % one tenure): {one_sided} of {deso.featureCount()}")
    _check_regso(demo, regso)
    return deso, typed is not None


def _check_regso(demo, regso):
    """The RegSO sums against issue 3's 'Aggregate areas' (regso_stats), if there."""
    stats = demo.results.get("regso_stats")
    if not _has(stats, "hyresrätt"):
        return
    theirs = {f["regsokod"]: _value(f, "hyresrätt") for f in stats.getFeatures()}
    ours = {f["regsokod"]: _value(f, "dwellings_hyresratt") for f in regso.getFeatures()}
    same = sum(1 for k, v in ours.items() if v is not None and theirs.get(k) == v)
    demo.say(f"RegSO hyresrätt equal to 'Aggregate areas' in {same} of {len(ours)} RegSO")


def projects(demo, deso):
    from segregation_plugin.processing.planning.styles import style_projects, style_tenure_mix

    result = demo.run(
        "plannedhousing",
        {
            "PROJECTS": demo.layers["planerade_bostader"],
            "AREAS": deso,
            "AREA_KEY": "desokod",
            "UP_TO_YEAR": UP_TO_YEAR,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "PROJECTED": "TEMPORARY_OUTPUT",
        },
    )
    flagged = _layer(demo, result["OUTPUT"])
    projected = _layer(demo, result["PROJECTED"])
    flagged.setName(f"Planned projects up to {UP_TO_YEAR} with flags")
    projected.setName(f"Projected tenure mix per DeSO {UP_TO_YEAR}")
    style_projects(flagged)
    style_tenure_mix(projected, prefix="projected_")
    demo.add_layer(projected, group=GROUP, table="tenure_mix_projected", visible=False)
    demo.add_layer(flagged, group=GROUP, table="projects_flagged")
    _csv(flagged, demo.table_path("projects_flagged.csv"))
    demo.results.update({"projects_flagged": flagged, "projected_mix": projected})
    flags = {}
    for f in flagged.getFeatures():
        flags[_value(f, "flag") or "none"] = flags.get(_value(f, "flag") or "none", 0) + 1
    counted = sum(1 for f in flagged.getFeatures() if _value(f, "counted"))
    demo.say(
        f"projects up to {UP_TO_YEAR}: {counted} of {flagged.featureCount()} counted; flags "
        + ", ".join(f"{k} {v}" for k, v in sorted(flags.items()))
    )
    red = [
        f"{f['projekt_id']} {f['namn']}"
        for f in flagged.getFeatures()
        if _value(f, "flag") in ("reinforces", "makes_one_sided")
    ]
    demo.say(f"red flags (reasons in the tool's warnings above): {'; '.join(red) or 'none'}")
    return flagged


def split(demo, deso, flagged, typed):
    types = {f["desokod"]: _value(f, "area_type") for f in deso.getFeatures()} if typed else {}
    candidates = [f for f in flagged.getFeatures() if _value(f, "area")]
    if typed:
        candidates = [f for f in candidates if types.get(f["area"]) in (1, 2)]
    else:
        demo.say("no area types yet (issue 4): the split below is for the largest project overall")
    if not candidates:
        demo.say("no project lies in a type 1–2 area; no split proposed")
        return None
    largest = max(candidates, key=lambda f: (f["planned_total"] or 0, f["projekt_id"]))
    pid = largest["projekt_id"]
    result = demo.run(
        "tenuresplit",
        {
            "PROJECTS": demo.layers["planerade_bostader"],
            "AREAS": deso,
            "AREA_KEY": "desokod",
            "PROJECT": pid,
            "PRIVATE_KEEPS": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    table = _layer(demo, result["OUTPUT"])
    table.setName(f"Tenure split proposal for {pid}")
    demo.add_layer(table, group=GROUP, table="tenure_split", visible=False)
    _csv(table, demo.table_path(f"tenure_split_{pid}.csv"))
    demo.results["tenure_split"] = table
    where = f"type {int(types[largest['area']])} area" if typed else "area"
    demo.say(
        f"split for {pid} {largest['namn']} ({largest['planned_total']:.0f} dwellings, "
        f"{largest['markagare']} land) in {where} {largest['area']}; 'before' is today's "
        "dwellings plus the area's other projects counted:"
    )
    for f in table.getFeatures():
        if f["state"] == "target":
            continue
        own = ""
        if _value(f, "split_hyresratt") is not None:
            own = (
                f" [project {f['split_hyresratt']:.0f}/{f['split_bostadsratt']:.0f}/"
                f"{f['split_aganderatt']:.0f}]"
            )
        demo.say(
            f"  {f['state']:<21} hyresrätt {f['share_hyresratt']:5.1f} %, bostadsrätt "
            f"{f['share_bostadsratt']:5.1f} %, äganderätt {f['share_aganderatt']:5.1f} %; "
            f"distance to the kommun mix {f['distance_to_target']:.1f}{own}"
        )
    return table


def planning_tables(demo, deso, typed):
    from segregation_plugin.processing.planning.styles import style_planning_table

    classes = demo.results.get("quality_classes")
    if classes is None:
        demo.say("no quality classes (issue 5 step missing): the tables have no best class")
    common = {
        "AREAS": deso,
        "AREA_KEY": "desokod",
        "TYPE_FIELD": "area_type" if typed else "",
        "POP_FIELD": "folkmängd" if _has(deso, "folkmängd") else None,
        "POP_RASTER": str(demo.sample / RASTER),
        "QUALITY": classes,
        "PROJECTS": demo.layers["planerade_bostader"],
        "UP_TO_YEAR": UP_TO_YEAR,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    tables = {}
    for key, plan_key, name, table_name in (
        (
            "op_markanvandning",
            "omrade_id",
            "Planning table: development areas (ÖP)",
            "planning_table",
        ),
        (
            "regionplan_noder",
            "nod_id",
            "Planning table: regional-plan nodes",
            "planning_table_nodes",
        ),
    ):
        result = demo.run(
            "planningoverlay", {**common, "PLANS": demo.layers[key], "PLAN_KEY": plan_key}
        )
        layer = _layer(demo, result["OUTPUT"])
        layer.setName(name)
        style_planning_table(layer, "namn")
        demo.add_layer(layer, group=GROUP, table=table_name, visible=key == "op_markanvandning")
        _csv(layer, demo.table_path(f"{table_name}.csv"))
        demo.results[table_name] = layer
        tables[key] = layer
    for f in tables["regionplan_noder"].getFeatures():
        demo.say(
            f"node {f['nod_id']} {f['namn']}: best class {_value(f, 'best_class') or '–'}, "
            f"{_value(f, 'residents') or 0:,.0f} residents, {f['planned_total']:,.0f} planned "
            f"dwellings, dominant tenure after the projects {_value(f, 'projected_dominant_tenure')}"
        )
    return tables


def zonal(demo):
    from segregation_plugin.processing.planning.styles import style_zonal

    result = demo.run(
        "zonalraster",
        {
            "RASTER": str(demo.sample / RASTER),
            "ZONES": demo.layers["deso"],
            "KEY_FIELD": "desokod",
            "THRESHOLD": 50,
            "PREFIX": "grid_",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    layer = _layer(demo, result["OUTPUT"])
    layer.setName("Population grid per DeSO (zonal statistics)")
    style_zonal(layer, "grid_sum")
    demo.add_layer(layer, group=GROUP, table="zonal_population", visible=False)
    _csv(layer, demo.table_path("zonal_population_deso.csv"))
    demo.results["zonal_population"] = layer
    total = sum(f["grid_sum"] or 0 for f in layer.getFeatures())
    stats = demo.results.get("deso_stats")
    same = ""
    if _has(stats, "folkmängd"):
        folk = {f["desokod"]: _value(f, "folkmängd") for f in stats.getFeatures()}
        equal = sum(1 for f in layer.getFeatures() if folk.get(f["desokod"]) == f["grid_sum"])
        same = f"; equal to the DeSO's folkmängd in {equal} of {layer.featureCount()} DeSO"
    dense = sum(1 for f in layer.getFeatures() if (f["grid_share_above"] or 0) > 0)
    demo.say(
        f"population grid per DeSO: {total:,.0f} persons{same}; {dense} DeSO have cells with "
        "more than 50 persons"
    )


def question(demo, tables, typed):
    """Answer the planner's question with the expression a planner types in QGIS, on the
    planning tables of both plan layers (development areas and regional-plan nodes)."""
    import csv

    from qgis.core import QgsFeatureRequest

    demo.say("question: which development areas with class A–B service lie in type 4–5 areas")
    demo.say("dominated by äganderätt, and how many rentals would balance them?")
    expression = QUESTION
    if not typed:
        expression = QUESTION.replace(TYPE_CONDITION, "")
        demo.say(
            "  the type-based parts wait for issue 4 (area types): the answer below leaves out "
            "'in type 4–5 areas'"
        )
    demo.say(f"  select by expression: {expression}")
    rows = []
    for key, id_field in (("op_markanvandning", "omrade_id"), ("regionplan_noder", "nod_id")):
        table = tables[key]
        for f in table.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
            row = {n: _value(f, n) for n in ANSWER_FIELDS if _has(table, n)}
            row.update(plan_layer=key, plan_id=f[id_field])
            rows.append(row)
    names = [n for n in ANSWER_FIELDS if any(n in r for r in rows)] or list(ANSWER_FIELDS[:3])
    path = demo.table_path("planning_question.csv")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if row.get(n) is None else row[n] for n in names])
    if not rows:
        demo.say("  answer: no development area or node meets the conditions")
    for r in rows:
        ab = (r.get("share_class_A") or 0) + (r.get("share_class_B") or 0)
        planned = (
            f"{r['planned_hyresratt']:,.0f} of its {r['planned_total']:,.0f} planned dwellings "
            "are rentals"
            if r.get("planned_total")
            else "no projects are planned there"
        )
        types = ""
        if typed:
            share = (r["residents_type_4"] + r["residents_type_5"]) / r["residents"] * 100
            types = f"{share:.0f} % of its {r['residents']:,.0f} residents in type 4–5 areas, "
        demo.say(
            f"  {r['plan_id']} {r['namn']}: best class {r['best_class']} ({ab:.0f} % of it in "
            f"A–B), {types}äganderätt {r['projected_share_aganderatt']:.0f} % after the planned "
            f"projects (hyresrätt {r['projected_share_hyresratt']:.0f} %, the kommun's "
            f"{r['kommun_share_hyresratt']:.0f} %): {r['rentals_to_kommun_share']:,.0f} more "
            f"rentals would bring it to the kommun's rental share ({planned})"
        )


def tenure_map(demo, deso, flagged):
    from demo_map import LAYOUTS, render_map
    from qgis.core import QgsFeatureRequest, QgsRectangle

    extent = QgsRectangle()
    extent.setMinimal()
    for f in flagged.getFeatures(QgsFeatureRequest().setFilterExpression("\"kommunkod\" = '9901'")):
        extent.combineExtentWith(f.geometry().boundingBox())
    if extent.isEmpty():
        extent = deso.extent()
    extent.grow(2500)
    kommun = demo.layers.get("kommun")
    layers = [flagged, deso] + ([kommun] if kommun is not None else [])
    path = render_map(
        demo.project,
        layers,
        demo.out / "tenure_mix.png",
        f"Tenure mix per DeSO 2022 and planned projects up to {UP_TO_YEAR}, Storstad (fictional)",
        extent=extent,
        legend_layers=[flagged, deso],
        keep_as=LAYOUTS["tenure_mix.png"],
    )
    demo.written.append(path)


def run(demo):
    deso, typed = tenure(demo)
    flagged = projects(demo, deso)
    split(demo, deso, flagged, typed)
    tables = planning_tables(demo, deso, typed)
    zonal(demo)
    question(demo, tables, typed)
    tenure_map(demo, deso, flagged)
