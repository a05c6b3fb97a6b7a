"""The join report: what a join did, as rows of a table and as sentences a planner can act on."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..common import codes
from ..common.dependencies import require

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


def _verb(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def nothing_matched(area_codes, stat_codes, field_name, area_level, stats_level) -> str:
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


def report_area_duplicates(report, area_codes, level_name):
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


def report_unmatched(report, area_codes, matched, stat_codes, level_name):
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


def report_missing(report, joined, area_codes, matched, columns, rename, info, level_name):
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


def report_versions(report, statistics, areas, level):
    """A warning when the statistics and the areas are of different DeSO/RegSO versions,
    and when the statistics are of the newer version (2025) but the areas' version cannot be
    told: old boundaries are the likely case, and codes alike in both versions join silently
    (METHODS.md §1)."""
    mismatch = codes.version_mismatch(statistics, areas)
    if mismatch:
        report.add(VERSION, WARNING, mismatch)
        return
    newer = codes.VERSIONS.get(level, (None, None))[1]
    if areas.version is None and newer and statistics.version == newer:
        older = codes.VERSIONS[level][0]
        layer = f"{newer[:-4]}_{newer[-4:]}"
        report.add(
            VERSION,
            WARNING,
            f"The statistics are {newer} ({statistics.reason}), but nothing tells the version "
            f"of the areas (no suffix on their codes, no version in the code field's or the "
            f"layer's name, not the national number of areas). If they are {older}, codes "
            "that exist in both versions are joined although they may not cover the same "
            f"ground: use SCB's layer {layer}, or put the version in the layer's name (e.g. "
            f"{layer}) to say which it is.",
        )
