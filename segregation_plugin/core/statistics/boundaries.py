"""Area boundaries (DeSO 2018/2025, RegSO 2020/2025, kommun, län) for chosen kommuner or län.

From SCB's open WFS (:mod:`.wfs`; layers ``stat:DeSO_2018``, ``stat:DeSO_2025``,
``stat:RegSO_2020``, ``stat:RegSO_2025``, attributes ``desokod``, ``regsokod``, ``regsonamn``,
``kommunkod``, ``lanskod``, ``version``, ``referensdatum``, geometry ``sp_geometry``; SCB's WFS
has no kommun or län layer, so their boundaries are the DeSO 2025 areas dissolved by
``kommunkod`` / ``lanskod``: DeSO follow the kommun and län borders) or from a file the user
downloaded (:mod:`.boundary_files`).

The output is polygons in SWEREF 99 TM (EPSG:3006) with the fields the rest of the plugin
reads, as in the sample region: ``desokod``, ``regsokod``, ``regsonamn``, ``kommunkod``,
``kommunnamn``, ``lanskod``, ``lansnamn`` (those of the level and above), ``version`` (e.g.
``DeSO2018``), and ``source`` and ``retrieved`` (the URL or file, and the date).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from ..common import codes, region_names
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from .wfs import ServerUnreachable, WfsClient, epsg_of

SWEREF99TM = "EPSG:3006"
SCB_GEODATA_PAGE = "https://www.scb.se/vara-tjanster/oppna-data/oppna-geodata/"
KOMMUN_FIELDS = ("kommunkod", "kommunnamn")
LAN_FIELDS = ("lanskod", "lansnamn")


@dataclass(frozen=True)
class BoundaryKind:
    """One kind of boundaries the tool gets."""

    key: str
    label: str  # in layer names: "DeSO 2018"
    level: str  # codes.DESO ...
    version: Optional[str]  # codes.DESO_2018 ...; None for kommun and län
    wfs_layer: str  # SCB's layer that holds them (kommun, län: the DeSO 2025 areas)
    code_field: str  # the output's code field
    name_field: Optional[str] = None  # the output's name field, where the level has names


KINDS = (
    BoundaryKind("deso2025", "DeSO 2025", codes.DESO, codes.DESO_2025, "stat:DeSO_2025", "desokod"),
    BoundaryKind("deso2018", "DeSO 2018", codes.DESO, codes.DESO_2018, "stat:DeSO_2018", "desokod"),
    BoundaryKind(
        "regso2025",
        "RegSO 2025",
        codes.REGSO,
        codes.REGSO_2025,
        "stat:RegSO_2025",
        "regsokod",
        "regsonamn",
    ),
    BoundaryKind(
        "regso2020",
        "RegSO 2020",
        codes.REGSO,
        codes.REGSO_2020,
        "stat:RegSO_2020",
        "regsokod",
        "regsonamn",
    ),
    BoundaryKind("kommun", "Kommuner", codes.KOMMUN, None, "stat:DeSO_2025", *KOMMUN_FIELDS),
    BoundaryKind("lan", "Län", codes.LAN, None, "stat:DeSO_2025", *LAN_FIELDS),
)
KIND_BY_KEY = {k.key: k for k in KINDS}
# The code field each level has in SCB's WFS layers.
WFS_CODE_FIELD = {codes.DESO: "desokod", codes.REGSO: "regsokod"}


def kind_of(key: str) -> BoundaryKind:
    if key not in KIND_BY_KEY:
        raise InputError(
            f"Unknown kind of boundaries '{key}'; use one of {', '.join(KIND_BY_KEY)}."
        )
    return KIND_BY_KEY[key]


def parse_areas(text) -> list:
    """Kommun (4 digits) and län (2 digits) codes from ``"0180, 1480; 14"``; ``[]`` (all of
    Sweden) for an empty text."""
    result = []
    for part in re.split(r"[\s,;]+", str(text or "").strip()):
        if not part:
            continue
        level = codes.level_of(part)
        if level not in (codes.KOMMUN, codes.LAN):
            restored = codes.restore_leading_zero(part)
            hint = f" (did you mean {restored}?)" if restored else ""
            raise InputError(
                f"'{part}' is not a kommun code (4 digits, e.g. 1480) or a län code (2 digits, "
                f"e.g. 14){hint}. Leave the codes empty for all of Sweden."
            )
        if part not in result:
            result.append(part)
    return result


def cql_filter(areas: Iterable) -> Optional[str]:
    """GeoServer's CQL for the areas: ``kommunkod IN ('0180','1480') OR lanskod IN ('14')``."""
    areas = list(areas)
    kommuner = [a for a in areas if codes.level_of(a) == codes.KOMMUN]
    lan = [a for a in areas if codes.level_of(a) == codes.LAN]
    parts = []
    if kommuner:
        parts.append("kommunkod IN (" + ",".join(f"'{a}'" for a in kommuner) + ")")
    if lan:
        parts.append("lanskod IN (" + ",".join(f"'{a}'" for a in lan) + ")")
    return " OR ".join(parts) or None


