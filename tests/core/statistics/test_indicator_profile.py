"""The standard indicator profile: shares through their bases, kommun and country by summed
counts (core/statistics/indicator_profile.py)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from segregation_plugin.core.statistics.indicator_profile import indicator_profile


def _areas():
    return pd.DataFrame(
        {
            "desokod": ["0114A0010", "0114C1010", "0180C1020"],
            "hyresrätt": [68, 2, 10],
            "bostadsrätt": [11, 222, 30],
            "äganderätt": [234, 386, 60],
            "uppgift saknas": [0, 0, 0],
            "totalt lägenheter": [313, 610, 100],
            "Låg ekonomisk standard, procent": [7.0, 4.0, 20.0],
            "Antal personer totalt": [843, 1542, 200],
            "utländsk bakgrund män": [10, 20, 30],
            "totalt befolkning män": [100, 100, 60],
            "Medianinkomst, tkr": [300.0, 350.0, 250.0],
        }
    )


def test_shares_through_their_bases():
    profile = indicator_profile(_areas(), "desokod")
    out = profile.frame.set_index("desokod")
    assert out.loc["0114A0010", "andel hyresrätt"] == pytest.approx(100 * 68 / 313)
    # the kommun 0114: (68 + 2) / (313 + 610), not the mean of the two shares
    assert out.loc["0114C1010", "andel hyresrätt kommun"] == pytest.approx(100 * 70 / 923)
    diff = 100 * 2 / 610 - 100 * 70 / 923
    assert out.loc["0114C1010", "andel hyresrätt diff kommun"] == pytest.approx(diff)
    # economic standard: SCB's % back to persons, 7 % of 843 and 4 % of 1542
    low = (0.07 * 843 + 0.04 * 1542) / (843 + 1542) * 100
    assert out.loc["0114A0010", "andel låg ekonomisk standard kommun"] == pytest.approx(low)
    # a sex split where the table has one
    assert out.loc["0180C1020", "andel utländsk bakgrund män"] == pytest.approx(50.0)
    # three areas of two kommuner: the country is unknown
    assert math.isnan(out.loc["0114A0010", "andel hyresrätt riket"])
    assert profile.country.startswith("unknown")
    assert profile.medians == ["Medianinkomst, tkr"]
    assert "Medianinkomst, tkr kommun" not in out.columns


def test_country_from_a_national_layer_and_every_year():
    areas = _areas().rename(
        columns={"hyresrätt": "2022 hyresrätt", "totalt lägenheter": "2022 totalt lägenheter"}
    )
    national = pd.DataFrame({"2022 hyresrätt": [500, 500], "2022 totalt lägenheter": [1000, 3000]})
    profile = indicator_profile(areas, "desokod", national)
    out = profile.frame.set_index("desokod")
    assert out.loc["0180C1020", "2022 andel hyresrätt riket"] == pytest.approx(25.0)
    assert out.loc["0180C1020", "2022 andel hyresrätt diff riket"] == pytest.approx(10.0 - 25.0)
    assert profile.country == "the national layer given"


def test_a_numerator_over_its_denominator_is_told():
    """0114A0010 with 400 hyresrätt of 313 dwellings: 127.8 %, kept, and a warning names
    the area, the two fields and the share."""
    areas = _areas()
    areas.loc[0, "hyresrätt"] = 400
    profile = indicator_profile(areas, "desokod")
    out = profile.frame.set_index("desokod")
    assert out.loc["0114A0010", "andel hyresrätt"] == pytest.approx(100 * 400 / 313)
    assert profile.warnings == [
        "1 area(s) (0114A0010) have more in hyresrätt than in totalt lägenheter: their "
        "andel hyresrätt is over 100 %. Check the counts joined to them (the same year and "
        "table)."
    ]
    assert indicator_profile(_areas(), "desokod").warnings == []
