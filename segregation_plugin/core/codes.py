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
from typing import Iterable, Optional

LAN, KOMMUN, REGSO, DESO, RIKET = "lan", "kommun", "regso", "deso", "riket"
LEVELS = (RIKET, LAN, KOMMUN, REGSO, DESO)
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
