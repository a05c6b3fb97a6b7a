"""Delmos' criteria against the national baseline by default (hand-worked national table)."""

from __future__ import annotations

import pytest

from segregation_plugin.core.areatypes import national_baseline as B
from segregation_plugin.core.areatypes.inequality_report import inequality_report
from segregation_plugin.core.common.errors import InputError
from tests.helpers import national_tables as T


def _national(types=True):
    return B.national_values(
        T.national_deso(),
        "desokod",
        T.LOW,
        T.HIGH,
        types=T.national_deso_types() if types else None,
        population_field="folkmängd",
        source="riket 2022",
    )


def _report(national):
    return inequality_report(
        T.local_deso(), "desokod", T.LOW, T.HIGH, national=national
    ).kommuner.set_index("region")


def test_national_mean_and_sd_of_all_kommuner():
    values = _national()
    assert values.inequality_mean == pytest.approx(T.NATIONAL_INEQ_MEAN)
    assert values.inequality_sd == pytest.approx(T.NATIONAL_INEQ_SD)
    assert values.share_mean == pytest.approx(T.NATIONAL_SHARE_MEAN)
    assert values.share_sd == pytest.approx(T.NATIONAL_SHARE_SD)
    assert values.description == (
        "national: mean and SD (sample) of the ojämlikhetsindex of all 290 kommuner and their "
        "share in types 1–2 (riket 2022)"
    )


def test_criterion_1_changes_with_the_national_baseline(tmp_path):
    local = _report(None)
    assert local.loc["2903", "ojamlikhetsindex"] == pytest.approx(50.0)
    assert local.loc["2902", "ojamlikhetsindex"] == pytest.approx(10.0)
    assert local.loc["2903", "ineq_threshold"] == pytest.approx(20 + 700**0.5)
    assert bool(local.loc["2903", "crit_inequality"]) is True
    values, lines, to_store = B.national_baseline(
        T.local_deso()["desokod"], year=2022, groups="quartiles", national=_national()
    )
    national = _report(values)
    assert national.loc["2903", "ineq_threshold"] == pytest.approx(25 + T.NATIONAL_INEQ_SD)
    assert bool(national.loc["2903", "crit_inequality"]) is False
    assert national.loc["2903", "ref_description"].startswith("national: mean and SD")
    assert lines[0].startswith("Baseline of the criteria: national:")
    # stored, then found for the same year and groups only
    path = B.save_baseline(tmp_path, 2022, "quartiles", to_store)
    assert path.name == "delmos_criteria_2022_quartiles.json"
    again, lines, _ = B.national_baseline(
        T.local_deso()["desokod"], year=2022, groups="quartiles", cache_dir=tmp_path
    )
    assert again.inequality_sd == pytest.approx(T.NATIONAL_INEQ_SD)
    assert again.description.endswith("stored for 2022")
    none, lines, _ = B.national_baseline(
        T.local_deso()["desokod"], year=2022, groups="quintiles", cache_dir=tmp_path
    )
    assert none is None and lines[0].startswith("The baseline of Delmos' criteria is NOT national")
    assert "Mean and SD are of the 3 kommun(er) in the layer" in lines[0]


def test_without_national_area_types_criterion_2_says_it_is_not_national():
    deso = T.local_deso()
    # kommun 2901 has 100 of its 200 residents in type 1 (50 %), the others none
    report = inequality_report(
        deso,
        "desokod",
        T.LOW,
        T.HIGH,
        types=deso.assign(area_type=[1, 3, 3, 3, 3, 3], folkmängd=100),
        population_field="folkmängd",
        national=_national(types=False),
    ).kommuner
    text = report["ref_description"].iloc[0]
    assert "share in types 1–2 against the 3 kommuner given — not national" in text
    assert report["ineq_ref_mean"].iloc[0] == pytest.approx(T.NATIONAL_INEQ_MEAN)
    # shares 50, 0, 0 %: mean 16.67 and SD 28.87 of the three kommuner
    assert report["share_ref_mean"].iloc[0] == pytest.approx(50 / 3)
    assert report["share_ref_sd"].iloc[0] == pytest.approx((2 * 50**2 / 9 * 3 / 2) ** 0.5)


def test_a_national_table_missing_kommuner_is_refused():
    with pytest.raises(InputError, match="covers 100 kommuner, not all 290"):
        B.national_values(T.national_deso().iloc[:200], "desokod", T.LOW, T.HIGH, source="x")
