"""The layer inputs of every tool, and builders that break one of them.

``LAYERS[tool]`` lists ``(parameter, input key)`` of the tool's vector inputs; the key says
which base input it is (``areas``, ``projects``, ``plans``, ``first``, ``second``,
``kommuner``, ``regso``, ``sample_deso``, ``sample_regso``) and so which rows and which writer
make it (:data:`KEYS`). :func:`broken` gives a case's builder: the tool's
valid parameters with that one input rewritten.
"""

from __future__ import annotations

from . import builders as b
from . import builders_guided as g
from .bases import BASES, _second_year_rows

LAYERS = {
    "joinstatistics": [("INPUT", "areas")],
    "aggregateareas": [("INPUT", "areas")],
    "checkareas": [("INPUT", "areas")],
    "areatypes": [("INPUT", "areas")],
    "typechange": [("FIRST", "first"), ("SECOND", "second")],
    "inequalityindex": [("INPUT", "areas")],
    "segregationindices": [("INPUT", "areas")],
    "ptal": [("AREAS", "areas")],
    "transitaccessbyarea": [("AREAS", "areas")],
    "lineprofile": [("AREAS", "areas")],
    "tenuremix": [("INPUT", "areas")],
    "plannedhousing": [("PROJECTS", "projects"), ("AREAS", "areas")],
    "tenuresplit": [("PROJECTS", "projects"), ("AREAS", "areas")],
    "planningoverlay": [("PLANS", "plans"), ("AREAS", "areas"), ("PROJECTS", "projects")],
    "zonalraster": [("ZONES", "areas")],
    "indicatorprofile": [("INPUT", "areas")],
    "kommunreport": [("AREA_TYPES", "areas"), ("BOUNDARIES", "kommuner")],
    "officialtypes": [("AREA_TYPES", "regso")],
    "segregationanalysis": [("DESO", "sample_deso"), ("REGSO", "sample_regso")],
    "traveltimematrix": [("ORIGINS", "projects"), ("DESTINATIONS", "areas")],
    "transitisochrones": [("ORIGINS", "projects")],
    "transitopportunities": [("AREAS", "areas"), ("DESTINATIONS", "projects")],
}
# parameters declared for polygons only
POLYGON_ONLY = {
    ("checkareas", "INPUT"),
    ("ptal", "AREAS"),
    ("transitaccessbyarea", "AREAS"),
    ("lineprofile", "AREAS"),
    ("plannedhousing", "AREAS"),
    ("tenuresplit", "AREAS"),
    ("planningoverlay", "PLANS"),
    ("planningoverlay", "AREAS"),
    ("zonalraster", "ZONES"),
    ("kommunreport", "AREA_TYPES"),
    ("kommunreport", "BOUNDARIES"),
    ("transitopportunities", "AREAS"),
}

# key → (valid rows, writer(folder, rows, **options), layer name, geometry kind, fields)
KEYS = {
    "areas": (b.deso_rows, b.deso, "deso", "Polygon", b.DESO_FIELDS),
    "first": (b.deso_rows, b.deso, "typer_2021", "Polygon", b.DESO_FIELDS),
    "second": (_second_year_rows, b.deso, "typer_2022", "Polygon", b.DESO_FIELDS),
    "projects": (b.project_rows, b.projects, "projekt", "Point", b.PROJECT_FIELDS),
    "plans": (b.plan_rows, b.plans, "planomraden", "Polygon", b.PLAN_FIELDS),
    "kommuner": (g.kommun_rows, g.kommuner, "kommun", "Polygon", g.KOMMUN_FIELDS),
    "regso": (g.regso_rows, g.regso, "regso", "Polygon", g.REGSO_FIELDS),
    "sample_deso": (
        g.sample_deso_rows,
        g.sample_deso,
        "deso_skogsmark",
        "Polygon",
        g.SAMPLE_DESO_FIELDS,
    ),
    "sample_regso": (
        g.sample_regso_rows,
        g.sample_regso,
        "regso_skogsmark",
        "Polygon",
        g.SAMPLE_REGSO_FIELDS,
    ),
}
ROWS = {key: spec[0] for key, spec in KEYS.items()}


def _writer(key: str):
    _, write, name, _, _ = KEYS[key]
    return lambda folder, rows=None, **kw: write(folder, rows, **{"name": name, **kw})


def key_of(tool: str, param: str) -> str:
    return dict(LAYERS[tool])[param]


def broken(tool: str, param: str, rows=None, extra=None, **writer):
    """The tool's valid parameters with input ``param`` written from ``rows`` (a function
    of the input's valid rows, e.g. ``lambda rows: []``) and ``writer`` options (``kind``,
    ``crs``, ``fields``); ``extra`` parameters changed too."""
    key = key_of(tool, param)

    def build(dirs):
        written = ROWS[key]() if rows is None else rows(ROWS[key]())
        uri = _writer(key)(dirs.inp, written, **writer)
        params = BASES[tool](dirs, **{key: uri})
        params.update(extra or {})
        return params

    return build


def changed_base(tool: str, **changes):
    """The tool's valid parameters with ``changes`` (a callable value gets the dirs)."""

    def build(dirs):
        params = BASES[tool](dirs)
        for name, value in changes.items():
            params[name] = value(dirs) if callable(value) else value
        return params

    return build


def with_input(tool: str, key: str, make):
    """The tool's valid parameters with the base input ``key`` made by ``make(dirs)``."""

    def build(dirs):
        return BASES[tool](dirs, **{key: make(dirs)})

    return build


# --- geometry changes -----------------------------------------------------------------------
def to_points(rows):
    from qgis.core import QgsGeometry

    return [(QgsGeometry.fromWkt(w).centroid().asWkt(3), v) for w, v in rows]


def to_lines(rows):
    from qgis.core import QgsGeometry

    return [(QgsGeometry.fromWkt(w).convertToType(1, False).asWkt(3), v) for w, v in rows]


def no_geometry(index=0):
    def change(rows):
        rows = list(rows)
        rows[index] = (None, rows[index][1])
        return rows

    return change


def reprojected(crs: str):
    """Rows with their geometry in ``crs`` (from SWEREF 99 TM): the same places."""

    def change(rows):
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsGeometry,
            QgsProject,
        )

        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:3006"),
            QgsCoordinateReferenceSystem(crs),
            QgsProject.instance(),
        )
        out = []
        for wkt, values in rows:
            geometry = QgsGeometry.fromWkt(wkt)
            geometry.transform(transform)
            out.append((geometry.asWkt(9), values))
        return out

    return change


def shifted(dx=0.0, dy=400_000.0):
    """Rows moved ``dy`` m north (400 km: Dalarna, far from the town's feed and grid)."""

    def change(rows):
        from qgis.core import QgsGeometry

        out = []
        for wkt, values in rows:
            geometry = QgsGeometry.fromWkt(wkt)
            geometry.translate(dx, dy)
            out.append((geometry.asWkt(3), values))
        return out

    return change


def degrees():
    """Rows whose coordinates are longitude/latitude, to be written as SWEREF 99 TM."""
    return reprojected("EPSG:4326")
