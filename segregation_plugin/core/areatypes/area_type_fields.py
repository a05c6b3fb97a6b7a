"""Which fields of an area layer hold V1, V2, V3, the residents and the income groups.

The plugin's tools guess these from the names SCB's exports use (as the statistics tools
import and join them), so a planner who joined the usual tables chooses nothing:

| what | field names recognised (any case) |
|---|---|
| V1 | ``Låg ekonomisk standard, procent`` (share) |
| V2 | ``förgymnasial utbildning`` / ``totalt 25-64 år`` (counts; any ``totalt NN-NN år``), or ``andel förgymnasial utbildning`` |
| V3, official | ``Antal med ekonomiskt bistånd och/eller långvarig arbetslöshet`` / ``Antal personer 20-64 år`` (SCB's RegSO table) |
| V3, proxy | ``16-64 år arbetslösa`` / ``16-64 år totalt``, or ``antal arbetslösa 16-64 år`` / ``antal totalt 16-64 år`` (SCB's table 000007A8), or ``andel arbetslösa 16-64 år`` |
| residents | ``folkmängd``, ``befolkning``, ``population``, ``Antal personer totalt`` |
| income groups | ``inkomst kvartil 1`` / ``inkomst kvartil 4``; ``… kvintil 1`` / ``… kvintil 5``; ``Låg``/``Hög ekonomisk standard, procent`` × ``Antal personer totalt`` |

A layer joined with several years has ``<year> <name>`` fields (``2022 folkmängd``): the
guess takes the year asked for, or the latest year present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from ..common.errors import InputError
from .ses_index import V3_OFFICIAL, V3_PROXY_UNEMPLOYED, Indicator

_YEAR_PREFIX = re.compile(r"^((?:19|20)\d\d) (.+)$")
_AGE_TOTAL = re.compile(r"^(totalt|antal personer|befolkning) (\d\d)\s*[-–]\s*(\d\d) år$")

V1_SHARES = (
    "låg ekonomisk standard, procent",
    "låg ekonomisk standard",
    "andel låg ekonomisk standard",
)
V2_NUMERATORS = ("förgymnasial utbildning",)
V2_SHARES = ("andel förgymnasial utbildning", "förgymnasial utbildning, procent")
V3_OFFICIAL_NUMERATORS = ("antal med ekonomiskt bistånd och/eller långvarig arbetslöshet",)
V3_OFFICIAL_DENOMINATORS = ("antal personer 20-64 år",)
# SCB's labour-market table 000007A8 as exported (contents, sex, age rows: see scb_tables)
V3_PROXY_NUMERATORS = (
    "16-64 år arbetslösa",
    "antal arbetslösa 16-64 år",
    "antal arbetslösa totalt 16-64 år",
)
V3_PROXY_DENOMINATORS = ("16-64 år totalt", "antal totalt 16-64 år", "antal totalt totalt 16-64 år")
V3_PROXY_SHARES = ("andel arbetslösa 16-64 år",)
RESIDENTS = ("folkmängd", "befolkning", "population", "antal invånare", "antal personer totalt")
PERSONS = ("antal personer totalt",)
HIGH_ECONOMIC_STANDARD = ("hög ekonomisk standard, procent", "hög ekonomisk standard")

QUARTILES, QUINTILES, ECONOMIC_STANDARD = "quartiles", "quintiles", "economic_standard"


def split_year(name: str) -> tuple[Optional[int], str]:
    """``("2022 folkmängd")`` → ``(2022, "folkmängd")``; no year prefix → ``(None, name)``."""
    m = _YEAR_PREFIX.match(str(name))
    return (int(m.group(1)), m.group(2)) if m else (None, str(name))


def years_in(columns: Iterable[str]) -> list:
    """The years that prefix field names (``2021 …``, ``2022 …``), sorted."""
    return sorted({y for y, _ in map(split_year, columns) if y is not None})


class _Names:
    """Field names by (year, lower-case plain name)."""

    def __init__(self, columns: Iterable[str], year: Optional[int]):
        self.year = year
        self.by_key = {}
        for name in columns:
            y, plain = split_year(name)
            self.by_key.setdefault((y, plain.strip().lower()), name)

    def find(self, candidates: Sequence[str]) -> Optional[str]:
        for cand in candidates:
            for key in ((self.year, cand), (None, cand)) if self.year else ((None, cand),):
                if key in self.by_key:
                    return self.by_key[key]
        return None

    def matching(self, test) -> list:
        """Names (of the year, or without a year) whose plain lower-case name passes ``test``."""
        return [
            name
            for (y, plain), name in self.by_key.items()
            if y in ((self.year, None) if self.year else (None,)) and test(plain)
        ]


@dataclass
class GuessedFields:
    """What :func:`guess_index_fields` found, with a line per choice for the log."""

    year: Optional[int] = None
    v1: Optional[Indicator] = None
    v2: Optional[Indicator] = None
    v3: Optional[Indicator] = None
    v3_definition: Optional[str] = None
    residents: Optional[str] = None
    notes: list = field(default_factory=list)


def _v2_denominator(names: _Names) -> Optional[str]:
    for name in names.matching(lambda p: _AGE_TOTAL.match(p) is not None):
        return name
    return None


def guess_index_fields(columns: Iterable[str], year: Optional[int] = None) -> GuessedFields:
    """Guess V1, V2, V3 and the residents field from SCB's field names.

    ``year``: take ``<year> <name>`` fields of that year (plain names also match); without
    it, the latest year that prefixes field names, or the plain names. Missing variables
    stay ``None``.
    """
    columns = [str(c) for c in columns]
    if year is None:
        present = years_in(columns)
        year = present[-1] if present else None
    names = _Names(columns, year)
    out = GuessedFields(year=year)
    v1 = names.find(V1_SHARES)
    if v1:
        out.v1 = Indicator.share(v1)
    v2_num, v2_den = names.find(V2_NUMERATORS), _v2_denominator(names)
    if v2_num and v2_den:
        out.v2 = Indicator.counts(v2_num, v2_den)
    elif names.find(V2_SHARES):
        out.v2 = Indicator.share(names.find(V2_SHARES))
    official = names.find(V3_OFFICIAL_NUMERATORS), names.find(V3_OFFICIAL_DENOMINATORS)
    proxy = names.find(V3_PROXY_NUMERATORS), names.find(V3_PROXY_DENOMINATORS)
    if all(official):
        out.v3, out.v3_definition = Indicator.counts(*official), V3_OFFICIAL
    elif all(proxy):
        out.v3, out.v3_definition = Indicator.counts(*proxy), V3_PROXY_UNEMPLOYED
    elif names.find(V3_PROXY_SHARES):
        out.v3 = Indicator.share(names.find(V3_PROXY_SHARES))
        out.v3_definition = V3_PROXY_UNEMPLOYED
    out.residents = names.find(RESIDENTS)
    for label, indicator in (("V1", out.v1), ("V2", out.v2), ("V3", out.v3)):
        if indicator is not None:
            out.notes.append(f"{label} guessed from the field names: {indicator.describe()}.")
    return out


def v3_definition_of(indicator: Indicator) -> str:
    """What V3 is, read from its field names: official, the 16–64 unemployment proxy, or the
    fields themselves."""
    text = " ".join(f.lower() for f in indicator.fields if f)
    if "bistånd" in text:
        return V3_OFFICIAL
    if "arbetslös" in text and "16-64" in text.replace("–", "-"):
        return V3_PROXY_UNEMPLOYED
    return f"as chosen by the user: {indicator.describe()}"


def guess_residents_field(columns: Iterable[str], year: Optional[int] = None) -> Optional[str]:
    """The field with each area's residents (``folkmängd``…), of ``year`` or the latest."""
    columns = [str(c) for c in columns]
    if year is None:
        present = years_in(columns)
        year = present[-1] if present else None
    return _Names(columns, year).find(RESIDENTS)


