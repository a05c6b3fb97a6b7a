"""The public-transport algorithms through Processing, on the sample feed (2022-10-12, a
Wednesday) and the sample's DeSO layer with a test area type and population."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from tests.helpers.paths import SAMPLE, SAMPLE_GPKG

GTFS = str(SAMPLE / "exempellan_gtfs.zip")
POPULATION = str(SAMPLE / "befolkning_250m.tif")
DATE = "2022-10-12"


@pytest.fixture(scope="module")
def typed_deso(tmp_path_factory):
    """The sample's DeSO with area_type (by code, 1–5 in turn) and folk (residents)."""
    frame = gpd.read_file(SAMPLE_GPKG, layer="deso")
    frame["area_type"] = [(int(code[-4:]) // 10) % 5 + 1 for code in frame["desokod"]]
    frame["folk"] = 1000 + (frame.index.to_numpy() % 7) * 100
    frame["inkomst"] = 200.0 + frame["area_type"] * 40
    path = tmp_path_factory.mktemp("deso") / "deso.gpkg"
    frame.to_file(path, layer="deso", driver="GPKG")
    # a source string, not a layer: a QgsVectorLayer kept past the test session would be
    # destroyed after QGIS has exited (and crash the interpreter at exit)
    return f"{path}|layername=deso"


def open_layer(uri):
    return QgsVectorLayer(uri, "deso", "ogr")


def test_the_eight_tools_are_in_the_transit_group(processing_provider):
    algs = {a.name(): a for a in processing_provider.algorithms() if a.groupId() == "transit"}
    assert set(algs) == {
        "gtfsstopservice",
        "transitqualityclasses",
        "ptal",
        "transitaccessbyarea",
        "lineprofile",
        "traveltimematrix",
        "transitopportunities",
        "transitisochrones",
    }
    order = [a.name() for a in sorted(algs.values(), key=lambda a: a.ORDER)]
    assert order == [
        "gtfsstopservice",
        "transitqualityclasses",
        "ptal",
        "transitaccessbyarea",
        "lineprofile",
        "traveltimematrix",
        "transitopportunities",
        "transitisochrones",
    ]


def test_stop_service(run_alg):
    result = run_alg(
        "gtfsstopservice",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "START": "06:00",
            "END": "20:00",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOURLY": "TEMPORARY_OUTPUT",
        },
    )
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:3006"
    names = [f.name() for f in layer.fields()]
    for field in (
        "stop_id",
        "stop_name",
        "departures",
        "per_hour",
        "interval_min",
        "routes",
        "route_names",
        "modes",
        "first_departure",
        "last_departure",
        "date",
    ):
        assert field in names
    features = {f["stop_id"]: f for f in layer.getFeatures()}
    assert sum(f["departures"] for f in features.values()) == result["DEPARTURES"]
    assert result["STOPS"] == sum(1 for f in features.values() if f["departures"] > 0)
    centre = features["B00124"]  # Storstad centrum torg, the busiest bus stop
    assert centre["departures"] == 470 and centre["interval_min"] == pytest.approx(
        840 / 470, abs=0.01
    )
    assert "M00058" in features and "M00059" not in features  # metro platforms grouped
    hourly = result["HOURLY"]
    assert sum(f["departures"] for f in hourly.getFeatures()) == result["DEPARTURES"]


def test_stop_service_without_date_takes_a_typical_weekday(run_alg, feedback):
    run_alg("gtfsstopservice", {"GTFS": GTFS, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert any("No date given: using 2022-01-04" in m for m in feedback.infos)


def test_date_without_service_is_an_error(run_alg):
    with pytest.raises(QgsProcessingException, match="No trip in the feed runs on 2023-01-04"):
        run_alg(
            "gtfsstopservice", {"GTFS": GTFS, "DATE": "2023-01-04", "OUTPUT": "TEMPORARY_OUTPUT"}
        )


def test_broken_feed_names_file_and_line(run_alg, tmp_path):
    import zipfile

    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(GTFS) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "stop_times.txt":
                data = data.replace(b",05:10:00,05:10:00,R00005,", b",05:10:00,5.10,R00005,", 1)
            dst.writestr(name, data)
    with pytest.raises(
        QgsProcessingException, match=r"stop_times\.txt line 3: departure_time '5\.10'"
    ):
        run_alg(
            "gtfsstopservice", {"GTFS": str(broken), "DATE": DATE, "OUTPUT": "TEMPORARY_OUTPUT"}
        )


def test_quality_classes_vector_stops_and_raster(run_alg, tmp_path):
    raster = tmp_path / "classes.tif"
    result = run_alg(
        "transitqualityclasses",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "STOPS": "TEMPORARY_OUTPUT",
            "RASTER": str(raster),
            "CELL_SIZE": 100,
        },
    )
    classes = result["OUTPUT"]
    rows = {f["quality_class"]: f for f in classes.getFeatures()}
    assert list(rows) == ["A", "B", "C", "D", "E", "F"]
    # a script's temporary outputs come styled
    assert classes.renderer().classAttribute() == "quality_class"
    assert result["STOPS"].renderer().classAttribute() == "category"
    assert [rows[c]["class_rank"] for c in "ABCDEF"] == [1, 2, 3, 4, 5, 6]
    stops = {f["stop_id"]: f for f in result["STOPS"].getFeatures()}
    metro = stops["M00058"]  # Storstad centrum: metro every few minutes
    assert (metro["stop_type"], metro["category"]) == ("A", "I")
    assert all(f["stop_type"] == "" for f in stops.values() if f["stop_id"].startswith("D"))  # 715
    layer = QgsRasterLayer(str(raster), "classes")
    assert layer.isValid() and layer.crs().authid() == "EPSG:3006"
    assert layer.rasterUnitsPerPixelX() == 100
    # the raster's class-A area matches the polygons' within a few per cent
    import numpy as np
    import rasterio

    from segregation_plugin.processing.colours import CLASS_COLOURS

    with rasterio.open(raster) as src:
        cells = np.bincount(src.read(1).ravel(), minlength=7)
        # other programs show the file in the map's colours
        table = src.colormap(1)
        assert ["#{:02x}{:02x}{:02x}".format(*table[k][:3]) for k in range(1, 7)] == [
            CLASS_COLOURS[c] for c in "ABCDEF"
        ]
    for letter, rank in zip("ABCDEF", range(1, 7)):
        assert cells[rank] * 0.01 == pytest.approx(rows[letter]["area_km2"], rel=0.05)


def test_quality_classes_are_styled_when_loaded(processing_provider, tmp_path):
    import processing

    from segregation_plugin.processing.transit import styles as transit_styles

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(
        "segregation:transitqualityclasses",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "OUTPUT": str(tmp_path / "classes.gpkg"),
            "STOPS": None,
            "RASTER": None,
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    layer = QgsVectorLayer(result["OUTPUT"], "classes", "ogr")
    transit_styles.style_quality_classes(layer)
    renderer = layer.renderer()
    assert renderer.classAttribute() == "quality_class"
    labels = [c.label() for c in renderer.categories()]
    assert labels[0] == "A – very good service" and labels[-1] == "F – minimal service"
    colours = [c.symbol().color().lightness() for c in renderer.categories()]
    assert colours == sorted(colours)  # A darkest … F lightest


def test_cancelled_run_writes_nothing(processing_provider, tmp_path):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    raster = tmp_path / "classes.tif"
    context = QgsProcessingContext()
    result = processing.run(
        "segregation:transitqualityclasses",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "OUTPUT": str(tmp_path / "classes.gpkg"),
            "RASTER": str(raster),
        },
        context=context,
        feedback=feedback,
    )
    assert not raster.exists() and not (tmp_path / "classes.gpkg").exists()
    assert result.get("OUTPUT") in (None, "") or not Path(str(result["OUTPUT"])).exists()


def test_ptal_at_area_centroids_and_on_a_grid(run_alg, typed_deso):
    result = run_alg(
        "ptal",
        {"GTFS": GTFS, "DATE": DATE, "MODE": 1, "AREAS": typed_deso, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    areas = list(result["OUTPUT"].getFeatures())
    assert len(areas) == open_layer(typed_deso).featureCount()
    bands = {f["ptal_band"] for f in areas}
    assert "0" in bands and bands <= {"0", "1a", "1b", "2", "3", "4", "5", "6a", "6b"}
    assert all((f["ptal_ai"] == 0) == (f["ptal_band"] == "0") for f in areas)
    grid = run_alg(
        "ptal",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "MODE": 0,
            "EXTENT": "572000,576000,6559500,6563500 [EPSG:3006]",
            "CELL_SIZE": 250,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    cells = list(grid.getFeatures())
    assert 0 < len(cells) <= 16 * 16
    assert all(f["ptal_ai"] > 0 for f in cells)
    assert all(abs(f.geometry().area() - 250 * 250) < 1 for f in cells)
    with pytest.raises(QgsProcessingException, match="area layer"):
        run_alg("ptal", {"GTFS": GTFS, "DATE": DATE, "MODE": 1, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_access_per_area_with_raster_and_gap_table(run_alg, typed_deso):
    result = run_alg(
        "transitaccessbyarea",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "AREAS": typed_deso,
            "TYPE_FIELD": "area_type",
            "POP_RASTER": POPULATION,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "GAP_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    areas = list(result["OUTPUT"].getFeatures())
    assert len(areas) == open_layer(typed_deso).featureCount()
    total = sum(f["residents"] for f in areas)
    assert total == pytest.approx(
        562_139, abs=50
    )  # the grid's residents (a few cells lie on the border)
    for f in areas:
        if f["residents"]:
            shares = sum(f[f"pct_{c}"] for c in ("A", "B", "C", "D", "E", "F", "none"))
            assert shares == pytest.approx(100, abs=0.5)
    gap = {f["area_type"]: f for f in result["GAP_TABLE"].getFeatures()}
    assert list(gap) == ["1", "2", "3", "4", "5", "1–2", "4–5", "gap 1–2 minus 4–5"]
    assert gap["1–2"]["residents"] + gap["3"]["residents"] + gap["4–5"][
        "residents"
    ] == pytest.approx(total, abs=2)
    assert gap["gap 1–2 minus 4–5"]["pct_class_AB"] == pytest.approx(
        gap["1–2"]["pct_class_AB"] - gap["4–5"]["pct_class_AB"], abs=0.11
    )
    assert all(f["population_source"] == "raster befolkning_250m" for f in areas[:3])


def test_access_per_area_from_a_population_field(run_alg, typed_deso):
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, warning):  # noqa: N802
            warnings.append(warning)

    result = run_alg(
        "transitaccessbyarea",
        {
            "GTFS": GTFS,
            "DATE": DATE,
            "AREAS": typed_deso,
            "POP_FIELD": "folk",
            "TYPE_FIELD": "inkomst",  # a wrong choice: incomes are no area types
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback=Feedback(),
    )
    # the gap table is a by-product: its type field's problems go to the log, named
    assert any(
        "The field 'inkomst' has" in w and "cannot be read as an area type (1–5)" in w
        for w in warnings
    )
    areas = {f["desokod"]: f for f in result["OUTPUT"].getFeatures()}
    source = {f["desokod"]: f["folk"] for f in open_layer(typed_deso).getFeatures()}
    assert all(areas[c]["residents"] == pytest.approx(source[c], abs=0.5) for c in source)
    with pytest.raises(QgsProcessingException, match="population raster or a population field"):
        run_alg(
            "transitaccessbyarea",
            {"GTFS": GTFS, "DATE": DATE, "AREAS": typed_deso, "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_line_profile_of_the_metro(run_alg, typed_deso, tmp_path):
    chart = tmp_path / "m1.png"
    result = run_alg(
        "lineprofile",
        {
            "GTFS": GTFS,
            "ROUTE": "M1",
            "DIRECTION": 0,
            "DATE": DATE,
            "AREAS": typed_deso,
            "FIELDS": ["inkomst"],
            "TYPE_FIELD": "area_type",
            "POP_RASTER": POPULATION,
            "RADIUS": 800,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CHART": str(chart),
        },
    )
    stops = list(result["OUTPUT"].getFeatures())
    assert [f["stop_name"] for f in stops][:2] == ["Västerberga", "Talltorp"]
    assert len(stops) == 22 and stops[-1]["stop_name"] == "Rosbacken torg"
    assert [f["seq"] for f in stops] == list(range(1, 23))
    assert all(f["km"] >= 0 for f in stops) and stops[-1]["km"] > 10
    # income is 200 + 40 · type in the test layer, so it follows the dominant type's range
    assert all(240 <= f["inkomst"] <= 400 for f in stops if f["inkomst"] is not None)
    assert {f["area_type"] for f in stops} <= {1, 2, 3, 4, 5}
    assert result["ROUTE_NAME"].startswith("T1 Tunnelbanan")
    assert chart.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(QgsProcessingException, match="no route 'X99'"):
        run_alg(
            "lineprofile",
            {"GTFS": GTFS, "ROUTE": "X99", "AREAS": typed_deso, "OUTPUT": "TEMPORARY_OUTPUT"},
        )


@pytest.mark.parametrize(
    ("language", "trips", "departures", "area"),
    [
        ("sv", "2\u00a0906 turer", "49\u00a0923 avgångar", "A: 22,14 km²"),
        ("en", "2,906 trips", "49,923 departures", "A: 22.14 km²"),
    ],
)
def test_the_log_writes_numbers_in_the_ui_language(run_alg, language, trips, departures, area):
    from segregation_plugin.i18n import install_translators
    from tests.helpers.feedback import CapturingFeedback

    feedback = CapturingFeedback()
    params = {"GTFS": GTFS, "DATE": DATE, "OUTPUT": "TEMPORARY_OUTPUT"}
    install_translators(language)
    try:
        run_alg("gtfsstopservice", params, feedback=feedback)
        run_alg("transitqualityclasses", params, feedback=feedback)
    finally:
        install_translators("en")
    log = "\n".join(feedback.infos)
    assert trips in log and departures in log
    assert area in feedback.infos
