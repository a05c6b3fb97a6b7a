"""The report's text for one kommun, in the UI's language, from the figures core computed.

Each function returns the text of one field of the atlas layer (one text item of the
layout). Numbers are written with :func:`format_number` (Swedish ``13,8`` and ``17 358``);
a figure that is missing reads "uppgift saknas" / "not available".
"""

from __future__ import annotations

import math

from ....i18n import format_number, tr

TYPES = (1, 2, 3, 4, 5)


def short_type_names() -> dict:
    """Short names a planner reads at a glance (the official Swedish names, shortened)."""
    return {
        1: tr("Major socioeconomic challenges"),
        2: tr("Socioeconomic challenges"),
        3: tr("Socioeconomically mixed"),
        4: tr("Good socioeconomic conditions"),
        5: tr("Very good socioeconomic conditions"),
    }


def missing() -> str:
    return tr("not available")


def _known(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def pct(value, decimals: int = 1) -> str:
    # a no-break space: "44 %" never breaks between the number and its sign
    return f"{format_number(value, decimals)}\u00a0%" if _known(value) else missing()


def number(value, decimals: int = 0) -> str:
    return format_number(value, decimals) if _known(value) else missing()


def type_columns(row) -> dict:
    """The table of residents and areas per type: four columns of lines (names, areas,
    residents, share of residents)."""
    names = short_type_names()
    total = row["residents"]
    lines = {"names": [tr("Area type")], "areas": [tr("Areas")], "residents": [tr("Residents")]}
    lines["share"] = [tr("Share")]
    keys = [(str(t), f"{t} {names[t]}") for t in TYPES] + [("none", tr("No type"))]
    for key, label in keys + [("", tr("All areas"))]:
        areas = row["areas"] if key == "" else row[f"areas_{key}"]
        residents = total if key == "" else row[f"residents_{key}"]
        lines["names"].append(label)
        lines["areas"].append(number(areas))
        lines["residents"].append(number(residents))
        lines["share"].append(pct(100.0 * residents / total if total > 0 else float("nan"), 1))
    return {key: "\n".join(value) for key, value in lines.items()}


def key_figures(row, county_name: str, year, year_before, by_lan: bool = False) -> str:
    """The share in types 1–2 of the kommun, its county and the country (a län's page:
    the län and the country)."""
    own = county_name if by_lan else tr("Kommun")
    lines = [
        tr("Residents in areas of type 1–2"),
        tr("(share of all residents, areas without a type included)"),
        f"{own}: {pct(row['share_12'])} ({number(row['residents_12'])})",
    ]
    if not by_lan:
        lines.append(f"{county_name}: {pct(row['share_12_lan'])}")
    lines.append(f"{tr('Sweden')}: {pct(row['share_12_country'])}")
    if "change_12_pp" in row and year_before:
        change = row["change_12_pp"]
        text = (
            tr("{value} percentage points").format(value=_signed(change))
            if _known(change)
            else missing()
        )
        lines += [
            "",
            tr("Change since {year}").format(year=year_before),
            f"{pct(row['share_12_before'])} → {pct(row['share_12'])}: {text}",
            tr("Areas of type 1–2: {before} → {now}").format(
                before=number(row["areas_12_before"]), now=number(row["areas_12"])
            ),
        ]
    return "\n".join(lines)


def _signed(value) -> str:
    text = format_number(value, 1)
    return text if text.startswith("-") or text in ("0", "0.0", "0,0") else f"+{text}"


def inequality(row, by_lan: bool = False) -> str:
    """Ojämlikhetsindex and Delmos' two criteria, with the values behind them; ``row`` is the
    kommun's row of the table of the tool "Ojämlikhetsindex" (None when not given)."""
    if by_lan:  # the criteria judge kommuner against each other
        return "\n".join(
            [tr("Ojämlikhetsindex"), tr("Delmos' criteria judge kommuner: see a page per kommun")]
        )
    if row is None:
        return "\n".join([tr("Ojämlikhetsindex"), missing()])

    def met(flag) -> str:
        if not _known(flag) or flag in ("", None):
            return missing()
        return tr("met") if str(flag).lower() in ("true", "1") else tr("not met")

    return "\n".join(
        [
            tr("Ojämlikhetsindex (Delmos' criteria)"),
            tr("Index: {value} (rank {rank} of {n})").format(
                value=number(row["ojamlikhetsindex"], 1),
                rank=number(row["rank_inequality"]),
                n=number(row["kommuner"]),
            ),
            tr("1. Index ≥ mean + 1 SD = {threshold}: {met}").format(
                threshold=number(row["ineq_threshold"], 1), met=met(row["crit_inequality"])
            ),
            tr("   (mean {mean}, SD {sd})").format(
                mean=number(row["ineq_ref_mean"], 1), sd=number(row["ineq_ref_sd"], 1)
            ),
            tr("2. Share in types 1–2 ≥ mean + 1.5 SD = {threshold}: {met}").format(
                threshold=pct(row["share_threshold"]), met=met(row["crit_share"])
            ),
            tr("   (share {share}; mean {mean}, SD {sd})").format(
                share=pct(row["share_type12_pct"]),
                mean=pct(row["share_ref_mean"]),
                sd=number(row["share_ref_sd"], 1),
            ),
            tr("Criteria met: {n} of 2").format(n=number(row["criteria_met"])),
        ]
    )


def type_group(group: str) -> str:
    """ "Types 1–2", "Type 3" …"""
    if "–" in group:
        return tr("Types {group}").format(group=group)
    return tr("Type {n}").format(n=group)


def transit(row) -> str:
    if row is None:
        return ""
    lines = [
        tr("Public transport near home"),
        tr("(departures within 400 m of home, mean per resident)"),
    ]
    for group in ("1–2", "3", "4–5"):
        lines.append(
            tr("{types}: {ab} in class A–B, {deps} departures").format(
                types=type_group(group),
                ab=pct(row[f"ab_{group}"]),
                deps=number(row[f"deps_{group}"], 0),
            )
        )
    gap = row["gap_ab"]
    lines.append(
        tr("Gap 1–2 minus 4–5: {gap} percentage points").format(
            gap=_signed(gap) if _known(gap) else missing()
        )
    )
    return "\n".join(lines)


def tenure(row, county_name) -> str:
    """The tenure shares, against the county's (``county_name`` None: a län's own)."""
    if row is None:
        return ""
    parts = []
    for key, name in tenure_names().items():
        own = f"{name} {pct(row[f'share_{key}'], 0)}"
        if county_name is not None:
            own += f" ({county_name} {pct(row[f'lan_share_{key}'], 0)})"
        parts.append(own)
    return tr("Tenure of dwellings (known tenure):") + "\n" + "; ".join(parts)


def tenure_names() -> dict:
    return {
        "hyresratt": tr("Rental"),
        "bostadsratt": tr("Tenant-owned"),
        "aganderatt": tr("Owner-occupied"),
    }


def projects(row) -> str:
    if row is None:
        return ""
    lines = [
        tr("Planned housing and the tenure mix"),
        tr("Projects judged: {n}, of them flagged: {flagged}").format(
            n=number(row["projects"]), flagged=number(row["flagged"])
        ),
        tr("(on the map: red symbols are flagged projects, green balancing ones)"),
    ]
    if row["flagged"]:
        names = list(row["flagged_names"])
        shown = ", ".join(names[:4]) + (
            tr(" and {n} more").format(n=len(names) - 4) if len(names) > 4 else ""
        )
        lines.append(
            tr("{dwellings} dwellings that make an area more one-sided: {names}").format(
                dwellings=number(row["flagged_dwellings"]), names=shown
            )
        )
    return "\n".join(lines)


def source_line(year, today: str) -> str:
    return tr(
        "Source: SCB, area types and statistics {year}, own processing (Segregation plugin, "
        "{today}). Area types by SCB's method (RegSO/DeSO)."
    ).format(year=year or "", today=today)
