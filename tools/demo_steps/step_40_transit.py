"""Public transport on the sample feed: service per stop, quality classes A–F, PTAL, access
per DeSO with the gap between area types, and the line profile of the metro (route M1)."""

from __future__ import annotations

import csv

TITLE = "Public transport: stop service, quality classes, PTAL, access per area, line profile"

DATE = "2022-10-12"  # a Wednesday; the feed covers 2022 (2022-06-06 is a holiday on Sunday service)
GROUP = "Public transport (GTFS)"
# the red-line chart: income, education and work of the areas around each station, and the
# index, from the area-type layer of step 30 (v1 = low economic standard, v2 = förgymnasial
# education, v3 = unemployed 16–64, all in %); each share goes through its base (the
# population it is a share of), the index is averaged by residents; without the layer, DeSO
# statistics chosen by name
PROFILE_AVERAGES = ("ses_index",)
PROFILE_SHARES = (
    ("v1_low_econ_pct", "Antal personer totalt"),
    ("v2_low_edu_pct", "totalt 25-64 år"),
    ("v3_pct", "16-64 år totalt"),
)
PROFILE_FIELD_HINTS = (
    "low_econ",
    "lag_ek",
    "high_econ",
    "hog_ek",
    "income",
    "inkomst",
    "employ",
    "sysselsatt",
    "forvarvs",
    "educ",
    "utbild",
    "eftergymn",
    "forgymn",
)


