"""The report's figures from the other analyses, per kommun: public-transport access by area
type (from "Public transport access per area"), the tenure mix against the county (from
"Tenure mix") and the housing projects the tenure check flagged (from "Planned housing").

Every share is a sum of counts over a sum of bases: residents in class A–B over residents,
dwellings of a tenure over dwellings of known tenure; departures near home are a mean
weighted by residents. With ``by_lan`` each function sums per län (index: the two-digit
code) instead of per kommun.
"""

from __future__ import annotations

from ..common.area_type_codes import CHALLENGED_TYPES, GOOD_TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import numeric_field
from ..planning.housing_projection import MAKES_ONE_SIDED, REINFORCES
from ..planning.tenure_mix import TENURES
from .kommun_figures import region_codes

TYPE_GROUPS = (("1–2", CHALLENGED_TYPES), ("3", (3,)), ("4–5", GOOD_TYPES))
FLAGS = (REINFORCES, MAKES_ONE_SIDED)


def _need(frame, fields, layer: str, tool: str):
    for field in fields:
        if field not in frame.columns:
            raise InputError(
                f"The field '{field}' is not in the layer {layer} (fields: "
                f"{', '.join(map(str, frame.columns))}). Choose the layer the tool '{tool}' "
                "wrote."
            )


def transit_by_type(
    frame,
    *,
    kommun_field: str = "kommunkod",
    type_field: str = "area_type",
    residents_field: str = "residents",
    ab_field: str = "pct_AB",
    ef_field: str = "pct_EF_none",
    departures_field: str = "deps_400m",
    by_lan: bool = False,
):
    """Per kommun (index) and type group 1–2, 3, 4–5: ``res_<g>``, ``ab_<g>`` (% of residents
    in class A–B), ``ef_<g>`` (% in E–F or without class), ``deps_<g>`` (departures within
    400 m of home, mean per resident) and ``gap_ab`` = ab 1–2 minus ab 4–5 (percentage
    points; NaN where one group has no residents)."""
    np = require("numpy")
    pd = require("pandas")
    fields = (kommun_field, type_field, residents_field, ab_field, ef_field, departures_field)
    _need(frame, fields, "of public-transport access", "Public transport access per area")
    codes = region_codes(frame[kommun_field], kommun_field, by_lan)
    types = parse_area_types(frame[type_field], type_field).fillna(0).to_numpy()
    residents = numeric_field(frame, residents_field).fillna(0.0).to_numpy()
    work = pd.DataFrame({"kommun": codes.to_numpy(), "res": residents})
    for key, field in (("ab", ab_field), ("ef", ef_field)):
        work[key] = residents * numeric_field(frame, field).fillna(0.0).to_numpy() / 100.0
    work["deps"] = residents * numeric_field(frame, departures_field).fillna(0.0).to_numpy()
    out = pd.DataFrame(index=sorted(set(work["kommun"])))
    for label, members in TYPE_GROUPS:
        sums = work[np.isin(types, members)].groupby("kommun")[["res", "ab", "ef", "deps"]].sum()
        sums = sums.reindex(out.index).fillna(0.0)
        base = sums["res"].where(sums["res"] > 0)
        out[f"res_{label}"] = sums["res"]
        out[f"ab_{label}"] = 100.0 * sums["ab"] / base
        out[f"ef_{label}"] = 100.0 * sums["ef"] / base
        out[f"deps_{label}"] = sums["deps"] / base
    out["gap_ab"] = out["ab_1–2"] - out["ab_4–5"]
    out.index.name = "kommun"
    return out


def tenure_by_kommun(frame, *, kommun_field: str = "kommunkod", by_lan: bool = False):
    """Dwellings per tenure summed per kommun and per county (from the tenure-mix layer's
    ``dwellings_<tenure>`` fields), with ``share_<tenure>`` (% of dwellings of known tenure)
    for the kommun and ``lan_share_<tenure>`` for its county."""
    pd = require("pandas")
    counts = [f"dwellings_{t}" for t in TENURES]
    _need(frame, (kommun_field, *counts), "of the tenure mix", "Tenure mix")
    codes = region_codes(frame[kommun_field], kommun_field, by_lan)
    work = pd.DataFrame({c: numeric_field(frame, c).fillna(0.0).to_numpy() for c in counts})
    work["kommun"] = codes.to_numpy()
    kommuner = work.groupby("kommun")[counts].sum()
    counties = work.groupby(work["kommun"].str[:2])[counts].sum()
    out = kommuner.copy()
    for prefix, table, key in (("", kommuner, kommuner.index), ("lan_", counties, None)):
        known = table[counts].sum(axis=1)
        known = known.where(known > 0)
        for t in TENURES:
            share = 100.0 * table[f"dwellings_{t}"] / known
            out[f"{prefix}share_{t}"] = (
                share if key is not None else out.index.str[:2].map(share).astype(float)
            )
    out["dwellings_known"] = kommuner[counts].sum(axis=1)
    return out


def flagged_projects(
    frame,
    *,
    kommun_field: str = "kommunkod",
    flag_field: str = "flag",
    name_field: str = "namn",
    dwellings_field: str = "planned_total",
    by_lan: bool = False,
):
    """Per kommun: ``projects`` (projects judged, i.e. with a flag or balancing),
    ``flagged`` (reinforcing or making an area one-sided), ``flagged_dwellings`` and
    ``flagged_names`` (a list, largest first)."""
    pd = require("pandas")
    _need(
        frame, (kommun_field, flag_field, dwellings_field), "of planned housing", "Planned housing"
    )
    codes = region_codes(frame[kommun_field], kommun_field, by_lan)
    flags = frame[flag_field].astype("string").fillna("")
    names = (
        frame[name_field].astype(str) if name_field in frame.columns else frame.index.astype(str)
    )
    work = pd.DataFrame(
        {
            "kommun": codes.to_numpy(),
            "flag": flags.to_numpy(),
            "name": list(names),
            "dwellings": numeric_field(frame, dwellings_field).fillna(0.0).to_numpy(),
        }
    )
    judged = work[work["flag"] != ""]
    flagged = judged[judged["flag"].isin(FLAGS)].sort_values("dwellings", ascending=False)
    out = pd.DataFrame(index=sorted(set(work["kommun"])))
    out["projects"] = judged.groupby("kommun").size().reindex(out.index).fillna(0).astype(int)
    grouped = flagged.groupby("kommun")
    out["flagged"] = grouped.size().reindex(out.index).fillna(0).astype(int)
    out["flagged_dwellings"] = grouped["dwellings"].sum().reindex(out.index).fillna(0.0)
    out["flagged_names"] = [list(flagged.loc[flagged["kommun"] == k, "name"]) for k in out.index]
    out.index.name = "kommun"
    return out
