"""Reading input layers (processing/frames.py, layer_checks.py): empty layers are ordinary
input; a layer without the geometry a tool needs, without a CRS or with coordinates that do
not fit it gets a message naming it; features without geometry are named; two layers in
different CRS are reprojected and the log says so."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.processing.frames import POLYGON, source_to_frame
from tests.helpers.failures import assert_user_message
from tests.helpers.feedback import CapturingFeedback
from tests.helpers.layers import memory_layer, rows_by
from tests.helpers.paths import SAMPLE_GPKG

X0, Y0 = 674_000, 6_580_000  # Stockholm, SWEREF 99 TM


def sweref_square(i: int, size: float = 100.0, x0: float = X0, y0: float = Y0) -> str:
    x = x0 + i * size
    return f"POLYGON(({x} {y0},{x + size} {y0},{x + size} {y0 + size},{x} {y0 + size},{x} {y0}))"


def areas_layer(rows, crs="EPSG:3006", kind="Polygon", name="mina områden"):
    """DeSO-like areas: ``rows`` [(wkt or None, code)]."""
    return memory_layer(kind, {"desokod": str}, [(w, {"desokod": c}) for w, c in rows], crs, name)


TWO = [(sweref_square(0), "0180A0010"), (sweref_square(1), "0180A0020")]


def _check(run_alg, layer, feedback=None):
    return run_alg("checkareas", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)


def _refused(run_alg, layer, *words):
    with pytest.raises(QgsProcessingException) as caught:
        _check(run_alg, layer)
    return assert_user_message(caught.value, *words)


# --- empty layers ---------------------------------------------------------------------------
def test_an_empty_layer_is_an_empty_frame_with_its_columns_types_and_crs():
    layer = memory_layer("Polygon", {"desokod": str, "folk": int, "andel": float}, [])
    frame = source_to_frame(layer, geometry_types=(POLYGON,), label="Area layer")
    assert list(frame.columns) == ["desokod", "folk", "andel", "geometry"]
    assert len(frame) == 0 and frame.index.name == "fid"
    assert (str(frame["folk"].dtype), str(frame["andel"].dtype)) == ("int64", "float64")
    assert frame.crs.to_epsg() == 3006
    table = source_to_frame(layer, geometry=False)
    assert list(table.columns) == ["desokod", "folk", "andel"] and len(table) == 0


def test_an_empty_selection_is_read_as_an_empty_layer(processing_provider, project_layers):
    layer = project_layers(QgsVectorLayer(f"{SAMPLE_GPKG}|layername=deso", "deso", "ogr"))
    layer.removeSelection()
    algorithm = processing_provider.algorithm("checkareas").createInstance()
    algorithm.initAlgorithm()
    from qgis.core import QgsProcessingContext, QgsProject

    from segregation_plugin.processing.frames import read_source

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    definition = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
    source, frame = read_source(algorithm, {"INPUT": definition}, "INPUT", context)
    assert source is not None and len(frame) == 0
    assert "desokod" in frame.columns and frame.crs.to_epsg() == 3006


def test_an_empty_layer_through_check_areas(run_alg, project_layers):
    # nothing to check: a message naming the layer, not an empty "no problems" report
    layer = project_layers(areas_layer([]))
    _refused(run_alg, layer, "area layer has no features", "filter or a selection")


def test_an_empty_selection_through_area_types(run_alg, project_layers, sample_stats):
    # the loaded areas are the reference by default: none selected, no types to give
    layer = project_layers(sample_stats["regso_stats"].clone())
    layer.removeSelection()
    definition = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("areatypes", {"INPUT": definition, "OUTPUT": "TEMPORARY_OUTPUT"})
    text = assert_user_message(caught.value)
    assert "no features" in text or "no area" in text, text


def test_a_tool_that_needs_areas_names_the_empty_layer_and_its_parameter(run_alg, project_layers):
    layer = project_layers(
        memory_layer("Polygon", {"desokod": str, "grupp": int, "folk": int}, [], name="tomma")
    )
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "segregationindices",
            {"INPUT": layer, "GROUP_FIELD": "grupp", "TOTAL_FIELD": "folk", "OUTPUT": "memory:"},
        )
    assert_user_message(caught.value, "The layer 'tomma' (", "has no features", "filter")


# --- the layer a tool needs -----------------------------------------------------------------
def test_a_layer_without_crs_is_refused(run_alg, project_layers):
    layer = project_layers(areas_layer(TWO, crs=""))
    _refused(
        run_alg,
        layer,
        "The layer 'mina områden' (for 'Area layer') has no coordinate reference system",
        "Layer Properties → Source",
    )


def test_a_geopackage_saved_without_crs_is_refused(run_alg, tmp_path, project_layers):
    """GDAL writes srs_id 0: QGIS opens it with a valid "Undefined geographic SRS"."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "utan_crs"
    path = str(tmp_path / "utan_crs.gpkg")
    written = QgsVectorFileWriter.writeAsVectorFormatV3(
        areas_layer(TWO, crs=""), path, QgsCoordinateTransformContext(), options
    )
    assert written[0] == QgsVectorFileWriter.NoError, written
    # a layer the project owns: a refused run must not leave Python owning what QGIS frees
    layer = project_layers(QgsVectorLayer(f"{path}|layername=utan_crs", "utan_crs", "ogr"))
    assert layer.crs().isValid() and "Undefined" in layer.crs().description()
    _refused(
        run_alg,
        layer,
        "The layer 'utan_crs' (for 'Area layer') has no coordinate reference system",
        "EPSG:3006",
    )


