"""Values of a frame's columns as QGIS takes them in a feature's attributes: Python numbers,
text and None — never numpy scalars, NaN or pandas' <NA>. Whole columns are converted at
once where they hold plain values (numbers, text, pandas' nullable Int64/boolean/Float64),
other columns value by value."""

from __future__ import annotations

import contextlib
import functools
import math

from ..core.common.dependencies import require


@functools.cache
def _pandas():
    """pandas, looked up once (``_native`` runs for every value written)."""
    try:
        return require("pandas")
    except ImportError:
        return None


def native(value):
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    pd = _pandas()
    if pd is not None:
        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    return value


def native_column(series) -> list:
    """The values of a column as :func:`native` gives them, a whole numpy column at once
    (integers, booleans, floats with NaN as None); other columns value by value."""
    np = require("numpy")
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iub":
        return series.to_numpy().tolist()
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        values = series.to_numpy()
        out = values.tolist()
        for i in np.flatnonzero(np.isnan(values)).tolist():
            out[i] = None
        return out
    if getattr(dtype, "kind", "") in "iubf" and hasattr(dtype, "na_value"):
        # pandas' nullable Int64, boolean, Float64: Python numbers, None for <NA>
        values = series.to_numpy(dtype=object, na_value=None).tolist()
    else:
        values = series.tolist()
    kinds = set(map(type, values))
    if kinds <= PLAIN_TYPES:  # text, whole numbers, None: already native
        return values
    if kinds <= PLAIN_TYPES | {float}:  # ... and floats: NaN becomes None
        return [None if v.__class__ is float and v != v else v for v in values]
    return [native(v) for v in values]


PLAIN_TYPES = frozenset({str, int, bool, type(None)})
