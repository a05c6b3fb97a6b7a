"""The tidy statistics table that every SCB reader returns (METHODS.md §2).

One row per region and year::

    region_code  region_name  region_level  region_version  year  <variable> <variable> ...
    0114A0010    None         deso          None            2022  48         188        ...

``region_code`` is normalised (no ``_DeSO2025`` suffix: that goes to ``region_version``);
``region_name`` is filled when the source wrote ``code name``. Variable columns are named
from the source's header values (``förgymnasial utbildning``, ``Låg ekonomisk standard,
procent``). Suppressed cells (``..``, ``.``, ``-``, empty; ``common.numbers``) are missing,
never zero.

What the table is and what happened while reading it is kept in a :class:`TableInfo` in
``frame.attrs["scb"]`` (read it with :func:`info_of`): title, SCB's reference code, the unit
of each variable where known, every suppressed cell, warnings. :func:`to_wide` turns the table
into one row per region with ``<year> <variable>`` columns for joining to an area layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Optional, Sequence

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.ranges import parse_ranges

REGION_CODE, REGION_NAME, REGION_LEVEL, REGION_VERSION, YEAR = (
    "region_code",
    "region_name",
    "region_level",
    "region_version",
    "year",
)
REGION_COLUMNS = (REGION_CODE, REGION_NAME, REGION_LEVEL, REGION_VERSION)
META_COLUMNS = (*REGION_COLUMNS, YEAR)
# Text field of a table layer listing a row's suppressed cells ("arbetslösa (-); ..."), so
# that a join made later can still say why a value is missing.
SUPPRESSED_CELLS = "suppressed_cells"
# Where the statistics come from: SCB's table code on an imported table; on an area layer the
# tables joined ("000005MO 2022; 000006TA 2022") and the one year of plain-named fields.
SCB_TABLE, STATISTICS_TABLES, STATISTICS_YEAR = "scb_table", "statistics_tables", "statistics_year"
NON_VARIABLES = (*META_COLUMNS, SUPPRESSED_CELLS, SCB_TABLE, STATISTICS_TABLES, STATISTICS_YEAR)
INFO_KEY = "scb"
YEARS_EXAMPLE = "2022 or 2021, 2022 or 2019-2023"

PERCENT, COUNT, AMOUNT = "percent", "count", "amount"
# Header values that only say "everything" and add nothing to a variable's name.
GENERIC_VALUES = re.compile(
    r"^(totalt?( ålder| kön)?|samtliga|alla|båda könen|män och kvinnor|total|all ages|both sexes)$",
    re.IGNORECASE,
)
# Header values that carry meaning even when every variable has them: an age band
# (``16-64 år``, ``65+ år``) says whom the counts are of, and V3's proxy is of the 16-64.
MEANINGFUL_CONSTANTS = re.compile(r"^\d+\s*[-–]\s*\d+ år$|^\d+\s*(\+|-|–)? år$", re.IGNORECASE)


class Suppressed(NamedTuple):
    """One suppressed or missing cell of the source."""

    region_code: str
    year: Optional[int]
    variable: str
    marker: str  # what the source had: "..", ".", "-" or "" (empty)


@dataclass
class TableInfo:
    """What a statistics table is and what happened while reading it."""

    title: str = ""
    reference: str = ""  # SCB's "Intern referenskod" or the API's table id
    source: str = ""  # file path or URL
    units: dict = field(default_factory=dict)  # variable -> PERCENT, COUNT, AMOUNT
    suppressed: list = field(default_factory=list)  # Suppressed cells
    warnings: list = field(default_factory=list)
    constants: dict = field(default_factory=dict)  # header left out of names -> its one value
    derived: dict = field(default_factory=dict)  # added variable -> how it was computed
    wide_columns: dict = field(default_factory=dict)  # wide column -> (year, variable)

    @property
    def suppressed_count(self) -> int:
        return len(self.suppressed)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def suppressed_frame(self):
        pd = require("pandas")
        return pd.DataFrame(self.suppressed, columns=list(Suppressed._fields))

    def copy(self) -> TableInfo:
        return TableInfo(
            self.title,
            self.reference,
            self.source,
            dict(self.units),
            list(self.suppressed),
            list(self.warnings),
            dict(self.constants),
            dict(self.derived),
            dict(self.wide_columns),
        )


def info_of(frame) -> TableInfo:
    """The :class:`TableInfo` of a table a reader returned (an empty one for other frames)."""
    info = getattr(frame, "attrs", {}).get(INFO_KEY)
    return info if isinstance(info, TableInfo) else TableInfo()


def attach(frame, info: TableInfo):
    frame.attrs[INFO_KEY] = info
    return frame


def variables_of(frame) -> list:
    """The variable columns of a tidy or wide table (everything but the region/year columns)."""
    return [c for c in frame.columns if c not in NON_VARIABLES]


# --- units --------------------------------------------------------------------------------
_PERCENT_WORDS = re.compile(r"procent|andel|%|percent|share", re.IGNORECASE)
_AMOUNT_WORDS = re.compile(r"\bkronor\b|\btkr\b|\bkr\b|\bsek\b|inkomst i", re.IGNORECASE)
_COUNT_WORDS = re.compile(
    r"\bantal\b|befolkning|folkmängd|\bpersoner\b|lägenheter|bostäder|number|persons",
    re.IGNORECASE,
)
_NOT_COUNT = re.compile(r"medel|median|genomsnitt|mean|average|index|kvot", re.IGNORECASE)


def guess_unit(variable: str, title: str = "", declared: Optional[str] = None) -> Optional[str]:
    """``percent``, ``count`` or ``amount`` for a variable, or ``None`` when unknown.

    ``declared`` is the API's unit (``procent``, ``antal``, ``kronor``...) and wins. Otherwise
    the variable's own name decides (``..., procent``, ``Andel ...``, ``Antal ...``), then the
    table title (``Antal lägenheter efter ...``, ``Befolkning 25-64 år efter ...``).
    """
    for text in (declared or "", variable or ""):
        if _PERCENT_WORDS.search(text):
            return PERCENT
        if _AMOUNT_WORDS.search(text):
            return AMOUNT
        if _NOT_COUNT.search(text):
            return None
        if _COUNT_WORDS.search(text):
            return COUNT
    head = (title or "").split(" efter ")[0]
    if _PERCENT_WORDS.search(head):
        return PERCENT
    if _NOT_COUNT.search(head) or _AMOUNT_WORDS.search(head):
        return None
    if _COUNT_WORDS.search(head):
        return COUNT
    return None


# --- naming variables from header values ----------------------------------------------------
def name_variables(combos: Sequence[Sequence], dimension_names: Sequence = (), title: str = ""):
    """Names for variables given the header values that identify each one.

    ``combos[i]`` holds variable i's values, one per header dimension (stub columns first,
    then heading rows). A dimension with the same value for every variable (``totalt ålder``)
    is left out of the names and returned as a constant, unless nothing else would remain or
    it is an age band (``16-64 år``: whom the counts are of), which is kept in the names.
    Returns ``(names, constants)``.
    """
    n_dims = max((len(c) for c in combos), default=0)
    combos = [list(c) + [""] * (n_dims - len(c)) for c in combos]
    dim_names = list(dimension_names) + [f"header {i + 1}" for i in range(n_dims)]
    distinct = [{c[d] for c in combos} for d in range(n_dims)]
    varying = [d for d in range(n_dims) if len(distinct[d]) > 1]
    constants = {}
    if varying:
        meaningful = [
            d
            for d in range(n_dims)
            if d not in varying and combos and MEANINGFUL_CONSTANTS.match(str(combos[0][d]).strip())
        ]
        keep = sorted(varying + meaningful)
        for d in range(n_dims):
            if d not in keep and combos and combos[0][d]:
                constants[dim_names[d]] = combos[0][d]
    else:
        values = [combos[0][d] for d in range(n_dims)] if combos else []
        keep = [d for d in range(n_dims) if values[d] and not GENERIC_VALUES.match(values[d])]
        if not keep:
            keep = [d for d in range(n_dims) if values[d]]
        for d in range(n_dims):
            if d not in keep and values[d]:
                constants[dim_names[d]] = values[d]
    names = []
    for combo in combos:
        name = " ".join(str(combo[d]).strip() for d in keep if str(combo[d]).strip())
        names.append(name or title_variable(title))
    return names, constants


def title_variable(title: str) -> str:
    """A variable name from a table title: ``Folkmängden per region efter region och år`` →
    ``Folkmängden per region``."""
    head = (title or "").split(" efter ")[0].strip()
    return head or "värde"


# --- wide tables for joining ------------------------------------------------------------------
def wide_name(year, variable: str) -> str:
    return f"{year} {variable}" if year is not None else str(variable)


def to_wide(
    frame,
    years: Optional[Iterable] = None,
    simple_names: Optional[bool] = None,
    prefix: str = "",
    version: Optional[str] = None,
):
    """One row per region, the variables of each chosen year as columns.

    Columns are ``<year> <variable>`` (``2021 förgymnasial utbildning``), or the plain
    variable names when one year is chosen (``simple_names`` defaults to that). ``prefix``
    goes in front of each variable name. Where a code occurs in two versions for a year (a
    PxWebAPI table that holds DeSO 2018 and DeSO 2025 codes), the row with values is kept;
    ``version`` decides a tie.
    """
    pd = require("pandas")
    info = info_of(frame).copy()
    if YEAR not in frame.columns:  # already wide
        return attach(frame.copy(), info)
    variables = variables_of(frame)
    available = [int(y) for y in frame[YEAR].dropna().unique()]
    if years is None or (not isinstance(years, (str, int)) and len(list(years)) == 0):
        chosen = sorted(available)
    else:
        chosen = parse_years(years)
        missing = [y for y in chosen if y not in available]
        if missing:
            raise InputError(
                f"The table has no statistics for {', '.join(map(str, missing))}; it has "
                f"{', '.join(map(str, sorted(available))) or 'no years'}."
            )
    has_unknown_year = frame[YEAR].isna().any()
    subset = frame[frame[YEAR].isin(chosen) | (frame[YEAR].isna() if has_unknown_year else False)]
    subset = _one_version_per_code(subset, variables, version, info)
    simple = (len(chosen) <= 1) if simple_names is None else simple_names
    if simple and len(chosen) > 1:
        raise InputError("Plain variable names need one year; choose one year or keep the year.")

    region_part = subset.groupby(REGION_CODE, sort=False)[list(REGION_COLUMNS[1:])].first()
    pieces, wide_columns = [], {}
    for year, part in subset.groupby(YEAR, sort=True, dropna=False):
        year_value = None if pd.isna(year) else int(year)
        block = part.set_index(REGION_CODE)[variables]
        names = {
            v: (prefix + v) if simple or year_value is None else wide_name(year_value, prefix + v)
            for v in variables
        }
        block = block.rename(columns=names)
        for v, n in names.items():
            wide_columns[n] = (year_value, v)
        pieces.append(block)
    wide = pd.concat([region_part, *pieces], axis=1) if pieces else region_part
    wide.index.name = REGION_CODE
    wide = wide.reset_index()
    info.wide_columns = wide_columns
    return attach(wide, info)


def _one_version_per_code(subset, variables, version, info):
    dup = subset.duplicated([REGION_CODE, YEAR], keep=False)
    if not dup.any():
        return subset
    ranked = subset.assign(
        _filled=subset[variables].notna().sum(axis=1),
        _wanted=(subset[REGION_VERSION] == version) if version else False,
    )
    ranked = ranked.sort_values(["_filled", "_wanted"], ascending=False, kind="stable")
    kept = ranked.drop_duplicates([REGION_CODE, YEAR]).drop(columns=["_filled", "_wanted"])
    n = int(dup.sum()) - len(subset[dup].drop_duplicates([REGION_CODE, YEAR]))
    info.warn(
        f"{n} codes occur in two versions (with and without a version suffix) for the same "
        "year; for each the version with values was kept."
    )
    return kept.sort_index()


def parse_years(years) -> list:
    """``"2021, 2022"``, ``"2021-2023"``, ``2022`` or a list → a sorted list of years."""
    if years is None:
        return []
    if isinstance(years, int):
        return [years]
    result = set()
    for item in [years] if isinstance(years, str) else list(years):
        year = codes.as_year(item)
        spans = [(year, year)] if year else parse_ranges(item, "the years", "year", YEARS_EXAMPLE)
        for first, last in spans:
            if codes.as_year(first) is None or codes.as_year(last) is None:
                text = str(first) if first == last else f"{first}-{last}"
                raise InputError(f"'{text}' is not a year. Write years like {YEARS_EXAMPLE}.")
            result.update(range(first, last + 1))
    return sorted(result)


# --- derived variables ------------------------------------------------------------------------
def add_total(frame, name: str, of="*"):
    """Add a variable ``name`` = the sum of other variables, per row.

    ``of``: ``"*"`` (every count variable), a list of variable names, or text matched against
    the names (``"totalt ålder"`` sums ``totalt ålder män`` and ``totalt ålder kvinnor``;
    several texts separated by ``;``). A row with a suppressed part gets no total (the sum
    would be too small). The parts are recorded in the table's info.
    """
    info = info_of(frame).copy()
    variables = [v for v in variables_of(frame) if v != name]
    parts = select_variables(variables, of, info)
    if not parts:
        raise InputError(
            f"No variables match '{of}' for the total '{name}'. The table has: "
            + "; ".join(variables)
        )
    if name in frame.columns:
        raise InputError(f"The table already has a variable '{name}'; choose another name.")
    result = frame.copy()
    result[name] = frame[parts].sum(axis=1, min_count=len(parts))
    result.loc[frame[parts].isna().any(axis=1), name] = float("nan")
    info.units[name] = COUNT
    info.derived[name] = "sum of " + " + ".join(parts)
    return attach(result, info)


def select_variables(variables: Sequence[str], of, info: Optional[TableInfo] = None) -> list:
    """The variables that ``of`` names (see :func:`add_total`)."""
    if of is None or (isinstance(of, str) and of.strip() in ("", "*")):
        units = info.units if info else {}
        return [v for v in variables if units.get(v) in (COUNT, None)]
    wanted = [w.strip() for w in of.split(";")] if isinstance(of, str) else list(of)
    chosen = []
    for w in wanted:
        exact = [v for v in variables if v == w]
        matches = exact or [v for v in variables if w.lower() in v.lower()]
        chosen.extend(m for m in matches if m not in chosen)
    return chosen


def combine(frames: Sequence, label: str = "the parts"):
    """One tidy table from parts of the same table (e.g. the chunks of an API query)."""
    pd = require("pandas")
    frames = [f for f in frames if f is not None]
    if not frames:
        raise InputError(f"{label} hold no statistics.")
    merged = info_of(frames[0]).copy()
    for frame in frames[1:]:
        other = info_of(frame)
        merged.suppressed.extend(other.suppressed)
        for warning in other.warnings:
            merged.warn(warning)
        for key, value in other.units.items():
            merged.units.setdefault(key, value)
        for key, value in other.constants.items():
            merged.constants.setdefault(key, value)
    frame = pd.concat(frames, ignore_index=True, sort=False)
    if frame.duplicated([REGION_CODE, REGION_VERSION, YEAR]).any():
        dup = frame[frame.duplicated([REGION_CODE, REGION_VERSION, YEAR])][REGION_CODE]
        raise InputError(f"{label} overlap: {', '.join(dup.astype(str).head(5))} occur twice.")
    frame = frame.sort_values(
        [REGION_CODE, REGION_VERSION, YEAR], kind="stable", na_position="first"
    )
    return attach(frame.reset_index(drop=True), merged)
