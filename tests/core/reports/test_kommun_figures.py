"""The report's figures per kommun, worked by hand on small frames."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.reports.kommun_figures import (
    kommun_codes,
    report_figures,
    selected_codes,
    types_by_kommun,
)

FIELDS = {"type_field": "area_type", "residents_field": "folk", "kommun_field": "kommunkod"}


def areas(rows):
    return pd.DataFrame(rows, columns=["kommunkod", "area_type", "folk"])


# 0101: types 1, 2, 4 and one area without a type; 0102: types 3 and 5; 0201: types 1 and 4
NOW = areas(
    [
        ("0101", 1, 100),
        ("0101", 2, 50),
        ("0101", 4, 250),
        ("0101", None, 40),
        (102, "3", 300),  # a code read as a number and a type as text
        ("0102", 5, 100),
        ("0201", 1, 30),
        ("0201", 4, 70),
    ]
)


def test_residents_and_areas_per_type_and_the_share_in_types_1_2():
    table = types_by_kommun(NOW, **FIELDS)
    assert list(table.index) == ["0101", "0102", "0201"]
    row = table.loc["0101"]
    assert [row[f"areas_{t}"] for t in (1, 2, 3, 4, 5, "none")] == [1, 1, 0, 1, 0, 1]
    assert [row[f"residents_{t}"] for t in (1, 2, 3, 4, 5, "none")] == [100, 50, 0, 250, 0, 40]
    assert row["residents"] == 440 and row["areas"] == 4
    # 150 of all 440 residents (the 40 in the area without a type are in the denominator)
    assert row["share_12"] == pytest.approx(100 * 150 / 440)
    assert table.loc["0102", "share_12"] == 0.0


def test_county_share_sums_numerators_and_denominators_not_shares():
    figures = report_figures(types_by_kommun(NOW, **FIELDS))
    # county 01: (150 + 0) / (440 + 400) = 17.86 %, not the mean of 34.09 % and 0 %
    assert figures.loc["0101", "share_12_lan"] == pytest.approx(100 * 150 / 840)
    assert figures.loc["0102", "share_12_lan"] == pytest.approx(100 * 150 / 840)
    assert figures.loc["0201", "share_12_lan"] == pytest.approx(30.0)
    # two counties are not the country: unknown unless entered
    assert math.isnan(figures.loc["0101", "share_12_country"])
    assert figures.loc["0101", "country_source"] == ""
    entered = report_figures(types_by_kommun(NOW, **FIELDS), national_share=12.3)
    assert entered.loc["0201", "share_12_country"] == 12.3
    assert entered.loc["0201", "country_source"] == "entered"


def test_the_country_is_computed_when_every_county_is_there():
    rows = [(f"{lan:02d}80", 1 if lan == 1 else 4, 100) for lan in range(1, 22)]
    figures = report_figures(types_by_kommun(areas(rows), **FIELDS))
    assert figures["share_12_country"].tolist() == pytest.approx([100 / 21] * 21)
    assert set(figures["country_source"]) == {"computed"}


def test_change_since_the_earlier_year_in_percentage_points():
    before = areas([("0101", 1, 100), ("0101", 4, 300), ("0201", 4, 100)])
    figures = report_figures(types_by_kommun(NOW, **FIELDS), types_by_kommun(before, **FIELDS))
    assert figures.loc["0101", "share_12_before"] == pytest.approx(25.0)
    assert figures.loc["0101", "change_12_pp"] == pytest.approx(100 * 150 / 440 - 25.0)
    assert figures.loc["0101", "areas_12_before"] == 1
    assert figures.loc["0201", "change_12_pp"] == pytest.approx(30.0)
    assert math.isnan(figures.loc["0102", "change_12_pp"])  # not in the earlier layer


def test_choosing_kommuner_and_lan():
    available = ["0101", "0102", "0201"]
    assert selected_codes("", available) == available
    assert selected_codes("0201, 01", available) == ["0101", "0102", "0201"]
    assert selected_codes("101", available) == ["0101"]
    with pytest.raises(InputError, match="'0999'.*0101, 0102, 0201"):
        selected_codes("0999", available)


def test_bad_input_is_named():
    with pytest.raises(InputError, match="'folk'"):
        types_by_kommun(NOW.drop(columns="folk"), **FIELDS)
    with pytest.raises(InputError, match="area_type"):
        types_by_kommun(areas([("0101", 7, 10)]), **FIELDS)
    with pytest.raises(InputError, match="'kommunkod' is empty in 1"):
        kommun_codes(["0101", None], "kommunkod")
    with pytest.raises(InputError, match="between 0 and 100"):
        report_figures(types_by_kommun(NOW, **FIELDS), national_share=120)


def test_an_empty_layer_gives_no_kommun():
    assert len(report_figures(types_by_kommun(areas([]), **FIELDS))) == 0


def test_by_lan_one_row_per_lan_summed_over_its_kommuner():
    table = types_by_kommun(NOW, **FIELDS, by_lan=True)
    assert list(table.index) == ["01", "02"]
    row = table.loc["01"]  # 0101 and 0102 together
    assert [row[f"residents_{t}"] for t in (1, 2, 3, 4, 5, "none")] == [100, 50, 300, 250, 100, 40]
    assert [row[f"areas_{t}"] for t in (1, 2, 3, 4, 5, "none")] == [1, 1, 1, 1, 1, 1]
    # 150 of 840: the län's numerator over its denominator, as the kommun pages' county line
    figures = report_figures(table)
    assert figures.loc["01", "share_12"] == pytest.approx(100 * 150 / 840)
    assert figures.loc["01", "share_12_lan"] == figures.loc["01", "share_12"]
    assert figures.loc["02", "share_12"] == pytest.approx(30.0)
