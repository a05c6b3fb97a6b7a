"""Swedish statistical area codes (METHODS.md §1): län, kommun, RegSO and DeSO.

| level  | form                          | example       |
|--------|-------------------------------|---------------|
| län    | 2 digits                      | ``01``        |
| kommun | 4 digits                      | ``0114``      |
| RegSO  | kommun + ``R`` + 3 digits     | ``0114R001``  |
| DeSO   | kommun + A/B/C + 4 digits     | ``0114A0010`` |

The PxWebAPI 2.0 writes 2025-version codes with a suffix (``0114A0010_DeSO2025``,
``0114R001_RegSO2025``). Both forms are accepted; the suffix is kept as the version and
removed from the code so that it joins with boundary layers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from .errors import InputError

LAN, KOMMUN, REGSO, DESO, RIKET = "lan", "kommun", "regso", "deso", "riket"
LEVELS = (RIKET, LAN, KOMMUN, REGSO, DESO)
AREA_LEVELS = (DESO, REGSO, KOMMUN, LAN)  # the levels of area layers, smallest first
LEVEL_NAMES = {
    RIKET: "riket",
    LAN: "län",
    KOMMUN: "kommun",
    REGSO: "RegSO",
    DESO: "DeSO",
}
# A/B/C in a DeSO code: urbanity (METHODS.md §1).
URBANITY = {
    "A": "mostly rural",
    "B": "mostly in a locality",
    "C": "in a locality",
}

_DESO = re.compile(r"^(?P<kommun>\d{4})(?P<urbanity>[ABC])\d{4}(?:_(?P<version>DeSO\d{4}))?$")
_REGSO = re.compile(r"^(?P<kommun>\d{4})R\d{3}(?:_(?P<version>RegSO\d{4}))?$")
_KOMMUN = re.compile(r"^\d{4}$")
_LAN = re.compile(r"^\d{2}$")
# "0114A0010 Upplands Väsby", "0114 Upplands Väsby", "01 Stockholms län"
_CODE_NAME = re.compile(
    r"^\s*(?P<code>\d{2}(?:\d{2}(?:[ABC]\d{4}|R\d{3})?)?(?:_\w+?\d{4})?)(?:\s+(?P<name>.*?))?\s*$"
)


@dataclass(frozen=True)
class AreaCode:
    """One parsed area code."""

    code: str  # without any version suffix
    level: str  # one of LEVELS
    kommun: Optional[str]
    lan: Optional[str]
    version: Optional[str] = None  # e.g. "DeSO2025" when the code carried a suffix
    urbanity: Optional[str] = None  # A/B/C for DeSO


def _clean(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_code(value) -> Optional[AreaCode]:
    """Parse a code of any level; ``None`` when it is not a well-formed area code."""
    try:
        return _parsed(value)
    except TypeError:  # not hashable
        return _parse(value)


@lru_cache(maxsize=1 << 16)
def _parsed(value) -> Optional[AreaCode]:
    """:func:`_parse`, remembered: a tool asks for the kommun, the län and the code of the
    same area codes in turn (AreaCode is frozen, so the one object can be shared)."""
    return _parse(value)


def _parse(value) -> Optional[AreaCode]:
    text = _clean(value)
    m = _DESO.match(text)
    if m:
        kommun = m.group("kommun")
        return AreaCode(text[:9], DESO, kommun, kommun[:2], m.group("version"), m.group("urbanity"))
    m = _REGSO.match(text)
    if m:
        kommun = m.group("kommun")
        return AreaCode(text[:8], REGSO, kommun, kommun[:2], m.group("version"))
    if _KOMMUN.match(text):
        return AreaCode(text, KOMMUN, text, text[:2])
    if _LAN.match(text):
        if text == "00":
            return AreaCode(text, RIKET, None, None)
        return AreaCode(text, LAN, None, text)
    return None


def split_code_name(value) -> tuple[Optional[str], Optional[str]]:
    """Split ``"0114A0010 Upplands Väsby"`` into code and name; ``(None, None)`` when the
    text does not start with an area code."""
    text = _clean(value)
    m = _CODE_NAME.match(text)
    if not m or parse_code(m.group("code")) is None:
        return None, None
    return m.group("code"), (m.group("name") or None)


def normalise_code(value) -> Optional[str]:
    """The code without version suffix and whitespace, or ``None`` if malformed."""
    parsed = parse_code(value)
    return parsed.code if parsed else None


def level_of(value) -> Optional[str]:
    parsed = parse_code(value)
    return parsed.level if parsed else None


def kommun_of(value) -> Optional[str]:
    parsed = parse_code(value)
    return parsed.kommun if parsed else None


def lan_of(value) -> Optional[str]:
    parsed = parse_code(value)
    return parsed.lan if parsed else None


def is_level(value, level: str) -> bool:
    return level_of(value) == level


def detect_level(codes: Iterable) -> Optional[str]:
    """The level most of ``codes`` have (ignoring malformed ones), or ``None``."""
    counts = Counter(level_of(c) for c in codes)
    counts.pop(None, None)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def code_field_candidates(level: str) -> tuple[str, ...]:
    """Field names that SCB's layers and exports use for a level's code."""
    return {
        DESO: ("desokod", "deso", "deso_kod", "deso_2018", "deso_2025", "desokod_2025", "code"),
        REGSO: ("regsokod", "regso", "regso_kod", "regsokod_2020", "regsokod_2025", "code"),
        KOMMUN: ("kommunkod", "kommun", "kn_kod", "kommun_kod", "knkod", "code"),
        LAN: ("lanskod", "lan", "lan_kod", "lnkod", "code"),
    }.get(level, ("code",))


def guess_code_field(field_names: Iterable[str], level: Optional[str] = None) -> Optional[str]:
    """Pick the field that most likely holds area codes of ``level`` (any level if None)."""
    names = list(field_names)
    lowered = {n.lower(): n for n in names}
    levels = [level] if level else [DESO, REGSO, KOMMUN, LAN]
    for lev in levels:
        for cand in code_field_candidates(lev):
            if cand in lowered:
                return lowered[cand]
    return None


# --- years, lost leading zeros, versions --------------------------------------------------
YEAR_MIN, YEAR_MAX = 1900, 2100
_YEAR = re.compile(r"^(?:19|20|21)\d{2}$")
# Codes that Excel turned into numbers (or that lost their zero some other way).
_LOST_ZERO = re.compile(r"^\d(?:\d{2}(?:[ABC]\d{4}|R\d{3})?)?$")

DESO_2018, DESO_2025 = "DeSO2018", "DeSO2025"
REGSO_2020, REGSO_2025 = "RegSO2020", "RegSO2025"
VERSIONS = {DESO: (DESO_2018, DESO_2025), REGSO: (REGSO_2020, REGSO_2025)}
# Number of areas in the whole country per version (METHODS.md §1).
NATIONAL_COUNTS = {DESO_2018: 5984, DESO_2025: 6160}
# The first statistics year published on the newer version (METHODS.md §1).
FIRST_YEAR_OF = {DESO_2025: 2024, REGSO_2025: 2024}
_VERSION_IN_NAME = re.compile(r"(deso|regso)[\s_]*(?:kod)?[\s_]*(20\d\d)", re.IGNORECASE)


# SCB's län codes, and 99, the plugin's fictional sample county (Exempelläns län).
KNOWN_LAN = frozenset(
    [
        "01",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "12",
        "13",
        "14",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
        "99",
    ]
)


def is_known_lan(value) -> bool:
    """True for an existing län code (01–25 with gaps) or the sample's 99."""
    parsed = parse_code(value)
    return parsed is not None and parsed.level == LAN and parsed.code in KNOWN_LAN


