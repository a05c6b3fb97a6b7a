"""Join statistics onto areas by code, with a report a planner can act on (METHODS.md §1–2).

:func:`join_statistics` returns a **new** frame (the areas are never changed) and a
:class:`JoinReport`: how many areas matched; areas without statistics and statistics without
an area, per kommun; duplicate codes; areas whose values are missing because the export
suppressed them (``..``), per kommun and year; and a warning when the statistics and the
boundaries are of different DeSO/RegSO versions. The report is both a table
(:meth:`JoinReport.frame`) and sentences (:meth:`JoinReport.lines`) such as
"37 DeSO in 0180 have no value for 2022: they are suppressed in the export (..)".
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..common import codes
from ..common.errors import InputError
from .join_report import (  # noqa: F401 (the check names are part of this module's API)
    AREAS_WITHOUT,
    DUPLICATES,
    INFO,
    MATCHED,
    RENAMED,
    REPORT_COLUMNS,
    STATS_WITHOUT,
    SUPPRESSED,
    VERSION,
    WARNING,
    JoinReport,
    nothing_matched,
    report_area_duplicates,
    report_missing,
    report_unmatched,
    report_versions,
)
from .statistics_table import (
    REGION_CODE,
    REGION_COLUMNS,
    SCB_TABLE,
    STATISTICS_TABLES,
    STATISTICS_YEAR,
    SUPPRESSED_CELLS,
    YEAR,
    attach,
    info_of,
    parse_years,
    select_variables,
    to_wide,
    variables_of,
)
from .suppressed_cells import suppressed_from_column

_WIDE = re.compile(r"^(?P<year>(?:19|20)\d\d) (?P<variable>.+)$")


def guess_area_code_field(frame, level: Optional[str] = None) -> Optional[str]:
    """The field holding area codes: by name (``desokod``...), else by content."""
    names = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
    by_name = codes.guess_code_field(names, level)
    if by_name:
        return by_name
    best, best_count = None, 0
    for name in names:
        sample = frame[name].dropna().head(200).astype(str)
        count = sum(codes.parse_code(v) is not None for v in sample)
        if count > best_count and count >= 0.5 * max(1, len(sample)):
            best, best_count = name, count
    return best


def _choose(names, wanted, what: str) -> list:
    """The columns of ``names`` that ``wanted`` picks (``;``-separated names or parts of
    names). An entry may name a column with its year (``2021 folkmängd``) or the variable
    without it (``folkmängd``: every year). An entry that matches nothing is an error, never
    silently left out."""
    if not wanted:
        return list(names)
    bare = {
        n: (_WIDE.match(str(n)).group("variable") if _WIDE.match(str(n)) else str(n)) for n in names
    }
    variables = sorted(set(bare.values()), key=list(bare.values()).index)
    entries = [w.strip() for w in wanted.split(";")] if isinstance(wanted, str) else list(wanted)
    chosen, unmatched = [], []
    for entry in [e for e in entries if e]:
        exact = [n for n in names if str(n) == entry]
        matches = exact or [n for n in names if bare[n] in select_variables(variables, entry)]
        dated = _WIDE.match(entry)
        if not matches and dated:  # "2021 folkmängd" on a table with a year column
            picked = select_variables(variables, dated.group("variable"))
            matches = [
                n
                for n in names
                if bare[n] in picked
                and (
                    not _WIDE.match(str(n))
                    or _WIDE.match(str(n)).group("year") == dated.group("year")
                )
            ]
        if not matches:
            unmatched.append(entry)
        chosen.extend(n for n in matches if n not in chosen)
    if unmatched:
        raise InputError(
            f"{'; '.join(unmatched)}: not among the {what}. They are: "
            + "; ".join(dict.fromkeys(bare.values()))
        )
    return [n for n in names if n in chosen]


def _keep_named_years(wide, wanted, prefix: str):
    """Where a variable was asked for with a year (``2021 folkmängd``) and not otherwise,
    keep only the named years' columns of it."""
    if not wanted or not isinstance(wanted, str):
        return wide
    entries = [e.strip() for e in wanted.split(";") if e.strip()]
    years: dict = {}
    undated = set()
    for entry in entries:
        m = _WIDE.match(entry)
        if m:
            years.setdefault(m.group("variable"), set()).add(m.group("year"))
        else:
            undated.add(entry)
    drop = []
    for col in wide.columns:
        m = _WIDE.match(str(col))
        if not m:
            continue
        variable = (
            m.group("variable")[len(prefix) :]
            if m.group("variable").startswith(prefix)
            else m.group("variable")
        )
        named = years.get(variable)
        if named and m.group("year") not in named and variable not in undated:
            drop.append(col)
    return wide.drop(columns=drop) if drop else wide


