"""Tenure mix per area (upplåtelseformer, METHODS.md §7).

From dwelling counts by tenure (hyresrätt, bostadsrätt, äganderätt; SCB's table of dwellings
by tenure) each area gets its counts, the shares of the three tenures (in % of the dwellings
whose tenure is known: "uppgift saknas" is left out of the shares and reported on its own),
the dominant tenure and its share, and the normalised Shannon entropy of the mix
(0 = one tenure only, 1 = equal thirds).

Higher levels (RegSO, kommun, own districts) are made by summing counts, never by averaging
shares. An area can be compared with its kommun's and its county's mix, in percentage points.
"""

from __future__ import annotations

import math
from typing import Mapping, Optional, Sequence

from ..common import codes as C
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import parse_numbers, row_names

# Identifiers used in field names (ASCII) and the planners' Swedish terms.
TENURES = ("hyresratt", "bostadsratt", "aganderatt")
TENURE_NAMES = {"hyresratt": "hyresrätt", "bostadsratt": "bostadsrätt", "aganderatt": "äganderätt"}
UNKNOWN = "unknown"
# Column names in SCB's export "Antal lägenheter efter region, år och upplåtelseform".
SCB_COLUMNS = {
    "hyresratt": "hyresrätt",
    "bostadsratt": "bostadsrätt",
    "aganderatt": "äganderätt",
    UNKNOWN: "uppgift saknas",
}
ONE_SIDED_THRESHOLD = 70.0  # % of dwellings in one tenure

COUNT_FIELDS = [f"dwellings_{t}" for t in TENURES]
SHARE_FIELDS = [f"share_{t}" for t in TENURES]


def tenure_name(tenure: str) -> str:
    """The Swedish term for a tenure identifier (``hyresratt`` → ``hyresrätt``)."""
    return TENURE_NAMES.get(tenure, tenure)


def tenure_id(name) -> Optional[str]:
    """The identifier of a tenure written either way (``"Hyresrätt"``, ``"hyresratt"``)."""
    text = str(name).strip().lower()
    for tid, sv in TENURE_NAMES.items():
        if text in (tid, sv):
            return tid
    return None


def to_counts(
    frame, column: str, key: Optional[str] = None, what: str = "dwellings", noun: str = "area"
):
    """The column as float counts: SCB's markers (``..``, ``.``, ``-``, empty) become missing,
    anything else that is not a non-negative number raises :class:`InputError` naming the
    rows (by the codes in ``key`` where given)."""
    np = require("numpy")
    if column not in frame.columns:
        raise InputError(
            f"The field '{column}' is not in the table (fields: {', '.join(map(str, frame.columns))}). "
            f"Choose the field that holds the number of {what}."
        )
    codes = frame[key] if key and key in frame.columns else None
    values = parse_numbers(
        frame[column],
        column,
        codes=codes,
        noun=noun,
        what=f"a number of {what}",
        action="Correct the values (SCB's markers for suppressed cells, such as '..', are read "
        "as missing).",
    )
    negative = (values < 0).to_numpy()
    if negative.any():
        first = int(np.flatnonzero(negative)[0])
        raise InputError(
            f"'{column}' in {row_names(frame.index, [first], codes, noun)[0]} is negative "
            f"({values.iloc[first]:g}). A number of {what} cannot be negative; correct the value."
        )
    return values


