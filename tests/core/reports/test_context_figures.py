"""Transit, tenure and flagged projects per kommun for the report, worked by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.reports.context_figures import (
    flagged_projects,
    tenure_by_kommun,
    transit_by_type,
)


def test_transit_shares_are_residents_in_class_ab_over_residents():
    frame = pd.DataFrame(
        {
            "kommunkod": ["0101", "0101", "0101", "0102"],
            "area_type": [1, 2, 4, 3],
            "residents": [100, 300, 200, 50],
            "pct_AB": [50.0, 10.0, 40.0, 0.0],
            "pct_EF_none": [0.0, 50.0, 10.0, 100.0],
            "deps_400m": [10.0, 2.0, 5.0, 1.0],
        }
    )
    table = transit_by_type(frame)
    row = table.loc["0101"]
    # 1–2: (50 + 30) of 400 residents; not the mean of 50 % and 10 %
    assert row["ab_1–2"] == pytest.approx(20.0)
    assert row["ef_1–2"] == pytest.approx(37.5)
    assert row["deps_1–2"] == pytest.approx(4.0)  # (100·10 + 300·2) / 400
    assert row["ab_4–5"] == pytest.approx(40.0)
    assert row["gap_ab"] == pytest.approx(-20.0)
    assert math.isnan(row["ab_3"])  # no residents in type 3
    assert math.isnan(table.loc["0102", "gap_ab"])


def test_tenure_of_the_kommun_against_its_county():
    frame = pd.DataFrame(
        {
            "kommunkod": ["0101", "0101", "0102"],
            "dwellings_hyresratt": [60, 20, 0],
            "dwellings_bostadsratt": [20, 0, 0],
            "dwellings_aganderatt": [0, 0, 100],
        }
    )
    table = tenure_by_kommun(frame)
    assert table.loc["0101", "share_hyresratt"] == pytest.approx(80.0)  # 80 of 100
    assert table.loc["0101", "lan_share_hyresratt"] == pytest.approx(40.0)  # 80 of 200
    assert table.loc["0102", "lan_share_aganderatt"] == pytest.approx(50.0)
    with pytest.raises(InputError, match="dwellings_hyresratt.*Tenure mix"):
        tenure_by_kommun(frame.drop(columns="dwellings_hyresratt"))


def test_flagged_projects_are_those_that_make_an_area_more_one_sided():
    frame = pd.DataFrame(
        {
            "kommunkod": ["0101", "0101", "0101", "0101", "0102"],
            "namn": ["A", "B", "C", "D", "E"],
            "flag": ["reinforces", "balancing", None, "makes_one_sided", "balancing"],
            "planned_total": [100, 50, 20, 300, 10],
        }
    )
    table = flagged_projects(frame)
    assert table.loc["0101", "projects"] == 3  # C was not judged
    assert table.loc["0101", "flagged"] == 2
    assert table.loc["0101", "flagged_dwellings"] == 400
    assert table.loc["0101", "flagged_names"] == ["D", "A"]  # largest first
    assert table.loc["0102", "flagged"] == 0
