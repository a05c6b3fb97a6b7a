"""The sample's SCB tables: which exports, their titles, header rows and data rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import calibration as K
from .scb_export import write_csv, write_xlsx
from .statistics import YEARS

SUPPRESSED = ".."
EDU_LEVELS = [
    ("edu_forgym", "förgymnasial utbildning"),
    ("edu_gym", "gymnasial utbildning"),
    ("edu_eftergym_kort", "eftergymnasial utbildning, mindre än 3 år"),
    ("edu_eftergym_lang", "eftergymnasial utbildning, 3 år eller mer"),
    ("edu_saknas", "uppgift om utbildningsnivå saknas"),
]
LABOUR = [
    ("employed", "sysselsatta"),
    ("unemployed", "arbetslösa"),
    ("outside", "utanför arbetskraften"),
]
TENURE = [
    ("hyresratt", "hyresrätt"),
    ("bostadsratt", "bostadsrätt"),
    ("aganderatt", "äganderätt"),
    ("tenure_unknown", "uppgift saknas"),
]


def _span(values, width):
    """Header cells of a spanning header: the value in the first column of its span only."""
    out = []
    for v in values:
        out += [v] + [None] * (width - 1)
    return out


def _suppress(rng, codes, k):
    return set(rng.choice(sorted(codes), size=k, replace=False))


def write_all(
    folder: Path, stats: dict, deso: pd.DataFrame, regso: pd.DataFrame, kommun: pd.DataFrame, rng
) -> list:
    """Write every export into ``folder``; returns (file, description) pairs for the README."""
    folder.mkdir(parents=True, exist_ok=True)
    codes = list(stats[YEARS[0]].index)
    small = stats[YEARS[-1]]["persons"].nsmallest(12).index
    written = []

    # 1. Population by age and sex (three header rows: year, age, sex; spans written once)
    bands = [*K.AGE_BANDS, "totalt ålder"]
    header = [
        _span([str(y) for y in YEARS], len(bands) * 2),
        _span(bands, 2) * len(YEARS),
        ["män", "kvinnor"] * len(bands) * len(YEARS),
    ]
    rows = []
    for code in codes:
        row = [code]
        for y in YEARS:
            f = stats[y].loc[code]
            for band in K.AGE_BANDS:
                row += [int(f[("men", band)]), int(f[("women", band)])]
            row += [
                int(sum(f[("men", b)] for b in K.AGE_BANDS)),
                int(sum(f[("women", b)] for b in K.AGE_BANDS)),
            ]
        rows.append(row)
    title = "Folkmängden per region efter region, ålder, kön och år"
    write_xlsx(
        folder / "deso_folkmangd_alder_kon_2021-2022.xlsx",
        "SAMPLE01",
        title,
        header,
        rows,
        "SAMPLE01",
    )
    csv_rows = []
    for code in codes:
        for band in bands:
            for sex, key in (("män", "men"), ("kvinnor", "women")):
                values = []
                for y in YEARS:
                    f = stats[y].loc[code]
                    values.append(
                        int(f[(key, band)])
                        if band != "totalt ålder"
                        else int(sum(f[(key, b)] for b in K.AGE_BANDS))
                    )
                csv_rows.append([code, band, sex, *values])
    write_csv(
        folder / "deso_folkmangd_alder_kon_2021-2022.csv",
        title,
        ["region", "ålder", "kön", *map(str, YEARS)],
        csv_rows,
        encoding="utf-8",
        sep=",",
        bom=True,
    )
    written.append(
        (
            "deso_folkmangd_alder_kon_2021-2022.xlsx / .csv",
            "population by five-year age band and sex per DeSO (csv: UTF-8 with BOM, comma, long layout)",
        )
    )

    # 2. Education 25–64 (year row with spans, then education level)
    header = [
        _span([str(y) for y in YEARS], len(EDU_LEVELS)),
        [name for _, name in EDU_LEVELS] * len(YEARS),
    ]
    rows = [
        [code] + [int(stats[y].loc[code, key]) for y in YEARS for key, _ in EDU_LEVELS]
        for code in codes
    ]
    write_xlsx(
        folder / "deso_utbildningsniva_25-64_2021-2022.xlsx",
        "SAMPLE02",
        "Befolkning 25-64 år efter region, år och utbildningsnivå",
        header,
        rows,
        "SAMPLE02",
    )
    written.append(
        (
            "deso_utbildningsniva_25-64_2021-2022.xlsx",
            "persons 25–64 by highest education level per DeSO",
        )
    )

    # 3. Low/high economic standard (content row, year row, age row — every column filled, as SCB's)
    contents = [
        "Låg ekonomisk standard, procent",
        "Hög ekonomisk standard, procent",
        "Antal personer totalt",
    ]
    header = [
        [c for c in contents for _ in YEARS],
        [str(y) for _ in contents for y in YEARS],
        ["totalt ålder"] * (len(contents) * len(YEARS)),
    ]
    hidden = _suppress(rng, small[:6], 3)
    rows = []
    for code in codes:
        row = [code]
        for key in ("low_pct", "high_pct", "persons"):
            for y in YEARS:
                value = stats[y].loc[code, key]
                value = float(value) if key != "persons" else int(value)
                if key != "persons" and y == YEARS[-1] and code in hidden:
                    value = SUPPRESSED
                row.append(value)
        rows.append(row)
    title = "Låg resp. hög ekonomisk standard efter region, tabellinnehåll, år och ålder"
    write_xlsx(
        folder / "deso_ekonomisk_standard_2021-2022.xlsx",
        "SAMPLE03",
        title,
        header,
        rows,
        "SAMPLE03",
    )
    csv_header = ["region", "ålder", *[f"{c} {y}" for c in contents for y in YEARS]]
    csv_rows = [[r[0], "totalt ålder", *r[1:]] for r in rows]
    write_csv(
        folder / "deso_ekonomisk_standard_2021-2022.csv",
        title,
        csv_header,
        csv_rows,
        encoding="utf-8",
        sep=";",
        decimal_comma=True,
        bom=True,
    )
    written.append(
        (
            "deso_ekonomisk_standard_2021-2022.xlsx / .csv",
            f"share (%) with low and high economic standard and persons per DeSO; {len(hidden)} DeSO suppressed (..) in 2022 (csv: UTF-8 BOM, semicolon, decimal comma)",
        )
    )

    # 4. Labour-market status 16–64 (year row, status row); csv in Latin-1 with the status as a stub column
    header = [
        _span([str(y) for y in YEARS], len(LABOUR) + 1),
        [*[n for _, n in LABOUR], "totalt"] * len(YEARS),
    ]
    dash = sorted(small[6:8])
    rows = []
    for code in codes:
        row = [code]
        for y in YEARS:
            f = stats[y].loc[code]
            vals = [int(f[k]) for k, _ in LABOUR]
            if y == YEARS[0] and code in dash:
                vals[1] = "-"
            row += [*vals, int(sum(int(f[k]) for k, _ in LABOUR))]
        rows.append(row)
    title = "Befolkningen 16-64 år efter region, arbetsmarknadsstatus och år"
    write_xlsx(
        folder / "deso_arbetsmarknadsstatus_16-64_2021-2022.xlsx",
        "SAMPLE04",
        title,
        header,
        rows,
        "SAMPLE04",
    )
    csv_rows = []
    for code, row in zip(codes, rows):
        width = len(LABOUR) + 1
        for i, (_, name) in enumerate([*LABOUR, ("total", "totalt")]):
            csv_rows.append([code, name, *[row[1 + j * width + i] for j in range(len(YEARS))]])
    write_csv(
        folder / "deso_arbetsmarknadsstatus_16-64_2021-2022.csv",
        title,
        ["region", "arbetsmarknadsstatus", *map(str, YEARS)],
        csv_rows,
        encoding="latin-1",
        sep=";",
    )
    written.append(
        (
            "deso_arbetsmarknadsstatus_16-64_2021-2022.xlsx / .csv",
            f"persons 16–64 employed, unemployed, outside the labour force per DeSO; '-' for {len(dash)} DeSO in 2021 (csv: Latin-1, semicolon)",
        )
    )

    # 5. Income quartiles, persons 20+ (year row, quartile row)
    quart = [f"kvartil {i}" for i in range(1, 5)]
    header = [_span([str(y) for y in YEARS], 5), [*quart, "totalt"] * len(YEARS)]
    hidden_q = _suppress(rng, small[8:12], 2)
    rows = []
    for code in codes:
        row = [code]
        for y in YEARS:
            f = stats[y].loc[code]
            vals = [int(f[f"q{i}"]) for i in range(1, 5)]
            if y == YEARS[0] and code in hidden_q:
                vals = [SUPPRESSED] * 4
            row += [*vals, int(f["p20plus"])]
        rows.append(row)
    write_xlsx(
        folder / "deso_inkomstkvartiler_20-_2021-2022.xlsx",
        "SAMPLE05",
        "Antal personer 20 år och äldre efter region, inkomstkvartil (sammanräknad förvärvsinkomst) och år",
        header,
        rows,
        "SAMPLE05",
    )
    written.append(
        (
            "deso_inkomstkvartiler_20-_2021-2022.xlsx",
            f"persons 20+ per national income quartile per DeSO; {len(hidden_q)} DeSO suppressed in 2021",
        )
    )

    # 6. Dwellings by tenure (year row with spans, tenure row), as SCB's 000006OC
    header = [_span([str(y) for y in YEARS], len(TENURE)), [n for _, n in TENURE] * len(YEARS)]
    hidden_t = sorted(_suppress(rng, codes, 2))
    rows = []
    for code in codes:
        row = [code]
        for y in YEARS:
            vals = [int(stats[y].loc[code, k]) for k, _ in TENURE]
            if y == YEARS[-1] and code in hidden_t:
                vals[3] = SUPPRESSED
            row += vals
        rows.append(row)
    write_xlsx(
        folder / "deso_upplatelseform_2021-2022.xlsx",
        "SAMPLE06",
        "Antal lägenheter efter region, år och upplåtelseform",
        header,
        rows,
        "SAMPLE06",
    )
    written.append(
        (
            "deso_upplatelseform_2021-2022.xlsx",
            "dwellings by tenure per DeSO (hyresrätt, bostadsrätt, äganderätt, uppgift saknas)",
        )
    )

    # 7. RegSO: the official V3 (economic assistance and/or long unemployment 20–64), code + name,
    #    year as the first stub column, decimal comma
    key = deso.set_index("desokod")["regsokod"]
    names = regso.set_index("regsokod")["regsonamn"]
    rows = []
    for y in YEARS:
        f = stats[y]
        g = f.groupby(key.reindex(f.index).to_numpy())[["p20_64", "assisted"]].sum()
        for rcode in sorted(g.index):
            total, assisted = int(g.loc[rcode, "p20_64"]), int(g.loc[rcode, "assisted"])
            rows.append(
                [
                    str(y),
                    f"{rcode} {names[rcode]}",
                    total,
                    assisted,
                    round(100.0 * assisted / total, 1),
                ]
            )
    write_csv(
        folder / "regso_bistand_arbetsloshet_20-64_2021-2022.csv",
        "Befolkningen 20-64 år med ekonomiskt bistånd minst 10 månader och/eller arbetslös mer än 6 månader efter region, tabellinnehåll och år",
        [
            "år",
            "region",
            "Antal personer 20-64 år",
            "Antal med ekonomiskt bistånd och/eller långvarig arbetslöshet",
            "Andel, procent",
        ],
        rows,
        encoding="utf-8",
        sep=";",
        decimal_comma=True,
    )
    written.append(
        (
            "regso_bistand_arbetsloshet_20-64_2021-2022.csv",
            "the official V3 per RegSO: persons 20–64 with economic assistance ≥ 10 months and/or unemployed > 6 months (codes with names, year column first, decimal comma)",
        )
    )

    # 8. Kommun: population per year, code with name
    kname = kommun.set_index("kommunkod")["kommunnamn"]
    header = [[str(y) for y in YEARS]]
    rows = []
    for kcode in sorted(kname.index):
        in_k = [c for c in codes if c.startswith(kcode)]
        rows.append(
            [f"{kcode} {kname[kcode]}", *[int(stats[y].loc[in_k, "persons"].sum()) for y in YEARS]]
        )
    write_xlsx(
        folder / "kommun_folkmangd_2021-2022.xlsx",
        "SAMPLE08",
        "Folkmängden per region efter region och år",
        header,
        rows,
        "SAMPLE08",
    )
    written.append(("kommun_folkmangd_2021-2022.xlsx", "population per kommun (codes with names)"))
    return written
