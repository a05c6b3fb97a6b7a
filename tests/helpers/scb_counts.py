"""Counts per DeSO from the sample's and the real SCB exports, read with the plugin's own SCB
reader (``core.scb_export``) and summed to RegSO with its aggregator (``core.aggregate``).

The frames use short column names for the tests: ``low_pct``, ``high_pct``, ``persons``
(economic standard; ``low``/``high`` = share × persons / 100), ``forgym`` and ``edu_total``
(25–64, all five education levels), ``unemployed`` and ``p16_64``, ``q1``–``q4`` and
``q_total`` (income quartiles, persons 20+).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from segregation_plugin.core.common import codes
from segregation_plugin.core.statistics.aggregate import aggregate
from segregation_plugin.core.statistics.aggregate_areas import aggregate_to_level
from segregation_plugin.core.statistics.scb_export import read_scb_file
from segregation_plugin.core.statistics.statistics_table import REGION_CODE, add_total, to_wide

ECONOMIC = {
    "Låg ekonomisk standard, procent": "low_pct",
    "Hög ekonomisk standard, procent": "high_pct",
    "Antal personer totalt": "persons",
}
EDUCATION = {"förgymnasial utbildning": "forgym", "totalt 25-64 år": "edu_total"}
LABOUR = {"arbetslösa": "unemployed", "totalt": "p16_64"}
QUARTILES = {
    "kvartil 1": "q1",
    "kvartil 2": "q2",
    "kvartil 3": "q3",
    "kvartil 4": "q4",
    "totalt": "q_total",
}
KEY_TABLE = "koppling_deso2018_regso2020.csv"


def _table(path: Path, year: int, names: dict, total: str = None):
    """One export as one row per DeSO for ``year``, the variables renamed by ``names``."""
    table = read_scb_file(path)
    if total:
        table = add_total(table, total)  # all five education levels, "uppgift saknas" too
    wide = to_wide(table, years=year)
    return wide.set_index(REGION_CODE)[list(names)].rename(columns=names)


def _with_counts(frame):
    frame.index.name = "desokod"
    frame["low"] = frame["low_pct"] * frame["persons"] / 100
    frame["high"] = frame["high_pct"] * frame["persons"] / 100
    return frame


def sample_deso_2022(sample_dir: Path) -> pd.DataFrame:
    """The sample county's 2022 counts per DeSO (index desokod)."""
    scb = Path(sample_dir) / "scb"
    parts = [
        _table(scb / "deso_ekonomisk_standard_2021-2022.xlsx", 2022, ECONOMIC),
        _table(
            scb / "deso_utbildningsniva_25-64_2021-2022.xlsx", 2022, EDUCATION, "totalt 25-64 år"
        ),
        _table(scb / "deso_inkomstkvartiler_20-_2021-2022.xlsx", 2022, QUARTILES),
        _table(scb / "deso_arbetsmarknadsstatus_16-64_2021-2022.xlsx", 2022, LABOUR),
    ]
    return _with_counts(pd.concat(parts, axis=1))


def real_deso_2022(scb_dir: Path) -> pd.DataFrame:
    """SCB's real national 2022 exports per DeSO 2018 (low_pct, high_pct, persons, low, high,
    forgym, edu_total), with regsokod and kommunnamn from SCB's key table."""
    scb = Path(scb_dir)
    frame = pd.concat(
        [
            _table(scb / "deso2018_ekonomisk_standard_2022.xlsx", 2022, ECONOMIC),
            _table(
                scb / "deso2018_utbildningsniva_25-64_2022.xlsx", 2022, EDUCATION, "totalt 25-64 år"
            ),
        ],
        axis=1,
    )
    frame = _with_counts(frame)
    key = pd.read_csv(scb / KEY_TABLE, dtype=str, encoding="utf-8-sig").set_index("DeSO_2018")
    frame["regsokod"] = key["RegSOkod_2020"].reindex(frame.index)
    frame["kommunnamn"] = key["Kommunnamn"].reindex(frame.index)
    return frame


def real_regso_2022(scb_dir: Path, deso: pd.DataFrame) -> pd.DataFrame:
    """The real DeSO counts summed to the 3,363 RegSO with the plugin's aggregator and SCB's
    real key table; V1 rebuilt as Σ(share × persons) / Σ persons (column ``low_pct``)."""
    regso, _lines = aggregate_to_level(
        deso.reset_index(),
        "desokod",
        codes.REGSO,
        counts=["persons", "forgym", "edu_total", "low"],
        shares=[("low_pct", "persons")],
        key_table=Path(scb_dir) / KEY_TABLE,
    )
    return regso


def to_regso(deso: pd.DataFrame, key: pd.Series, columns) -> pd.DataFrame:
    """Sum DeSO counts to RegSO with the plugin's aggregator; a RegSO with a missing DeSO
    value gets a missing sum (it is not silently made smaller)."""
    frame = deso[list(columns)].assign(desokod=deso.index)
    result = aggregate(frame, key.reindex(deso.index), counts=list(columns), code_field="desokod")
    result.index.name = "regsokod"
    return result[list(columns)]
