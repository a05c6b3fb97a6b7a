"""Cases of the tools that read what other tools wrote, or run them as steps: SCB's
boundaries file (Get area boundaries, offline), the indicator profile, the report per
kommun, SCB's official area types and the guided analysis — codes that are not in the
data, files that cannot be read, and hand-worked results of ordinary input."""

from __future__ import annotations

import zipfile

from . import builders as b
from . import builders_guided as g
from . import expect as e
from .case import Named, case
from .cases_files import READ
from .cases_layers import DESO
from .inputs import changed_base, reprojected

NOT_IN = ("no ", "not in", "has no", "does not")
CODE = ("kommun code", "code")
EDU = "andel förgymnasial 25-64"
# 9901: 410 with förgymnasial utbildning of 2250 aged 25–64 (the DeSO's counts summed)
EDU_9901 = 100 * (40 + 210 + 70 + 90) / (500 + 600 + 400 + 750)


def _boundaries_file(rows=None, crs="EPSG:3006", fields=None):
    return lambda d: g.scb_deso_file(d.inp, rows, crs=crs, fields=fields)


def _zip_of_text(d):
    path = d.inp / "DeSO_2025.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "Ladda ner GeoPackage-filen från scb.se.")
    return str(path)


def boundaries_cases() -> list:
    tool = "getboundaries"
    file = Named("INPUT")
    no_codes = {"kod": str, "namn": str}
    renamed = [(w, {"kod": v["desokod"], "namn": "x"}) for w, v in g.scb_deso_rows()]
    return [
        case(
            tool,
            "kommun-not-in-file",
            changed_base(tool, AREAS="0180"),
            "refuse",
            ("0180", NOT_IN),
        ),
        case(
            tool,
            "not-a-kommun-code",
            changed_base(tool, AREAS="99x"),
            "refuse",
            ("99x", CODE),
        ),
        case(
            tool,
            "unreadable-zip",
            changed_base(tool, INPUT=lambda d: b.garbage(d.inp, "DeSO_2025.zip")),
            "refuse",
            (file, READ + ("zip",)),
        ),
        case(
            tool,
            "unreadable-shapefile",
            changed_base(tool, INPUT=lambda d: b.garbage(d.inp, "DeSO_2025.shp")),
            "refuse",
            (file, READ + ("vector file",)),
            isolate=True,  # GDAL reading a broken file
        ),
        case(
            tool,
            "file-not-found",
            changed_base(tool, INPUT=lambda d: str(d.inp / "saknas" / "DeSO_2025.gpkg")),
            "refuse",
            ("DeSO_2025.gpkg", ("does not exist", "not found", "no file")),
        ),
        case(
            tool,
            "zip-without-geopackage",
            changed_base(tool, INPUT=_zip_of_text),
            "refuse",
            ("DeSO_2025.zip", ("no GeoPackage", "shapefile")),
        ),
        case(
            tool,
            "file-without-codes",
            changed_base(tool, INPUT=_boundaries_file(renamed, fields=no_codes)),
            "refuse",
            (file, ("code", "desokod")),
        ),
        case(
            tool,
            "empty-file",
            changed_base(tool, AREAS="", INPUT=_boundaries_file([])),
            "refuse",
            (file, ("no DeSO", "at all", "no features", "empty", "no areas")),
        ),
        case(
            tool,
            "file-without-crs",
            changed_base(tool, INPUT=_boundaries_file(crs="")),
            "refuse",
            (file, ("coordinate reference system", "CRS")),
        ),
        case(
            tool,
            "file-in-wgs84",
            changed_base(
                tool,
                INPUT=_boundaries_file(reprojected("EPSG:4326")(g.scb_deso_rows()), "EPSG:4326"),
            ),
            "succeed",
            (),
            e.all_of(e.rows("OUTPUT", 4, "desokod"), e.within_sweden("OUTPUT")),
        ),
        case(
            tool,
            "kommuner-from-deso-file",
            changed_base(tool, KIND=4, AREAS=""),
            "succeed",
            (),
            e.values("OUTPUT", "kommunkod", "kommunnamn", {"9901": "Storstad", "9902": "Norrvik"}),
        ),
        case(
            tool,
            "regso-2020-from-deso-2025",
            changed_base(tool, KIND=3),
            "refuse",
            (file, ("2025", "2018")),
        ),
        case(
            tool,
            "offline-without-file",
            changed_base(tool, INPUT=""),
            "refuse",
            (("SCB", "WFS"), ("GeoPackage", "download", "file")),
        ),
    ]


def profile_cases() -> list:
    tool = "indicatorprofile"
    bare = {"desokod": str, "folk": int}
    return [
        case(
            tool,
            "shares-through-counts",
            changed_base(tool),
            "succeed",
            (),
            e.all_of(
                e.values("OUTPUT", "desokod", EDU, {DESO[0]: 8.0, DESO[1]: 35.0}),
                e.values("OUTPUT", "desokod", f"{EDU} kommun", {DESO[0]: EDU_9901}),
            ),
        ),
        case(
            tool,
            "no-standard-fields",
            changed_base(tool, INPUT=lambda d: b.deso(d.inp, fields=bare)),
            "refuse",
            (("standard tables", "SCB"), ("Import SCB table", "Join statistics")),
        ),
        case(
            tool,
            "numerator-over-denominator",
            changed_base(
                tool,
                INPUT=lambda d: b.deso(d.inp, b.changed(b.deso_rows(), 0, **{b.EDU: 900})),
            ),
            "either",
            (b.EDU, b.EDU_TOTAL),
            e.warned(b.EDU, DESO[0]),
        ),
    ]


