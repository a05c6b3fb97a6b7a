"""segregation:zonalraster through Processing: a 4 × 4 raster of 100 m cells worked out by
hand, polygons in another CRS, nodata cells, overlapping polygons, a polygon outside."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
)

from tests.helpers.layers import memory_layer, rows_by, snapshot
from tests.helpers.rasters import write_raster

X0, Y0 = 600_000, 6_600_400  # top-left corner, SWEREF 99 TM
# row-major from the top: 1 … 16, the cell of 6 is nodata (-9999)
VALUES = np.arange(1, 17, dtype="int32").reshape(4, 4)
VALUES[1, 1] = -9999


@pytest.fixture
def raster(tmp_path):
    from rasterio.transform import from_origin

    return str(
        write_raster(tmp_path / "grid.tif", VALUES, from_origin(X0, Y0, 100, 100), nodata=-9999)
    )


def box(col0, row0, col1, row1):
    """Cells [col0, col1) × [row0, row1) as a polygon in SWEREF 99 TM."""
    x0, x1 = X0 + 100 * col0, X0 + 100 * col1
    y0, y1 = Y0 - 100 * row1, Y0 - 100 * row0
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def in_wgs84(wkt):
    geometry = QgsGeometry.fromWkt(wkt)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3006"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    geometry.transform(transform)
    return geometry.asWkt(10)


@pytest.fixture
def zones(project_layers):
    rows = [
        (box(0, 0, 2, 2), {"omrade": "NW"}),  # 1, 2, 5, (6 nodata)
        (box(1, 1, 4, 4), {"omrade": "SE"}),  # overlaps NW in the nodata cell
        (box(0, 0, 4, 4), {"omrade": "ALL"}),
        (box(10, 10, 12, 12), {"omrade": "OUT"}),
        (box(0.05, 0.05, 0.25, 0.25), {"omrade": "TINY"}),  # in cell 1, off its centre
    ]
    layer = memory_layer(
        "Polygon", {"omrade": str}, [(in_wgs84(w), v) for w, v in rows], crs="EPSG:4326"
    )
    return project_layers(layer)


def test_zonal_statistics_by_hand(run_alg, raster, zones):
    before = snapshot(zones)
    result = run_alg(
        "zonalraster",
        {
            "RASTER": raster,
            "ZONES": zones,
            "KEY_FIELD": "omrade",
            "THRESHOLD": 10,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = rows_by(result["OUTPUT"], "omrade")
    nw, se, every, outside = (out[k] for k in ("NW", "SE", "ALL", "OUT"))
    assert (nw["zonal_cells"], nw["zonal_nodata_cells"], nw["zonal_sum"]) == (3, 1, 8)
    assert (nw["zonal_min"], nw["zonal_max"]) == (1, 5)
    assert nw["zonal_mean"] == pytest.approx(8 / 3)
    # SE: 7, 8, 10, 11, 12, 14, 15, 16 (6 is nodata) — 5 of 8 above 10
    assert (se["zonal_cells"], se["zonal_sum"]) == (8, 93)
    assert se["zonal_share_above"] == pytest.approx(5 / 8 * 100)
    assert (every["zonal_cells"], every["zonal_sum"]) == (15, 136 - 6)
    assert outside["zonal_note"] == "outside the raster" and outside["zonal_sum"] == NULL
    assert out["TINY"]["zonal_note"].startswith("no cell centre inside the polygon")
    assert snapshot(zones) == before


def test_own_nodata_value_prefix_and_all_touched(run_alg, raster, zones):
    result = run_alg(
        "zonalraster",
        {
            "RASTER": raster,
            "ZONES": zones,
            "NODATA": 16,
            "PREFIX": "buller_",
            "ALL_TOUCHED": True,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = rows_by(result["OUTPUT"], "omrade")
    assert (out["TINY"]["buller_cells"], out["TINY"]["buller_sum"]) == (1, 1)
    every = out["ALL"]
    assert (every["buller_cells"], every["buller_nodata_cells"]) == (14, 2)
    assert every["buller_share_above"] == NULL  # no threshold given


def test_a_missing_prefix_is_refused(run_alg, raster, zones):
    with pytest.raises(QgsProcessingException, match="Give a prefix"):
        run_alg(
            "zonalraster",
            {"RASTER": raster, "ZONES": zones, "PREFIX": " ", "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_a_raster_away_from_the_areas_or_without_crs(
    run_alg, zones, tmp_path, feedback, project_layers
):
    from rasterio.transform import from_origin

    far = str(write_raster(tmp_path / "far.tif", VALUES, from_origin(900_000, 7_000_000, 100, 100)))
    with pytest.raises(QgsProcessingException) as error:
        run_alg("zonalraster", {"RASTER": far, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(error.value)
    assert (
        f"The raster '{far}' (extent x 900,000–900,400, y 6,999,600–7,000,000 in EPSG:3006)"
        in message
    )
    assert "does not overlap the polygons (extent x 600,000" in message
    assert "reprojected from EPSG:4326" in message
    # the same grid without CRS, where the areas are: taken as SWEREF 99 TM, with a warning
    bare = str(
        write_raster(
            tmp_path / "bare.tif", VALUES, from_origin(X0, Y0, 100, 100), crs=None, nodata=-9999
        )
    )
    # (the areas are in EPSG:4326: without the raster's CRS they cannot be brought to it)
    with pytest.raises(QgsProcessingException, match="and the raster has no coordinate reference"):
        run_alg("zonalraster", {"RASTER": bare, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"})
    sweref = project_layers(
        memory_layer("Polygon", {"omrade": str}, [(box(0, 0, 2, 2), {"omrade": "NW"})])
    )
    result = run_alg(
        "zonalraster", {"RASTER": bare, "ZONES": sweref, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback
    )
    assert next(result["OUTPUT"].getFeatures())["zonal_sum"] == 8
    # the warning names the raster file and what was assumed
    assert any(
        w.startswith(f"The raster has no coordinate reference system ('{bare}'); taken to be the")
        and "same as the other's (EPSG:3006), as their extents overlap" in w
        for w in feedback.warnings
    ), feedback.warnings