def guess_income_groups(columns: Iterable[str], groups: str, year: Optional[int] = None):
    """(low field, high field, persons field or None) for ``groups``: quartile 1 and 4,
    quintile 1 and 5, or the low and high economic-standard shares with the persons they
    are shares of. Fields not found are None."""
    columns = [str(c) for c in columns]
    if year is None:
        present = years_in(columns)
        year = present[-1] if present else None
    names = _Names(columns, year)
    if groups == ECONOMIC_STANDARD:
        return names.find(V1_SHARES), names.find(HIGH_ECONOMIC_STANDARD), names.find(PERSONS)
    word, top = {QUARTILES: ("kvartil", 4), QUINTILES: ("kvintil", 5)}.get(groups, (None, None))
    if word is None:
        raise InputError(f"Unknown income groups '{groups}'.")

    def ending(n):
        found = names.matching(lambda p: p == f"{word} {n}" or p.endswith(f" {word} {n}"))
        return found[0] if found else None

    return ending(1), ending(top), None


def fields_for_year(fields: Sequence[Optional[str]], from_year: int, to_year: int, columns):
    """The same fields for another year: ``2021 folkmängd`` → ``2022 folkmängd``.

    Raises :class:`InputError` naming a field without the year in its name or whose
    counterpart is not in ``columns``.
    """
    columns = set(map(str, columns))
    out = []
    for name in fields:
        if not name:
            out.append(name)
            continue
        year, plain = split_year(name)
        if year != from_year:
            raise InputError(
                f"The field '{name}' does not start with the year {from_year}: to compare two "
                f"years in one layer, choose the fields of {from_year} ('{from_year} …')."
            )
        other = f"{to_year} {plain}"
        if other not in columns:
            raise InputError(
                f"The layer has '{name}' but no '{other}'. Join the statistics of {to_year} too, "
                "or classify each year on its own and compare the two area-type layers."
            )
        out.append(other)
    return out


def indicator_for_year(indicator: Optional[Indicator], from_year: int, to_year: int, columns):
    """``indicator`` with its fields moved from ``from_year`` to ``to_year``."""
    if indicator is None:
        return None
    if indicator.share_field:
        return Indicator.share(
            fields_for_year([indicator.share_field], from_year, to_year, columns)[0]
        )
    num, den = fields_for_year(
        [indicator.numerator_field, indicator.denominator_field], from_year, to_year, columns
    )
    return Indicator.counts(num, den)


def year_of_fields(fields: Iterable[Optional[str]]) -> Optional[int]:
    """The one year that prefixes ``fields`` (``2022 …``; fields without a year, such as a
    table joined for one year, do not count), or None when none or several."""
    years = {split_year(f)[0] for f in fields if f} - {None}
    return years.pop() if len(years) == 1 else None


def year_of_layer(frame) -> Optional[int]:
    """The year 'Join statistics to areas' recorded in ``statistics_year`` (fields joined for
    one year, without the year in their names), when the layer has one year there."""
    if "statistics_year" not in getattr(frame, "columns", ()):
        return None
    years = {int(y) for y in frame["statistics_year"].dropna()}
    return years.pop() if len(years) == 1 else None
