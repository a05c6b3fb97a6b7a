"""Counts per DeSO from the sample's and the real SCB exports, read plainly with openpyxl.

A test-only stand-in for the SCB readers of the "Statistics in" issue, so that the area-type
and segregation tests can run on real-format files now. It knows the column layout of these
particular files (checked by hand against the files): the region code in the first column,
then the values in the order of the header rows.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd


def _rows(path: Path):
    sheet = openpyxl.load_workbook(path, read_only=True).active
    for row in sheet.iter_rows(values_only=True):
        code = str(row[0] or "")
        if len(code) == 9 and code[:4].isdigit():
            yield code, row[1:]


def _num(value):
    return float(value) if isinstance(value, (int, float)) else np.nan


def sample_deso_2022(sample_dir: Path) -> pd.DataFrame:
    """The sample county's 2022 counts per DeSO (index desokod).

    Columns: low_pct, high_pct, persons, low, high (persons = share × persons / 100),
    forgym, edu_total (25–64, all five education levels), unemployed, p16_64, q1–q4, q_total.
    """
    scb = Path(sample_dir) / "scb"
    data: dict = {}
    for code, v in _rows(scb / "deso_ekonomisk_standard_2021-2022.xlsx"):
        # low 2021, low 2022, high 2021, high 2022, persons 2021, persons 2022
        data.setdefault(code, {}).update(
            low_pct=_num(v[1]), high_pct=_num(v[3]), persons=_num(v[5])
        )
    for code, v in _rows(scb / "deso_utbildningsniva_25-64_2021-2022.xlsx"):
        # five levels for 2021, then five for 2022
        data[code].update(forgym=_num(v[5]), edu_total=sum(_num(x) for x in v[5:10]))
    for code, v in _rows(scb / "deso_inkomstkvartiler_20-_2021-2022.xlsx"):
        # quartiles 1–4 and total for 2021, then for 2022
        data[code].update(
            q1=_num(v[5]), q2=_num(v[6]), q3=_num(v[7]), q4=_num(v[8]), q_total=_num(v[9])
        )
    for code, v in _rows(scb / "deso_arbetsmarknadsstatus_16-64_2021-2022.xlsx"):
        # employed, unemployed, outside, total for 2021, then for 2022
        data[code].update(unemployed=_num(v[5]), p16_64=_num(v[7]))
    frame = pd.DataFrame.from_dict(data, orient="index")
    frame.index.name = "desokod"
    frame["low"] = frame["low_pct"] * frame["persons"] / 100
    frame["high"] = frame["high_pct"] * frame["persons"] / 100
    return frame


def real_deso_2022(scb_dir: Path) -> pd.DataFrame:
    """The real national 2022 exports per DeSO 2018: low_pct, high_pct, persons, low, high,
    forgym, edu_total (25–64), and regsokod from SCB's key table."""
    scb = Path(scb_dir)
    econ = {
        code: (_num(v[0]), _num(v[1]), _num(v[2]))
        for code, v in _rows(scb / "deso2018_ekonomisk_standard_2022.xlsx")
    }
    edu = {
        code: (_num(v[0]), sum(_num(x) for x in v[:5]))
        for code, v in _rows(scb / "deso2018_utbildningsniva_25-64_2022.xlsx")
    }
    frame = pd.DataFrame.from_dict(econ, orient="index", columns=["low_pct", "high_pct", "persons"])
    frame = frame.join(pd.DataFrame.from_dict(edu, orient="index", columns=["forgym", "edu_total"]))
    frame.index.name = "desokod"
    frame["low"] = frame["low_pct"] * frame["persons"] / 100
    frame["high"] = frame["high_pct"] * frame["persons"] / 100
    key = pd.read_csv(scb / "koppling_deso2018_regso2020.csv", dtype=str, encoding="utf-8-sig")
    frame["regsokod"] = key.set_index("DeSO_2018")["RegSOkod_2020"].reindex(frame.index)
    frame["kommunnamn"] = key.set_index("DeSO_2018")["Kommunnamn"].reindex(frame.index)
    return frame


def to_regso(deso: pd.DataFrame, key: pd.Series, columns) -> pd.DataFrame:
    """Sum DeSO counts to RegSO; a RegSO with a missing DeSO value gets a missing sum (it
    is not silently made smaller)."""
    grouped = deso[list(columns)].groupby(key.reindex(deso.index).to_numpy())
    sums = grouped.sum(min_count=1)
    incomplete = grouped.apply(lambda g: g.isna().any())
    sums = sums.mask(incomplete)
    sums.index.name = "regsokod"
    return sums
