"""More inputs for the bad-input suite: the town's kommuner and RegSO as layers, SCB's DeSO
GeoPackage of the town (for 'Get area boundaries' offline), an export of SCB's official area
types with its key table, and a kommun of the bundled sample (Skogsmark, 9906) with a folder
of its SCB exports (for the guided 'Segregation analysis for kommuner').

Like :mod:`builders`, each function writes one file and returns its path or uri.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.helpers.layers import square
from tests.helpers.paths import SAMPLE, SAMPLE_GPKG

from .builders import OX, OY, SIZE, deso_rows, write_layer

KOMMUN_NAMES = {"9901": "Storstad", "9902": "Norrvik"}
KOMMUN_FIELDS = {"kommunkod": str, "kommunnamn": str, "lanskod": str}


def kommun_rows() -> list:
    """The town's two kommuner: 9901 over DeSO columns 0–1 (west), 9902 over 2–3."""
    return [
        (
            square(OX - 250 + 1000 * k, OY - 500, 1000),
            {"kommunkod": code, "kommunnamn": name, "lanskod": "99"},
        )
        for k, (code, name) in enumerate(KOMMUN_NAMES.items())
    ]


def kommuner(folder: Path, rows=None, name="kommun", kind="Polygon", crs="EPSG:3006", fields=None):
    rows = kommun_rows() if rows is None else rows
    return write_layer(Path(folder) / f"{name}.gpkg", kind, fields or KOMMUN_FIELDS, rows, crs)


REGSO_NAMES = {
    "9901R001": "Norra",
    "9901R002": "Berga",
    "9902R001": "Östra",
    "9902R002": "Ängen",
}
REGSO_FIELDS = {
    "regsokod": str,
    "regsonamn": str,
    "kommunkod": str,
    "folk": int,
    "area_type": int,
}
# the RegSO's own area types, and SCB's official ones (9902R002 one type off)
REGSO_TYPES = {"9901R001": 3, "9901R002": 4, "9902R001": 5, "9902R002": 2}
OFFICIAL_TYPES = {"9901R001": 3, "9901R002": 4, "9902R001": 5, "9902R002": 1}


def regso_rows() -> list:
    """The town's four RegSO, one per column of two DeSO, with the DeSO's residents summed."""
    rows = []
    for i in range(4):
        pair = deso_rows()[2 * i : 2 * i + 2]
        code = pair[0][1]["regsokod"]
        values = {
            "regsokod": code,
            "regsonamn": REGSO_NAMES[code],
            "kommunkod": code[:4],
            "folk": sum(v["folk"] for _, v in pair),
            "area_type": REGSO_TYPES[code],
        }
        rows.append((_column(i), values))
    return rows


def _column(i: int) -> str:
    x0, y0 = OX - 250 + SIZE * i, OY - 500
    x1, y1 = x0 + SIZE, y0 + 2 * SIZE
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def regso(folder: Path, rows=None, name="regso", kind="Polygon", crs="EPSG:3006", fields=None):
    rows = regso_rows() if rows is None else rows
    return write_layer(Path(folder) / f"{name}.gpkg", kind, fields or REGSO_FIELDS, rows, crs)


# --- SCB's boundaries, downloaded ------------------------------------------------------------
SCB_DESO_FIELDS = {"desokod": str, "regsokod": str, "kommunnamn": str}


def scb_deso_rows() -> list:
    return [
        (
            wkt,
            {
                "desokod": v["desokod"],
                "regsokod": v["regsokod"],
                "kommunnamn": KOMMUN_NAMES[v["kommunkod"]],
            },
        )
        for wkt, v in deso_rows()
    ]


def scb_deso_file(folder: Path, rows=None, name="DeSO_2025", crs="EPSG:3006", fields=None):
    """SCB's DeSO 2025 GeoPackage of the town (layer ``DeSO_2025``) as a path."""
    rows = scb_deso_rows() if rows is None else rows
    uri = write_layer(
        Path(folder) / f"{name}.gpkg", "Polygon", fields or SCB_DESO_FIELDS, rows, crs
    )
    return uri.split("|", 1)[0]


# --- SCB's official area types ---------------------------------------------------------------
def key_rows() -> list:
    """SCB's DeSO–RegSO key with names (koppling_deso2018_regso2020.csv) of the town."""
    return [
        (v["kommunkod"], KOMMUN_NAMES[v["kommunkod"]], v["desokod"], REGSO_NAMES[v["regsokod"]])
        + (v["regsokod"],)
        for _, v in deso_rows()
    ]


