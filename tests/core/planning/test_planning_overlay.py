"""Planning table per plan polygon: residents by area type, quality classes, tenure mix and
planned dwellings; overlapping plan polygons and plan polygons outside every area."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from rasterio.transform import from_origin
from shapely.geometry import Point, box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import planning_overlay as po
from tests.helpers.empty_index import forbid_empty_index
from tests.helpers.rasters import write_raster

CRS = "EPSG:3006"


def _areas():
    # A: type 1, 1,000 residents, 100 hyresrätt (150 projected)
    # B: type 5, 3,000 residents, 300 äganderätt (unchanged)
    return gpd.GeoDataFrame(
        {
            "desokod": ["0114C1010", "0114C1020"],
            "omradestyp": [1, 5],
            "folkmangd": [1000, 3000],
            "dwellings_hyresratt": [100, 0],
            "dwellings_bostadsratt": [0, 0],
            "dwellings_aganderatt": [0, 300],
            "projected_dwellings_hyresratt": [150, 0],
            "projected_dwellings_bostadsratt": [0, 0],
            "projected_dwellings_aganderatt": [0, 300],
        },
        geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)],
        crs=CRS,
    )


def _plans():
    return gpd.GeoDataFrame(
        {"omrade_id": ["OP1", "OP2", "OP3"]},
        geometry=[box(50, 0, 150, 100), box(0, 0, 100, 100), box(1000, 1000, 1100, 1100)],
        crs=CRS,
    )


def _quality():
    # class A over x 0–60, class B over x 0–120 (B drawn under A, as rings around a stop)
    return gpd.GeoDataFrame(
        {"klass": ["B", "a"]}, geometry=[box(0, 0, 120, 100), box(0, 0, 60, 100)], crs=CRS
    )


def _projects():
    return gpd.GeoDataFrame(
        {
            "projekt_id": ["P1", "P2", "P3"],
            "hyresratt": [10, 0, 5],
            "bostadsratt": [0, 20, 0],
            "aganderatt": [0, 0, 0],
            "startar": [2025, 2026, 2040],
            "markagare": ["kommun", "privat", "kommun"],
            "status": ["x", "x", "x"],
        },
        geometry=[Point(25, 50), box(90, 0, 110, 100), Point(60, 60)],
        crs=CRS,
    )


def _table(**kw):
    result = po.planning_table(
        _plans(),
        _areas(),
        "desokod",
        plan_key="omrade_id",
        area_type_column="omradestyp",
        population_column="folkmangd",
        quality=_quality(),
        class_column="klass",
        projects=_projects(),
        up_to_year=2030,
        **kw,
    )
    return result, result.table.set_index("omrade_id")


def test_residents_by_area_type_for_overlapping_plan_polygons():
    result, t = _table()
    # OP1 covers half of A and half of B; OP2 all of A. Both get their full share.
    assert t.loc["OP1", "residents_type_1"] == pytest.approx(500)
    assert t.loc["OP1", "residents_type_5"] == pytest.approx(1500)
    assert t.loc["OP1", "residents"] == pytest.approx(2000)
    assert t.loc["OP2", "residents_type_1"] == pytest.approx(1000)
    assert t.loc["OP2", "residents_type_5"] == pytest.approx(0)
    assert t.loc["OP1", "residents_weighting"] == "land area"
    assert t.loc["OP1", "share_in_areas"] == pytest.approx(100)


def test_a_plan_id_in_two_features_keeps_both_rows_with_a_caution():
    plans = _plans()
    plans.index = pd.Index([4, 5, 6], name="fid")
    plans.loc[5, "omrade_id"] = "OP1"
    result = po.planning_table(
        plans,
        _areas(),
        "desokod",
        plan_key="omrade_id",
        area_type_column="omradestyp",
        population_column="folkmangd",
    )
    assert len(result.table) == 3  # both OP1 rows kept, each with its own residents
    assert list(result.table["residents"][:2]) == pytest.approx([2000, 1000])
    caution = next(n for n in result.notes if "occur more than once" in n)
    assert isinstance(caution, po.Caution)
    assert "OP1 in features 4, 5" in caution and "'omrade_id'" in caution
    assert "kept as its own row" in caution


def test_plan_polygon_outside_every_area_is_kept_and_reported():
    result, t = _table()
    assert result.outside.to_dict("records") == [
        {"plan": "OP3", "reason": "lies outside every area"}
    ]
    assert t.loc["OP3", "plan_note"] == "outside every area"
    assert pd.isna(t.loc["OP3", "residents"])
    assert t.loc["OP3", "share_in_areas"] == 0


def test_quality_classes_best_class_wins_where_they_overlap():
    _, t = _table()
    # OP1 (x 50–150): A over 50–60 (10 %), B over 60–120 (60 %), nothing over 120–150
    assert t.loc["OP1", "share_class_A"] == pytest.approx(10)
    assert t.loc["OP1", "share_class_B"] == pytest.approx(60)
    assert t.loc["OP1", "share_no_class"] == pytest.approx(30)
    assert t.loc["OP1", "best_class"] == "A"
    # OP2 (x 0–100): A 60 %, B 40 %
    assert t.loc["OP2", "share_class_A"] == pytest.approx(60)
    assert t.loc["OP2", "share_class_B"] == pytest.approx(40)
    assert pd.isna(t.loc["OP3", "best_class"])


def test_current_and_projected_tenure_mix_and_planned_dwellings():
    _, t = _table()
    # OP1: half of A's 100 hyresrätt and half of B's 300 äganderätt → 50 / 150
    assert t.loc["OP1", "dwellings_hyresratt"] == pytest.approx(50)
    assert t.loc["OP1", "dwellings_aganderatt"] == pytest.approx(150)
    assert t.loc["OP1", "share_aganderatt"] == pytest.approx(75)
    assert t.loc["OP1", "dominant_tenure"] == "äganderätt"
    assert t.loc["OP1", "projected_dwellings_hyresratt"] == pytest.approx(75)
    assert t.loc["OP1", "projected_share_hyresratt"] == pytest.approx(75 / 225 * 100)
    # planned: P2 (20 bostadsrätt, a polygon wholly inside OP1, half inside OP2);
    # P1 (10 hyresrätt) inside OP2 only; P3 starts 2040, after the chosen year
    assert t.loc["OP1", "planned_bostadsratt"] == pytest.approx(20)
    assert t.loc["OP1", "planned_hyresratt"] == 0
    assert t.loc["OP1", "planned_projects"] == 1
    assert t.loc["OP2", "planned_hyresratt"] == pytest.approx(10)
    assert t.loc["OP2", "planned_bostadsratt"] == pytest.approx(10)
    assert t.loc["OP2", "planned_total"] == pytest.approx(20)


def test_population_grid_weights_the_residents(tmp_path):
    # 10 m grid over both areas; people only in the left half of A (x < 50) and all over B
    values = np.zeros((10, 20), dtype="int32")
    values[:, :5] = 20  # 50 cells × 20 = 1,000 in A's left half
    values[:, 10:] = 30  # 100 cells × 30 = 3,000 in B
    path = write_raster(tmp_path / "grid.tif", values, from_origin(0, 100, 10, 10), crs=CRS)
    _, t = _table(population_raster=path)
    assert t.loc["OP1", "residents_weighting"] == "population grid"
    assert t.loc["OP1", "residents_type_1"] == pytest.approx(0)  # A's people live outside OP1
    assert t.loc["OP1", "residents_type_5"] == pytest.approx(1500)
    assert t.loc["OP2", "residents_type_1"] == pytest.approx(1000)
    assert t.loc["OP1", "dwellings_hyresratt"] == pytest.approx(0)
    # without a population field the grid's own counts are the residents
    grid_only = po.planning_table(
        _plans(),
        _areas(),
        "desokod",
        plan_key="omrade_id",
        area_type_column="omradestyp",
        population_raster=path,
    ).table.set_index("omrade_id")
    assert grid_only.loc["OP1", "residents"] == pytest.approx(1500)  # 50 cells × 30 in B
    assert grid_only.loc["OP2", "residents_type_1"] == pytest.approx(1000)
    assert grid_only.loc["OP1", "residents_weighting"] == "population grid (its own counts)"


def test_an_area_without_grid_population_is_shared_out_by_land_area(tmp_path):
    # people only in A (all over it); none in B: B's 3,000 residents go by land area
    values = np.zeros((10, 20), dtype="int32")
    values[:, :10] = 10  # 100 cells × 10 = 1,000 in A
    path = write_raster(tmp_path / "grid.tif", values, from_origin(0, 100, 10, 10), crs=CRS)
    result, t = _table(population_raster=path)
    assert t.loc["OP1", "residents_type_1"] == pytest.approx(500)  # A's east half, by grid
    assert t.loc["OP1", "residents_type_5"] == pytest.approx(1500)  # B's west half, by land
    assert t.loc["OP1", "dwellings_aganderatt"] == pytest.approx(150)
    assert t.loc["OP1", "residents_weighting"] == "population grid"
    notes = [str(n) for n in result.notes if "without grid population" in str(n)]
    assert notes == ["Areas without grid population, where land area was used: 1 (0114C1020)."]


def test_plans_in_another_crs_and_missing_fields():
    plans = _plans().to_crs("EPSG:3857")
    result = po.planning_table(
        plans,
        _areas(),
        "desokod",
        plan_key="omrade_id",
        area_type_column="omradestyp",
        population_column="folkmangd",
    )
    t = result.table.set_index("omrade_id")
    assert t.loc["OP1", "residents"] == pytest.approx(2000, rel=1e-6)
    assert any("reprojected from EPSG:3857" in n for n in result.notes)
    with pytest.raises(InputError, match="no field 'area_type'"):
        po.planning_table(_plans(), _areas(), "desokod")  # the default field is not there
    with pytest.raises(InputError, match="no field 'invanare'"):
        po.planning_table(
            _plans(), _areas(), "desokod", area_type_column=None, population_column="invanare"
        )


def _run(plans, areas, quality, projects, raster=None):
    return po.planning_table(
        plans,
        areas,
        "desokod",
        plan_key="omrade_id",
        area_type_column="omradestyp",
        population_column="folkmangd",
        quality=quality,
        class_column="klass",
        projects=projects,
        population_raster=raster,
    )


def test_empty_layers_give_the_fields_of_a_full_table_and_build_no_index(tmp_path):
    values = np.full((10, 20), 10, dtype="int32")
    grid = write_raster(tmp_path / "grid.tif", values, from_origin(0, 100, 10, 10), crs=CRS)
    full = _run(_plans(), _areas(), _quality(), _projects(), grid).table
    plans, areas, quality, projects = _plans(), _areas(), _quality(), _projects()
    with forbid_empty_index():
        for case in ("plans", "areas", "quality", "projects"):
            for how in ("empty", "no geometry"):
                given = {"plans": plans, "areas": areas, "quality": quality, "projects": projects}
                layer = given[case]
                given[case] = layer.iloc[:0] if how == "empty" else layer.assign(geometry=None)
                result = _run(*given.values(), grid)
                assert list(result.table.columns) == list(full.columns), (case, how)
                if case == "plans":
                    assert len(result.table) == (0 if how == "empty" else 3)
                    continue
                t = result.table.set_index("omrade_id")
                assert len(t) == 3
                if case == "areas":
                    assert set(t["plan_note"]) == {"outside every area"}
                    assert t["residents"].isna().all()
                elif case == "quality":
                    assert (t["share_no_class"] == 100).all() and t["best_class"].isna().all()
                else:
                    assert (t["planned_total"] == 0).all() and (t["planned_projects"] == 0).all()
