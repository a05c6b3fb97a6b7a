"""Every place that reads a planner's number or area-type field: SCB's markers are missing,
text is an error naming the field and the rows (or, where the tool chose so, a warning),
never values silently dropped."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from segregation_plugin.core.areatypes.area_types import Reference, classify_areas
from segregation_plugin.core.areatypes.inequality import share_in_challenged_types
from segregation_plugin.core.areatypes.ses_index import Indicator
from segregation_plugin.core.areatypes.type_change import compare_area_types
from segregation_plugin.core.areatypes.type_summary import residents_by_type
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import planned_housing as ph
from segregation_plugin.core.planning import planning_overlay as po
from segregation_plugin.core.planning import rental_balance as rb
from segregation_plugin.core.planning import tenure_mix as tm
from segregation_plugin.core.statistics.aggregate import aggregate
from segregation_plugin.core.transit import line_profile as lp
from segregation_plugin.core.transit import transit_access as ta

CRS = "EPSG:3006"
DESO = ["0180C1010", "0180C1020", "0180C1030"]


def _deso(**fields):
    return pd.DataFrame({"desokod": DESO, **fields})


# --- statistics -------------------------------------------------------------------------------
def test_aggregate_refuses_a_count_field_with_text_instead_of_dropping_values():
    frame = _deso(persons=["100", "ca 300", "40"])
    key = pd.Series(["0180R001"] * 3, index=DESO)
    with pytest.raises(InputError) as error:
        aggregate(frame, key, counts=["persons"], code_field="desokod")
    message = str(error.value)
    assert "The field 'persons' has a value that cannot be read as a number" in message
    assert "area 0180C1020 has 'ca 300'" in message
    # SCB's markers and decimal commas are fine: a marker makes the sum missing, not smaller
    frame = _deso(persons=["1 100", "..", "40"], share=["10,5", "20", "30"])
    result = aggregate(frame, key, counts=["persons"], code_field="desokod")
    assert math.isnan(result.loc["0180R001", "persons"])
    assert result.loc["0180R001", "missing_values"] == 1
    result = aggregate(frame, key, counts=["share"], code_field="desokod")
    assert result.loc["0180R001", "share"] == pytest.approx(60.5)


# --- area types -------------------------------------------------------------------------------
def test_an_em_dash_in_an_index_field_is_suppressed_not_an_error():
    frame = pd.DataFrame(
        {"v1": ["12", "—", "8,5"], "v2": [10, 10, 10], "v3": [5, 5, 5]}, index=["a", "b", "c"]
    )
    shares = (Indicator.share("v1"), Indicator.share("v2"), Indicator.share("v3"))
    result = classify_areas(frame, *shares, reference=Reference.given(10, 2))
    assert result.table["area_type"].isna().tolist() == [False, True, False]
    assert result.table.loc["c", "v1_low_econ_pct"] == 8.5


def test_type_fields_with_text_are_refused_where_residents_are_counted_by_type():
    frame = _deso(area_type=[1, "x", 4], folk=[100, 200, 300])
    with pytest.raises(InputError, match="'area_type' .* area 0180C1020 has 'x'"):
        residents_by_type(frame, "area_type", "folk", code_field="desokod")
    with pytest.raises(InputError, match="'area_type' .* area 0180C1020 has 'x'"):
        share_in_challenged_types(frame, "area_type", "folk", code_field="desokod")
    # before, 'x' silently counted as an area without a type
    before = _deso(area_type=[1, 2, 3])
    with pytest.raises(InputError, match="second year's area 0180C1020 has 'x'"):
        compare_area_types(before, frame, "desokod")
    table = residents_by_type(frame.assign(area_type=[1, "..", 4]), "area_type", "folk")
    assert table.loc["all", "no type"] == 200


def test_a_population_field_with_text_is_refused_in_the_residents_by_type():
    frame = _deso(area_type=[1, 2, 4], folk=[100, "många", 300])
    with pytest.raises(InputError, match="'folk' has a value .* area 0180C1020 has 'många'"):
        residents_by_type(frame, "area_type", "folk", code_field="desokod")


# --- planning ---------------------------------------------------------------------------------
def test_tenure_counts_accept_every_scb_marker():
    table = pd.DataFrame(
        {
            "region": ["0114C1010", "0114C1020"],
            "hyresrätt": ["—", "1 200"],
            "bostadsrätt": ["5", "0"],
            "äganderätt": ["5", "0"],
            "uppgift saknas": ["0", "0"],
        }
    )
    mix = tm.tenure_mix(table, key="region").set_index("region")
    assert math.isnan(mix.loc["0114C1010", "dwellings_hyresratt"])
    assert mix.loc["0114C1020", "dwellings_hyresratt"] == 1200.0


def test_a_project_without_start_year_may_say_so_with_a_marker():
    projects = gpd.GeoDataFrame(
        {
            "projekt_id": ["P1", "P2"],
            "hyresratt": [10, 5],
            "bostadsratt": [0, 0],
            "aganderatt": [0, 0],
            "startar": ["2027", "-"],
            "markagare": ["kommun", "kommun"],
            "status": ["x", "x"],
        },
        geometry=[Point(1, 1), Point(2, 2)],
        crs=CRS,
    )
    std = ph.read_projects(projects)
    assert std["start_year"].iloc[0] == 2027 and pd.isna(std["start_year"].iloc[1])


def _areas(**fields):
    base = {
        "desokod": ["0114C1010", "0114C1020"],
        "typ": [1, 5],
        "folk": [1000, 3000],
        "dwellings_hyresratt": [100, 0],
        "dwellings_bostadsratt": [0, 0],
        "dwellings_aganderatt": [0, 300],
    }
    base.update(fields)
    return gpd.GeoDataFrame(base, geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs=CRS)


def _plans():
    return gpd.GeoDataFrame({"omrade_id": ["OP1"]}, geometry=[box(50, 0, 150, 100)], crs=CRS)


def test_planning_table_refuses_text_in_population_type_and_dwelling_fields():
    def table(areas):
        return po.planning_table(
            _plans(), areas, "desokod", area_type_column="typ", population_column="folk"
        )

    ok = table(_areas(folk=["1 000", "3000"], typ=["1", ".."])).table.iloc[0]
    assert ok["residents"] == pytest.approx(2000.0)
    assert ok["residents_type_1"] == pytest.approx(500.0)
    assert ok["residents_type_unknown"] == pytest.approx(1500.0)
    with pytest.raises(InputError, match="'folk' .* area 0114C1020 has 'okänt'"):
        table(_areas(folk=[1000, "okänt"]))
    with pytest.raises(InputError, match="'typ' .* area 0114C1010 has 'typ 1'"):
        table(_areas(typ=["typ 1", 5]))
    with pytest.raises(InputError, match="'dwellings_hyresratt' .* area 0114C1010 has 'x'"):
        table(_areas(dwellings_hyresratt=["x", 0]))


def test_rental_balance_refuses_dwelling_counts_with_text():
    with pytest.raises(InputError, match="'dwellings_aganderatt' .* area 0114C1020 has 'tre'"):
        rb.kommun_mix_of(_areas(dwellings_aganderatt=[0, "tre"]), "desokod")


# --- transit ----------------------------------------------------------------------------------
def test_population_fields_for_residents_points_and_line_profiles():
    areas = _areas(folk=[1000, "ca 3000"])
    with pytest.raises(InputError, match="'folk' .* a number of residents: row 2 has 'ca 3000'"):
        ta.points_from_field(areas, areas["folk"])
    points = ta.points_from_field(areas, _areas(folk=[1000, ".."])["folk"], spacing=50)
    assert points["pop"].sum() == pytest.approx(1000.0)  # suppressed: no residents placed
    stops = np.array([100.0]), np.array([50.0])
    with pytest.raises(InputError, match="'folk' .* row 2 has 'ca 3000'"):
        lp.catchment_statistics(*stops, areas, [], 30, population_field="folk")


def test_line_profile_warns_about_values_that_are_no_area_type():
    warnings = []
    out = lp.catchment_statistics(
        np.array([100.0]),
        np.array([50.0]),
        _areas(typ=[1, "fem"]),
        [],
        30,
        type_field="typ",
        population_field="folk",
        warn=warnings.append,
    )
    assert out["area_type"].tolist() == [1]  # the other area counts as without a type
    assert len(warnings) == 1 and "'typ' has a value" in warnings[0]
    assert "row 2 has 'fem'" in warnings[0]
