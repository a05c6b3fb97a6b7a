"""Residents (or areas) per area type and kommun: what the dock's chart and the logs show.

:func:`residents_by_type` gives one row per kommun (or län, or value of a field) and one
column per type 1–5 plus ``no type``, summing the residents of the areas. Areas whose kommun
cannot be read from their code (own districts named by the user) fall under one row, ``all``,
unless a region field is given.
"""

from __future__ import annotations

from typing import Optional

from ..common import codes as C
from ..common.area_type_codes import TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from .ses_index import numeric_column

NO_TYPE = "no type"
COLUMNS = tuple(str(t) for t in TYPES) + (NO_TYPE,)
ALL = "all"


def _regions(frame, code_field, region_field, level):
    pd = require("pandas")
    if region_field:
        if region_field not in frame.columns:
            raise InputError(f"The region field '{region_field}' is not in the layer.")
        return frame[region_field].map(lambda v: ALL if v is None or v != v else str(v))
    if code_field and code_field in frame.columns:
        parse = C.lan_of if level == C.LAN else C.kommun_of
        regions = frame[code_field].map(parse)
        if regions.notna().all():
            return regions
    return pd.Series(ALL, index=frame.index)


def residents_by_type(
    frame,
    type_field: str = "area_type",
    population_field: Optional[str] = None,
    *,
    code_field: Optional[str] = None,
    region_field: Optional[str] = None,
    level: str = C.KOMMUN,
    names: Optional[str] = None,
):
    """Residents per region (rows, sorted by code) and type (columns ``1``–``5``, ``no type``).

    Without ``population_field`` the table counts areas instead. ``names``: a field with the
    region's name (``kommunnamn``), put in a column ``name``. The frame's ``attrs["measure"]``
    says ``residents`` or ``areas``.
    """
    pd = require("pandas")
    if type_field not in frame.columns:
        raise InputError(
            f"The layer has no field '{type_field}'; run the area-type tool first (its output has "
            "the field area_type)."
        )
    codes = frame[code_field] if code_field and code_field in frame.columns else None
    types = parse_area_types(frame[type_field], type_field, codes=codes)
    column = types.map(lambda t: NO_TYPE if t != t else str(int(t)))
    if population_field:
        weight = numeric_column(frame, population_field, "residents", codes).fillna(0.0)
    else:
        weight = pd.Series(1.0, index=frame.index)
    regions = _regions(frame, code_field, region_field, level)
    table = (
        pd.DataFrame({"region": regions.to_numpy(), "column": column.to_numpy(), "w": weight})
        .groupby(["region", "column"])["w"]
        .sum()
        .unstack("column")
        .reindex(columns=list(COLUMNS))
        .fillna(0.0)
        .sort_index()
    )
    table.columns.name = None
    if names and names in frame.columns:
        first = (
            pd.DataFrame({"region": regions.to_numpy(), "name": frame[names].to_numpy()})
            .dropna()
            .drop_duplicates("region")
            .set_index("region")["name"]
        )
        table.insert(0, "name", first.reindex(table.index).to_numpy())
    table.index.name = "region"
    table.attrs["measure"] = "residents" if population_field else "areas"
    return table


def share_lines(table) -> list:
    """One line per region: residents (or areas) in types 1–2 and their share."""
    lines = []
    measure = table.attrs.get("measure", "residents")
    for region, row in table.iterrows():
        typed = sum(row[str(t)] for t in TYPES)
        challenged = row["1"] + row["2"]
        label = f"{region} {row['name']}" if "name" in table.columns and row["name"] else region
        share = f"{100 * challenged / typed:.1f} %" if typed else "–"
        lines.append(
            f"{label}: types 1–2 hold {challenged:,.0f} of the {typed:,.0f} {measure} of typed "
            f"areas ({share}); in areas without a type: {row[NO_TYPE]:,.0f}."
        )
    return lines
