"""Tenure mix of larger areas (RegSO, kommun, own districts) and each area's comparison with
its kommun's and its county's mix.

Which larger area a DeSO lies in is found exactly as 'Aggregate areas' finds it: a field such
as ``regsokod``, SCB's key table, or the code itself for kommun and län
(:func:`.aggregate_areas.choose_key`), or, for the user's districts, the district covering
most of the DeSO or holding its population centre (:func:`.area_assignment.assign_areas`).
The dwelling counts are then summed with :func:`.tenure_mix.aggregate_mix`, whose rule for
suppressed counts (such an area is left out of its group wholly, and the group says so)
keeps the shares consistent; the geometry is the union of the DeSO
(:func:`.aggregate.dissolve_geometry`).

The kommun and county mixes an area is compared with are sums over all the small areas of
the input (every DeSO of the kommun), whatever level the output is at. An output area's
kommun is the kommun of its small areas; a district whose DeSO lie in several kommuner is
compared with the kommun that holds most of its dwellings, and ``reference_note`` says so.
"""

from __future__ import annotations

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from ..statistics.aggregate import (
    CODE_FIELDS,
    SOURCE,
    TARGET,
    TARGET_NAME,
    dissolve_geometry,
    is_blank,
)
from ..statistics.aggregate_areas import _choose_key, _parent_elsewhere
from ..statistics.aggregate_report import LogWarning
from ..statistics.area_assignment import assign_areas
from . import spatial
from .tenure_mix import (
    ONE_SIDED_THRESHOLD,
    TENURES,
    aggregate_mix,
    compare_mix,
    kommun_codes,
    lan_codes,
)

REFERENCE_NOTE = "reference_note"


def _normalised(values):
    return values.map(lambda v: codes.normalise_code(v) or v)


def _with_geometry(mix, out, target, key_column: str):
    """``out`` as a GeoDataFrame with the union of its small areas, when ``mix`` has geometry."""
    if getattr(mix, "_geometry_column_name", None) not in mix.columns:
        return out
    gpd = require("geopandas")
    geometry = dissolve_geometry(mix, target, out[key_column].to_numpy())
    return gpd.GeoDataFrame(out, geometry=geometry.to_numpy(), crs=mix.crs)


def mix_to_level(mix, code_field: str, level: str, key_field=None, key_table=None):
    """Sum a :func:`.tenure_mix.tenure_mix` table of small areas to RegSO, kommun or län.

    Returns ``(areas, target, lines)``: one row per larger area (``regsokod``/``kommunkod``/
    ``lanskod``, its name when known, ``areas``, ``areas_left_out``, the counts and the mix;
    with geometry when ``mix`` has it), the larger area of each small area (a Series aligned
    with ``mix``), and sentences for the log.
    """
    if code_field not in mix.columns:
        raise InputError(f"The area layer has no field '{code_field}'. Choose its code field.")
    if len(mix) == 0:  # an empty layer: an empty result with the fields, nothing to look up
        pd = require("pandas")
        code_name, _ = CODE_FIELDS[level]
        target = pd.Series([], index=mix.index, dtype=object)
        out = aggregate_mix(mix, target, name=code_name)
        lines = [f"No areas: nothing to sum to {codes.LEVEL_NAMES[level]}."]
        return _with_geometry(mix, out, target, code_name), target, lines
    target, held, names, how = _targets(mix, code_field, level, key_field, key_table)
    code_name, name_name = CODE_FIELDS[level]
    out = aggregate_mix(mix, target, name=code_name)
    if names.notna().any():
        out.insert(1, name_name, out[code_name].map(names).to_numpy())
    level_name = codes.LEVEL_NAMES[level]
    from_name = codes.LEVEL_NAMES.get(codes.detect_level(mix[code_field]), "areas")
    used = int(target.notna().sum())
    summed = f"{used:,} of {len(mix):,}" if used < len(mix) else f"{len(mix):,}"
    lines = [f"{summed} {from_name} → {len(out):,} {level_name} using {how}."]
    blank = mix[code_field].map(is_blank).astype(bool)
    unassigned = int((target.isna() & ~blank).sum())
    if unassigned:
        lines.append(f"{unassigned} areas have no {level_name} in the key and were left out.")
    if blank.any():
        out = _note_without_code(out, code_name, held[blank])
        _without_code_line(lines, mix[blank], held[blank], code_field, from_name, level_name)
    return _with_geometry(mix, out, target, code_name), target, lines


