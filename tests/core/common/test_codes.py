"""Area codes (METHODS.md §1)."""

import pytest

from segregation_plugin.core.common import codes as C


@pytest.mark.parametrize(
    "raw,code,level,kommun,lan,version",
    [
        ("0114A0010", "0114A0010", C.DESO, "0114", "01", None),
        ("0114A0010_DeSO2025", "0114A0010", C.DESO, "0114", "01", "DeSO2025"),
        (" 2584C1130 ", "2584C1130", C.DESO, "2584", "25", None),
        ("0114R001", "0114R001", C.REGSO, "0114", "01", None),
        ("0114R001_RegSO2025", "0114R001", C.REGSO, "0114", "01", "RegSO2025"),
        ("0180", "0180", C.KOMMUN, "0180", "01", None),
        ("01", "01", C.LAN, None, "01", None),
        ("00", "00", C.RIKET, None, None, None),
    ],
)
def test_parse_code(raw, code, level, kommun, lan, version):
    parsed = C.parse_code(raw)
    assert (parsed.code, parsed.level, parsed.kommun, parsed.lan, parsed.version) == (
        code,
        level,
        kommun,
        lan,
        version,
    )


@pytest.mark.parametrize(
    "raw",
    ["0114D0010", "114", "0114A001", "0114R01", "", None, "Riket", "0114A0010 Upplands Väsby"],
)
def test_malformed_codes_are_rejected(raw):
    assert C.parse_code(raw) is None


def test_urbanity_letter():
    assert C.parse_code("0114A0010").urbanity == "A"
    assert C.parse_code("0114C1010").urbanity == "C"


def test_split_code_name():
    assert C.split_code_name("0114A0010 Upplands Väsby") == ("0114A0010", "Upplands Väsby")
    assert C.split_code_name("0180 Stockholm") == ("0180", "Stockholm")
    assert C.split_code_name("01 Stockholms län") == ("01", "Stockholms län")
    assert C.split_code_name("0114R001_RegSO2025 Bollstanäs") == (
        "0114R001_RegSO2025",
        "Bollstanäs",
    )
    assert C.split_code_name("Riket") == (None, None)


def test_detect_level_and_derived_codes():
    assert C.detect_level(["0114A0010", "0114C1010", "bad", None]) == C.DESO
    assert C.detect_level(["x", None]) is None
    assert C.kommun_of("0114R001_RegSO2025") == "0114"
    assert C.lan_of("2584C1130") == "25"
    assert C.normalise_code("0114A0010_DeSO2025") == "0114A0010"


def test_guess_code_field():
    assert C.guess_code_field(["fid", "Desokod", "kommunkod"]) == "Desokod"
    assert C.guess_code_field(["regsokod", "kommunkod"], C.KOMMUN) == "kommunkod"
    assert C.guess_code_field(["name"]) is None
