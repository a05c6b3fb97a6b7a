"""A labour-market export (SCB's table 000007A8) in Statistikdatabasen's xlsx layout.

``../shared/data/scb`` has no labour-market export, so this writes one as SCB lays it out:
title, blank row, a row of contents (``antal sysselsatta`` … ``antal totalt``), a row with the
sex (``totalt``), a row with the age (``16-64 år``), a row with the year, one row per DeSO,
then the footer with ``Intern referenskod:`` and the code. The numbers are plausible, made from
each DeSO's persons 25–64 and share with förgymnasial utbildning (the real education export),
and they add up: employed + unemployed = the labour force; the labour force + those outside
it = all 16–64.
"""

from __future__ import annotations

from pathlib import Path

CONTENTS = (
    "antal sysselsatta",
    "antal arbetslösa",
    "antal sysselsatta och arbetslösa (arbetskraften)",
    "antal personer utanför arbetskraften",
    "antal totalt",
)
TITLE = "Befolkning 16-64 år efter region, arbetsmarknadsstatus, kön, ålder, tabellinnehåll och år"


def labour_counts(persons_25_64: int, low_education: int) -> tuple:
    """(employed, unemployed, labour force, outside, total) for one DeSO."""
    total = round(persons_25_64 * 1.25)
    share_low = low_education / persons_25_64 if persons_25_64 else 0.0
    unemployed = round(total * (0.02 + 0.3 * share_low))
    labour_force = round(total * 0.82)
    employed = labour_force - unemployed
    return employed, unemployed, labour_force, total - labour_force, total


def write_labour_market_export(path: Path, rows: dict, year: int = 2022) -> Path:
    """Write ``{deso code: (persons 25-64, förgymnasial)}`` as an xlsx export; its path."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append([])
    sheet.append([None, *CONTENTS])
    sheet.append([None, *["totalt"] * len(CONTENTS)])
    sheet.append([None, *["16-64 år"] * len(CONTENTS)])
    sheet.append([None, *[str(year)] * len(CONTENTS)])
    for code, (persons, low) in rows.items():
        sheet.append([code, *labour_counts(persons, low)])
    for line in ([], ["Referenstid:"], ["November respektive år"], [], ["Officiell statistik"]):
        sheet.append(line)
    sheet.append(["Intern referenskod:"])
    sheet.append(["000007A8"])
    book.save(path)
    return Path(path)