def report_cases() -> list:
    tool = "kommunreport"
    one = g.kommun_rows()[:1]
    return [
        case(
            tool,
            "kommun-not-in-data",
            changed_base(tool, KOMMUNER="0180"),
            "refuse",
            ("0180", NOT_IN),
        ),
        case(tool, "not-a-kommun-code", changed_base(tool, KOMMUNER="99x"), "refuse", ("99x",)),
        case(
            tool,
            "boundaries-lack-a-kommun",
            changed_base(tool, BOUNDARIES=lambda d: g.kommuner(d.inp, one)),
            "refuse",
            ("9902", ("no feature", "lack", "not in")),
        ),
        case(
            tool,
            "template-not-a-layout",
            changed_base(tool, TEMPLATE=lambda d: b.garbage(d.inp, "mall.qpt")),
            "refuse",
            ("mall.qpt", ("template", "layout")),
        ),
        case(
            tool,
            "no-area-types",
            changed_base(
                tool, AREA_TYPES=lambda d: b.deso(d.inp, b.changed(b.deso_rows(), area_type=None))
            ),
            "either",
            (("area type", "area_type"),),
        ),
    ]


def official_cases() -> list:
    tool = "officialtypes"
    unknown = [*g.official_regions(), ("Storstad (Sjöstaden)", 2)]
    other_codes = [
        (w, dict(v, regsokod=v["regsokod"].replace("R", "X"))) for w, v in g.regso_rows()
    ]
    return [
        case(
            tool,
            "unreadable-export",
            changed_base(tool, INPUT=lambda d: b.garbage(d.inp, "omradestyper.xlsx")),
            "refuse",
            (Named("INPUT"), READ),
        ),
        case(
            tool,
            "export-without-rows",
            changed_base(tool, INPUT=lambda d: g.official_export(d.inp, regions=[])),
            "refuse",
            (Named("INPUT"), ("no ", "empty")),
        ),
        case(
            tool,
            "key-without-names",
            changed_base(tool, KEY_TABLE=lambda d: b.key_table(d.inp)),
            "refuse",
            (Named("KEY_TABLE"), ("name", "Kommunnamn", "RegSO_2020")),
        ),
        case(
            tool,
            "year-not-in-export",
            changed_base(tool, YEAR=2030),
            "refuse",
            ("2030", "2022"),
        ),
        case(
            tool,
            "name-not-in-key",
            changed_base(tool, INPUT=lambda d: g.official_export(d.inp, regions=unknown)),
            "succeed",
            (),
            e.all_of(
                e.result("MATCHED", 4),
                e.result("NOT_MATCHED", 1),
                e.any_row("UNMATCHED", lambda r: "Sjöstaden" in str(r), "Sjöstaden not listed"),
                e.warned("not matched"),
            ),
        ),
        case(
            tool,
            "agreement-hand-worked",
            changed_base(tool),
            "succeed",
            (),
            e.all_of(
                e.result("COMPARED", 4),
                e.result("SHARE_IDENTICAL", 75.0),
                e.result("SHARE_WITHIN_ONE", 100.0),
            ),
        ),
        case(
            tool,
            "own-codes-not-official",
            changed_base(tool, AREA_TYPES=lambda d: g.regso(d.inp, other_codes)),
            "either",
            (Named("AREA_TYPES"), ("RegSO", "code")),
            e.all_of(e.result("COMPARED", 0), e.warned("RegSO", "code")),
        ),
    ]


def analysis_cases() -> list:
    tool = "segregationanalysis"
    v1_v3 = g.SAMPLE_FILES[:1] + g.SAMPLE_FILES[2:]  # without education (V2)
    return [
        case(
            tool,
            "kommun-not-in-data",
            changed_base(tool, AREAS="0180"),
            "refuse",
            ("0180", ("9906", "no areas")),
        ),
        case(tool, "not-a-kommun-code", changed_base(tool, AREAS="99x"), "refuse", ("99x", CODE)),
        case(
            tool,
            "year-not-in-statistics",
            changed_base(tool, YEAR=2030),
            "refuse",
            ("2030", ("2021", "2022")),
        ),
        case(
            tool,
            "folder-without-education",
            changed_base(
                tool,
                STATISTICS_FOLDER=lambda d: g.sample_scb_folder(d.inp, "scb_v1_v3", files=v1_v3),
            ),
            "refuse",
            ("000005MO", ("utbildning", "education", "25-64")),
        ),
        case(
            tool,
            "empty-folder",
            changed_base(
                tool, STATISTICS_FOLDER=lambda d: g.sample_scb_folder(d.inp, "scb_tom", files=())
            ),
            "refuse",
            (("scb", "folder"), ("000005MO", "download", "no ")),
        ),
        case(
            tool,
            "deso-of-another-kommun",
            changed_base(
                tool,
                DESO=lambda d: g.sample_deso(d.inp, g.sample_deso_rows("9905")),
                REGSO="",
                AREAS="",
            ),
            "refuse",
            ("9905A0010", ("match", "code")),
        ),
    ]


def cases() -> list:
    return [
        *boundaries_cases(),
        *profile_cases(),
        *report_cases(),
        *official_cases(),
        *analysis_cases(),
    ]