def _prepare_table(table, table_code_field, years, prefix, version, variables=None):
    """The statistics as one row per code: (frame indexed by code, variable columns, info)."""
    if not len(table):
        raise InputError(
            "The statistics table has no rows: there is nothing to join. Import the table "
            "again, or choose another (is a filter hiding its rows?)."
        )
    info = info_of(table)
    if SCB_TABLE in table.columns:
        # a table layer from 'Import SCB table' names its SCB table in a field
        found = sorted({str(v) for v in table[SCB_TABLE].dropna() if str(v).strip()})
        info = info.copy()
        info.reference = info.reference or "; ".join(found)
        table = attach(table.drop(columns=[SCB_TABLE]), info)
    if SUPPRESSED_CELLS in table.columns:
        info = info.copy()
        info.suppressed = info.suppressed or suppressed_from_column(table)
        table = attach(table.drop(columns=[SUPPRESSED_CELLS]), info)
    if YEAR in table.columns and table_code_field in (None, REGION_CODE):
        chosen = _choose(variables_of(table), variables, "statistics' variables")
        table = attach(
            table[[c for c in table.columns if c not in variables_of(table) or c in chosen]], info
        )
        wide = to_wide(table, years=years, prefix=prefix, version=version)
        wide = _keep_named_years(wide, variables, prefix or "")
        info = info_of(wide)
        code_field = REGION_CODE
    else:
        wide = table.copy()
        code_field = table_code_field or (
            REGION_CODE if REGION_CODE in wide.columns else guess_area_code_field(wide)
        )
        if code_field not in wide.columns:
            raise InputError(
                "The statistics table has no field with area codes. Choose the code field "
                f"(its fields: {', '.join(map(str, wide.columns))})."
            )
        rename = {}
        if years:
            chosen = parse_years(years)
            keep = []
            for col in wide.columns:
                m = _WIDE.match(str(col))
                if m and int(m.group("year")) not in chosen:
                    continue
                keep.append(col)
                if m and len(chosen) == 1:
                    rename[col] = m.group("variable")
            wide = wide[keep].rename(columns=rename)
        if variables:
            keep = _choose(
                [c for c in wide.columns if c != code_field and c not in REGION_COLUMNS],
                variables,
                "table's fields",
            )
            wide = wide[
                [c for c in wide.columns if c == code_field or c in REGION_COLUMNS or c in keep]
            ]
        if prefix:
            wide = wide.rename(
                columns={
                    c: prefix + c
                    for c in wide.columns
                    if c != code_field and c not in REGION_COLUMNS
                }
            )
        info = info.copy()
        for col, plain in rename.items():  # one year chosen: plain names of that year
            info.wide_columns.setdefault(
                prefix + plain, (int(_WIDE.match(col).group("year")), plain)
            )
        for col in wide.columns:
            m = _WIDE.match(str(col))
            info.wide_columns.setdefault(col, (int(m.group("year")), col) if m else (None, col))
    variables = [c for c in wide.columns if c != code_field and c not in REGION_COLUMNS]
    geometry = getattr(wide, "_geometry_column_name", None)
    sources = (STATISTICS_TABLES, STATISTICS_YEAR)
    variables = [c for c in variables if c != geometry and c not in ("fid", *sources)]
    wide = wide.assign(_code=wide[code_field].map(codes.normalise_code))
    bad = wide["_code"].isna()
    if bad.all():
        raise InputError(
            f"The statistics' field {code_field} holds no area codes "
            f"(e.g. '{wide[code_field].iloc[0] if len(wide) else ''}')."
        )
    return wide, variables, info, code_field


def _versions(stats, code_field):
    """Each statistics row's version: ``region_version`` where the table has it, else the
    suffix of the code as written (``0114A0010_DeSO2025`` in a field of a table layer)."""
    suffixes = stats[code_field].map(codes.version_of)
    if "region_version" not in stats.columns:
        return suffixes.tolist()
    given = stats["region_version"].map(lambda v: v if isinstance(v, str) and v else None)
    return given.fillna(suffixes).tolist()