def mix_measures(counts, prefix: str = ""):
    """Shares (%), dominant tenure, dominant share (%) and entropy from a frame with the count
    columns ``dwellings_hyresratt``, ``dwellings_bostadsratt``, ``dwellings_aganderatt``.

    Returns a DataFrame with ``{prefix}share_*``, ``{prefix}dominant_tenure``,
    ``{prefix}dominant_share``, ``{prefix}tenure_entropy`` and ``{prefix}mix_note`` (why the
    measures are missing). Ties for the dominant tenure name every tied tenure ("hyresrätt,
    bostadsrätt").
    """
    np = require("numpy")
    pd = require("pandas")
    values = counts[COUNT_FIELDS].to_numpy(dtype=float)
    known = values.sum(axis=1)
    incomplete = np.isnan(values).any(axis=1)
    usable = ~incomplete & (known > 0)
    shares = np.full(values.shape, np.nan)
    shares[usable] = values[usable] / known[usable, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(shares > 0, shares * np.log(shares), 0.0)
    entropy = np.where(usable, -plogp.sum(axis=1) / math.log(len(TENURES)), np.nan)
    entropy = np.where(usable, np.clip(entropy, 0.0, 1.0), np.nan)
    top = np.where(usable, np.nanmax(np.where(usable[:, None], shares, 0.0), axis=1), np.nan)
    dominant = []
    notes = []
    for i in range(len(values)):
        if incomplete[i]:
            missing = [tenure_name(t) for t, v in zip(TENURES, values[i]) if np.isnan(v)]
            dominant.append(None)
            notes.append(f"count of {', '.join(missing)} missing (suppressed or empty)")
        elif not usable[i]:
            dominant.append(None)
            notes.append("no dwellings with known tenure")
        else:
            tied = [tenure_name(t) for t, s in zip(TENURES, shares[i]) if s >= top[i] - 1e-12]
            dominant.append(", ".join(tied))
            notes.append(None)
    out = pd.DataFrame(index=counts.index)
    for j, t in enumerate(TENURES):
        out[f"{prefix}share_{t}"] = shares[:, j] * 100.0
    out[f"{prefix}dominant_tenure"] = dominant
    out[f"{prefix}dominant_share"] = top * 100.0
    out[f"{prefix}tenure_entropy"] = entropy
    out[f"{prefix}mix_note"] = notes
    return out


def _with_totals(counts):
    """Add ``dwellings_known``, ``dwellings_total`` and ``share_unknown`` to a count frame."""
    known = counts[COUNT_FIELDS].sum(axis=1, min_count=len(TENURES))
    counts["dwellings_known"] = known.where(counts[COUNT_FIELDS].notna().all(axis=1))
    counts["dwellings_total"] = counts["dwellings_known"] + counts["dwellings_unknown"].fillna(0)
    total = counts["dwellings_total"]
    counts["share_unknown"] = (counts["dwellings_unknown"] / total * 100.0).where(total > 0)
    return counts


def tenure_mix(
    frame,
    hyresratt: str = SCB_COLUMNS["hyresratt"],
    bostadsratt: str = SCB_COLUMNS["bostadsratt"],
    aganderatt: str = SCB_COLUMNS["aganderatt"],
    unknown: Optional[str] = SCB_COLUMNS[UNKNOWN],
    key: Optional[str] = None,
):
    """Tenure mix per row of ``frame`` (one row per area).

    The count columns are named by the caller (defaults: SCB's export). ``unknown`` may be
    ``None`` or absent from the table: then ``dwellings_unknown`` is missing. ``key`` (the area
    code column) only improves error messages. Returns a copy of ``frame`` with
    ``dwellings_*`` (hyresratt, bostadsratt, aganderatt, unknown, known, total),
    ``share_*`` (% of known), ``share_unknown`` (% of all dwellings), ``dominant_tenure``,
    ``dominant_share`` (%), ``tenure_entropy`` (0–1) and ``mix_note``.
    """
    np = require("numpy")
    columns = {"hyresratt": hyresratt, "bostadsratt": bostadsratt, "aganderatt": aganderatt}
    out = frame.copy()
    for t, col in columns.items():
        out[f"dwellings_{t}"] = to_counts(frame, col, key)
    if unknown and unknown in frame.columns:
        out["dwellings_unknown"] = to_counts(frame, unknown, key)
    else:
        out["dwellings_unknown"] = np.nan
    out = _with_totals(out)
    measures = mix_measures(out)
    for col in measures.columns:
        out[col] = measures[col]
    has_unknown = out["dwellings_unknown"].fillna(0) > 0
    no_known = out["dwellings_known"] == 0
    all_unknown = no_known & has_unknown
    out.loc[all_unknown, "mix_note"] = out.loc[all_unknown, "dwellings_unknown"].map(
        lambda n: f"all {n:,.0f} dwellings have unknown tenure (uppgift saknas)"
    )
    return out


def aggregate_mix(mix, by, name: Optional[str] = None, progress=None):
    """Sum the counts of a :func:`tenure_mix` result to higher areas and recompute the mix.

    ``by`` is a column of ``mix`` (e.g. ``regsokod``, a district field) or a Series aligned
    with it (e.g. ``mix["desokod"].str[:4]`` for kommun). Shares are recomputed from the
    summed counts, never averaged. An area with a missing count (suppressed) is left out of its
    group entirely, so that the group's shares stay consistent; ``areas_left_out`` says how
    many and ``mix_note`` which. Rows without a key are left out (reported through
    ``progress.info``). Returns one row per key with ``areas`` (number of areas summed).
    """
    pd = require("pandas")
    if isinstance(by, str):
        if by not in mix.columns:
            raise InputError(f"The field '{by}' to aggregate by is not in the table.")
        keys = mix[by]
        name = name or by
    else:
        keys = pd.Series(by, index=mix.index)
        name = name or "key"
    missing = [c for c in COUNT_FIELDS if c not in mix.columns]
    if missing:
        raise InputError(
            f"The table has no {', '.join(missing)}: compute the tenure mix first (tenure_mix)."
        )
    no_key = keys.isna() | (keys.astype(str).str.strip() == "")
    if no_key.any() and progress is not None:
        progress.info(f"{int(no_key.sum())} areas have no key to aggregate by and are left out.")
    work = mix.loc[~no_key, COUNT_FIELDS + ["dwellings_unknown"]].astype(float)
    work["_key"] = keys[~no_key].astype(str).str.strip().to_numpy()
    incomplete = work[COUNT_FIELDS].isna().any(axis=1)
    work["_left_out"] = incomplete.astype(int)
    label = mix.index.to_series()
    for candidate in ("desokod", "regsokod", "code"):
        if candidate in mix.columns:
            label = mix[candidate]
            break
    work["_label"] = label.loc[work.index].astype(str)
    complete = work[~incomplete]
    sums = complete.groupby("_key")[COUNT_FIELDS + ["dwellings_unknown"]].sum(min_count=1)
    sums[COUNT_FIELDS] = sums[COUNT_FIELDS].fillna(0)
    groups = work.groupby("_key")
    out = pd.DataFrame(index=groups.size().index)
    out["areas"] = groups.size()
    out = out.join(sums)
    out[COUNT_FIELDS] = out[COUNT_FIELDS].fillna(0)
    out["areas_left_out"] = groups["_left_out"].sum()
    out = _with_totals(out)
    measures = mix_measures(out)
    out = out.join(measures)
    left = work[incomplete].groupby("_key")["_label"].agg(", ".join)
    for k, labels in left.items():
        note = f"left out (missing counts): {labels}"
        old = out.at[k, "mix_note"]
        out.at[k, "mix_note"] = f"{old}; {note}" if old else note
    out.index.name = name
    return out.reset_index()


def kommun_codes(values):
    """Kommun code of each area code (``0114A0010`` → ``0114``), missing when malformed."""
    return values.map(C.kommun_of)


def lan_codes(values):
    """Län code of each area code (``0114A0010`` → ``01``), missing when malformed."""
    return values.map(C.lan_of)


def compare_mix(mix, reference, by: str, label: str, reference_key: Optional[str] = None):
    """Compare each area's mix with a reference mix (its kommun's, its county's...).

    ``reference`` is a mix table (from :func:`tenure_mix` or :func:`aggregate_mix`) with one
    row per reference key in column ``reference_key`` (default: ``by``); ``mix[by]`` names each
    area's reference. Adds ``diff_{label}_{tenure}`` (area share minus reference share, in
    percentage points), ``{label}_dominant_tenure``, ``{label}_dominant_share`` and
    ``more_one_sided_than_{label}`` (the area's dominant share is larger than the reference's
    dominant share; missing when either mix is missing).
    """
    reference_key = reference_key or by
    if by not in mix.columns:
        raise InputError(f"The field '{by}' naming each area's {label} is not in the table.")
    if reference_key not in reference.columns:
        raise InputError(f"The {label} table has no field '{reference_key}'.")
    ref = reference.set_index(reference[reference_key].astype(str))
    keys = mix[by].astype(str)
    out = mix.copy()
    for t in TENURES:
        ref_share = keys.map(ref[f"share_{t}"])
        out[f"diff_{label}_{t}"] = out[f"share_{t}"] - ref_share
    out[f"{label}_dominant_tenure"] = keys.map(ref["dominant_tenure"])
    ref_top = keys.map(ref["dominant_share"])
    out[f"{label}_dominant_share"] = ref_top
    both = out["dominant_share"].notna() & ref_top.notna()
    # a nullable boolean, so that a missing comparison stays missing and the field is boolean
    more = (out["dominant_share"] > ref_top + 1e-9).astype("boolean").where(both)
    out[f"more_one_sided_than_{label}"] = more
    return out


def compare_with_kommun_and_county(mix, code_column: str):
    """:func:`compare_mix` with the kommun's and the county's (län) mix, both summed from the
    areas in ``mix`` by the first four and two characters of their codes (DeSO or RegSO).

    The references are the sums over the areas in the table: a table of one kommun's areas
    gives that kommun's mix as its own county mix. Returns ``(compared, kommun_mix, lan_mix)``.
    """
    out = mix.copy()
    out["_kommun"] = kommun_codes(out[code_column])
    out["_lan"] = lan_codes(out[code_column])
    if out["_kommun"].isna().all():
        raise InputError(
            f"No value in '{code_column}' is a DeSO or RegSO code; the kommun cannot be read "
            "from it. Choose the code field or aggregate by a kommun field with aggregate_mix."
        )
    kommun = aggregate_mix(out, "_kommun", name="kommunkod")
    lan = aggregate_mix(out, "_lan", name="lanskod")
    out = compare_mix(out, kommun, "_kommun", "kommun", reference_key="kommunkod")
    out = compare_mix(out, lan, "_lan", "lan", reference_key="lanskod")
    return out.drop(columns=["_kommun", "_lan"]), kommun, lan


def shares_of(counts: Mapping[str, float]) -> dict:
    """Shares (%) of a dict of counts by tenure; empty when there are no dwellings."""
    total = sum(float(counts.get(t, 0) or 0) for t in TENURES)
    if total <= 0:
        return {}
    return {t: float(counts.get(t, 0) or 0) / total * 100.0 for t in TENURES}


def entropy_of(counts: Mapping[str, float]) -> float:
    """Normalised Shannon entropy (0–1) of a dict of counts; NaN without dwellings."""
    shares = shares_of(counts)
    if not shares:
        return float("nan")
    h = -sum(s / 100 * math.log(s / 100) for s in shares.values() if s > 0)
    return min(1.0, max(0.0, h / math.log(len(TENURES))))


def dominant_of(counts: Mapping[str, float]) -> tuple[Sequence[str], float]:
    """(tenures with the largest share, that share in %); ``((), nan)`` without dwellings."""
    return dominant_in(shares_of(counts))


def dominant_in(shares: Mapping[str, float]) -> tuple[Sequence[str], float]:
    """:func:`dominant_of` from the shares :func:`shares_of` gives."""
    if not shares:
        return (), float("nan")
    top = max(shares.values())
    return tuple(t for t in TENURES if shares[t] >= top - 1e-9), top
