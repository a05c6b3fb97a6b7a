"""Check an area layer before it is used: codes, geometry, nesting and tiling.

A planner who loads DeSO, RegSO or own districts wants to know, before any analysis,
whether the codes are well formed and unique, whether every geometry is valid, whether each
area sits in one parent (every DeSO in one RegSO, one kommun), and whether the areas tile
the region without overlaps or gaps. Each problem is one row naming the feature, the code,
what is wrong and what to do.
"""

from __future__ import annotations

from typing import Optional

from ..common import codes as C
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress

PROBLEM_COLUMNS = ["feature", "code", "check", "severity", "problem", "action"]
ERROR, WARNING, INFO = "error", "warning", "info"

_PARENT_LEVELS = {
    C.DESO: (C.REGSO, C.KOMMUN, C.LAN),
    C.REGSO: (C.KOMMUN, C.LAN),
    C.KOMMUN: (C.LAN,),
}


def _row(feature, code, check, severity, problem, action):
    return {
        "feature": feature,
        "code": code,
        "check": check,
        "severity": severity,
        "problem": problem,
        "action": action,
    }


def check_codes(frame, code_field: str, level: Optional[str] = None) -> tuple[list, str]:
    """Rows for malformed, missing, wrong-level and duplicate codes; returns (rows, level)."""
    if code_field not in frame.columns:
        raise InputError(
            f"The field '{code_field}' is not in the layer (fields: {', '.join(map(str, frame.columns))}). "
            "Choose the field that holds the area codes."
        )
    values = frame[code_field]
    level = level or C.detect_level(values)
    if level is None:
        raise InputError(
            f"No value in '{code_field}' is an area code (län 01, kommun 0114, RegSO 0114R001, "
            "DeSO 0114A0010). Choose the field that holds the codes."
        )
    rows = []
    seen: dict = {}
    for idx, raw in values.items():
        parsed = C.parse_code(raw)
        if raw is None or (isinstance(raw, float) and raw != raw) or str(raw).strip() == "":
            rows.append(
                _row(idx, None, "code", ERROR, "The area has no code.", f"Fill in '{code_field}'.")
            )
            continue
        if parsed is None:
            rows.append(
                _row(
                    idx,
                    str(raw),
                    "code",
                    ERROR,
                    f"'{raw}' is not a well-formed area code.",
                    f"Correct it to the {C.LEVEL_NAMES[level]} form of METHODS §1 (e.g. "
                    f"{_EXAMPLES[level]}).",
                )
            )
            continue
        if parsed.level != level:
            rows.append(
                _row(
                    idx,
                    parsed.code,
                    "code",
                    ERROR,
                    f"'{raw}' is a {C.LEVEL_NAMES[parsed.level]} code in a layer of "
                    f"{C.LEVEL_NAMES[level]} codes.",
                    "Remove the feature or correct its code.",
                )
            )
            continue
        if parsed.code in seen:
            rows.append(
                _row(
                    idx,
                    parsed.code,
                    "code",
                    ERROR,
                    f"The code {parsed.code} occurs more than once (also feature {seen[parsed.code]}).",
                    "Dissolve the parts into one feature or correct the code.",
                )
            )
        else:
            seen[parsed.code] = idx
    return rows, level


_EXAMPLES = {C.DESO: "0114A0010", C.REGSO: "0114R001", C.KOMMUN: "0114", C.LAN: "01", C.RIKET: "00"}


def check_nesting(frame, code_field: str, level: str, parent_fields: dict) -> list:
    """Rows where an area's parent code is missing, malformed, of the wrong level, or in
    another kommun/län than the area's own code says.

    ``parent_fields`` maps a parent level (``regso``, ``kommun``, ``lan``) to a field name.
    """
    rows = []
    for parent_level, field in parent_fields.items():
        if field not in frame.columns:
            raise InputError(f"The parent field '{field}' is not in the layer.")
        for idx, (raw, parent_raw) in frame[[code_field, field]].iterrows():
            own = C.parse_code(raw)
            if own is None:
                continue  # reported by check_codes
            parent = C.parse_code(parent_raw)
            name = C.LEVEL_NAMES[parent_level]
            if parent is None or parent.level != parent_level:
                rows.append(
                    _row(
                        idx,
                        own.code,
                        "nesting",
                        ERROR,
                        f"{own.code} has no valid {name} code in '{field}' (value: {parent_raw!r}).",
                        f"Fill in the {name} the area belongs to.",
                    )
                )
                continue
            prefix_ok = (parent.kommun is None or parent.kommun == own.kommun) and (
                parent.lan is None or parent.lan == own.lan
            )
            if not prefix_ok:
                rows.append(
                    _row(
                        idx,
                        own.code,
                        "nesting",
                        ERROR,
                        f"{own.code} lies in kommun {own.kommun} by its code, but '{field}' puts it "
                        f"in {name} {parent.code}.",
                        "Correct the parent code; an area cannot cross a kommun border.",
                    )
                )
    return rows