def as_year(value) -> Optional[int]:
    """The year ``value`` holds (``2022``, ``"2022"``, ``2022.0``), or ``None``."""
    text = _clean(value)
    return int(text) if _YEAR.match(text) else None


def restore_leading_zero(value) -> Optional[str]:
    """The code ``value`` was before a spreadsheet dropped its leading zero.

    ``114`` → ``"0114"``, ``1`` → ``"01"``, ``"114A0010"`` → ``"0114A0010"``; ``None`` when
    ``value`` is not such a code (a well-formed code is not touched: it returns ``None``).
    """
    text = _clean(value)
    if not _LOST_ZERO.match(text):
        return None
    restored = "0" + text
    return restored if parse_code(restored) is not None else None


def version_of(value) -> Optional[str]:
    """The version a code's suffix names (``DeSO2025``), or ``None`` without a suffix."""
    parsed = parse_code(value)
    return parsed.version if parsed else None


def version_from_name(name) -> Optional[str]:
    """The version a field or layer name names: ``desokod_2025`` → ``DeSO2025``,
    ``RegSO_2020`` → ``RegSO2020``; ``None`` when it names none."""
    m = _VERSION_IN_NAME.search(str(name or ""))
    if not m:
        return None
    prefix = "DeSO" if m.group(1).lower() == "deso" else "RegSO"
    version = f"{prefix}{m.group(2)}"
    known = VERSIONS[DESO] + VERSIONS[REGSO]
    return version if version in known else None


