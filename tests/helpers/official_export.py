"""Official area-type exports as Statistikdatabasen writes them (regions as names), built
from real RegSO names of SCB's DeSO–RegSO key, with SCB's explanatory footer.

No real export of the official types is stored beside the project; the layout here follows
Statistikdatabasen's: a title row, a blank row, a heading row with the year, one row per
region written ``Kommun (RegSO-namn)``, a blank row, then the footer.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

TITLE = "Områdestyp efter region och år"
FOOTER = (
    "Områdestyp:",
    "Områdestyperna bygger på ett socioekonomiskt index som består av tre variabler: andel "
    "personer med låg ekonomisk standard, andel personer 20-64 år med förgymnasial "
    "utbildning och andel personer 20-64 år med ekonomiskt bistånd och/eller långvarig "
    "arbetslöshet. Områdena delas in i fem typer utifrån hur mycket indexvärdet avviker "
    "från medelvärdet för samtliga RegSO i riket.",
    "1 = Områden med stora socioekonomiska utmaningar",
    "2 = Områden med socioekonomiska utmaningar",
    "3 = Socioekonomiskt blandade områden",
    "4 = Områden med goda socioekonomiska förutsättningar",
    "5 = Områden med mycket goda socioekonomiska förutsättningar",
    "Regionala statistikområden (RegSO) har ingen områdestyp om de har färre än 50 "
    "folkbokförda personer.",
    "Källa: SCB och Delmos",
    "Intern referenskod: 000007QJ",
)

# A small key with real codes and names from SCB's koppling_deso2018_regso2020.csv: Berga
# and Tuna are RegSO names in several kommuner.
KEY_ROWS = (
    ("0114", "Upplands Väsby", "0114C1010", "Bollstanäs", "0114R001"),
    ("0114", "Upplands Väsby", "0114C1030", "Bollstanäs", "0114R001"),
    ("0114", "Upplands Väsby", "0114C1180", "Hammarby-Vaxmyra", "0114R002"),
    ("0117", "Österåker", "0117C1130", "Berga", "0117R001"),
    ("0117", "Österåker", "0117C1060", "Tuna", "0117R013"),
    ("0127", "Botkyrka", "0127C1160", "Tuna", "0127R017"),
    ("0580", "Linköping", "0580C1160", "Berga", "0580R001"),
    ("0880", "Kalmar", "0880C1180", "Berga", "0880R001"),
    ("1427", "Sotenäs", "1427A0010", "Kungshamn–Smögen-Hovenäset–Väjern", "1427R002"),
)
KEY_HEADER = ("Kommun", "Kommunnamn", "DeSO_2018", "RegSO_2020", "RegSOkod_2020")


def small_key() -> pd.DataFrame:
    return pd.DataFrame(list(KEY_ROWS), columns=list(KEY_HEADER))


def write_key(path: Path) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(KEY_HEADER)
        writer.writerows(KEY_ROWS)
    return path


def export_rows(regions, year: int = 2022) -> list:
    """``regions``: (written name, value) pairs; the rows of the export as cells."""
    rows = [[TITLE, None], [None, None], [None, str(year)]]
    rows += [[name, value] for name, value in regions]
    rows.append([None, None])
    rows += [[line, None] for line in FOOTER]
    return rows


def write_csv(path: Path, regions, year: int = 2022) -> Path:
    """As Statistikdatabasen's "csv med rubrik": comma separated, quoted, UTF-8 with BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC)
        for row in export_rows(regions, year):
            writer.writerow(["" if v is None else v for v in row])
    return path


def write_xlsx(path: Path, regions, year: int = 2022) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "000007QJ"
    for row in export_rows(regions, year):
        sheet.append([int(v) if isinstance(v, str) and v.isdigit() else v for v in row])
    book.save(path)
    return path
