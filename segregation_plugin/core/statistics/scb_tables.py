"""SCB's standard DeSO/RegSO tables, recognised by their content (issue 9, item 1).

A Statistikdatabasen export ends with ``Intern referenskod:`` and the table's code
(``000005MO``); its title names the table too (``Befolkning 25-64 år efter region, år och
utbildningsnivå``). :func:`recognise` finds the :class:`KnownTable` of a table read by
:mod:`scb_export` (by the code, else by the title), and :func:`apply_known_table` adds what a
planner means by the table but SCB leaves to the reader:

- the **total** of the table's parts where the export has none, named as the plugin's other
  tools look for it: ``totalt 25-64 år`` for the education table is the sum of all five levels
  **including** ``uppgift om utbildningsnivå saknas``, as SCB's own totals are (the
  denominator of V2); ``totalt lägenheter`` for the tenure table includes ``uppgift saknas``;
- what each column means (:attr:`KnownTable.columns`), for the variables table and the docs.

The table code and the year are recorded in the table's info (``info.reference``,
``info.derived``) and, by the import tool, in the field ``scb_table`` of its output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .statistics_table import COUNT, TableInfo, attach, info_of, variables_of

_SEX = re.compile(r"\b(män|kvinnor)\b", re.IGNORECASE)


@dataclass(frozen=True)
class KnownTable:
    """One of SCB's standard tables."""

    code: str  # SCB's "Intern referenskod"
    name: str  # what a planner calls it, in Swedish (the name of outputs)
    title: str  # a regular expression the title matches (lower case)
    columns: dict = field(default_factory=dict)  # variable (or part of one) -> its meaning
    total: Optional[str] = None  # the name of the total of all parts, added when missing
    total_excludes: tuple = ()  # parts of names that are not parts of the total (shares, medians)

    def matches_title(self, title: str) -> bool:
        return bool(re.search(self.title, (title or "").lower()))


KNOWN_TABLES = (
    KnownTable(
        "000006TA",
        "Ekonomisk standard",
        r"ekonomisk standard",
        {
            "Låg ekonomisk standard, procent": "share (%) of persons with low economic standard "
            "(below 60 % of the national median disposable income per consumption unit)",
            "Hög ekonomisk standard, procent": "share (%) of persons with high economic standard "
            "(above twice the national median)",
            "Antal personer totalt": "persons the shares are of",
        },
    ),
    KnownTable(
        "000005MO",
        "Utbildningsnivå 25–64 år",
        r"25-64 år .*utbildningsnivå|utbildningsnivå.*25-64",
        {
            "förgymnasial utbildning": "persons 25–64 whose highest education is below upper "
            "secondary (the numerator of V2)",
            "gymnasial utbildning": "persons 25–64 with upper secondary education",
            "eftergymnasial utbildning, mindre än 3 år": "post-secondary, under 3 years",
            "eftergymnasial utbildning, 3 år eller mer": "post-secondary, 3 years or more",
            "uppgift om utbildningsnivå saknas": "persons 25–64 without a known level (part of "
            "the total, as in SCB's totals)",
        },
        total="totalt 25-64 år",
    ),
    KnownTable(
        "000007A8",
        "Arbetsmarknadsstatus 16–64 år",
        r"arbetsmarknadsstatus|arbetskraften|sysselsatta",
        {
            "antal sysselsatta": "employed persons 16–64 (the numerator of the employment rate)",
            "antal arbetslösa": "unemployed persons 16–64 (the numerator of V3's proxy)",
            "antal sysselsatta och arbetslösa (arbetskraften)": "the labour force 16–64",
            "antal personer utanför arbetskraften": "persons 16–64 outside the labour force",
            "antal totalt": "all persons 16–64 (the denominator of V3's proxy)",
        },
    ),
    KnownTable(
        "000006OC",
        "Lägenheter efter upplåtelseform",
        r"upplåtelseform",
        {
            "hyresrätt": "rented dwellings",
            "bostadsrätt": "tenant-owned dwellings",
            "äganderätt": "owner-occupied dwellings",
            "uppgift saknas": "dwellings of unknown tenure (part of the total)",
        },
        total="totalt lägenheter",
    ),
    KnownTable(
        "000005FB",
        "Befolkning efter födelseregion",
        r"födelseregion|utrikes födda",
        {"utrikes född": "persons born abroad", "född i sverige": "persons born in Sweden"},
        total="totalt befolkning",
        total_excludes=("totalt",),
    ),
    KnownTable(
        "000005FE",
        "Befolkning efter svensk/utländsk bakgrund",
        r"utländsk bakgrund|svensk bakgrund|svensk/utländsk",
        {
            "utländsk bakgrund": "persons born abroad or born in Sweden with both parents "
            "born abroad",
            "svensk bakgrund": "persons with Swedish background",
        },
        total="totalt befolkning",
        total_excludes=("totalt",),
    ),
    KnownTable(
        "000005F8",
        "Hushåll efter hushållstyp",
        r"hushållstyp|hushåll",
        {
            "ensamstående med barn": "single-parent households",
            "sammanboende med barn": "couples with children",
            "ensamstående utan barn": "single-person households",
        },
        total="totalt hushåll",
        total_excludes=("totalt",),
    ),
    KnownTable(
        "000005LO",
        "Personer efter hustyp",
        r"hustyp",
        {
            "flerbostadshus": "persons living in multi-dwelling houses",
            "småhus": "persons living in one- or two-dwelling houses",
        },
        total="totalt personer",
        total_excludes=("totalt",),
    ),
    KnownTable(
        "000005FM",
        "Inkomst",
        r"inkomst",
        {"median": "median income (thousand kronor); a median cannot be added up"},
    ),
    KnownTable(
        "000005FF",
        "Befolkning efter ålder",
        r"(folkmängd|befolkning).*ålder",
        {"år": "persons in an age group"},
        total="totalt befolkning",
        total_excludes=("totalt",),
    ),
)
BY_CODE = {t.code: t for t in KNOWN_TABLES}


