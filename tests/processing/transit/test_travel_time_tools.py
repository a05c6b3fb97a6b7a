"""The travel-time tools through Processing: a hand-worked matrix on a tiny feed, and
opportunities per area and isochrones on the sample county (2022-10-12, a Wednesday)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point

from tests.helpers.paths import SAMPLE, SAMPLE_GPKG
from tests.helpers.transit_feeds import ORIGIN, stops_txt, write_feed

GTFS = str(SAMPLE / "exempellan_gtfs.zip")
POPULATION = str(SAMPLE / "befolkning_250m.tif")
DATE = "2022-10-12"


def _points(path, names, xy):
    frame = gpd.GeoDataFrame(
        {"name": names},
        geometry=[Point(ORIGIN[0] + x, ORIGIN[1] + y) for x, y in xy],
        crs="EPSG:3006",
    )
    frame.to_file(path, driver="GPKG")
    return str(path)


def test_travel_time_matrix_hand_worked(run_alg, tmp_path):
    feed = write_feed(
        tmp_path,
        stops=stops_txt(("A", 0, 0), ("B", 5000, 0)),
        trips="route_id,service_id,trip_id\nR1,WK,t\n",
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        t,07:05:00,07:05:00,A,1
        t,07:20:00,07:20:00,B,2
        """,
    )
    origins = _points(tmp_path / "o.gpkg", ["home", "far"], [(0, 0), (0, 20_000)])
    places = _points(tmp_path / "d.gpkg", ["work", "corner"], [(5500, 0), (450, 0)])
    result = run_alg(
        "traveltimematrix",
        {
            "GTFS": str(feed),
            "DATE": DATE,
            "START": "07:00",
            "END": "07:05",
            "STEP_MINUTES": 1,
            "ORIGINS": origins,
            "ORIGIN_ID": "name",
            "DESTINATIONS": places,
            "DESTINATION_ID": "name",
            "PERCENTILE": 75,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    rows = {(f["origin_id"], f["destination_id"]): f for f in result["OUTPUT"].getFeatures()}
    # "far" reaches nothing; "corner" is walked: 450 m × 1.3 at 5 km/h = 422 s, 7.0 min
    assert set(rows) == {("home", "work"), ("home", "corner")}
    assert rows[("home", "corner")]["median_min"] == pytest.approx(7.0)
    # bus 07:05 → B 07:20, 468 s walked (500 m): at 07:27:48; departures 07:00 … 07:04
    # take 27.8 … 23.8 min: median 25.8, 75th percentile 26.8
    assert rows[("home", "work")]["median_min"] == pytest.approx(25.8)
    assert rows[("home", "work")]["p75_min"] == pytest.approx(26.8)


@pytest.fixture(scope="module")
def typed_deso(tmp_path_factory):
    frame = gpd.read_file(SAMPLE_GPKG, layer="deso")
    frame["area_type"] = [(int(code[-4:]) // 10) % 5 + 1 for code in frame["desokod"]]
    path = tmp_path_factory.mktemp("deso") / "deso.gpkg"
    frame.to_file(path, layer="deso", driver="GPKG")
    return f"{path}|layername=deso"


def test_opportunities_per_area_and_gap_on_the_sample(run_alg, typed_deso):
    result = run_alg(
        "transitopportunities",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "START": "07:00",
            "END": "07:10",
            "STEP_MINUTES": 5,
            "AREAS": typed_deso,
            "TYPE_FIELD": "area_type",
            "POP_RASTER": POPULATION,
            "DESTINATIONS": f"{SAMPLE_GPKG}|layername=planerade_bostader",
            "WEIGHT_FIELD": "bostader_totalt",
            "CUTOFFS": "30,45,60",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    areas = list(result["OUTPUT"].getFeatures())
    assert len(areas) == 322
    total = gpd.read_file(SAMPLE_GPKG, layer="planerade_bostader")["bostader_totalt"].sum()
    for f in areas:
        assert f["opp_30min"] <= f["opp_45min"] <= f["opp_60min"] <= total
        assert f["pct_region_45min"] == pytest.approx(100 * f["opp_45min"] / total, abs=0.06)
    assert max(f["opp_60min"] for f in areas) > 0
    weighted = sum(f["origin"] == "population-weighted centre" for f in areas)
    assert weighted > 250  # nearly every DeSO has residents on the grid
    gap = {f["area_type"]: f for f in result["GAP_TABLE"].getFeatures()}
    assert list(gap) == ["1", "2", "3", "4", "5", "1–2", "4–5", "gap 1–2 minus 4–5"]
    assert gap["gap 1–2 minus 4–5"]["opp_45min_per_resident"] == pytest.approx(
        gap["1–2"]["opp_45min_per_resident"] - gap["4–5"]["opp_45min_per_resident"], abs=0.11
    )
    assert result["OUTPUT"].renderer().type() == "graduatedSymbol"


def test_opportunities_from_every_populated_cell(run_alg, typed_deso):
    from segregation_plugin.core.transit.routing.cell_origins import CELLS

    result = run_alg(
        "transitopportunities",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "START": "07:00",
            "END": "07:10",
            "STEP_MINUTES": 5,
            "AREAS": typed_deso,
            "TYPE_FIELD": "area_type",
            "POP_RASTER": POPULATION,
            "ORIGIN_MODE": 1,
            "DESTINATIONS": f"{SAMPLE_GPKG}|layername=planerade_bostader",
            "WEIGHT_FIELD": "bostader_totalt",
            "CUTOFFS": "30,45,60",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    areas = list(result["OUTPUT"].getFeatures())
    assert len(areas) == 322
    total = gpd.read_file(SAMPLE_GPKG, layer="planerade_bostader")["bostader_totalt"].sum()
    celled = [f for f in areas if f["origin"] == CELLS]
    assert len(celled) > 250 and all(f["origin_cells"] > 0 for f in celled)
    # a resident-weighted mean per area: never more than the region's, shares through counts
    for f in areas:
        assert f["opp_30min"] <= f["opp_45min"] <= f["opp_60min"] <= total
        assert f["pct_region_45min"] == pytest.approx(100 * f["opp_45min"] / total, abs=0.06)
    # an area's many cells reach different counts: the means are not whole numbers
    assert any(f["opp_60min"] != round(f["opp_60min"]) for f in celled)
    gap = {f["area_type"]: f for f in result["GAP_TABLE"].getFeatures()}
    assert gap["gap 1–2 minus 4–5"]["opp_45min_per_resident"] == pytest.approx(
        gap["1–2"]["opp_45min_per_resident"] - gap["4–5"]["opp_45min_per_resident"], abs=0.11
    )


def test_isochrones_grow_with_time(run_alg, tmp_path):
    start = gpd.GeoDataFrame(
        {"name": ["centre"]},
        geometry=gpd.read_file(SAMPLE_GPKG, layer="kommun")
        .geometry.iloc[:1]
        .representative_point(),
        crs="EPSG:3006",
    )
    start.to_file(tmp_path / "start.gpkg", driver="GPKG")
    result = run_alg(
        "transitisochrones",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "START": "07:00",
            "END": "07:10",
            "STEP_MINUTES": 5,
            "ORIGINS": str(tmp_path / "start.gpkg"),
            "BANDS": "15,30",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    features = list(result["OUTPUT"].getFeatures())
    assert [f["minutes"] for f in features] == [30, 15]  # the longest drawn first
    assert all(f["name"] == "centre" for f in features)
    area30, area15 = (f.geometry().area() for f in features)
    assert area30 > area15 > 0
    assert features[0].geometry().contains(features[1].geometry().pointOnSurface())


def test_a_cutoff_beyond_the_longest_travel_time_is_refused(run_alg, typed_deso):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "transitopportunities",
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "START": "07:00",
                "END": "07:05",
                "MAX_MINUTES": 40,
                "AREAS": typed_deso,
                "DESTINATIONS": f"{SAMPLE_GPKG}|layername=planerade_bostader",
                "CUTOFFS": "30,45",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    assert "longest travel time (40 min)" in str(caught.value)


def test_cancelled_matrix_writes_nothing(processing_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "matrix.gpkg"
    processing.run(
        "segregation:traveltimematrix",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "ORIGINS": f"{SAMPLE_GPKG}|layername=kommun",
            "DESTINATIONS": f"{SAMPLE_GPKG}|layername=kommun",
            "OUTPUT": str(target),
        },
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    assert not target.exists()


def test_residents_as_points_give_the_centres_and_the_gap(run_alg, typed_deso, tmp_path):
    # residents as points: the population grid's cells, a point per populated cell in
    # blocks of 2 × 2 cells (at the block's first populated cell) carrying the block's people
    import pandas as pd
    import rasterio

    with rasterio.open(POPULATION) as src:
        data = src.read(1)
        rows, cols = np.nonzero(data > 0)
        xs, ys = rasterio.transform.xy(src.transform, rows, cols)
    cells = pd.DataFrame({"block": (rows // 2) * 10_000 + cols // 2, "x": xs, "y": ys})
    cells["folk"] = data[rows, cols]
    blocks = cells.groupby("block").agg(x=("x", "first"), y=("y", "first"), folk=("folk", "sum"))
    points = gpd.GeoDataFrame(
        {"folk": blocks["folk"].to_numpy()},
        geometry=gpd.points_from_xy(blocks["x"], blocks["y"]),
        crs="EPSG:3006",
    )
    points.to_file(tmp_path / "folk.gpkg", driver="GPKG")
    result = run_alg(
        "transitopportunities",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "START": "07:00",
            "END": "07:05",
            "STEP_MINUTES": 5,
            "AREAS": typed_deso,
            "POP_POINTS": str(tmp_path / "folk.gpkg"),
            "POP_POINTS_FIELD": "folk",
            "DESTINATIONS": f"{SAMPLE_GPKG}|layername=planerade_bostader",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    areas = list(result["OUTPUT"].getFeatures())
    assert sum(f["origin"] == "population-weighted centre" for f in areas) > 250
    gap = {f["area_type"]: f for f in result["GAP_TABLE"].getFeatures()}
    # the points' residents: the grid's (a few points lie on the county's border)
    assert gap["1–2"]["residents"] + gap["3"]["residents"] + gap["4–5"][
        "residents"
    ] == pytest.approx(562_139, rel=0.002)