def check_geometry(frame) -> list:
    """Rows for missing, empty, non-polygon and invalid geometries."""
    shapely_validation = require("shapely.validation")
    rows = []
    for idx, geom in frame.geometry.items():
        if geom is None or geom.is_empty:
            rows.append(
                _row(
                    idx,
                    None,
                    "geometry",
                    ERROR,
                    "The feature has no geometry.",
                    "Draw or restore its polygon, or remove the feature.",
                )
            )
        elif geom.geom_type not in ("Polygon", "MultiPolygon"):
            rows.append(
                _row(
                    idx,
                    None,
                    "geometry",
                    ERROR,
                    f"The geometry is a {geom.geom_type}, not a polygon.",
                    "Use a polygon layer of areas.",
                )
            )
        elif not geom.is_valid:
            reason = shapely_validation.explain_validity(geom)
            rows.append(
                _row(
                    idx,
                    None,
                    "geometry",
                    ERROR,
                    f"Invalid geometry: {reason}.",
                    "Repair it with Processing › Fix geometries (a copy; your layer is not changed).",
                )
            )
    return rows


def check_tiling(frame, tolerance_m2: float = 1.0, progress: Progress = NO_PROGRESS) -> list:
    """Rows for pairs of areas that overlap by more than ``tolerance_m2`` and for gaps
    (holes inside the union of all areas) larger than it.

    Holes may be lakes cut out of the map on purpose, so they are warnings, not errors.
    """
    gpd = require("geopandas")
    shapely_ops = require("shapely.ops")
    good = frame[frame.geometry.notna() & ~frame.geometry.is_empty & frame.geometry.is_valid]
    good = good[good.geom_type.isin(["Polygon", "MultiPolygon"])]
    rows = []
    if good.empty:
        return rows
    left = gpd.GeoDataFrame({"_i": good.index}, geometry=good.geometry.values, crs=frame.crs)
    pairs = gpd.sjoin(left, left, how="inner", predicate="intersects")
    pairs = pairs[pairs["_i_left"] < pairs["_i_right"]]
    progress.set(30)
    geoms = good.geometry
    for a, b in zip(pairs["_i_left"], pairs["_i_right"]):
        area = geoms.loc[a].intersection(geoms.loc[b]).area
        if area > tolerance_m2:
            rows.append(
                _row(
                    a,
                    None,
                    "tiling",
                    ERROR,
                    f"Overlaps feature {b} by {area:,.0f} m².",
                    "Remove the overlap so that each place belongs to one area.",
                )
            )
    progress.set(70)
    progress.check()
    union = shapely_ops.unary_union(list(geoms.values))
    polys = [union] if union.geom_type == "Polygon" else list(getattr(union, "geoms", []))
    for poly in polys:
        for ring in poly.interiors:
            hole_area = type(poly)(ring).area
            if hole_area > tolerance_m2:
                x, y = ring.coords[0]
                rows.append(
                    _row(
                        None,
                        None,
                        "tiling",
                        WARNING,
                        f"A gap of {hole_area:,.0f} m² lies between the areas (near {x:.0f}, {y:.0f}).",
                        "If it is not a lake or sea on purpose, extend the neighbouring areas to close it.",
                    )
                )
    progress.set(100)
    return rows


def check_areas(
    frame,
    code_field: str,
    level: Optional[str] = None,
    parent_fields: Optional[dict] = None,
    check_overlaps: bool = True,
    tolerance_m2: float = 1.0,
    progress: Progress = NO_PROGRESS,
):
    """All checks on an area (Geo)DataFrame; returns ``(problems, level)``.

    ``problems`` is a DataFrame with the columns of :data:`PROBLEM_COLUMNS`, empty when the
    layer is fine. Geometry checks run only when ``frame`` has a geometry column.
    """
    pd = require("pandas")
    if not len(frame):
        raise InputError(
            "The area layer has no features: there is nothing to check. Choose a layer with "
            "areas (is a filter or a selection hiding them?)."
        )
    rows, level = check_codes(frame, code_field, level)
    progress.set(10)
    if parent_fields:
        rows += check_nesting(frame, code_field, level, parent_fields)
    progress.set(20)
    if (
        hasattr(frame, "geometry")
        and getattr(frame, "_geometry_column_name", None) in frame.columns
    ):
        rows += check_geometry(frame)
        progress.check()
        if check_overlaps:
            rows += check_tiling(frame, tolerance_m2, progress.sub(20, 100))
    progress.set(100)
    problems = pd.DataFrame(rows, columns=PROBLEM_COLUMNS)
    if not problems.empty:
        codes = frame[code_field].map(C.normalise_code)
        missing_code = problems["code"].isna() & problems["feature"].notna()
        problems.loc[missing_code, "code"] = problems.loc[missing_code, "feature"].map(codes)
    return problems, level


def parent_fields_for(columns, level: str) -> dict:
    """Guess the parent-code fields of an area layer from its column names
    (``regsokod``, ``kommunkod``, ``lanskod`` as in SCB's layers)."""
    found = {}
    for parent in _PARENT_LEVELS.get(level, ()):
        field = C.guess_code_field([c for c in columns if c.lower() != "code"], parent)
        if field:
            found[parent] = field
    return found
