"""The guided analysis's choice of kommuner, the names of its outputs and its table recipes."""

from __future__ import annotations

import pandas as pd
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.processing.analysis import naming, tables

AREAS = pd.DataFrame(
    {
        "desokod": ["1480C1010", "1480C1020", "1280C1010", "0180C1010"],
        "kommunnamn": ["Göteborg", "Göteborg", "Malmö", "Stockholm"],
        "lansnamn": ["Västra Götalands län", "Västra Götalands län", "Skåne län", "Stockholms län"],
    }
)


def test_codes_are_kommuner_or_lan():
    choice = naming.parse_choice("0180, 1480;14 1480")
    assert choice.kommuner == ("0180", "1480") and choice.lan == ("14",)
    assert choice.holds("1480C1010") and choice.holds("1480R003") and choice.holds("1401")
    assert not choice.holds("1280C1010")
    assert not naming.parse_choice("") and naming.parse_choice("").holds("1280C1010")
    with pytest.raises(InputError, match="'180' is neither"):
        naming.parse_choice("180")


def test_the_region_is_named_as_a_planner_names_it():
    title = naming.region_title
    assert title(naming.parse_choice("1480"), AREAS, "desokod") == "1480 Göteborg"
    assert title(naming.parse_choice("14"), AREAS, "desokod") == "Västra Götalands län"
    assert title(naming.parse_choice("0180,1280"), AREAS, "desokod") == "0180 Stockholm, 1280 Malmö"
    many = naming.parse_choice("0114, 0115, 0117, 0120")
    assert title(many, AREAS, "desokod") == "4 kommuner"
    assert title(naming.parse_choice(""), AREAS.iloc[:2], "desokod") == "Västra Götalands län"
    assert title(naming.parse_choice(""), AREAS, "desokod") == "all areas"
    codes_only = AREAS[["desokod"]]
    assert title(naming.parse_choice("1480"), codes_only, "desokod") == "1480"
    assert title(naming.parse_choice("1480"), codes_only, "desokod", {"1480": "Göteborg"}) == (
        "1480 Göteborg"
    )
    assert naming.output_title("regso", "1480 Göteborg", [2022]) == (
        "Area types RegSO 2022 — 1480 Göteborg"
    )
    assert naming.output_title("change", "Exempelläns län", [2021, 2022]) == (
        "Changed area type RegSO 2021–2022 — Exempelläns län"
    )


def test_kommun_names_from_scbs_key_table(tmp_path):
    key = tmp_path / "koppling.csv"
    key.write_text(
        "\ufeffKommun,Kommunnamn,DeSO_2018,RegSO_2020,RegSOkod_2020\n"
        "1480,Göteborg,1480C1010,Centrum,1480R001\n"
        "1480,Göteborg,1480C1020,Centrum,1480R001\n",
        encoding="utf-8",
    )
    assert naming.key_table_names(key) == {"1480": "Göteborg"}
    assert naming.key_table_names(tmp_path / "missing.csv") == {}
    assert naming.key_table_names("") == {}


def test_the_recipes_follow_the_table_code_the_import_recognises():
    education = ["förgymnasial utbildning", "uppgift om utbildningsnivå saknas", "totalt 25-64 år"]
    assert tables.recognise("000005MO", education, "deso").role == "V2"
    assert tables.recognise("000005MO", education, "regso") is None  # a DeSO recipe
    assert tables.recognise("", education, "deso") is None  # no code: joined as it is
    short = ["sysselsatta", "arbetslösa", "utanför arbetskraften", "totalt"]
    assert tables.recognise("000007A8", short, "deso").prefix == "16-64 år "
    # SCB's layout keeps the age in the names: summed under them, no prefix
    scb = ["antal sysselsatta 16-64 år", "antal arbetslösa 16-64 år", "antal totalt 16-64 år"]
    labour = tables.recognise("000007A8", scb, "deso")
    assert labour.prefix == "" and labour.counts == tuple(scb)
    assert labour.ratios == (
        ("antal arbetslösa 16-64 år", "antal totalt 16-64 år", "andel arbetslösa 16-64 år"),
    )
    assert tables.recognise("000005FM", ["median"], "deso") is None  # not the quartiles
    assert tables.recognise("000005FM", ["kvartil 1", "kvartil 4"], "deso").role == (
        "income quartiles"
    )
    official = ["Antal med ekonomiskt bistånd och/eller långvarig arbetslöshet"]
    assert tables.recognise("", official, "regso").role == "V3 official"
    assert tables.recognise("", official, "deso") is None  # a RegSO table only


def test_the_missing_tables_are_named_with_scbs_codes():
    missing = tables.missing_tables({"V1"})
    assert [(m.role, m.code) for m in missing] == [("V2", "000005MO"), ("V3", "000007A8")]
    assert tables.missing_tables({"V1", "V2", "V3 official"}) == []
    assert [m.code for m in tables.missing_tables({"V1", "V2"}, without_v3=True)] == []
