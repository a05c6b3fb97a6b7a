"""Derive the sample generator's distribution parameters from real SCB DeSO exports.

Run once by a developer (``python tools/samplegen/calibrate.py ../shared/data/scb``); the
printed numbers are kept as constants in ``tools/samplegen/calibration.py`` with a note of
where they came from. No rows of the real files are copied into the project.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

DESO = re.compile(r"^\d{4}[ABC]\d{4}$")


def _rows(path: Path) -> pd.DataFrame:
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], str) and DESO.match(r[0])]
    return pd.DataFrame(rows).set_index(0)


def logit(p):
    p = np.clip(p, 0.005, 0.995)
    return np.log(p / (1 - p))


def main(folder: str) -> None:
    folder = Path(folder)
    ten = _rows(folder / "deso2018_upplatelseform_2022.xlsx").iloc[:, :4].astype(float)
    ten.columns = ["hyr", "br", "ag", "saknas"]
    edu = _rows(folder / "deso2018_utbildningsniva_25-64_2022.xlsx").iloc[:, :5].astype(float)
    edu.columns = ["forgym", "gym", "eftergym_kort", "eftergym_lang", "saknas"]
    eco = _rows(folder / "deso2018_ekonomisk_standard_2022.xlsx").iloc[:, :3].astype(float)
    eco.columns = ["low_pct", "high_pct", "persons"]
    df = pd.concat([ten, edu.add_prefix("edu_"), eco], axis=1)
    df["urbanity"] = [c[4] for c in df.index]
    dwell = ten[["hyr", "br", "ag"]].sum(axis=1)
    edu_tot = edu.sum(axis=1)
    feats = pd.DataFrame(
        {
            "low": logit(df.low_pct / 100),
            "high": logit(df.high_pct / 100),
            "forgym": logit(edu.forgym / edu_tot),
            "eftergym_lang": logit(edu.eftergym_lang / edu_tot),
            "hyr": logit(ten.hyr / dwell),
            "br": logit(ten.br / dwell),
            "log_persons": np.log(df.persons),
        }
    )
    print("n =", len(df))
    print("urbanity shares:", df.urbanity.value_counts(normalize=True).round(3).to_dict())
    print(
        "persons: median",
        df.persons.median(),
        "log mean/sd",
        feats.log_persons.mean().round(3),
        feats.log_persons.std().round(3),
    )
    print("edu 25-64 / persons:", (edu_tot / df.persons).median().round(3))
    print("dwellings / persons:", (dwell / df.persons).median().round(3))
    print("uppgift saknas share of dwellings:", (ten.saknas.sum() / ten.sum(axis=1).sum()).round(4))
    print("edu shares national:", (edu.sum() / edu.sum().sum()).round(4).to_dict())
    print(
        "low econ pct: mean",
        df.low_pct.mean().round(2),
        "sd",
        df.low_pct.std().round(2),
        "q",
        df.low_pct.quantile([0.05, 0.5, 0.95, 0.99]).tolist(),
    )
    print(
        "forgym share: q",
        (edu.forgym / edu_tot).quantile([0.05, 0.5, 0.95, 0.99]).round(3).tolist(),
    )
    print("logit means by urbanity:")
    print(feats.groupby(df.urbanity).mean().round(3))
    print("logit sd:")
    print(feats.std().round(3))
    resid = feats - feats.groupby(df.urbanity).transform("mean")
    print("correlation of residuals within urbanity:")
    print(resid.corr().round(3))
    # loadings on the first principal component of the socioeconomic block
    block = resid[["low", "high", "forgym", "eftergym_lang", "hyr", "br"]]
    z = (block - block.mean()) / block.std()
    w, v = np.linalg.eigh(z.corr().values)
    pc = v[:, -1] * np.sqrt(w[-1])
    if pc[0] < 0:
        pc = -pc
    print(
        "first-component loadings:",
        dict(zip(block.columns, pc.round(3))),
        "share of variance",
        (w[-1] / w.sum()).round(3),
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/scb")
