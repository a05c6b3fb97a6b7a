"""Zonal statistics: hand-worked on a tiny raster, nodata, overlapping polygons, polygons in
another CRS than the raster, polygons outside the raster or smaller than a cell."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from rasterio.transform import from_origin
from shapely.geometry import Polygon, box

from segregation_plugin.core.planning.zonal_raster import STATS, zonal_stats
from tests.helpers.rasters import write_raster

# 4 × 4 cells of 10 m, top-left corner (0, 40); values 1..16 row by row, one nodata cell.
#   row 0:  1  2  3  4      (y 30–40)
#   row 1:  5  6  7  8      (y 20–30)
#   row 2:  9 -1 11 12      (y 10–20)   -1 = nodata
#   row 3: 13 14 15 16      (y  0–10)
VALUES = np.arange(1, 17, dtype="int32").reshape(4, 4)
VALUES[2, 1] = -1


@pytest.fixture
def tiny(tmp_path):
    return write_raster(tmp_path / "tiny.tif", VALUES, from_origin(0, 40, 10, 10))


def _zones(geoms, crs="EPSG:3006"):
    return gpd.GeoDataFrame({"kod": [f"Z{i}" for i in range(len(geoms))]}, geometry=geoms, crs=crs)


def test_hand_worked_statistics_with_nodata(tiny):
    zones = _zones([box(0, 0, 20, 40), box(20, 20, 40, 40)])  # left half; top-right quarter
    table, notes = zonal_stats(zones, tiny, key="kod", threshold=6)
    left, quarter = table.iloc[0], table.iloc[1]
    # left half: 1 2 5 6 9 (nodata) 13 14 → 7 valid cells
    assert left["zonal_cells"] == 7
    assert left["zonal_nodata_cells"] == 1
    assert left["zonal_sum"] == 1 + 2 + 5 + 6 + 9 + 13 + 14
    assert left["zonal_mean"] == pytest.approx(50 / 7)
    assert left["zonal_min"] == 1 and left["zonal_max"] == 14
    assert left["zonal_share_above"] == pytest.approx(3 / 7 * 100)  # 9, 13, 14 > 6
    # top-right quarter: 3 4 7 8
    assert quarter["zonal_sum"] == 22
    assert quarter["zonal_min"] == 3 and quarter["zonal_max"] == 8
    assert quarter["zonal_share_above"] == pytest.approx(50.0)
    assert quarter["kod"] == "Z1"
    assert notes == []


def test_overlapping_polygons_each_get_their_full_result(tiny):
    zones = _zones([box(0, 0, 40, 40), box(0, 0, 20, 40), box(10, 10, 30, 30)])
    table, notes = zonal_stats(zones, tiny)
    assert table["zonal_sum"].tolist() == [136.0 - 10, 50.0, 6 + 7 + 11]  # 1..16 without the 10
    assert table["zonal_cells"].tolist() == [15, 7, 3]
    assert "overlap" in notes[0]


def test_polygons_in_another_crs_are_reprojected_to_the_raster(tmp_path):
    # a raster in Web Mercator near Stockholm; areas in SWEREF 99 TM
    x0, y0 = 2008000.0, 8253000.0
    values = np.arange(1, 17, dtype="float32").reshape(4, 4)
    path = write_raster(
        tmp_path / "merc.tif", values, from_origin(x0, y0, 100, 100), crs="EPSG:3857", nodata=None
    )
    # the left half of the raster, drawn in EPSG:3857 and given to the tool in EPSG:3006
    # (densified so that its edges stay straight in EPSG:3857 after the round trip)
    edge = [(x0, y0 - 400 + 10 * i) for i in range(40)] + [(x0 + 5 * i, y0) for i in range(40)]
    edge += [(x0 + 200, y0 - 10 * i) for i in range(40)] + [
        (x0 + 200 - 5 * i, y0 - 400) for i in range(40)
    ]
    half = gpd.GeoSeries([Polygon(edge)], crs="EPSG:3857")
    zones = gpd.GeoDataFrame({"kod": ["A"]}, geometry=half.to_crs("EPSG:3006"), crs="EPSG:3006")
    table, notes = zonal_stats(zones, path)
    assert table.loc[0, "zonal_cells"] == 8
    assert table.loc[0, "zonal_sum"] == 1 + 2 + 5 + 6 + 9 + 10 + 13 + 14
    assert notes == [
        "Polygons reprojected from EPSG:3006 to the raster's EPSG:3857 before the statistics "
        "(the raster is not resampled)."
    ]


def test_float_nan_and_a_user_nodata_value(tmp_path):
    values = np.array([[1.5, np.nan], [0.0, 2.5]], dtype="float32")
    path = write_raster(tmp_path / "f.tif", values, from_origin(0, 20, 10, 10), nodata=None)
    table, _ = zonal_stats(_zones([box(0, 0, 20, 20)]), path, threshold=1)
    assert table.loc[0, "zonal_cells"] == 3
    assert table.loc[0, "zonal_sum"] == pytest.approx(4.0)
    assert table.loc[0, "zonal_share_above"] == pytest.approx(200 / 3)
    table, _ = zonal_stats(_zones([box(0, 0, 20, 20)]), path, nodata=0.0)
    assert table.loc[0, "zonal_cells"] == 2
    assert table.loc[0, "zonal_nodata_cells"] == 2


def test_outside_small_and_all_touched(tiny):
    zones = _zones([box(100, 100, 120, 120), box(22, 12, 24, 14), box(0, 0, 40, 40), None])
    table, _ = zonal_stats(zones, tiny)
    assert table.loc[0, "zonal_note"] == "outside the raster"
    assert table.loc[0, "zonal_cells"] == 0 and np.isnan(table.loc[0, "zonal_sum"])
    assert "no cell centre" in table.loc[1, "zonal_note"]
    assert pd.isna(table.loc[2, "zonal_note"])
    assert table.loc[3, "zonal_note"] == "no geometry"
    touched, _ = zonal_stats(zones, tiny, all_touched=True)
    assert touched.loc[1, "zonal_cells"] == 1
    assert touched.loc[1, "zonal_sum"] == 11  # the cell x 20–30, y 10–20 holds 11
    assert touched.loc[2, "zonal_sum"] == 126  # full result although the polygons overlap


def test_tiling_over_many_cells_matches_the_total(tmp_path):
    rng = np.random.default_rng(7)
    values = rng.integers(0, 50, size=(300, 400)).astype("int32")
    path = write_raster(tmp_path / "big.tif", values, from_origin(0, 3000, 10, 10))
    zones = _zones(
        [box(x, y, x + 250, y + 300) for x in range(0, 4000, 250) for y in range(0, 3000, 300)]
    )
    table, notes = zonal_stats(zones, path)
    assert table["zonal_sum"].sum() == values.sum()
    assert table["zonal_cells"].sum() == values.size
    assert notes == []  # a tiling is not reported as overlapping


def test_cross_sums_of_areas_and_overlapping_plans(tiny):
    from segregation_plugin.core.planning.zonal_raster import cross_sums

    # areas: left and right halves (a tiling); plans: the middle two columns and the top
    # row, overlapping each other; one plan off the raster
    areas = _zones([box(0, 0, 20, 40), box(20, 0, 40, 40)])
    plans = _zones([box(10, 0, 30, 40), box(0, 30, 40, 40), box(100, 100, 110, 110)])
    got = cross_sums(areas, plans, tiny).set_index(["overlay", "area"])["sum"].to_dict()
    # middle columns: left 2 6 (nodata) 14 = 22, right 3 7 11 15 = 36; top row: 1+2, 3+4
    assert got == {(0, 0): 22, (0, 1): 36, (1, 0): 3, (1, 1): 7}
    # the same as the statistics of the intersections themselves
    pieces = gpd.overlay(plans.assign(_p=range(3)), areas.assign(_a=range(2)), how="intersection")
    table, _ = zonal_stats(pieces, tiny)
    for p, a, total in zip(pieces["_p"], pieces["_a"], table["zonal_sum"]):
        assert got[(p, a)] == total
    # areas that overlap each other cannot be burnt into one grid
    assert cross_sums(_zones([box(0, 0, 30, 40), box(20, 0, 40, 40)]), plans, tiny) is None


def test_no_polygons_give_an_empty_table_with_every_field(tiny):
    table, notes = zonal_stats(_zones([]), tiny, key="kod")
    assert table.empty and notes == []
    assert list(table.columns) == ["kod", *[f"zonal_{s}" for s in STATS], "zonal_note"]
    table, _ = zonal_stats(_zones([None, None]), tiny)
    assert table["zonal_note"].tolist() == ["no geometry", "no geometry"]


@pytest.mark.parametrize("all_touched", [False, True])
def test_bands_of_one_or_a_few_rows_give_what_one_band_gives(tmp_path, monkeypatch, all_touched):
    """The raster read in bands (zonal_bands): polygons that cross bands, overlap each
    other, hold nodata and float values get the statistics of one band over all rows."""
    from segregation_plugin.core.planning import zonal_bands

    rng = np.random.default_rng(3)
    values = rng.normal(20, 8, size=(60, 50)).astype("float32")
    values[rng.random(values.shape) < 0.05] = -9999
    path = write_raster(tmp_path / "floats.tif", values, from_origin(0, 600, 10, 10), nodata=-9999)
    zones = _zones(
        [box(x, y, x + 95, y + 130) for x in range(0, 500, 95) for y in range(0, 600, 130)]
        + [box(45, 55, 305, 505), Polygon([(0, 0), (480, 590), (480, 0)]), box(700, 0, 720, 10)]
    )
    whole, notes = zonal_stats(zones, path, threshold=25, all_touched=all_touched)
    assert "overlap" in notes[0]
    for cells in (50, 150):  # one row, three rows a band
        monkeypatch.setattr(zonal_bands, "BAND_CELLS", cells)
        banded, banded_notes = zonal_stats(zones, path, threshold=25, all_touched=all_touched)
        pd.testing.assert_frame_equal(banded, whole, rtol=1e-12)
        assert banded_notes == notes
    assert (
        whole["zonal_cells"].iloc[:-1].gt(0).all()
        and whole["zonal_note"].iloc[-1] == "outside the raster"
    )


def test_cross_sums_in_bands_of_one_row(tiny, monkeypatch):
    """Areas burnt a row at a time give the sums burnt at once, and two areas that overlap
    in one band only are still refused."""
    from segregation_plugin.core.planning import zonal_bands
    from segregation_plugin.core.planning.zonal_raster import cross_sums

    areas = _zones([box(0, 0, 20, 40), box(20, 0, 40, 40)])
    plans = _zones([box(10, 0, 30, 40), box(0, 30, 40, 40)])
    whole = cross_sums(areas, plans, tiny)
    monkeypatch.setattr(zonal_bands, "BAND_CELLS", 4)  # the tiny raster is 4 cells wide
    pd.testing.assert_frame_equal(cross_sums(areas, plans, tiny), whole)
    overlapping = _zones([box(0, 0, 20, 40), box(20, 0, 40, 30), box(30, 0, 40, 10)])
    assert cross_sums(overlapping, plans, tiny) is None  # they share the bottom row only


def test_cross_sums_of_plans_that_cross_bands_add_up_their_parts(tmp_path, monkeypatch):
    """Plans read band by band, crossing one to a dozen bands, over float values with
    nodata: each (plan, area) sum is the sum over the cells of their intersection, as the
    statistics of the intersection itself give it, whatever the bands' height."""
    from segregation_plugin.core.planning import zonal_bands
    from segregation_plugin.core.planning.zonal_raster import cross_sums

    rng = np.random.default_rng(5)
    values = rng.normal(20, 8, size=(60, 50)).astype("float32")
    values[rng.random(values.shape) < 0.05] = -9999
    path = write_raster(tmp_path / "floats.tif", values, from_origin(0, 600, 10, 10), nodata=-9999)
    areas = _zones(
        [box(x, y, x + 125, y + 150) for x in range(0, 500, 125) for y in (0, 150, 300, 450)]
    )
    corners = rng.uniform(0, 560, size=(25, 2))
    sizes = rng.uniform(15, 140, size=(25, 2))
    plans = _zones([box(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes)])
    whole = cross_sums(areas, plans, path)
    pieces = gpd.overlay(
        plans.assign(_p=range(len(plans))), areas.assign(_a=range(len(areas))), how="intersection"
    )
    table, _ = zonal_stats(pieces, path)
    expected = {
        (p, a): s for p, a, s in zip(pieces["_p"], pieces["_a"], table["zonal_sum"]) if s == s
    }
    got = whole.set_index(["overlay", "area"])["sum"].to_dict()
    assert got.keys() == expected.keys() and len(got) > len(plans)
    assert all(got[k] == pytest.approx(expected[k], rel=1e-9) for k in got)
    for cells in (50, 150):  # one row, three rows a band
        monkeypatch.setattr(zonal_bands, "BAND_CELLS", cells)
        pd.testing.assert_frame_equal(cross_sums(areas, plans, path), whole, rtol=1e-9)


def test_cross_sums_looks_at_the_cancel_button_within_a_band(tiny):
    """Hundreds of plans in the one band of the tiny raster: the run stops at a cancel
    between two plans, not only between bands."""
    from segregation_plugin.core.common.progress import Cancelled, Progress
    from segregation_plugin.core.planning.zonal_raster import cross_sums

    areas = _zones([box(0, 0, 20, 40), box(20, 0, 40, 40)])
    plans = _zones([box(0, 0, 40, 40)] * 300)
    looks = []

    def cancelled():
        looks.append(1)
        return len(looks) > 2  # before the band, at the 100th plan; at the 200th: cancel

    with pytest.raises(Cancelled):
        cross_sums(areas, plans, tiny, progress=Progress(is_cancelled=cancelled))
    assert len(looks) == 3  # stopped within the band, a hundred plans after the last look
    whole = cross_sums(areas, plans, tiny)  # each plan holds both halves (one nodata cell)
    assert len(whole) == 600
    assert set(whole["sum"]) == {1 + 2 + 5 + 6 + 9 + 13 + 14, 3 + 4 + 7 + 8 + 11 + 12 + 15 + 16}
