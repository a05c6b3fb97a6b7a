"""Residents and areas per area type for each kommun, the share in types 1–2 against the
county and the country, and the change since an earlier year (Segregationsbarometern's
figures for a kommun).

The share in types 1–2 is the residents of type 1–2 areas over the whole population (the
residents of areas without a type are in the denominator and reported as such), as the
tool "Ojämlikhetsindex" computes it (``share_type12_pct``). County and country shares are
sums of those numerators and denominators over their kommuner, never means of shares. The
country's share is known only when the layer covers every county (``COUNTIES`` of them) or
when the user enters it; otherwise it is NaN ("uppgift saknas" in the report).
"""

from __future__ import annotations

import re
from typing import Optional

from ..common.area_type_codes import CHALLENGED_TYPES, TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import numeric_field, require_not_negative

COUNTIES = 21  # Sweden's län; a layer with all of them is the whole country
KOMMUNER_IN_SWEDEN = 290


def kommun_codes(values, field: str):
    """Kommun codes as four-digit text (``180`` stored as a number → ``0180``). An empty
    code raises InputError naming the field."""
    pd = require("pandas")
    series = pd.Series(values).astype("string").str.strip()
    series = series.str.replace(r"\.0$", "", regex=True)
    empty = series.isna() | (series == "")
    if empty.any():
        raise InputError(
            f"The kommun code field '{field}' is empty in {int(empty.sum()):,} features. "
            "Choose the field that holds each area's kommun code (kommunkod), or fill it in."
        )
    return series.str.zfill(4).astype(object)


def selected_codes(text: str, available) -> list:
    """The kommun codes chosen by ``text`` ("0180, 01" → 0180 and every kommun of län 01)
    among ``available``; empty text: all. A code that matches nothing raises InputError."""
    available = sorted(available)
    parts = [p for p in re.split(r"[\s,;]+", text or "") if p]
    if not parts:
        return available
    chosen = []
    for part in parts:
        code = part.zfill(4) if len(part) > 2 else part.zfill(2)
        found = [c for c in available if (c == code if len(code) == 4 else c[:2] == code)]
        if not found:
            raise InputError(
                f"The kommun or län code '{part}' is not in the area-types layer (its kommuner: "
                f"{', '.join(available[:12])}{' …' if len(available) > 12 else ''}). Enter "
                "four-digit kommun codes or two-digit län codes, separated by commas."
            )
        chosen += [c for c in found if c not in chosen]
    return sorted(chosen)


def region_codes(values, field: str, by_lan: bool = False):
    """The areas' kommun codes (:func:`kommun_codes`), or with ``by_lan`` their län's
    two-digit code (a kommun code's first two digits), by which the report sums."""
    codes = kommun_codes(values, field)
    return codes.str[:2] if by_lan else codes


def types_by_kommun(
    frame, *, type_field: str, residents_field: str, kommun_field: str, by_lan: bool = False
):
    """One row per kommun (index: the four-digit code; with ``by_lan`` one row per län, the
    two-digit code): ``areas_1`` … ``areas_5``, ``areas_none``, ``residents_1`` …
    ``residents_5``, ``residents_none``, ``residents`` (all), ``residents_typed``,
    ``residents_12`` and ``share_12`` (%, NaN without typed residents)."""
    pd = require("pandas")
    for field in (type_field, residents_field, kommun_field):
        if field not in frame.columns:
            raise InputError(
                f"The field '{field}' is not in the area-types layer (fields: "
                f"{', '.join(map(str, frame.columns))}). Choose the layer the tool 'Area "
                "types' wrote, or the field that holds it."
            )
    codes = region_codes(frame[kommun_field], kommun_field, by_lan)
    types = parse_area_types(frame[type_field], type_field).fillna(0).astype(int)
    residents = numeric_field(frame, residents_field, what="a number of residents").fillna(0.0)
    require_not_negative(residents, residents_field)
    work = pd.DataFrame(
        {"kommun": codes.to_numpy(), "type": types.to_numpy(), "res": residents.to_numpy()}
    )
    areas = work.pivot_table(index="kommun", columns="type", values="res", aggfunc="size")
    people = work.pivot_table(index="kommun", columns="type", values="res", aggfunc="sum")
    out = pd.DataFrame(index=sorted(set(work["kommun"])))
    out.index.name = "kommun"
    for t in (*TYPES, 0):
        suffix = "none" if t == 0 else str(t)
        out[f"areas_{suffix}"] = (
            areas[t].reindex(out.index).fillna(0).astype(int) if t in areas else 0
        )
        out[f"residents_{suffix}"] = (
            people[t].reindex(out.index).fillna(0.0).astype(float) if t in people else 0.0
        )
    return with_shares(out)


