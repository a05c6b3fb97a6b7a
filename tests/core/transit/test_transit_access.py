"""Access per area, residents' points and the gap table, worked by hand.

Two areas side by side (SWEREF 99 TM, metres from ORIGIN): area 0 = [0, 1000] × [0, 1000]
(type 1) and area 1 = [1000, 2000] × [0, 1000] (type 5). One category I stop at (500, 500)
with 100 departures. Residents in 250 m cells (centres):

| cell centre  | area | people | distance to the stop | class | within 400 / 800 m |
|--------------|------|--------|----------------------|-------|--------------------|
| (625, 375)   | 0    | 100    | 177 m                | A     | yes / yes          |
| (125, 125)   | 0    | 50     | 530 m                | B     | no / yes           |
| (1375, 875)  | 1    | 200    | 952 m                | C     | no / no            |
| (1875, 125)  | 1    | 50     | 1425 m               | none  | no / no            |
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from rasterio.transform import from_origin
from shapely.geometry import box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import transit_access as ta
from tests.helpers.rasters import write_raster
from tests.helpers.transit_feeds import ORIGIN

X0, Y0 = ORIGIN


def areas():
    return gpd.GeoDataFrame(
        {"code": ["a0", "a1"], "area_type": [1, 5], "folk": [150, 250]},
        geometry=[box(X0, Y0, X0 + 1000, Y0 + 1000), box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)],
        crs="EPSG:3006",
    )


def population_raster(path):
    """9 × 4 cells of 250 m from (X0, Y0 + 1000); the 9th column lies outside both areas."""
    grid = np.zeros((4, 9), dtype=np.int32)
    grid[2, 2] = 100  # centre (625, 375)
    grid[3, 0] = 50  # (125, 125)
    grid[0, 5] = 200  # (1375, 875)
    grid[3, 7] = 50  # (1875, 125)
    grid[1, 8] = 999  # (2125, 625): outside the areas
    grid[0, 0] = -9999  # nodata
    return write_raster(path, grid, from_origin(X0, Y0 + 1000, 250, 250), nodata=-9999)


STOP = (np.array([X0 + 500.0]), np.array([Y0 + 500.0]))


def test_points_from_raster(tmp_path):
    points = ta.points_from_raster(population_raster(tmp_path / "pop.tif"), areas())
    points = points.sort_values("pop").reset_index(drop=True)
    assert list(points["pop"]) == [50, 50, 100, 200]
    assert sorted(points["x"] - X0) == [125, 625, 1375, 1875]
    by_area = points.groupby("area")["pop"].sum().to_dict()
    assert by_area == {0: 150, 1: 250}


@pytest.mark.parametrize("strip_rows", [1, 3])
def test_points_from_raster_read_in_strips_are_the_same(tmp_path, monkeypatch, strip_rows):
    """A raster taller than a strip: every strip burns only the areas that cross it."""
    path = population_raster(tmp_path / "pop.tif")
    whole = ta.points_from_raster(path, areas())
    monkeypatch.setattr(ta, "STRIP_ROWS", strip_rows)
    strips = ta.points_from_raster(path, areas())
    assert strips.equals(whole)
    # one area lying in the top row of cells only: the lower strips have no area to burn
    top = gpd.GeoDataFrame(geometry=[box(X0, Y0 + 750, X0 + 2000, Y0 + 1000)], crs="EPSG:3006")
    assert sorted(ta.points_from_raster(path, top)["pop"]) == [200]


def test_a_negative_population_is_refused_naming_field_features_and_values():
    frame = areas()
    frame.index = pd.Index([7, 9], name="fid")
    frame["folk"] = [-100, 250]
    with pytest.raises(InputError) as caught:
        ta.points_from_field(frame, frame["folk"], spacing=100)
    message = str(caught.value)
    assert "'folk'" in message and "1 negative values" in message
    assert "feature 7 (-100)" in message and "cannot be negative" in message


def test_points_from_raster_in_another_crs(tmp_path):
    wgs = areas().to_crs("EPSG:4326")
    points = ta.points_from_raster(population_raster(tmp_path / "pop.tif"), wgs)
    assert points.groupby("area")["pop"].sum().to_dict() == {0: 150, 1: 250}
    assert points["x"].between(17.0, 19.0).all()  # in the areas' CRS (degrees)


def test_points_from_field_spread_evenly():
    frame = areas()
    points = ta.points_from_field(frame, frame["folk"], spacing=100)
    assert points.groupby("area").size().to_dict() == {0: 100, 1: 100}
    assert points.groupby("area")["pop"].sum().to_dict() == pytest.approx({0: 150, 1: 250})
    # a large area is capped at max_points, a tiny one gets its representative point
    tiny = gpd.GeoDataFrame(
        {"p": [7, 10]}, geometry=[box(0, 0, 10, 10), box(0, 0, 100_000, 100_000)], crs="EPSG:3006"
    )
    points = ta.points_from_field(tiny, tiny["p"], spacing=100, max_points=400)
    sizes = points.groupby("area").size()
    assert sizes[0] == 1 and sizes[1] == 400
    assert points.groupby("area")["pop"].sum().to_dict() == pytest.approx({0: 7, 1: 10})


def test_access_by_area_hand_worked(tmp_path):
    points = ta.points_from_raster(population_raster(tmp_path / "pop.tif"), areas())
    out = ta.access_by_area(areas(), points, *STOP, departures=[100], categories=[1])
    a0, a1 = out.iloc[0], out.iloc[1]
    assert a0["residents"] == 150 and a1["residents"] == 250
    assert (a0["pct_A"], a0["pct_B"], a0["pct_C"], a0["pct_none"]) == (66.7, 33.3, 0.0, 0.0)
    assert (a1["pct_A"], a1["pct_C"], a1["pct_none"]) == (0.0, 80.0, 20.0)
    assert (a0["pct_AB"], a0["pct_EF_none"], a1["pct_AB"], a1["pct_EF_none"]) == (
        100.0,
        0.0,
        0.0,
        20.0,
    )
    assert a0["deps_400m"] == pytest.approx(66.7) and a0["deps_800m"] == 100.0
    assert a1["deps_400m"] == 0.0 and a1["deps_800m"] == 0.0
    assert (a0["best_class"], a1["best_class"]) == ("A", "C")


def test_gap_table_hand_worked(tmp_path):
    points = ta.points_from_raster(population_raster(tmp_path / "pop.tif"), areas())
    out = ta.access_by_area(areas(), points, *STOP, departures=[100], categories=[1])
    gap = ta.gap_table(out, areas()["area_type"]).set_index("area_type")
    assert gap.loc["1–2", "residents"] == 150 and gap.loc["4–5", "residents"] == 250
    assert gap.loc["1–2", "pct_class_AB"] == 100.0 and gap.loc["4–5", "pct_class_AB"] == 0.0
    assert gap.loc["4–5", "pct_class_EF_none"] == 20.0 and gap.loc["4–5", "pct_no_class"] == 20.0
    assert gap.loc["1–2", "deps_800m"] == 100.0
    last = gap.loc["gap 1–2 minus 4–5"]
    assert (last["pct_class_AB"], last["pct_class_EF_none"], last["deps_800m"]) == (
        100.0,
        -20.0,
        100.0,
    )
    assert np.isnan(gap.loc["3", "pct_class_AB"])  # no type 3 area: no share
    assert gap.attrs["untyped_areas"] == 0


def test_area_types_accept_numbers_and_text():
    assert list(ta.area_types([1, "2", 3.0, None, "..", "5"])) == [1, 2, 3, 0, 0, 5]
    # a value that is no area type is not silently "no type": an error, or a warning
    values = pd.Series([1, "x", 7, "5"], name="typ")
    with pytest.raises(InputError, match=r"'typ' has 2 values .* row 2 has 'x'; row 3 has 7"):
        ta.area_types(values)
    warnings = []
    assert list(ta.area_types(values, warn=warnings.append)) == [1, 0, 0, 5]
    assert len(warnings) == 1 and "row 2 has 'x'; row 3 has 7" in warnings[0]


def test_departures_within():
    near = ta.departures_within(
        np.array([0.0, 0.0, 0.0]), np.array([0.0, 500.0, 900.0]), [0.0, 0.0], [0.0, 300.0], [10, 4]
    )
    assert list(near[400.0]) == [14, 4, 0]
    assert list(near[800.0]) == [14, 14, 4]
