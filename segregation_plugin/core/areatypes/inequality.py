"""Ojämlikhetsindex, population in challenged areas and Delmos' criteria (METHODS.md §4).

- Ojämlikhetsindex of a kommun or län: the index of dissimilarity between the low and the
  high income group over the areas inside it, D = ½ · Σ |aᵢ/A − bᵢ/B| · 100. The groups
  (income quartile 1 vs 4, quintile 1 vs 5, low vs high economic standard) are a parameter
  and recorded. It equals PySAL's ``Dissim`` with the low group as the group and low + high
  as the total, times 100.
- Population share in types 1–2 (områden med socioekonomiska utmaningar) per kommun.
- Delmos' criteria for a kommun with large challenges, each reported on its own with the
  values behind it: ojämlikhetsindex ≥ mean + 1 SD of all kommuner nationally; share in
  types 1–2 ≥ mean + 1.5 SD. Mean and SD (sample, ddof = 1) are computed from the kommuner
  given — national only when all 290 are given, which the output states — or entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..common import codes as C
from ..common.area_type_codes import CHALLENGED_TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from .segregation_measures import ALL_AREAS, region_groups
from .ses_index import numeric_column

INCOME_GROUPS = {
    "quartiles": "income quartile 1 vs quartile 4",
    "quintiles": "income quintile 1 vs quintile 5",
    "economic_standard": "low vs high economic standard",
}
N_KOMMUNER_SWEDEN = 290
INEQUALITY_FIELDS = (
    "region",
    "region_level",
    "ojamlikhetsindex",
    "low_count",
    "high_count",
    "n_areas",
    "n_excluded",
    "income_groups",
    "note",
)
SHARE_FIELDS = (
    "region",
    "population",
    "population_typed",
    "population_type1",
    "population_type2",
    "population_type12",
    "share_type12_pct",
    "n_areas",
    "n_areas_no_type",
)


def _describe_groups(groups: str) -> str:
    return INCOME_GROUPS.get(groups, groups)


def _level_of(region_level, region_field):
    if region_field:
        return region_field
    return C.LEVEL_NAMES.get(region_level, region_level)


def ojamlikhetsindex(
    frame,
    low_field: str,
    high_field: str,
    *,
    region_level: Optional[str] = C.KOMMUN,
    code_field: Optional[str] = None,
    region_field: Optional[str] = None,
    groups: str = "quartiles",
    include_all: bool = False,
):
    """Ojämlikhetsindex per kommun or län (``region_level`` from ``code_field``, or the
    values of ``region_field``) over the areas (DeSO) in ``frame``.

    ``low_field`` and ``high_field`` are counts of persons in the low and the high income
    group. Areas with a missing count are left out and counted in ``n_excluded``.
    """
    np = require("numpy")
    pd = require("pandas")
    low = numeric_column(frame, low_field, "low income group")
    high = numeric_column(frame, high_field, "high income group")
    for series, field in ((low, low_field), (high, high_field)):
        negative = series < 0
        if negative.any():
            raise InputError(
                f"Feature {negative[negative].index[0]}: '{field}' is negative; counts of "
                "persons cannot be."
            )
    usable = low.notna() & high.notna()
    level = _level_of(region_level if not region_field else None, region_field)
    rows = []
    groups_text = _describe_groups(groups)
    region_args = (region_field, None if region_field else region_level, code_field)
    for label, idx in region_groups(frame, *region_args, include_all):
        sel = usable.loc[idx]
        keep = sel[sel].index
        a, b = low.loc[keep].to_numpy(), high.loc[keep].to_numpy()
        A, B = float(a.sum()), float(b.sum())
        note = []
        if (~sel).any():
            note.append(f"{int((~sel).sum())} area(s) without counts left out")
        if A > 0 and B > 0:
            value = 0.5 * float(np.abs(a / A - b / B).sum()) * 100.0
        else:
            value = np.nan
            note.append("undefined: no persons in the low or the high group")
        rows.append(
            {
                "region": label,
                "region_level": level if label != ALL_AREAS else ALL_AREAS,
                "ojamlikhetsindex": value,
                "low_count": A,
                "high_count": B,
                "n_areas": len(keep),
                "n_excluded": int((~sel).sum()),
                "income_groups": groups_text,
                "note": "; ".join(note),
            }
        )
    return pd.DataFrame(rows, columns=list(INEQUALITY_FIELDS))


def share_in_challenged_types(
    frame,
    type_field: str,
    population_field: str,
    *,
    region_level: Optional[str] = C.KOMMUN,
    code_field: Optional[str] = None,
    region_field: Optional[str] = None,
    include_all: bool = False,
):
    """Population in types 1–2 and its share (%) of the whole population, per kommun or
    län (METHODS.md §4: the share of the kommun's residents). Areas without a type are in
    the denominator: their residents are counted in ``population`` (and not in
    ``population_typed``) and the areas in ``n_areas_no_type``."""
    pd = require("pandas")
    if type_field not in frame.columns:
        raise InputError(f"The area-type field '{type_field}' is not in the layer.")
    codes = frame[code_field] if code_field and code_field in frame.columns else None
    types = parse_area_types(frame[type_field], type_field, codes=codes)
    pop = numeric_column(frame, population_field, "population", codes).fillna(0.0)
    rows = []
    region_args = (region_field, None if region_field else region_level, code_field)
    for label, idx in region_groups(frame, *region_args, include_all):
        t, p = types.loc[idx], pop.loc[idx]
        typed = t.notna()
        p12 = float(p[t.isin(CHALLENGED_TYPES)].sum())
        p_typed, p_all = float(p[typed].sum()), float(p.sum())
        rows.append(
            {
                "region": label,
                "population": p_all,
                "population_typed": p_typed,
                "population_type1": float(p[t == 1].sum()),
                "population_type2": float(p[t == 2].sum()),
                "population_type12": p12,
                "share_type12_pct": 100.0 * p12 / p_all if p_all > 0 else float("nan"),
                "n_areas": int(len(t)),
                "n_areas_no_type": int((~typed).sum()),
            }
        )
    return pd.DataFrame(rows, columns=list(SHARE_FIELDS))


@dataclass(frozen=True)
class NationalValues:
    """National mean and SD of the ojämlikhetsindex and of the share in types 1–2 over all
    kommuner, entered by the user (e.g. from Segregationsbarometern)."""

    inequality_mean: float
    inequality_sd: float
    share_mean: float
    share_sd: float
    description: str = "national mean and SD entered by the user"


def _mean_sd(values, np):
    """Mean and sample SD of the known values; the SD is NaN for fewer than two."""
    v = values[~np.isnan(values)]
    mean = float(v.mean()) if v.size else float("nan")
    return mean, float(v.std(ddof=1)) if v.size >= 2 else float("nan")


def _spread_problem(mean: float, sd: float, n: int, entered: bool) -> Optional[str]:
    """Why a criterion cannot be judged with this SD, or None when it can: without spread
    (SD 0, or unknown for fewer than two kommuner) 'mean + k·SD' is the mean itself and
    every kommun at or above it would 'meet' the criterion. An SD of rounding noise (equal
    values computed in different ways) counts as 0."""
    if sd == sd and sd > 1e-9 * max(1.0, abs(mean) if mean == mean else 1.0):
        return None
    if entered:
        return f"the SD entered is {sd:g}, not above 0"
    if n < 2:
        return f"it is known for {n} kommun{'er' if n != 1 else ''} only, so it has no SD"
    return f"it is the same in all {n} kommuner (SD 0), so no kommun stands out"


def municipal_criteria(
    inequality,
    shares=None,
    *,
    national: Optional[NationalValues] = None,
    inequality_sd_factor: float = 1.0,
    share_sd_factor: float = 1.5,
):
    """Delmos' two criteria per kommun, each with the values behind it, and ranks.

    ``inequality``: :func:`ojamlikhetsindex` per kommun; ``shares``:
    :func:`share_in_challenged_types` per kommun (matched on ``region``), or None when no
    area types are at hand (the second criterion is then empty). A criterion whose value is
    missing is neither met nor unmet (empty). Ranks: 1 = highest value.
    """
    np = require("numpy")
    pd = require("pandas")
    left = inequality[["region", "ojamlikhetsindex", "income_groups"]]
    if shares is None:
        shares = pd.DataFrame(
            {"region": left["region"], "share_type12_pct": np.nan, "population": np.nan}
        )
    right = shares[["region", "share_type12_pct", "population"]]
    table = left.merge(right, on="region", how="outer").sort_values("region")
    table = table.reset_index(drop=True)
    ineq = table["ojamlikhetsindex"].to_numpy(dtype=float)
    share = table["share_type12_pct"].to_numpy(dtype=float)
    has_types = bool(np.isfinite(share).any())  # without area types criterion 2 stays empty
    if national is None:
        n = int(np.isfinite(ineq).sum())
        ineq_mean, ineq_sd = _mean_sd(ineq, np)
        share_mean, share_sd = _mean_sd(share, np) if has_types else (np.nan, np.nan)
        description = f"mean and SD (sample) of the {n} kommuner given" + (
            "" if n >= N_KOMMUNER_SWEDEN else f" — not national (Sweden has {N_KOMMUNER_SWEDEN})"
        )
    else:
        ineq_mean, ineq_sd = national.inequality_mean, national.inequality_sd
        share_mean, share_sd = national.share_mean, national.share_sd
        description = national.description
        if has_types and share_mean != share_mean:  # national values without area types
            share_mean, share_sd = _mean_sd(share, np)
            n = int(np.isfinite(share).sum())
            description += f"; share in types 1–2 against the {n} kommuner given" + (
                "" if n >= N_KOMMUNER_SWEDEN else " — not national (no national area types)"
            )
    warnings = []
    criteria = (
        ("ineq", ineq, ineq_mean, ineq_sd, inequality_sd_factor, "crit_inequality", True),
        ("share", share, share_mean, share_sd, share_sd_factor, "crit_share", has_types),
    )
    for prefix, values, mean, sd, factor, field, judged in criteria:
        n_known = int(np.isfinite(values).sum())
        entered = national is not None and not (
            prefix == "share" and national.share_mean != national.share_mean
        )
        problem = _spread_problem(mean, sd, n_known, entered) if judged else None
        threshold = mean + factor * sd if problem is None else float("nan")
        table[f"{prefix}_ref_mean"] = mean
        table[f"{prefix}_ref_sd"] = sd
        table[f"{prefix}_threshold"] = threshold
        table[field] = _criterion(values, np.full(len(table), threshold), pd, np)
        if problem:
            number = 1 if prefix == "ineq" else 2
            what = "ojämlikhetsindex" if prefix == "ineq" else "share in types 1–2"
            warnings.append(
                f"Criterion {number} ({what}) cannot be judged: {problem}. It is left empty "
                "for every kommun, never 'met'. Give more kommuner, or enter the national "
                "mean and SD (e.g. from Segregationsbarometern)."
            )
            description += f"; criterion {number} not judged: {problem}"
    table["criteria_met"] = table["crit_inequality"].fillna(False).astype(int) + table[
        "crit_share"
    ].fillna(False).astype(int)
    table["ref_description"] = description
    table["rank_inequality"] = _rank(table["ojamlikhetsindex"], pd)
    table["rank_share"] = _rank(table["share_type12_pct"], pd)
    table.attrs["warnings"] = warnings
    return table


def _criterion(values, thresholds, pd, np):
    """Met, not met, or empty where the value or the threshold is missing."""
    met = np.where(np.isnan(values) | np.isnan(thresholds), None, values >= thresholds)
    return pd.array(met, dtype="boolean")


def _rank(series, pd):
    return pd.array(series.rank(ascending=False, method="min").to_numpy(), dtype="Int64")


def ranked(table, by: str = "ojamlikhetsindex"):
    """``table`` sorted from the highest ``by`` down, with a ``rank`` column (1 = highest;
    ties share a rank; missing values last, without a rank)."""
    pd = require("pandas")
    if by not in table.columns:
        raise InputError(f"The table has no column '{by}' to rank by.")
    out = table.copy()
    out["rank"] = _rank(out[by], pd)
    return out.sort_values([by], ascending=False, na_position="last").reset_index(drop=True)
