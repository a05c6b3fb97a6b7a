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


# --- Delmos' criteria: 290 kommuner of two DeSO each -----------------------------------------
# Half the kommuner have the ojämlikhetsindex 0 (low 10/10, high 10/10), half 50 (low 30/10,
# high 10/30): national mean 25, SD 25 · √(290/289) = 25.0432, criterion 1 from 50.043. Their
# share in types 1–2: half 25 % (100 of 400 residents in a type-1 DeSO), half 0 %: mean 12.5,
# SD 12.5 · √(290/289).
LOW, HIGH = "inkomst kvartil 1", "inkomst kvartil 4"
NATIONAL_INEQ_MEAN = 25.0
NATIONAL_INEQ_SD = 25.0 * math.sqrt(290 / 289)
NATIONAL_SHARE_MEAN = 12.5
NATIONAL_SHARE_SD = 12.5 * math.sqrt(290 / 289)
# A layer of three kommuner with the index 0, 10 and 50: mean 20, SD √700 = 26.458, so the
# kommun with 50 meets criterion 1 against the layer (≥ 46.46) but not nationally (≥ 50.04).
LOCAL_DESO = (
    ("2901A0010", 10, 10),
    ("2901A0020", 10, 10),
    ("2902A0010", 22, 18),
    ("2902A0020", 18, 22),
    ("2903A0010", 30, 10),
    ("2903A0020", 10, 30),
)


def national_deso() -> pd.DataFrame:
    rows = []
    for i, kommun in enumerate(kommun_codes()):
        pair = ((10, 10), (10, 10)) if i % 2 == 0 else ((30, 10), (10, 30))
        for j, (low, high) in enumerate(pair, start=1):
            rows.append((f"{kommun}A00{j}0", low, high))
    return pd.DataFrame(rows, columns=["desokod", LOW, HIGH])


def national_deso_types() -> pd.DataFrame:
    rows = []
    for i, kommun in enumerate(kommun_codes()):
        first = 1 if i % 2 == 0 else 3
        rows += [(f"{kommun}A0010", first, 100), (f"{kommun}A0020", 3, 300)]
    return pd.DataFrame(rows, columns=["desokod", "area_type", "folkmängd"])


def local_deso() -> pd.DataFrame:
    return pd.DataFrame(list(LOCAL_DESO), columns=["desokod", LOW, HIGH])