def with_shares(counts):
    """``residents``, ``residents_typed``, ``residents_12``, ``areas``, ``areas_12`` and
    ``share_12`` (%) from the counts per type (works on sums of kommuner too)."""
    out = counts.copy()
    typed = [f"residents_{t}" for t in TYPES]
    out["residents_typed"] = out[typed].sum(axis=1)
    out["residents"] = out["residents_typed"] + out["residents_none"]
    out["residents_12"] = out[[f"residents_{t}" for t in CHALLENGED_TYPES]].sum(axis=1)
    out["areas"] = out[[f"areas_{t}" for t in (*TYPES, "none")]].sum(axis=1)
    out["areas_12"] = out[[f"areas_{t}" for t in CHALLENGED_TYPES]].sum(axis=1)
    denominator = out["residents"].where(out["residents"] > 0)  # the whole population
    out["share_12"] = 100.0 * out["residents_12"] / denominator
    return out


def county_table(types):
    """The same counts and share summed per county (index: the two-digit län code)."""
    base = [c for c in types.columns if c.startswith(("areas_", "residents_"))]
    base = [c for c in base if c.split("_")[1] in {*map(str, TYPES), "none"}]
    summed = types[base].groupby(types.index.str[:2]).sum()
    return with_shares(summed)


def report_figures(types, earlier=None, national_share: Optional[float] = None):
    """One row per kommun of ``types`` (:func:`types_by_kommun`; or per län, made
    ``by_lan``: then ``share_12_lan`` is the län's own share) with ``lan``, ``share_12_lan``,
    ``share_12_country`` and ``country_source`` ("entered", "computed" over all counties, or
    "" when unknown: NaN), and, with ``earlier`` (the same table for an earlier year),
    ``share_12_before``, ``areas_12_before``, ``residents_12_before`` and
    ``change_12_pp`` (percentage points; NaN for a kommun the earlier year lacks)."""
    np = require("numpy")
    out = types.copy()
    out["lan"] = out.index.str[:2]
    counties = county_table(types)
    out["share_12_lan"] = out["lan"].map(counties["share_12"]).astype(float)
    if national_share is not None and national_share == national_share:
        if not 0 <= national_share <= 100:
            raise InputError(
                f"The country's share of residents in types 1–2 ({national_share:g} %) is not "
                "a percentage between 0 and 100."
            )
        out["share_12_country"] = float(national_share)
        out["country_source"] = "entered"
    elif len(counties) >= COUNTIES:
        everyone = counties["residents"].sum()
        share = 100.0 * counties["residents_12"].sum() / everyone if everyone > 0 else np.nan
        out["share_12_country"] = share
        out["country_source"] = "computed"
    else:
        out["share_12_country"] = np.nan
        out["country_source"] = ""
    if earlier is not None:
        before = earlier.reindex(out.index)
        out["share_12_before"] = before["share_12"].astype(float)
        out["areas_12_before"] = before["areas_12"].astype(float)
        out["residents_12_before"] = before["residents_12"].astype(float)
        out["change_12_pp"] = out["share_12"] - out["share_12_before"]
    return out