def recognise(info: TableInfo) -> Optional[KnownTable]:
    """The known table ``info`` is, by SCB's reference code, else by its title; or None."""
    code = (info.reference or "").strip().upper()
    if code in BY_CODE:
        return BY_CODE[code]
    for table in KNOWN_TABLES:
        if table.matches_title(info.title):
            return table
    return None


def table_label(info: TableInfo, years=()) -> str:
    """A name for an output holding the table: ``Utbildningsnivå 25–64 år 2022 (000005MO)``."""
    table = recognise(info)
    name = table.name if table else (info.title.split(" efter ")[0].strip() or "")
    span = sorted({int(y) for y in years})
    when = ""
    if len(span) == 1:
        when = f" {span[0]}"
    elif span:
        when = f" {span[0]}–{span[-1]}"
    code = (table.code if table else info.reference) or ""
    return f"{name}{when}{f' ({code})' if code else ''}".strip()


def _parts(variables, table: KnownTable, info: TableInfo) -> list:
    """The count variables that make up the table's total (per sex group they belong to)."""
    parts = []
    for v in variables:
        low = v.lower()
        if any(x in low for x in table.total_excludes):
            continue
        if info.units.get(v) not in (COUNT, None) or "procent" in low or "median" in low:
            continue
        parts.append(v)
    return parts


def apply_known_table(frame):
    """``frame`` with the recognised table's total added where missing (see the module).

    Returns ``(frame, KnownTable or None, lines)``: the lines say what was recognised and
    added, for the log. Rows with a suppressed part get no total (it would be too small).
    """
    info = info_of(frame).copy()
    table = recognise(info)
    if table is None:
        return frame, None, []
    if not info.reference:
        info.reference = table.code
    lines = [f"Recognised SCB's table {table.code}: {table.name}."]
    variables = variables_of(frame)
    result = frame
    if table.total:
        groups = {}
        for v in _parts(variables, table, info):
            sex = _SEX.search(v)
            groups.setdefault(sex.group(1).lower() if sex else "", []).append(v)
        for sex, parts in groups.items():
            name = f"{table.total} {sex}".strip()
            if name in variables or len(parts) < 2:
                continue
            if result is frame:
                result = frame.copy()
            result[name] = frame[parts].sum(axis=1, min_count=len(parts))
            result.loc[frame[parts].isna().any(axis=1), name] = float("nan")
            info.units[name] = COUNT
            info.derived[name] = "sum of " + " + ".join(parts)
            lines.append(f"Added '{name}' = {info.derived[name]} (as SCB's totals are).")
    return attach(result, info), table, lines
