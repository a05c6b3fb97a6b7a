"""The real SCB export of dwellings by tenure per DeSO 2018 (2022), aggregated to kommun and
the whole country, compared with sums computed independently of the plugin."""

from collections import defaultdict

import pytest

from segregation_plugin.core import tenure_mix as tm

pytestmark = pytest.mark.shared

FILE = "scb/deso2018_upplatelseform_2022.xlsx"


@pytest.fixture(scope="module")
def rows(shared_data):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(shared_data / FILE, read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()
    header = values[3]
    assert list(header[1:5]) == ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
    # data rows: a DeSO code alone in the first column (title, headers and footer left out)
    return [r[:5] for r in values if isinstance(r[0], str) and len(r[0]) == 9 and r[0][4] in "ABC"]


@pytest.fixture(scope="module")
def mix(rows):
    import pandas as pd

    frame = pd.DataFrame(
        rows, columns=["desokod", "hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]
    )
    return tm.tenure_mix(frame, key="desokod")


def test_every_deso_has_a_mix(rows, mix):
    assert len(rows) == 5984
    assert mix["tenure_entropy"].between(0, 1).all()
    assert mix["dominant_tenure"].notna().all()  # no DeSO without dwellings in 2022
    # 0114C1020 (Upplands Väsby) has 556 äganderätt and nothing else
    row = mix.set_index("desokod").loc["0114C1020"]
    assert row["dominant_tenure"] == "äganderätt" and row["tenure_entropy"] == 0
    # 0114C1040: 273 / 816 / 5 → bostadsrätt 816 of 1,094 = 74.6 %
    row = mix.set_index("desokod").loc["0114C1040"]
    assert row["dominant_share"] == pytest.approx(816 / 1094 * 100)


def test_kommun_totals_equal_independent_sums(rows, mix):
    kommun = tm.aggregate_mix(mix, mix["desokod"].str[:4], name="kommunkod").set_index("kommunkod")
    assert len(kommun) == 290
    independent = defaultdict(lambda: [0, 0, 0, 0])
    for code, *counts in rows:
        for i, n in enumerate(counts):
            independent[code[:4]][i] += n
    for code, (h, b, a, u) in independent.items():
        got = kommun.loc[code]
        assert (got["dwellings_hyresratt"], got["dwellings_bostadsratt"]) == (h, b)
        assert (got["dwellings_aganderatt"], got["dwellings_unknown"]) == (a, u)
    # Upplands Väsby (0114), 23 DeSO; checked by hand with grep/awk on the sheet's XML
    vasby = kommun.loc["0114"]
    assert vasby["areas"] == 23
    assert (vasby["dwellings_hyresratt"], vasby["dwellings_bostadsratt"]) == (7802, 7798)
    assert (vasby["dwellings_aganderatt"], vasby["dwellings_unknown"]) == (5818, 0)
    assert vasby["share_hyresratt"] == pytest.approx(7802 / 21418 * 100)
    # the kommun share is summed counts over summed counts, not the mean of DeSO shares
    deso_mean = mix[mix["desokod"].str[:4] == "0114"]["share_hyresratt"].mean()
    assert abs(deso_mean - vasby["share_hyresratt"]) > 0.5


def test_national_totals(mix):
    country = tm.aggregate_mix(mix, ["00"] * len(mix), name="riket").iloc[0]
    # column sums of the sheet, computed with awk on its XML (B, C, D, E)
    assert country["dwellings_hyresratt"] == 1_989_631
    assert country["dwellings_bostadsratt"] == 1_240_030
    assert country["dwellings_aganderatt"] == 1_928_221
    assert country["dwellings_unknown"] == 807
    assert country["dwellings_total"] == 5_158_689
    assert country["share_unknown"] == pytest.approx(807 / 5_158_689 * 100)


def test_comparison_with_kommun_and_county_on_real_data(mix):
    compared, kommun, lan = tm.compare_with_kommun_and_county(mix, "desokod")
    assert len(lan) == 21
    row = compared.set_index("desokod").loc["0114C1020"]
    assert row["diff_kommun_aganderatt"] == pytest.approx(100 - 5818 / 21418 * 100)
    assert bool(row["more_one_sided_than_kommun"]) is True