def title(kind: BoundaryKind, areas: Iterable) -> str:
    """The layer's name: ``"DeSO 2018 — 1480 Göteborg"``, ``"Län — Sverige"``."""
    return f"{kind.label} — {region_names.describe(areas)}"


def today() -> str:
    return _dt.date.today().isoformat()


# --- from the WFS -----------------------------------------------------------------------------
def fetch_boundaries(
    kind: BoundaryKind, areas: Iterable, client: WfsClient, progress: Progress = NO_PROGRESS
):
    """The boundaries of ``kind`` in ``areas`` (kommun/län codes; empty: all of Sweden) from
    the WFS ``client`` talks to, as a GeoDataFrame in EPSG:3006 (see the module)."""
    gpd = require("geopandas")
    areas = list(areas)
    source_level = codes.DESO if kind.level in (codes.KOMMUN, codes.LAN) else kind.level
    progress.info(f"Asking {client.base_url} for {kind.wfs_layer} ({title(kind, areas)})…")
    try:
        result = client.get_features(
            kind.wfs_layer,
            cql_filter=cql_filter(areas),
            sort_by=WFS_CODE_FIELD[source_level],
            srs=SWEREF99TM,
            progress=progress,
        )
    except ServerUnreachable as exc:
        raise InputError(
            f"Could not reach SCB's WFS server {client.base_url} ({exc.reason}). Check the "
            "internet connection and QGIS's proxy settings. Without a connection, download the "
            f"boundaries as a GeoPackage (zip) from SCB's open geodata, {SCB_GEODATA_PAGE} "
            "(the pages 'DeSO – Demografiska statistikområden' and 'RegSO – Regionala "
            "statistikområden'), on a computer that has one, and give the file (.gpkg, .zip or "
            ".shp) to this tool instead of fetching."
        ) from exc
    epsg = epsg_of(result.crs) or 3006
    if result.features:
        frame = gpd.GeoDataFrame.from_features(result.features, crs=f"EPSG:{epsg}")
    else:  # nothing matched: an empty layer with the code field, refused below naming the codes
        empty = {WFS_CODE_FIELD[source_level]: []}
        frame = gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs=f"EPSG:{epsg}"))
    if frame.crs is not None and epsg != 3006 and len(frame):
        frame = frame.to_crs(SWEREF99TM)
    frame = fix_axis_order(frame, progress)
    pages = len(result.urls)
    progress.info(f"{len(frame)} features of {kind.wfs_layer} ({pages} requests).")
    source = result.urls[0] if result.urls else client.base_url
    return standardise(
        frame, kind, areas, source, source_level, label=f"SCB's WFS ({client.base_url})"
    )


def fix_axis_order(frame, progress: Progress = NO_PROGRESS):
    """Swap x and y when a server wrote SWEREF 99 TM as (northing, easting): Sweden's
    eastings lie between 200,000 and 1,000,000 m, its northings above 6,100,000 m."""
    if not len(frame) or frame.geometry.is_empty.all():
        return frame
    minx, miny, maxx, maxy = frame.total_bounds
    if minx > 6_000_000 and maxy < 1_100_000:
        shapely_ops = require("shapely.ops")
        frame = frame.copy()
        frame["geometry"] = frame.geometry.map(
            lambda g: None if g is None else shapely_ops.transform(lambda x, y: (y, x), g)
        )
        progress.info("The server wrote northing before easting; the axes were swapped.")
    return frame


