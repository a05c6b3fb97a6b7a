"""Official area types read by name and compared with the plugin's own types."""

from __future__ import annotations

import pandas as pd
import pytest

from segregation_plugin.core.areatypes.official_types import normalise_name, read_official_types
from segregation_plugin.core.areatypes.type_agreement import compare_types
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics.aggregate import read_key_table
from tests.helpers.official_export import small_key, write_csv, write_xlsx

REGIONS = [
    ("Upplands Väsby (Bollstanäs)", 4),
    ("upplands  väsby (Hammarby - Vaxmyra)", 3),  # case, spaces and a spaced dash
    ("Österåker (Berga)", 5),  # Berga is also in Linköping and Kalmar
    ("Linköping (Berga)", 2),
    ("Botkyrka (Tuna)", 1),
    ("Sotenäs (Kungshamn-Smögen-Hovenäset-Väjern)", "3"),  # hyphens for SCB's en dashes
    ("Kalmar (Bergа)", 4),  # Cyrillic а: not guessed
    ("Berga", 3),  # no kommun and three RegSO of that name
    ("Hammarby-Vaxmyra", 3),  # no kommun but unique: matched, yet a second row for 0114R002
    ("Upsala (Luthagen)", 2),  # no such kommun
    ("Upplands Väsby (Fresta)", 1),  # no such RegSO in the key
    ("Österåker (Tuna)", ".."),  # SCB's marker: matched, no type
    ("Kalmar (Berga)", 7),  # not a type
]


@pytest.fixture(params=["csv", "xlsx"])
def export(request, tmp_path):
    write = write_csv if request.param == "csv" else write_xlsx
    return write(tmp_path / f"omradestyp_regso_2022.{request.param}", REGIONS)


def test_names_are_matched_through_the_kommun_and_every_miss_is_reported(export):
    result = read_official_types(export, small_key())
    assert result.year == 2022 and result.n_rows == len(REGIONS)
    types = result.table.set_index("regsokod")["official_type"]
    assert pd.isna(types.pop("0117R013"))  # ".." : matched, without a type
    assert types.to_dict() == {
        "0114R001": 4,
        "0114R002": 3,
        "0117R001": 5,
        "0580R001": 2,
        "0127R017": 1,
        "1427R002": 3,
    }
    row = result.table.set_index("regsokod").loc["0580R001"]
    assert row["kommunnamn"] == "Linköping" and row["regsonamn"] == "Berga"
    assert row["source_row"] == 7 and row["official_year"] == 2022
    reasons = dict(zip(result.unmatched["written_name"], result.unmatched["reason"]))
    assert len(reasons) == 6  # every name not matched, none of the footer lines
    assert reasons["Kalmar (Bergа)"].startswith("kommun 0880 has no RegSO named")
    assert reasons["Berga"].startswith("3 RegSO have this name (Kalmar (0880R001), Linköping")
    assert reasons["Hammarby-Vaxmyra"] == "0114R002 already matched on row 5"
    assert reasons["Upsala (Luthagen)"] == "no kommun named 'upsala' in the key"
    assert "no RegSO named 'fresta'" in reasons["Upplands Väsby (Fresta)"]
    assert reasons["Kalmar (Berga)"] == "the value is not an area type 1–5"
    text = "\n".join(result.summary())
    assert "13 region row(s), 7 matched to a RegSO code, 6 not matched" in text
    assert "Row 11, 'Berga': not matched" in text


def test_normalising_is_only_case_space_and_dash():
    assert normalise_name(" Kungshamn – Smögen-Hovenäset—Väjern ") == normalise_name(
        "kungshamn-smögen-hovenäset-väjern"
    )
    assert normalise_name("Berga") != normalise_name("Bergа")  # Cyrillic а stays different


def test_a_year_asked_for_that_the_export_lacks_is_refused(export):
    with pytest.raises(InputError, match="has no column for 2021; it has 2022"):
        read_official_types(export, small_key(), year=2021)


def test_agreement_table_counts_and_residents():
    official = pd.DataFrame(
        {"regsokod": ["A", "B", "C", "D", "E"], "official_type": [1, 2, 3, 3, 5]}
    )
    official["regsokod"] = ["0114R001", "0114R002", "0114R003", "0114R004", "0114R005"]
    own = pd.DataFrame(
        {
            "regsokod": ["0114R001", "0114R002", "0114R003", "0114R004", "0114R005", "0114R006"],
            "area_type": [1, 3, 3, 5, None, 2],
            "folkmängd": [1000, 2000, 3000, 4000, 500, 600],
        }
    )
    agreement = compare_types(own, "regsokod", "area_type", official, "folkmängd")
    # compared: R001 1/1, R002 3/2, R003 3/3, R004 5/3 → 2 identical, 3 within one type
    assert agreement.n_compared == 4 and agreement.n_identical == 2
    assert agreement.share_identical == 50.0 and agreement.share_within_one == 75.0
    assert agreement.residents_compared == 10000
    assert agreement.residents_identical == 4000 and agreement.residents_within_one == 6000
    assert agreement.n_own_only == 1 and agreement.n_official_only == 1  # R006; R005
    assert agreement.n_own_without_type == 1
    table = agreement.table.set_index(["measure", "own_type"])
    assert table.loc[("areas", "3"), "official_2"] == 1
    assert table.loc[("areas", "3"), "official_3"] == 1
    assert table.loc[("areas", "5"), "official_3"] == 1
    assert table.loc[("residents", "5"), "official_3"] == 4000
    assert table.loc[("residents", "all"), "official_all"] == 10000
    assert table.loc[("areas", "all")][[f"official_{t}" for t in range(1, 6)]].tolist() == [
        1,
        1,
        2,
        0,
        0,
    ]
    text = "\n".join(agreement.summary())
    assert "2 identical (50.0 %), 3 within one type (75.0 %)" in text
    assert "40.0 % live in an area with the same type and 60.0 % within one type" in text


def test_a_deso_layer_is_refused_for_the_comparison():
    own = pd.DataFrame({"desokod": ["0114A0010"], "area_type": [3]})
    official = pd.DataFrame({"regsokod": ["0114R001"], "official_type": [3]})
    with pytest.raises(InputError, match="not a RegSO code"):
        compare_types(own, "desokod", "area_type", official)


def test_real_key_matches_every_regso_by_name(shared_data, tmp_path):
    key = read_key_table(shared_data / "scb" / "koppling_deso2018_regso2020.csv")
    regso = key.drop_duplicates("RegSOkod_2020")
    regions = [
        (f"{k} ({n})", 1 + i % 5)
        for i, (k, n) in enumerate(zip(regso["Kommunnamn"], regso["RegSO_2020"]))
    ]
    export = write_xlsx(tmp_path / "omradestyper.xlsx", regions)
    result = read_official_types(export, key)
    assert len(result.table) == 3363 and result.unmatched.empty
    types = dict(zip(result.table["regsokod"], result.table["official_type"]))
    assert types == {c: 1 + i % 5 for i, c in enumerate(regso["RegSOkod_2020"])}
