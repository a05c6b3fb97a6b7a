"""The public-transport tools on awkward input: empty area layers, areas without geometry or
CRS, a raster beside the areas, grids too large to build, Cancel; and what they write to the
log (the route-type mapping, the directions). Each gives a result or a clear message, never
a traceback."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.helpers.layers import memory_layer, square
from tests.helpers.paths import SAMPLE
from tests.helpers.transit_feeds import stops_txt, write_feed

GTFS = str(SAMPLE / "exempellan_gtfs.zip")
POPULATION = str(SAMPLE / "befolkning_250m.tif")
DATE = "2022-10-12"
SAMPLE_AREA = square(573500, 6561000, 1000)  # around Storstad centrum (metro, bus, tram)
FIELDS = {"folk": int, "inkomst": float, "area_type": int}


def areas(project_layers, rows, crs="EPSG:3006"):
    return project_layers(memory_layer("Polygon", FIELDS, rows, crs=crs))


def empty_areas(project_layers):
    return areas(project_layers, [])


def no_geometry_areas(project_layers):
    return areas(project_layers, [(None, {"folk": 500, "inkomst": 250.0, "area_type": 1})])


def error_of(run_alg, alg, params) -> str:
    with pytest.raises(QgsProcessingException) as error:
        run_alg(alg, params)
    message = str(error.value)
    assert "Traceback" not in message, message
    return message


# --- the route-type mapping in the log ----------------------------------------------------------
def drt_feed(tmp_path):
    """Närtrafik (1501) from A to B every 10 minutes 08:00–09:00, and a flight (1100)."""
    times = "".join(
        f"n{k},08:{10 * k:02d}:00,08:{10 * k:02d}:00,A,1\nn{k},08:{10 * k + 5:02d}:00,"
        f"08:{10 * k + 5:02d}:00,B,2\n"
        for k in range(6)
    )
    return str(
        write_feed(
            tmp_path,
            routes="route_id,route_short_name,route_type\nN,Närtrafik,1501\nF,Flyg,1100\n",
            trips="route_id,service_id,trip_id,direction_id\n"
            + "".join(f"N,WK,n{k},0\n" for k in range(6))
            + "F,WK,f1,0\n",
            stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + times
            + "f1,08:00:00,08:00:00,C,1\nf1,09:00:00,09:00:00,B,2\n",
        )
    )


@pytest.mark.parametrize("include", [False, True])
def test_count_demand_responsive_routes_switches_trafiklabs_1501(
    run_alg, feedback, tmp_path, include
):
    result = run_alg(
        "transitqualityclasses",
        {
            "GTFS": drt_feed(tmp_path),
            "DATE": DATE,
            "START": "08:00",
            "END": "09:00",
            "INCLUDE_DRT": include,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "STOPS": "TEMPORARY_OUTPUT",
            "RASTER": None,
        },
        feedback=feedback,
    )
    stops = {f["stop_id"]: f for f in result["STOPS"].getFeatures()}
    if include:  # 6 departures in the hour → interval 60 / 3 = 20 min, bus: category V
        assert (stops["A"]["departures"], stops["A"]["stop_type"]) == (6, "C")
        assert stops["A"]["category"] == "V"
    else:
        assert (stops["A"]["departures"], stops["A"]["stop_type"]) == (0, "")
    log = "\n".join(feedback.infos)
    assert "Stop types from route types: A (rail and metro) 1, 2, 12, 100-199, 300-699" in log
    assert "In no stop type and not counted: route types 8-10, 1100-1199, 1600-1799" in log
    assert ("Left out: route types 715, 1500-1599" in log) != include
    assert "1100 air (1 routes) → not counted" in log
    assert ("1501 demand-responsive (1 routes) → left out" in log) != include
    assert any("Route types 1100 are in no stop type" in w for w in feedback.warnings)


# --- PTAL ---------------------------------------------------------------------------------------
def two_way_feed(tmp_path, with_direction=False, far_stop=False):
    """Bus L: A → B → C six times and C → B → A four times in the peak hour, optionally
    without direction_id; optionally a stop Z at 0,0 (a typo in a feed) on another route."""
    trips, times = [], []
    for n, order, d in ((6, "ABC", 0), (4, "CBA", 1)):
        for k in range(n):
            trip = f"{order}{k}"
            minute = 16 + k * (40 // n)
            trips.append(f"L,WK,{trip}" + (f",{d}" if with_direction else ""))
            for seq, stop in enumerate(order):
                t = f"08:{minute + 2 * seq:02d}:00"
                times.append(f"{trip},{t},{t},{stop},{seq + 1}")
    routes = "route_id,route_short_name,route_type\nL,L,3\n"
    stops = stops_txt(("A", -500, 0), ("B", 0, 0), ("C", 500, 0))
    if far_stop:
        routes += "Z,Z,3\n"
        for k in (1, 2):
            trips.append(f"Z,WK,z{k}" + (",0" if with_direction else ""))
            times += [f"z{k},08:{10 * k}:00,08:{10 * k}:00,Z,1", f"z{k},08:5{k}:00,08:5{k}:00,A,2"]
        stops += "Z,Nollpunkten,0.0,0.0,,\n"
    header = "route_id,service_id,trip_id" + (",direction_id" if with_direction else "")
    return str(
        write_feed(
            tmp_path,
            stops=stops,
            routes=routes,
            trips="\n".join([header, *trips]) + "\n",
            stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "\n".join(times)
            + "\n",
        )
    )


def b_area(project_layers):
    """A 200 m square centred on stop B (its centroid is B)."""
    from tests.helpers.transit_feeds import ORIGIN

    x, y = ORIGIN
    return areas(project_layers, [(square(x - 100, y - 100, 200), {"folk": 100})])


def test_ptal_without_direction_id_takes_the_busier_direction(
    run_alg, feedback, tmp_path, project_layers
):
    """At B (the centroid, walk 0): f = 6 in the busier direction → AWT 5 + 2, EDF 30/7 = 4.29
    (both directions added would give f = 10: 30/5 = 6.0)."""
    result = run_alg(
        "ptal",
        {
            "GTFS": two_way_feed(tmp_path),
            "DATE": DATE,
            "MODE": 1,
            "AREAS": b_area(project_layers),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    (area,) = result["OUTPUT"].getFeatures()
    assert area["ptal_ai"] == pytest.approx(30 / 7, abs=0.01) and area["ptal_band"] == "1b"
    log = "\n".join(feedback.infos)
    assert "no direction_id for 10 trips of 1 routes" in log
    assert "read from the order of their stops" in log
    assert "PTAL modes from route types: bus 3, 11, 200-299, 700-899, 1500-1599;" in log


def test_ptal_says_where_directions_come_from(run_alg, feedback, tmp_path, project_layers):
    run_alg(
        "ptal",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True),
            "DATE": DATE,
            "MODE": 1,
            "AREAS": b_area(project_layers),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert "Directions: from direction_id in trips.txt." in feedback.infos


def test_ptal_grid_over_the_limit_is_refused_with_its_size(run_alg, tmp_path):
    # about 2.9 × 2 km at 10 m: 58,000 cells, more than a limit of 1 MB
    message = error_of(
        run_alg,
        "ptal",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True),
            "DATE": DATE,
            "MODE": 0,
            "CELL_SIZE": 10,
            "MAX_GRID_MB": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    for words in ("PTAL grid would have", "cells of 10 m", "of memory"):
        assert words in message, message


@pytest.mark.parametrize("mode", [0, 1])
def test_ptal_refuses_areas_far_from_every_stop_naming_layer_and_extents(
    run_alg, tmp_path, project_layers, mode
):
    # DeSO near Kiruna, a feed in the south: every PTAL would be 0 without a word
    far = memory_layer("Polygon", {"desokod": str}, [(square(750_000, 7_500_000), {})], name="norr")
    project_layers(far)
    message = error_of(
        run_alg,
        "ptal",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True),
            "DATE": DATE,
            "MODE": mode,
            "AREAS": far,
            "CELL_SIZE": 100,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    for words in ("'norr'", "walking distance", "640 m", "960 m", "x 750", "y 7"):
        assert words in message, message


def test_a_stop_at_0_0_is_left_out_of_the_ptal_grid(run_alg, tmp_path, feedback):
    # the typo stop Z is named and left out (GTFS reading), so the grid stays the feed's own
    result = run_alg(
        "ptal",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True, far_stop=True),
            "DATE": DATE,
            "MODE": 0,
            "CELL_SIZE": 100,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert any("coordinates 0, 0" in w and "Z (line 5" in w for w in feedback.warnings)
    assert result["OUTPUT"].featureCount() < 2000  # ~3 × 2 km, not the ocean to Sweden


def test_quality_class_raster_over_the_limit_is_refused_with_its_size(run_alg, tmp_path):
    # the sample county's feed (about 60 km across) at 5 m: far more than 1 MB
    params = {
        "GTFS": str(SAMPLE / "exempellan_gtfs.zip"),
        "DATE": "2022-10-12",
        "START": "08:00",
        "END": "09:00",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "RASTER": str(tmp_path / "classes.tif"),
        "CELL_SIZE": 5,
        "MAX_GRID_MB": 1,
    }
    message = error_of(run_alg, "transitqualityclasses", params)
    for words in ("quality-class raster would have", "cells of 5 m", "of memory"):
        assert words in message, message
    assert not (tmp_path / "classes.tif").exists()
    # without the raster the class polygons are made
    params["RASTER"] = None
    classes = run_alg("transitqualityclasses", params)["OUTPUT"]
    assert classes.featureCount() > 0


def test_ptal_on_a_fine_grid_can_be_cancelled(run_alg, tmp_path, project_layers):
    from tests.helpers.feedback import CapturingFeedback

    class CancelInTheIndex(CapturingFeedback):
        """Presses Cancel once the access index is being computed (progress 30–90 %)."""

        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 35:
                self.cancel()

    feedback = CancelInTheIndex()
    result = run_alg(
        "ptal",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "MODE": 0,
            "EXTENT": "566000,578000,6554000,6566000 [EPSG:3006]",
            "CELL_SIZE": 10,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert result == {} or not result.get("OUTPUT")
    assert any("Cancelled" in e for e in feedback.errors)


@pytest.mark.parametrize("mode", [0, 1])
def test_ptal_with_an_empty_area_layer_gives_an_empty_result(
    run_alg, feedback, project_layers, mode
):
    result = run_alg(
        "ptal",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "MODE": mode,
            "AREAS": empty_areas(project_layers),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    layer = result["OUTPUT"]
    assert layer.featureCount() == 0
    assert {"ptal_ai", "ptal_band"} <= set(layer.fields().names())
    assert any("the output is empty" in w for w in feedback.warnings)


def test_ptal_areas_without_geometry_get_no_value(run_alg, feedback, project_layers):
    layer = project_layers(
        memory_layer(
            "Polygon",
            FIELDS,
            [(None, {"folk": 5}), (SAMPLE_AREA, {"folk": 7})],
        )
    )
    result = run_alg(
        "ptal",
        {"GTFS": GTFS, "DATE": DATE, "MODE": 1, "AREAS": layer, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    rows = {f["folk"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows[5]["ptal_ai"] is None or str(rows[5]["ptal_ai"]) == "NULL"
    assert rows[7]["ptal_ai"] > 0
    assert any(
        "1 of 2 features of the layer" in w and "have no geometry" in w for w in feedback.warnings
    )


@pytest.mark.parametrize("alg", ["ptal", "lineprofile", "transitaccessbyarea"])
def test_areas_without_crs_are_refused_by_name(run_alg, project_layers, alg):
    layer = areas(project_layers, [(SAMPLE_AREA, {"folk": 5, "inkomst": 1.0})], crs="")
    params = {"GTFS": GTFS, "DATE": DATE, "AREAS": layer, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(
        {
            "ptal": {"MODE": 1},
            "lineprofile": {"ROUTE": "M1"},
            "transitaccessbyarea": {"POP_FIELD": "folk"},
        }[alg]
    )
    message = error_of(run_alg, alg, params)
    assert "has no coordinate reference system" in message and "EPSG:3006" in message


# --- line profile -------------------------------------------------------------------------------
def stop_areas(project_layers):
    """200 m squares around the stops A (x −500), B (0) and C (500) of two_way_feed:

    | area | folk | low_pct | low_base | unemployed | p16_64 |
    | A    | 1000 | 40      | 800      | 60         | 600    |
    | B    | 3000 | 10      | 1200     | 90         | 1800   |
    | C    | 500  | 20      | 400      | 10         | 300    |

    Within 800 m of B lie all three whole; of A, the squares of A and B (C is 900 m away)."""
    from tests.helpers.transit_feeds import ORIGIN

    x, y = ORIGIN
    fields = {"name": str, "folk": int, "low_pct": float, "low_base": int}
    fields.update({"unemployed": int, "p16_64": int, "area_type": int})
    rows = [
        ("A", -500, 1000, 40.0, 800, 60, 600, 1),
        ("B", 0, 3000, 10.0, 1200, 90, 1800, 4),
        ("C", 500, 500, 20.0, 400, 10, 300, 5),
    ]
    return project_layers(
        memory_layer(
            "Polygon",
            fields,
            [
                (square(x + dx - 100, y - 100, 200), dict(zip(fields, (name, *values))))
                for name, dx, *values in rows
            ],
        )
    )


def test_line_profile_shares_are_sums_of_numerators_over_denominators(
    run_alg, feedback, tmp_path, project_layers
):
    result = run_alg(
        "lineprofile",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True),
            "ROUTE": "L",
            "DIRECTION": 0,
            "DATE": DATE,
            "AREAS": stop_areas(project_layers),
            "POP_FIELD": "folk",
            "SHARES": ["low_pct", "low_base"],
            "RATIOS": ["unemployed", "p16_64", "pct_unemployed"],
            "COUNT_FIELDS": ["unemployed"],
            "RADIUS": 800,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CHART": str(tmp_path / "chart.png"),
        },
        feedback=feedback,
    )
    stops = {f["stop_id"]: f for f in result["OUTPUT"].getFeatures()}
    # B: 100 · (320 + 120 + 80) / (800 + 1200 + 400); A: 100 · (320 + 120) / (800 + 1200)
    assert stops["B"]["low_pct"] == pytest.approx(100 * 520 / 2400, abs=0.005)
    assert stops["A"]["low_pct"] == pytest.approx(22.0, abs=0.005)
    assert stops["B"]["pct_unemployed"] == pytest.approx(100 * 160 / 2700, abs=0.005)
    assert stops["A"]["pct_unemployed"] == pytest.approx(100 * 150 / 2400, abs=0.005)
    assert (stops["B"]["unemployed"], stops["A"]["unemployed"]) == (160, 150)
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert not any("looks like a share" in w for w in feedback.warnings)


def test_line_profile_warns_when_a_share_is_averaged(run_alg, feedback, tmp_path, project_layers):
    run_alg(
        "lineprofile",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True),
            "ROUTE": "L",
            "AREAS": stop_areas(project_layers),
            "DATE": DATE,
            "FIELDS": ["low_pct"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert any("'low_pct' looks like a share" in w for w in feedback.warnings)


def test_line_profile_without_direction_id_says_so(run_alg, feedback, tmp_path, project_layers):
    result = run_alg(
        "lineprofile",
        {
            "GTFS": two_way_feed(tmp_path),
            "ROUTE": "L",
            "DIRECTION": 1,
            "AREAS": stop_areas(project_layers),
            "DATE": DATE,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert [f["stop_id"] for f in result["OUTPUT"].getFeatures()] == ["C", "B", "A"]
    assert any("direction 1 was read from the order of their stops" in w for w in feedback.warnings)


@pytest.mark.parametrize("kind", ["empty", "far away"])
def test_line_profile_without_areas_near_the_route(run_alg, feedback, project_layers, kind):
    layer = {
        "empty": empty_areas,
        "no geometry": no_geometry_areas,
        "far away": lambda p: areas(p, [(square(100000, 6100000, 1000), {"folk": 5})]),
    }[kind](project_layers)
    result = run_alg(
        "lineprofile",
        {
            "GTFS": GTFS,
            "ROUTE": "M1",
            "DATE": DATE,
            "AREAS": layer,
            "FIELDS": ["inkomst"],
            "POP_FIELD": "folk",
            "TYPE_FIELD": "area_type",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    stops = list(result["OUTPUT"].getFeatures())
    assert len(stops) == 22 and all(f["areas"] == 0 for f in stops)
    assert any("No area of the area layer lies within 800 m" in w for w in feedback.warnings)


@pytest.mark.parametrize("alg", ["lineprofile", "transitaccessbyarea"])
def test_a_population_raster_beside_the_areas_is_named(run_alg, project_layers, alg):
    layer = areas(project_layers, [(square(100000, 6100000, 1000), {"folk": 5})])
    params = {"GTFS": GTFS, "DATE": DATE, "AREAS": layer, "POP_RASTER": POPULATION}
    params.update({"OUTPUT": "TEMPORARY_OUTPUT", "ROUTE": "M1"})
    message = error_of(run_alg, alg, params)
    assert "The population raster befolkning_250m.tif does not overlap the areas" in message
    assert "the areas x 100,000 to 101,000, y 6,100,000 to 6,101,000" in message


def test_line_profile_can_be_cancelled(run_alg, tmp_path, project_layers):
    from tests.helpers.feedback import CapturingFeedback

    class CancelInTheCatchments(CapturingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress >= 60:
                self.cancel()

    feedback = CancelInTheCatchments()
    result = run_alg(
        "lineprofile",
        {
            "GTFS": two_way_feed(tmp_path, with_direction=True),
            "ROUTE": "L",
            "AREAS": stop_areas(project_layers),
            "DATE": DATE,
            "POP_FIELD": "folk",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert result == {} and any("Cancelled" in e for e in feedback.errors)


# --- access per area -----------------------------------------------------------------------------
@pytest.mark.parametrize("population", ["POP_FIELD", "POP_RASTER"])
def test_access_per_area_with_an_empty_area_layer(run_alg, feedback, project_layers, population):
    result = run_alg(
        "transitaccessbyarea",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "AREAS": empty_areas(project_layers),
            population: "folk" if population == "POP_FIELD" else POPULATION,
            "TYPE_FIELD": "area_type",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    layer = result["OUTPUT"]
    assert layer.featureCount() == 0
    assert {"pct_A", "pct_AB", "deps_800m", "best_class"} <= set(layer.fields().names())
    gap = {f["area_type"]: f for f in result["GAP_TABLE"].getFeatures()}
    assert gap["1–2"]["residents"] == 0
    assert any(
        "The area layer has no features: the output is empty." in w for w in feedback.warnings
    )


def test_access_per_area_keeps_areas_without_geometry(run_alg, feedback, project_layers):
    layer = project_layers(
        memory_layer("Polygon", FIELDS, [(None, {"folk": 5}), (SAMPLE_AREA, {"folk": 700})])
    )
    result = run_alg(
        "transitaccessbyarea",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "AREAS": layer,
            "POP_RASTER": POPULATION,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    rows = {f["folk"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows[5]["residents"] == 0 and rows[700]["residents"] > 0
    assert rows[700]["pct_A"] > 0
    assert any(
        "1 of 2 features of the layer" in w and "have no geometry" in w for w in feedback.warnings
    )
