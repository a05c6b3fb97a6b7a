"""The real SCB export of dwellings by tenure per DeSO 2018 (2022), read with the plugin's SCB
reader, aggregated to kommun and the whole country and compared with sums computed
independently of the plugin (openpyxl on the raw cells; the national totals and Upplands
Väsby's were also checked by hand with awk on the sheet's XML). The tool on the same file is
tested in tests/processing/planning/test_tenure_mix_real.py."""

from collections import defaultdict

import pytest

from segregation_plugin.core.planning import tenure_mix as tm

pytestmark = pytest.mark.shared

FILE = "scb/deso2018_upplatelseform_2022.xlsx"
SCB = ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]


@pytest.fixture(scope="module")
def raw_rows(shared_data):
    """The data rows as they are in the sheet: a DeSO code alone in the first column."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(shared_data / FILE, read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()
    assert list(values[3][1:5]) == SCB
    return [r[:5] for r in values if isinstance(r[0], str) and len(r[0]) == 9 and r[0][4] in "ABC"]


@pytest.fixture(scope="module")
def mix(shared_data):
    from segregation_plugin.core.statistics.scb_export import read_scb_file

    table = read_scb_file(shared_data / FILE)
    assert set(table["year"]) == {2022}
    assert list(table.columns[-4:]) == SCB
    return tm.tenure_mix(table.rename(columns={"region_code": "desokod"}), key="desokod")


def test_every_deso_has_a_mix(raw_rows, mix):
    assert len(raw_rows) == len(mix) == 5984
    assert mix["tenure_entropy"].between(0, 1).all()
    assert mix["dominant_tenure"].notna().all()  # no DeSO without dwellings in 2022
    rows = mix.set_index("desokod")
    # 0114C1020 (Upplands Väsby) has 556 äganderätt and nothing else
    assert rows.loc["0114C1020", "dominant_tenure"] == "äganderätt"
    assert rows.loc["0114C1020", "tenure_entropy"] == 0
    # 0114C1040: 273 / 816 / 5 → bostadsrätt 816 of 1,094 = 74.6 %
    assert rows.loc["0114C1040", "dominant_share"] == pytest.approx(816 / 1094 * 100)


def test_kommun_totals_equal_independent_sums(raw_rows, mix):
    kommun = tm.aggregate_mix(mix, mix["desokod"].str[:4], name="kommunkod").set_index("kommunkod")
    assert len(kommun) == 290
    independent = defaultdict(lambda: [0, 0, 0, 0])
    for code, *counts in raw_rows:
        for i, n in enumerate(counts):
            independent[code[:4]][i] += n
    for code, (h, b, a, u) in independent.items():
        got = kommun.loc[code]
        assert (got["dwellings_hyresratt"], got["dwellings_bostadsratt"]) == (h, b)
        assert (got["dwellings_aganderatt"], got["dwellings_unknown"]) == (a, u)
    vasby = kommun.loc["0114"]  # Upplands Väsby, 23 DeSO
    assert vasby["areas"] == 23
    assert (vasby["dwellings_hyresratt"], vasby["dwellings_bostadsratt"]) == (7802, 7798)
    assert (vasby["dwellings_aganderatt"], vasby["dwellings_unknown"]) == (5818, 0)
    assert vasby["share_hyresratt"] == pytest.approx(7802 / 21418 * 100)
    # the kommun share is summed counts over summed counts, not the mean of DeSO shares
    deso_mean = mix[mix["desokod"].str[:4] == "0114"]["share_hyresratt"].mean()
    assert abs(deso_mean - vasby["share_hyresratt"]) > 0.5


def test_national_totals(mix):
    country = tm.aggregate_mix(mix, ["00"] * len(mix), name="riket").iloc[0]
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
