"""Planned housing: assignment to areas, projected mix up to a year, flags at the 70 % edge."""

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import housing_projection as hp
from segregation_plugin.core.planning import planned_housing as ph
from segregation_plugin.core.planning import tenure_mix as tm
from tests.helpers.empty_index import forbid_empty_index

A, B = "0114C1010", "0114C1020"


def _areas(crs="EPSG:3006"):
    return gpd.GeoDataFrame(
        {"desokod": [A, B]}, geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs=crs
    )


def _projects(rows, crs="EPSG:3006"):
    cols = [
        "projekt_id",
        "hyresratt",
        "bostadsratt",
        "aganderatt",
        "startar",
        "markagare",
        "status",
    ]
    frame = pd.DataFrame([r[:-1] for r in rows], columns=cols)
    return gpd.GeoDataFrame(frame, geometry=[r[-1] for r in rows], crs=crs)


def _mix(rows):
    frame = pd.DataFrame(rows, columns=["desokod", "hyresrätt", "bostadsrätt", "äganderätt"])
    return tm.tenure_mix(frame, unknown=None)


def test_points_polygons_and_projects_outside_every_area():
    projects = _projects(
        [
            ("P1", 10, 0, 0, 2025, "kommun", "byggstart", Point(50, 50)),
            ("P2", 5, 5, 0, 2025, "privat", "byggstart", Point(500, 500)),
            ("P3", 10, 3, 0, 2026, "kommun", "planprogram", box(75, 0, 175, 100)),
            ("P4", 4, 0, 0, 2026, "kommun", "planprogram", None),
            ("P5", 0, 7, 0, 2027, "kommun", "planprogram", Point(100, 50)),
            ("P6", 0, 0, 0, 2027, "kommun", "planprogram", Point(10, 10)),
        ]
    )
    result = ph.assign_projects(projects, _areas(), "desokod")
    got = result.assigned.set_index("project_id")
    assert got.loc["P1", "area"] == A
    assert got.loc["P1", "assigned_by"] == "point in polygon"
    # 25 % of P3 lies in A and 75 % in B: the whole project goes to B
    assert got.loc["P3", "area"] == B
    assert got.loc["P3", "planned_total"] == 13
    # a point on the shared border goes to the smaller code, and a note says so
    assert got.loc["P5", "area"] == A
    assert any("P5 lies on the border" in n for n in result.notes)
    reasons = dict(zip(result.unassigned["project_id"], result.unassigned["reason"]))
    assert reasons == {
        "P2": "lies outside every area",
        "P4": "has no geometry",
        "P6": "has no planned dwellings",
    }


def test_polygon_split_in_proportion_to_overlap_keeps_whole_dwellings():
    projects = _projects([("P3", 10, 3, 0, 2026, "kommun", "x", box(75, 0, 175, 100))])
    result = ph.assign_projects(projects, _areas(), "desokod", polygons="split")
    parts = result.assigned.set_index("area")
    assert parts.loc[A, "fraction"] == pytest.approx(0.25)
    assert parts.loc[B, "fraction"] == pytest.approx(0.75)
    # hyresrätt 10 → 2.5 / 7.5 and bostadsrätt 3 → 0.75 / 2.25, rounded by largest remainder
    assert parts.loc[A, "planned_hyresratt"] + parts.loc[B, "planned_hyresratt"] == 10
    assert parts.loc[A, "planned_bostadsratt"] == 1 and parts.loc[B, "planned_bostadsratt"] == 2
    assert parts[["planned_total"]].sum().iloc[0] == 13


def test_projects_in_another_crs_are_reprojected_with_a_note():
    areas = _areas().to_crs("EPSG:3006")
    areas = areas.set_geometry(areas.geometry.translate(600000, 6600000))
    point = gpd.GeoSeries([Point(600050, 6600050)], crs="EPSG:3006").to_crs("EPSG:3857")[0]
    projects = _projects([("P1", 10, 0, 0, 2025, "kommun", "x", point)], crs="EPSG:3857")
    result = ph.assign_projects(projects, areas, "desokod")
    assert result.assigned.loc[0, "area"] == A
    assert "reprojected from EPSG:3857" in result.notes[0]


def test_bad_project_fields_are_named():
    projects = _projects([("P1", 10, 0, 0, "snart", "kommun", "x", Point(1, 1))])
    with pytest.raises(InputError, match=r"'startar' .* a year: project P1 has 'snart'"):
        ph.assign_projects(projects, _areas(), "desokod")
    projects = _projects([("P1", "tio", 0, 0, 2025, "kommun", "x", Point(1, 1))])
    with pytest.raises(InputError, match=r"'hyresratt' .* dwellings: project P1 has 'tio'"):
        ph.assign_projects(projects, _areas(), "desokod")
    with pytest.raises(InputError, match=r"no field 'antal_hr'"):
        ph.read_projects(projects, ph.ProjectColumns(hyresratt="antal_hr"))


