"""Empty layers, empty selections and filters, and layers without geometry in every planning
tool: empty outputs with their fields, or a message naming the layer; never a crash.

A spatial index built from an empty stream crashed QGIS (a segmentation fault in
libspatialindex) in 'Planned housing', 'Tenure split proposal' and 'Planning table per plan
area'. Here such an index fails loudly (tests/helpers/empty_index.py): in this process as an
error, and in the subprocess test as the crash it is on those installs.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from qgis.core import QgsFeature, QgsProcessingException

from tests.helpers.empty_index import forbid_empty_index, uses_rtree
from tests.helpers.layers import memory_layer, snapshot, square
from tests.helpers.paths import ROOT
from tests.helpers.planning_layers import deso_layer, projects_layer

PROJECTS = [
    ("POINT(50 50)", "S1", 60, 0, 0, 2026, "kommun", "detaljplan antagen"),
    ("POINT(150 50)", "S2", 0, 0, 40, 2027, "privat", "byggstart"),
]
NO_FEATURES = "has no features (an empty layer, or a selection or filter that matches nothing)"


def _emptied(layer, how):
    """``layer`` filtered to nothing, or with its features' geometries removed."""
    if how == "filtered":
        layer.setSubsetString("1 = 0")
        return layer
    features = []
    for f in layer.getFeatures():
        g = QgsFeature(f)
        g.clearGeometry()
        features.append(g)
    layer.dataProvider().truncate()
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def layers(project_layers):
    def make(empty=None, how="filtered"):
        given = {
            "areas": deso_layer(),
            "projects": projects_layer(PROJECTS),
            "plans": memory_layer(
                "Polygon", {"omrade": str}, [(square(0, 0, 250), {"omrade": "O1"})], name="plans"
            ),
            "quality": memory_layer(
                "Polygon",
                {"quality_class": str},
                [(square(0, 0, 150), {"quality_class": "A"})],
                name="classes",
            ),
            "districts": memory_layer(
                "Polygon", {"namn": str}, [(square(0, 0, 400), {"namn": "D1"})], name="districts"
            ),
        }
        if empty:
            given[empty] = _emptied(given[empty], how)
        return {k: project_layers(v) for k, v in given.items()}

    return make


def _fields(layer):
    return layer.fields().names()


NO_GEOMETRY = "has a geometry. Choose the layer with the shapes"


def _refused_without_geometry(run, layer_name):
    """A layer none of whose features has a geometry is refused at reading (processing's
    layer checks), naming the layer and what to do."""
    with pytest.raises(QgsProcessingException) as error:
        run()
    message = str(error.value)
    assert f"layer '{layer_name}'" in message and NO_GEOMETRY in message, message


def test_planned_housing_refuses_layers_without_any_geometry(run_alg, layers):
    params = {"OUTPUT": "TEMPORARY_OUTPUT", "PROJECTED": "TEMPORARY_OUTPUT"}
    for empty, name in (("areas", "deso"), ("projects", "projects")):
        given = layers(empty, "no geometry")
        _refused_without_geometry(
            lambda given=given: run_alg(
                "plannedhousing",
                {"PROJECTS": given["projects"], "AREAS": given["areas"], **params},
            ),
            name,
        )


@pytest.mark.parametrize("how", ["filtered"])
def test_planned_housing(run_alg, layers, feedback, how):
    full = layers()
    params = {"OUTPUT": "TEMPORARY_OUTPUT", "PROJECTED": "TEMPORARY_OUTPUT"}
    expected = run_alg(
        "plannedhousing", {"PROJECTS": full["projects"], "AREAS": full["areas"], **params}
    )
    for empty in ("areas", "projects"):
        given = layers(empty, how)
        before = snapshot(given[empty])
        with forbid_empty_index():
            result = run_alg(
                "plannedhousing",
                {"PROJECTS": given["projects"], "AREAS": given["areas"], **params},
                feedback,
            )
        for name in ("OUTPUT", "PROJECTED"):
            assert _fields(result[name]) == _fields(expected[name])
        assert snapshot(given[empty]) == before
    # the projects lie in no area; the areas keep today's mix
    warning = next(w for w in feedback.warnings if "area layer 'deso'" in w)
    assert warning.endswith("No project can be put into an area.")
    notes = {f["projekt_id"]: f["note"] for f in result["OUTPUT"].getFeatures()}
    assert notes == (
        {"S1": "has no geometry", "S2": "has no geometry"} if how != "filtered" else {}
    )
    assert any("project layer 'projects'" in w for w in feedback.warnings)


