"""Outputs are written all or none, after the computation, and never over an input or a
GeoPackage (processing/writing.py, processing/destinations.py): through Processing, on real
files in tmp_path."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from osgeo import ogr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from segregation_plugin.processing import frames
from tests.helpers.feedback import CapturingFeedback
from tests.helpers.paths import ROOT, SAMPLE, SAMPLE_GPKG

GTFS = str(SAMPLE / "exempellan_gtfs.zip")
POPULATION = str(SAMPLE / "befolkning_250m.tif")
INCOME = str(SAMPLE / "scb" / "deso_ekonomisk_standard_2021-2022.csv")
DATE = "2022-10-12"


def contents(path) -> dict:
    """A GeoPackage's layers with their feature counts, and its layer_styles rows."""
    dataset = ogr.Open(str(path))
    layers = {}
    for i in range(dataset.GetLayerCount()):
        layers[dataset.GetLayer(i).GetName()] = dataset.GetLayer(i).GetFeatureCount()
    dataset = None
    styles = []
    if "layer_styles" in layers:
        with sqlite3.connect(path) as db:
            styles = db.execute(
                "SELECT f_table_name, styleName, styleQML FROM layer_styles ORDER BY id"
            ).fetchall()
    return {"layers": layers, "styles": styles}


def files_in(folder) -> set:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def region(tmp_path):
    """A copy of the sample GeoPackage (7 layers) with a style of its DeSO layer saved in
    its layer_styles table, as QGIS saves one."""
    path = tmp_path / "region.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    layer = QgsVectorLayer(f"{path}|layername=deso", "deso", "ogr")
    layer.saveStyleToDatabase("planner's style", "", True, "")
    del layer
    before = contents(path)
    assert len(before["layers"]) == 8 and len(before["styles"]) == 1  # 7 + layer_styles
    return path


def refusal(run_alg, alg_id, params) -> str:
    """The message of a run that fails. (Not ``pytest.raises(...) as e``: the exception's
    traceback would keep the run's context, and its layers, alive until QGIS has exited.)"""
    try:
        run_alg(alg_id, params)
    except QgsProcessingException as error:
        return str(error)
    raise AssertionError(f"{alg_id} did not fail")


def join_params(areas, output, report=None):
    params = {"INPUT": areas, "STATISTICS_FILE": INCOME, "YEARS": "2022", "OUTPUT": output}
    if report:
        params["REPORT"] = report
    return params


# --- an output into the GeoPackage of an input --------------------------------------------
def test_check_areas_into_its_input_geopackage_adds_a_layer(run_alg, region, feedback):
    before = contents(region)
    result = run_alg(
        "checkareas",
        {"INPUT": f"{region}|layername=regso", "OUTPUT": str(region)},
        feedback=feedback,
    )
    after = contents(region)
    assert result["OUTPUT"] == f"{region}|layername=checkareas"
    assert after["styles"] == before["styles"]
    assert after["layers"] == {**before["layers"], "checkareas": 0}
    assert any(
        "«checkareas»" in m and "other layers and styles are kept" in m for m in feedback.infos
    )


def test_area_types_into_its_input_geopackage_adds_a_layer(run_alg, region, sample_stats):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "regso_stats"
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        sample_stats["regso_stats"],
        str(region),
        sample_stats["regso_stats"].transformContext(),
        options,
    )
    assert error[0] == QgsVectorFileWriter.NoError
    before = contents(region)
    result = run_alg(
        "areatypes", {"INPUT": f"{region}|layername=regso_stats", "OUTPUT": str(region)}
    )
    after = contents(region)
    assert result["OUTPUT"] == f"{region}|layername=areatypes"
    assert after == {"layers": {**before["layers"], "areatypes": 162}, "styles": before["styles"]}
    layer = QgsVectorLayer(result["OUTPUT"], "types", "ogr")
    assert "area_type" in layer.fields().names()