def _assigned():
    projects = _projects(
        [
            ("P1", 10, 0, 0, 2025, "kommun", "detaljplan antagen", Point(50, 50)),
            ("P2", 0, 20, 0, 2030, "kommun", "planprogram", Point(60, 50)),
            ("P3", 0, 0, 40, None, "privat", "översiktsplan", Point(150, 50)),
        ]
    )
    return ph.assign_projects(projects, _areas(), "desokod").assigned


def test_projected_mix_counts_projects_up_to_the_chosen_year_and_status():
    mix = _mix([[A, 100, 0, 0], [B, 0, 50, 50]])
    assigned = _assigned()
    by_2027 = hp.projected_mix(mix, assigned, "desokod", up_to_year=2027).set_index("desokod")
    assert by_2027.loc[A, "projected_dwellings_hyresratt"] == 110
    assert by_2027.loc[A, "projected_dwellings_bostadsratt"] == 0
    assert by_2027.loc[A, "projects"] == 1
    assert by_2027.loc[B, "projected_dwellings_aganderatt"] == 50  # P3 has no start year
    by_2030 = hp.projected_mix(mix, assigned, "desokod", up_to_year=2030).set_index("desokod")
    assert by_2030.loc[A, "projected_share_bostadsratt"] == pytest.approx(20 / 130 * 100)
    every = hp.projected_mix(mix, assigned, "desokod").set_index("desokod")
    assert every.loc[B, "projected_dwellings_aganderatt"] == 90
    assert every.loc[B, "projected_dominant_tenure"] == "äganderätt"
    antagen = hp.projected_mix(mix, assigned, "desokod", statuses=["Detaljplan antagen"])
    assert antagen.set_index("desokod").loc[A, "planned_total"] == 10
    _, left = ph.select_projects(assigned, up_to_year=2027)
    assert dict(zip(left["project_id"], left["reason"])) == {
        "P2": "starts 2030, after 2027",
        "P3": "has no start year",
    }


def test_projects_in_an_area_missing_from_the_tenure_table_are_reported():
    mix = _mix([[A, 100, 0, 0]])
    out = hp.projected_mix(mix, _assigned(), "desokod").set_index("desokod")
    assert "not in the tenure table" in out.loc[B, "mix_note"]
    assert pd.isna(out.loc[B, "projected_share_aganderatt"])


def _flags(mix_rows, project_rows, **kw):
    projects = _projects(project_rows)
    assigned = ph.assign_projects(projects, _areas(), "desokod").assigned
    flags = hp.flag_projects(_mix(mix_rows), assigned, "desokod", **kw)
    return flags.set_index("project_id")


def test_exactly_70_percent_counts_as_one_sided():
    flags = _flags(
        [[A, 70, 30, 0], [B, 69, 31, 0]],
        [
            ("P1", 10, 0, 0, 2025, "kommun", "x", Point(50, 50)),  # 70 % → 72.7 %
            ("P2", 1, 0, 0, 2025, "kommun", "x", Point(150, 50)),  # 69 % → 69.3 %
        ],
    )
    assert flags.loc["P1", "flag"] == "reinforces"
    assert flags.loc["P1", "flag_reason"] == (
        "Adds 10 hyresrätt to 0114C1010 where hyresrätt is already 70 % of 100 dwellings; "
        "after the project 73 %"
    )
    assert flags.loc["P1", "before_dominant_share"] == pytest.approx(70.0)
    assert flags.loc["P1", "after_share_of_before_dominant"] == pytest.approx(80 / 110 * 100)
    assert pd.isna(flags.loc["P2", "flag"])
    assert flags.loc["P2", "flag_reason"] == ""


def test_makes_one_sided_and_balancing():
    flags = _flags(
        [[A, 69, 31, 0], [B, 70, 30, 0]],
        [
            ("P1", 5, 0, 0, 2025, "kommun", "x", Point(50, 50)),  # 69 % → 70.48 %
            ("P2", 0, 10, 0, 2025, "kommun", "x", Point(150, 50)),  # 70 % → 63.6 %
        ],
    )
    assert flags.loc["P1", "flag"] == "makes_one_sided"
    assert flags.loc["P1", "flag_reason"] == (
        "Adds 5 hyresrätt to 0114C1010 where hyresrätt is 69 % of 100 dwellings; after the "
        "project 70 % (one-sided: ≥ 70 %)"
    )
    assert flags.loc["P2", "flag"] == "balancing"
    assert flags.loc["P2", "flag_reason"].endswith("after the project 64 % (balancing)")