def _targets(mix, code_field: str, level: str, key_field, key_table):
    """``(target, held, names, how)``: the larger area of each small area, where its own row
    (its target field, or its code) puts it, never another feature's; where a small area
    without a code would have gone (``held``, from its other code fields); the target names."""
    pd = require("pandas")
    key, how, per_row = _choose_key(mix, code_field, level, key_field, key_table)
    blank = mix[code_field].map(is_blank).astype(bool)
    elsewhere = pd.Series(_parent_elsewhere(mix, level), index=mix.index, dtype=object)
    if per_row:  # one key row per feature, in the layer's order
        target = pd.Series(key[TARGET].to_numpy(), index=mix.index, dtype=object)
        held = target.where(target.notna(), elsewhere)
    else:
        known = key[key[SOURCE].notna()]
        target = _normalised(mix[code_field]).map(dict(zip(known[SOURCE], known[TARGET])))
        held = elsewhere
    target = target.where(~blank, None)
    held = held.where(blank, None)
    names = key.dropna(subset=[TARGET]).drop_duplicates(TARGET).set_index(TARGET)[TARGET_NAME]
    return target, held, names, how


def _note_without_code(out, code_name: str, held):
    """The larger areas a small area without a code would have gone to: counted in
    ``areas_left_out`` and named in ``mix_note`` (their sums are too small)."""
    out = out.copy()
    keys = out[code_name].astype(str)
    for place, rows in held.dropna().groupby(held.dropna(), sort=True):
        at = keys.index[keys == str(place)]
        if not len(at):
            continue
        features = ", ".join(map(str, rows.index[:5])) + (", …" if len(rows) > 5 else "")
        note = (
            f"{len(rows)} area(s) without a code (feature {features}) left out: "
            "the sums are too small"
        )
        for i in at:
            old = out.at[i, "mix_note"]
            out.at[i, "mix_note"] = f"{old}; {note}" if isinstance(old, str) and old else note
            out.at[i, "areas_left_out"] = out.at[i, "areas_left_out"] + len(rows)
    return out


def _without_code_line(lines, rows, held, code_field: str, noun: str, level_name: str):
    """Add to ``lines`` the warning about small areas without a code: count, feature ids, dwellings, and the
    larger areas that are too small without them."""
    features = ", ".join(map(str, rows.index[:5])) + (", …" if len(rows) > 5 else "")
    dwellings = rows["dwellings_total"].sum() if "dwellings_total" in rows else 0.0
    places = sorted(set(map(str, held.dropna())))
    text = (
        f"{len(rows)} {noun} have no code in '{code_field}' (feature {features}; "
        f"{dwellings:,.0f} dwellings) and were left out: fill in their codes, or remove them "
        "if they do not belong."
    )
    if places:
        text += (
            f" They lie in {level_name} {', '.join(places[:5])}, whose sums are too small by "
            "them (see mix_note and areas_left_out)."
        )
    lines.append(text)  # (appended as text, so that the catalogue finds the message)
    lines[-1] = LogWarning(text)  # shown as a warning


