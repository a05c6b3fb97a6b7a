"""Zonal statistics when the zones tile the whole raster and no cell is nodata (the quick
path: every cell counts for exactly one zone), hand-worked."""

import geopandas as gpd
import numpy as np
import pytest
from rasterio.transform import from_origin
from shapely.geometry import box

from segregation_plugin.core.planning.zonal_raster import zonal_stats
from tests.helpers.rasters import write_raster

# 2 × 4 cells of 10 m, top-left corner (0, 20): row 0: 1 2 3 4, row 1: 5 6 7 8
VALUES = np.arange(1, 9, dtype="int32").reshape(2, 4)


def test_zones_that_tile_the_raster(tmp_path):
    raster = write_raster(tmp_path / "tiling.tif", VALUES, from_origin(0, 20, 10, 10))
    zones = gpd.GeoDataFrame(
        {"kod": ["W", "E"]}, geometry=[box(0, 0, 10, 20), box(10, 0, 40, 20)], crs="EPSG:3006"
    )
    table, notes = zonal_stats(zones, raster, key="kod", threshold=4)
    west, east = table.iloc[0], table.iloc[1]
    assert (west["zonal_cells"], west["zonal_nodata_cells"]) == (2, 0)  # 1 and 5
    assert (west["zonal_sum"], west["zonal_min"], west["zonal_max"]) == (6, 1, 5)
    assert west["zonal_share_above"] == pytest.approx(50.0)  # 5 > 4
    assert (east["zonal_cells"], east["zonal_nodata_cells"]) == (6, 0)  # 2 3 4 6 7 8
    assert (east["zonal_sum"], east["zonal_min"], east["zonal_max"]) == (30, 2, 8)
    assert east["zonal_mean"] == pytest.approx(5.0)
    assert east["zonal_share_above"] == pytest.approx(50.0)  # 6 7 8 of 6 cells
    assert not notes
