"""Small inputs for the bad-input suite, written as real files into a case's folder.

A fictional town around ``ORIGIN`` (central Stockholm in SWEREF 99 TM, the origin of
``tests/helpers/transit_feeds``): eight DeSO of 500 m in two kommuner (9901 west, 9902
east), four RegSO (one per column), with every field the tools read; planned projects, two
plan areas and a population grid of 100 m cells (the GTFS feed is in ``feeds.py``).
Each builder writes one file (a GeoPackage with one layer named as the file, a GeoTIFF, a
csv, a zip) and returns its path or its ``path|layername=name`` uri. The case modules break
one thing in a copy of these rows.
"""

from __future__ import annotations

import copy
from pathlib import Path

from tests.helpers.layers import memory_layer, square
from tests.helpers.transit_feeds import ORIGIN

OX, OY = ORIGIN
SIZE = 500.0
# SCB's field names, as 'Join statistics to areas' writes them
LOW_ECON = "Låg ekonomisk standard, procent"
EDU, EDU_TOTAL = "förgymnasial utbildning", "totalt 25-64 år"
UNEMPLOYED, LABOUR = "16-64 år arbetslösa", "16-64 år totalt"
QUARTILES = tuple(f"inkomst kvartil {q}" for q in (1, 2, 3, 4))
INCOME_TOTAL = "inkomst totalt"
TENURE = ("hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas")

DESO_FIELDS = {
    "desokod": str,
    "regsokod": str,
    "kommunkod": str,
    "lanskod": str,
    "namn": str,
    "folk": int,
    LOW_ECON: float,
    EDU: int,
    EDU_TOTAL: int,
    UNEMPLOYED: int,
    LABOUR: int,
    **dict.fromkeys(QUARTILES, int),
    INCOME_TOTAL: int,
    **dict.fromkeys(TENURE, int),
    "area_type": int,
}
_FOLK = (1000, 1200, 800, 1500, 900, 1100, 1300, 700)
_LOW = (5.0, 30.0, 12.0, 8.0, 22.0, 3.0, 15.0, 40.0)
_EDU = (40, 210, 70, 90, 160, 30, 120, 250)
_UNEMP = (20, 90, 35, 40, 70, 15, 50, 110)
_Q1 = (100, 420, 180, 200, 330, 80, 260, 300)
_Q4 = (400, 90, 250, 500, 120, 420, 260, 60)
_HYR = (50, 400, 120, 60, 300, 10, 200, 250)
_BR = (300, 100, 150, 200, 80, 150, 200, 20)
_AG = (100, 20, 80, 300, 20, 200, 100, 10)
_TYPES = (5, 1, 3, 4, 2, 5, 3, 1)
_NAMES = ("Norra", "Södra", "Berga", "Dalen", "Östra", "Västra", "Ängen", "Åsen")


def deso_code(i: int, j: int) -> str:
    kommun = "9901" if i < 2 else "9902"
    return f"{kommun}A{(i % 2) * 2 + j + 1:03d}0"


def deso_rows() -> list:
    """[(wkt, values)] of the eight DeSO: columns i = 0..3 west to east, rows j = 0, 1."""
    rows = []
    for n, (i, j) in enumerate((i, j) for i in range(4) for j in range(2)):
        kommun = "9901" if i < 2 else "9902"
        folk = _FOLK[n]
        q1, q4 = _Q1[n], _Q4[n]
        q2 = q3 = (folk - q1 - q4) // 2
        values = {
            "desokod": deso_code(i, j),
            "regsokod": f"{kommun}R{i % 2 + 1:03d}",
            "kommunkod": kommun,
            "lanskod": "99",
            "namn": _NAMES[n],
            "folk": folk,
            LOW_ECON: _LOW[n],
            EDU: _EDU[n],
            EDU_TOTAL: folk // 2,
            UNEMPLOYED: _UNEMP[n],
            LABOUR: folk * 6 // 10,
            QUARTILES[0]: q1,
            QUARTILES[1]: q2,
            QUARTILES[2]: q3,
            QUARTILES[3]: q4,
            INCOME_TOTAL: q1 + q2 + q3 + q4,
            "hyresrätt": _HYR[n],
            "bostadsrätt": _BR[n],
            "äganderätt": _AG[n],
            "uppgift saknas": 5,
            "area_type": _TYPES[n],
        }
        wkt = square(OX - 250 + SIZE * i, OY - 500 + SIZE * j, SIZE)
        rows.append((wkt, values))
    return rows