@dataclass(frozen=True)
class VersionGuess:
    """Which version of DeSO/RegSO a set of codes (or a layer) is, and why we think so."""

    version: Optional[str]
    certain: bool
    reason: str


def detect_version(
    codes: Iterable, level: Optional[str] = None, years: Iterable = (), names: Iterable = ()
) -> VersionGuess:
    """Guess the DeSO/RegSO version of ``codes``.

    Evidence, strongest first: a ``_DeSO2025`` suffix on the codes; a version in a field or
    layer name (``names``, e.g. ``desokod_2025``, ``DeSO_2018``); the national number of
    DeSO (5,984 in 2018, 6,160 in 2025); the statistics years (DeSO 2018 carries the years up
    to 2023, DeSO 2025 those from 2024). The last is only probable, so ``certain`` is false.
    """
    parsed = [p for p in (parse_code(c) for c in codes) if p is not None]
    level = level or (Counter(p.level for p in parsed).most_common(1)[0][0] if parsed else None)
    if level not in VERSIONS:
        return VersionGuess(None, True, "")
    older, newer = VERSIONS[level]
    name = LEVEL_NAMES[level]
    suffixed = Counter(p.version for p in parsed if p.level == level and p.version)
    if suffixed:
        version = suffixed.most_common(1)[0][0]
        return VersionGuess(version, True, f"the codes carry the suffix _{version}")
    for field in names:
        version = version_from_name(field)
        if version in (older, newer):
            return VersionGuess(version, True, f"the name '{field}' says {version}")
    unique = {p.code for p in parsed if p.level == level}
    for version, count in NATIONAL_COUNTS.items():
        if version in (older, newer) and len(unique) == count:
            return VersionGuess(
                version, True, f"{count:,} {name} is the national count of {version}"
            )
    year_list = sorted({y for y in (as_year(v) for v in years) if y is not None})
    if year_list and newer in FIRST_YEAR_OF:
        first_new = FIRST_YEAR_OF[newer]
        if year_list[-1] < first_new:
            return VersionGuess(
                older, False, f"statistics for {year_list[-1]} are published on {older}"
            )
        if year_list[0] >= first_new:
            return VersionGuess(
                newer, False, f"statistics for {year_list[0]} are published on {newer}"
            )
    return VersionGuess(None, False, "")


def version_mismatch(statistics: VersionGuess, areas: VersionGuess) -> Optional[str]:
    """A warning when statistics and boundaries are of different versions, else ``None``."""
    if not statistics.version or not areas.version or statistics.version == areas.version:
        return None
    return (
        f"The statistics look like {statistics.version} ({statistics.reason}) but the areas "
        f"look like {areas.version} ({areas.reason}). Codes that exist in both versions are "
        f"joined, but they may not cover the same ground: use boundaries of {statistics.version} "
        f"(SCB's layer {statistics.version[:-4]}_{statistics.version[-4:]})."
    )


def code_of_level(value, level: str) -> Optional[str]:
    """The code of ``level`` (kommun, län, riket) that the area ``value`` lies in; the code
    itself for its own level; ``None`` when it cannot be derived from the code (a DeSO's
    RegSO needs a key table or a ``regsokod`` field)."""
    parsed = parse_code(value)
    if parsed is None:
        return None
    if level == parsed.level:
        return parsed.code
    if level == KOMMUN:
        return parsed.kommun
    if level == LAN:
        return parsed.lan
    if level == RIKET:
        return "00"
    return None


def require_unique_codes(values, field: str) -> None:
    """An :class:`InputError` when the same area code is in more than one feature of
    ``values`` (a Series of codes, indexed by feature id): each would be summed, so the area
    would count twice. Names the field, the codes and their features."""
    filled = values.map(normalise_code).dropna()
    twice = filled[filled.duplicated(keep=False)]
    if not len(twice):
        return
    repeated = list(dict.fromkeys(twice))
    parts = []
    for code in repeated[:5]:
        ids = ", ".join(str(i) for i in twice.index[twice == code][:5])
        parts.append(f"{code} in features {ids}")
    more = f" and {len(repeated) - 5} more codes" if len(repeated) > 5 else ""
    raise InputError(
        f"The field '{field}' has the same area code in more than one feature: "
        f"{'; '.join(parts)}{more}. Summed, such an area would count twice. Remove the "
        "duplicate features (or merge them into one), e.g. after 'Check area layer', or choose "
        "the field with the codes of the areas, then run the tool again."
    )