@pytest.mark.parametrize("how", ["filtered", "no geometry"])
def test_tenure_split_says_which_layer_it_lacks(run_alg, layers, how):
    for empty, kind, what in (
        ("areas", "area layer 'deso'", "A split needs the mix of the area a project lies in."),
        ("projects", "project layer 'projects'", "There is no project to split."),
    ):
        given = layers(empty, how)
        if how != "filtered":
            kind, what = kind.split(" ", 2)[-1], "or check its filter."
        lacks = NO_FEATURES if how == "filtered" else NO_GEOMETRY
        with forbid_empty_index(), pytest.raises(QgsProcessingException) as error:
            run_alg(
                "tenuresplit",
                {
                    "PROJECTS": given["projects"],
                    "AREAS": given["areas"],
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )
        message = str(error.value)
        assert kind in message and lacks in message and message.endswith(what)


@pytest.mark.parametrize("how", ["filtered"])
def test_planning_table(run_alg, layers, feedback, how):
    def run(given, fb=None):
        return run_alg(
            "planningoverlay",
            {
                "PLANS": given["plans"],
                "PLAN_KEY": "omrade",
                "AREAS": given["areas"],
                "POP_FIELD": "folk",
                "QUALITY": given["quality"],
                "PROJECTS": given["projects"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            fb,
        )["OUTPUT"]

    expected = _fields(run(layers()))
    for empty, consequence in (
        ("plans", "No plan area can be compared with the areas."),
        ("areas", "Every plan area lies outside the areas: no residents and no tenure mix."),
        ("quality", "No plan area reaches a quality class."),
        ("projects", "No planned dwellings are counted."),
    ):
        with forbid_empty_index():
            table = run(layers(empty, how), feedback)
        assert _fields(table) == expected
        assert any(w.endswith(consequence) for w in feedback.warnings), consequence
        rows = list(table.getFeatures())
        if empty == "plans":
            assert len(rows) == 0
        elif empty == "areas":
            assert rows[0]["plan_note"] == "outside every area"
        elif empty == "quality":
            assert rows[0]["share_no_class"] == 100
        else:
            assert rows[0]["planned_total"] == 0


def test_tenure_mix_with_no_areas_no_counts_or_no_districts(
    run_alg, layers, feedback, project_layers
):
    given = layers("areas")
    out = {"OUTPUT": "TEMPORARY_OUTPUT", "REFERENCES": "TEMPORARY_OUTPUT"}
    for level in (0, 1, 2, 3):
        result = run_alg(
            "tenuremix",
            {"INPUT": given["areas"], "LEVEL": level, "KEY_FIELD": "regsokod", "DISTRICTS": given["districts"], **out},
            feedback,
        )  # fmt: skip
        assert result["OUTPUT"].featureCount() == (1 if level == 3 else 0)
        assert "dominant_tenure" in _fields(result["OUTPUT"])
    assert any(f"The area layer 'deso' {NO_FEATURES}" in w for w in feedback.warnings)
    # every count empty: each area says so, and one warning names the fields
    blank = project_layers(deso_layer())
    blank.dataProvider().changeAttributeValues(
        {f.id(): {i: None for i in range(2, 6)} for f in blank.getFeatures()}
    )
    result = run_alg("tenuremix", {"INPUT": blank, **out}, feedback)["OUTPUT"]
    assert {f["mix_note"] for f in result.getFeatures()} == {
        "count of hyresrätt, bostadsrätt, äganderätt missing (suppressed or empty)"
    }
    assert any(w.startswith("None of the 4 areas has all three counts") for w in feedback.warnings)
    # an empty district layer: no district, a warning
    none = layers("districts", "filtered")
    result = run_alg(
        "tenuremix",
        {"INPUT": none["areas"], "LEVEL": 3, "DISTRICTS": none["districts"], **out},
        feedback,
    )
    assert result["OUTPUT"].featureCount() == 0
    assert any(w.endswith("No area can be summed to a district.") for w in feedback.warnings)
    # districts none of which has a geometry: refused, naming the layer
    shapeless = layers("districts", "no geometry")
    _refused_without_geometry(
        lambda: run_alg(
            "tenuremix",
            {"INPUT": shapeless["areas"], "LEVEL": 3, "DISTRICTS": shapeless["districts"], **out},
        ),
        "districts",
    )


def test_zonal_statistics_of_no_areas(run_alg, layers, feedback, tmp_path):
    import numpy as np
    from rasterio.transform import from_origin

    from tests.helpers.rasters import write_raster

    raster = write_raster(
        tmp_path / "g.tif", np.ones((4, 4), "int32"), from_origin(0, 400, 100, 100)
    )
    given = layers("areas")
    result = run_alg(
        "zonalraster", {"ZONES": given["areas"], "RASTER": str(raster), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback
    )["OUTPUT"]  # fmt: skip
    assert result.featureCount() == 0 and "zonal_sum" in _fields(result)
    assert any(f"The area layer 'deso' {NO_FEATURES}" in w for w in feedback.warnings)


def test_the_tools_that_crashed_on_empty_layers_exit_cleanly_in_a_process_of_their_own():
    """As the tester ran them (qgis_process): a crash shows as a negative return code."""
    if not uses_rtree():
        pytest.skip("geopandas does not use rtree here: an index of nothing cannot crash")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    run = subprocess.run(
        [sys.executable, "-m", "tests.helpers.empty_layers_run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, f"return code {run.returncode}\n{run.stdout}\n{run.stderr}"
    cases = dict(
        line[5:].split(": ", 1) for line in run.stdout.splitlines() if line.startswith("CASE ")
    )
    assert cases == {
        "plannedhousing, empty areas": "ok {'OUTPUT': 2, 'PROJECTED': 0}",
        "tenuresplit, filtered areas": (
            f"error The area layer 'deso' {NO_FEATURES}. A split needs the mix of the area a "
            "project lies in."
        ),
        "planningoverlay, empty areas": "ok {'OUTPUT': 1}",
        "planningoverlay, empty plans": "ok {'OUTPUT': 0}",
    }
    assert "WARNING The area layer 'deso' has no features" in run.stdout
    assert run.stdout.rstrip().endswith("DONE")