# --- GeoPackages ----------------------------------------------------------------------------
def write_layer(path: Path, kind, fields, rows, crs="EPSG:3006", name=None, mode="new") -> str:
    """Write a layer (``kind`` Point, Polygon, LineString or None) into the GeoPackage
    ``path`` (``mode`` "new" replaces the file, "add" adds a layer) and return its uri."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    path = Path(path)
    name = name or path.stem
    layer = memory_layer(kind, fields, rows, crs=crs or "", name=name)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if mode == "add" and path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    if result[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"could not write {path}: {result}")
    return f"{path}|layername={name}"


def deso(folder: Path, rows=None, name="deso", kind="Polygon", crs="EPSG:3006", fields=None):
    """The DeSO layer (``rows``: changed copies of :func:`deso_rows`)."""
    rows = deso_rows() if rows is None else rows
    return write_layer(Path(folder) / f"{name}.gpkg", kind, fields or DESO_FIELDS, rows, crs)


def changed(rows, index=None, **values):
    """A deep copy of ``rows`` with ``values`` set in row ``index`` (every row when None);
    ``geometry=`` replaces the wkt."""
    rows = copy.deepcopy(rows)
    for n, (wkt, attrs) in enumerate(rows):
        if index is None or n == index:
            attrs.update({k: v for k, v in values.items() if k != "geometry"})
            rows[n] = (values.get("geometry", wkt), attrs)
    return rows


def centre(n: int):
    """The centre of DeSO number ``n`` (0–7) in SWEREF 99 TM."""
    i, j = divmod(n, 2)
    return OX + SIZE * i, OY - 250 + SIZE * j


PROJECT_FIELDS = {
    "projekt_id": str,
    "hyresratt": int,
    "bostadsratt": int,
    "aganderatt": int,
    "startar": int,
    "markagare": str,
    "status": str,
}


def project_rows() -> list:
    """Four projects: in DeSO 0 (kommun land), 1 (private), 4 (kommun) and 6 (kommun)."""
    rows = []
    for pid, n, h, b, a, owner in (
        ("P1", 0, 120, 0, 0, "kommun"),
        ("P2", 1, 0, 80, 20, "privat"),
        ("P3", 4, 40, 40, 0, "kommun"),
        ("P4", 6, 0, 0, 60, "kommun"),
    ):
        x, y = centre(n)
        rows.append(
            (
                f"POINT({x} {y})",
                {
                    "projekt_id": pid,
                    "hyresratt": h,
                    "bostadsratt": b,
                    "aganderatt": a,
                    "startar": 2026,
                    "markagare": owner,
                    "status": "detaljplan antagen",
                },
            )
        )
    return rows


def projects(folder: Path, rows=None, name="projekt", kind="Point", crs="EPSG:3006", fields=None):
    rows = project_rows() if rows is None else rows
    return write_layer(Path(folder) / f"{name}.gpkg", kind, fields or PROJECT_FIELDS, rows, crs)


PLAN_FIELDS = {"plan_id": str, "namn": str}


def plan_rows() -> list:
    """Two plan areas: one over DeSO 0–3 (west), one over the middle of the town."""
    return [
        (square(OX - 250, OY - 500, 1000), {"plan_id": "N1", "namn": "Västra noden"}),
        (square(OX + 500, OY - 250, 500), {"plan_id": "N2", "namn": "Mittenstråket"}),
    ]


def plans(folder: Path, rows=None, name="planomraden", kind="Polygon", crs="EPSG:3006"):
    rows = plan_rows() if rows is None else rows
    return write_layer(Path(folder) / f"{name}.gpkg", kind, PLAN_FIELDS, rows, crs)


# --- rasters --------------------------------------------------------------------------------
def population_grid(folder: Path, name="befolkning", values=None, origin=None, crs="EPSG:3006"):
    """A 100 m grid over the town, 10 persons per cell (250 per DeSO), as a GeoTIFF."""
    import numpy as np
    from rasterio.transform import from_origin

    from tests.helpers.rasters import write_raster

    if values is None:
        values = np.full((10, 20), 10.0, dtype="float32")
    x0, y0 = origin or (OX - 250, OY + 500)
    path = Path(folder) / f"{name}.tif"
    return str(write_raster(path, values, from_origin(x0, y0, 100, 100), crs=crs, nodata=-1))


# --- SCB files ------------------------------------------------------------------------------
def scb_csv_text(rows=None, years=(2022,), sep=";", decimal=",", title=True) -> str:
    """An SCB export of dwellings by tenure per DeSO, wide: '<tenure> <year>' columns."""
    rows = deso_rows() if rows is None else rows
    q = '"'
    header = [f"{q}region{q}"] + [f"{q}{t} {y}{q}" for t in TENURE for y in years]
    lines = []
    if title:
        lines += [f"{q}Lägenheter efter region, upplåtelseform och år{q}", ""]
    lines.append(sep.join(header))
    for _, values in rows:
        cells = [f"{q}{values['desokod']}{q}"]
        for tenure in TENURE:
            for _ in years:
                number = values[tenure]
                text = "" if number is None else str(number)
                cells.append(text.replace(".", decimal))
        lines.append(sep.join(cells))
    return "\n".join(lines) + "\n"


def scb_csv(folder: Path, name="upplatelseform.csv", text=None, encoding="utf-8-sig") -> str:
    path = Path(folder) / name
    path.write_text(text if text is not None else scb_csv_text(), encoding=encoding)
    return str(path)


def scb_xlsx(folder: Path, name="upplatelseform.xlsx", rows=None) -> str:
    """The same table as an xlsx (openpyxl), as SCB's web export lays it out."""
    import openpyxl

    rows = deso_rows() if rows is None else rows
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Lägenheter efter region, upplåtelseform och år"])
    sheet.append([])
    sheet.append(["region", *(f"{t} 2022" for t in TENURE)])
    for _, values in rows:
        sheet.append([values["desokod"], *(values[t] for t in TENURE)])
    path = Path(folder) / name
    book.save(path)
    return str(path)


