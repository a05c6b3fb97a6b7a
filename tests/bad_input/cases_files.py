"""Cases of a broken file: SCB exports (unreadable, truncated, comma separator with decimal
commas, a line over 128 KB, no data rows), key tables, GTFS zips and rasters."""

from __future__ import annotations

import numpy as np

from . import builders as b
from . import expect as e
from . import feeds as f
from .case import Named, case
from .cases_layers import DESO
from .inputs import changed_base

READ = (
    "cannot be read",
    "could not be read",
    "can't be read",
    "not a",
    "damaged",
    "corrupt",
    "unreadable",
    "truncated",
    "broken",
    "cannot open",
    "could not open",
)
NO_DATA = ("no data", "no rows", "no areas", "no area codes", "no values", "empty", "no statistics")
# the parameter holding the SCB file, per tool
SCB_FILE = {"importscbtable": "INPUT", "joinstatistics": "STATISTICS_FILE", "tenuremix": "FILE"}


def _tenuremix_from_file(dirs, path):
    """tenuremix reading the counts from an SCB file for DeSO that lack them."""
    fields = {k: v for k, v in b.DESO_FIELDS.items() if k not in b.TENURE}
    rows = [(w, {k: v for k, v in values.items() if k in fields}) for w, values in b.deso_rows()]
    params = changed_base("tenuremix")(dirs)
    params.update(INPUT=b.deso(dirs.inp, rows, fields=fields), FILE=path, YEAR=2022)
    for name in ("HYRESRATT", "BOSTADSRATT", "AGANDERATT", "UNKNOWN"):
        params.pop(name, None)
    return params


def with_file(tool: str, make):
    """The tool's parameters with its SCB file made by ``make(dirs)``."""

    def build(dirs):
        params = changed_base(tool)(dirs)  # the valid file first: the broken one replaces it
        path = make(dirs)
        if tool == "tenuremix":
            return _tenuremix_from_file(dirs, path)
        params[SCB_FILE[tool]] = path
        return params

    return build


def _csv(text, name="upplatelseform.csv", encoding="utf-8-sig"):
    return lambda dirs: b.scb_csv(dirs.inp, name=name, text=text, encoding=encoding)


def _truncated_rows_text() -> str:
    text = b.scb_csv_text().rstrip("\n")
    return text[: text.rindex(";", 0, text.rindex(";")) + 1]  # the last row: 250;20; (2 of 4)


ECON_HEADER = '"region","Låg ekonomisk standard, procent 2022","Antal personer totalt 2022"'


def _econ(rows) -> str:
    return "\n".join(['"Ekonomisk standard efter region"', "", ECON_HEADER, *rows]) + "\n"


LONG_FOOTNOTE = '\n"Fotnot: ' + "mycket lång förklaring " * 6500 + '"\n'


def scb_file_cases() -> list:
    garbage = lambda d: b.garbage(d.inp, "upplatelseform.xlsx")  # noqa: E731
    cut_xlsx = lambda d: b.truncated(b.scb_xlsx(d.inp))  # noqa: E731
    no_rows = b.scb_csv_text(rows=[])
    out = []
    for tool, param in SCB_FILE.items():
        named = Named(param)
        out += [
            case(
                tool,
                "unreadable-xlsx",
                with_file(tool, garbage),
                "refuse",
                (named, READ),
                isolate=tool == "importscbtable",
            ),
            case(tool, "truncated-xlsx", with_file(tool, cut_xlsx), "refuse", (named, READ)),
            case(tool, "no-data-rows", with_file(tool, _csv(no_rows)), "refuse", (named, NO_DATA)),
        ]
    long = b.scb_csv_text() + LONG_FOOTNOTE
    right = e.values("OUTPUT", "desokod", "scb hyresrätt", {DESO[0]: 50.0, DESO[7]: 250.0})
    out += [
        case(
            "importscbtable",
            "empty-file",
            with_file("importscbtable", _csv("", encoding="utf-8")),
            "refuse",
            (Named("INPUT"), NO_DATA),
        ),
        case(
            "importscbtable",
            "xlsx-without-rows",
            with_file("importscbtable", lambda d: b.scb_xlsx(d.inp, rows=[])),
            "refuse",
            (Named("INPUT"), NO_DATA),
        ),
        case(
            "importscbtable",
            "truncated-csv-row",
            with_file("importscbtable", _csv(_truncated_rows_text())),
            "either",
            (Named("INPUT"), ("line", DESO[7])),
            e.all_of(
                e.values("OUTPUT", "region_code", "äganderätt", {DESO[7]: None}),
                e.warned(DESO[7], "line"),
            ),
        ),
        case(
            "importscbtable",
            "comma-separator-decimal-comma",
            with_file(
                "importscbtable", _csv(_econ(['"9901A0010",5,0,1000', '"9901A0020",30,5,1200']))
            ),
            "either",
            (Named("INPUT"), ("decimal", "separator", "column")),
            e.values(
                "OUTPUT",
                "region_code",
                "Låg ekonomisk standard, procent",
                {DESO[0]: 5.0, DESO[1]: 30.5},
            ),
        ),
        case(
            "importscbtable",
            "comma-separator-quoted-decimal-comma",
            with_file(
                "importscbtable", _csv(_econ(['"9901A0010","5,0",1000', '"9901A0020","30,5",1200']))
            ),
            "succeed",
            (),
            e.values(
                "OUTPUT",
                "region_code",
                "Låg ekonomisk standard, procent",
                {DESO[0]: 5.0, DESO[1]: 30.5},
            ),
        ),
        case(
            "importscbtable",
            "csv-line-over-128kb",
            with_file("importscbtable", _csv(long)),
            "either",
            (Named("INPUT"), ("line", "long")),
            e.values("OUTPUT", "region_code", "hyresrätt", {DESO[0]: 50.0, DESO[7]: 250.0}),
        ),
        case(
            "joinstatistics",
            "csv-line-over-128kb",
            with_file("joinstatistics", _csv(long)),
            "either",
            (Named("STATISTICS_FILE"), ("line", "long")),
            right,
        ),
        case(
            "importscbtable",
            "latin-1-csv",
            with_file("importscbtable", _csv(b.scb_csv_text(), encoding="latin-1")),
            "succeed",
            (),
            e.values("OUTPUT", "region_code", "äganderätt", {DESO[0]: 100.0}),
        ),
    ]
    return out