def test_zonal_raster_into_a_named_layer_of_its_input_geopackage(run_alg, region):
    before = contents(region)
    result = run_alg(
        "zonalraster",
        {
            "RASTER": POPULATION,
            "ZONES": f"{region}|layername=deso",
            "OUTPUT": f"ogr:dbname='{region}' table=\"befolkning\" (geom)",
        },
    )
    assert result["OUTPUT"] == f"{region}|layername=befolkning"
    after = contents(region)
    assert after == {"layers": {**before["layers"], "befolkning": 322}, "styles": before["styles"]}
    result = run_alg(  # the |layername= form, as typed in the dialog
        "zonalraster",
        {
            "RASTER": POPULATION,
            "ZONES": f"{region}|layername=deso",
            "OUTPUT": f"{region}|layername=zon",
        },
    )
    assert result["OUTPUT"] == f"{region}|layername=zon"
    assert contents(region)["layers"] == {**after["layers"], "zon": 322}


def test_an_output_never_replaces_its_input_layer(run_alg, region, feedback):
    before = contents(region)
    for output in (f"{region}|layername=deso", f"ogr:dbname='{region}' table=\"deso\" (geom)"):
        message = refusal(
            run_alg,
            "zonalraster",
            {"RASTER": POPULATION, "ZONES": f"{region}|layername=deso", "OUTPUT": output},
        )
        assert "«deso»" in message and "which is the input «" in message and str(region) in message
    assert contents(region) == before


def test_an_input_of_selected_features_or_a_project_layer_is_recognised(
    run_alg, region, project_layers
):
    before = contents(region)
    selected = QgsProcessingFeatureSourceDefinition(f"{region}|layername=regso", True)
    layer = project_layers(QgsVectorLayer(f"{region}|layername=regso", "regso", "ogr"))
    for source in (selected, layer.id()):
        message = refusal(
            run_alg, "checkareas", {"INPUT": source, "OUTPUT": f"{region}|layername=regso"}
        )
        assert "would replace the layer «regso»" in message
    # a GeoPackage opened without a layer name is its first layer
    message = refusal(
        run_alg, "checkareas", {"INPUT": str(region), "OUTPUT": f"{region}|layername=lan"}
    )
    assert "would replace the layer «lan»" in message
    assert contents(region) == before


def test_a_raster_never_replaces_a_geopackage(run_alg, region):
    before = contents(region)
    with pytest.raises(QgsProcessingException, match="cannot be written into the GeoPackage"):
        run_alg(
            "transitqualityclasses",
            {"GTFS": GTFS, "DATE": DATE, "OUTPUT": "TEMPORARY_OUTPUT", "RASTER": str(region)},
        )
    assert contents(region) == before


