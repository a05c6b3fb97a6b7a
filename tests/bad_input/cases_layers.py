"""Cases of one broken layer: empty, features without geometry, the wrong geometry type,
no CRS, another CRS than the other inputs, degrees written as SWEREF 99 TM, and areas far
from the feed, the grid or the other layer."""

from __future__ import annotations

from . import expect as e
from .case import Named, case
from .inputs import (
    LAYERS,
    POLYGON_ONLY,
    broken,
    degrees,
    no_geometry,
    reprojected,
    shifted,
    to_lines,
    to_points,
)

EMPTY = ("empty", "no features", "no areas", "no projects", "no plan", "has none", "no rows")
GEOMETRY = ("geometry", "geometries")
CRS = ("coordinate reference system", "CRS")
DEGREES = ("degree", "coordinate", "CRS")
APART = ("overlap", "outside", "far from", "do not cover", "does not cover", "no area")
DESO = [f"{k}A00{n}0" for k in ("9901", "9902") for n in (1, 2, 3, 4)]
# where the four projects lie (bases.py: DeSO 0, 1, 4 and 6)
PROJECT_AREAS = {"P1": "9901A0010", "P2": "9901A0020", "P3": "9902A0010", "P4": "9902A0030"}
FOLK_BY_REGSO = {"9901R001": 2200.0, "9901R002": 2300.0, "9902R001": 2000.0, "9902R002": 2000.0}


def _empty_expectation(tool: str, param: str):
    """(expect, check) of an empty layer: ordinary input where the output is per feature."""
    zero = {
        ("joinstatistics", "INPUT"): e.all_of(e.rows("OUTPUT", 0), e.result("MATCHED", 0)),
        ("aggregateareas", "INPUT"): e.rows("OUTPUT", 0, "regsokod", "folk"),
        ("tenuremix", "INPUT"): e.rows("OUTPUT", 0, "dominant_tenure", "share_hyresratt"),
        ("zonalraster", "ZONES"): e.rows("OUTPUT", 0, "zonal_sum", "zonal_note"),
        ("ptal", "AREAS"): e.rows("OUTPUT", 0, "ptal_ai", "ptal_band"),
        ("transitaccessbyarea", "AREAS"): e.rows("OUTPUT", 0, "residents", "pct_AB"),
        ("plannedhousing", "PROJECTS"): e.all_of(
            e.rows("OUTPUT", 0, "flag"),
            e.rows("PROJECTED", 8, "planned_total"),
            e.column("PROJECTED", "planned_total", lambda v: not v, "no project: 0 planned"),
        ),
        ("planningoverlay", "PLANS"): e.rows("OUTPUT", 0, "residents", "plan_note"),
        ("indicatorprofile", "INPUT"): e.rows("OUTPUT", 0, "desokod"),
        ("planningoverlay", "PROJECTS"): e.all_of(
            e.rows("OUTPUT", 2, "planned_total"),
            e.column("OUTPUT", "planned_total", lambda v: not v, "no project: 0 planned"),
        ),
    }
    if (tool, param) in zero:
        return "succeed", zero[(tool, param)]
    if tool == "typechange":  # nothing to compare with: never "0 areas changed"
        return "refuse", None
    if tool == "checkareas":  # an empty table would say the layer is fine
        return "either", e.any_row(
            "OUTPUT",
            lambda r: any(w in str(r["problem"]).lower() for w in EMPTY),
            "no problem row says the layer is empty",
        )
    return "either", None


def empty_cases() -> list:
    out = []
    for tool, params in LAYERS.items():
        for param, _ in params:
            expected, check = _empty_expectation(tool, param)
            kind = "empty" if len(params) == 1 else f"empty-{param.lower()}"
            out.append(
                case(
                    tool,
                    kind,
                    broken(tool, param, rows=lambda rows: []),
                    expected,
                    (Named(param), EMPTY),
                    check,
                    isolate=True,  # the known crashes: an empty layer in the planning tools
                )
            )
    return out


NO_GEOMETRY = {
    ("checkareas", "INPUT"): (
        "succeed",
        e.any_row(
            "OUTPUT",
            lambda r: r["code"] == DESO[0] and r["check"] == "geometry",
            "no geometry problem reported for 9901A0010",
        ),
    ),
    ("joinstatistics", "INPUT"): ("succeed", e.result("MATCHED", 8)),
    ("aggregateareas", "INPUT"): (
        "succeed",
        e.values("OUTPUT", "regsokod", "folk", FOLK_BY_REGSO),
    ),
    ("areatypes", "INPUT"): ("succeed", e.rows("OUTPUT", 8, "area_type")),
    ("typechange", "FIRST"): ("succeed", e.result("CHANGED_AREAS", 2)),
    ("inequalityindex", "INPUT"): ("succeed", e.rows("OUTPUT", 2, "ojamlikhetsindex")),
    ("tenuremix", "INPUT"): ("succeed", e.rows("OUTPUT", 8, "dominant_tenure")),
    ("zonalraster", "ZONES"): (
        "succeed",
        e.all_of(
            e.values("OUTPUT", "desokod", "zonal_sum", {DESO[1]: 250.0, DESO[7]: 250.0}),
            e.any_row(
                "OUTPUT",
                lambda r: r["desokod"] == DESO[0] and r["zonal_note"],
                "no zonal_note for the area without geometry",
            ),
        ),
    ),
    ("plannedhousing", "PROJECTS"): (
        "either",
        e.values("OUTPUT", "projekt_id", "counted", {"P1": False, "P2": True}),
    ),
    ("transitaccessbyarea", "AREAS"): (
        "either",
        e.values("OUTPUT", "desokod", "residents", {DESO[1]: 250.0, DESO[7]: 250.0}),
    ),
}


