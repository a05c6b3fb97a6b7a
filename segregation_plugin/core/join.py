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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from . import codes
from .dependencies import require
from .errors import InputError
from .statistics_table import (
    REGION_CODE,
    REGION_COLUMNS,
    SUPPRESSED_CELLS,
    YEAR,
    attach,
    info_of,
    parse_years,
    select_variables,
    suppressed_from_column,
    to_wide,
    variables_of,
)

INFO, WARNING = "info", "warning"
MATCHED, AREAS_WITHOUT, STATS_WITHOUT, DUPLICATES, SUPPRESSED, VERSION, RENAMED = (
    "matched",
    "areas without statistics",
    "statistics without area",
    "duplicate codes",
    "suppressed values",
    "version",
    "renamed field",
)
REPORT_COLUMNS = ("check", "severity", "kommun", "year", "count", "codes", "message")
_WIDE = re.compile(r"^(?P<year>(?:19|20)\d\d) (?P<variable>.+)$")


@dataclass
class JoinReport:
    """What a join did, as rows of a table and as sentences."""

    rows: list = field(default_factory=list)
    matched: int = 0
    areas: int = 0
    statistics: int = 0
    fields: list = field(default_factory=list)  # the fields added

    def add(self, check, severity, message, count=0, kommun="", year=None, codes_list=()):
        listed = list(codes_list)
        self.rows.append(
            {
                "check": check,
                "severity": severity,
                "kommun": kommun or "",
                "year": year,
                "count": int(count),
                "codes": ", ".join(listed[:10]) + (" …" if len(listed) > 10 else ""),
                "message": message,
            }
        )

    def frame(self):
        pd = require("pandas")
        frame = pd.DataFrame(self.rows, columns=list(REPORT_COLUMNS))
        frame["year"] = frame["year"].astype("Int64")
        frame["count"] = frame["count"].astype("int64")
        return frame

    def lines(self) -> list:
        return [row["message"] for row in self.rows]

    def warnings(self) -> list:
        return [row["message"] for row in self.rows if row["severity"] == WARNING]


def guess_area_code_field(frame, level: Optional[str] = None) -> Optional[str]:
    """The field holding area codes: by name (``desokod``...), else by content."""
    names = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
    by_name = codes.guess_code_field(names, level)
    if by_name:
        return by_name
    best, best_count = None, 0
    for name in names:
        sample = frame[name].dropna().astype(str).head(200)
        count = sum(codes.parse_code(v) is not None for v in sample)
        if count > best_count and count >= 0.5 * max(1, len(sample)):
            best, best_count = name, count
    return best


def _choose(names, wanted, what: str) -> list:
    if not wanted:
        return list(names)
    bare = {
        n: (_WIDE.match(str(n)).group("variable") if _WIDE.match(str(n)) else str(n)) for n in names
    }
    chosen = select_variables(sorted(set(bare.values()), key=list(bare.values()).index), wanted)
    if not chosen:
        raise InputError(
            f"None of the {what} match '{wanted}'. They are: "
            + "; ".join(dict.fromkeys(bare.values()))
        )
    return [n for n in names if bare[n] in chosen]


