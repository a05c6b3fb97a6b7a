"""Which fields hold V1–V3, the residents and the income groups: SCB's names as the
statistics tools import them (the sample's layers in demo step 20 have exactly these)."""

from __future__ import annotations

import pytest

from segregation_plugin.core.areatypes import area_type_fields as F
from segregation_plugin.core.areatypes.ses_index import V3_OFFICIAL, V3_PROXY_UNEMPLOYED, Indicator
from segregation_plugin.core.common.errors import InputError

# the 2022 DeSO layer of demo step 20 (deso_stats)
DESO = [
    "fid",
    "desokod",
    "regsokod",
    "kommunkod",
    "kommunnamn",
    "folkmängd",
    "Låg ekonomisk standard, procent",
    "Hög ekonomisk standard, procent",
    "Antal personer totalt",
    "förgymnasial utbildning",
    "gymnasial utbildning",
    "totalt 25-64 år",
    "16-64 år sysselsatta",
    "16-64 år arbetslösa",
    "16-64 år totalt",
    "inkomst kvartil 1",
    "inkomst kvartil 2",
    "inkomst kvartil 3",
    "inkomst kvartil 4",
    "inkomst totalt",
]
# SCB's official V3 table per RegSO, joined for one year
OFFICIAL = [
    "Antal personer 20-64 år",
    "Antal med ekonomiskt bistånd och/eller långvarig arbetslöshet",
    "Andel, procent",
]


def wide(names, years=(2021, 2022)):
    """A layer joined with the years kept: '<year> <name>'."""
    keep = ["desokod", "kommunkod"]
    return keep + [f"{y} {n}" for y in years for n in names if n not in keep]


def test_the_sample_deso_layer_needs_no_choice():
    found = F.guess_index_fields(DESO)
    assert found.year is None
    assert found.v1 == Indicator.share("Låg ekonomisk standard, procent")
    assert found.v2 == Indicator.counts("förgymnasial utbildning", "totalt 25-64 år")
    assert found.v3 == Indicator.counts("16-64 år arbetslösa", "16-64 år totalt")
    assert found.v3_definition == V3_PROXY_UNEMPLOYED
    assert found.residents == "folkmängd"
    assert len(found.notes) == 3 and "förgymnasial utbildning" in found.notes[1]


def test_the_official_v3_wins_over_the_proxy():
    found = F.guess_index_fields(DESO + OFFICIAL)
    assert found.v3 == Indicator.counts(OFFICIAL[1], OFFICIAL[0])
    assert found.v3_definition == V3_OFFICIAL


def test_shares_of_an_aggregated_regso_layer():
    # aggregateareas' output when only the rebuilt shares are kept
    names = ["regsokod", "Låg ekonomisk standard, procent", "andel förgymnasial utbildning"]
    found = F.guess_index_fields(names + ["andel arbetslösa 16-64 år", "population"])
    assert found.v2 == Indicator.share("andel förgymnasial utbildning")
    assert found.v3 == Indicator.share("andel arbetslösa 16-64 år")
    assert found.residents == "population"
    assert F.guess_index_fields(["regsokod", "x"]).v1 is None


def test_a_layer_with_two_years_takes_the_latest_or_the_year_asked():
    columns = wide(DESO)
    latest = F.guess_index_fields(columns)
    assert latest.year == 2022
    assert latest.v1 == Indicator.share("2022 Låg ekonomisk standard, procent")
    assert latest.residents == "2022 folkmängd"
    first = F.guess_index_fields(columns, 2021)
    assert first.v2 == Indicator.counts("2021 förgymnasial utbildning", "2021 totalt 25-64 år")
    # a year's fields and a table joined for that year only (plain names) go together
    mixed = F.guess_index_fields(wide(DESO, (2021,)) + OFFICIAL)
    assert mixed.year == 2021 and mixed.v3 == Indicator.counts(OFFICIAL[1], OFFICIAL[0])
    assert F.years_in(columns) == [2021, 2022]
    assert F.split_year("2021 16-64 år totalt") == (2021, "16-64 år totalt")
    assert F.split_year("16-64 år totalt") == (None, "16-64 år totalt")


def test_year_of_fields():
    assert F.year_of_fields(["2021 a", "2021 b", "c"]) == 2021
    assert F.year_of_fields(["2021 a", "2022 b"]) is None
    assert F.year_of_fields(["a", None]) is None


def test_v3_definition_from_chosen_fields():
    assert F.v3_definition_of(Indicator.counts(OFFICIAL[1], OFFICIAL[0])) == V3_OFFICIAL
    assert F.v3_definition_of(Indicator.share("andel arbetslösa 16–64 år")) == V3_PROXY_UNEMPLOYED
    own = F.v3_definition_of(Indicator.share("ohälsotal"))
    assert own == "as chosen by the user: share field 'ohälsotal' (%)"


def test_residents_and_income_groups():
    assert F.guess_residents_field(wide(DESO), 2021) == "2021 folkmängd"
    assert F.guess_residents_field(["desokod", "Antal personer totalt"]) == "Antal personer totalt"
    assert F.guess_income_groups(DESO, "quartiles") == (
        "inkomst kvartil 1",
        "inkomst kvartil 4",
        None,
    )
    assert F.guess_income_groups(wide(DESO), "economic_standard", 2021) == (
        "2021 Låg ekonomisk standard, procent",
        "2021 Hög ekonomisk standard, procent",
        "2021 Antal personer totalt",
    )
    quintiles = [f"kvintil {q}" for q in range(1, 6)]
    assert F.guess_income_groups(quintiles, "quintiles") == ("kvintil 1", "kvintil 5", None)
    assert F.guess_income_groups(DESO, "quintiles") == (None, None, None)
    with pytest.raises(InputError, match="Unknown income groups"):
        F.guess_income_groups(DESO, "deciles")


def test_the_same_fields_in_another_year():
    columns = wide(DESO)
    v2 = Indicator.counts("2021 förgymnasial utbildning", "2021 totalt 25-64 år")
    assert F.indicator_for_year(v2, 2021, 2022, columns) == Indicator.counts(
        "2022 förgymnasial utbildning", "2022 totalt 25-64 år"
    )
    assert F.indicator_for_year(None, 2021, 2022, columns) is None
    with pytest.raises(InputError, match="does not start with the year 2021"):
        F.fields_for_year(["folkmängd"], 2021, 2022, columns)
    with pytest.raises(InputError, match="no '2023 folkmängd'"):
        F.fields_for_year(["2021 folkmängd"], 2021, 2023, columns)