def no_geometry_cases() -> list:
    out = []
    for tool, params in LAYERS.items():
        for param, _ in params:
            if (tool, param) in {("typechange", "SECOND"), ("segregationindices", "INPUT")}:
                continue
            expected, check = NO_GEOMETRY.get((tool, param), ("either", None))
            kind = "no-geometry" if len(params) == 1 else f"no-geometry-{param.lower()}"
            words = (Named(param), GEOMETRY)
            out.append(
                case(tool, kind, broken(tool, param, rows=no_geometry(0)), expected, words, check)
            )
    return out


def wrong_geometry_cases() -> list:
    out = []
    # the checker may report every point as a problem instead of refusing the layer
    every_point = e.all_of(
        e.result("ERRORS", 8),
        e.column("OUTPUT", "problem", lambda v: "polygon" in str(v), "says: not a polygon"),
    )
    for tool, param in sorted(POLYGON_ONLY):
        suffix = "" if len(LAYERS[tool]) == 1 else f"-{param.lower()}"
        expected, check = ("either", every_point) if tool == "checkareas" else ("refuse", None)
        build = broken(tool, param, to_points, kind="Point")
        out.append(case(tool, f"points{suffix}", build, expected, (Named(param), "polygon"), check))
    for tool, param in (("zonalraster", "ZONES"), ("planningoverlay", "PLANS")):
        build = broken(tool, param, to_lines, kind="LineString")
        out.append(case(tool, f"lines-{param.lower()}", build, "refuse", (Named(param), "polygon")))
    for tool in ("plannedhousing", "tenuresplit"):
        build = broken(tool, "PROJECTS", to_lines, kind="LineString")
        words = (Named("PROJECTS"), ("point", "polygon"))
        out.append(case(tool, "lines-projects", build, "refuse", words))
    return out


def _project_areas():
    return e.values("OUTPUT", "projekt_id", "area", PROJECT_AREAS)


def crs_cases() -> list:
    out = []
    refuse_without = [
        ("ptal", "AREAS"),
        ("transitaccessbyarea", "AREAS"),
        ("lineprofile", "AREAS"),
        ("zonalraster", "ZONES"),
    ]
    for tool, param in refuse_without:
        out.append(case(tool, "no-crs", broken(tool, param, crs=""), "refuse", (Named(param), CRS)))
    for tool, param, check in (
        ("plannedhousing", "PROJECTS", _project_areas()),
        ("planningoverlay", "PLANS", None),
        ("checkareas", "INPUT", None),
        ("aggregateareas", "INPUT", e.values("OUTPUT", "regsokod", "folk", FOLK_BY_REGSO)),
        ("tenuremix", "INPUT", e.rows("OUTPUT", 8, "dominant_tenure")),
        ("tenuresplit", "PROJECTS", e.rows("SPLITS", 3, "proposed_hyresratt")),
        ("joinstatistics", "INPUT", e.result("MATCHED", 8)),
        ("areatypes", "INPUT", e.rows("OUTPUT", 8, "area_type")),
    ):
        build = broken(tool, param, crs="")
        out.append(
            case(tool, f"no-crs-{param.lower()}", build, "either", (Named(param), CRS), check)
        )
    same = {d: 250.0 for d in DESO}
    other = [
        ("zonalraster", "ZONES", e.values("OUTPUT", "desokod", "zonal_sum", same)),
        ("transitaccessbyarea", "AREAS", e.values("OUTPUT", "desokod", "residents", same)),
        ("plannedhousing", "PROJECTS", _project_areas()),
        ("tenuresplit", "PROJECTS", e.rows("SPLITS", 3, "proposed_hyresratt")),
        (
            "planningoverlay",
            "PLANS",
            e.values("OUTPUT", "plan_id", "residents", {"N1": 4500.0}, 45),
        ),
        ("ptal", "AREAS", e.column("OUTPUT", "ptal_ai", lambda v: v is not None and v > 0, "> 0")),
        ("lineprofile", "AREAS", e.column("OUTPUT", "residents", lambda v: v and v > 0, "> 0")),
        ("checkareas", "INPUT", e.result("ERRORS", 0)),
        ("typechange", "SECOND", e.result("CHANGED_AREAS", 2)),
    ]
    for tool, param, check in other:
        build = broken(tool, param, reprojected("EPSG:4326"), crs="EPSG:4326")
        out.append(case(tool, f"other-crs-{param.lower()}", build, "succeed", (), check))
    return out