def test_degrees_in_sweref_are_refused_with_the_extent(run_alg, project_layers):
    degrees = "POLYGON((18.06 59.33,18.07 59.33,18.07 59.34,18.06 59.34,18.06 59.33))"
    layer = project_layers(areas_layer([(degrees, "0180A0010")]))
    _refused(
        run_alg,
        layer,
        "'mina områden' (for 'Area layer') is in EPSG:3006",
        "x 18.06 to 18.07, y 59.33 to 59.34",
        "look like degrees",
        "EPSG:4326",
    )


def test_metres_in_wgs84_are_refused(run_alg, project_layers):
    layer = project_layers(areas_layer(TWO, crs="EPSG:4326"))
    _refused(run_alg, layer, "is in EPSG:4326", f"x {X0} to {X0 + 200}", "not degrees")


def test_coordinates_far_from_the_crs_get_a_warning(run_alg, project_layers):
    layer = project_layers(areas_layer([(sweref_square(0, x0=0, y0=0), "0180A0010")]))
    feedback = CapturingFeedback()
    _check(run_alg, layer, feedback)
    assert any("far from where EPSG:3006 is used" in w for w in feedback.warnings)


def test_points_where_polygons_are_needed(run_alg, project_layers):
    layer = project_layers(areas_layer([(f"POINT({X0} {Y0})", "0180A0010")], kind="Point"))
    _refused(run_alg, layer, "'mina områden' (for 'Area layer') has points", "needs polygons")


def test_a_layer_given_as_a_path_is_named_by_its_layer_in_the_file(run_alg):
    _refused(
        run_alg,
        f"{SAMPLE_GPKG}|layername=planerade_bostader",
        "'planerade_bostader' (for 'Area layer') has points",
    )