# --- common to the WFS and files --------------------------------------------------------------
def standardise(
    frame,
    kind: BoundaryKind,
    areas: Iterable,
    source: str,
    source_level: Optional[str] = None,
    code_field: Optional[str] = None,
    retrieved: Optional[str] = None,
    label: Optional[str] = None,
):
    """``frame`` (areas of ``source_level`` with their codes in ``code_field``) filtered to
    ``areas``, dissolved to ``kind``'s level when that is coarser, with the plugin's fields.
    ``label`` names the source in messages (default ``source``)."""
    pd = require("pandas")
    gpd = require("geopandas")
    areas = list(areas)
    label = label or source
    source_level = source_level or kind.level
    code_field = code_field or WFS_CODE_FIELD.get(source_level) or kind.code_field
    if code_field not in frame.columns:
        raise InputError(
            f"{label} has no field '{code_field}' with the codes of the {codes.LEVEL_NAMES[source_level]}."
        )
    frame = frame.copy()
    frame["_code"] = frame[code_field].map(codes.normalise_code)
    frame["_kommun"] = frame["_code"].map(codes.kommun_of)
    frame["_lan"] = frame["_code"].map(codes.lan_of)
    if areas:
        keep = frame["_kommun"].isin(areas) | frame["_lan"].isin(areas)
        found = set(frame.loc[keep, "_kommun"].dropna()) | set(frame.loc[keep, "_lan"].dropna())
        missing = [a for a in areas if a not in found]
        if missing:
            raise InputError(_nothing_found(kind, missing, label))
        frame = frame[keep]
    elif not len(frame):
        raise InputError(f"{label} has no {kind.label} boundaries at all.")
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    names = _names_in(frame)
    if kind.level != source_level:
        frame = _dissolve(frame, kind, label)
    out = pd.DataFrame(index=frame.index)
    out[kind.code_field] = frame["_code"]
    if kind.level == codes.DESO and "regsokod" in frame.columns:
        out["regsokod"] = frame["regsokod"].map(codes.normalise_code)
    if kind.level == codes.REGSO:
        out["regsonamn"] = _regso_names(frame, code_field)
    if kind.level != codes.LAN:
        out["kommunkod"] = frame["_kommun"]
        out["kommunnamn"] = frame["_kommun"].map(lambda c: names.get(c) or region_names.name_of(c))
    out["lanskod"] = frame["_lan"]
    out["lansnamn"] = frame["_lan"].map(lambda c: names.get(c) or region_names.name_of(c))
    if kind.version:
        out["version"] = kind.version
    out["source"] = source
    out["retrieved"] = retrieved or today()
    result = gpd.GeoDataFrame(out, geometry=frame.geometry.values, crs=frame.crs)
    result = result.sort_values(out.columns[0]).reset_index(drop=True)
    result.attrs.update(
        {"title": title(kind, areas), "source": source, "retrieved": retrieved or today()}
    )
    return result


def _dissolve(frame, kind: BoundaryKind, label: str):
    """Smaller areas merged into ``kind``'s: by the code's kommun or län, or for RegSO by
    the DeSO's ``regsokod``."""
    if kind.level == codes.REGSO:
        field = _field(frame, ("regsokod",))
        if field is None:
            raise InputError(
                f"{label} has DeSO without a field 'regsokod', so RegSO boundaries cannot be "
                "made from them. Give SCB's RegSO GeoPackage, or fetch RegSO from SCB."
            )
        frame = frame.assign(_regso=frame[field].map(codes.normalise_code))
        key = "_regso"
    else:
        key = "_kommun" if kind.level == codes.KOMMUN else "_lan"
    frame = frame[frame[key].notna()][[key, "geometry"]].dissolve(by=key, as_index=False)
    frame["_code"] = frame[key]
    frame["_kommun"] = frame["_code"].map(codes.kommun_of)
    frame["_lan"] = frame["_code"].map(codes.lan_of)
    return frame


# Name fields as SCB's layers and files write them (DeSO 2018's GeoPackage: kommunnamn, lannamn).
NAME_FIELDS = {
    "_kommun": ("kommunnamn", "kommun_namn", "knnamn"),
    "_lan": ("lansnamn", "lannamn", "lan_namn", "lnnamn"),
}


def _field(frame, candidates) -> Optional[str]:
    lowered = {str(c).lower(): c for c in frame.columns}
    return next((lowered[c] for c in candidates if c in lowered), None)


def _names_in(frame) -> dict:
    """Names the layer itself carries (``kommunnamn``, ``lannamn``…), by code: the sample's
    kommuner are not in SCB's list."""
    names = {}
    for code_col, candidates in NAME_FIELDS.items():
        name_col = _field(frame, candidates)
        if name_col is not None:
            pairs = frame[[code_col, name_col]].dropna().drop_duplicates(code_col)
            names.update(dict(zip(pairs[code_col], pairs[name_col].astype(str))))
    return names


def _regso_names(frame, code_field: str):
    """The RegSO names: ``regsonamn``, or a ``regso`` field that holds names, not codes."""
    for candidate in ("regsonamn", "regso_namn", "regso"):
        field = _field(frame, (candidate,))
        if field is None or field == code_field:
            continue
        values = frame[field].dropna()
        if len(values) and codes.detect_level(values) is None:
            return frame[field]
    return None


def _nothing_found(kind: BoundaryKind, missing: list, source: str) -> str:
    described = ", ".join(
        f"{a} ({region_names.name_of(a)})" if region_names.name_of(a) else a for a in missing
    )
    unknown = [a for a in missing if region_names.name_of(a) is None]
    why = (
        f" {', '.join(unknown)} is not the code of a Swedish kommun or län."
        if unknown
        else " Does the source cover them (a file of other kommuner)?"
    )
    return (
        f"No {kind.label} boundaries for {described} in {source}.{why} Kommun codes have 4 "
        "digits (e.g. 0180 Stockholm, 1480 Göteborg), län codes 2 (e.g. 14)."
    )