def degrees_cases() -> list:
    out = []
    for tool, param in (
        ("zonalraster", "ZONES"),
        ("transitaccessbyarea", "AREAS"),
        ("ptal", "AREAS"),
        ("lineprofile", "AREAS"),
        ("plannedhousing", "PROJECTS"),
        ("tenuresplit", "PROJECTS"),
        ("planningoverlay", "PLANS"),
    ):
        build = broken(tool, param, degrees(), crs="EPSG:3006")
        out.append(
            case(tool, f"degrees-in-3006-{param.lower()}", build, "refuse", (Named(param), DEGREES))
        )
    check = e.any_row(
        "OUTPUT",
        lambda r: any(w in str(r["problem"]) for w in ("degree", "coordinate", "CRS")),
        "no problem row says the coordinates are degrees, not SWEREF 99 TM metres",
    )
    build = broken("checkareas", "INPUT", degrees(), crs="EPSG:3006")
    out.append(
        case("checkareas", "degrees-in-3006", build, "either", (Named("INPUT"), DEGREES), check)
    )
    return out


def apart_cases() -> list:
    out = []
    for tool, param in (
        ("zonalraster", "ZONES"),
        ("transitaccessbyarea", "AREAS"),
        ("tenuresplit", "PROJECTS"),
    ):
        build = broken(tool, param, shifted())
        out.append(case(tool, f"far-apart-{param.lower()}", build, "refuse", (Named(param), APART)))
    # areas beyond walking distance of every stop: PTAL 0 / no statistics is a fact to say
    for tool, param in (("ptal", "AREAS"), ("lineprofile", "AREAS")):
        build = broken(tool, param, shifted())
        check = e.warned("no area", "within", "walking", "far from")
        out.append(
            case(tool, f"far-apart-{param.lower()}", build, "either", (Named(param), APART), check)
        )
    for tool, param in (("plannedhousing", "PROJECTS"), ("planningoverlay", "PLANS")):
        build = broken(tool, param, shifted())
        check = e.warned("outside", "no area", "overlap")
        out.append(
            case(tool, f"far-apart-{param.lower()}", build, "either", (Named(param), APART), check)
        )
    return out


def _memory(tool: str, param: str, rows=None):
    """The tool's parameters with input ``param`` an in-memory layer (owned by the project
    while the case runs) of the valid rows, or of ``rows(valid rows)``."""
    from tests.helpers.layers import memory_layer

    from . import builders as b
    from .bases import BASES
    from .inputs import ROWS, key_of

    key = key_of(tool, param)
    fields = {"projects": b.PROJECT_FIELDS, "plans": b.PLAN_FIELDS}.get(key, b.DESO_FIELDS)
    kind = "Point" if key == "projects" else "Polygon"

    def build(dirs):
        written = ROWS[key]() if rows is None else rows(ROWS[key]())
        return BASES[tool](dirs, **{key: memory_layer(kind, fields, written, name=f"minne_{key}")})

    return build


def memory_cases() -> list:
    """Memory layers as inputs: they must come back with the same features (and fields)."""
    same = {d: 250.0 for d in DESO}
    return [
        case(
            "plannedhousing",
            "memory-projects",
            _memory("plannedhousing", "PROJECTS"),
            "succeed",
            (),
            _project_areas(),
        ),
        case(
            "plannedhousing",
            "memory-areas-empty",
            _memory("plannedhousing", "AREAS", lambda r: []),
            "either",
            (Named("AREAS"), EMPTY),
        ),
        case(
            "tenuremix",
            "memory-areas",
            _memory("tenuremix", "INPUT"),
            "succeed",
            (),
            e.rows("OUTPUT", 8, "dominant_tenure"),
        ),
        case(
            "zonalraster",
            "memory-zones",
            _memory("zonalraster", "ZONES"),
            "succeed",
            (),
            e.values("OUTPUT", "desokod", "zonal_sum", same),
        ),
        case(
            "transitaccessbyarea",
            "memory-areas",
            _memory("transitaccessbyarea", "AREAS"),
            "succeed",
            (),
            e.values("OUTPUT", "desokod", "residents", same),
        ),
        case(
            "checkareas",
            "memory-areas-no-geometry",
            _memory("checkareas", "INPUT", no_geometry(0)),
            "succeed",
            (),
            NO_GEOMETRY[("checkareas", "INPUT")][1],
        ),
    ]


def cases() -> list:
    return [
        *memory_cases(),
        *empty_cases(),
        *no_geometry_cases(),
        *wrong_geometry_cases(),
        *crs_cases(),
        *degrees_cases(),
        *apart_cases(),
    ]
