"""Tenure mix per area (METHODS.md §7): hand-worked shares, entropy, unknown tenure,
aggregation by summing counts and comparison with the kommun and the county."""

import math

import pandas as pd
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import tenure_mix as tm


def _table(rows):
    return pd.DataFrame(
        rows, columns=["desokod", "hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
    )


def _one(mix, code):
    return mix.set_index("desokod").loc[code]


def test_entropy_of_equal_thirds_is_one_and_of_one_tenure_zero():
    mix = tm.tenure_mix(
        _table(
            [
                ["0114C1010", 10, 10, 10, 0],
                ["0114C1020", 0, 25, 0, 0],
                ["0114C1030", 20, 20, 0, 0],
            ]
        )
    )
    thirds, single, half = (_one(mix, c) for c in ("0114C1010", "0114C1020", "0114C1030"))
    assert thirds["tenure_entropy"] == pytest.approx(1.0)
    assert thirds["share_hyresratt"] == pytest.approx(100 / 3)
    assert thirds["dominant_tenure"] == "hyresrätt, bostadsrätt, äganderätt"  # a tie names all
    assert single["tenure_entropy"] == pytest.approx(0.0)
    assert single["dominant_tenure"] == "bostadsrätt"
    assert single["dominant_share"] == pytest.approx(100.0)
    # 50/50 between two tenures: H = ln 2, normalised by ln 3
    assert half["tenure_entropy"] == pytest.approx(math.log(2) / math.log(3))
    assert half["share_aganderatt"] == pytest.approx(0.0)


def test_unknown_tenure_is_left_out_of_the_shares_and_reported():
    mix = tm.tenure_mix(_table([["0114C1010", 30, 10, 0, 10]]))
    row = _one(mix, "0114C1010")
    assert row["share_hyresratt"] == pytest.approx(75.0)  # 30 of the 40 known, not of 50
    assert row["share_bostadsratt"] == pytest.approx(25.0)
    assert row["dwellings_known"] == 40
    assert row["dwellings_unknown"] == 10
    assert row["dwellings_total"] == 50
    assert row["share_unknown"] == pytest.approx(20.0)
    assert row["dominant_tenure"] == "hyresrätt"
    assert row["dominant_share"] == pytest.approx(75.0)


def test_no_dwellings_and_only_unknown_are_missing_with_a_reason():
    mix = tm.tenure_mix(_table([["0114A0010", 0, 0, 0, 0], ["0114A0020", 0, 0, 0, 4]]))
    empty, unknown = _one(mix, "0114A0010"), _one(mix, "0114A0020")
    for row in (empty, unknown):
        assert pd.isna(row["share_hyresratt"]) and pd.isna(row["tenure_entropy"])
        assert pd.isna(row["dominant_tenure"])
    assert empty["mix_note"] == "no dwellings with known tenure"
    assert unknown["mix_note"] == "all 4 dwellings have unknown tenure (uppgift saknas)"
    assert unknown["share_unknown"] == pytest.approx(100.0)


def test_suppressed_counts_become_missing_not_zero():
    mix = tm.tenure_mix(_table([["0114C1010", "..", 5, 5, 0]]))
    row = _one(mix, "0114C1010")
    assert pd.isna(row["dwellings_hyresratt"])
    assert pd.isna(row["share_bostadsratt"])
    assert "hyresrätt missing" in row["mix_note"]


def test_bad_counts_name_the_area_and_the_field():
    with pytest.raises(InputError, match=r"'hyresrätt' .* dwellings: area 0114C1010 has 'många'"):
        tm.tenure_mix(_table([["0114C1010", "många", 5, 5, 0]]), key="desokod")
    with pytest.raises(InputError, match=r"negative"):
        tm.tenure_mix(_table([["0114C1010", -1, 5, 5, 0]]), key="desokod")
    with pytest.raises(InputError, match=r"'hyresratt' is not in the table"):
        tm.tenure_mix(_table([["0114C1010", 1, 5, 5, 0]]), hyresratt="hyresratt")


def test_user_column_names_and_no_unknown_column():
    frame = pd.DataFrame({"kod": ["x"], "hr": [3], "br": [1], "ag": [0]})
    mix = tm.tenure_mix(frame, hyresratt="hr", bostadsratt="br", aganderatt="ag", unknown=None)
    assert mix.loc[0, "share_hyresratt"] == pytest.approx(75.0)
    assert pd.isna(mix.loc[0, "dwellings_unknown"])
    assert mix.loc[0, "dwellings_total"] == 4


def test_aggregation_sums_counts_and_never_averages_shares():
    # A: 90 hyresrätt, 10 bostadsrätt; B: 300 äganderätt. Summed: 90/10/300 of 400 dwellings.
    mix = tm.tenure_mix(_table([["0114C1010", 90, 10, 0, 2], ["0114C1020", 0, 0, 300, 1]]))
    mix["regsokod"] = "0114R001"
    regso = tm.aggregate_mix(mix, "regsokod").set_index("regsokod").loc["0114R001"]
    assert regso["areas"] == 2
    assert regso["dwellings_known"] == 400
    assert regso["dwellings_unknown"] == 3
    assert regso["share_hyresratt"] == pytest.approx(22.5)  # the average of shares would be 45
    assert regso["share_aganderatt"] == pytest.approx(75.0)
    assert regso["dominant_tenure"] == "äganderätt"


def test_aggregation_leaves_out_an_area_with_suppressed_counts_and_says_which():
    mix = tm.tenure_mix(_table([["0114C1010", 90, 10, 0, 0], ["0114C1020", "..", 5, 300, 0]]))
    kommun = tm.aggregate_mix(mix, mix["desokod"].str[:4], name="kommunkod").iloc[0]
    assert kommun["kommunkod"] == "0114"
    assert kommun["areas"] == 2
    assert kommun["areas_left_out"] == 1
    assert kommun["dwellings_known"] == 100  # the incomplete area is not half counted
    assert kommun["mix_note"] == "left out (missing counts): 0114C1020"


def test_comparison_with_kommun_and_county_in_percentage_points():
    mix = tm.tenure_mix(
        _table(
            [
                ["0114C1010", 90, 10, 0, 0],
                ["0114C1020", 0, 0, 300, 0],
                ["0115C1010", 50, 50, 0, 0],
            ]
        )
    )
    compared, kommun, lan = tm.compare_with_kommun_and_county(mix, "desokod")
    k = kommun.set_index("kommunkod")
    assert k.loc["0114", "share_hyresratt"] == pytest.approx(22.5)
    assert lan.loc[0, "lanskod"] == "01"
    assert lan.loc[0, "share_aganderatt"] == pytest.approx(60.0)  # 300 of 500
    a, b, c = (_one(compared, code) for code in ("0114C1010", "0114C1020", "0115C1010"))
    assert a["diff_kommun_hyresratt"] == pytest.approx(90 - 22.5)
    assert a["diff_kommun_aganderatt"] == pytest.approx(0 - 75)
    assert a["kommun_dominant_tenure"] == "äganderätt"
    assert bool(a["more_one_sided_than_kommun"]) is True  # 90 % > the kommun's 75 %
    assert bool(b["more_one_sided_than_kommun"]) is True  # 100 % > 75 %
    assert bool(c["more_one_sided_than_kommun"]) is False  # 50 % = its kommun's 50 %
    assert c["diff_lan_hyresratt"] == pytest.approx(50 - 28)  # county: 140 of 500
    assert bool(c["more_one_sided_than_lan"]) is False  # 50 % < the county's 60 %


def test_dict_helpers_agree_with_the_table():
    counts = {"hyresratt": 20, "bostadsratt": 20, "aganderatt": 0}
    assert tm.entropy_of(counts) == pytest.approx(math.log(2) / math.log(3))
    assert tm.dominant_of(counts) == (("hyresratt", "bostadsratt"), 50.0)
    assert tm.shares_of({"hyresratt": 0}) == {}
    assert tm.tenure_id("Äganderätt") == "aganderatt"
