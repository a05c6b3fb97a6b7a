"""The guided analysis's choice of areas (kommun and län codes) and the names of its outputs.

A choice is written as codes, ``0180, 1480`` (kommuner) or ``14`` (a län). The outputs are
named after what they hold, e.g. 'Områdestyper RegSO 2022 — 1480 Göteborg': the region is
the chosen kommuner with their names (from the boundary layer's ``kommunnamn``), the län's
name (``lansnamn``), or, with no choice, the län the areas lie in.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.common import codes
from ...core.common.errors import InputError
from ...i18n import tr

MAX_NAMED_KOMMUNER = 3  # more are written as 'n kommuner'


@dataclass(frozen=True)
class Choice:
    """The kommuner and län chosen (empty: every area)."""

    kommuner: tuple = ()
    lan: tuple = ()

    def __bool__(self):
        return bool(self.kommuner or self.lan)

    def holds(self, code) -> bool:
        """Whether the area ``code`` (DeSO, RegSO, kommun) lies in the choice."""
        if not self:
            return True
        kommun = codes.kommun_of(code)
        return kommun is not None and (kommun in self.kommuner or kommun[:2] in self.lan)


def parse_choice(text: str) -> Choice:
    """``'0180, 1480'`` → kommuner; ``'14'`` → a län; InputError naming a code that is
    neither."""
    kommuner, lan = [], []
    for token in (text or "").replace(";", ",").replace(" ", ",").split(","):
        token = token.strip()
        if not token:
            continue
        if token.isdigit() and len(token) == 4:
            kommuner.append(token)
        elif token.isdigit() and len(token) == 2:
            lan.append(token)
        else:
            raise InputError(
                tr(
                    "'{code}' is neither a kommun code (four digits, e.g. 0180) nor a län code "
                    "(two digits, e.g. 14). Write the codes separated by commas."
                ).format(code=token)
            )
    return Choice(tuple(dict.fromkeys(kommuner)), tuple(dict.fromkeys(lan)))


def _names(frame, code_field: str, name_field: str, key) -> dict:
    """``{kommun or län code: name}`` from the boundary layer's fields, where it has them."""
    if frame is None or name_field not in frame.columns or code_field not in frame.columns:
        return {}
    pairs = frame[[code_field, name_field]].dropna().astype(str)
    return {key(code): name for code, name in zip(pairs[code_field], pairs[name_field])}


def key_table_names(path) -> dict:
    """``{kommun code: name}`` from SCB's DeSO–RegSO key (columns Kommun and Kommunnamn);
    empty when the file has no such columns or cannot be read (the names are a nicety)."""
    from ...core.statistics.aggregate import read_key_table

    try:
        table = read_key_table(path) if path else None
    except (InputError, OSError):
        return {}
    columns = {str(c).strip().lower(): c for c in getattr(table, "columns", [])}
    if "kommun" not in columns or "kommunnamn" not in columns:
        return {}
    pairs = table[[columns["kommun"], columns["kommunnamn"]]].drop_duplicates()
    return {str(code).strip(): str(name).strip() for code, name in pairs.itertuples(index=False)}


def region_title(choice: Choice, areas, code_field: str, known_names=None) -> str:
    """The region of the outputs, as a planner names it: '1480 Göteborg', 'Västra
    Götalands län', '14'. ``known_names``: kommun names where the areas have none (e.g.
    from the key table)."""
    kommun_names = dict(known_names or {})
    kommun_names.update(_names(areas, code_field, "kommunnamn", codes.kommun_of))
    lan_names = _names(areas, code_field, "lansnamn", codes.lan_of)
    if not choice:
        present = sorted({codes.lan_of(c) for c in areas[code_field].dropna()} - {None})
        if len(present) == 1:
            return lan_names.get(present[0]) or tr("län {}").format(present[0])
        return tr("all areas")
    parts = [lan_names.get(code) or tr("län {}").format(code) for code in choice.lan]
    kommuner = [f"{code} {kommun_names.get(code, '')}".strip() for code in choice.kommuner]
    if len(kommuner) > MAX_NAMED_KOMMUNER:
        kommuner = [tr("{} kommuner").format(len(kommuner))]
    return ", ".join(parts + kommuner)


def output_title(kind: str, region: str, years) -> str:
    """The name of output ``kind`` for ``region`` and ``years`` (one or two)."""
    span = "–".join(str(y) for y in years)
    titles = {
        "deso": tr("Area types DeSO {years} — {region}"),
        "regso": tr("Area types RegSO {years} — {region}"),
        "change": tr("Changed area type RegSO {years} — {region}"),
        "transitions": tr("Area type transitions RegSO {years} — {region}"),
        "inequality": tr("Ojämlikhetsindex and criteria per kommun {years} — {region}"),
        "report": tr("Join report {years} — {region}"),
        "agreement": tr("Agreement with SCB's official area types RegSO {years} — {region}"),
    }
    return titles[kind].format(years=span, region=region)
