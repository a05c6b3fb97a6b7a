"""A raster that does not overlap the polygons, or has no coordinate reference system: the
run stops naming the raster and both extents, or goes on with a warning when they overlap."""

import geopandas as gpd
import numpy as np
import pytest
from rasterio.transform import from_origin
from shapely.geometry import box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import planning_overlay as po
from segregation_plugin.core.planning.raster_fit import Caution, extent_text
from segregation_plugin.core.planning.zonal_raster import cross_sums, zonal_stats
from tests.helpers.rasters import write_raster

VALUES = np.full((4, 4), 10, dtype="int32")  # 4 × 4 cells of 100 m, 10 persons each


def _zones(crs="EPSG:3006"):
    return gpd.GeoDataFrame(
        {"kod": ["A", "B"]}, geometry=[box(0, 0, 200, 400), box(200, 0, 400, 400)], crs=crs
    )


def _raster(tmp_path, x0, y0, crs="EPSG:3006", name="grid.tif"):
    return write_raster(tmp_path / name, VALUES, from_origin(x0, y0, 100, 100), crs=crs)


def test_a_raster_away_from_the_polygons_names_the_raster_and_both_extents(tmp_path):
    far = _raster(tmp_path, 900_000, 7_000_000, name="far.tif")
    with pytest.raises(InputError) as error:
        zonal_stats(_zones(), far)
    assert str(error.value) == (
        f"The raster '{far}' (extent x 900,000–900,400, y 6,999,600–7,000,000 in EPSG:3006) does "
        "not overlap the polygons (extent x 0–400, y 0–400 in EPSG:3006). Check that the raster "
        "covers the areas and that both layers have the right coordinate reference system."
    )


def test_a_raster_in_another_crs_is_met_by_reprojecting_the_polygons(tmp_path):
    # the same raster in Web Mercator far from SWEREF's origin: reprojected, still away
    merc = _raster(tmp_path, 2_008_000, 8_253_000, crs="EPSG:3857", name="merc.tif")
    with pytest.raises(InputError, match=r"in EPSG:3857\) does not overlap .* reprojected from"):
        zonal_stats(_zones(), merc)
    # polygons drawn on it (in EPSG:3006) are reprojected and get their cells
    zones = gpd.GeoDataFrame(
        geometry=gpd.GeoSeries([box(2_008_000, 8_252_600, 2_008_400, 8_253_000)], crs="EPSG:3857")
    ).to_crs("EPSG:3006")
    table, notes = zonal_stats(zones, merc)
    assert table.loc[0, "zonal_sum"] == 160 and "reprojected" in notes[0]


def test_a_raster_without_crs_is_taken_as_the_polygons_only_where_they_overlap(tmp_path):
    near = _raster(tmp_path, 0, 400, crs=None, name="near.tif")
    table, notes = zonal_stats(_zones(), near)
    assert table["zonal_sum"].tolist() == [80, 80]
    assert len(notes) == 1 and isinstance(notes[0], Caution)
    assert notes[0].startswith(f"The raster has no coordinate reference system ('{near}')")
    away = _raster(tmp_path, 900_000, 7_000_000, crs=None, name="away.tif")
    with pytest.raises(InputError, match="and the raster has no coordinate reference system"):
        zonal_stats(_zones(), away)


def test_the_planning_table_refuses_a_population_grid_away_from_the_areas(tmp_path):
    far = _raster(tmp_path, 900_000, 7_000_000, name="far.tif")
    areas = _zones().rename(columns={"kod": "desokod"}).assign(folk=[100, 200])
    plans = gpd.GeoDataFrame({"id": ["P"]}, geometry=[box(0, 0, 300, 300)], crs="EPSG:3006")
    with pytest.raises(InputError, match=f"The raster '{far}'"):
        po.planning_table(plans, areas, "desokod", area_type_column=None, population_raster=far)
    # a grid that overlaps gives the grid's people (its own counts) without a note
    near = _raster(tmp_path, 0, 400, name="near.tif")
    table = po.planning_table(
        plans, areas, "desokod", area_type_column=None, population_raster=near
    ).table
    assert table.loc[0, "residents"] == 90
    assert len(cross_sums(areas, plans, near)) == 2


def test_extent_text():
    assert extent_text((0, 6_000_000, 400.5, 6_000_400), None) == (
        "x 0–400.5, y 6,000,000–6,000,400 without a coordinate reference system"
    )
