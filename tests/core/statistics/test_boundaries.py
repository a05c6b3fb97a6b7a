"""Boundaries from a local stand-in for SCB's WFS (never the internet) and from files."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile

import geopandas as gpd
import pytest
from shapely.geometry import box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.common.region_names import describe, name_of
from segregation_plugin.core.statistics import boundaries as b
from segregation_plugin.core.statistics.boundary_files import read_boundaries_file
from segregation_plugin.core.statistics.wfs import WfsClient, exception_text, urllib_fetch
from tests.helpers.wfs_fake import EXCEPTION, refused_url, running_wfs


def client(url, page_size=1000):
    return WfsClient(url, fetch=urllib_fetch, page_size=page_size, timeout=5)


def test_goteborg_deso_2018_in_three_pages():
    with running_wfs() as (url, fake):
        frame = b.fetch_boundaries(b.kind_of("deso2018"), ["1480"], client(url, page_size=2))
    # five DeSO in Göteborg, two per page: pages of 2, 2 and 1
    assert [int(q["startIndex"]) for q in fake.requests] == [0, 2, 4]
    assert {q["count"] for q in fake.requests} == {"2"}
    first = fake.requests[0]
    assert first["typeNames"] == "stat:DeSO_2018"
    assert first["CQL_FILTER"] == "kommunkod IN ('1480')"
    assert first["srsName"] == "EPSG:3006" and first["sortBy"] == "desokod"
    assert first["outputFormat"] == "application/json" and first["version"] == "2.0.0"
    assert list(frame["desokod"]) == [f"1480C{c}" for c in (1010, 1020, 1030, 1040, 1050)]
    assert set(frame["kommunkod"]) == {"1480"} and set(frame["kommunnamn"]) == {"Göteborg"}
    assert set(frame["lanskod"]) == {"14"} and set(frame["lansnamn"]) == {"Västra Götalands län"}
    assert list(frame["regsokod"][:4]) == ["1480R001", "1480R002", "1480R003", "1480R001"]
    assert set(frame["version"]) == {"DeSO2018"}
    assert frame.crs.to_epsg() == 3006
    assert frame.geometry.area.sum() == pytest.approx(5 * 1_000_000)  # five 1 km squares
    assert frame.attrs["title"] == "DeSO 2018 — 1480 Göteborg"
    assert set(frame["retrieved"]) == {dt.date.today().isoformat()}
    assert frame["source"][0].startswith(url) and "DeSO_2018" in frame["source"][0]


def test_lan_and_kommun_filter_and_regso_names():
    with running_wfs() as (url, fake):
        frame = b.fetch_boundaries(b.kind_of("regso2020"), ["0180", "14"], client(url))
    assert fake.requests[0]["CQL_FILTER"] == "kommunkod IN ('0180') OR lanskod IN ('14')"
    assert fake.requests[0]["sortBy"] == "regsokod"
    # Stockholm 2 RegSO, Härryda 1, Göteborg 3 (län 14 holds Härryda and Göteborg)
    assert list(frame["regsokod"]) == [
        "0180R001",
        "0180R002",
        "1401R001",
        "1480R001",
        "1480R002",
        "1480R003",
    ]
    assert list(frame["regsonamn"][:2]) == ["Gamla stan", "Södermalm"]
    assert frame.attrs["title"] == "RegSO 2020 — 0180 Stockholm, 14 Västra Götalands län"


def test_kommun_and_lan_are_dissolved_deso_2025():
    with running_wfs() as (url, fake):
        kommuner = b.fetch_boundaries(b.kind_of("kommun"), ["14"], client(url))
        lan = b.fetch_boundaries(b.kind_of("lan"), [], client(url))
    assert fake.requests[0]["typeNames"] == "stat:DeSO_2025"
    assert "CQL_FILTER" not in fake.requests[1]  # all of Sweden
    assert list(kommuner["kommunkod"]) == ["1401", "1480"]
    assert list(kommuner["kommunnamn"]) == ["Härryda", "Göteborg"]
    # Göteborg's five adjacent 1 km squares become one 5 km² polygon
    assert kommuner.geometry.area.tolist() == pytest.approx([2e6, 5e6])
    assert kommuner.geometry[1].geom_type == "Polygon"
    assert list(lan["lanskod"]) == ["01", "14"] and "kommunkod" not in lan.columns
    assert list(lan["lansnamn"]) == ["Stockholms län", "Västra Götalands län"]
    assert lan.attrs["title"] == "Län — Sverige"


def test_a_kommun_code_that_does_not_exist_is_named():
    with running_wfs() as (url, _fake), pytest.raises(InputError) as err:
        b.fetch_boundaries(b.kind_of("deso2025"), ["1480", "1479"], client(url))
    message = str(err.value)
    assert "1479" in message and "not the code of a Swedish kommun" in message
    assert "1480" not in message.split("for ")[1].split(" in ")[0]
    with (
        running_wfs() as (url, _fake),
        pytest.raises(InputError, match=r"No RegSO 2025 boundaries for 1479 in SCB's WFS"),
    ):  # nothing at all matched
        b.fetch_boundaries(b.kind_of("regso2025"), ["1479"], client(url))


def test_offline_says_what_to_download():
    with pytest.raises(InputError) as err:
        b.fetch_boundaries(b.kind_of("deso2018"), ["1480"], client(refused_url()))
    message = str(err.value)
    assert message.startswith("Could not reach SCB's WFS server http://127.0.0.1:")
    assert "refused" in message.lower()
    assert (
        "GeoPackage" in message
        and b.SCB_GEODATA_PAGE in message
        and "RegSO" in message
        and "give the file" in message
    )


def test_server_error_and_unknown_layer():
    with running_wfs() as (url, fake):
        fake.fail_with = 500
        with pytest.raises(InputError, match=r"answered HTTP 500"):
            b.fetch_boundaries(b.kind_of("deso2018"), ["1480"], client(url))
        fake.fail_with = None
        with pytest.raises(InputError, match=r"HTTP 400.*Feature type stat:DeSO_1999 unknown"):
            client(url).get_features("stat:DeSO_1999")


def test_exception_report_with_status_200_and_paging_without_numbers():
    assert exception_text(EXCEPTION.format(layer="x").encode()) == "Feature type x unknown"
    assert exception_text(b'{"type": "FeatureCollection"}') is None
    with running_wfs() as (url, fake):
        fake.numbers = False  # a server that does not say numberMatched: pages until a short one
        result = client(url, page_size=2).get_features("stat:DeSO_2025", "kommunkod IN ('1480')")
    assert len(result.features) == 5 and len(fake.requests) == 3


def test_parse_areas():
    assert b.parse_areas(" 0180, 1480;14 ") == ["0180", "1480", "14"]
    assert b.parse_areas("") == []
    with pytest.raises(InputError, match=r"'180' is not a kommun code.*did you mean 0180"):
        b.parse_areas("180")
    assert name_of("0114") == "Upplands Väsby" and name_of("25") == "Norrbottens län"
    assert describe(["0180", "1480", "0114", "1401"]) == "4 kommuner"


# --- files --------------------------------------------------------------------------------
def deso_file_frame():
    rows = []
    for kommun, e in (("1480", 319000), ("1401", 330000), ("0180", 674000)):
        for i in range(2):
            rows.append(
                {
                    "desokod": f"{kommun}C{1010 + 10 * i}",
                    "regsokod": f"{kommun}R001",
                    "kommunkod": kommun,
                    "lanskod": kommun[:2],
                    "geometry": box(e + 1000 * i, 6400000, e + 1000 * (i + 1), 6401000),
                }
            )
    return gpd.GeoDataFrame(rows, crs="EPSG:3006")


def test_geopackage_filtered_to_a_kommun(tmp_path):
    path = tmp_path / "DeSO_2018.gpkg"
    deso_file_frame().to_file(path, layer="DeSO_2018", driver="GPKG")
    frame = read_boundaries_file(path, b.kind_of("deso2018"), ["1480"])
    assert list(frame["desokod"]) == ["1480C1010", "1480C1020"]
    assert set(frame["kommunnamn"]) == {"Göteborg"}
    assert frame.attrs["source"] == f"{path}, layer DeSO_2018"
    # the file's name says DeSO 2018: asking it for DeSO 2025 is refused
    with pytest.raises(InputError, match=r"looks like DeSO2018.*DeSO 2025 is made of DeSO 2025"):
        read_boundaries_file(path, b.kind_of("deso2025"), ["1480"])
    with pytest.raises(InputError, match=r"looks like DeSO2018.*RegSO 2025 is made of DeSO 2025"):
        read_boundaries_file(path, b.kind_of("regso2025"), ["1480"])
    with pytest.raises(InputError, match=r"No DeSO 2018 boundaries for 2380 \(Östersund\)"):
        read_boundaries_file(path, b.kind_of("deso2018"), ["2380"])


def test_zipped_shapefile_in_wgs84_gives_kommuner(tmp_path):
    shp = tmp_path / "shp" / "deso.shp"
    shp.parent.mkdir()
    deso_file_frame().to_crs("EPSG:4326").to_file(shp)
    archive = tmp_path / "deso.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for part in shp.parent.iterdir():
            z.write(part, f"deso/{part.name}")
    frame = read_boundaries_file(archive, b.kind_of("kommun"), ["14"])
    assert list(frame["kommunkod"]) == ["1401", "1480"]
    assert frame.crs.to_epsg() == 3006
    assert frame.geometry.area.tolist() == pytest.approx([2e6, 2e6], rel=1e-4)
    assert frame.attrs["title"] == "Kommuner — 14 Västra Götalands län"


def test_a_regso_file_cannot_give_deso(tmp_path):
    regso = deso_file_frame().drop(columns=["desokod"]).dissolve("regsokod", as_index=False)
    path = tmp_path / "regso.gpkg"
    regso.to_file(path, layer="regso", driver="GPKG")
    with pytest.raises(InputError, match=r"holds RegSO areas.*DeSO 2018 boundaries cannot"):
        read_boundaries_file(path, b.kind_of("deso2018"), [])


def test_sample_region_names_are_kept(sample_dir):
    frame = read_boundaries_file(sample_dir / "exempellan.gpkg", b.kind_of("kommun"), ["99"])
    assert len(frame) == 6 and frame["kommunnamn"].iloc[0] == "Storstad"
    assert frame.attrs["title"] == "Kommuner — 99"


def test_scb_2018_style_field_names(tmp_path):
    """SCB's older files name the fields deso/kommun/kommunnamn/lan/lannamn and regso
    (the RegSO's name) beside regsokod."""
    frame = deso_file_frame().rename(
        columns={"desokod": "deso", "kommunkod": "kommun", "lanskod": "lan"}
    )
    frame["kommunnamn"] = frame["kommun"].map({"1480": "Göteborg", "1401": "Härryda"})
    frame["lannamn"] = "Västra Götalands län (SCB)"
    path = tmp_path / "DeSO_2018_v2.gpkg"
    frame.to_file(path, layer="DeSO_2018_v2", driver="GPKG")
    deso = read_boundaries_file(path, b.kind_of("deso2018"), ["1401"])
    assert list(deso["desokod"]) == ["1401C1010", "1401C1020"]
    assert set(deso["lansnamn"]) == {"Västra Götalands län (SCB)"}  # the file's own name
    # a DeSO file gives RegSO through its regsokod
    merged = read_boundaries_file(tmp_path / "DeSO_2018_v2.gpkg", b.kind_of("regso2020"), ["14"])
    assert list(merged["regsokod"]) == ["1401R001", "1480R001"]
    assert merged.geometry.area.tolist() == pytest.approx([2e6, 2e6])
    regso = frame.drop(columns=["deso"]).dissolve("regsokod", as_index=False)
    regso["regso"] = regso["regsokod"].map({"1480R001": "Centrum", "1401R001": "Mölnlycke"})
    path = tmp_path / "RegSO_2020.gpkg"
    regso.to_file(path, layer="RegSO_2020", driver="GPKG")
    out = read_boundaries_file(path, b.kind_of("regso2020"), ["14"])
    assert list(zip(out["regsokod"], out["regsonamn"])) == [
        ("1401R001", "Mölnlycke"),
        ("1480R001", "Centrum"),
    ]


def test_northing_first_coordinates_are_swapped_back():
    swapped = gpd.GeoDataFrame(
        {"desokod": ["1480C1010"]}, geometry=[box(6400000, 319000, 6401000, 320500)], crs=3006
    )
    fixed = b.fix_axis_order(swapped)
    assert tuple(fixed.total_bounds) == (319000, 6400000, 320500, 6401000)
    right = b.fix_axis_order(fixed)  # (E, N) stays as it is
    assert tuple(right.total_bounds) == (319000, 6400000, 320500, 6401000)


@pytest.mark.filterwarnings("ignore:You are attempting to write an empty DataFrame")
def test_an_empty_file_and_an_undefined_crs_are_named(tmp_path):
    """A file without features, and one whose CRS is a GeoPackage's 'Undefined SRS' (QGIS
    writes it for a layer without a CRS): reprojected, every coordinate would be infinite."""
    empty = tmp_path / "DeSO_2025.gpkg"
    gpd.GeoDataFrame({"desokod": []}, geometry=[], crs="EPSG:3006").to_file(
        empty, layer="DeSO_2025", driver="GPKG"
    )
    with pytest.raises(InputError, match=r"DeSO_2025 has no features"):
        read_boundaries_file(empty, b.kind_of("deso2025"), [])
    undefined = tmp_path / "odefinierad.gpkg"
    frame = gpd.GeoDataFrame({"desokod": ["1480C1010"]}, geometry=[box(0, 0, 1, 1)])
    frame.to_file(undefined, layer="DeSO_2025", driver="GPKG")
    with sqlite3.connect(undefined) as db:  # as QGIS writes a layer without a CRS
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
        db.execute("UPDATE gpkg_contents SET srs_id = 0")
    with pytest.raises(InputError, match=r"has no coordinate reference system"):
        read_boundaries_file(undefined, b.kind_of("deso2025"), ["1480"])
