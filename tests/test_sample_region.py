"""The bundled sample region is valid: codes, geometry, tiling, nesting, tables, GTFS, grid."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys
import zipfile
from collections import Counter

import geopandas as gpd
import numpy as np
import openpyxl
import pytest
import rasterio

from segregation_plugin.core.common import codes
from segregation_plugin.core.statistics import area_checks
from tests.helpers.paths import ROOT, SAMPLE, SAMPLE_GPKG


@pytest.fixture(scope="module")
def layers():
    return {
        name: gpd.read_file(SAMPLE_GPKG, layer=name) for name in ("lan", "kommun", "regso", "deso")
    }


def test_sizes_and_crs(layers):
    assert len(layers["kommun"]) >= 6
    assert len(layers["deso"]) >= 300
    assert len(layers["regso"]) >= 120
    assert len(layers["lan"]) == 1
    for frame in layers.values():
        assert frame.crs.to_epsg() == 3006
    total = sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file())
    assert total < 10 * 1024 * 1024


def test_codes_are_fictional_and_well_formed(layers):
    assert list(layers["lan"]["lanskod"]) == ["99"]
    assert sorted(layers["kommun"]["kommunkod"]) == [f"99{i:02d}" for i in range(1, 7)]
    for code in layers["deso"]["desokod"]:
        parsed = codes.parse_code(code)
        assert parsed is not None and parsed.level == codes.DESO and parsed.lan == "99", code
    for code in layers["regso"]["regsokod"]:
        assert codes.level_of(code) == codes.REGSO, code
    assert layers["deso"]["desokod"].is_unique and layers["regso"]["regsokod"].is_unique
    # all three urbanity classes occur
    assert set(layers["deso"]["desokod"].str[4]) == {"A", "B", "C"}


@pytest.mark.parametrize(
    "level,field", [("deso", "desokod"), ("regso", "regsokod"), ("kommun", "kommunkod")]
)
def test_area_layers_pass_the_plugins_own_check(layers, level, field):
    frame = layers[level]
    parents = area_checks.parent_fields_for(frame.columns, level)
    problems, detected = area_checks.check_areas(
        frame, field, parent_fields=parents, tolerance_m2=0.01
    )
    assert detected == level
    assert problems.empty, problems.to_string()


def test_every_deso_lies_in_its_regso_and_the_levels_tile_the_county(layers):
    deso, regso, kommun, lan = layers["deso"], layers["regso"], layers["kommun"], layers["lan"]
    assert set(deso["regsokod"]) == set(regso["regsokod"])
    regso_geom = regso.set_index("regsokod").geometry
    for _, row in deso.iterrows():
        assert row.geometry.representative_point().within(regso_geom[row["regsokod"]])
        assert row["regsokod"][:4] == row["desokod"][:4] == row["kommunkod"]
    county = lan.geometry.iloc[0].area
    for frame in (deso, regso, kommun):
        assert frame.area.sum() == pytest.approx(county, rel=1e-9)
    assert deso.groupby("regsokod").size().max() <= 4


def test_scb_exports_look_like_statikdatabasen_exports(layers):
    deso_codes = set(layers["deso"]["desokod"])
    files = sorted((SAMPLE / "scb").glob("deso_*.xlsx"))
    assert len(files) >= 6
    suppressed = 0
    for path in files:
        rows = list(
            openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True)
        )
        assert isinstance(rows[0][0], str) and rows[1][0] is None  # title, blank row
        assert rows[-2][0] == "Intern referenskod:"
        data = [r for r in rows if isinstance(r[0], str) and codes.level_of(r[0]) == codes.DESO]
        assert {r[0] for r in data} == deso_codes, path.name
        header_text = " ".join(str(v) for r in rows[2:6] for v in r if v)
        assert "2021" in header_text and "2022" in header_text
        suppressed += sum(1 for r in data for v in r[1:] if v in ("..", "-"))
    assert suppressed > 0  # a few suppressed cells, as in real exports


def test_csv_exports_have_the_encodings_the_readers_must_handle():
    raw = {p.name: p.read_bytes() for p in (SAMPLE / "scb").glob("*.csv")}
    assert raw["deso_folkmangd_alder_kon_2021-2022.csv"].startswith(b"\xef\xbb\xbf")
    latin = raw["deso_arbetsmarknadsstatus_16-64_2021-2022.csv"]
    with pytest.raises(UnicodeDecodeError):
        latin.decode("utf-8")
    assert "utanför arbetskraften" in latin.decode("latin-1")
    regso = raw["regso_bistand_arbetsloshet_20-64_2021-2022.csv"].decode("utf-8")
    assert (
        '"2021";"9901R001 ' in regso
        and ";13,5" in regso.replace("13,5", ";13,5")
        and "," in regso.splitlines()[3]
    )  # year first, code + name, decimal comma


def test_population_tables_agree_between_xlsx_and_csv():
    rows = list(
        openpyxl.load_workbook(
            SAMPLE / "scb" / "deso_folkmangd_alder_kon_2021-2022.xlsx", read_only=True
        )
        .worksheets[0]
        .iter_rows(values_only=True)
    )
    first = next(r for r in rows if r[0] and codes.level_of(r[0]) == codes.DESO)
    text = (SAMPLE / "scb" / "deso_folkmangd_alder_kon_2021-2022.csv").read_text(
        encoding="utf-8-sig"
    )
    lines = [line for line in csv.reader(io.StringIO(text)) if line and line[0] == first[0]]
    men_0_4 = next(line for line in lines if line[1] == "0-4 år" and line[2] == "män")
    assert int(men_0_4[3]) == first[1]  # 2021, men 0–4


def test_gtfs_feed_is_complete_and_consistent():
    with zipfile.ZipFile(SAMPLE / "exempellan_gtfs.zip") as zf:

        def table(name):
            return list(csv.DictReader(io.TextIOWrapper(zf.open(name), encoding="utf-8")))

        names = set(zf.namelist())
        assert {
            "agency.txt",
            "stops.txt",
            "routes.txt",
            "trips.txt",
            "stop_times.txt",
            "calendar.txt",
            "calendar_dates.txt",
            "frequencies.txt",
        } <= names
        stops, routes, trips, times = (
            table("stops.txt"),
            table("routes.txt"),
            table("trips.txt"),
            table("stop_times.txt"),
        )
        stop_ids = {s["stop_id"] for s in stops}
        trip_ids = {t["trip_id"] for t in trips}
        assert {t["stop_id"] for t in times} <= stop_ids
        assert {t["trip_id"] for t in times} == trip_ids
        parents = {s["parent_station"] for s in stops if s["parent_station"]}
        assert parents and parents <= {s["stop_id"] for s in stops if s["location_type"] == "1"}
        types = Counter(int(r["route_type"]) for r in routes)
        assert {0, 1, 2, 3, 4, 700, 715} <= set(
            types
        )  # tram, metro, rail, bus, ferry, regional bus, demand-responsive
        assert any(int(t["departure_time"][:2]) >= 24 for t in times)  # trips past midnight
        assert table("frequencies.txt")
        holidays = table("calendar_dates.txt")
        assert {"service_id": "VARDAG", "date": "20220606", "exception_type": "2"} in holidays
        assert {"service_id": "SONDAG", "date": "20220606", "exception_type": "1"} in holidays


def test_population_grid_sums_to_the_deso_population(layers):
    rows = list(
        openpyxl.load_workbook(
            SAMPLE / "scb" / "deso_ekonomisk_standard_2021-2022.xlsx", read_only=True
        )
        .worksheets[0]
        .iter_rows(values_only=True)
    )
    persons_2022 = sum(r[6] for r in rows if r[0] and codes.level_of(r[0]) == codes.DESO)
    with rasterio.open(SAMPLE / "befolkning_250m.tif") as src:
        assert src.crs.to_epsg() == 3006 and src.res == (250.0, 250.0)
        grid = src.read(1)
        assert src.nodata == -9999
        assert int(grid[grid != src.nodata].sum()) == persons_2022
        assert np.all(grid[grid != src.nodata] >= 0)


def test_planning_layers():
    projects = gpd.read_file(SAMPLE_GPKG, layer="planerade_bostader")
    assert (
        projects["hyresratt"] + projects["bostadsratt"] + projects["aganderatt"]
        == projects["bostader_totalt"]
    ).all()
    assert set(projects["markagare"]) == {"kommun", "privat"}
    assert projects["startar"].between(2023, 2035).all()
    areas = gpd.read_file(SAMPLE_GPKG, layer="op_markanvandning")
    nodes = gpd.read_file(SAMPLE_GPKG, layer="regionplan_noder")
    assert len(areas) >= 10 and len(nodes) >= 6
    assert areas.is_valid.all() and nodes.is_valid.all()


def test_make_sample_regenerates_the_sample_byte_for_byte(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sample.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )

    def digests(folder):
        return {
            p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(".aux.xml")
        }

    assert digests(tmp_path) == digests(SAMPLE)


def test_destinations_are_plausible():
    """malpunkter.gpkg: jobs ≈ 0.45 per resident, more of them near the city core, a school
    and a health centre in every kommun, every point inside the county."""
    path = SAMPLE / "malpunkter.gpkg"
    county = gpd.read_file(SAMPLE_GPKG, layer="lan").geometry.iloc[0]
    kommuner = set(gpd.read_file(SAMPLE_GPKG, layer="kommun")["kommunkod"])
    work = gpd.read_file(path, layer="arbetsplatser")
    assert work["antal_anstallda"].sum() == pytest.approx(0.45 * 562_139, rel=0.02)
    assert (work["antal_anstallda"] >= 1).all()
    for layer in ("gymnasieskolor", "vardcentraler"):
        assert set(gpd.read_file(path, layer=layer)["kommunkod"]) == kommuner
    for layer in ("arbetsplatser", "gymnasieskolor", "vardcentraler", "idrottsanlaggningar"):
        frame = gpd.read_file(path, layer=layer)
        assert frame.crs.to_epsg() == 3006 and frame.within(county).all(), layer
    core = gpd.read_file(SAMPLE_GPKG, layer="regionplan_noder").set_index("nod_id")
    near = work.distance(core.loc["RP01", "geometry"].centroid) < 2000
    assert work.loc[near, "antal_anstallda"].sum() > 0.2 * work["antal_anstallda"].sum()
