"""The ojämlikhetsindex report a planner asks for: per kommun and per län, with Delmos'
criteria, names and ranks (the pieces are in :mod:`inequality`).

:func:`inequality_report` takes DeSO (or other small areas) with counts, or shares and the
persons they are shares of, of a low and a high income group, and optionally a layer of
area types (RegSO or DeSO) for the population share in types 1–2. :func:`kommun_map` gives
the kommun table with the union of each kommun's areas as geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..common import codes as C
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import require_not_negative
from ..statistics.aggregate import dissolve_geometry
from .inequality import (
    NationalValues,
    municipal_criteria,
    ojamlikhetsindex,
    share_in_challenged_types,
)
from .ses_index import numeric_column, require_areas

NAME_FIELDS = {C.KOMMUN: ("kommunnamn", "kommun_namn", "knnamn"), C.LAN: ("lansnamn", "lan_namn")}
LOW, HIGH = "low income group", "high income group"
KOMMUN_FIELDS = (
    "region",
    "name",
    "ojamlikhetsindex",
    "rank_inequality",
    "ineq_ref_mean",
    "ineq_ref_sd",
    "ineq_threshold",
    "crit_inequality",
    "share_type12_pct",
    "rank_share",
    "share_ref_mean",
    "share_ref_sd",
    "share_threshold",
    "crit_share",
    "criteria_met",
    "ref_description",
    "income_groups",
    "low_count",
    "high_count",
    "n_areas",
    "n_excluded",
    "population",
    "population_type12",
    "n_areas_no_type",
    "note",
)
LAN_FIELDS = (
    "region",
    "name",
    "ojamlikhetsindex",
    "income_groups",
    "low_count",
    "high_count",
    "n_areas",
    "n_excluded",
    "share_type12_pct",
    "population",
    "population_type12",
    "n_areas_no_type",
    "note",
)


# METHODS.md §4: the formula is the plugin's reading; the output says so (the log).
FORMULA_NOTE = (
    "Ojämlikhetsindex = ½ · Σ |aᵢ/A − bᵢ/B| · 100 over the DeSO of each kommun and län (the "
    "index of dissimilarity between the low and the high income group). This formula is the "
    "plugin's reading of Delmos' measure: Delmos' technical description was not at hand, so "
    "the values may differ from those Delmos and Segregationsbarometern publish."
)


@dataclass
class InequalityReport:
    kommuner: object  # DataFrame, KOMMUN_FIELDS
    lan: object  # DataFrame, LAN_FIELDS
    lines: list = field(default_factory=list)
    warnings: list = field(default_factory=list)  # lines a planner must act on
    method: str = FORMULA_NOTE  # how the index is computed, and that it is a reading


def group_counts(
    frame, low_field: str, high_field: str, persons_field: Optional[str] = None, codes=None
):
    """(low counts, high counts) as Series: the fields themselves, or shares (%) of
    ``persons_field`` turned into persons (SCB's economic standard is published so)."""
    low = numeric_column(frame, low_field, LOW)
    high = numeric_column(frame, high_field, HIGH)
    if not persons_field:  # counts of persons, named by the user's fields
        require_not_negative(low, low_field, codes=codes)
        require_not_negative(high, high_field, codes=codes)
    if persons_field:
        persons = numeric_column(frame, persons_field, "persons")
        require_not_negative(persons, persons_field, codes=codes)
        for series, name in ((low, low_field), (high, high_field)):
            bad = (series < 0) | (series > 100)
            if bad.any():
                raise InputError(
                    f"Feature {bad[bad].index[0]}: '{name}' is {series[bad].iloc[0]:g}, not a "
                    "share in percent. Without a persons field the groups are counts."
                )
        low, high = low * persons / 100.0, high * persons / 100.0
    return low, high


def _names(frames, level, code_fields):
    pd = require("pandas")
    parse = C.kommun_of if level == C.KOMMUN else C.lan_of
    found = []
    for frame, code_field in zip(frames, code_fields):
        if frame is None or not code_field:
            continue
        lowered = {str(c).lower(): c for c in frame.columns}
        name = next((lowered[n] for n in NAME_FIELDS[level] if n in lowered), None)
        if name:
            regions = frame[code_field].map(parse)
            found.append(pd.Series(frame[name].to_numpy(), index=regions.to_numpy()).dropna())
    if not found:
        return {}
    names = pd.concat(found)
    return names[~names.index.duplicated()].to_dict()


def _shares(types, type_field, population_field, code_field, level):
    if types is None:
        return None
    if not population_field:
        raise InputError(
            "The share of residents in types 1–2 needs the residents field of the area-type "
            "layer (e.g. folkmängd)."
        )
    return share_in_challenged_types(
        types, type_field, population_field, region_level=level, code_field=code_field
    )


def inequality_report(
    deso,
    code_field: str,
    low_field: str,
    high_field: str,
    *,
    persons_field: Optional[str] = None,
    groups: str = "quartiles",
    types=None,
    type_field: str = "area_type",
    types_code_field: Optional[str] = None,
    population_field: Optional[str] = None,
    national: Optional[NationalValues] = None,
    inequality_sd_factor: float = 1.0,
    share_sd_factor: float = 1.5,
) -> InequalityReport:
    """Ojämlikhetsindex and share in types 1–2 per kommun (with Delmos' criteria and ranks)
    and per län. ``types``: a frame of areas with ``type_field`` and ``population_field``
    (RegSO or DeSO area types), or None (the share and its criterion stay empty)."""
    pd = require("pandas")
    require_areas(deso, "DeSO layer", "measure")
    require_areas(types, "area-type layer", "take the share in types 1–2 from")
    C.require_unique_codes(deso[code_field], code_field)  # else an area is summed twice
    low, high = group_counts(deso, low_field, high_field, persons_field, deso[code_field])
    work = pd.DataFrame({"code": deso[code_field], "low": low, "high": high}, index=deso.index)
    types_code_field = types_code_field or code_field
    tables = {}
    for level in (C.KOMMUN, C.LAN):
        ineq = ojamlikhetsindex(
            work, "low", "high", region_level=level, code_field="code", groups=groups
        )
        shares = _shares(types, type_field, population_field, types_code_field, level)
        tables[level] = (ineq, shares)
    ineq_k, shares_k = tables[C.KOMMUN]
    kommuner = municipal_criteria(
        ineq_k,
        shares_k,
        national=national,
        inequality_sd_factor=inequality_sd_factor,
        share_sd_factor=share_sd_factor,
    )
    criteria_warnings = kommuner.attrs.get("warnings", [])
    extra = ineq_k[["region", "low_count", "high_count", "n_areas", "n_excluded", "note"]]
    kommuner = kommuner.merge(extra, on="region", how="left")
    if shares_k is not None:
        kommuner = kommuner.merge(
            shares_k[["region", "population_type12", "n_areas_no_type"]], on="region", how="left"
        )
    ineq_l, shares_l = tables[C.LAN]
    lan = ineq_l.drop(columns=["region_level"])
    if shares_l is not None:
        lan = lan.merge(
            shares_l[
                ["region", "share_type12_pct", "population", "population_type12", "n_areas_no_type"]
            ],
            on="region",
            how="left",
        )
    for level, table in ((C.KOMMUN, kommuner), (C.LAN, lan)):
        names = _names((deso, types), level, (code_field, types_code_field))
        table["name"] = table["region"].map(names)
    kommuner = kommuner.reindex(columns=list(KOMMUN_FIELDS))
    lan = lan.reindex(columns=list(LAN_FIELDS))
    for col in ("n_areas", "n_excluded", "n_areas_no_type"):
        kommuner[col] = pd.array(kommuner[col], dtype="Int64")
        lan[col] = pd.array(lan[col], dtype="Int64")
    lines = _lines(kommuner, inequality_sd_factor, share_sd_factor)
    return InequalityReport(kommuner, lan, lines, list(criteria_warnings))


def _met(value) -> str:
    pd = require("pandas")
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return "not judged"
    return "met" if bool(value) else "not met"


def _lines(table, ineq_factor: float, share_factor: float) -> list:
    if not len(table):
        return []
    first = table.iloc[0]
    if first["share_threshold"] == first["share_threshold"]:
        share = (
            f"share in types 1–2 ≥ {first['share_threshold']:.1f} % (mean "
            f"{first['share_ref_mean']:.1f} + {share_factor:g} SD)"
        )
    elif first["share_ref_mean"] == first["share_ref_mean"]:
        share = "share in types 1–2 not judged (no spread)"
    else:
        share = "share in types 1–2 not judged (no area types given)"
    ineq = (
        f"ojämlikhetsindex ≥ {first['ineq_threshold']:.1f} (mean "
        f"{first['ineq_ref_mean']:.1f} + {ineq_factor:g} SD)"
        if first["ineq_threshold"] == first["ineq_threshold"]
        else "ojämlikhetsindex not judged (no spread)"
    )
    lines = [f"Criteria against {first['ref_description']}: {ineq}; {share}."]
    for _, row in table.sort_values("region").iterrows():
        name = f" {row['name']}" if isinstance(row["name"], str) else ""
        value = row["share_type12_pct"]
        share_text = "–" if value != value else f"{value:.1f} %"
        untyped = row.get("n_areas_no_type")
        if value == value and untyped == untyped and untyped is not None and int(untyped) > 0:
            share_text += (
                f" of all {row['population']:,.0f} residents, {int(untyped)} area(s) "
                "without a type counted"
            )
        index = row["ojamlikhetsindex"]
        index_text = "–" if index != index else f"{index:.1f}"
        lines.append(
            f"{row['region']}{name}: ojämlikhetsindex {index_text} "
            f"({_met(row['crit_inequality'])}); in types 1–2 {share_text} "
            f"({_met(row['crit_share'])})."
        )
    return lines


def kommun_map(deso, code_field: str, kommuner):
    """The kommun table with each kommun's geometry, the union of its areas."""
    gpd = require("geopandas")
    if getattr(deso, "_geometry_column_name", None) not in deso.columns:
        raise InputError("The area layer has no geometry to draw the kommuner from.")
    target = deso[code_field].map(C.kommun_of)
    geometry = dissolve_geometry(deso, target, kommuner["region"])
    return gpd.GeoDataFrame(kommuner.copy(), geometry=geometry.to_numpy(), crs=deso.crs)
