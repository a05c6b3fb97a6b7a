"""The national baseline of Delmos' criteria: mean and SD over all 290 kommuner.

Officially a kommun's ojämlikhetsindex and its share of residents in types 1–2 are compared
with the mean and SD of all kommuner in Sweden (METHODS.md §4). When the DeSO loaded cover
all 290 kommuner, the kommuner in the layer are that baseline. Otherwise it comes, in this
order, from national tables the user gives (all DeSO with the income groups; all RegSO or DeSO
with area types and residents for criterion 2), from the values stored earlier for the same
year and income groups (a cache folder in the user's QGIS profile), or — said plainly — from
the kommuner in the layer.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, replace
from pathlib import Path
from typing import Optional

from ..common import codes as C
from ..common.errors import InputError
from .inequality import N_KOMMUNER_SWEDEN, NationalValues, ojamlikhetsindex
from .inequality import share_in_challenged_types as shares_of
from .inequality_report import group_counts


def covers_country(area_codes) -> bool:
    """True when the areas lie in all 290 kommuner."""
    return len({C.kommun_of(c) for c in area_codes} - {None}) >= N_KOMMUNER_SWEDEN


def _mean_sd(values) -> tuple:
    v = [float(x) for x in values if x == x]
    if len(v) < 2:
        return float("nan"), float("nan")
    mean = sum(v) / len(v)
    return mean, math.sqrt(sum((x - mean) ** 2 for x in v) / (len(v) - 1))


def _require_national(regions, what: str, source: str) -> None:
    n = len({r for r in regions if r})
    if n < N_KOMMUNER_SWEDEN:
        raise InputError(
            f"The national {what} ({source}) covers {n} kommuner, not all "
            f"{N_KOMMUNER_SWEDEN}: it is not national. Give the table of all of Sweden."
        )


def national_values(
    deso,
    code_field: str,
    low_field: str,
    high_field: str,
    *,
    persons_field: Optional[str] = None,
    groups: str = "quartiles",
    types=None,
    types_code_field: Optional[str] = None,
    type_field: str = "area_type",
    population_field: Optional[str] = None,
    source: str = "national tables",
) -> NationalValues:
    """Mean and SD (sample) over all kommuner of the ojämlikhetsindex of national DeSO and,
    with national area types, of the share of residents in types 1–2 (NaN without them)."""
    import pandas as pd

    low, high = group_counts(deso, low_field, high_field, persons_field, deso[code_field])
    work = pd.DataFrame({"code": deso[code_field], "low": low, "high": high}, index=deso.index)
    ineq = ojamlikhetsindex(work, "low", "high", region_level=C.KOMMUN, code_field="code")
    _require_national(ineq["region"], "DeSO table", source)
    ineq_mean, ineq_sd = _mean_sd(ineq["ojamlikhetsindex"])
    share_mean = share_sd = float("nan")
    what = f"ojämlikhetsindex of all {len(ineq)} kommuner"
    if types is not None:
        if not population_field:
            raise InputError("The national area types need their residents field.")
        shares = shares_of(
            types,
            type_field,
            population_field,
            region_level=C.KOMMUN,
            code_field=types_code_field or code_field,
        )
        _require_national(shares["region"], "area-type table", source)
        share_mean, share_sd = _mean_sd(shares["share_type12_pct"])
        what += " and their share in types 1–2"
    description = f"national: mean and SD (sample) of the {what} ({source})"
    return NationalValues(ineq_mean, ineq_sd, share_mean, share_sd, description)


def _cache_file(cache_dir, year: int, groups: str) -> Path:
    return Path(cache_dir) / f"delmos_criteria_{int(year)}_{groups}.json"


def save_baseline(cache_dir, year: Optional[int], groups: str, values: NationalValues):
    """Store national values for the year and groups (not without a year). The file."""
    if cache_dir is None or year is None:
        return None
    path = _cache_file(cache_dir, year, groups)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(values), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def load_baseline(cache_dir, year: Optional[int], groups: str) -> Optional[NationalValues]:
    if cache_dir is None or year is None:
        return None
    try:
        data = json.loads(_cache_file(cache_dir, year, groups).read_text(encoding="utf-8"))
        values = NationalValues(**data)
    except (OSError, ValueError, TypeError):
        return None
    return values if values.inequality_sd > 0 else None


def national_baseline(
    area_codes,
    *,
    year: Optional[int],
    groups: str,
    national: Optional[NationalValues] = None,
    cache_dir=None,
) -> tuple:
    """``(national values or None, log lines, values to store or None)``.

    None means "the kommuner in the layer": national themselves when they are all 290,
    else not national, which the lines say plainly (and the criteria's ``ref_description``
    says "not national")."""
    kommuner = {C.kommun_of(c) for c in area_codes} - {None}
    lines = []
    if len(kommuner) >= N_KOMMUNER_SWEDEN:
        lines.append(
            f"Baseline of the criteria: the {len(kommuner)} kommuner in the layer — national."
        )
        return None, lines, None
    if national is not None:
        lines.append(f"Baseline of the criteria: {national.description}.")
        return national, lines, national
    cached = load_baseline(cache_dir, year, groups)
    if cached is not None:
        stored = replace(cached, description=f"{cached.description}, stored for {year}")
        lines.append(f"Baseline of the criteria: {stored.description} in {cache_dir}.")
        return stored, lines, None
    why = "no national tables given and none stored" + (
        f" for {year}" if year is not None else " (year not stated)"
    )
    lines.append(
        f"The baseline of Delmos' criteria is NOT national: {why}. Mean and SD are of the "
        f"{len(kommuner)} kommun(er) in the layer. Give the national DeSO table (and national "
        "area types) once to judge against the country."
    )
    return None, lines, None