def test_the_dialogs_output_definition_loads_the_new_layer(processing_provider, region):
    """The toolbox passes a QgsProcessingOutputLayerDefinition that loads the output into
    the project: it must load the new layer, not the file."""
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = QgsProcessingOutputLayerDefinition(str(region), QgsProject.instance())
    output.destinationName = "Problems"
    result = processing.run(
        "segregation:checkareas",
        {"INPUT": f"{region}|layername=kommun", "OUTPUT": output},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    assert result["OUTPUT"] == f"{region}|layername=checkareas"
    loaded = context.layersToLoadOnCompletion()
    assert list(loaded) == [result["OUTPUT"]]
    assert loaded[result["OUTPUT"]].name == "Problems of the areas — kommun"  # its content


# --- two outputs of one run ---------------------------------------------------------------
def test_join_statistics_writes_both_outputs_into_one_new_geopackage(run_alg, tmp_path, feedback):
    out = tmp_path / "joined.gpkg"
    areas = f"{SAMPLE_GPKG}|layername=deso"
    result = run_alg("joinstatistics", join_params(areas, str(out), str(out)), feedback=feedback)
    assert result["OUTPUT"] == f"{out}|layername=joinstatistics"
    assert result["REPORT"] == f"{out}|layername=joinstatistics_report"
    layers = contents(out)["layers"]
    assert layers["joinstatistics"] == 322 and layers["joinstatistics_report"] > 0


def test_join_statistics_writes_both_outputs_into_the_input_geopackage(run_alg, region):
    before = contents(region)
    result = run_alg(
        "joinstatistics", join_params(f"{region}|layername=deso", str(region), str(region))
    )
    after = contents(region)
    assert after["styles"] == before["styles"]
    assert set(after["layers"]) == set(before["layers"]) | {
        "joinstatistics",
        "joinstatistics_report",
    }
    assert all(after["layers"][name] == n for name, n in before["layers"].items())
    assert result["OUTPUT"].endswith("|layername=joinstatistics")


def test_two_outputs_into_one_file_that_is_not_a_geopackage_are_refused(run_alg, tmp_path):
    csv = str(tmp_path / "a.csv")
    message = refusal(
        run_alg, "joinstatistics", join_params(f"{SAMPLE_GPKG}|layername=deso", csv, csv)
    )
    assert "«Areas with statistics»" in message and "«Join report»" in message
    assert not any(tmp_path.iterdir())


def test_an_output_over_an_input_file_is_refused(run_alg, tmp_path):
    shapefile = tmp_path / "regso.shp"
    source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=regso", "regso", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    assert (
        QgsVectorFileWriter.writeAsVectorFormatV3(
            source, str(shapefile), source.transformContext(), options
        )[0]
        == 0
    )
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for output in (shapefile, tmp_path / "regso.dbf"):  # the .dbf is the shapefile's table
        message = refusal(run_alg, "checkareas", {"INPUT": str(shapefile), "OUTPUT": str(output)})
        assert "«Problems»" in message and "«Area layer»" in message
    # the file behind a file parameter (the statistics) is an input too
    csv = tmp_path / "income.csv"
    shutil.copy(INCOME, csv)
    before[csv.name] = csv.read_bytes()
    with pytest.raises(QgsProcessingException, match="the file of the input «Or a statistics file"):
        run_alg(
            "joinstatistics",
            {
                **join_params(f"{SAMPLE_GPKG}|layername=deso", "TEMPORARY_OUTPUT", str(csv)),
                "STATISTICS_FILE": str(csv),
            },
        )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


# --- a failed or cancelled run leaves nothing -----------------------------------------------
def fail_on_call(monkeypatch, module, name, call=2):
    """Make ``module.name`` raise OSError on its ``call``-th call."""
    original, calls = getattr(module, name), []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise OSError("No space left on device")
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, failing)
    return calls


def test_a_failing_second_output_removes_the_first(run_alg, tmp_path, monkeypatch):
    calls = fail_on_call(monkeypatch, frames, "write_features")
    (tmp_path / "report.csv").write_text("an earlier report\n")
    message = refusal(
        run_alg,
        "joinstatistics",
        join_params(
            f"{SAMPLE_GPKG}|layername=deso",
            str(tmp_path / "joined.gpkg"),
            str(tmp_path / "report.csv"),
        ),
    )
    assert len(calls) == 2
    assert "«Join report»" in message and "No space left" in message
    assert files_in(tmp_path) == {"report.csv"}  # no joined.gpkg; no backup left
    assert (tmp_path / "report.csv").read_text() == "an earlier report\n"  # put back


def test_a_failing_second_layer_in_a_geopackage_leaves_the_file_as_it_was(
    run_alg, region, monkeypatch
):
    before = contents(region)
    fail_on_call(monkeypatch, frames, "write_features")
    with pytest.raises(QgsProcessingException):
        run_alg("joinstatistics", join_params(f"{region}|layername=deso", str(region), str(region)))
    assert contents(region) == before


