"""Hand-made DeSO and planned projects for the tests of the tenure and planning tools.

Tests add them to the project with the ``project_layers`` fixture (``tests/conftest.py``): a
Python algorithm that fails while its parameters hold a Python-owned layer can crash the test
process at exit, and a project-owned layer avoids that.
"""

from __future__ import annotations

from tests.helpers.layers import memory_layer, square

# DeSO in two kommuner of county 01 (0114 and 0115), 100 m squares side by side:
#   0114A0010  100 h / 0 b / 0 a          one-sided hyresrätt
#   0114C1020  0 / 60 / 140               äganderätt 70 % (exactly one-sided)
#   0114C1030  .. / 10 / 10               suppressed hyresrätt
#   0115A0010  20 / 20 / 20 (+ 5 unknown) even thirds
DESO_FIELDS = {
    "desokod": str,
    "regsokod": str,
    "hyresrätt": str,
    "bostadsrätt": float,
    "äganderätt": float,
    "uppgift saknas": float,
    "area_type": int,
    "folk": float,
}
DESO_ROWS = [
    (
        square(0, 0),
        {
            "desokod": "0114A0010",
            "regsokod": "0114R001",
            "hyresrätt": "100",
            "bostadsrätt": 0,
            "äganderätt": 0,
            "uppgift saknas": 0,
            "area_type": 1,
            "folk": 1000,
        },
    ),
    (
        square(100, 0),
        {
            "desokod": "0114C1020",
            "regsokod": "0114R001",
            "hyresrätt": "0",
            "bostadsrätt": 60,
            "äganderätt": 140,
            "uppgift saknas": 0,
            "area_type": 5,
            "folk": 3000,
        },
    ),
    (
        square(200, 0),
        {
            "desokod": "0114C1030",
            "regsokod": "0114R002",
            "hyresrätt": "..",
            "bostadsrätt": 10,
            "äganderätt": 10,
            "uppgift saknas": 0,
            "area_type": 4,
            "folk": 500,
        },
    ),
    (
        square(300, 0),
        {
            "desokod": "0115A0010",
            "regsokod": "0115R001",
            "hyresrätt": "20",
            "bostadsrätt": 20,
            "äganderätt": 20,
            "uppgift saknas": 5,
            "area_type": 3,
            "folk": 800,
        },
    ),
]


def deso_layer():
    return memory_layer("Polygon", DESO_FIELDS, DESO_ROWS, name="deso")


PROJECT_FIELDS = {
    "projekt_id": str,
    "hyresratt": int,
    "bostadsratt": int,
    "aganderatt": int,
    "startar": int,
    "markagare": str,
    "status": str,
}


def projects_layer(rows, kind="Point", crs="EPSG:3006"):
    """rows: (wkt, id, h, b, a, start year, land owner, status)."""
    return memory_layer(
        kind,
        PROJECT_FIELDS,
        [(wkt, dict(zip(PROJECT_FIELDS, values))) for wkt, *values in rows],
        crs=crs,
        name="projects",
    )
