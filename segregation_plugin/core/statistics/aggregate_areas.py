"""The two jobs of 'Aggregate areas': to a larger official level, or to the user's districts.

Both take a frame of small areas (DeSO, usually with statistics joined) and the fields to
aggregate, choose the key, call :func:`aggregate.aggregate` and return the output frame (with
geometry when the input had it) plus lines for the log. See :mod:`aggregate` for the rules.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from .aggregate import (
    MISSING_VALUES,
    NOTE,
    POPULATION,
    SOURCE,
    SOURCE_AREAS,
    SUPPRESSED_FLAG,
    TARGET,
    TARGET_NAME,
    aggregate,
    dissolve_geometry,
    is_blank,
    key_from_codes,
    key_from_fields,
    key_from_table,
    level_result,
    read_key_table,
)
from .aggregate_report import LogWarning, parent_lines, source_lines
from .area_assignment import assign_areas
from .statistics_table import STATISTICS_TABLES, STATISTICS_YEAR

_ORDER = {codes.DESO: 4, codes.REGSO: 3, codes.KOMMUN: 2, codes.LAN: 1, codes.RIKET: 0}
NAME_FIELDS = {
    codes.REGSO: ("regsonamn", "regso_namn", "regsoname"),
    codes.KOMMUN: ("kommunnamn", "kommun_namn", "knnamn"),
    codes.LAN: ("lansnamn", "lan_namn", "lnnamn"),
}


def _field(frame, candidates) -> Optional[str]:
    lowered = {str(c).lower(): c for c in frame.columns}
    return next((lowered[c] for c in candidates if c in lowered), None)


def choose_key(frame, code_field: str, level: str, key_field=None, key_table=None):
    """The key from the small areas to ``level`` (one row per source code) and a sentence
    saying which was used."""
    key, how, per_row = _choose_key(frame, code_field, level, key_field, key_table)
    return (key.drop_duplicates(SOURCE) if per_row else key), how


def _choose_key(frame, code_field: str, level: str, key_field=None, key_table=None):
    """``(key, how, per_row)``: per_row when the key has one row per feature, in the frame's
    order (a target field of the layer itself, or the codes' own kommun or län), so that
    each feature goes where its own row says."""
    from_level = codes.detect_level(frame[code_field])
    if from_level is None:
        raise InputError(f"The field {code_field} holds no area codes.")
    if _ORDER[level] >= _ORDER[from_level]:
        raise InputError(
            f"The areas are {codes.LEVEL_NAMES[from_level]}: they can only be aggregated to a "
            f"larger level than that, not to {codes.LEVEL_NAMES[level]}."
        )
    name_field = _field(frame, NAME_FIELDS.get(level, ()))
    if key_field:
        key = key_from_fields(frame, code_field, key_field, name_field)
        return key, f"the field {key_field}", True
    if key_table is not None:
        table = read_key_table(key_table) if not hasattr(key_table, "columns") else key_table
        return key_from_table(table, from_level, level), "the key table", False
    if level in (codes.KOMMUN, codes.LAN, codes.RIKET):
        names = frame[name_field].to_numpy() if name_field else None
        key = key_from_codes(frame[code_field], level, names)
        return key, f"the {codes.LEVEL_NAMES[level]} part of the codes", True
    own = codes.guess_code_field([c for c in frame.columns if c != code_field], level)
    if own and codes.detect_level(frame[own].dropna()) == level:
        return key_from_fields(frame, code_field, own, name_field), f"the field {own}", True
    raise InputError(
        f"Which {codes.LEVEL_NAMES[level]} a {codes.LEVEL_NAMES[from_level]} lies in cannot be "
        "read from its code. Choose the field that holds the target codes (e.g. regsokod) or a "
        "key table (e.g. SCB's koppling_deso2018_regso2020.csv)."
    )


def _parent_elsewhere(frame, level: str):
    """Per feature, the ``level`` area that another code field of the layer puts it in
    (``regsokod``, ``kommunkod``): where a feature without a code would have gone."""
    pd = require("pandas")
    found = pd.Series([None] * len(frame), dtype=object)
    for finer in (codes.DESO, codes.REGSO, codes.KOMMUN, codes.LAN):
        name = codes.guess_code_field(frame.columns, finer)
        if name:
            parent = frame[name].map(lambda v: codes.code_of_level(v, level)).to_numpy()
            found = found.fillna(pd.Series(parent, dtype=object))
    return found.to_numpy()


def aggregate_to_level(
    frame,
    code_field: str,
    level: str,
    counts: Sequence[str] = (),
    shares: Sequence = (),
    ratios: Sequence = (),
    key_field: Optional[str] = None,
    key_table=None,
    population: Optional[str] = None,
    min_population: Optional[float] = None,
    allow_partial: bool = False,
):
    """Aggregate small areas to RegSO, kommun or län. Returns ``(frame, log lines)``; the
    lines a planner must act on are :class:`~.aggregate_report.LogWarning`."""
    pd = require("pandas")
    row_target = None
    if not len(frame):
        key, how = pd.DataFrame(columns=[SOURCE, TARGET, TARGET_NAME]), ""
    else:
        key, how, per_row = _choose_key(frame, code_field, level, key_field, key_table)
        codes.require_unique_codes(frame[code_field], code_field)  # else summed twice
        if per_row:  # a feature without a code: where its other code fields put it
            blank = frame[code_field].map(is_blank).to_numpy(dtype=bool)
            elsewhere = _parent_elsewhere(frame, level)
            row_target = key[TARGET].where(~(blank & key[TARGET].isna().to_numpy()), elsewhere)
    result = aggregate(
        frame,
        key,
        counts=counts,
        ratios=ratios,
        shares=shares,
        code_field=code_field,
        allow_partial=allow_partial,
        population=population,
        min_population=min_population if population else None,
        row_target=row_target,
    )
    noun = codes.LEVEL_NAMES.get(codes.detect_level(frame[code_field]), "areas")
    target_noun = codes.LEVEL_NAMES[level]
    if not len(frame):
        lines = [LogWarning("The area layer has no features: the output is empty.")]
    else:
        used = len(frame) - len(result.attrs["left_out"])
        summed = f"{used} of {len(frame)}" if used < len(frame) else f"{len(frame)}"
        lines = [f"{summed} {noun} → {len(result)} {target_noun} using {how}."]
    lines += source_lines(
        result, code_field, noun, target_noun, f"have no {target_noun} in {how or 'the key'}"
    )
    if len(frame):
        used_key = pd.DataFrame(
            {
                SOURCE: frame[code_field].map(codes.normalise_code).to_numpy(),
                TARGET: result.attrs["row_target"].to_numpy(),
            }
        )
        lines += parent_lines(used_key, level, how, noun)
    lines += _common_lines(result)
    out = carry_sources(frame, level_result(result, level))
    if getattr(frame, "_geometry_column_name", None) in frame.columns:
        gpd = require("geopandas")
        geometry = dissolve_geometry(frame, result.attrs["row_target"], result.index)
        out = gpd.GeoDataFrame(out, geometry=geometry.to_numpy(), crs=frame.crs)
    return out, lines


def aggregate_to_districts(
    frame,
    code_field: str,
    districts,
    id_field: str,
    method: str = "overlap",
    counts: Sequence[str] = (),
    shares: Sequence = (),
    ratios: Sequence = (),
    population: Optional[str] = None,
    population_raster: Optional[str] = None,
    min_population: float = 50,
    allow_partial: bool = False,
    progress: Progress = NO_PROGRESS,
):
    """Aggregate small areas to the user's polygons. Returns ``(districts with values,
    assignment table, log lines)``; every district is kept (one without DeSO is flagged)."""
    pd = require("pandas")
    gpd = require("geopandas")
    if not population and not population_raster and min_population:
        raise InputError(
            "To withhold values of districts with few inhabitants the tool needs the population: "
            "choose the population field (e.g. a population total) or a population grid."
        )
    if not len(districts):
        raise InputError(
            "The district layer has no features: there is nothing to aggregate to. Choose a "
            "layer with your districts (is a filter hiding them?)."
        )
    codes.require_unique_codes(frame[code_field], code_field)
    assignment = assign_areas(
        frame, code_field, districts, id_field, method, population_raster, progress.sub(0, 70)
    )
    work = frame.copy()
    pop_field = population
    if not population and population_raster:
        pop_field = "grid population"
        work[pop_field] = assignment["grid_population"].to_numpy()
    key = pd.DataFrame(
        {SOURCE: assignment["source"], TARGET: assignment["target"], TARGET_NAME: None}
    )
    result = aggregate(
        work,
        key,
        counts=counts,
        ratios=ratios,
        shares=shares,
        code_field=code_field,
        allow_partial=allow_partial,
        population=pop_field,
        min_population=min_population if pop_field else None,
        row_target=assignment["target"].to_numpy(),
    )
    progress.set(90)
    result = result.drop(columns=[TARGET_NAME])
    out = districts.copy()
    ids = out[id_field]
    values = result.reindex(ids.to_numpy())
    values.index = out.index
    for col in values.columns:
        if col in out.columns:
            raise InputError(
                f"The district layer already has a field '{col}'; rename it or choose other fields."
            )
        out[col] = values[col]
    empty = out[SOURCE_AREAS].isna()
    out[SOURCE_AREAS] = out[SOURCE_AREAS].fillna(0).astype("int64")
    out[MISSING_VALUES] = out[MISSING_VALUES].fillna(0).astype("int64")
    if SUPPRESSED_FLAG in out.columns:
        out[SUPPRESSED_FLAG] = out[SUPPRESSED_FLAG].astype(object).where(~empty, True).astype(bool)
    out[NOTE] = out[NOTE].astype(object).where(~empty, "no DeSO assigned to this district")
    n_in = len(frame) - len(result.attrs["left_out"])
    how = {"overlap": "largest overlap", "centroid": "population-weighted centre"}[method]
    lines = [f"{n_in} of {len(frame)} areas assigned to {len(districts)} districts by {how}."]
    if not len(frame):
        lines.insert(0, LogWarning("The area layer has no features: no district gets values."))
    if method == "centroid":
        counts_by = assignment["method"].value_counts()
        lines.append(
            ", ".join(f"{n} by {m}" for m, n in counts_by.items())
            + (" (population grid)" if population_raster else "")
            + "."
        )
    split = assignment[(assignment["target"].notna()) & (assignment["overlap_share"] < 0.5)]
    if len(split):
        lines.append(
            f"{len(split)} areas lie less than half inside the district they were given "
            f"({', '.join(map(str, split['source'].head(5)))}): check them in the assignment table."
        )
    if empty.any():
        lines.append(
            f"{int(empty.sum())} districts got no area at all: {', '.join(map(str, ids[empty].head(5)))}."
        )
    lines += source_lines(
        result, code_field, "areas", "district", "lie in no district", warn_no_target=False
    )
    lines += _common_lines(result, pop_field)
    if not isinstance(out, gpd.GeoDataFrame):
        out = gpd.GeoDataFrame(out, geometry=districts.geometry, crs=districts.crs)
    return carry_sources(frame, out), assignment, lines


def carry_sources(frame, out):
    """The tables and the year the statistics come from (fields written by the join), kept on
    the larger areas when the small areas have one value for them."""
    for column in (STATISTICS_TABLES, STATISTICS_YEAR):
        if column in frame.columns and column not in out.columns:
            values = frame[column].dropna().unique()
            if len(values) == 1:
                out[column] = values[0]
    return out


def _common_lines(result, population: Optional[str] = None) -> list:
    lines = []
    if SUPPRESSED_FLAG in result.columns and result[SUPPRESSED_FLAG].any():
        small = result[result[SUPPRESSED_FLAG]]
        lines.append(
            f"{len(small)} output areas have fewer inhabitants than the minimum"
            + (f" ({population})" if population else "")
            + f"; their values are withheld: {', '.join(map(str, small.index[:5]))}."
        )
    incomplete = result[result[MISSING_VALUES] > 0]
    if len(incomplete):
        lines.append(
            f"{len(incomplete)} output areas contain suppressed source values; see the field "
            f"'{NOTE}' ({', '.join(map(str, incomplete.index[:5]))})."
        )
    if POPULATION in result.columns:
        lines.append(f"Population in output areas: {result[POPULATION].sum():,.0f}.")
    return lines
