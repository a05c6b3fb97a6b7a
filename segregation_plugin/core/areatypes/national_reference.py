"""The national reference of the area types: μ and σ of the index over all of Sweden.

Officially the types are computed against all RegSO of the country (METHODS.md §3). When the
areas loaded cover all 290 kommuner they are the national reference themselves. Otherwise
μ and σ come, in this order, from

1. national tables the user gives (every DeSO or RegSO of Sweden with V1–V3, e.g. SCB's
   national exports imported), computed with the same index definition as the areas;
2. the values stored earlier for the same level, year and index definition in a cache
   folder (in the user's QGIS profile), so they are computed once;
3. nothing national: the areas loaded, and the output says plainly that the reference is
   not national.

Each national value is stored as one small JSON file per level, year and definition.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from ..common import codes as C
from ..common.errors import InputError
from .area_types import Reference, classify_areas

N_KOMMUNER_SWEDEN = 290
NOT_NATIONAL = "not national"


@dataclass(frozen=True)
class NationalIndex:
    """μ and σ of the index over all areas of one level in Sweden, and what they are of."""

    mean: float
    sd: float
    n_areas: int
    level: str
    year: Optional[int]
    index_definition: str
    v2_age_group: str
    v3_definition: str
    source: str
    computed_on: str

    def describe(self) -> str:
        year = f" {self.year}" if self.year is not None else ""
        return (
            f"national: all {self.n_areas} {C.LEVEL_NAMES.get(self.level, self.level)} of "
            f"Sweden{year} ({self.source}, computed {self.computed_on})"
        )

    def reference(self) -> Reference:
        return Reference.given(self.mean, self.sd, self.describe(), n_areas=self.n_areas)


def kommuner_covered(area_codes) -> set:
    """The kommun codes the areas' codes lie in."""
    return {k for k in (C.kommun_of(c) for c in area_codes) if k}


def covers_country(area_codes) -> bool:
    """True when the areas lie in all 290 kommuner of Sweden."""
    return len(kommuner_covered(area_codes)) >= N_KOMMUNER_SWEDEN


def level_of_codes(area_codes) -> Optional[str]:
    return C.detect_level([c for c in area_codes if c])


def national_index(
    frame,
    code_field: str,
    v1,
    v2,
    v3=None,
    *,
    year: Optional[int],
    v2_age_group: Optional[str] = None,
    v3_definition: str,
    source: str,
) -> NationalIndex:
    """μ and σ (sample, ddof = 1) of the index of every area in a national table.

    The table must cover all 290 kommuner; its areas are classified against themselves
    exactly as :func:`classify_areas` does, so the values are those of the official rule."""
    codes = frame[code_field].map(C.normalise_code)
    found = kommuner_covered(codes)
    if len(found) < N_KOMMUNER_SWEDEN:
        raise InputError(
            f"The national table ({source}) has areas in {len(found)} kommuner, not all "
            f"{N_KOMMUNER_SWEDEN}: it is not national. Give the export of all DeSO or RegSO "
            "of Sweden."
        )
    level = level_of_codes(codes)
    result = classify_areas(
        frame,
        v1,
        v2,
        v3,
        reference=Reference.areas("all areas of the national table"),
        year=year,
        v2_age_group=v2_age_group,
        v3_definition=v3_definition,
    )
    return NationalIndex(
        mean=result.mean,
        sd=result.sd,
        n_areas=int(result.n_reference),
        level=level or "",
        year=year,
        index_definition=result.index_definition,
        v2_age_group=result.v2_age_group,
        v3_definition=result.v3_definition,
        source=source,
        computed_on=date.today().isoformat(),
    )


# --- the cache --------------------------------------------------------------------------------
def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", str(text).lower()).strip("-")[:60] or "none"


def cache_file(
    cache_dir, level: str, year: int, index_definition: str, v2_age_group: str, v3_definition: str
) -> Path:
    """The file of one national value: level, year and the index's definition."""
    parts = (level, str(year), index_definition, v2_age_group, v3_definition)
    return Path(cache_dir) / ("_".join(_slug(p) for p in parts) + ".json")