def mix_to_districts(
    mix,
    code_field: str,
    districts,
    id_field: str,
    method: str = "overlap",
    population_raster=None,
    progress: Progress = NO_PROGRESS,
):
    """Sum the tenure counts of small areas to the user's districts (each small area goes whole
    to one district, see :func:`.area_assignment.assign_areas`).

    Returns ``(districts, target, assignment, lines)``: the district layer's rows with
    ``areas``, ``areas_left_out``, the counts and the mix (a district without areas keeps its
    row, with ``areas`` 0 and a note), the district of each small area, the assignment table
    and sentences for the log.
    """
    pd = require("pandas")
    gpd = require("geopandas")
    if id_field not in districts.columns:
        raise InputError(f"The district layer has no field '{id_field}'.")
    # only areas and districts with a geometry take part: without any on either side
    # nothing can be assigned (and no spatial index of nothing is built)
    placed = spatial.usable(mix.geometry).to_numpy() if len(mix) else []
    target = pd.Series([None] * len(mix), index=mix.index, dtype=object)
    assignment = pd.DataFrame(columns=["source", "target", "overlap_share", "method"])
    if spatial.has_geometry(mix) and spatial.has_geometry(districts):
        work = mix[placed].reset_index(drop=True)
        usable_districts = districts[spatial.usable(districts.geometry)]
        assignment = assign_areas(
            work,
            code_field,
            usable_districts,
            id_field,
            method,
            population_raster,
            progress.sub(0, 80),
        )
        target[placed] = assignment["target"].to_numpy()
    summed = aggregate_mix(mix, target, name="_district").set_index("_district")
    out = districts.copy()
    ids = out[id_field].astype(str)
    clash = [c for c in summed.columns if c in out.columns]
    if clash:
        raise InputError(
            f"The district layer already has the fields {', '.join(clash)}; rename them or use "
            "another layer."
        )
    values = summed.reindex(ids.to_numpy())
    values.index = out.index
    for col in values.columns:
        out[col] = values[col]
    empty = out["areas"].isna()
    out["areas"] = out["areas"].fillna(0).astype("int64")
    out["areas_left_out"] = out["areas_left_out"].fillna(0).astype("int64")
    out["mix_note"] = out["mix_note"].astype(object).where(~empty, "no area assigned")
    if not isinstance(out, gpd.GeoDataFrame):
        out = gpd.GeoDataFrame(out, geometry=districts.geometry, crs=districts.crs)
    n_in = int(target.notna().sum())
    how = {"overlap": "largest overlap", "centroid": "population centre"}.get(method, method)
    lines = [f"{n_in:,} of {len(mix):,} areas assigned to {len(districts):,} districts by {how}."]
    if len(mix) - n_in:
        lines.append(f"{len(mix) - n_in} areas lie in no district and were left out.")
    if empty.any():
        lines.append(f"{int(empty.sum())} districts got no area: {', '.join(ids[empty].head(5))}.")
    return out, target, assignment, lines


def refuse_duplicate_codes(mix, code_field: str) -> None:
    """An InputError when an area code occurs in more than one feature: its dwellings would
    be counted twice in its kommun's, county's and larger area's mix."""
    if code_field not in mix.columns or not len(mix):
        return
    filled = mix[code_field].map(lambda v: None if is_blank(v) else codes.normalise_code(v) or v)
    filled = filled.dropna()
    twice = filled[filled.duplicated(keep=False)]
    if not len(twice):
        return
    shown = []
    for code, rows in list(twice.groupby(twice, sort=True))[:5]:
        shown.append(f"{code} in features {', '.join(map(str, rows.index[:5]))}")
    raise InputError(
        f"{twice.nunique()} area codes of '{code_field}' occur in more than one feature "
        f"({'; '.join(shown)}): their dwellings would be counted twice in the kommun's, the "
        "county's and the larger area's mix. Keep one feature per area (check the layer with "
        "'Check area layer')."
    )


def reference_mixes(mix, code_field: str):
    """``(kommun, county)`` mixes summed from the small areas of ``mix`` by the kommun and län
    parts of their codes (columns ``kommunkod`` / ``lanskod``)."""
    if code_field not in mix.columns:
        raise InputError(f"The area layer has no field '{code_field}'.")
    kommun = aggregate_mix(mix, kommun_codes(mix[code_field]), name="kommunkod")
    lan = aggregate_mix(mix, lan_codes(mix[code_field]), name="lanskod")
    return kommun, lan


def _reference_of(mix, code_field: str, target, parts):
    """Per output key: the reference code holding most of its known dwellings, and a note
    when its small areas lie in several."""
    pd = require("pandas")
    work = pd.DataFrame(
        {
            "_key": target.to_numpy(),
            "_ref": parts(mix[code_field]).to_numpy(),
            "_n": mix["dwellings_known"].fillna(0).to_numpy() if "dwellings_known" in mix else 0,
        }
    ).dropna(subset=["_key", "_ref"])
    sums = work.groupby(["_key", "_ref"])["_n"].sum().reset_index()
    sums = sums.sort_values(["_key", "_n", "_ref"], ascending=[True, False, True])
    chosen = sums.drop_duplicates("_key").set_index("_key")["_ref"]
    # keys in several references, listed (a Python list per key only for those: by every
    # key it cost more than the rest of the tool at 25,000 areas)
    several = sums[sums["_key"].duplicated(keep=False)].groupby("_key")["_ref"].agg(sorted)
    return chosen, several


