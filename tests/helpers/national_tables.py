"""A tiny national table worked by hand: 290 kommuner with two RegSO each, index 10 or 30.

V1 = V2 = V3 = the index in every area, so the index is that value. Over the 580 RegSO,
μ = 20 and σ (sample) = 10 · √(580/579) = 10.00864. A kommun of four RegSO with the index
12, 14, 30 and 45 has its own μ = 25.25 and σ = √(714.75/3) = 15.4353:

| index | own reference (μ + σ = 40.69, μ − σ = 9.81) | national (μ + 2σ = 40.017) |
|-------|------------------------------------------------|----------------------------|
| 12    | 4                                              | 4 (μ − σ = 9.991)          |
| 14    | 4                                              | 4                          |
| 30    | 3                                              | 3 (μ + σ = 30.0086)        |
| 45    | 2                                              | 1                          |
"""

from __future__ import annotations

import math

import pandas as pd

V1_NAME = "Låg ekonomisk standard, procent"
V2_NAME = "andel förgymnasial utbildning"
V3_NAME = "andel arbetslösa 16-64 år"
NATIONAL_MEAN = 20.0
NATIONAL_SD = 10.0 * math.sqrt(580 / 579)
LOCAL_INDEX = (12.0, 14.0, 30.0, 45.0)
LOCAL_TYPES = (4, 4, 3, 2)
NATIONAL_TYPES = (4, 4, 3, 1)


def kommun_codes():
    """290 made-up four-digit kommun codes (the shape is what counts)."""
    return [f"{1000 + i:04d}" for i in range(290)]


def _frame(codes, values):
    return pd.DataFrame({"regsokod": codes, V1_NAME: values, V2_NAME: values, V3_NAME: values})


def national_regso() -> pd.DataFrame:
    codes, values = [], []
    for kommun in kommun_codes():
        codes += [f"{kommun}R001", f"{kommun}R002"]
        values += [10.0, 30.0]
    return _frame(codes, values)


def local_regso(kommun: str = "2999") -> pd.DataFrame:
    codes = [f"{kommun}R{i:03d}" for i in range(1, len(LOCAL_INDEX) + 1)]
    return _frame(codes, list(LOCAL_INDEX))
