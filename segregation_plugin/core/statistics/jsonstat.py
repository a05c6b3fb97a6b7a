"""Read a JSON-stat 2.0 dataset (PxWebAPI 2.0 ``outputFormat=json-stat2``) into the tidy table.

A dataset lists its dimensions (``id``, ``size``), each with its category codes and labels, and
the values as one flat array in row-major order (the last dimension changes fastest). Roles
say which dimension is the region (``geo``), the year (``time``) and the contents (``metric``,
whose categories carry the unit, e.g. ``procent`` or ``antal``). Missing values are ``null``,
with SCB's symbol (``..``) in ``status``.
"""

from __future__ import annotations

import json
from typing import Optional

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from .statistics_build import build_tidy
from .statistics_table import TableInfo, guess_unit, name_variables

TIME_IDS = ("tid", "time", "year", "år")
REGION_IDS = ("region", "geo")


def _load(data, label: str) -> dict:
    if isinstance(data, dict):
        return data
    try:
        if isinstance(data, bytes):
            data = data.decode("utf-8-sig")
        return json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{label} is not valid JSON ({exc}).") from exc


def _categories(dimension: dict) -> tuple:
    """``(codes in order, labels by code)`` of a JSON-stat dimension."""
    category = dimension.get("category", {})
    index = category.get("index")
    labels = category.get("label", {}) or {}
    if isinstance(index, dict):
        ordered = [c for c, _ in sorted(index.items(), key=lambda kv: kv[1])]
    elif isinstance(index, list):
        ordered = list(index)
    else:
        ordered = list(labels)
    return ordered, labels


def dimensions(dataset: dict) -> list:
    """``[(id, label, codes, labels), ...]`` in the dataset's order."""
    result = []
    for dim_id in dataset.get("id", []):
        dim = dataset.get("dimension", {}).get(dim_id, {})
        ordered, labels = _categories(dim)
        result.append((dim_id, dim.get("label", dim_id), ordered, labels))
    return result


def _role(dataset: dict, role: str, ids: list, fallback: tuple) -> Optional[str]:
    named = (dataset.get("role") or {}).get(role) or []
    for dim_id in named:
        if dim_id in ids:
            return dim_id
    for dim_id in ids:
        if dim_id.lower() in fallback:
            return dim_id
    return None


def units_of(dataset: dict, metric: Optional[str]) -> dict:
    """Contents code → declared unit (``procent``, ``antal``...)."""
    if metric is None:
        return {}
    unit = dataset["dimension"][metric].get("category", {}).get("unit", {}) or {}
    return {code: (u or {}).get("base", "") for code, u in unit.items()}


def _values(dataset: dict, n: int, label: str):
    np = require("numpy")
    raw = dataset.get("value")
    values = np.full(n, np.nan)
    present = np.zeros(n, dtype=bool)
    if isinstance(raw, list):
        if len(raw) != n:
            raise InputError(
                f"{label} has {len(raw)} values but its dimensions make {n} cells: the response "
                "is incomplete. Fetch it again."
            )
        for i, v in enumerate(raw):
            if v is not None:
                values[i] = float(v)
                present[i] = True
    elif isinstance(raw, dict):
        for key, v in raw.items():
            if v is not None:
                values[int(key)] = float(v)
                present[int(key)] = True
    else:
        raise InputError(f"{label} has no values.")
    status = dataset.get("status")
    if isinstance(status, str):
        status = dict.fromkeys(range(n), status)
    elif isinstance(status, list):
        status = {i: s for i, s in enumerate(status) if s}
    else:
        status = {int(k): s for k, s in (status or {}).items()}
    return values, present, status