def key_table(folder: Path, name="koppling.csv", lines=None) -> str:
    """SCB's key table DeSO → RegSO for the town."""
    if lines is None:
        lines = [f"{v['desokod']};{v['regsokod']}" for _, v in deso_rows()]
    path = Path(folder) / name
    path.write_text("\n".join(["deso;regso", *lines]) + "\n", encoding="utf-8")
    return str(path)


def truncated(path: str, keep: float = 0.5) -> str:
    """Cut the file at ``path`` to ``keep`` of its bytes (in place); returns the path."""
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[: int(len(data) * keep)])
    return path


def garbage(folder: Path, name: str) -> str:
    """A file of the given name whose bytes are no table (e.g. a PNG header and noise)."""
    path = Path(folder) / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return str(path)


# --- layer uri helpers ----------------------------------------------------------------------
def file_of(value) -> str:
    """The file behind a parameter value (a path or ``path|layername=…``)."""
    return str(value).split("|", 1)[0]


def layer_name_of(value) -> str:
    text = str(value)
    return text.split("layername=", 1)[1].split("|")[0] if "layername=" in text else Path(text).stem


# --- a GeoPackage of several layers with a style ---------------------------------------------
def region_gpkg(folder: Path, name: str, kind: str, fields: dict, rows) -> str:
    """``region.gpkg`` holding the layer ``name`` (the tool's input), the kommuner of the town
    and a style of ``name`` in its layer_styles table, as a planner's project GeoPackage."""
    from qgis.core import QgsVectorLayer

    path = Path(folder) / "region.gpkg"
    uri = write_layer(path, kind, fields, rows, name=name)
    kommuner = [
        (square(OX - 250, OY - 500, 1000), {"kommunkod": "9901"}),
        (square(OX + 750, OY - 500, 1000), {"kommunkod": "9902"}),
    ]
    write_layer(path, "Polygon", {"kommunkod": str}, kommuner, name="kommun", mode="add")
    layer = QgsVectorLayer(uri, name, "ogr")
    layer.saveStyleToDatabase(name, "the planner's style", True, "")
    del layer
    return uri