def compare_with_references(
    out, out_key: str, mix, code_field: str, target, kommun: bool = True
) -> tuple:
    """Add the comparison with the kommun's and the county's mix to ``out`` (the areas at the
    output level, keyed by ``out_key``; ``target`` gives each small area of ``mix`` its output
    key). ``kommun=False`` leaves out the kommun comparison (output at kommun level).

    Returns ``(compared, kommun_mix, county_mix)``; the fields are those of
    :func:`.tenure_mix.compare_mix` (``diff_kommun_*``, ``kommun_dominant_tenure``, ...) and
    ``reference_note``. Small areas whose code holds no kommun cannot be compared and are
    named in the note.
    """
    if len(mix) == 0:  # no areas: nothing to compare, the fields stay empty
        pd = require("pandas")
        kommun_mix, lan_mix = reference_mixes(mix, code_field)
        result = out.copy()
        result[REFERENCE_NOTE] = pd.Series(dtype=object)
        for label in ("kommun", "lan") if kommun else ("lan",):
            for t in TENURES:
                result[f"diff_{label}_{t}"] = pd.Series(dtype=float)
            result[f"{label}_dominant_tenure"] = pd.Series(dtype=object)
            result[f"{label}_dominant_share"] = pd.Series(dtype=float)
            result[f"more_one_sided_than_{label}"] = pd.Series(dtype="boolean")
        return result, kommun_mix, lan_mix
    if kommun_codes(mix[code_field]).isna().all():
        raise InputError(
            f"No value in '{code_field}' is a DeSO, RegSO or kommun code, so the kommun and county "
            "cannot be read from it. Choose the code field, or leave out the comparison."
        )
    kommun_mix, lan_mix = reference_mixes(mix, code_field)
    keys = out[out_key].astype(str)
    result = out.copy()
    result[REFERENCE_NOTE] = None
    targets = (
        target.astype(object)
        .where(target.notna(), None)
        .map(lambda v: None if v is None else str(v))
    )
    for label, parts, table, ref_key, wanted in (
        ("kommun", kommun_codes, kommun_mix, "kommunkod", kommun),
        ("lan", lan_codes, lan_mix, "lanskod", True),
    ):
        if not wanted:
            continue
        chosen, several = _reference_of(mix, code_field, targets, parts)
        result["_ref"] = keys.map(chosen).to_numpy()
        result = compare_mix(result, table, "_ref", label, reference_key=ref_key)
        word = "kommuner" if label == "kommun" else "counties"
        for key, refs in several.items():
            rows = keys[keys == key].index
            text = f"lies in {len(refs)} {word} ({', '.join(refs)}); compared with {chosen[key]}"
            for r in rows:
                old = result.at[r, REFERENCE_NOTE]
                result.at[r, REFERENCE_NOTE] = f"{old}; {text}" if old else text
        result = result.drop(columns=["_ref"])
    return result, kommun_mix, lan_mix


def reference_table(kommun_mix, lan_mix):
    """The kommun and county mixes as one table with ``level`` and ``code``."""
    pd = require("pandas")
    k = kommun_mix.rename(columns={"kommunkod": "code"}).assign(level="kommun")
    c = lan_mix.rename(columns={"lanskod": "code"}).assign(level="län")
    table = pd.concat([c, k], ignore_index=True)
    return table[["level", "code", *[col for col in table.columns if col not in ("level", "code")]]]


def mark_one_sided(frame, threshold: float = ONE_SIDED_THRESHOLD, prefix: str = ""):
    """Add ``{prefix}one_sided``: the dominant share is at least ``threshold`` % (exactly the
    threshold counts, as in the flag rule); missing where the mix is missing."""
    share = frame[f"{prefix}dominant_share"]
    flag = (share >= threshold - 1e-9).astype("boolean").where(share.notna())
    frame[f"{prefix}one_sided"] = flag
    return frame