def key_table_cases() -> list:
    def with_key(lines=None, garbage=False):
        def build(dirs):
            params = changed_base("aggregateareas", KEY_FIELD="")(dirs)
            if garbage:
                params["KEY_TABLE"] = b.garbage(dirs.inp, "koppling.csv")
            else:
                params["KEY_TABLE"] = b.key_table(dirs.inp, lines=lines)
            return params

        return build

    twice = [f"{v['desokod']};{v['regsokod']}" for _, v in b.deso_rows()] + ["9901A0010;9901R002"]
    return [
        case(
            "aggregateareas",
            "unreadable-key-table",
            with_key(garbage=True),
            "refuse",
            (Named("KEY_TABLE"), READ + ("column", "code")),
        ),
        case(
            "aggregateareas",
            "key-table-deso-in-two-regso",
            with_key(lines=twice),
            "refuse",
            (DESO[0], ("more than once", "duplicate", "twice", "two")),
        ),
    ]


def gtfs_file_cases() -> list:
    garbage = lambda d: b.garbage(d.inp, "gtfs.zip")  # noqa: E731
    cut = lambda d: b.truncated(f.feed(d.inp))  # noqa: E731
    missing = lambda d: f.feed(d.inp, drop=("stop_times",))  # noqa: E731
    words = (Named("GTFS"), READ + ("zip",))
    out = []
    for tool in (
        "gtfsstopservice",
        "transitqualityclasses",
        "ptal",
        "transitaccessbyarea",
        "lineprofile",
        "traveltimematrix",
        "transitisochrones",
        "transitopportunities",
    ):
        out.append(
            case(tool, "unreadable-gtfs-zip", changed_base(tool, GTFS=garbage), "refuse", words)
        )
    for tool in ("gtfsstopservice", "transitqualityclasses"):
        out.append(case(tool, "truncated-gtfs-zip", changed_base(tool, GTFS=cut), "refuse", words))
    out.append(
        case(
            "gtfsstopservice",
            "gtfs-without-stop-times",
            changed_base("gtfsstopservice", GTFS=missing),
            "refuse",
            ("stop_times.txt", ("missing", "no ", "lacks")),
        )
    )
    nowhere = lambda d: str(d.inp / "saknas" / "gtfs.zip")  # noqa: E731
    out.append(
        case(
            "ptal",
            "gtfs-path-not-found",
            changed_base("ptal", GTFS=nowhere),
            "refuse",
            (("gtfs.zip", "saknas"), ("not found", "does not exist", "no file")),
        )
    )
    return out


def raster_cases() -> list:
    grid = lambda values, **kw: lambda d: b.population_grid(d.inp, values=values, **kw)  # noqa: E731
    with_nan = np.full((10, 20), 10.0, dtype="float32")
    with_nan[9, 0] = np.nan  # a cell of DeSO 0 (south-west corner)
    nodata = np.full((10, 20), -1.0, dtype="float32")
    garbage = lambda d: b.garbage(d.inp, "befolkning.tif")  # noqa: E731
    raster = (Named("RASTER"), READ + ("raster",))
    return [
        case(
            "zonalraster",
            "unreadable-raster",
            changed_base("zonalraster", RASTER=garbage),
            "refuse",
            raster,
        ),
        case(
            "transitaccessbyarea",
            "unreadable-raster",
            changed_base("transitaccessbyarea", POP_RASTER=garbage),
            "refuse",
            (Named("POP_RASTER"), READ + ("raster",)),
        ),
        case(
            "zonalraster",
            "raster-without-crs",
            changed_base("zonalraster", RASTER=grid(None, crs=None)),
            "either",  # taken to be in the zones' CRS where they overlap, with a warning
            (Named("RASTER"), ("coordinate reference system", "CRS")),
            e.warned("CRS", "coordinate reference system"),
        ),
        case(
            "zonalraster",
            "raster-with-nan",
            changed_base("zonalraster", RASTER=grid(with_nan)),
            "succeed",
            (),
            e.values("OUTPUT", "desokod", "zonal_sum", {DESO[0]: 240.0, DESO[1]: 250.0}),
        ),
        case(
            "zonalraster",
            "raster-all-nodata",
            changed_base("zonalraster", RASTER=grid(nodata)),
            "succeed",
            (),
            e.column("OUTPUT", "zonal_note", lambda v: bool(v), "a note: no valid cells"),
        ),
        case(
            "transitaccessbyarea",
            "raster-far-from-areas",
            changed_base(
                "transitaccessbyarea", POP_RASTER=grid(None, origin=(b.OX, b.OY + 400_000))
            ),
            "refuse",
            (Named("POP_RASTER"), ("overlap", "outside", "far from", "cover")),
        ),
    ]


def cases() -> list:
    return [*scb_file_cases(), *key_table_cases(), *gtfs_file_cases(), *raster_cases()]