def official_key(folder: Path, name="koppling_deso_regso.csv", rows=None) -> str:
    from tests.helpers.official_export import KEY_HEADER

    lines = [",".join(KEY_HEADER)] + [",".join(r) for r in (key_rows() if rows is None else rows)]
    path = Path(folder) / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return str(path)


def official_regions(types=None) -> list:
    """(written name, type) of the town's RegSO as Statistikdatabasen names them."""
    types = OFFICIAL_TYPES if types is None else types
    return [
        (f"{KOMMUN_NAMES[code[:4]]} ({REGSO_NAMES[code]})", value) for code, value in types.items()
    ]


def official_export(folder: Path, name="omradestyper.csv", regions=None, year=2022) -> str:
    from tests.helpers.official_export import write_csv

    regions = official_regions() if regions is None else regions
    return str(write_csv(Path(folder) / name, regions, year))


# --- a kommun of the bundled sample, for the guided analysis ---------------------------------
SAMPLE_KOMMUN = "9906"  # Skogsmark: 15 DeSO in 9 RegSO
SAMPLE_FILES = (
    "deso_ekonomisk_standard_2021-2022.csv",
    "deso_utbildningsniva_25-64_2021-2022.xlsx",
    "deso_arbetsmarknadsstatus_16-64_2021-2022.csv",
    "deso_inkomstkvartiler_20-_2021-2022.xlsx",
    "regso_bistand_arbetsloshet_20-64_2021-2022.csv",
)
_CODE = re.compile(r'"(?:\d{4}";")?(99\d\d)[A-Z]')


def _sample_rows(layer: str, kommun: str):
    from qgis.core import QgsVectorLayer

    source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={layer}", layer, "ogr")
    names = source.fields().names()
    rows = []
    for feature in source.getFeatures():
        values = dict(zip(names, feature.attributes()))
        values.pop("fid", None)
        if values["kommunkod"] == kommun:
            rows.append((feature.geometry().asWkt(3), values))
    return rows


def sample_deso_rows(kommun: str = SAMPLE_KOMMUN) -> list:
    return _sample_rows("deso", kommun)


def sample_regso_rows(kommun: str = SAMPLE_KOMMUN) -> list:
    return _sample_rows("regso", kommun)


SAMPLE_DESO_FIELDS = dict.fromkeys(
    ("desokod", "regsokod", "kommunkod", "kommunnamn", "lanskod", "lansnamn"), str
)
SAMPLE_REGSO_FIELDS = dict.fromkeys(
    ("regsokod", "regsonamn", "kommunkod", "kommunnamn", "lanskod"), str
)


def sample_deso(
    folder, rows=None, name="deso_skogsmark", kind="Polygon", crs="EPSG:3006", fields=None
):
    rows = sample_deso_rows() if rows is None else rows
    return write_layer(Path(folder) / f"{name}.gpkg", kind, fields or SAMPLE_DESO_FIELDS, rows, crs)


def sample_regso(
    folder, rows=None, name="regso_skogsmark", kind="Polygon", crs="EPSG:3006", fields=None
):
    rows = sample_regso_rows() if rows is None else rows
    return write_layer(
        Path(folder) / f"{name}.gpkg", kind, fields or SAMPLE_REGSO_FIELDS, rows, crs
    )


def sample_scb_folder(folder: Path, name="scb", kommun: str = SAMPLE_KOMMUN, files=SAMPLE_FILES):
    """The sample's SCB exports (V1–V3 and the income quartiles) of kommun ``kommun`` only,
    laid out as Statistikdatabasen writes them (the other kommuner's rows left out)."""
    target = Path(folder) / name
    target.mkdir(parents=True, exist_ok=True)
    for file in files:
        source = SAMPLE / "scb" / file
        if source.suffix == ".xlsx":
            _filter_xlsx(source, target / file, kommun)
        else:
            # latin-1 reads every byte: the files keep their own encoding (UTF-8 or Latin-1)
            lines = source.read_bytes().decode("latin-1").splitlines(keepends=True)
            kept = [line for line in lines if _keep(line, kommun)]
            (target / file).write_bytes("".join(kept).encode("latin-1"))
    return str(target)


def _keep(text: str, kommun: str) -> bool:
    match = _CODE.match(text) or _CODE.search(text[:30])
    return match is None or match.group(1) == kommun


def _filter_xlsx(source: Path, target: Path, kommun: str) -> None:
    import openpyxl

    book = openpyxl.load_workbook(source)
    sheet = book.active
    drop = [
        row[0].row
        for row in sheet.iter_rows()
        if isinstance(row[0].value, str) and not _keep(f'"{row[0].value}', kommun)
    ]
    for index in reversed(drop):
        sheet.delete_rows(index)
    book.save(target)
    shutil.copystat(source, target)
