"""Build the tidy statistics table from long records (one per cell of the source).

Every reader (exports, JSON-stat, csv responses) ends here: region codes are parsed
(``code name``, lost leading zeros restored with a warning, suffixes kept as the version),
duplicates are refused or merged, suppressed cells are listed. See :mod:`statistics_table`.
"""

from __future__ import annotations

from typing import Sequence

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from .statistics_table import (
    REGION_CODE,
    REGION_LEVEL,
    REGION_NAME,
    REGION_VERSION,
    YEAR,
    Suppressed,
    TableInfo,
    attach,
    guess_unit,
)


def _parse_regions(raw_regions: Sequence, info: TableInfo):
    """Code, name, level and version for each raw region value (``code`` or ``code name``)."""
    parsed, restored = [], []
    for raw in raw_regions:
        code, name = codes.split_code_name(raw)
        if code is None:
            fixed = codes.restore_leading_zero(raw)
            if fixed is None:
                text = "" if raw is None else str(raw).strip()
                head, _, rest = text.partition(" ")
                fixed = codes.restore_leading_zero(head)
                name = rest.strip() or None
            if fixed is None:
                raise InputError(f"'{raw}' is not an area code.")  # callers filter before
            restored.append((raw, fixed))
            code = fixed
        p = codes.parse_code(code)
        if name and name.split(" ")[0] in (p.code, code):  # "0114A0010 Upplands Väsby" again
            name = name[len(name.split(" ")[0]) :].strip() or None
        parsed.append((p.code, name, p.level, p.version))
    if restored:
        examples = ", ".join(f"{r} → {f}" for r, f in restored[:3])
        info.warn(
            f"{len(restored)} region codes had lost their leading zero ({examples}), probably "
            "because the file was opened and saved in Excel. The zeros were put back; check "
            "that the codes are right."
        )
    return parsed


def build_tidy(
    raw_regions: Sequence,
    region_idx,
    years,
    var_names: Sequence[str],
    var_idx,
    values,
    markers,
    info: TableInfo,
    where=None,
):
    """The tidy table from long records (one per cell of the source).

    ``region_idx``/``var_idx`` index ``raw_regions``/``var_names``; ``years`` holds the year
    of each record (-1 when unknown); ``values`` floats (NaN for missing); ``markers`` the
    suppression marker of each record (``None`` where the cell had a value). ``where(i)``
    describes record i's place in the source for error messages.
    """
    np = require("numpy")
    pd = require("pandas")
    region_idx = np.asarray(region_idx, dtype=np.int64)
    var_idx = np.asarray(var_idx, dtype=np.int64)
    years = np.asarray(years, dtype=np.int64)
    values = np.asarray(values, dtype=float)

    parsed = _parse_regions(raw_regions, info)
    # Regions are keyed by (code, version): a DeSO 2018 and a DeSO 2025 code are different
    # areas even when they are written alike.
    region_keys = [(p[0], p[3]) for p in parsed]
    key_codes, key_of_region = {}, np.empty(len(parsed), dtype=np.int64)
    first_name = {}
    for i, key in enumerate(region_keys):
        key_of_region[i] = key_codes.setdefault(key, len(key_codes))
        if parsed[i][1] and key not in first_name:
            first_name[key] = parsed[i][1]
    rec_region = key_of_region[region_idx]

    row_ids, row_uniques = pd.factorize(pd.MultiIndex.from_arrays([rec_region, years]))
    n_rows, n_vars = len(row_uniques), len(var_names)
    flat = row_ids.astype(np.int64) * n_vars + var_idx
    counts = np.bincount(flat, minlength=n_rows * n_vars)
    matrix = np.full(n_rows * n_vars, np.nan)
    matrix[flat] = values
    if (counts > 1).any():
        _check_duplicates(
            flat, values, counts, row_uniques, key_codes, var_names, years, info, where
        )

    keys = list(key_codes)
    row_region = row_uniques.get_level_values(0).to_numpy()
    row_year = row_uniques.get_level_values(1).to_numpy()
    level_of = {key: parsed[i][2] for i, key in enumerate(region_keys)}
    frame = pd.DataFrame(
        {
            REGION_CODE: [keys[r][0] for r in row_region],
            REGION_NAME: [first_name.get(keys[r]) for r in row_region],
            REGION_LEVEL: [level_of[keys[r]] for r in row_region],
            REGION_VERSION: [keys[r][1] for r in row_region],
            YEAR: pd.array([None if y < 0 else int(y) for y in row_year], dtype="Int64")
            if (row_year < 0).any()
            else row_year.astype(np.int64),
        }
    )
    data = pd.DataFrame(matrix.reshape(n_rows, n_vars), columns=list(var_names))
    frame = pd.concat([frame, data], axis=1)
    frame = frame.sort_values(
        [REGION_CODE, REGION_VERSION, YEAR], kind="stable", na_position="first"
    )
    frame = frame.reset_index(drop=True)

    marked = [i for i, m in enumerate(markers) if m is not None] if markers is not None else []
    info.suppressed = [
        Suppressed(
            keys[rec_region[i]][0],
            None if years[i] < 0 else int(years[i]),
            var_names[var_idx[i]],
            markers[i],
        )
        for i in marked
    ]
    for name in var_names:
        info.units.setdefault(name, guess_unit(name, info.title))
    return attach(frame, info)


def _check_duplicates(flat, values, counts, row_uniques, key_codes, var_names, years, info, where):
    np = require("numpy")
    pd = require("pandas")
    dup_cells = np.flatnonzero(counts > 1)
    records = pd.DataFrame({"cell": flat, "value": values, "record": np.arange(len(flat))})
    records = records[records["cell"].isin(dup_cells)]
    differing = records.groupby("cell")["value"].agg(lambda v: v.fillna(-1e300).nunique() > 1)
    keys = list(key_codes)
    n_vars = len(var_names)
    region_of_cell = {c: keys[row_uniques[c // n_vars][0]][0] for c in dup_cells}
    if differing.any():
        bad = differing[differing].index[:5]
        details = []
        for cell in bad:
            recs = records[records["cell"] == cell]["record"].tolist()
            places = "; ".join(where(r) for r in recs) if where else ""
            year = row_uniques[cell // n_vars][1]
            details.append(
                f"{region_of_cell[cell]} ({var_names[cell % n_vars]}"
                + (f", {year}" if year >= 0 else "")
                + ")"
                + (f" at {places}" if places else "")
            )
        raise InputError(
            "The same area occurs more than once with different values: "
            + "; ".join(details)
            + ". Remove the duplicate rows (or export the table again) and import it again."
            + (
                " A year or heading cell left empty on such a line is taken from the line "
                "above it: fill it in."
                if where
                else ""
            )
        )
    regions = sorted({region_of_cell[c] for c in dup_cells})
    info.warn(
        f"{len(regions)} areas occur twice with identical values ({', '.join(regions[:5])}"
        f"{'…' if len(regions) > 5 else ''}); each was read once."
    )
