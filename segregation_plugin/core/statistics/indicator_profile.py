"""A standard indicator profile per area from SCB's standard tables (issue 9, item 2).

Each :class:`ProfileIndicator` is a share (%) computed **through its base**: the sum of its
numerator fields over the sum of its denominator fields, so a kommun's or the country's value
is the share of the summed counts, never an average of the areas' shares. Only the indicators
whose fields the layer has are computed (the tables a planner imported and joined; see
:mod:`scb_tables` for the field names). For each one and each year present the output has::

    <indicator>                 the area's share (%)
    <indicator> kommun          the share of the area's kommun (the layer's areas in it)
    <indicator> diff kommun     area − kommun, percentage points
    <indicator> riket           the country's share, where known
    <indicator> diff riket      area − country

(``<year> <indicator>`` … when the layer has several years). A share given in % by SCB
(economic standard) is turned back into counts with the persons it is of. Medians (income) are
copied, never aggregated or compared with a kommun: a median of areas cannot be added up.
The country is the sum over the layer when it holds all 290 kommuner, or over a national layer
given; otherwise it is unknown, and the result says so.

The indicators, their numerators, denominators and tables are listed in ``docs/fields.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..common import codes
from ..common.dependencies import require

_YEAR = re.compile(r"^((?:19|20)\d\d) (.+)$")
N_KOMMUNER = 290
SEXES = ("män", "kvinnor")


@dataclass(frozen=True)
class ProfileIndicator:
    name: str  # the output field (Swedish, as the planner reads it)
    numerator: tuple  # fields summed (all must be present)
    denominator: tuple  # alternatives: the first present is the base
    table: str  # SCB's table code
    percent_of: Optional[str] = None  # numerator is a % share of this count field


INDICATORS = (
    ProfileIndicator(
        "andel utrikes födda", ("utrikes födda",), ("totalt befolkning", "totalt"), "000005FB"
    ),
    ProfileIndicator(
        "andel utländsk bakgrund",
        ("utländsk bakgrund",),
        ("totalt befolkning", "totalt"),
        "000005FE",
    ),
    ProfileIndicator(
        "andel ensamstående med barn",
        ("ensamstående med barn",),
        ("totalt hushåll", "totalt"),
        "000005F8",
    ),
    ProfileIndicator(
        "andel i flerbostadshus", ("flerbostadshus",), ("totalt personer", "totalt"), "000005LO"
    ),
    ProfileIndicator("andel hyresrätt", ("hyresrätt",), ("totalt lägenheter",), "000006OC"),
    ProfileIndicator("andel bostadsrätt", ("bostadsrätt",), ("totalt lägenheter",), "000006OC"),
    ProfileIndicator("andel äganderätt", ("äganderätt",), ("totalt lägenheter",), "000006OC"),
    ProfileIndicator(
        "andel låg ekonomisk standard",
        ("Låg ekonomisk standard, procent",),
        ("Antal personer totalt",),
        "000006TA",
        percent_of="Antal personer totalt",
    ),
    ProfileIndicator(
        "andel hög ekonomisk standard",
        ("Hög ekonomisk standard, procent",),
        ("Antal personer totalt",),
        "000006TA",
        percent_of="Antal personer totalt",
    ),
    ProfileIndicator(
        "andel förgymnasial 25-64", ("förgymnasial utbildning",), ("totalt 25-64 år",), "000005MO"
    ),
    ProfileIndicator(
        "andel gymnasial 25-64", ("gymnasial utbildning",), ("totalt 25-64 år",), "000005MO"
    ),
    ProfileIndicator(
        "andel eftergymnasial 25-64",
        ("eftergymnasial utbildning, mindre än 3 år", "eftergymnasial utbildning, 3 år eller mer"),
        ("totalt 25-64 år",),
        "000005MO",
    ),
    ProfileIndicator(
        "andel eftergymnasial 3+ år 25-64",
        ("eftergymnasial utbildning, 3 år eller mer",),
        ("totalt 25-64 år",),
        "000005MO",
    ),
    ProfileIndicator(
        "sysselsättningsgrad 16-64",
        ("antal sysselsatta 16-64 år",),
        ("antal totalt 16-64 år",),
        "000007A8",
    ),
    ProfileIndicator(
        "arbetslöshet 16-64",
        ("antal arbetslösa 16-64 år",),
        ("antal sysselsatta och arbetslösa (arbetskraften) 16-64 år",),
        "000007A8",
    ),
    ProfileIndicator(
        "andel arbetslösa av alla 16-64",
        ("antal arbetslösa 16-64 år",),
        ("antal totalt 16-64 år",),
        "000007A8",
    ),
)
_AGE_GROUP = re.compile(r"^(\d+\s*[-–]\s*\d+|\d+\+?|\d+-) år$")
AGE_TABLE = "000005FF"
INCOME_TABLE = "000005FM"


@dataclass
class Profile:
    """The profile: the areas with the indicator fields, and what was computed."""

    frame: object
    computed: list  # (output field, numerator, denominator, table, year)
    medians: list  # fields copied as they are (not aggregated)
    country: str  # where the country's values come from, or why there are none
    missing_tables: list  # table codes none of whose indicators could be computed
    warnings: list = field(default_factory=list)  # counts that cannot be right, in words


def _fields_by_year(columns) -> dict:
    """``{year or None: {plain name lower: field}}``."""
    out = {}
    for name in columns:
        m = _YEAR.match(str(name))
        year, plain = (int(m.group(1)), m.group(2)) if m else (None, str(name))
        out.setdefault(year, {})[plain.strip().lower()] = name
    return out


def _specs(names: dict) -> list:
    """(indicator, numerator fields, denominator field, percent_of field) present in ``names``
    (one year's plain names), with sex splits ``<field> män`` / ``<field> kvinnor``."""
    found = []
    for ind in INDICATORS:
        for sex in ("", *SEXES):
            suffix = f" {sex}" if sex else ""
            num = [names.get(f"{n}{suffix}".lower()) for n in ind.numerator]
            den = next(
                (
                    names[f"{d}{suffix}".lower()]
                    for d in ind.denominator
                    if f"{d}{suffix}".lower() in names
                ),
                None,
            )
            if all(num) and den:
                found.append((ind.name + suffix, num, den, ind.percent_of is not None, ind.table))
    total = names.get("totalt befolkning") or names.get("totalt")
    if total:
        for plain, field in names.items():
            if _AGE_GROUP.match(plain):
                found.append((f"andel {plain}", [field], total, False, AGE_TABLE))
    return found


def _counts(frame, num, den, percent):
    pd = require("pandas")
    denominator = pd.to_numeric(frame[den], errors="coerce")
    parts = [pd.to_numeric(frame[n], errors="coerce") for n in num]
    numerator = sum(parts[1:], parts[0])
    if percent:  # SCB's share in %: back to persons
        numerator = numerator / 100.0 * denominator
    return numerator, denominator


def _share(numerator, denominator):
    return (100.0 * numerator / denominator.where(denominator > 0)).astype(float)


def indicator_profile(frame, code_field: str, national=None) -> Profile:
    """The profile of each area of ``frame`` (see the module). ``national``: a frame with the
    same fields for all of Sweden (e.g. all DeSO joined), the base of the country's values."""
    kommun = frame[code_field].map(lambda v: codes.kommun_of(codes.normalise_code(v)))
    covers_country = kommun.nunique() >= N_KOMMUNER
    if national is not None:
        country = "the national layer given"
    elif covers_country:
        country = "the layer (it holds all 290 kommuner)"
    else:
        country = "unknown: the layer does not cover the country and no national layer is given"
    out = frame.copy()
    computed, medians, seen_tables, warnings = [], [], set(), []
    by_year = _fields_by_year([c for c in frame.columns if c != code_field])
    for year, names in sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        prefix = f"{year} " if year is not None else ""
        for name, num, den, percent, table in _specs(names):
            numerator, denominator = _counts(frame, num, den, percent)
            field = prefix + name
            out[field] = _share(numerator, denominator)
            warnings += _over_whole(frame[code_field], numerator, denominator, field, num, den)
            by_kommun = (
                numerator.groupby(kommun).sum(min_count=1),
                denominator.where(numerator.notna()).groupby(kommun).sum(min_count=1),
            )
            out[f"{field} kommun"] = kommun.map(_share(*by_kommun))
            out[f"{field} diff kommun"] = out[field] - out[f"{field} kommun"]
            riket = None
            if national is not None and all(c in national.columns for c in (*num, den)):
                n_num, n_den = _counts(national, num, den, percent)
                riket = 100.0 * n_num.sum() / n_den.where(n_num.notna()).sum()
            elif national is None and covers_country:
                riket = 100.0 * numerator.sum() / denominator.where(numerator.notna()).sum()
            riket = float("nan") if riket is None else float(riket)
            out[f"{field} riket"] = riket
            out[f"{field} diff riket"] = out[field] - riket
            how = f"{' + '.join(num)}{' (%) × ' + den if percent else ''}"
            computed.append((field, how, den, table, year))
            seen_tables.add(table)
        for plain, source in names.items():
            if "median" in plain:
                medians.append(source)
                seen_tables.add(INCOME_TABLE)
    known = {i.table for i in INDICATORS} | {AGE_TABLE, INCOME_TABLE}
    return Profile(out, computed, medians, country, sorted(known - seen_tables), warnings)


def _over_whole(area_codes, numerator, denominator, field, num, den) -> list:
    """A line when some areas count more in the numerator than in the denominator: their
    share is over 100 %, so one of the counts is wrong (another year, another table)."""
    over = (numerator > denominator) & (denominator > 0)
    warnings = []
    if over.any():
        shown = ", ".join(str(c) for c in area_codes[over].head(5))
        warnings.append(
            f"{int(over.sum())} area(s) ({shown}) have more in {' + '.join(num)} than in "
            f"{den}: their {field} is over 100 %. Check the counts joined to them (the same "
            "year and table)."
        )
    return warnings
