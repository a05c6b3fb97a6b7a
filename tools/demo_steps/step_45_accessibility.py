"""Accessibility by public transport on the sample: jobs reachable within 45 minutes per
DeSO and by area type (residents of type 1–2 areas against type 4–5 areas), from the
sample's workplaces (malpunkter.gpkg, layer arbetsplatser, field antal_anstallda)."""

from __future__ import annotations

import csv

TITLE = "Accessibility: jobs reachable within 45 minutes by public transport, by area type"

DATE = "2022-10-12"  # a Wednesday
GROUP = "Public transport (GTFS)"


def run(demo):
    gtfs = str(demo.sample / "exempellan_gtfs.zip")
    population = str(demo.sample / "befolkning_250m.tif")
    jobs = f"{demo.sample / 'malpunkter.gpkg'}|layername=arbetsplatser"
    areas = next(
        (
            layer
            for layer in (demo.results.get("deso_types"), demo.results.get("regso_types"))
            if layer is not None and layer.fields().indexOf("area_type") >= 0
        ),
        None,
    )
    typed = areas is not None
    if not typed:
        areas = demo.layers["deso"]
    # departures 07:00–08:00 every minute (the tool's default; range RAPTOR routes the
    # window at once, so this costs little more than every 5 minutes)
    result = demo.run(
        "transitopportunities",
        {
            "GTFS": gtfs,
            "DATE": DATE,
            "START": "07:00",
            "END": "08:00",
            "STEP_MINUTES": 1,
            "AREAS": areas,
            "TYPE_FIELD": "area_type" if typed else "",
            "POP_RASTER": population,
            "DESTINATIONS": jobs,
            "WEIGHT_FIELD": "antal_anstallda",
            "CUTOFFS": "30,45,60",
            "GAP_CUTOFF": 45,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    per_area = _layer(demo, result["OUTPUT"])
    demo.add_layer(per_area, group=GROUP, table="jobs_within_reach_per_area", visible=False)
    _write_layer_csv(per_area, demo.table_path("jobs_within_reach_per_area.csv"))
    _draw(demo, gtfs, per_area, typed)
    if not typed or not result.get("GAP_TABLE"):
        demo.say("skipped until merged: the gap by area type (no layer with area_type yet)")
        return
    gap = _layer(demo, result["GAP_TABLE"])
    _write_layer_csv(gap, demo.table_path("jobs_within_45min_by_area_type.csv"))
    rows = {f["area_type"]: f for f in gap.getFeatures()}
    low, high = rows["1–2"], rows["4–5"]
    demo.say(
        "jobs within 45 min by public transport, per resident: type 1–2 areas "
        f"{low['opp_45min_per_resident']:,.0f} ({low['pct_region_45min']:.1f} % of the county's), "
        f"type 4–5 areas {high['opp_45min_per_resident']:,.0f} "
        f"({high['pct_region_45min']:.1f} %); median time to the nearest workplace "
        f"{low['median_nearest_min']:.1f} and {high['median_nearest_min']:.1f} min"
    )


def _draw(demo, gtfs, per_area, typed):
    """Two maps to look at: jobs within 45 minutes per area, and isochrones from the type 1
    area (any area without types) that reaches the median number of jobs among them."""
    from demo_map import render_map
    from qgis.core import QgsFeature, QgsSingleSymbolRenderer, QgsVectorLayer

    from segregation_plugin.processing.outputs import marker_symbol

    outline = demo.layers.get("kommun")
    under = [outline] if outline is not None else []
    per_area.setName("Jobs within 45 min (median, 07–08)")
    path = render_map(
        demo.project,
        [per_area, *under],
        demo.out / "jobs_within_45min.png",
        f"Jobs reachable within 45 min by public transport from each DeSO, {DATE} (fictional)",
        legend_layers=[per_area],
    )
    demo.written.append(path)
    none = sum(1 for f in per_area.getFeatures() if not f["opp_45min"])
    demo.say(
        f"{none} of {per_area.featureCount()} areas reach no job within 45 min from their "
        "population-weighted centre (on the sample every one of these centres lies more than "
        "800 m walked from any stop; the tool's 'every populated cell' starts from where "
        "each resident lives instead, slower)"
    )
    names = [f.name() for f in per_area.fields()]
    code = next((n for n in ("desokod", "regsokod") if n in names), names[0])
    candidates = [
        f
        for f in per_area.getFeatures()
        if f["opp_45min"] is not None and (not typed or f["area_type"] == 1)
    ]
    if not candidates:
        return
    candidates.sort(key=lambda f: f["opp_45min"])
    area = candidates[len(candidates) // 2]
    start = QgsVectorLayer("Point?crs=EPSG:3006&field=name:string", "start", "memory")
    feature = QgsFeature(start.fields())
    feature.setGeometry(area.geometry().pointOnSurface())
    feature["name"] = str(area[code])
    start.dataProvider().addFeatures([feature])
    start.setRenderer(QgsSingleSymbolRenderer(marker_symbol("#e31a1c", size=3.5, width=0.5)))
    start.setName(f"Start: {area[code]} (point on surface)")
    result = demo.run(
        "transitisochrones",
        {
            "GTFS": gtfs,
            "DATE": DATE,
            "START": "07:00",
            "END": "08:00",
            "STEP_MINUTES": 1,
            "ORIGINS": start,
            "BANDS": "15,30,45,60",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    bands = demo.add_layer(_layer(demo, result["OUTPUT"]), group=GROUP, visible=False)
    bands.setName(f"Isochrones from {area[code]}")
    extent = bands.extent()
    path = render_map(
        demo.project,
        [start, bands, *under],
        demo.out / "isochrones.png",
        f"By public transport from {area[code]} (type 1), {DATE} 07–08, median (fictional)",
        extent=extent,
        legend_layers=[start, bands],
    )
    demo.written.append(path)
    demo.say(f"maps: {', '.join(p.name for p in demo.written[-2:])}")


def _layer(demo, value):
    """processing.run gives temporary outputs as layers, file outputs as paths."""
    return value if hasattr(value, "fields") else demo.context.getMapLayer(value)


def _write_layer_csv(layer, path) -> None:
    names = [f.name() for f in layer.fields()]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for feature in layer.getFeatures():
            writer.writerow(
                ["" if v is None or str(v) == "NULL" else v for v in feature.attributes()]
            )
