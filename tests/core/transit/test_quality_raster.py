"""The quality-class raster: the class at each cell's centre from the exact distances, the
GeoTIFF with its colour table, and the grid's size checked before it is built."""

from __future__ import annotations

import numpy as np
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import quality_classes as qc
from segregation_plugin.core.transit import quality_raster


def test_raster_matches_the_class_table_at_cell_centres():
    array, (west, north, cell) = quality_raster.class_raster([0.0], [0.0], [2], cell_size=100.0)
    assert (west, north) == (-1000.0, 1000.0)
    assert array.shape == (20, 20)
    rows, cols = np.indices(array.shape)
    cx = west + (cols + 0.5) * cell
    cy = north - (rows + 0.5) * cell
    expected = qc.class_rank(2, np.hypot(cx, cy))
    assert (array == expected).all()
    assert array[10, 10] == 1  # centre 50 m away: A
    assert array[0, 0] == 0  # corner cell 1344 m away: none


def test_raster_and_polygons_agree(tmp_path):
    x, y, cat = np.array([0.0, 700.0, 5000.0]), np.array([0.0, 300.0, -2000.0]), np.array([1, 5, 3])
    array, (west, north, cell) = quality_raster.class_raster(x, y, cat, cell_size=50.0)
    frame = qc.class_polygons(x, y, cat, "EPSG:3006")
    for row in frame.itertuples():
        raster_km2 = (array == row.class_rank).sum() * cell * cell / 1e6
        assert raster_km2 == pytest.approx(row.area_km2, rel=0.03), row.quality_class


def test_write_class_raster(tmp_path):
    import rasterio

    array, origin = quality_raster.class_raster([0.0], [0.0], [1], cell_size=100.0)
    path = tmp_path / "classes.tif"
    colours = dict(
        zip("ABCDEF", ("#0c2c84", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4"))
    )
    quality_raster.write_class_raster(path, array, origin, "EPSG:3006", colours)
    with rasterio.open(path) as src:
        assert src.crs.to_epsg() == 3006
        assert src.nodata == 0
        assert (src.read(1) == array).all()
        assert src.colormap(1)[1] == (12, 44, 132, 255)  # class A in the colours given
        assert src.colormap(1)[6] == (199, 233, 180, 255)
    plain = tmp_path / "plain.tif"
    quality_raster.write_class_raster(
        plain, array, origin, "EPSG:3006"
    )  # without colours: no table
    with rasterio.open(plain) as src:
        assert (src.read(1) == array).all()
        with pytest.raises(ValueError):
            src.colormap(1)


def test_a_raster_too_large_is_refused_before_it_is_built():
    """A category I stop in Stockholm and one at 0,0 (SWEREF 99 TM about x −1,500 km, y 0):
    about 2,200 × 6,600 km of 10 m cells."""
    x, y = np.array([674_000.0, -1_500_000.0]), np.array([6_580_000.0, 0.0])
    with pytest.raises(InputError) as error:
        quality_raster.class_raster(
            x, y, [1, 1], cell_size=10.0, limit_mb=1024, names=np.array(["Sthlm C", "Z"])
        )
    message = str(error.value)
    for words in ("quality-class raster would have", "cells of 10 m", "GB of memory", "0,0"):
        assert words in message
    assert "The stops farthest from the others: " in message and "Z (" in message
    array, _ = quality_raster.class_raster(x[:1], y[:1], [1], cell_size=10.0, limit_mb=1024)
    assert array.shape == (200, 200)
