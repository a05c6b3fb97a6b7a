"""Change of area type between two years, hand-worked."""

from __future__ import annotations

import pandas as pd
import pytest

from segregation_plugin.core.areatypes.type_change import (
    CATEGORIES,
    NO_TYPE,
    TOWARDS_CHALLENGES,
    TOWARDS_GOOD,
    UNCHANGED,
    compare_area_types,
)
from segregation_plugin.core.common.errors import InputError


@pytest.fixture
def years():
    before = pd.DataFrame(
        {
            "regsokod": ["0180R001", "0180R002", "0180R003", "0180R004", "0180R005", "0180R006"],
            "area_type": [1, 2, 3, 3, None, 4],
            "persons": [1000, 2000, 3000, 500, 700, 900],
        }
    )
    after = pd.DataFrame(
        {
            # R006 is gone, R007 is new (e.g. a new RegSO version); R005 typed now
            "regsokod": ["0180R001", "0180R002", "0180R003", "0180R004", "0180R005", "0180R007"],
            "area_type": [2, 2, 1, 4, 5, 3],
            "persons": [1100, 2100, 3200, 520, 710, 400],
        }
    )
    return before, after


def test_each_area_type_in_both_years_and_the_direction(years):
    change = compare_area_types(
        *years, "regsokod", residents_field="persons", year_before=2021, year_after=2022
    )
    areas = change.areas
    assert areas.loc["0180R001", ["type_before", "type_after"]].tolist() == [1, 2]
    assert areas.loc["0180R001", "change_direction"] == TOWARDS_GOOD
    assert areas.loc["0180R003", "change_direction"] == TOWARDS_CHALLENGES  # 3 → 1
    assert areas.loc["0180R003", "type_shift"] == -2
    assert areas.loc["0180R002", "change_direction"] == UNCHANGED
    assert areas.loc["0180R005", "change_note"] == "no type in 2021"
    assert areas.loc["0180R006", "change_note"] == "not in 2022"
    assert areas.loc["0180R007", "change_note"] == "not in 2021"
    assert sorted(change.changed().index) == ["0180R001", "0180R003", "0180R004"]


def test_transition_matrix_of_areas_and_residents(years):
    change = compare_area_types(*years, "regsokod", residents_field="persons")
    areas = change.matrix("areas")
    assert list(areas.index) == list(CATEGORIES) + ["total"]
    assert areas.loc["1", "2"] == 1 and areas.loc["2", "2"] == 1 and areas.loc["3", "1"] == 1
    assert areas.loc["3", "4"] == 1
    assert areas.loc[NO_TYPE, "5"] == 1  # R005: no type → 5
    assert areas.loc["4", NO_TYPE] == 1  # R006: gone
    assert areas.loc[NO_TYPE, "3"] == 1  # R007: new
    assert areas.loc["total", "total"] == 7
    assert areas.loc["3", "total"] == 2
    residents = change.matrix("residents")
    # residents of the second year; the vanished R006 counts with its first-year 900
    assert residents.loc["3", "1"] == 3200 and residents.loc["4", NO_TYPE] == 900
    assert residents.loc["total", "total"] == 1100 + 2100 + 3200 + 520 + 710 + 400 + 900
    assert len(change.transitions) == 36


def test_layer_of_changed_areas_keeps_the_input_fields(years):
    before, after = years
    change = compare_area_types(before, after, "regsokod")
    layer = change.joined(after, "regsokod", only_changed=True)
    assert layer["regsokod"].tolist() == ["0180R001", "0180R003", "0180R004"]
    assert layer["persons"].tolist() == [1100, 3200, 520]
    assert layer["type_before"].tolist() == [1, 3, 3]
    assert change.matrix("residents").loc["total", "total"] == 0  # no residents field given


def test_duplicate_codes_and_bad_types_are_explained(years):
    before, after = years
    with pytest.raises(InputError, match="more than once"):
        compare_area_types(pd.concat([before, before.iloc[:1]]), after, "regsokod")
    bad = after.copy()
    bad.loc[0, "area_type"] = 7
    with pytest.raises(InputError, match="area types are 1–5"):
        compare_area_types(before, bad, "regsokod")
    with pytest.raises(InputError, match="no field 'kod'"):
        compare_area_types(before, after, "kod")


def test_how_many_areas_matched_is_said(years):
    change = compare_area_types(*years, "regsokod", year_before=2021, year_after=2022)
    assert (change.matched, change.in_first, change.in_second) == (5, 6, 6)
    line, warning = change.match_line()
    assert warning and line.startswith("5 areas are in both years: 5 of the 6 of 2021")
    before, _ = years
    line, warning = compare_area_types(before, before, "regsokod").match_line()
    assert (line, warning) == ("All 6 areas are in both years.", False)


def test_two_tables_without_a_common_area_are_refused(years):
    before, after = years
    other = after.assign(regsokod=after["regsokod"].str.replace("0180", "0181"))
    with pytest.raises(InputError, match=r"No area is in both years.*0180R001.*0181R001"):
        compare_area_types(before, other, "regsokod", year_before=2021, year_after=2022)
    # one area in common out of six: said, with 'Only'
    other.loc[0, "regsokod"] = "0180R001"
    line, warning = compare_area_types(before, other, "regsokod").match_line()
    assert warning and line.startswith("Only 1 area is in both years")


def test_an_empty_table_is_refused(years):
    before, after = years
    with pytest.raises(InputError, match="table of 2022 has no areas"):
        compare_area_types(before, after.iloc[:0], "regsokod", year_before=2021, year_after=2022)