def load_cached(cache_dir, level, year, index_definition, v2_age_group, v3_definition):
    """The stored :class:`NationalIndex`, or None when there is none (or it is unreadable)."""
    if cache_dir is None or year is None:
        return None
    path = cache_file(cache_dir, level, year, index_definition, v2_age_group, v3_definition)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        value = NationalIndex(**data)
    except (OSError, ValueError, TypeError):
        return None
    if not value.sd > 0:
        return None
    return value


def save_cached(cache_dir, value: NationalIndex) -> Optional[Path]:
    """Store ``value`` (only with a year: a value without one cannot be found again)."""
    if cache_dir is None or value.year is None:
        return None
    path = cache_file(
        cache_dir,
        value.level,
        value.year,
        value.index_definition,
        value.v2_age_group,
        value.v3_definition,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(value), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


# --- the choice -------------------------------------------------------------------------------
def check_same_definition(national: NationalIndex, level, index_definition, v3_definition):
    """Refuse national values of another level or index than the areas'."""
    if level and national.level and national.level != level:
        raise InputError(
            f"The national table holds {C.LEVEL_NAMES.get(national.level, national.level)} but "
            f"the areas are {C.LEVEL_NAMES.get(level, level)}: μ and σ differ between levels. "
            "Give the national table of the same level (Aggregate areas sums DeSO to RegSO)."
        )
    if (national.index_definition, national.v3_definition) != (index_definition, v3_definition):
        raise InputError(
            f"The national table gives the index {national.index_definition} with V3 "
            f"'{national.v3_definition}', the areas {index_definition} with V3 "
            f"'{v3_definition}': they must be the same index. Give the national table of the "
            "same variables."
        )


def national_reference(
    area_codes,
    *,
    year: Optional[int],
    index_definition: str,
    v2_age_group: str,
    v3_definition: str,
    national: Optional[NationalIndex] = None,
    cache_dir=None,
) -> tuple:
    """``(reference, lines, national value or None to store)`` for areas with these codes.

    ``national``: computed from national tables the user gave (stored for next time);
    without it the cache is looked up; without both the loaded areas are the reference and
    the description and the lines say it is not national."""
    codes = [C.normalise_code(c) for c in area_codes]
    level = level_of_codes(codes)
    n_kommuner = len(kommuner_covered(codes))
    lines = []
    if n_kommuner >= N_KOMMUNER_SWEDEN:
        ref = Reference.areas(f"all areas in the layer — national (all {n_kommuner} kommuner)")
        lines.append(f"Reference: the areas cover all {n_kommuner} kommuner — national.")
        return ref, lines, None
    if national is not None:
        check_same_definition(national, level, index_definition, v3_definition)
        lines.append(f"Reference: {national.describe()}.")
        if national.year is not None and year is not None and national.year != year:
            lines.append(
                f"The national table is of {national.year}, the areas of {year}: μ and σ of "
                "another year."
            )
        return national.reference(), lines, national
    cached = load_cached(cache_dir, level, year, index_definition, v2_age_group, v3_definition)
    if cached is not None:
        lines.append(f"Reference: {cached.describe()}, stored in {cache_dir}.")
        return cached.reference(), lines, None
    why = (
        "no national table given and none stored for "
        f"{C.LEVEL_NAMES.get(level, level or 'these areas')} {year or '(year not stated)'}"
    )
    description = f"all areas in the layer — {NOT_NATIONAL}: {why}"
    lines.append(
        f"The reference is NOT national: {why}. μ and σ are of the {len(codes)} areas loaded "
        f"({n_kommuner} kommun(er)), so the types are not those of Segregationsbarometern. "
        "Give the national tables (all DeSO or RegSO of Sweden) once to classify against "
        "the country."
    )
    return Reference.areas(description), lines, None


def from_result(result, level: Optional[str], source: str) -> NationalIndex:
    """The national values of a classification whose areas cover the country."""
    return NationalIndex(
        mean=result.mean,
        sd=result.sd,
        n_areas=int(result.n_reference),
        level=level or "",
        year=result.year,
        index_definition=result.index_definition,
        v2_age_group=result.v2_age_group,
        v3_definition=result.v3_definition,
        source=source,
        computed_on=date.today().isoformat(),
    )
