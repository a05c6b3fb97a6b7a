"""Names of Sweden's 21 län and 290 kommuner, for naming layers after what they hold.

The names are in ``region_names.csv`` beside this module: the kommun names are those of SCB's
key table DeSO 2018 → RegSO 2020 (``koppling-deso2018-regso2020``; the kommun division has
not changed since 2003), the län names SCB's (``Stockholms län``…). The plugin's sample
county (99, Exempelläns län) and its kommuner are not in the file; their layers carry their
names.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from . import codes

_FILE = Path(__file__).with_name("region_names.csv")


@lru_cache(maxsize=1)
def _names() -> dict:
    with open(_FILE, encoding="utf-8", newline="") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


def name_of(code) -> Optional[str]:
    """``"1480"`` → ``"Göteborg"``, ``"14"`` → ``"Västra Götalands län"``; ``None`` when
    the code is not a kommun or län of Sweden."""
    parsed = codes.parse_code(code)
    if parsed is None or parsed.level not in (codes.KOMMUN, codes.LAN):
        return None
    return _names().get(parsed.code)


def kommun_codes() -> list:
    """The codes of all 290 kommuner."""
    return [c for c in _names() if len(c) == 4]


def describe(areas: Iterable, whole: str = "Sverige", most: int = 3) -> str:
    """What a set of kommun/län codes covers, for a layer name: ``"1480 Göteborg"``,
    ``"0180 Stockholm, 1480 Göteborg"``, ``"14 Västra Götalands län"``; ``whole`` when
    ``areas`` is empty; ``"5 kommuner"`` / ``"2 län"`` / ``"4 kommuner och län"`` above
    ``most`` codes."""
    areas = list(dict.fromkeys(str(a) for a in areas))
    if not areas:
        return whole
    if len(areas) > most:
        levels = {codes.level_of(a) for a in areas}
        if levels == {codes.KOMMUN}:
            return f"{len(areas)} kommuner"
        if levels == {codes.LAN}:
            return f"{len(areas)} län"
        return f"{len(areas)} kommuner och län"
    return ", ".join(f"{a} {name_of(a)}" if name_of(a) else a for a in areas)
