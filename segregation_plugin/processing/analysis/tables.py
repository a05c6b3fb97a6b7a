"""How the guided analysis uses each of SCB's standard tables.

Which table an export is, 'Import SCB table' decides (by SCB's table code or title,
:mod:`core.statistics.scb_tables`; the code is what it records in the field ``scb_table``),
and it adds the totals SCB leaves out (e.g. ``totalt 25-64 år`` of the education table,
'uppgift saknas' included). Here a :class:`Recipe` per table code says only what the
analysis does with the table: which fields 'Join statistics to areas' takes, which 'Aggregate
areas' sums to RegSO (counts) and how shares are rebuilt through their bases, and which role
it plays (V1–V3, income quartiles). A table without a recipe is joined as it is (its fields
keep SCB's names) and not summed. Plain Python, no QGIS: the steps (:mod:`.steps`) read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

DESO, REGSO = "deso", "regso"
OFFICIAL_V3 = "ekonomiskt bistånd"  # SCB's RegSO table of the official V3 has no known code


@dataclass(frozen=True)
class Recipe:
    """What the analysis does with one of SCB's tables."""

    key: str  # "population", "economic_standard", ...
    level: str  # the level of the areas the table is for (deso, regso)
    code: str  # SCB's table code, as 'Import SCB table' recognises it
    role: str = ""  # "V1", "V2", "V3", "V3 official", "income quartiles" or ""
    needs: tuple = ()  # parts of variable names without which the recipe does not apply
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
        "000005FF",
        needs=("totalt ålder",),  # the analysis's residents: the sum of the sexes' totals
        total_of="totalt ålder",
        total_name="folkmängd",
        variables="folkmängd",
        counts=("folkmängd",),
        residents="folkmängd",
    ),
    Recipe(
        "economic_standard",
        DESO,
        "000006TA",
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
        "000005MO",
        role="V2",  # 'totalt 25-64 år' added by the import, 'uppgift saknas' included
        counts=("förgymnasial utbildning", "totalt 25-64 år"),
        ratios=(("förgymnasial utbildning", "totalt 25-64 år", "andel förgymnasial utbildning"),),
    ),
    Recipe(
        "labour_market",
        DESO,
        "000007A8",
        role="V3",  # the short layout (no age in the names): the age put before them
        variables="sysselsatta; arbetslösa; totalt",
        prefix="16-64 år ",
        counts=("16-64 år sysselsatta", "16-64 år arbetslösa", "16-64 år totalt"),
        ratios=(("16-64 år arbetslösa", "16-64 år totalt", "andel arbetslösa 16-64 år"),),
    ),
    Recipe(
        "income_quartiles",
        DESO,
        "000005FM",
        role="income quartiles",
        needs=("kvartil 1", "kvartil 4"),  # SCB's income tables share the code's recognition
        prefix="inkomst ",
        counts=tuple(f"inkomst kvartil {q}" for q in (1, 2, 3, 4)) + ("inkomst totalt",),
    ),
    Recipe(
        "tenure",
        DESO,
        "000006OC",
        counts=("hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas", "totalt lägenheter"),
    ),
    Recipe("assistance_unemployment", REGSO, "", role="V3 official", needs=(OFFICIAL_V3,)),
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


def recognise(code: Optional[str], variables, level: Optional[str]) -> Optional[Recipe]:
    """The recipe of SCB's table ``code`` (as 'Import SCB table' recognises it; '' or None
    for a table it does not know) with these ``variables`` (names as imported) at ``level``."""
    names = [str(v) for v in variables]
    for recipe in RECIPES:
        if recipe.level != (level or "").lower() or recipe.code != (code or ""):
            continue
        if all(any(part in name for name in names) for part in recipe.needs):
            return _as_imported(recipe, names)
    return None


def _as_imported(recipe: Recipe, names) -> Recipe:
    """The labour-market table as SCB lays it out has the age in every name ('antal
    arbetslösa 16-64 år'): joined and summed under those names, no prefix."""
    if recipe.key != "labour_market" or not any("16-64" in n for n in names):
        return recipe
    unemployed = next(n for n in names if "arbetslösa" in n and "sysselsatta" not in n)
    total = next((n for n in names if n.startswith("antal totalt")), None)
    employed = next((n for n in names if "sysselsatta" in n and "arbetslösa" not in n), None)
    if total is None:
        return recipe
    counts = tuple(n for n in (employed, unemployed, total) if n)
    return replace(
        recipe,
        variables="; ".join(counts),
        prefix="",
        counts=counts,
        ratios=((unemployed, total, "andel arbetslösa 16-64 år"),),
    )


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
