"""Socioeconomic statistics of the sample's DeSO for two years, calibrated to real DeSO.

One latent, spatially smooth "socioeconomic challenge" factor drives all indicators with the
loadings found in the real exports (``calibration.py``); a few districts are made clearly
challenged or clearly affluent so that all five area types occur. Counts are integers drawn
from multinomial distributions, so every table adds up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import calibration as K
from .geography import TOWNS, X0, Y0

YEARS = (2021, 2022)


@dataclass(frozen=True)
class Bump:
    label: str
    x: float
    y: float
    amplitude: float  # in standard deviations of the factor; > 0 challenged, < 0 affluent
    radius: float


_CITY = TOWNS[0]
BUMPS = [
    Bump("Storstad north-east estates", _CITY.x + 4_300, _CITY.y + 5_200, 3.4, 1_500),
    Bump("Storstad south-west estates", _CITY.x - 4_800, _CITY.y - 3_900, 3.0, 1_400),
    Bump("Västerby north estates", TOWNS[3].x + 500, TOWNS[3].y + 2_600, 2.8, 1_200),
    Bump("Söderås east estates", TOWNS[2].x + 2_300, TOWNS[2].y + 600, 2.3, 1_100),
    Bump("Storstad waterfront", _CITY.x + 2_000, _CITY.y - 2_600, -2.4, 1_400),
    Bump("Storstad west villa suburbs", _CITY.x - 7_500, _CITY.y + 2_500, -2.0, 2_300),
    Bump("Norrvik south villa suburbs", TOWNS[1].x - 1_500, TOWNS[1].y - 3_500, -2.2, 1_800),
]
# Areas whose situation changes between the two years (gentrification, decline).
CHANGE_2022 = [
    Bump("Storstad inner south renewal", _CITY.x - 1_500, _CITY.y - 1_800, -0.9, 900),
    Bump("Söderås centre decline", TOWNS[2].x - 500, TOWNS[2].y + 300, 0.8, 900),
]


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _logit(p):
    return math.log(p / (1 - p))


def _field(rng, x, y):
    """Smooth random field (standard-normal-ish) from a few random plane waves."""
    value = np.zeros(np.shape(x))
    for _ in range(8):
        k = rng.uniform(1 / 40_000, 1 / 12_000)
        a = rng.uniform(0, 2 * math.pi)
        value += math.sqrt(2 / 8) * np.cos(
            2 * math.pi * k * ((x - X0) * math.cos(a) + (y - Y0) * math.sin(a))
            + rng.uniform(0, 2 * math.pi)
        )
    return value


def _bumps(bumps, x, y):
    value = np.zeros(np.shape(x))
    for b in bumps:
        value += b.amplitude * np.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / (2 * b.radius**2))
    return value


def _indicator(mean, sd, loading, factor, noise):
    return _sigmoid(mean + sd * (loading * factor + math.sqrt(max(0.0, 1 - loading**2)) * noise))


def _multinomial(rng, totals, shares):
    shares = np.asarray(shares, dtype=float)
    shares = shares / shares.sum(axis=1, keepdims=True)
    return np.stack([rng.multinomial(int(n), p) for n, p in zip(totals, shares)])


def build(rng, deso: pd.DataFrame) -> dict:
    """Per-year DataFrames indexed by desokod with every count the exports need."""
    n = len(deso)
    x, y = deso["seed_x"].to_numpy(), deso["seed_y"].to_numpy()
    urb = deso["urbanity"].to_numpy()
    base = 0.55 * _field(rng, x, y) + rng.normal(0, 0.55, n)
    base = (base - base.mean()) / base.std()
    factor = {2021: base + _bumps(BUMPS, x, y)}
    factor[2022] = factor[2021] + rng.normal(0, 0.12, n) + _bumps(CHANGE_2022, x, y)

    density_rank = pd.Series(deso["density"].to_numpy()).rank(pct=True).to_numpy()
    persons0 = np.round(np.exp(rng.normal(K.LOG_PERSONS_MEAN, K.LOG_PERSONS_SD, n))).astype(int)
    growth = np.exp(rng.normal(0.008, 0.02, n))
    keys = [
        "low",
        "high",
        "forgym",
        "eftergym_lang",
        "hyr",
        "br",
        "unemp",
        "outside",
        "assist",
        "q1",
        "q4",
        "saknas",
    ]
    noise0 = {k: rng.normal(0, 1, n) for k in keys}
    age_noise = rng.gamma(400 * np.array(K.AGE_SHARES) / 100.0, 1.0, size=(n, len(K.AGE_SHARES)))
    dwell_ratio = K.DWELLINGS_PER_PERSON * np.exp(rng.normal(0, 0.15, n))

    out = {}
    noise = noise0
    for year in YEARS:
        if year != YEARS[0]:
            noise = {
                k: 0.92 * v + math.sqrt(1 - 0.92**2) * rng.normal(0, 1, n) for k, v in noise.items()
            }
        f = factor[year]
        persons = persons0 if year == YEARS[0] else np.round(persons0 * growth).astype(int)
        mean = lambda key: np.array([K.LOGIT_MEAN[u][key] for u in urb])  # noqa: E731

        # age and sex: challenged areas younger, rural areas older
        ages = np.arange(len(K.AGE_SHARES))
        young = np.clip(0.12 * f[:, None], -0.4, 0.6) * np.where((ages < 8), 1.0, -1.0)[None, :]
        old = np.where(urb == "A", 0.25, 0.0)[:, None] * np.where(ages >= 11, 1.0, -0.5)[None, :]
        age_shares = age_noise * np.exp(young + old)
        age_counts = _multinomial(rng, persons, age_shares)
        male_share = np.clip(rng.normal(0.502, 0.012, age_counts.shape), 0.4, 0.6)
        men = rng.binomial(age_counts, male_share)
        women = age_counts - men
        p16_64 = np.round(0.8 * age_counts[:, 3]).astype(int) + age_counts[:, 4:13].sum(axis=1)
        p20_64 = age_counts[:, 4:13].sum(axis=1)
        p25_64 = age_counts[:, 5:13].sum(axis=1)
        p20plus = age_counts[:, 4:].sum(axis=1)

        low = _indicator(mean("low"), K.LOGIT_SD["low"], K.LOADINGS["low"], f, noise["low"])
        high = _indicator(mean("high"), K.LOGIT_SD["high"], K.LOADINGS["high"], f, noise["high"])
        high = np.minimum(high, 0.95 - low)

        forgym = _indicator(
            mean("forgym"), K.LOGIT_SD["forgym"], K.LOADINGS["forgym"], f, noise["forgym"]
        )
        lang = _indicator(
            mean("eftergym_lang"),
            K.LOGIT_SD["eftergym_lang"],
            K.LOADINGS["eftergym_lang"],
            f,
            noise["eftergym_lang"],
        )
        saknas = _indicator(_logit(K.EDU_SHARES["saknas"]), 0.5, 0.6, f, noise["saknas"])
        rest = np.clip(1 - forgym - lang - saknas, 0.05, None)
        edu = _multinomial(
            rng, p25_64, np.stack([forgym, 0.72 * rest, 0.28 * rest, lang, saknas], axis=1)
        )

        unemp = _indicator(
            K.UNEMPLOYED["logit_mean"],
            K.UNEMPLOYED["logit_sd"],
            K.UNEMPLOYED["loading"],
            f,
            noise["unemp"],
        )
        outside = _indicator(
            K.OUTSIDE_LABOUR_FORCE["logit_mean"],
            K.OUTSIDE_LABOUR_FORCE["logit_sd"],
            K.OUTSIDE_LABOUR_FORCE["loading"],
            f,
            noise["outside"],
        )
        labour = _multinomial(rng, p16_64, np.stack([1 - unemp - outside, unemp, outside], axis=1))

        assist = _indicator(
            K.ASSISTANCE_OR_LONG_UNEMPLOYED["logit_mean"],
            K.ASSISTANCE_OR_LONG_UNEMPLOYED["logit_sd"],
            K.ASSISTANCE_OR_LONG_UNEMPLOYED["loading"],
            f,
            noise["assist"],
        )
        assisted = rng.binomial(p20_64, assist)

        q1 = _indicator(
            K.INCOME_Q1["logit_mean"],
            K.INCOME_Q1["logit_sd"],
            K.INCOME_Q1["loading"],
            f,
            noise["q1"],
        )
        q4 = _indicator(
            K.INCOME_Q4["logit_mean"],
            K.INCOME_Q4["logit_sd"],
            K.INCOME_Q4["loading"],
            f,
            noise["q4"],
        )
        mid = np.clip(1 - q1 - q4, 0.1, None)
        split = np.clip(0.5 + 0.04 * noise["q1"], 0.3, 0.7)
        quart = _multinomial(
            rng, p20plus, np.stack([q1, mid * split, mid * (1 - split), q4], axis=1)
        )

        hyr = _indicator(mean("hyr"), K.LOGIT_SD["hyr"], K.LOADINGS["hyr"], f, noise["hyr"])
        br_mean = {"A": -4.64, "B": -3.09, "C": -1.07}
        br_logit_mean = np.array([br_mean[u] for u in urb]) + np.where(
            urb == "C", 1.6 * (density_rank - 0.5), 0.0
        )
        br_rest = _indicator(br_logit_mean, K.LOGIT_SD["br"], K.LOADINGS["br"], f, noise["br"])
        dwellings = np.round(persons * dwell_ratio).astype(int)
        tenure = _multinomial(
            rng, dwellings, np.stack([hyr, (1 - hyr) * br_rest, (1 - hyr) * (1 - br_rest)], axis=1)
        )
        unknown = np.where(rng.uniform(size=n) < 0.06, rng.integers(1, 15, n), 0)

        frame = pd.DataFrame(index=pd.Index(deso["desokod"].to_numpy(), name="desokod"))
        frame["persons"] = persons
        for i, band in enumerate(K.AGE_BANDS):
            frame[("men", band)] = men[:, i]
            frame[("women", band)] = women[:, i]
        frame["p16_64"], frame["p20_64"], frame["p25_64"], frame["p20plus"] = (
            p16_64,
            p20_64,
            p25_64,
            p20plus,
        )
        frame["low_pct"] = np.round(100 * low).astype(int)
        frame["high_pct"] = np.round(100 * high).astype(int)
        for i, key in enumerate(
            ["edu_forgym", "edu_gym", "edu_eftergym_kort", "edu_eftergym_lang", "edu_saknas"]
        ):
            frame[key] = edu[:, i]
        frame["employed"], frame["unemployed"], frame["outside"] = (
            labour[:, 0],
            labour[:, 1],
            labour[:, 2],
        )
        frame["assisted"] = assisted
        for i in range(4):
            frame[f"q{i + 1}"] = quart[:, i]
        frame["hyresratt"], frame["bostadsratt"], frame["aganderatt"] = (
            tenure[:, 0],
            tenure[:, 1],
            tenure[:, 2],
        )
        frame["tenure_unknown"] = unknown
        frame["factor"] = f
        out[year] = frame
    return out


def area_type_check(stats: dict, deso: pd.DataFrame) -> dict:
    """Counts of RegSO per area type by METHODS.md §3 with the sample itself as reference
    (the generator's own sanity check that all five types occur; the plugin computes this
    independently)."""
    result = {}
    key = deso.set_index("desokod")["regsokod"]
    for year, frame in stats.items():
        g = frame.assign(regso=key.reindex(frame.index).to_numpy())
        low = (g["low_pct"] / 100 * g["persons"]).groupby(g["regso"]).sum() / g.groupby("regso")[
            "persons"
        ].sum()
        v2 = g.groupby("regso")["edu_forgym"].sum() / g.groupby("regso")[
            ["edu_forgym", "edu_gym", "edu_eftergym_kort", "edu_eftergym_lang", "edu_saknas"]
        ].sum().sum(axis=1)
        v3 = g.groupby("regso")["unemployed"].sum() / g.groupby("regso")[
            ["employed", "unemployed", "outside"]
        ].sum().sum(axis=1)
        index = 100 * (low + v2 + v3) / 3
        mu, sd = index.mean(), index.std(ddof=1)
        types = np.select(
            [index >= mu + 2 * sd, index >= mu + sd, index >= mu, index >= mu - sd], [1, 2, 3, 4], 5
        )
        result[year] = pd.Series(types).value_counts().sort_index().to_dict()
    return result
