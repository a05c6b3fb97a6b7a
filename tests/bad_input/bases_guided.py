"""Valid parameter sets of the tools that read what other tools wrote, or run them as steps:
'Get area boundaries' (offline: SCB's DeSO GeoPackage of the town, never the WFS), 'Indicator
profile', 'Segregation report per kommun', 'Import official area types' and the guided
'Segregation analysis for kommuner' (on Skogsmark, a kommun of the bundled sample, with its
SCB exports: the analysis recognises the exports by their content)."""

from __future__ import annotations

from . import builders as b
from . import builders_guided as g
from .bases import _given
from .case import Dirs, outputs


def getboundaries(dirs: Dirs, **inputs) -> dict:
    """Offline only: the file SCB's page offers for download (``INPUT``); the WFS address is
    one no server answers, so that a case that reached for the network would say so."""
    return {
        "KIND": 0,  # DeSO 2025
        "AREAS": "9901",
        "INPUT": _given(inputs, "file", lambda: g.scb_deso_file(dirs.inp)),
        "WFS_URL": "http://127.0.0.1:9/geoserver/stat/wfs",
        "TIMEOUT": 5,
        **outputs(dirs, "getboundaries"),
    }


def indicatorprofile(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "CODE_FIELD": "desokod",
        **outputs(dirs, "indicatorprofile"),
    }


def kommunreport(dirs: Dirs, **inputs) -> dict:
    return {
        "AREA_TYPES": _given(inputs, "areas", lambda: b.deso(dirs.inp)),
        "TYPE_FIELD": "area_type",
        "RESIDENTS": "folk",
        "KOMMUN_FIELD": "kommunkod",
        "BOUNDARIES": _given(inputs, "kommuner", lambda: g.kommuner(dirs.inp)),
        "BOUNDARY_CODE_FIELD": "kommunkod",
        "BOUNDARY_NAME_FIELD": "kommunnamn",
        "KOMMUNER": "",
        "LAYOUT_NAME": "Rapport badinput",
        **outputs(dirs, "kommunreport"),
    }


def officialtypes(dirs: Dirs, **inputs) -> dict:
    return {
        "INPUT": _given(inputs, "file", lambda: g.official_export(dirs.inp)),
        "KEY_TABLE": _given(inputs, "key", lambda: g.official_key(dirs.inp)),
        "YEAR": 2022,
        "AREA_TYPES": _given(inputs, "regso", lambda: g.regso(dirs.inp)),
        "CODE_FIELD": "regsokod",
        "TYPE_FIELD": "area_type",
        "POPULATION_FIELD": "folk",
        **outputs(dirs, "officialtypes"),
    }


def segregationanalysis(dirs: Dirs, **inputs) -> dict:
    return {
        "STATISTICS_FOLDER": _given(inputs, "folder", lambda: g.sample_scb_folder(dirs.inp)),
        "DESO": _given(inputs, "sample_deso", lambda: g.sample_deso(dirs.inp)),
        "REGSO": _given(inputs, "sample_regso", lambda: g.sample_regso(dirs.inp)),
        "AREAS": g.SAMPLE_KOMMUN,
        "YEAR": 2022,
        **outputs(dirs, "segregationanalysis"),
    }


GUIDED = {
    "getboundaries": getboundaries,
    "indicatorprofile": indicatorprofile,
    "kommunreport": kommunreport,
    "officialtypes": officialtypes,
    "segregationanalysis": segregationanalysis,
}
