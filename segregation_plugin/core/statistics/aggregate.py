"""Aggregate statistics from small areas to larger ones (METHODS.md §2).

DeSO → RegSO → kommun → län, or DeSO → the user's own districts. The rules:

- **counts are summed**;
- **a share is never averaged**: it is rebuilt from numerator and denominator. Either a pair of
  count fields (``ratios``: share = 100 · Σ numerator / Σ denominator) or a share plus the
  population it is a share of (``shares``: numerator = share/100 · base per area, then the
  same);
- a value the source suppressed (missing) makes the aggregate of that field missing too, since
  the sum would be too small; ``allow_partial`` sums what there is instead and says how many
  values were missing;
- with ``min_population``, an output area with fewer inhabitants than that gets no values and
  is flagged, because small areas can identify individuals.

The key from small to large areas is a field (``regsokod`` on a DeSO layer), a level derived
from the codes (kommun and län are the first 4 and 2 characters), or a key table such as
SCB's ``koppling_deso2018_regso2020.csv`` (:func:`read_key_table`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import parse_numbers, require_not_negative
from ..common.text_table import read_text_table
from .aggregate_report import left_out_table

SOURCE, TARGET, TARGET_NAME = "source", "target", "target_name"
SOURCE_AREAS, MISSING_VALUES, POPULATION, SUPPRESSED_FLAG, NOTE = (
    "source_areas",
    "missing_values",
    "population",
    "suppressed",
    "note",
)
CODE_FIELDS = {
    codes.REGSO: ("regsokod", "regsonamn"),
    codes.KOMMUN: ("kommunkod", "kommunnamn"),
    codes.LAN: ("lanskod", "lansnamn"),
    codes.RIKET: ("rikskod", "riksnamn"),
}


@dataclass(frozen=True)
class Ratio:
    """share = 100 · Σ numerator / Σ denominator, written to ``name``."""

    numerator: str
    denominator: str
    name: str


@dataclass(frozen=True)
class Share:
    """A share (%) aggregated through ``base``, the population it is a share of."""

    share: str
    base: str


# --- keys -------------------------------------------------------------------------------------
def read_key_table(path):
    """A key table (csv) as a frame of text columns, as it is (BOM, ; or , and Latin-1 handled).

    Codes are kept as text so ``0114`` stays ``0114``.
    """
    pd = require("pandas")
    text = read_text_table(path)
    rows = [r for r in text.rows if any(cell for cell in r)]
    if len(rows) < 2:
        raise InputError(f"The key table {path} has no rows.")
    header, body = rows[0], rows[1:]
    width = len(header)
    body = [r + [""] * (width - len(r)) if len(r) < width else r[:width] for r in body]
    table = pd.DataFrame(body, columns=[h or f"column {i + 1}" for i, h in enumerate(header)])
    table.attrs["source"] = str(path)  # for messages that name the file
    return table


def _code_column(frame, level: str, exclude=()) -> Optional[str]:
    best, best_share = None, 0.0
    for col in frame.columns:
        if col in exclude:
            continue
        sample = frame[col].dropna().astype(str).head(500)
        if not len(sample):
            continue
        share = sum(codes.level_of(v) == level for v in sample) / len(sample)
        if share > best_share:
            best, best_share = col, share
    return best if best_share >= 0.9 else None


def key_from_table(
    table,
    from_level: str = codes.DESO,
    to_level: str = codes.REGSO,
    from_field: Optional[str] = None,
    to_field: Optional[str] = None,
    name_field: Optional[str] = None,
):
    """A key (columns ``source``, ``target``, ``target_name``) from a key table.

    The code columns are found by content (``DeSO_2018`` holds DeSO codes, ``RegSOkod_2020``
    RegSO codes) unless named; the name column is the text column whose name mentions the
    target level (``RegSO_2020``) and that is not a code column.
    """
    pd = require("pandas")
    from_field = from_field or _code_column(table, from_level)
    to_field = to_field or _code_column(table, to_level, exclude=(from_field,))
    if not from_field or not to_field:
        raise InputError(
            f"The key table has no column of {codes.LEVEL_NAMES[from_level]} codes and one of "
            f"{codes.LEVEL_NAMES[to_level]} codes (columns: {', '.join(table.columns)}). Name them."
        )
    for name in (from_field, to_field, name_field):
        if name and name not in table.columns:
            raise InputError(
                f"The key table has no column {name} (it has {', '.join(table.columns)})."
            )
    if name_field is None:
        word = {codes.REGSO: "regso", codes.KOMMUN: "kommun", codes.LAN: "län"}.get(to_level, "")
        for col in table.columns:
            if col in (from_field, to_field) or not word or word not in col.lower():
                continue
            values = table[col].astype(str)
            if (
                _code_column(table[[col]], to_level) is None
                and not values.str.fullmatch(r"\d*").all()
            ):
                name_field = col
                break
    key = pd.DataFrame(
        {
            SOURCE: table[from_field].map(codes.normalise_code),
            TARGET: table[to_field].map(codes.normalise_code),
            TARGET_NAME: table[name_field].astype(str) if name_field else None,
        }
    )
    bad = key[SOURCE].isna() | key[TARGET].isna()
    if bad.any():
        rows = ", ".join(str(i + 2) for i in key.index[bad][:5])
        raise InputError(
            f"The key table has {int(bad.sum())} rows without valid codes (lines {rows})."
        )
    dup = key.duplicated(SOURCE, keep=False)
    if dup.any():
        conflicting = key[dup].drop_duplicates([SOURCE, TARGET])
        if conflicting.duplicated(SOURCE).any():
            raise InputError(
                "The key table puts some areas in two places: "
                + ", ".join(conflicting[conflicting.duplicated(SOURCE, keep=False)][SOURCE].head(5))
            )
        key = key.drop_duplicates(SOURCE)
    return key.reset_index(drop=True)


def key_from_codes(source_codes, to_level: str, names=None):
    """A key from the codes themselves (kommun, län, riket lie in the code)."""
    pd = require("pandas")
    source = pd.Series(list(source_codes)).map(codes.normalise_code)
    target = source.map(lambda c: codes.code_of_level(c, to_level) if c else None)
    if target.isna().all():
        raise InputError(
            f"The {codes.LEVEL_NAMES.get(to_level, to_level)} cannot be read from these codes; use "
            "a key table or a field with the target codes."
        )
    return pd.DataFrame({SOURCE: source, TARGET: target, TARGET_NAME: names})


def key_from_fields(frame, code_field: str, target_field: str, name_field: Optional[str] = None):
    """A key from two fields of the same layer (``desokod`` → ``regsokod``), one row per
    feature (index: the frame's), so that :func:`aggregate` can take each feature's own
    target (``row_target``) and a feature without a code is never given another's."""
    pd = require("pandas")
    return pd.DataFrame(
        {
            SOURCE: frame[code_field].map(codes.normalise_code).to_numpy(),
            TARGET: frame[target_field].map(target_code).to_numpy(),
            TARGET_NAME: frame[name_field].to_numpy() if name_field else None,
        },
        index=frame.index,
    )


def target_code(value) -> Optional[str]:
    """A target field's value: an area code normalised (``0114R001``), anything else as
    text; ``None`` when empty."""
    if is_blank(value):
        return None
    return codes.normalise_code(value) or str(value).strip()


def is_blank(value) -> bool:
    """An empty cell: NULL, NaN or text of spaces only."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(require("pandas").isna(value))
    except (TypeError, ValueError):
        return False


# --- aggregation ------------------------------------------------------------------------------
def _numeric(frame, name: str, area_codes=None):
    """The field as numbers: SCB's markers are missing (so the aggregate is too), text that
    is not a number is an InputError naming the field and the areas."""
    if name not in frame.columns:
        raise InputError(
            f"There is no field '{name}' to aggregate (fields: {', '.join(map(str, frame.columns))})."
        )
    return parse_numbers(frame[name], name, codes=area_codes)


def aggregate(
    frame,
    key,
    counts: Sequence[str] = (),
    ratios: Sequence = (),
    shares: Sequence = (),
    code_field: str = "region_code",
    allow_partial: bool = False,
    population: Optional[str] = None,
    min_population: Optional[float] = None,
    row_target=None,
):
    """Aggregate ``frame`` (one row per small area) by ``key``.

    ``key`` is a frame from :func:`key_from_table`/:func:`key_from_codes`/:func:`key_from_fields`
    or a pandas Series (source code → target code). ``row_target`` (one value per row of
    ``frame``, e.g. each DeSO's own ``regsokod`` or the district it was assigned to) takes the
    place of looking the codes up in the key. ``counts`` are summed; ``ratios`` are
    :class:`Ratio` or ``(numerator, denominator, name)``; ``shares`` are :class:`Share` or
    ``(share, base)``. ``population`` names the count used for ``min_population``.

    A row without a code in ``code_field`` is never summed: it is left out, and a target it
    would have gone to (by ``row_target``) is left empty like one with a suppressed value
    (or summed without it with ``allow_partial``), with a note. ``result.attrs`` tell what
    was left out (:func:`left_out`).

    Returns a frame indexed by target code with ``target_name``, ``source_areas``,
    ``missing_values``, the aggregated fields, and (with ``min_population``) ``population``,
    ``suppressed`` and ``note``.
    """
    np = require("numpy")
    pd = require("pandas")
    ratios = [r if isinstance(r, Ratio) else Ratio(*r) for r in ratios]
    shares = [s if isinstance(s, Share) else Share(*s) for s in shares]
    if isinstance(key, pd.Series):
        key = pd.DataFrame({SOURCE: key.index, TARGET: key.to_numpy(), TARGET_NAME: None})
    source_codes = frame[code_field].map(lambda v: codes.normalise_code(v) or v)
    blank = frame[code_field].map(is_blank).astype(bool)
    if row_target is not None:
        target = pd.Series(list(row_target), index=frame.index, dtype=object)
        target = target.map(lambda v: None if is_blank(v) else v)
    else:
        known = key[key[SOURCE].notna()]
        target = source_codes.map(dict(zip(known[SOURCE], known[TARGET])))
    held = target.where(blank)  # where the rows without a code would have gone
    target = target.where(~blank)
    unassigned = int((target.isna() & ~blank).sum())
    work = pd.DataFrame(index=frame.index)
    work[TARGET] = target

    # per small area: numerators and denominators of every output
    numer, denom, outputs = {}, {}, []
    for name in counts:
        work[name] = _numeric(frame, name, source_codes)
        # a sum of areas is of persons or dwellings: a negative one is an error in the data
        require_not_negative(work[name], name, codes=source_codes)
        outputs.append(("count", name))
    for share in shares:
        s, b = _numeric(frame, share.share, source_codes), _numeric(frame, share.base, source_codes)
        work[f"_num {share.share}"] = s / 100.0 * b
        work[f"_den {share.share}"] = b.where(s.notna())
        work[f"_miss {share.share}"] = s.isna() | b.isna()
        numer[share.share], denom[share.share] = f"_num {share.share}", f"_den {share.share}"
        outputs.append(("share", share.share))
        if share.base not in counts and share.base not in [o[1] for o in outputs]:
            work[share.base] = b
            outputs.append(("count", share.base))
    for ratio in ratios:
        n = _numeric(frame, ratio.numerator, source_codes)
        d = _numeric(frame, ratio.denominator, source_codes)
        work[f"_num {ratio.name}"] = n.where(d.notna())
        work[f"_den {ratio.name}"] = d.where(n.notna())
        work[f"_miss {ratio.name}"] = n.isna() | d.isna()
        numer[ratio.name], denom[ratio.name] = f"_num {ratio.name}", f"_den {ratio.name}"
        outputs.append(("ratio", ratio.name))
    if population and population not in work.columns:
        work[population] = _numeric(frame, population, source_codes)
        require_not_negative(work[population], population, codes=source_codes)

    grouped = work[work[TARGET].notna()].groupby(TARGET, sort=True)
    targets = set(work[TARGET].dropna()) | set(held.dropna())
    result = pd.DataFrame(index=pd.Index(sorted(targets), name=TARGET))
    names = key.dropna(subset=[TARGET]).drop_duplicates(TARGET).set_index(TARGET)[TARGET_NAME]
    result[TARGET_NAME] = names.reindex(result.index)
    result[SOURCE_AREAS] = grouped.size().reindex(result.index).fillna(0).astype("int64")
    missing_total = pd.Series(0, index=result.index, dtype="int64")
    incomplete = {}
    for kind, name in outputs:
        if kind == "count":
            sums = grouped[name].sum(min_count=1)
            miss = work[name].isna().groupby(work[TARGET]).sum()
        else:
            sums_n = grouped[numer[name]].sum(min_count=1)
            sums_d = grouped[denom[name]].sum(min_count=1)
            with np.errstate(divide="ignore", invalid="ignore"):
                sums = 100.0 * sums_n / sums_d.where(sums_d != 0)
            miss = grouped[f"_miss {name}"].sum().astype("int64")
        miss = miss.reindex(result.index).fillna(0).astype("int64")
        sums = sums.reindex(result.index)
        if not allow_partial:
            sums = sums.where(miss == 0)
        result[name] = sums.astype(float)
        missing_total += miss
        incomplete[name] = miss
    result[MISSING_VALUES] = missing_total
    notes = pd.Series("", index=result.index, dtype=object)
    for name, miss in incomplete.items():
        has = miss > 0
        tail = " (summed without them)" if allow_partial else ", left empty"
        notes[has] = notes[has] + miss[has].map(
            lambda m, n=name, t=tail: f"{n}: {m} source value{'s' if m != 1 else ''} missing{t}; "
        )
    without_code = held.dropna()
    if len(without_code):
        value_cols = [name for _, name in outputs]
        for place, rows in without_code.groupby(without_code, sort=True):
            if not allow_partial:
                result.loc[place, value_cols] = np.nan
            features = ", ".join(map(str, rows.index[:5])) + (", …" if len(rows) > 5 else "")
            notes[place] += (
                f"{len(rows)} source area{'s' if len(rows) != 1 else ''} without a code "
                f"(feature {features}) left out"
                + ("; the sums are too small; " if allow_partial else ", values left empty; ")
            )

    if min_population is not None and population:
        pop = grouped[population].sum(min_count=1).reindex(result.index)
        result[POPULATION] = pop.astype(float)
        small = pop.isna() | (pop < float(min_population))
        value_cols = [name for _, name in outputs]
        result.loc[small, value_cols] = np.nan
        result[SUPPRESSED_FLAG] = small.astype(bool)
        notes[small] = notes[small] + pop[small].map(
            lambda p: (
                "population unknown: values withheld"
                if pd.isna(p)
                else f"population {p:,.0f} < {min_population:,.0f}: values withheld"
            )
        )
    result[NOTE] = notes.str.rstrip("; ")
    result.attrs["unassigned"] = unassigned
    result.attrs["row_target"] = work[TARGET].fillna(held)
    residents = population or next(iter(counts), None) or next((s.base for s in shares), None)
    result.attrs["left_out"] = left_out_table(
        frame, code_field, blank, target, held, work, residents
    )
    return result


def dissolve_geometry(frame, key_target, index):
    """The union of the small areas' geometries per target (for a layer of the large areas)."""
    gpd = require("geopandas")
    geo = gpd.GeoDataFrame(
        {TARGET: key_target.to_numpy()}, geometry=frame.geometry.to_numpy(), crs=frame.crs
    )
    geo = geo[geo[TARGET].notna()]
    dissolved = geo.dissolve(by=TARGET)
    return dissolved.geometry.reindex(index)


def level_result(result, level: str):
    """The aggregate as a table of ``level`` areas: ``regsokod``/``kommunkod``/``lanskod`` and
    the name field (when names are known) first."""
    code_field, name_field = CODE_FIELDS.get(level, ("code", "name"))
    out = result.reset_index().rename(columns={TARGET: code_field, TARGET_NAME: name_field})
    if out[name_field].isna().all():
        out = out.drop(columns=[name_field])
    return out
