"""segregation:segregationanalysis without a statistics folder: SCB's tables from the API.

A local PxWebAPI 2.0 (``tests/helpers/pxweb_tables_fake.py``) serves the sample's V1–V3
exports as SCB's API would; the guided analysis fetches them (in several calls, SCB's cell
limit set small), saves them in the cache folder and gives the same area types as the
folder path on the exports themselves. Without a network the message names what to
download. Never the internet.
"""

from __future__ import annotations

import shutil
import socket

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.helpers.feedback import CapturingFeedback
from tests.helpers.paths import SAMPLE

GPKG = SAMPLE / "exempellan.gpkg"
EXPORTS = {  # the default table ids of the API source → the sample's export of that table
    "TAB6685": "deso_ekonomisk_standard_2021-2022.xlsx",
    "TAB5956": "deso_utbildningsniva_25-64_2021-2022.xlsx",
    "TAB6680": "deso_arbetsmarknadsstatus_16-64_2021-2022.xlsx",
}
OUTPUTS = ("REGSO_TYPES", "DESO_TYPES")


def _layer(name):
    return QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")


def _params(**extra):
    params = {
        "DESO": _layer("deso"),
        "REGSO": _layer("regso"),
        "YEAR": 2022,
        **{name: "TEMPORARY_OUTPUT" for name in OUTPUTS},
    }
    params.update(extra)
    return params


def _types(layer, code_field):
    return {f[code_field]: f["area_type"] for f in layer.getFeatures()}


@pytest.fixture(scope="module")
def fake_scb():
    from segregation_plugin.core.statistics.pxweb import read_statistics
    from tests.helpers.pxweb_tables_fake import FakeTable, start_fake_tables

    tables = {
        table: FakeTable(table, read_statistics(SAMPLE / "scb" / name))
        for table, name in EXPORTS.items()
    }
    url, requests, stop = start_fake_tables(tables, max_cells=800)
    yield url, requests
    stop()


@pytest.fixture(scope="module")
def both_runs(qgis_processing, fake_scb, tmp_path_factory):
    """The analysis from the API and from a folder of the same exports, once per module."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    from tests.helpers.provider import ensure_provider

    ensure_provider()
    url, requests = fake_scb
    folder = tmp_path_factory.mktemp("exports")
    for name in EXPORTS.values():
        shutil.copy(SAMPLE / "scb" / name, folder)
    cache = tmp_path_factory.mktemp("cache")
    (cache / "notes.txt").write_text("a file of the user's: left alone", encoding="utf-8")
    (cache / "TAB6685_2019-2020.json").write_text("{}", encoding="utf-8")  # an earlier fetch
    runs = []
    for params in (
        _params(API_URL=url, API_CACHE=str(cache)),
        _params(STATISTICS_FOLDER=str(folder)),
    ):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = CapturingFeedback()
        results = processing.run(
            "segregation:segregationanalysis", params, context=context, feedback=feedback
        )
        runs.append((results, feedback, context))
    yield runs, cache, requests
    for results, _, context in runs:
        results.clear()
        context.temporaryLayerStore().removeAllMapLayers()


def test_the_api_gives_the_area_types_of_the_folder(both_runs):
    (api, api_log, _), (folder, _, _) = both_runs[0]
    regso = _types(api["REGSO_TYPES"], "regsokod")
    assert regso == _types(folder["REGSO_TYPES"], "regsokod")
    types = list(regso.values())
    assert len(regso) == 162 and [types.count(t) for t in (1, 2, 3, 4, 5)] == [8, 7, 49, 83, 12]
    assert _types(api["DESO_TYPES"], "desokod") == _types(folder["DESO_TYPES"], "desokod")
    assert api["YEAR_ANALYSED"] == 2022 and api["TABLES"] == 3


def test_the_tables_are_saved_in_the_cache_and_logged(both_runs):
    runs, cache, requests = both_runs
    _, log, _ = runs[0]
    assert sorted(p.name for p in cache.iterdir()) == [
        "TAB5956_2021-2022.json",
        "TAB6680_2021-2022.json",
        "TAB6685_2021-2022.json",
        "notes.txt",  # the user's file stays; the earlier fetch is replaced
    ]
    assert any(str(cache) in line and "fetching SCB's tables" in line for line in log.infos)
    # 322 DeSO × 3 or 4 variables × 2 years in calls of at most 800 cells
    posts = [path for method, path in requests if method == "POST"]
    assert posts.count("/tables/TAB6685/data") == 3  # 1,932 cells: 133 DeSO per call
    assert posts.count("/tables/TAB6680/data") == 4  # 2,576 cells: 100 DeSO per call


def test_without_a_network_the_message_names_what_to_download(run_alg, project_layers, tmp_path):
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    params = _params(API_URL=f"http://127.0.0.1:{port}/api/v2", API_CACHE=str(tmp_path))
    params["DESO"] = project_layers(_layer("deso"))
    params["REGSO"] = project_layers(_layer("regso"))
    with pytest.raises(QgsProcessingException) as error:
        run_alg("segregationanalysis", params)
    message = str(error.value)
    assert "Could not reach SCB's API" in message and "TAB6685" in message
    for code in ("000006TA", "000005MO", "000007A8"):
        assert code in message
    assert "statistics folder" in message
    assert list(tmp_path.iterdir()) == []
