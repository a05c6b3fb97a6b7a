"""Boundaries from a file the user downloaded: SCB's GeoPackage (often in a zip), a shapefile
(or a zip of one), or any vector file GDAL reads, filtered to the chosen kommuner or län.

The file may hold DeSO, RegSO, kommun or län areas; its codes say which (``desokod``,
``regsokod``, ``kommunkod``, ``lanskod``… found by :func:`codes.guess_code_field`). Finer areas
than asked for are dissolved (a DeSO file gives kommun and län boundaries); coarser ones are
refused. A DeSO or RegSO file of another version than asked for is refused, naming both.
"""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Iterable, Optional

from ..common import codes
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from .boundaries import SWEREF99TM, BoundaryKind, standardise

VECTOR_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json", ".gml", ".fgb", ".tab")
_ORDER = {level: i for i, level in enumerate(codes.AREA_LEVELS)}  # DeSO 0 … län 3


def read_boundaries_file(
    path,
    kind: BoundaryKind,
    areas: Iterable,
    layer: Optional[str] = None,
    progress: Progress = NO_PROGRESS,
):
    """The boundaries of ``kind`` in ``areas`` (empty: all in the file) from ``path``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"The file {path} does not exist.")
    if path.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory(prefix="segregation_boundaries_") as folder:
            inner = _unzip(path, folder, kind)
            progress.info(f"Reading {inner.name} from {path.name}…")
            return _read(inner, kind, list(areas), layer, progress, label=f"{path} ({inner.name})")
    return _read(path, kind, list(areas), layer, progress, label=str(path))


def _unzip(path: Path, folder: str, kind: BoundaryKind) -> Path:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            vectors = [m for m in members if Path(m).suffix.lower() in VECTOR_SUFFIXES]
            if not vectors:
                raise InputError(
                    f"The zip file {path} holds no GeoPackage or shapefile (it has "
                    f"{', '.join(members[:5]) or 'nothing'}). Give SCB's DeSO/RegSO zip, or the "
                    ".gpkg or .shp in it."
                )
            chosen = _best_member(vectors, kind)
            stem = str(Path(chosen).with_suffix(""))
            for member in members:  # a shapefile needs its .dbf, .shx, .prj beside it
                if str(Path(member).with_suffix("")) == stem:
                    archive.extract(member, folder)
            return Path(folder) / chosen
    except zipfile.BadZipFile as exc:
        raise InputError(f"The file {path} is not a readable zip file ({exc}).") from exc


def _best_member(names: list, kind: BoundaryKind) -> str:
    """The member whose name names the kind (``DeSO_2025.gpkg``), else the first."""
    wanted = kind.label.lower().replace(" ", "")
    for name in names:
        if wanted in Path(name).stem.lower().replace("_", "").replace(" ", ""):
            return name
    return names[0]


def geopackage_layers(path: Path) -> list:
    """The feature layers of a GeoPackage (read from its ``gpkg_contents`` table)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            rows = db.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
            ).fetchall()
    except sqlite3.Error as exc:
        raise InputError(f"{path} is not a readable GeoPackage ({exc}).") from exc
    return [r[0] for r in rows]


def _choose_layer(path: Path, kind: BoundaryKind, layer: Optional[str]) -> Optional[str]:
    if path.suffix.lower() != ".gpkg":
        return None
    layers = geopackage_layers(path)
    if layer:
        if layer not in layers:
            raise InputError(
                f"The GeoPackage {path} has no layer '{layer}'; it has {', '.join(layers)}."
            )
        return layer
    if not layers:
        raise InputError(f"The GeoPackage {path} has no feature layers.")
    wanted = [kind.label.lower().replace(" ", ""), kind.key, codes.LEVEL_NAMES[kind.level].lower()]
    for want in wanted:
        for name in layers:
            if want in name.lower().replace("_", "").replace(" ", ""):
                return name
    return layers[0]


def _read(path: Path, kind: BoundaryKind, areas: list, layer, progress, label: str):
    gpd = require("geopandas")
    chosen = _choose_layer(path, kind, layer)
    try:
        frame = gpd.read_file(path, layer=chosen) if chosen else gpd.read_file(path)
    except Exception as exc:  # GDAL's errors come in many classes
        raise InputError(f"Could not read {label} as a vector file: {exc}") from exc
    if chosen:
        label = f"{label}, layer {chosen}"
    if not len(frame):
        raise InputError(
            f"{label} has no features: no boundaries to take. Download SCB's DeSO or RegSO "
            "file again (Öppna geodata on scb.se), or choose the layer that holds them."
        )
    if _crs_undefined(frame.crs):
        raise InputError(
            f"{label} has no coordinate reference system. SCB's boundaries are in SWEREF 99 TM "
            "(EPSG:3006): set it on the file (or take the file from SCB again) and try again."
        )
    if not frame.crs.equals(SWEREF99TM):
        progress.info(f"{label} is in {frame.crs.name}; reprojected to SWEREF 99 TM.")
        frame = frame.to_crs(SWEREF99TM)
    field, level = _code_field(frame, kind, label)
    _check_version(frame, field, level, kind, label, chosen or path.stem)
    if _ORDER[level] > _ORDER[kind.level]:
        raise InputError(
            f"{label} holds {codes.LEVEL_NAMES[level]} areas (field '{field}'); {kind.label} "
            f"boundaries cannot be made from them. Give a file of {codes.LEVEL_NAMES[kind.level]} "
            "or smaller areas (e.g. SCB's DeSO GeoPackage)."
        )
    progress.info(f"{len(frame)} {codes.LEVEL_NAMES[level]} areas in {label}.")
    return standardise(frame, kind, areas, source=label, source_level=level, code_field=field)


def _crs_undefined(crs) -> bool:
    """No CRS, or a GeoPackage's 'Undefined cartesian/geographic SRS' (srs_id -1 or 0):
    reprojected from it, every coordinate would be infinite."""
    return crs is None or "undefined" in str(crs.name).lower()


def _code_field(frame, kind: BoundaryKind, label: str):
    """The field with the file's area codes and their level: the finest level that has a
    field with well-formed codes."""
    columns = [c for c in frame.columns if c != "geometry"]
    for level in codes.AREA_LEVELS:
        field = codes.guess_code_field(columns, level)
        if field is None or (field.lower() == "code" and level != kind.level):
            continue
        values = frame[field].dropna()
        if len(values) and codes.detect_level(values) == level:
            return field, level
    raise InputError(
        f"{label} has no field with DeSO, RegSO, kommun or län codes (such as desokod, "
        f"regsokod, kommunkod, lanskod); its fields are {', '.join(map(str, columns))}."
    )


# The DeSO version a RegSO version is made of.
DESO_OF_REGSO = {codes.REGSO_2020: codes.DESO_2018, codes.REGSO_2025: codes.DESO_2025}


def _check_version(frame, field: str, level: str, kind: BoundaryKind, label: str, name: str):
    if kind.version is None or level not in (kind.level, codes.DESO):
        return
    wanted = kind.version if level == kind.level else DESO_OF_REGSO[kind.version]
    names = [name, field] + [str(c) for c in frame.columns]
    if "version" in frame.columns:
        names += [str(v) for v in frame["version"].dropna().unique()[:3]]
    guess = codes.detect_version(frame[field].dropna(), level, names=names)
    if guess.version and guess.version != wanted:
        raise InputError(
            f"{label} looks like {guess.version} ({guess.reason}); {kind.label} is made of "
            f"{wanted[:-4]} {wanted[-4:]}. Choose the kind of boundaries that fits the file, or "
            f"give a file of {wanted[:-4]} {wanted[-4:]}."
        )