def run(demo):
    from demo_map import LAYOUTS, render_map
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    from segregation_plugin.processing.transit.styles import (
        style_access,
        style_profile,
        style_ptal,
        style_quality_classes,
        style_quality_raster,
        style_stop_categories,
        style_stop_service,
    )

    gtfs = str(demo.sample / "exempellan_gtfs.zip")
    population = str(demo.sample / "befolkning_250m.tif")
    skipped = []

    # 1. service per stop
    result = demo.run(
        "gtfsstopservice",
        {
            "GTFS": gtfs,
            "DATE": DATE,
            "START": "06:00",
            "END": "20:00",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOURLY": "TEMPORARY_OUTPUT",
        },
    )
    service = _layer(demo, result["OUTPUT"])
    style_stop_service(service)
    demo.add_layer(service, group=GROUP, table="transit_stop_service", visible=False)
    _write_layer_csv(service, demo.table_path("transit_stop_service.csv"))
    _write_layer_csv(
        _layer(demo, result["HOURLY"]), demo.table_path("transit_departures_per_hour.csv")
    )
    busiest = max(service.getFeatures(), key=lambda f: f["departures"])
    demo.say(
        f"{DATE}, 06–20: {result['DEPARTURES']:,} departures at {result['STOPS']} stops; busiest "
        f"{busiest['stop_name']} ({busiest['departures']}, every {busiest['interval_min']:.1f} min)"
    )

    # 2. quality classes A–F (polygons, stops with category, raster)
    raster_path = demo.out / "transit_quality_classes_100m.tif"
    result = demo.run(
        "transitqualityclasses",
        {
            "GTFS": gtfs,
            "DATE": DATE,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "STOPS": "TEMPORARY_OUTPUT",
            "RASTER": str(raster_path),
            "CELL_SIZE": 100,
        },
    )
    classes = _layer(demo, result["OUTPUT"])
    style_quality_classes(classes)
    stops = _layer(demo, result["STOPS"])
    style_stop_categories(stops)
    raster = QgsRasterLayer(str(raster_path), "Quality classes (raster 100 m)")
    style_quality_raster(raster)
    demo.add_layer(raster, group=GROUP, visible=False)
    demo.add_layer(classes, group=GROUP, table="transit_quality_classes")
    demo.add_layer(stops, group=GROUP, table="transit_stop_categories")
    demo.results["quality_classes"] = classes  # field quality_class: A–F (class_rank 1–6)
    _write_layer_csv(classes, demo.table_path("transit_quality_classes.csv"))
    demo.say(
        "quality classes (km²): "
        + ", ".join(f"{f['quality_class']} {f['area_km2']:.1f}" for f in classes.getFeatures())
    )

    # 3. PTAL on a 100 m grid
    result = demo.run(
        "ptal",
        {
            "GTFS": gtfs,
            "DATE": DATE,
            "MODE": 0,
            "AREAS": demo.layers["kommun"],
            "CELL_SIZE": 100,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    grid = _layer(demo, result["OUTPUT"])
    style_ptal(grid)
    demo.add_layer(grid, group=GROUP, table="transit_ptal_100m", visible=False)
    bands = {}
    for f in grid.getFeatures():
        bands[f["ptal_band"]] = bands.get(f["ptal_band"], 0) + 1
    demo.say(
        "PTAL 100 m cells with access: " + ", ".join(f"{b} {n}" for b, n in sorted(bands.items()))
    )

    # 4. access per DeSO (population from the 250 m grid) and the gap between area types
    areas = _first(
        demo.results.get("deso_types"), demo.results.get("deso_stats"), demo.layers["deso"]
    )
    typed = _has_field(areas, "area_type")
    if not typed and demo.results.get("regso_types") is not None:
        areas, typed = demo.results["regso_types"], True
    if not typed:
        skipped.append("gap table by area type (no layer with area_type yet: issue 4)")
    result = demo.run(
        "transitaccessbyarea",
        {
            "GTFS": gtfs,
            "DATE": DATE,
            "AREAS": areas,
            "TYPE_FIELD": "area_type" if typed else "",
            "POP_RASTER": population,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    access = _layer(demo, result["OUTPUT"])
    style_access(access)
    demo.add_layer(access, group=GROUP, table="transit_access_per_area", visible=False)
    _write_layer_csv(access, demo.table_path("transit_access_per_area.csv"))
    total = sum(f["residents"] or 0 for f in access.getFeatures())
    in_ab = sum((f["residents"] or 0) * (f["pct_AB"] or 0) / 100 for f in access.getFeatures())
    demo.say(f"residents in class A–B: {in_ab:,.0f} of {total:,.0f} ({100 * in_ab / total:.1f} %)")
    if result.get("GAP_TABLE"):
        gap = _layer(demo, result["GAP_TABLE"])
        _write_layer_csv(gap, demo.table_path("transit_gap_by_area_type.csv"))
        last = list(gap.getFeatures())[-1]
        demo.say(
            f"gap, type 1–2 minus 4–5 areas: {last['pct_class_AB']:+.1f} points in class A–B, "
            f"{last['pct_class_EF_none']:+.1f} in E–F or without class"
        )

    # 5. line profile of the metro, direction 0
    stats = _first(demo.results.get("deso_types"), demo.results.get("deso_stats"))
    profile_areas = _first(stats, demo.layers["deso"])
    fields, shares = _profile_fields(profile_areas) if stats is not None else ([], [])
    if not (fields or shares):
        skipped.append(
            "statistics in the line profile (no DeSO statistics yet: issue 3; residents only)"
        )
    chart = demo.tables_dir / "line_profile_M1.png"
    demo.tables_dir.mkdir(parents=True, exist_ok=True)
    result = demo.run(
        "lineprofile",
        {
            "GTFS": gtfs,
            "ROUTE": "M1",
            "DIRECTION": 0,
            "DATE": DATE,
            "AREAS": profile_areas,
            "FIELDS": fields,
            "SHARES": [name for pair in shares for name in pair],
            "TYPE_FIELD": "area_type" if _has_field(profile_areas, "area_type") else "",
            "POP_RASTER": population,
            "RADIUS": 800,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CHART": str(chart),
        },
    )
    profile = _layer(demo, result["OUTPUT"])
    style_profile(profile)
    demo.add_layer(profile, group=GROUP, table="transit_line_profile_m1")
    _write_layer_csv(profile, demo.table_path("line_profile_M1.csv"))
    demo.written.append(chart)
    demo.say(
        f"line profile {result['ROUTE_NAME']}: {profile.featureCount()} stations, chart {chart.name}"
    )

    # a map of the quality classes around the regional centre, to look at
    outline = demo.layers.get("kommun")
    layers = [layer for layer in (profile, classes, outline) if isinstance(layer, QgsVectorLayer)]
    extent = classes.extent()
    extent.scale(0.55)
    path = render_map(
        demo.project,
        layers,
        demo.out / "transit_quality_classes.png",
        f"Quality classes A–F and metro line T1, {DATE} 06–20 (fictional)",
        extent=extent,
        legend_layers=[classes, profile],
        keep_as=LAYOUTS["transit_quality_classes.png"],
    )
    demo.written.append(path)
    if skipped:
        demo.say("skipped until merged: " + "; ".join(skipped))


def _layer(demo, value):
    """processing.run gives temporary outputs as layers, file outputs as paths."""
    return value if hasattr(value, "fields") else demo.context.getMapLayer(value)


def _first(*layers):
    """The first of ``layers`` that is not None (a layer without features is falsy)."""
    return next((layer for layer in layers if layer is not None), None)


def _has_field(layer, name: str) -> bool:
    return layer is not None and layer.fields().indexOf(name) >= 0


def _profile_fields(layer) -> tuple:
    """(averages, [(share, base)]) for the line profile: the index and the area-type shares
    with their bases, else number fields chosen by name (as averages)."""
    names = layer.fields().names()
    wanted = list(PROFILE_AVERAGES) + [n for pair in PROFILE_SHARES for n in pair]
    if all(name in names for name in wanted):
        return list(PROFILE_AVERAGES), list(PROFILE_SHARES)
    chosen = []
    for field in layer.fields():
        if not field.isNumeric():
            continue
        name = field.name().lower()
        if any(hint in name for hint in PROFILE_FIELD_HINTS):
            chosen.append(field.name())
    return chosen[:4], []


def _write_layer_csv(layer, path) -> None:
    names = [f.name() for f in layer.fields()]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for feature in layer.getFeatures():
            writer.writerow(
                ["" if v is None or str(v) == "NULL" else v for v in feature.attributes()]
            )
