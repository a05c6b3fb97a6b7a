"""Segregation measures (METHODS.md §5), defined as in PySAL's ``segregation`` package.

For a group count x_i and a total t_i per area (T = Σt, X = Σx, P = X/T, p_i = x_i/t_i,
p_i = 0 where t_i = 0):

- dissimilarity (``Dissim``): D = Σ t_i |p_i − P| / (2 T P (1 − P))
  (equal to ½ Σ |x_i/X − y_i/Y| with y = t − x);
- isolation (``Isolation``): xPx = Σ (x_i/X)(x_i/t_i);
- exposure (``Interaction``): xPy = Σ (x_i/X)(y_i/t_i);
- entropy (``Entropy``): H = Σ t_i (E − E_i) / (E T), E = P ln(1/P) + (1−P) ln(1/(1−P)),
  E_i likewise from p_i (0 where p_i is 0 or 1);
- Gini (``Gini``): G = Σ_i Σ_j t_i t_j |p_i − p_j| / (2 T² P (1 − P));
- spatial dissimilarity (``SpatialDissim``, Morrill): SD = D − Σ c_ij |p_i − p_j| / Σ c_ij,
  c binary queen contiguity (PySAL's default; ``row_standardised`` as its ``standardize``);
- multigroup Theil information index (``MultiInfoTheory``): H = Σ_i Σ_k t_i p_ik
  ln(p_ik / P_k) / (T E), E = Σ_k P_k ln(1/P_k), natural logarithm.

Areas (rows) whose counts are missing are left out and counted, never taken as zero.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ..common import codes as C
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import require_not_negative
from ..common.progress import NO_PROGRESS, Progress
from .contiguity import VERTEX, queen_pairs
from .ses_index import numeric_column, require_areas

MEASURES = ("dissimilarity", "isolation", "exposure", "entropy", "gini", "spatial_dissimilarity")
TABLE_FIELDS = (
    "region",
    "n_areas",
    "n_excluded",
    "group_count",
    "total_count",
    "group_share_pct",
    *MEASURES,
    "note",
)
ALL_AREAS = "all"


def _arrays(group, total):
    np = require("numpy")
    x = np.asarray(group, dtype=float)
    t = np.asarray(total, dtype=float)
    if x.shape != t.shape or x.ndim != 1:
        raise InputError("The group and total counts must be two lists of the same length.")
    if np.isnan(x).any() or np.isnan(t).any():
        raise InputError("The counts contain missing values; leave those areas out first.")
    if (x < 0).any() or (t < 0).any():
        raise InputError("Counts cannot be negative.")
    if (t < x).any():
        pos = int(np.argmax(t < x))
        raise InputError(
            f"In area {pos} (row order) the group ({x[pos]:g}) is larger than the total "
            f"({t[pos]:g}); the total must include the group."
        )
    return np, x, t


def _shares(np, x, t):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(t == 0, 0.0, x / t)


def dissimilarity(group, total) -> float:
    """Index of dissimilarity D (0 = even, 1 = complete separation)."""
    np, x, t = _arrays(group, total)
    T = t.sum()
    P = x.sum() / T
    with np.errstate(divide="ignore", invalid="ignore"):
        return float((t * np.abs(_shares(np, x, t) - P) / (2 * T * P * (1 - P))).sum())


def isolation(group, total) -> float:
    """Isolation xPx: the group share in the area of the average group member."""
    np, x, t = _arrays(group, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.nansum((x / x.sum()) * (x / t)))


def exposure(group, total) -> float:
    """Exposure (interaction) xPy: the share of others in the area of the average group
    member."""
    np, x, t = _arrays(group, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.nansum((x / x.sum()) * ((t - x) / t)))


def entropy(group, total) -> float:
    """Entropy (information theory) index H for two groups (the group and the rest)."""
    np, x, t = _arrays(group, total)
    T = t.sum()
    P = x.sum() / T
    p = _shares(np, x, t)
    with np.errstate(divide="ignore", invalid="ignore"):
        E = P * np.log(1 / P) + (1 - P) * np.log(1 / (1 - P))
        Ei = np.nan_to_num(p * np.log(1 / p) + (1 - p) * np.log(1 / (1 - p)))
        return float(np.nansum(t * (E - Ei) / (E * T)))


def gini(group, total) -> float:
    """Gini index G (computed in O(n log n) by sorting the area shares)."""
    np, x, t = _arrays(group, total)
    T = t.sum()
    P = x.sum() / T
    p = _shares(np, x, t)
    order = np.argsort(p, kind="mergesort")
    ps, ts = p[order], t[order]
    before_t = np.concatenate(([0.0], np.cumsum(ts)[:-1]))  # Σ t_i over i ranked below
    before_tp = np.concatenate(([0.0], np.cumsum(ts * ps)[:-1]))
    pair_sum = 2.0 * (ts * (ps * before_t - before_tp)).sum()  # Σ_i Σ_j t_i t_j |p_i − p_j|
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(pair_sum / (2 * T * T * P * (1 - P)))


def spatial_dissimilarity(group, total, pairs, row_standardised: bool = False) -> float:
    """Morrill's spatial dissimilarity with neighbour ``pairs`` (i, j) by position (both
    directions, as :func:`contiguity.queen_pairs` gives). Areas without neighbours add
    nothing (PySAL gives NaN for them when row-standardised)."""
    np, x, t = _arrays(group, total)
    i, j = (np.asarray(a, dtype=np.int64) for a in pairs)
    d = dissimilarity(x, t)
    if i.size == 0:
        return float("nan")
    p = _shares(np, x, t)
    weights = np.ones(i.size)
    if row_standardised:
        degree = np.bincount(i, minlength=len(x)).astype(float)
        weights = 1.0 / degree[i]
    return float(d - (weights * np.abs(p[i] - p[j])).sum() / weights.sum())


def theil_multigroup(counts) -> float:
    """Multigroup Theil information index H for an areas × groups table of counts."""
    np = require("numpy")
    df = np.asarray(counts, dtype=float)
    if df.ndim != 2 or df.shape[1] < 2:
        raise InputError("The multigroup index needs two or more group columns.")
    if np.isnan(df).any() or (df < 0).any():
        raise InputError("The group counts must be present and not negative.")
    T = df.sum()
    ti = df.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        pik = df / ti[:, None]
        Pk = df.sum(axis=0) / T
        E = (Pk * np.log(1 / Pk)).sum()
        return float(np.nansum(ti[:, None] * pik * np.log(pik / Pk)) / (T * E))


def regions_of(frame, code_field: str, level: str):
    """The kommun or län code of every area, from its area code."""
    if code_field not in frame.columns:
        raise InputError(f"The area-code field '{code_field}' is not in the layer.")
    parse = {C.KOMMUN: C.kommun_of, C.LAN: C.lan_of}.get(level)
    if parse is None:
        raise InputError(f"Regions are '{C.KOMMUN}' or '{C.LAN}', not '{level}'.")
    regions = frame[code_field].map(parse)
    if regions.isna().any():
        first = regions[regions.isna()].index[0]
        raise InputError(
            f"Feature {first}: '{frame[code_field].loc[first]}' is not an area code from which "
            f"the {C.LEVEL_NAMES[level]} can be read."
        )
    return regions


def region_groups(frame, region_field, region_level, code_field, include_all):
    """(label, index of rows) for every region, then the whole set."""
    groups = []
    if region_field or region_level:
        if region_field:
            if region_field not in frame.columns:
                raise InputError(f"The region field '{region_field}' is not in the layer.")
            regions = frame[region_field].astype(str)
        else:
            regions = regions_of(frame, code_field, region_level)
        for label, rows in regions.groupby(regions, sort=True).groups.items():
            groups.append((str(label), rows))
    if include_all or not groups:
        groups.append((ALL_AREAS, frame.index))
    return groups


def segregation_indices(
    frame,
    group_field: str,
    total_field: str,
    *,
    region_field: Optional[str] = None,
    region_level: Optional[str] = None,
    code_field: Optional[str] = None,
    include_all: bool = True,
    contiguity: str = VERTEX,
    row_standardised: bool = False,
    progress: Progress = NO_PROGRESS,
):
    """All single-group measures per region (``region_field``, or ``region_level``
    'kommun'/'lan' read from ``code_field``) and for all areas together.

    Spatial dissimilarity needs polygons (a GeoDataFrame); neighbours are queen contiguity
    among the areas of the region. Returns a DataFrame with :data:`TABLE_FIELDS`.
    """
    np = require("numpy")
    pd = require("pandas")
    require_areas(frame, "area layer", "measure")
    if code_field:  # an area in two features would be summed twice
        C.require_unique_codes(frame[code_field], code_field)
    x_all = numeric_column(frame, group_field, "group")
    t_all = numeric_column(frame, total_field, "total")
    codes = frame[code_field] if code_field else None
    require_not_negative(x_all, group_field, codes=codes)
    require_not_negative(t_all, total_field, codes=codes)
    usable = x_all.notna() & t_all.notna()
    over = usable & (x_all > t_all)
    if over.any():
        first = over[over].index[0]
        raise InputError(
            f"Feature {first}: '{group_field}' ({x_all[first]:g}) is larger than "
            f"'{total_field}' ({t_all[first]:g}); the total must include the group."
        )
    spatial = getattr(frame, "_geometry_column_name", None) in frame.columns
    position = pd.Series(np.arange(len(frame)), index=frame.index)
    pairs = queen_pairs(frame.geometry.to_numpy(), contiguity) if spatial else None
    rows = []
    groups = region_groups(frame, region_field, region_level, code_field, include_all)
    for k, (label, idx) in enumerate(groups):
        progress.check()
        sel = usable.loc[idx]
        keep = sel[sel].index
        x, t = x_all.loc[keep].to_numpy(), t_all.loc[keep].to_numpy()
        row = {"region": label, "n_areas": len(keep), "n_excluded": int((~sel).sum())}
        notes = []
        if row["n_excluded"]:
            notes.append(f"{row['n_excluded']} area(s) without counts left out")
        X, T = float(x.sum()), float(t.sum())
        row.update(group_count=X, total_count=T, group_share_pct=100 * X / T if T else np.nan)
        if len(keep) < 2 or T == 0 or X == 0 or X == T:
            notes.append("measures undefined: fewer than two areas or the group is 0 % or 100 %")
            row.update({m: np.nan for m in MEASURES})
        else:
            row.update(
                dissimilarity=dissimilarity(x, t),
                isolation=isolation(x, t),
                exposure=exposure(x, t),
                entropy=entropy(x, t),
                gini=gini(x, t),
                spatial_dissimilarity=np.nan,
            )
            if spatial:
                row["spatial_dissimilarity"] = _spatial_in(
                    np, pairs, position.loc[keep].to_numpy(), x, t, row_standardised
                )
                if row["spatial_dissimilarity"] != row["spatial_dissimilarity"]:
                    notes.append("no neighbouring areas: spatial dissimilarity undefined")
            else:
                notes.append("no geometry: spatial dissimilarity not computed")
        row["note"] = "; ".join(notes)
        rows.append(row)
        progress.set(100.0 * (k + 1) / len(groups))
    return pd.DataFrame(rows, columns=list(TABLE_FIELDS))


def _spatial_in(np, pairs, positions, x, t, row_standardised):
    """Spatial dissimilarity over the areas at ``positions`` (neighbours inside the set)."""
    i, j = pairs
    local = np.full(max(int(i.max()) + 1 if i.size else 0, int(positions.max()) + 1), -1)
    local[positions] = np.arange(len(positions))
    li, lj = local[i], local[j]
    inside = (li >= 0) & (lj >= 0)
    return spatial_dissimilarity(x, t, (li[inside], lj[inside]), row_standardised)


def theil_table(
    frame,
    group_fields: Sequence[str],
    *,
    region_field: Optional[str] = None,
    region_level: Optional[str] = None,
    code_field: Optional[str] = None,
    include_all: bool = True,
):
    """Multigroup Theil index per region and for all areas: columns region, n_areas,
    n_excluded, groups, theil_multigroup."""
    pd = require("pandas")
    require_areas(frame, "area layer", "measure")
    if code_field:
        C.require_unique_codes(frame[code_field], code_field)
    if len(group_fields) < 2:
        raise InputError("Choose two or more group fields (e.g. the income quartiles).")
    counts = pd.DataFrame({f: numeric_column(frame, f, f"group '{f}'") for f in group_fields})
    usable = counts.notna().all(axis=1)
    rows = []
    for label, idx in region_groups(frame, region_field, region_level, code_field, include_all):
        sel = usable.loc[idx]
        values = counts.loc[sel[sel].index].to_numpy()
        value = theil_multigroup(values) if len(values) >= 2 else float("nan")
        rows.append(
            {
                "region": label,
                "n_areas": int(sel.sum()),
                "n_excluded": int((~sel).sum()),
                "groups": ", ".join(group_fields),
                "theil_multigroup": value,
            }
        )
    return pd.DataFrame(rows)