def read_jsonstat(data, source: str = "", label: str = "the JSON-stat response"):
    """The tidy table of a JSON-stat 2.0 dataset (dict, JSON text or bytes)."""
    np = require("numpy")
    dataset = _load(data, label)
    if dataset.get("class") != "dataset" or "id" not in dataset or "dimension" not in dataset:
        raise InputError(
            f"{label} is not a JSON-stat 2.0 dataset (no class 'dataset' with dimensions). "
            "Ask the PxWebAPI for outputFormat=json-stat2."
        )
    dims = dimensions(dataset)
    ids = [d[0] for d in dims]
    sizes = [len(d[2]) for d in dims]
    declared_sizes = dataset.get("size", sizes)
    if list(declared_sizes) != sizes:
        raise InputError(
            f"{label}: the dimension sizes {declared_sizes} do not match the categories."
        )
    region_id = _role(dataset, "geo", ids, REGION_IDS)
    if region_id is None:
        for dim_id, _, dim_codes, _ in dims:
            if dim_codes and sum(codes.parse_code(c) is not None for c in dim_codes) >= 0.5 * len(
                dim_codes
            ):
                region_id = dim_id
                break
    if region_id is None:
        raise InputError(f"{label} has no region dimension; the table is not regional.")
    time_id = _role(dataset, "time", ids, TIME_IDS)
    metric_id = _role(dataset, "metric", ids, ("contentscode",))

    info = TableInfo(title=str(dataset.get("label", "")), source=source)
    ext = dataset.get("extension") or {}
    info.reference = str((ext.get("px") or {}).get("tableid") or ext.get("id") or "")
    n = int(np.prod(sizes)) if sizes else 0
    values, present, status = _values(dataset, n, label)
    grid = np.unravel_index(np.arange(n), sizes) if n else [np.array([], dtype=int)] * len(sizes)

    # regions
    r_pos = ids.index(region_id)
    _, _, region_codes, region_labels = dims[r_pos]
    raw_regions, keep_region = [], []
    for code in region_codes:
        name = str(region_labels.get(code, "") or "").strip()
        if name.startswith(code):
            name = name[len(code) :].strip()
        keep_region.append(codes.parse_code(code) is not None)
        raw_regions.append(f"{code} {name}" if name and name != code else code)
    dropped = [c for c, k in zip(region_codes, keep_region) if not k]
    if dropped:
        info.warn(
            f"{len(dropped)} regions are not area codes and were left out ({', '.join(dropped[:5])})."
        )

    # years
    if time_id is not None:
        t_pos = ids.index(time_id)
        time_codes = dims[t_pos][2]
        year_of = [codes.as_year(c) for c in time_codes]
        if any(y is None for y in year_of):
            bad = [c for c, y in zip(time_codes, year_of) if y is None]
            raise InputError(
                f"{label} has periods that are not years ({', '.join(bad[:3])}); only yearly "
                "statistics can be joined to areas. Choose a yearly table."
            )
        years = np.asarray(year_of, dtype=np.int64)[grid[t_pos]]
    else:
        years = np.full(n, -1, dtype=np.int64)
        info.warn(f"{label} has no time dimension; the year is left empty.")

    # variables: every combination of the other dimensions
    other = [k for k, d in enumerate(dims) if d[0] not in (region_id, time_id)]
    other_sizes = [sizes[k] for k in other]
    combos_idx = np.ndindex(*other_sizes) if other else [()]
    combos = [
        [dims[k][3].get(dims[k][2][j], dims[k][2][j]) for k, j in zip(other, c)] for c in combos_idx
    ]
    names, constants = name_variables(combos, [dims[k][1] for k in other], info.title)
    info.constants.update(constants)
    unique_names = list(dict.fromkeys(names))
    name_index = np.asarray([unique_names.index(nm) for nm in names], dtype=np.int64)
    if other:
        combo_of_cell = np.ravel_multi_index([grid[k] for k in other], other_sizes)
    else:
        combo_of_cell = np.zeros(n, dtype=np.int64)
    var_idx = name_index[combo_of_cell]

    declared = units_of(dataset, metric_id)
    if metric_id is not None and metric_id in [dims[k][0] for k in other]:
        m_at = [dims[k][0] for k in other].index(metric_id)
        m_codes = dims[ids.index(metric_id)][2]
        for c, nm in zip(np.ndindex(*other_sizes), names):
            unit = declared.get(m_codes[c[m_at]])
            if unit:
                info.units.setdefault(nm, guess_unit(nm, info.title, unit))

    kept_regions = [r for r, k in zip(raw_regions, keep_region) if k]
    new_index = np.cumsum(keep_region) - 1
    region_idx = grid[r_pos]
    idx = np.flatnonzero(np.asarray(keep_region, dtype=bool)[region_idx])
    if not len(idx):
        raise InputError(f"{label} has no values for area codes.")
    markers = [None if present[i] else (status.get(i) or "") for i in idx]
    return build_tidy(
        kept_regions,
        new_index[region_idx[idx]],
        years[idx],
        unique_names,
        var_idx[idx],
        values[idx],
        markers,
        info,
    )