def test_threshold_is_a_parameter():
    rows = [("P1", 10, 0, 0, 2025, "kommun", "x", Point(50, 50))]
    assert pd.isna(_flags([[A, 70, 30, 0], [B, 0, 0, 1]], rows, threshold=75)["flag"].iloc[0])


def test_earlier_projects_count_in_the_mix_a_later_project_is_judged_against():
    flags = _flags(
        [[A, 60, 40, 0], [B, 0, 0, 1]],
        [
            ("P1", 40, 0, 0, 2025, "kommun", "x", Point(50, 50)),  # 60 % → 71.4 %
            ("P2", 10, 0, 0, 2027, "kommun", "x", Point(40, 50)),  # 71.4 % → 73.3 %
        ],
    )
    assert flags.loc["P1", "flag"] == "makes_one_sided"
    assert flags.loc["P2", "flag"] == "reinforces"
    assert (
        "140 dwellings (today's 100 plus 40 in earlier projects)" in flags.loc["P2", "flag_reason"]
    )


def test_area_with_suppressed_counts_is_not_judged():
    flags = _flags(
        [[A, "..", 40, 0], [B, 0, 0, 1]], [("P1", 40, 0, 0, 2025, "kommun", "x", Point(50, 50))]
    )
    assert pd.isna(flags.loc["P1", "flag"])
    assert flags.loc["P1", "flag_reason"] == "0114C1010 has suppressed tenure counts; not judged"


def test_an_empty_project_layer_gives_empty_tables_not_errors():
    empty = _projects([])
    result = ph.assign_projects(empty, _areas(), "desokod")
    assert result.assigned.empty and result.unassigned.empty
    mix = _mix([[A, 100, 0, 0], [B, 0, 50, 50]])
    projected = hp.projected_mix(mix, result.assigned, "desokod").set_index("desokod")
    assert projected.loc[A, "projected_share_hyresratt"] == pytest.approx(100.0)
    assert projected.loc[A, "projects"] == 0
    assert hp.flag_projects(mix, result.assigned, "desokod").empty


def test_repeated_project_ids_are_an_error_and_blank_ids_are_numbered():
    projects = gpd.GeoDataFrame(
        {
            "projekt_id": ["P1", "P1"],
            "hyresratt": [10, 20],
            "bostadsratt": [0, 0],
            "aganderatt": [0, 0],
        },
        geometry=[Point(5, 5), Point(6, 6)],
        crs="EPSG:3006",
    )
    cols = ph.ProjectColumns(start_year=None, land_owner=None, status=None)
    with pytest.raises(InputError, match="'P1' in 'projekt_id' occurs more than once"):
        ph.read_projects(projects, cols)
    projects["projekt_id"] = ["P1", None]
    assert list(ph.read_projects(projects, cols)["project_id"]) == ["P1", "feature 1"]


def _empty_like(frame):
    """The frame without rows, as an empty layer (or selection, or filter) comes to core."""
    return frame.iloc[:0]


def test_empty_layers_and_layers_without_geometry_assign_nothing_and_build_no_index():
    projects = _projects(
        [
            ("P1", 10, 0, 0, 2025, "kommun", "byggstart", Point(50, 50)),
            ("P2", 0, 6, 0, 2026, "kommun", "byggstart", box(50, 0, 150, 50)),
        ]
    )
    areas = _areas()
    mix = _mix([(A, 10, 0, 0), (B, 0, 5, 5)])
    no_geometry = areas.assign(geometry=None)
    with forbid_empty_index():
        for rule in ("largest", "split"):
            for empty_areas in (_empty_like(areas), no_geometry):
                result = ph.assign_projects(projects, empty_areas, "desokod", polygons=rule)
                assert result.assigned.empty
                assert list(result.assigned.columns) == ph.ASSIGNED_COLUMNS
                assert result.unassigned.to_dict("records") == [
                    {"project_id": "P1", "reason": "lies outside every area"},
                    {"project_id": "P2", "reason": "lies outside every area"},
                ]
            nothing = ph.assign_projects(_empty_like(projects), areas, "desokod", polygons=rule)
            assert nothing.assigned.empty and nothing.unassigned.empty
            unplaced = ph.assign_projects(projects.assign(geometry=None), areas, "desokod")
            assert set(unplaced.unassigned["reason"]) == {"has no geometry"}
        # no project: the projected mix is today's, and nothing is flagged
        projected = hp.projected_mix(mix, nothing.assigned, "desokod")
        assert list(projected["projected_dwellings_hyresratt"]) == [10, 0]
        assert list(projected["projects"]) == [0, 0]
        flags = hp.flag_projects(mix, nothing.assigned, "desokod")
        assert flags.empty and list(flags.columns) == hp.FLAG_COLUMNS
