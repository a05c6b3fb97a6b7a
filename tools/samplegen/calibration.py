"""Distribution parameters of the sample, kept as constants.

Derived once with ``tools/samplegen/calibrate.py`` from the real SCB DeSO 2018 exports of
2022 in ``../shared/data/scb/`` (all 5,984 DeSO of Sweden): low/high economic standard and
persons (000006TA), education 25–64 (000005MO) and dwellings by tenure (000006OC). Only
summary statistics were kept; no rows were copied. Values the real exports do not cover
(unemployment 16–64, income quartiles, economic assistance) are assumptions, marked so.
"""

# Share of DeSO by urbanity letter (A rural, B partly, C in a locality).
URBANITY_SHARES = {"A": 0.180, "B": 0.097, "C": 0.723}

# Persons per DeSO: log-normal; median 1,675.
LOG_PERSONS_MEAN = 7.407
LOG_PERSONS_SD = 0.289

# Persons aged 25–64 / all persons (median over DeSO) and dwellings / persons.
EDU_25_64_PER_PERSON = 0.507
DWELLINGS_PER_PERSON = 0.484

# Logit-scale means by urbanity and standard deviations of the socioeconomic indicators:
# low = share with low economic standard, high = share with high economic standard,
# forgym = share of 25–64 with förgymnasial education, eftergym_lang = share with
# post-secondary education of 3 years or more, hyr = share of dwellings that are hyresrätt,
# br = share that are bostadsrätt.
LOGIT_MEAN = {
    "A": {
        "low": -2.194,
        "high": -2.866,
        "forgym": -2.261,
        "eftergym_lang": -1.388,
        "hyr": -2.401,
        "br": -4.728,
    },
    "B": {
        "low": -2.192,
        "high": -3.182,
        "forgym": -2.246,
        "eftergym_lang": -1.266,
        "hyr": -1.153,
        "br": -3.367,
    },
    "C": {
        "low": -2.054,
        "high": -3.018,
        "forgym": -2.401,
        "eftergym_lang": -0.833,
        "hyr": -0.612,
        "br": -1.613,
    },
}
LOGIT_SD = {
    "low": 0.840,
    "high": 1.001,
    "forgym": 0.695,
    "eftergym_lang": 0.691,
    "hyr": 2.016,
    "br": 2.309,
}

# Loadings on the first principal component of the within-urbanity residual correlations
# (62 % of the variance): one latent "socioeconomic challenge" factor drives them all.
LOADINGS = {
    "low": 0.874,
    "high": -0.883,
    "forgym": 0.899,
    "eftergym_lang": -0.857,
    "hyr": 0.707,
    "br": -0.337,
}

# National shares of education levels 25–64 (sum of counts over all DeSO).
EDU_SHARES = {
    "forgym": 0.1004,
    "gym": 0.4097,
    "eftergym_kort": 0.1597,
    "eftergym_lang": 0.3027,
    "saknas": 0.0275,
}

# Share of dwellings with tenure "uppgift saknas" nationally (0.02 %).
TENURE_UNKNOWN_SHARE = 0.0002

# --- Assumptions (not in the real exports of ../shared/data/scb) --------------------------
# Unemployed among persons 16–64: about 5 % of the age group nationally, strongly tied to
# the socioeconomic factor (registered unemployment in challenged areas is 3–4 times the
# national level).
UNEMPLOYED = {"logit_mean": -3.0, "logit_sd": 0.70, "loading": 0.85}
# Outside the labour force among 16–64: students, sick, parental leave (about 17 %).
OUTSIDE_LABOUR_FORCE = {"logit_mean": -1.6, "logit_sd": 0.35, "loading": 0.60}
# Official V3 at RegSO (20–64 with economic assistance >= 10 months and/or unemployed
# > 6 months): about 5 % nationally, up to 25–30 % in the most challenged areas.
ASSISTANCE_OR_LONG_UNEMPLOYED = {"logit_mean": -3.1, "logit_sd": 0.90, "loading": 0.90}
# Income quartiles (sammanräknad förvärvsinkomst, persons 20+): national quartiles are 25 %
# each by definition; the lowest quartile follows the factor, the highest against it.
INCOME_Q1 = {"logit_mean": -1.10, "logit_sd": 0.45, "loading": 0.75}
INCOME_Q4 = {"logit_mean": -1.10, "logit_sd": 0.60, "loading": -0.80}

# Age structure (Sweden 2022, approximate shares by five-year band; SCB's DeSO age bands).
AGE_BANDS = [
    "0-4 år",
    "5-9 år",
    "10-14 år",
    "15-19 år",
    "20-24 år",
    "25-29 år",
    "30-34 år",
    "35-39 år",
    "40-44 år",
    "45-49 år",
    "50-54 år",
    "55-59 år",
    "60-64 år",
    "65-69 år",
    "70-74 år",
    "75-79 år",
    "80- år",
]
AGE_SHARES = [5.6, 6.0, 6.1, 5.8, 5.8, 6.9, 7.0, 6.6, 6.3, 6.3, 6.6, 6.3, 5.7, 5.4, 5.3, 4.6, 5.3]