def join_statistics(
    areas,
    table,
    area_code_field: Optional[str] = None,
    table_code_field: Optional[str] = None,
    years: Optional[Iterable] = None,
    prefix: str = "",
    area_names: Iterable[str] = (),
    variables=None,
):
    """Join ``table`` (a tidy table from a reader, or a wide table with a code field) onto
    ``areas`` (a frame or GeoDataFrame). Returns ``(joined copy, JoinReport)``.

    ``years`` picks years of a tidy table (default: all, as ``<year> <variable>`` columns;
    one year gives plain variable names). ``prefix`` goes before each new field's variable
    name. ``variables`` picks variables (names or parts of names separated by ``;``, or a
    list; default all). ``area_names`` (the layer's name...) help to tell the boundaries'
    version.
    """
    report = JoinReport()
    area_code_field = area_code_field or guess_area_code_field(areas)
    if not area_code_field or area_code_field not in areas.columns:
        raise InputError(
            "The area layer has no field with area codes. Choose the code field (its fields: "
            + ", ".join(map(str, areas.columns))
            + ")."
        )
    area_codes = areas[area_code_field].map(codes.normalise_code)
    area_level = codes.detect_level(area_codes.dropna())
    layer_version = codes.detect_version(
        areas[area_code_field].dropna(), area_level, names=[area_code_field, *area_names]
    )
    wide, variables, info, code_field = _prepare_table(
        table, table_code_field, years, prefix, layer_version.version, variables
    )
    table_years = sorted({y for y, _ in info.wide_columns.values() if y is not None})

    # duplicates in the statistics
    dup = wide["_code"].notna() & wide.duplicated("_code", keep=False)
    if dup.any():
        same = wide[dup].drop(columns=[code_field]).drop_duplicates()
        if len(same) != wide[dup]["_code"].nunique():
            codes_dup = sorted(wide.loc[dup, "_code"].unique())
            raise InputError(
                f"The statistics have {len(codes_dup)} codes more than once with different "
                f"values ({', '.join(codes_dup[:5])}). Remove the duplicates and join again."
            )
        wide = wide.drop_duplicates("_code")
        report.add(
            DUPLICATES,
            WARNING,
            "Statistics rows that occurred twice with the same values were used once.",
            int(dup.sum()),
        )
    stats = wide[wide["_code"].notna()].set_index("_code")
    report.statistics = len(stats)
    report.areas = len(areas)

    # new fields, renamed when the layer has a field of that name
    rename = {}
    for var in variables:
        name, k = var, 2
        while name in areas.columns or name in rename.values():
            name, k = f"{var}_{k}", k + 1
        if name != var:
            rename[var] = name
            report.add(
                RENAMED,
                WARNING,
                f"The layer already has a field '{var}'; the statistics' field is called '{name}'. Use a prefix to name them yourself.",
            )
    values = stats[variables].rename(columns=rename)
    report.fields = list(values.columns)

    joined = areas.copy()
    matched = area_codes.isin(stats.index)
    if not len(areas):
        report.add(
            MATCHED,
            WARNING,
            "The area layer has no features: the output is empty, with the statistics' fields.",
        )
    elif matched.sum() == 0:
        raise InputError(
            nothing_matched(
                area_codes,
                stats.index,
                area_code_field,
                area_level,
                codes.detect_level(stats.index),
            )
        )
    aligned = values.reindex(area_codes.to_numpy())
    aligned.index = joined.index
    for col in aligned.columns:
        joined[col] = aligned[col]
    report.matched = int(matched.sum())

    level_name = codes.LEVEL_NAMES.get(area_level, "areas")
    report.add(
        MATCHED,
        INFO,
        f"{report.matched:,} of {len(areas):,} {level_name} got statistics ({len(values.columns)} fields).",
        report.matched,
    )
    report_area_duplicates(report, area_codes, level_name)
    report_unmatched(report, area_codes, matched, stats.index, level_name)
    report_missing(report, joined, area_codes, matched, values.columns, rename, info, level_name)
    stats_version = codes.detect_version(
        [f"{c}_{v}" if v else c for c, v in zip(stats.index, _versions(stats, code_field))],
        area_level,
        years=table_years,
    )
    report_versions(report, stats_version, layer_version, area_level)
    for warning in info.warnings:
        report.add("reading", WARNING, warning)
    _record_sources(joined, info, variables, report, len(areas.columns))
    return attach(joined, info), report


def _record_sources(joined, info, variables, report, position: int) -> None:
    """Fields saying where the statistics come from: ``statistics_tables`` lists each joined
    table with its years (``000005MO 2022; 000006TA 2022``), kept across joins; where the new
    fields have plain names (one year joined), ``statistics_year`` is that year, so that the
    tools that follow (area types...) know it."""
    years = sorted(
        {y for c, (y, _) in info.wide_columns.items() if c in variables and y is not None}
    )
    what = info.reference or (info.title.split(" efter ")[0].strip() if info.title else "")
    entry = " ".join([what or "statistics", *map(str, years)]).strip()
    before = joined[STATISTICS_TABLES] if STATISTICS_TABLES in joined.columns else None

    def listed(old):
        old = "" if old is None or old != old else str(old)
        return old if entry in old.split("; ") else "; ".join(p for p in (old, entry) if p)

    if before is not None:
        joined[STATISTICS_TABLES] = [listed(v) for v in before]
    else:  # before the new fields, so that they stay last
        joined.insert(position, STATISTICS_TABLES, [entry] * len(joined))
        position += 1
    plain = variables and not any(_WIDE.match(str(v)) for v in variables)
    if not (plain and len(years) == 1):
        return
    year = years[0]
    if STATISTICS_YEAR not in joined.columns:
        joined.insert(position, STATISTICS_YEAR, [year] * len(joined))
        report.add("year", INFO, f"The joined fields are of {year} (field statistics_year).")
        return
    earlier = {int(v) for v in joined[STATISTICS_YEAR].dropna()}
    if earlier and earlier != {year}:
        earlier_years = ", ".join(map(str, sorted(earlier)))
        report.add(
            "year",
            WARNING,
            f"The layer's earlier statistics are of {earlier_years} "
            f"and these of {year}, and their fields have no year in their names. Join the "
            "tables with their years (choose several years, or a prefix) to tell them apart.",
        )
        joined[STATISTICS_YEAR] = None