def test_points_where_a_choice_of_the_tool_needs_polygons(run_alg, project_layers):
    points = memory_layer(
        "Point",
        {"desokod": str, "hyresrätt": float, "bostadsrätt": float, "äganderätt": float},
        [(f"POINT({X0} {Y0})", {"desokod": "0180A0010", "hyresrätt": 1})],
        name="punkter",
    )
    districts = areas_layer(TWO, name="stadsdelar")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(
            "tenuremix",
            {
                "INPUT": project_layers(points),
                "LEVEL": 3,  # own districts: the areas' polygons are needed
                "DISTRICTS": project_layers(districts),
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    assert_user_message(caught.value, "The layer 'punkter' (for 'Areas with", "has points")


def test_a_table_where_polygons_are_needed(run_alg, project_layers):
    layer = project_layers(areas_layer([(None, "0180A0010")], kind="None"))
    _refused(run_alg, layer, "is a table without geometry", "needs polygons")


def test_a_layer_whose_features_have_no_geometry(run_alg, project_layers):
    layer = project_layers(areas_layer([(None, "0180A0010"), (None, "0180A0020")]))
    _refused(run_alg, layer, "None of the 2 features of the layer 'mina områden'")


def test_features_without_geometry_are_named_and_kept_or_left_out():
    layer = areas_layer([TWO[0], (None, "0180A0030"), TWO[1], (None, "0180A0040")])
    feedback = CapturingFeedback()
    frame = source_to_frame(layer, feedback=feedback, label="Districts", geometry_types=(POLYGON,))
    assert list(frame["desokod"]) == ["0180A0010", "0180A0020"]
    assert feedback.warnings == [
        "2 of 4 features of the layer 'mina områden' (for 'Districts') have no geometry "
        "(feature ids 2, 4): they are left out."
    ]
    feedback = CapturingFeedback()
    kept = source_to_frame(
        layer, feedback=feedback, geometry_types=(POLYGON,), allow_missing_geometry=True
    )
    assert len(kept) == 4 and "they are kept" in feedback.warnings[0]
    # a tool that does not need geometry reads them all, without a word
    assert len(source_to_frame(layer, feedback=feedback)) == 4 and len(feedback.warnings) == 1


def test_check_areas_reports_the_features_without_geometry(run_alg, project_layers):
    layer = project_layers(areas_layer([TWO[0], (None, "0180A0020")]))
    feedback = CapturingFeedback()
    result = _check(run_alg, layer, feedback)
    assert any("(feature ids 2): they are kept" in w for w in feedback.warnings)
    problems = [f["problem"] for f in result["OUTPUT"].getFeatures()]
    assert any("no geometry" in p for p in problems)


def test_a_missing_field_names_the_layer():
    with pytest.raises(InputError) as caught:
        source_to_frame(areas_layer(TWO), fields=["kod"], label="Area layer")
    assert_user_message(caught.value, "'mina områden' (for 'Area layer') has no field kod")


def test_the_layers_are_not_changed(run_alg, project_layers):
    layer = project_layers(areas_layer([TWO[0], (None, "0180A0020")]))
    before = [(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
    _check(run_alg, layer)
    assert [(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()] == before


# --- two layers in different CRS ------------------------------------------------------------
def _tenure_areas():
    return memory_layer(
        "Polygon",
        {"desokod": str, "hyresrätt": float, "bostadsrätt": float, "äganderätt": float},
        [
            (
                sweref_square(0),
                {"desokod": "0180A0010", "hyresrätt": 100, "bostadsrätt": 0, "äganderätt": 0},
            ),
            (
                sweref_square(1),
                {"desokod": "0180A0020", "hyresrätt": 0, "bostadsrätt": 50, "äganderätt": 50},
            ),
        ],
        name="mina områden",
    )


def test_districts_in_another_crs_are_reprojected_and_one_without_geometry_left_out(
    run_alg, project_layers
):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
    )

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3006"),
        QgsCoordinateReferenceSystem("EPSG:3011"),  # SWEREF 99 18 00, Stockholm's own
        QgsProject.instance(),
    )

    def in_3011(wkt):
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(transform)
        return geometry.asWkt(3)

    districts = project_layers(
        memory_layer(
            "Polygon",
            {"namn": str},
            [
                (in_3011(sweref_square(0, size=200)), {"namn": "Hela"}),
                (None, {"namn": "Ingenstans"}),
            ],
            crs="EPSG:3011",
            name="stadsdelar",
        )
    )
    feedback = CapturingFeedback()
    result = run_alg(
        "tenuremix",
        {
            "INPUT": project_layers(_tenure_areas()),
            "LEVEL": 3,
            "DISTRICTS": districts,
            "DISTRICT_ID": "namn",
            "COMPARE": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback,
    )
    assert (
        "The layer 'stadsdelar' (for 'Districts (polygons)') is in EPSG:3011, the layer 'mina "
        "områden' (for 'Areas with dwellings by tenure (or DeSO to join an SCB file to)') in "
        "EPSG:3006: the first is reprojected to EPSG:3006 for the computation"
    ) in "\n".join(feedback.infos)
    assert any("'stadsdelar' (for 'Districts (polygons)')" in w for w in feedback.warnings)
    out = rows_by(result["OUTPUT"], "namn")
    assert set(out) == {"Hela"} and out["Hela"]["areas"] == 2


@pytest.mark.parametrize(
    "values, dtype, written",
    [
        ([1, None, 3], "Int64", [1, None, 3]),
        ([True, None, False], "boolean", [True, None, False]),
        ([1.5, None, float("nan")], "Float64", [1.5, None, None]),
        (["a", None, float("nan")], object, ["a", None, None]),
        ([3, "x", None], object, [3, "x", None]),
        (["a", None, "b"], "category", ["a", None, "b"]),
        (
            ["2020-01-01", None, "2021-01-01"],
            "datetime64[ns]",
            ["2020-01-01T00:00:00", None, "2021-01-01T00:00:00"],
        ),
    ],
)
def test_columns_are_written_as_plain_python_values(values, dtype, written):
    """Whole columns at once where they hold plain values; the same values, of the same
    Python types, as value by value (a missing value of any kind becomes NULL)."""
    import numpy as np
    import pandas as pd

    from segregation_plugin.processing import frame_values

    series = pd.Series(values, dtype=dtype)
    if dtype is object and values[0] == 3:
        series = pd.Series([np.int64(3), "x", None], dtype=object)  # a numpy number inside
    column = frame_values.native_column(series)
    assert column == written
    assert [type(v) for v in column] == [type(v) for v in written]
    assert column == [frame_values.native(v) for v in series.tolist()]


@pytest.mark.parametrize(
    "kind, wkts, reused",
    [
        ("Polygon", ["POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 3,3 3,2 2))"], True),
        ("MultiPolygon", ["MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"], True),
        ("Point", ["POINT(674000.5 6580000.25)"], True),
        ("LineString", ["LINESTRING(0 0,1 1,2 0)"], True),
        ("PolygonZ", ["POLYGON Z((0 0 1,10 0 2,10 10 3,0 0 1))"], False),
    ],
)
def test_geometries_read_are_written_back_as_from_their_wkb(kind, wkts, reused):
    """A geometry written unchanged is the one read (2D types); the same WKB as the one
    made again from the shapely geometry (what every other geometry goes through)."""
    import gc
    import weakref

    from shapely import wkb

    from segregation_plugin.processing import compat, frame_values, frames

    layer = memory_layer(kind, {"n": int}, [(w, {"n": i}) for i, w in enumerate(wkts)])
    frame = source_to_frame(layer)
    geom = frame.geometry.iloc[0]
    try:
        weakref.ref(geom)
    except TypeError:  # a shapely without weak references to geometries: nothing kept
        reused = False
    assert (frame_values.read_geometry(geom) is not None) is reused
    fresh = frame.copy()
    fresh["geometry"] = [wkb.loads(g.wkb) for g in frame.geometry]  # new geometries
    assert frame_values.read_geometry(fresh.geometry.iloc[0]) is None
    fields = frames.fields_from_frame(frame)
    for wkb_type in {frames.wkb_type_of(frame), compat.WKB_UNKNOWN}:
        ours = frames.frame_features(frame, fields, wkb_type)
        theirs = frames.frame_features(fresh, fields, wkb_type)
        assert [bytes(f.geometry().asWkb()) for f in ours] == [
            bytes(f.geometry().asWkb()) for f in theirs
        ]
        assert [f.attributes() for f in ours] == [f.attributes() for f in theirs]
    kept = len(frame_values._READ)
    del frame, fresh, geom, ours, theirs
    gc.collect()
    assert len(frame_values._READ) == kept - (1 if reused else 0)  # forgotten with the geometry