def test_quality_classes_whose_raster_fails_leave_no_polygons(run_alg, tmp_path, monkeypatch):
    from segregation_plugin.core.transit import quality_raster

    fail_on_call(monkeypatch, quality_raster, "write_class_raster", call=1)
    with pytest.raises(QgsProcessingException, match="«Quality classes \\(raster\\)»"):
        run_alg(
            "transitqualityclasses",
            {
                "GTFS": GTFS,
                "DATE": DATE,
                "OUTPUT": str(tmp_path / "classes.gpkg"),
                "STOPS": str(tmp_path / "stops.shp"),
                "RASTER": str(tmp_path / "classes.tif"),
            },
        )
    assert not any(tmp_path.iterdir())


def test_a_line_profile_whose_chart_fails_leaves_no_table(run_alg, tmp_path, monkeypatch):
    from segregation_plugin.core.transit import line_profile

    fail_on_call(monkeypatch, line_profile, "profile_chart", call=1)
    with pytest.raises(QgsProcessingException, match="«Chart»"):
        run_alg(
            "lineprofile",
            {
                "GTFS": GTFS,
                "ROUTE": "M1",
                "DATE": DATE,
                "AREAS": f"{SAMPLE_GPKG}|layername=deso",
                "POP_RASTER": POPULATION,
                "OUTPUT": str(tmp_path / "profile.csv"),
                "CHART": str(tmp_path / "profile.png"),
            },
        )
    assert not any(tmp_path.iterdir())


def test_a_failed_run_loads_nothing_and_keeps_no_temporary_layer(
    processing_provider, tmp_path, monkeypatch
):
    import processing

    fail_on_call(monkeypatch, frames, "write_features")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    report = QgsProcessingOutputLayerDefinition(str(tmp_path / "report.csv"), QgsProject.instance())
    params = join_params(f"{SAMPLE_GPKG}|layername=deso", "TEMPORARY_OUTPUT", report)
    try:
        processing.run("segregation:joinstatistics", params, context=context)
    except QgsProcessingException:
        pass
    else:
        raise AssertionError("the run did not fail")
    assert context.layersToLoadOnCompletion() == {}
    names = [layer.name() for layer in context.temporaryLayerStore().mapLayers().values()]
    assert "Areas with statistics" not in names and not any(tmp_path.iterdir())
    context.temporaryLayerStore().removeAllMapLayers()


class CancelWhileWriting(CapturingFeedback):
    """Presses Cancel once the first chunk of features is written."""

    def __init__(self):
        super().__init__()
        self.looks = 0

    def setProgressText(self, text):  # noqa: N802
        self.writing = True
        super().setProgressText(text)

    def isCanceled(self):  # noqa: N802
        if getattr(self, "writing", False):
            self.looks += 1
            if self.looks == 2:  # after the first chunk
                self.cancel()
        return super().isCanceled()


def test_cancel_while_writing_leaves_no_output(run_alg, tmp_path, monkeypatch):
    monkeypatch.setattr(frames, "CHUNK", 50)
    feedback = CancelWhileWriting()
    result = run_alg(
        "joinstatistics",
        join_params(f"{SAMPLE_GPKG}|layername=deso", str(tmp_path / "joined.shp")),
        feedback=feedback,
    )
    assert feedback.looks >= 2 and result == {}
    assert not any(tmp_path.iterdir())
    assert "Cancelled by the user; nothing was written." in feedback.errors


def test_a_replaced_layer_comes_back_when_the_run_is_cancelled(run_alg, region, monkeypatch):
    areas = f"{region}|layername=deso"
    run_alg("joinstatistics", join_params(areas, str(region)))
    before = contents(region)
    assert before["layers"]["joinstatistics"] == 322
    monkeypatch.setattr(frames, "CHUNK", 50)
    feedback = CancelWhileWriting()
    assert run_alg("joinstatistics", join_params(areas, str(region)), feedback=feedback) == {}
    assert feedback.looks >= 2
    assert contents(region) == before  # the earlier layer is back, under its name
    feedback = CapturingFeedback()
    params = {**join_params(areas, str(region)), "PREFIX": "ny "}
    result = run_alg("joinstatistics", params, feedback=feedback)
    assert contents(region)["layers"] == before["layers"]  # replaced: no second layer, no backup
    assert any("replaces the layer «joinstatistics»" in m for m in feedback.warnings)
    fields = QgsVectorLayer(result["OUTPUT"], "joined", "ogr").fields().names()
    assert any(name.startswith("ny ") for name in fields)


