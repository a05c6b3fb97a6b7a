"""Which SCB table an imported export is, and how the guided analysis uses it.

Each export in the statistics folder is imported with 'Import SCB table'; its variables
(as the import names them) tell which of SCB's standard tables it is. A :class:`Recipe` says
how the table is imported and joined so that 'Area types' finds V1–V3 by SCB's names
without a manual field choice, which fields 'Aggregate areas' sums to RegSO (counts) and
how shares are rebuilt through their bases. A table no recipe knows is joined as it is
(its fields keep SCB's names) and not summed. Plain Python, no QGIS: the steps
(:mod:`.steps`) read it.

When SCB's table recognition of 'Import SCB table' records the table code and the
indicator definitions (V2/V3), the recipes shrink to that record; the step list stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

DESO, REGSO = "deso", "regso"


@dataclass(frozen=True)
class Recipe:
    """How one of SCB's tables is imported, joined and summed."""

    key: str  # "population", "income_standard", ...
    level: str  # the level of the areas the table is for (deso, regso)
    marker: tuple  # every one of these is (part of) a variable's name
    role: str = ""  # "V1", "V2", "V3", "V3 official", "income quartiles" or ""
    total_of: str = ""  # import: add a total of these variables ...
    total_name: str = ""  # ... under this name
    variables: str = ""  # join: only these (names or parts; '' = all)
    prefix: str = ""  # join: put before each field name
    counts: tuple = ()  # aggregate: summed (names after the join)
    shares: tuple = ()  # aggregate: (share, its base)
    ratios: tuple = ()  # aggregate: (numerator, denominator, new share)
    residents: str = ""  # the residents field the table gives (for the minimum population)


RECIPES = (
    Recipe(
        "population",
        DESO,
        ("totalt ålder",),
        total_of="totalt ålder",
        total_name="folkmängd",
        variables="folkmängd",
        counts=("folkmängd",),
        residents="folkmängd",
    ),
    Recipe(
        "economic_standard",
        DESO,
        ("Låg ekonomisk standard, procent", "Antal personer totalt"),
        role="V1",
        counts=("Antal personer totalt",),
        shares=(
            ("Låg ekonomisk standard, procent", "Antal personer totalt"),
            ("Hög ekonomisk standard, procent", "Antal personer totalt"),
        ),
    ),
    Recipe(
        "education",
        DESO,
        ("förgymnasial utbildning",),
        role="V2",
        # SCB's total of persons 25-64 includes 'uppgift om utbildningsnivå saknas'
        total_of="*",
        total_name="totalt 25-64 år",
        counts=("förgymnasial utbildning", "totalt 25-64 år"),
        ratios=(("förgymnasial utbildning", "totalt 25-64 år", "andel förgymnasial utbildning"),),
    ),
    Recipe(
        "labour_market",
        DESO,
        ("sysselsatta", "arbetslösa"),
        role="V3",
        variables="sysselsatta; arbetslösa; totalt",
        prefix="16-64 år ",
        counts=("16-64 år sysselsatta", "16-64 år arbetslösa", "16-64 år totalt"),
        ratios=(("16-64 år arbetslösa", "16-64 år totalt", "andel arbetslösa 16-64 år"),),
    ),
    Recipe(
        "income_quartiles",
        DESO,
        ("kvartil 1", "kvartil 4"),
        role="income quartiles",
        prefix="inkomst ",
        counts=tuple(f"inkomst kvartil {q}" for q in (1, 2, 3, 4)) + ("inkomst totalt",),
    ),
    Recipe(
        "tenure",
        DESO,
        ("hyresrätt", "bostadsrätt"),
        counts=("hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"),
    ),
    Recipe(
        "assistance_unemployment",
        REGSO,
        ("ekonomiskt bistånd",),
        role="V3 official",
    ),
)


@dataclass(frozen=True)
class Needed:
    """A table the analysis needs: what it gives, SCB's code and the table's title."""

    role: str
    what: str
    code: str
    title: str
    options: tuple = field(default=())  # recipes' roles any one of which will do


NEEDED = (
    Needed(
        "V1",
        "low economic standard (V1)",
        "000006TA",
        "Låg resp. hög ekonomisk standard efter region, tabellinnehåll, år och ålder (DeSO)",
        ("V1",),
    ),
    Needed(
        "V2",
        "education 25–64 (V2)",
        "000005MO",
        "Befolkning 25-64 år efter region, år och utbildningsnivå (DeSO)",
        ("V2",),
    ),
    Needed(
        "V3",
        "labour-market status 16–64 (V3 at DeSO)",
        "000007A8",
        "Befolkningen 16-64 år efter region, arbetsmarknadsstatus och år (DeSO)",
        ("V3", "V3 official"),
    ),
)
INCOME_QUARTILES = (
    "Antal personer 20 år och äldre efter region, inkomstkvartil (sammanräknad "
    "förvärvsinkomst) och år (DeSO)"
)


def recognise(variables, level: Optional[str]) -> Optional[Recipe]:
    """The recipe of a table with these ``variables`` (names as imported) at ``level``."""
    names = [str(v) for v in variables]
    for recipe in RECIPES:
        if recipe.level != (level or "").lower():
            continue
        if all(any(marker in name for name in names) for marker in recipe.marker):
            return recipe
    return None


def missing_tables(roles, without_v3: bool = False) -> list:
    """The :class:`Needed` tables none of whose ``options`` is among ``roles``."""
    present = set(roles)
    return [
        need
        for need in NEEDED
        if not (present & set(need.options)) and not (without_v3 and need.role == "V3")
    ]


def duplicate_key(title: str, level: str, variables) -> tuple:
    """Two files of the same table (e.g. its xlsx and csv export) have the same key."""
    return (title or "", level or "", tuple(sorted(str(v) for v in variables)))
