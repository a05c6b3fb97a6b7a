"""The five area types (områdestyper) of Delmos/SCB (METHODS.md §3).

Types from the mean μ and the sample standard deviation σ (ddof = 1) of the socioeconomic
index over a reference set of areas (officially: all RegSO in Sweden, unweighted, one year):

| type | rule                    | official name                                            |
|------|-------------------------|----------------------------------------------------------|
| 1    | index ≥ μ + 2σ          | Områden med stora socioekonomiska utmaningar             |
| 2    | μ + σ ≤ index < μ + 2σ  | Områden med socioekonomiska utmaningar                   |
| 3    | μ ≤ index < μ + σ       | Socioekonomiskt blandade områden                         |
| 4    | μ − σ ≤ index < μ       | Områden med goda socioekonomiska förutsättningar         |
| 5    | index < μ − σ           | Områden med mycket goda socioekonomiska förutsättningar  |

The reference is the areas given (default), a subset of them (e.g. all RegSO of a county)
or μ and σ entered by the user (e.g. the national values). The result records μ, σ, the
reference, its number of areas, the year, the V2 age group and the V3 definition. Areas
with missing inputs, or suppressed by a minimum-population rule, get no type and a reason;
they are left out of μ and σ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from ..common import codes as C
from ..common.area_type_codes import TYPES
from ..common.dependencies import require
from ..common.errors import InputError
from .ses_index import (
    AGE_NOT_STATED,
    INDEX_OFFICIAL,
    INDEX_WITHOUT_V3,
    V3_PROXY_UNEMPLOYED,
    Indicator,
    compute_index,
    guess_age_group,
    require_areas,
)

TYPE_NAMES_SV = {
    1: "Områden med stora socioekonomiska utmaningar",
    2: "Områden med socioekonomiska utmaningar",
    3: "Socioekonomiskt blandade områden",
    4: "Områden med goda socioekonomiska förutsättningar",
    5: "Områden med mycket goda socioekonomiska förutsättningar",
}
TYPE_NAMES_EN = {
    1: "Areas with major socioeconomic challenges",
    2: "Areas with socioeconomic challenges",
    3: "Socioeconomically mixed areas",
    4: "Areas with good socioeconomic conditions",
    5: "Areas with very good socioeconomic conditions",
}
# Types 1 and 2 together: common.area_type_codes.CHALLENGED_TYPES.
CHALLENGED_NAME_SV = "Områden med socioekonomiska utmaningar (typ 1–2)"
CHALLENGED_NAME_EN = "Areas with socioeconomic challenges (types 1–2)"
# Lower bound of types 1–4 in standard deviations from the mean (type 5 is below the last).
OFFICIAL_MULTIPLIERS = (2.0, 1.0, 0.0, -1.0)

OUTPUT_FIELDS = (
    "v1_low_econ_pct",
    "v2_low_edu_pct",
    "v3_pct",
    "ses_index",
    "area_type",
    "area_type_name_sv",
    "area_type_name_en",
    "type_reason",
    "in_reference",
    "ref_mean",
    "ref_sd",
    "ref_n_areas",
    "ref_description",
    "stat_year",
    "v2_age_group",
    "v3_definition",
    "index_definition",
)

AREAS, SUBSET, GIVEN = "areas", "subset", "given"


@dataclass(frozen=True)
class Reference:
    """The set of areas whose μ and σ define the types, or μ and σ given directly."""

    kind: str = AREAS
    description: str = "the areas given"
    mask: Any = None
    mean: Optional[float] = None
    sd: Optional[float] = None
    n_areas: Optional[int] = None

    @classmethod
    def areas(cls, description: str = "the areas given") -> Reference:
        """μ and σ of all areas given (those with an index)."""
        return cls(AREAS, description)

    @classmethod
    def subset(cls, mask, description: str) -> Reference:
        """μ and σ of the areas where ``mask`` is true (a boolean Series aligned on the
        frame's index, or a sequence in row order); all areas are classified."""
        return cls(SUBSET, description, mask=mask)

    @classmethod
    def region(cls, codes, region_code: str) -> Reference:
        """μ and σ of the areas whose code lies in a län or kommun (``"01"``, ``"0180"``).

        ``codes`` is the area-code column (a Series aligned on the frame's index)."""
        region = C.parse_code(region_code)
        if region is None or region.level not in (C.LAN, C.KOMMUN):
            raise InputError(f"'{region_code}' is not a län (2 digits) or kommun (4 digits) code.")
        prefix = region.code
        mask = codes.map(lambda v: (C.normalise_code(v) or "").startswith(prefix))
        return cls(SUBSET, f"areas in {C.LEVEL_NAMES[region.level]} {prefix}", mask=mask)

    @classmethod
    def given(
        cls,
        mean: float,
        sd: float,
        description: str = "national μ and σ entered by the user",
        n_areas: Optional[int] = None,
    ) -> Reference:
        """μ and σ entered by the user (e.g. SCB's national values for the year)."""
        if sd is None or not sd > 0:
            raise InputError(f"The standard deviation σ must be above 0 (got {sd}).")
        if mean is None or mean != mean:
            raise InputError("Enter the mean μ of the reference index.")
        return cls(GIVEN, description, mean=float(mean), sd=float(sd), n_areas=n_areas)

    @classmethod
    def from_result(cls, result: AreaTypes, description: Optional[str] = None) -> Reference:
        """Reuse μ and σ of another classification (e.g. a national table of the year)."""
        desc = description or f"μ and σ of {result.ref_description}"
        if result.year is not None and description is None:
            desc += f", {result.year}"
        return cls(GIVEN, desc, mean=result.mean, sd=result.sd, n_areas=result.n_reference)


@dataclass
class AreaTypes:
    """The classification: per-area fields in ``table`` and what it was computed from."""

    table: Any  # DataFrame indexed like the input, columns OUTPUT_FIELDS
    mean: float
    sd: float
    n_reference: Optional[int]
    ref_description: str
    year: Optional[int]
    v2_age_group: str
    v3_definition: str
    index_definition: str
    multipliers: tuple
    thresholds: dict  # type → lower bound of the index (type 5: none)
    warnings: list = field(default_factory=list)

    def counts(self):
        """Number of areas per type 1–5 and without a type (key ``None``)."""
        types = self.table["area_type"]
        out = {t: int((types == t).sum()) for t in TYPES}
        out[None] = int(types.isna().sum())
        return out

    def joined(self, frame):
        """A copy of ``frame`` with the output fields added (input fields of the same name
        are replaced)."""
        keep = [c for c in frame.columns if c not in self.table.columns]
        out = frame[keep].copy()
        for col in self.table.columns:
            out[col] = self.table[col]
        return out

    def summary(self) -> list:
        """Lines a planner reads in the log."""
        lines = [
            f"Reference: {self.ref_description} — μ = {self.mean:.3f}, σ = {self.sd:.3f} "
            f"(sample standard deviation), {self.n_reference or 'unknown number of'} areas"
            + (f", {self.year}" if self.year is not None else "")
            + ".",
            f"Index {self.index_definition}; V2 age group {self.v2_age_group}; "
            f"V3 {self.v3_definition}.",
        ]
        counts = self.counts()
        lines.append(
            "Areas per type: "
            + ", ".join(f"{t}: {counts[t]}" for t in TYPES)
            + f"; without type: {counts[None]}."
        )
        return lines + list(self.warnings)


def _mask_array(mask, frame, np):
    if hasattr(mask, "reindex") and hasattr(mask, "index"):
        if not mask.index.equals(frame.index):
            missing = frame.index.difference(mask.index)
            if len(missing):
                raise InputError(
                    f"The reference subset does not cover feature {missing[0]} of the layer."
                )
            mask = mask.reindex(frame.index)
        mask = mask.to_numpy()
    arr = np.asarray(mask)
    if arr.shape != (len(frame),):
        raise InputError(
            f"The reference subset has {arr.size} values for {len(frame)} areas; it must say "
            "for every area whether it belongs to the reference."
        )
    if arr.dtype == object:  # None/NaN (e.g. from a QGIS NULL) is "not in the reference"
        arr = np.array([bool(v) if v is not None and v == v else False for v in arr.tolist()])
    return arr.astype(bool)


def _assign_types(index, thresholds, np):
    """Type 1–5 per index value (0 where the index is missing); thresholds decreasing."""
    types = np.full(index.shape, 5, dtype=np.int64)
    with np.errstate(invalid="ignore"):
        for t in (4, 3, 2, 1):
            types[index >= thresholds[t]] = t
    types[np.isnan(index)] = 0
    return types


def _suppressed_mask(frame, suppressed, population_field, min_population, np):
    """Areas flagged by the minimum-population rule, and the reason for each."""
    n = len(frame)
    flag = np.zeros(n, dtype=bool)
    reason = np.full(n, "", dtype=object)
    if suppressed is not None:
        if isinstance(suppressed, str):
            if suppressed not in frame.columns:
                raise InputError(f"The suppression flag field '{suppressed}' is not in the layer.")
            flag = _mask_array(frame[suppressed], frame, np)
        else:
            flag = _mask_array(suppressed, frame, np)
        reason[flag] = "suppressed: too few residents (minimum-population rule)"
    if min_population is not None:
        if population_field is None or population_field not in frame.columns:
            raise InputError(
                "A minimum population needs the field with each area's population "
                f"(got {population_field!r})."
            )
        from .ses_index import numeric_column

        pop = numeric_column(frame, population_field, "population").to_numpy()
        small = ~np.isnan(pop) & (pop < min_population) & ~flag
        reason[small] = (
            f"suppressed: fewer than {min_population:g} residents (minimum-population rule)"
        )
        flag = flag | small
    return flag, reason


def classify_areas(
    frame,
    v1: Indicator,
    v2: Indicator,
    v3: Optional[Indicator] = None,
    *,
    reference: Reference = Reference(),
    multipliers: Sequence[float] = OFFICIAL_MULTIPLIERS,
    year: Optional[int] = None,
    v2_age_group: Optional[str] = None,
    v3_definition: str = V3_PROXY_UNEMPLOYED,
    suppressed=None,
    population_field: Optional[str] = None,
    min_population: Optional[float] = None,
) -> AreaTypes:
    """Index and area type of every row of ``frame`` (RegSO, DeSO or own districts).

    ``v1``, ``v2``, ``v3``: :class:`Indicator` (a share field or a count pair). ``v3`` may
    be left out only knowingly: the index is then (V1 + V2) / 2 and recorded as not the
    official one. ``multipliers``: lower bounds of types 1–4 in σ from μ (official
    2, 1, 0, −1). ``v2_age_group``: the age group of V2's data ('20–64', '25–64'); guessed
    from V2's field names when left out. ``suppressed``: a boolean field name or mask of
    areas below the minimum population (they get no type); or give ``population_field`` and
    ``min_population`` to apply the rule here.
    """
    np = require("numpy")
    require_areas(frame, "area layer", "classify")
    multipliers = tuple(float(m) for m in multipliers)
    if len(multipliers) != 4 or any(a <= b for a, b in zip(multipliers, multipliers[1:])):
        raise InputError(
            "The thresholds must be four decreasing multiples of σ (officially 2, 1, 0, −1): "
            f"got {multipliers}."
        )
    warnings = []
    values = compute_index(frame, v1, v2, v3)
    flag, flag_reason = _suppressed_mask(frame, suppressed, population_field, min_population, np)
    index = values["ses_index"].to_numpy(copy=True)
    if flag.any():
        for col in ("v1_low_econ_pct", "v2_low_edu_pct", "v3_pct", "ses_index"):
            values.loc[flag, col] = np.nan
        index[flag] = np.nan
        reasons = values["type_reason"].to_numpy(copy=True)
        reasons[flag] = flag_reason[flag]
        values["type_reason"] = reasons
    has_index = ~np.isnan(index)

    if reference.kind == GIVEN:
        mean, sd, n_ref = reference.mean, reference.sd, reference.n_areas
        in_ref = np.zeros(len(frame), dtype=bool)
    else:
        in_ref = has_index.copy()
        if reference.kind == SUBSET:
            in_ref &= _mask_array(reference.mask, frame, np)
        ref_values = index[in_ref]
        n_ref = int(ref_values.size)
        if n_ref < 2:
            raise InputError(
                f"The reference ({reference.description}) has {n_ref} area(s) with an index; "
                "μ and σ need at least two. Choose a larger reference or enter μ and σ."
            )
        mean = float(ref_values.mean())
        sd = float(ref_values.std(ddof=1))
        if not sd > 0:
            raise InputError(
                f"Every area of the reference ({reference.description}) has the same index "
                f"{mean:.3f}, so σ is 0 and the types are undefined. Use a larger reference "
                "or enter μ and σ."
            )
        if n_ref < 30:
            warnings.append(
                f"The reference has only {n_ref} areas: μ and σ are uncertain; consider the "
                "national values."
            )
    thresholds = {t: mean + m * sd for t, m in zip((1, 2, 3, 4), multipliers)}
    types = _assign_types(index, thresholds, np)

    if v2_age_group is None:
        v2_age_group = guess_age_group(v2.fields) or AGE_NOT_STATED
    index_definition = INDEX_OFFICIAL if v3 is not None else INDEX_WITHOUT_V3
    if v3 is None:
        v3_definition = "none (not given)"
        warnings.append("V3 was not given: the index is (V1 + V2) / 2, not the official index.")
    for label, share_field in (("V1", v1.share_field), ("V2", v2.share_field)):
        if share_field:
            col = values["v1_low_econ_pct" if label == "V1" else "v2_low_edu_pct"]
            if col.notna().sum() >= 5 and col.max() <= 1.0:
                warnings.append(
                    f"{label} ('{share_field}') is at most 1 everywhere: if it holds fractions "
                    "(0–1) rather than percent, multiply by 100 first."
                )
    n_missing = int((~has_index).sum())
    if n_missing:
        warnings.append(f"{n_missing} area(s) have no index and no type (see type_reason).")

    table = values
    pd = require("pandas")
    table["area_type"] = pd.array(np.where(types == 0, None, types), dtype="Int64")
    table["area_type_name_sv"] = [TYPE_NAMES_SV.get(t) for t in types.tolist()]
    table["area_type_name_en"] = [TYPE_NAMES_EN.get(t) for t in types.tolist()]
    table["in_reference"] = in_ref
    table["ref_mean"] = mean
    table["ref_sd"] = sd
    table["ref_n_areas"] = pd.array([n_ref] * len(frame), dtype="Int64")
    table["ref_description"] = reference.description
    table["stat_year"] = pd.array([year] * len(frame), dtype="Int64")
    table["v2_age_group"] = v2_age_group
    table["v3_definition"] = v3_definition
    table["index_definition"] = index_definition
    table = table[list(OUTPUT_FIELDS)]
    return AreaTypes(
        table=table,
        mean=mean,
        sd=sd,
        n_reference=n_ref,
        ref_description=reference.description,
        year=year,
        v2_age_group=v2_age_group,
        v3_definition=v3_definition,
        index_definition=index_definition,
        multipliers=multipliers,
        thresholds=thresholds,
        warnings=warnings,
    )


def type_name(area_type, language: str = "sv") -> Optional[str]:
    """The official name of a type (Swedish) or its English name; None for no type."""
    names = TYPE_NAMES_SV if language == "sv" else TYPE_NAMES_EN
    try:
        return names.get(int(area_type))
    except (TypeError, ValueError):
        return None
