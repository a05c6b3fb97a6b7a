"""segregation:getboundaries through QGIS's network stack against a local fake of SCB's WFS."""

from __future__ import annotations

import geopandas as gpd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from shapely.geometry import box

from tests.helpers.wfs_fake import refused_url, running_wfs

OUT = "TEMPORARY_OUTPUT"
KIND = {"deso2025": 0, "deso2018": 1, "regso2025": 2, "regso2020": 3, "kommun": 4, "lan": 5}


def test_deso_2018_of_goteborg_in_pages(run_alg, feedback):
    with running_wfs() as (url, fake):
        result = run_alg(
            "getboundaries",
            {
                "KIND": KIND["deso2018"],
                "AREAS": "1480",
                "WFS_URL": url,
                "PAGE_SIZE": 2,
                "OUTPUT": OUT,
            },
            feedback,
        )
    assert [q["startIndex"] for q in fake.requests] == ["0", "2", "4"]
    layer = result["OUTPUT"]
    assert layer.name() == "DeSO 2018 — 1480 Göteborg"
    assert result["TITLE"] == "DeSO 2018 — 1480 Göteborg" and result["COUNT"] == 5
    assert layer.crs().authid() == "EPSG:3006"
    names = layer.fields().names()
    for field in ("desokod", "regsokod", "kommunkod", "kommunnamn", "lanskod", "lansnamn"):
        assert field in names
    rows = sorted(
        (f["desokod"], f["kommunnamn"], round(f.geometry().area())) for f in layer.getFeatures()
    )
    assert rows[0] == ("1480C1010", "Göteborg", 1_000_000) and len(rows) == 5
    assert any("5 areas from" in m and "retrieved" in m for m in feedback.infos)


def test_offline_names_the_download(run_alg):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "getboundaries", {"KIND": 0, "AREAS": "0180", "WFS_URL": refused_url(), "OUTPUT": OUT}
        )
    message = str(err.value)
    assert "Could not reach SCB's WFS server" in message and "GeoPackage" in message
    assert "scb.se" in message


def test_unknown_kommun_code_is_named(run_alg):
    with (
        running_wfs() as (url, _fake),
        pytest.raises(QgsProcessingException, match=r"No RegSO 2025 boundaries for 1479"),
    ):
        run_alg("getboundaries", {"KIND": 2, "AREAS": "1479", "WFS_URL": url, "OUTPUT": OUT})


def test_file_gives_lan_boundaries(run_alg, tmp_path):
    rows = [
        {"desokod": f"{k}C1010", "geometry": box(e, 6400000, e + 1000, 6401000)}
        for k, e in (("1480", 319000), ("1401", 320000), ("0180", 674000))
    ]
    path = tmp_path / "DeSO_2025.gpkg"
    gpd.GeoDataFrame(rows, crs="EPSG:3006").to_file(path, layer="DeSO_2025", driver="GPKG")
    result = run_alg(
        "getboundaries", {"KIND": KIND["lan"], "AREAS": "14", "INPUT": str(path), "OUTPUT": OUT}
    )
    layer: QgsVectorLayer = result["OUTPUT"]
    features = list(layer.getFeatures())
    assert [(f["lanskod"], f["lansnamn"]) for f in features] == [("14", "Västra Götalands län")]
    assert features[0].geometry().area() == pytest.approx(2_000_000)
    assert layer.name() == "Län — 14 Västra Götalands län"
    assert result["SOURCE"] == f"{path}, layer DeSO_2025"


def test_server_error_through_qgis_network(run_alg):
    with running_wfs() as (url, fake):
        fake.fail_with = 503
        with pytest.raises(QgsProcessingException, match=r"answered HTTP 503"):
            run_alg("getboundaries", {"KIND": 1, "AREAS": "1480", "WFS_URL": url, "OUTPUT": OUT})


def test_layer_unknown_to_the_server_quotes_its_exception(processing_provider):
    from segregation_plugin.core.common.errors import InputError
    from segregation_plugin.core.statistics.wfs import WfsClient
    from segregation_plugin.processing.network import qgis_fetch

    with (
        running_wfs() as (url, _fake),
        pytest.raises(InputError, match=r"HTTP 400.*Feature type stat:DeSO_1999 unknown"),
    ):
        WfsClient(url, fetch=qgis_fetch, timeout=5).get_features("stat:DeSO_1999")


def test_a_layer_loaded_into_the_project_gets_the_content_name(processing_provider, tmp_path):
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    target = QgsProcessingOutputLayerDefinition(str(tmp_path / "out.gpkg"), QgsProject.instance())
    with running_wfs() as (url, _fake):
        result = processing.run(
            "segregation:getboundaries",
            {"KIND": KIND["regso2025"], "AREAS": "0180", "WFS_URL": url, "OUTPUT": target},
            feedback=QgsProcessingFeedback(),
            context=context,
        )
    assert context.willLoadLayerOnCompletion(result["OUTPUT"])
    details = context.layerToLoadOnCompletionDetails(result["OUTPUT"])
    assert details.name == "RegSO 2025 — 0180 Stockholm" and details.forceName
    written = QgsVectorLayer(result["OUTPUT"], "written", "ogr")
    assert sorted(f["regsonamn"] for f in written.getFeatures()) == ["Gamla stan", "Södermalm"]