# --- folders --------------------------------------------------------------------------------
def test_an_output_in_a_missing_folder_is_refused_before_the_run(run_alg, tmp_path, monkeypatch):
    from segregation_plugin.core.transit import line_profile

    monkeypatch.setattr(line_profile, "route_pattern", None)  # nothing is computed
    missing = tmp_path / "no such folder"
    message = refusal(
        run_alg,
        "lineprofile",
        {
            "GTFS": GTFS,
            "ROUTE": "M1",
            "DATE": DATE,
            "AREAS": f"{SAMPLE_GPKG}|layername=deso",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CHART": str(missing / "m1.png"),
        },
    )
    assert "«Chart»" in message and str(missing) in message
    assert not missing.exists()


def test_an_output_in_a_folder_that_is_a_file_is_refused(run_alg, tmp_path):
    (tmp_path / "notes.txt").write_text("")
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg(
            "checkareas",
            {
                "INPUT": f"{SAMPLE_GPKG}|layername=regso",
                "OUTPUT": str(tmp_path / "notes.txt" / "x.gpkg"),
            },
        )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_output_in_a_read_only_folder_is_refused(run_alg, tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(QgsProcessingException, match="cannot be written in the folder"):
            run_alg(
                "checkareas",
                {"INPUT": f"{SAMPLE_GPKG}|layername=regso", "OUTPUT": str(folder / "x.gpkg")},
            )
    finally:
        folder.chmod(0o755)


# --- no tool writes by itself -------------------------------------------------------------
WRITERS = {
    "frame_to_sink",
    "parameterAsSink",
    "parameterAsOutputLayer",
    "parameterAsFileOutput",
    "savefig",
    "write_class_raster",
    "profile_chart",
}


def test_no_tool_writes_an_output_itself():
    """Tools stage their outputs in self.writer: a call that writes (or resolves an output
    path to write to) in a tool module would bypass the checks and the rollback. A writing
    function may only be called in the lambda given to ``self.writer.add_file``."""
    import ast

    found = []
    for path in sorted((ROOT / "segregation_plugin" / "processing").glob("*/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        staged = {
            id(node.args[1])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "add_file"
            and len(node.args) > 1
        }
        lambdas = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda) and id(n) in staged]
        allowed = {id(n) for lam in lambdas for n in ast.walk(lam)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and id(node) not in allowed:
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in WRITERS:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert not found, "write through self.writer instead: " + ", ".join(found)


# --- the same in a separate QGIS process --------------------------------------------------
RUN_IN_QGIS = textwrap.dedent(
    """
    import sys
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from qgis.core import QgsProcessingException
    from segregation_plugin.processing.provider import SegregationProvider
    provider = SegregationProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    gpkg, missing = sys.argv[1], sys.argv[2]
    result = processing.run("segregation:checkareas", {"INPUT": gpkg + "|layername=kommun", "OUTPUT": gpkg})
    print("OUTPUT", result["OUTPUT"])
    try:
        processing.run("segregation:checkareas", {"INPUT": gpkg + "|layername=kommun", "OUTPUT": missing})
    except QgsProcessingException as error:
        print("REFUSED", str(error).replace("\\n", " "))
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    """
)


def test_a_run_in_its_own_qgis_process_does_not_crash(region, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(tmp_path / "profile")
    missing = tmp_path / "missing" / "out.gpkg"
    result = subprocess.run(
        [sys.executable, "-c", RUN_IN_QGIS, str(region), str(missing)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"OUTPUT {region}|layername=checkareas" in result.stdout
    assert "REFUSED" in result.stdout and str(missing.parent) in result.stdout
    assert "kommun" in contents(region)["layers"] and "checkareas" in contents(region)["layers"]