def _prepare_table(table, table_code_field, years, prefix, version, variables=None):
    """The statistics as one row per code: (frame indexed by code, variable columns, info)."""
    info = info_of(table)
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
        if years:
            chosen = parse_years(years)
            keep, rename = [], {}
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
        for col in wide.columns:
            m = _WIDE.match(str(col))
            info.wide_columns.setdefault(col, (int(m.group("year")), col) if m else (None, col))
    variables = [c for c in wide.columns if c != code_field and c not in REGION_COLUMNS]
    geometry = getattr(wide, "_geometry_column_name", None)
    variables = [c for c in variables if c != geometry and c not in ("fid",)]
    wide = wide.assign(_code=wide[code_field].map(codes.normalise_code))
    bad = wide["_code"].isna()
    if bad.all():
        raise InputError(
            f"The statistics' field {code_field} holds no area codes "
            f"(e.g. '{wide[code_field].iloc[0] if len(wide) else ''}')."
        )
    return wide, variables, info, code_field


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
    if matched.sum() == 0:
        raise InputError(
            _nothing_matched(
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
    _report_area_duplicates(report, area_codes, level_name)
    _report_unmatched(report, area_codes, matched, stats.index, level_name)
    _report_missing(report, joined, area_codes, matched, values.columns, rename, info, level_name)
    versions = stats["region_version"] if "region_version" in stats.columns else [None] * len(stats)
    stats_version = codes.detect_version(
        [f"{c}_{v}" if v else c for c, v in zip(stats.index, versions)],
        area_level,
        years=table_years,
    )
    mismatch = codes.version_mismatch(stats_version, layer_version)
    if mismatch:
        report.add(VERSION, WARNING, mismatch)
    for warning in info.warnings:
        report.add("reading", WARNING, warning)
    return attach(joined, info), report


def _verb(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _nothing_matched(area_codes, stat_codes, field_name, area_level, stats_level) -> str:
    a = ", ".join(area_codes.dropna().astype(str).head(3)) or "none"
    s = ", ".join(list(map(str, stat_codes[:3]))) or "none"
    text = (
        f"No area got statistics: the codes in {field_name} ({a}) match none of the "
        f"statistics' codes ({s})."
    )
    if area_level and stats_level and area_level != stats_level:
        text += (
            f" The statistics are for {codes.LEVEL_NAMES[stats_level]} but the layer has "
            f"{codes.LEVEL_NAMES[area_level]}: use a layer of the same level, or aggregate first."
        )
    else:
        text += " Check that both cover the same kommuner and use the same code field."
    return text


def _report_area_duplicates(report, area_codes, level_name):
    counts = Counter(area_codes.dropna())
    twice = sorted(c for c, n in counts.items() if n > 1)
    if twice:
        report.add(
            DUPLICATES,
            WARNING,
            f"{len(twice)} codes occur more than once in the area layer ({', '.join(twice[:5])}); each of those features got the same values. Check the layer with 'Check area layer'.",
            len(twice),
            codes_list=twice,
        )
    bad = int(area_codes.isna().sum())
    if bad:
        report.add(
            DUPLICATES,
            WARNING,
            f"{bad} features of the area layer have no valid code and got no statistics.",
            bad,
        )


def _report_unmatched(report, area_codes, matched, stat_codes, level_name):
    layer_kommuner = {codes.kommun_of(c) for c in area_codes.dropna()}
    stats_kommuner = Counter(codes.kommun_of(c) for c in stat_codes)
    without = defaultdict(list)
    for code in area_codes[~matched].dropna():
        without[codes.kommun_of(code)].append(code)
    for kommun, missing in sorted(without.items(), key=lambda kv: str(kv[0])):
        if kommun in stats_kommuner:
            text = (
                f"{len(missing)} {level_name} in {kommun} {_verb(len(missing), 'is', 'are')} not in the statistics table: they get "
                "no values. If the table covers the kommun, the table and the layer may be of "
                "different DeSO/RegSO versions."
            )
        else:
            text = (
                f"{len(missing)} {level_name} in {kommun} {_verb(len(missing), 'gets', 'get')} no values: the statistics table does "
                "not cover kommun " + f"{kommun}. Export the table for it too."
            )
        report.add(AREAS_WITHOUT, WARNING, text, len(missing), kommun, codes_list=sorted(missing))
    area_set = set(area_codes.dropna())
    extra = defaultdict(list)
    for code in stat_codes:
        if code not in area_set:
            extra[codes.kommun_of(code)].append(code)
    inside = {k: v for k, v in extra.items() if k in layer_kommuner}
    outside = sum(len(v) for k, v in extra.items() if k not in layer_kommuner)
    for kommun, rows in sorted(inside.items(), key=lambda kv: str(kv[0])):
        report.add(
            STATS_WITHOUT,
            WARNING,
            f"{len(rows)} codes of the statistics in {kommun} have no area in the layer ({', '.join(sorted(rows)[:3])}…): the layer may be of another DeSO/RegSO version, or miss areas.",
            len(rows),
            kommun,
            codes_list=sorted(rows),
        )
    if outside:
        report.add(
            STATS_WITHOUT,
            INFO,
            f"{outside:,} rows of the statistics are for areas outside the layer's kommuner; they were not used.",
            outside,
        )


def _report_missing(report, joined, area_codes, matched, columns, rename, info, level_name):
    back = {v: k for k, v in rename.items()}
    suppressed = defaultdict(set)  # (code, year) -> markers
    for cell in info.suppressed:
        suppressed[(cell.region_code, cell.year)].add(cell.marker or "empty")
    by_year = defaultdict(lambda: defaultdict(set))  # year -> kommun -> codes
    markers = defaultdict(set)
    explained = defaultdict(lambda: defaultdict(bool))
    for col in columns:
        source = back.get(col, col)
        year = info.wide_columns.get(source, (None, None))[0]
        missing = joined[col].isna() & matched
        for code in area_codes[missing]:
            kommun = codes.kommun_of(code)
            by_year[year][kommun].add(code)
            found = suppressed.get((code, year))
            if found:
                markers[(year, kommun)].update(found)
                explained[year][kommun] = True
    for year in sorted(by_year, key=lambda y: (y is None, y)):
        for kommun in sorted(by_year[year], key=str):
            missing = sorted(by_year[year][kommun])
            when = f" for {year}" if year is not None else ""
            if explained[year][kommun]:
                marks = ", ".join(sorted(markers[(year, kommun)]))
                why = f"they are suppressed in the export ({marks}), as SCB does when numbers are too small or uncertain"
            else:
                why = "the statistics table has no value for them (suppressed or missing in the source)"
            report.add(
                SUPPRESSED,
                INFO,
                f"{len(missing)} {level_name} in {kommun} {_verb(len(missing), 'has', 'have')} no value{when} in some fields: {why}. They are left empty, never zero.",
                len(missing),
                kommun,
                year,
                missing,
            )
