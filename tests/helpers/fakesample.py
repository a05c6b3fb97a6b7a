"""A tiny stand-in for the bundled sample (same file names, layers and fields).

Lets the loading code be tested without ``resources/sample`` (which ``make sample``
writes); the tests on the real sample skip while it does not exist.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

X0, Y0 = 600000.0, 6600000.0

FIELDS = {
    "lan": ("lanskod", "lansnamn"),
    "kommun": ("kommunkod", "kommunnamn", "lanskod"),
    "regso": ("regsokod", "regsonamn", "kommunkod", "kommunnamn", "lanskod"),
    "deso": ("desokod", "regsokod", "kommunkod", "kommunnamn", "lanskod", "lansnamn"),
    "regionplan_noder": ("nod_id", "namn", "nodtyp", "kommunkod"),
    "op_markanvandning": ("omrade_id", "namn", "kommunkod", "markanvandning", "status"),
    "planerade_bostader": (
        "projekt_id",
        "namn",
        "kommunkod",
        "hyresratt",
        "bostadsratt",
        "aganderatt",
        "bostader_totalt",
        "startar",
        "markagare",
        "status",
    ),
}
INTEGER_FIELDS = {
    "nod_id",
    "omrade_id",
    "projekt_id",
    "hyresratt",
    "bostadsratt",
    "aganderatt",
    "bostader_totalt",
    "startar",
}

STOPS = (
    "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
    "S1,Centrum,59.50,18.70,1,\n"
    "P1,Centrum A,59.5001,18.7001,0,S1\n"
    "P2,Centrum B,59.5002,18.7002,,S1\n"
    "S2,Torget,59.51,18.71,,\n"
    "S3,Byn,59.52,18.72,0,\n"
    "E1,Centrum entré,59.50,18.70,2,S1\n"
)
# Stations and stops without a station: S1, S2, S3.
EXPECTED_STOPS = {"Centrum", "Torget", "Byn"}


def _box(x, y, w, h) -> str:
    return f"POLYGON(({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y}))"


def _rows(name):
    """(geometry WKT, attribute dict) rows of sample layer ``name``."""
    k1 = {"kommunkod": "9901", "kommunnamn": "Åby", "lanskod": "99", "lansnamn": "Exempellän"}
    if name == "lan":
        return [(_box(X0, Y0, 20000, 10000), k1)]
    if name == "kommun":
        k2 = dict(k1, kommunkod="9902", kommunnamn="Böda")
        return [(_box(X0, Y0, 10000, 10000), k1), (_box(X0 + 10000, Y0, 10000, 10000), k2)]
    if name == "regso":
        return [(_box(X0, Y0, 10000, 10000), dict(k1, regsokod="9901R001", regsonamn="Åby"))]
    if name == "deso":
        return [
            (_box(X0, Y0, 5000, 10000), dict(k1, desokod="9901C0010", regsokod="9901R001")),
            (_box(X0 + 5000, Y0, 5000, 10000), dict(k1, desokod="9901C0020", regsokod="9901R001")),
        ]
    if name == "regionplan_noder":
        return [
            (
                _box(X0 + 1000, Y0 + 1000, 3000, 3000),
                dict(k1, nod_id=1, namn="Åby", nodtyp="regional kärna"),
            )
        ]
    if name == "op_markanvandning":
        uses = ("bostäder", "blandad stadsbebyggelse", "verksamheter", "grönstruktur", "landsbygd")
        return [
            (
                _box(X0 + i * 2000, Y0, 1800, 1800),
                dict(k1, omrade_id=i, namn=u, markanvandning=u, status="planerad"),
            )
            for i, u in enumerate(uses)
        ]
    if name == "planerade_bostader":
        return [
            (
                f"POINT({X0 + 2000} {Y0 + 6000})",
                dict(
                    k1,
                    projekt_id=1,
                    namn="Ängen",
                    hyresratt=60,
                    bostadsratt=40,
                    aganderatt=0,
                    bostader_totalt=100,
                    startar=2027,
                    markagare="kommun",
                    status="planerad",
                ),
            ),
        ]
    raise KeyError(name)


def make_fake_sample(folder: Path) -> Path:
    """Write exempellan.gpkg, befolkning_250m.tif and exempellan_gtfs.zip into ``folder``."""
    from osgeo import gdal, ogr, osr

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(folder / "exempellan.gpkg"))
    for name, fields in FIELDS.items():
        geometry_type = ogr.wkbPoint if name == "planerade_bostader" else ogr.wkbMultiPolygon
        layer = dataset.CreateLayer(name, srs, geometry_type)
        for field in fields:
            kind = ogr.OFTInteger if field in INTEGER_FIELDS else ogr.OFTString
            layer.CreateField(ogr.FieldDefn(field, kind))
        for wkt, values in _rows(name):
            feature = ogr.Feature(layer.GetLayerDefn())
            geometry = ogr.CreateGeometryFromWkt(wkt)
            if geometry_type == ogr.wkbMultiPolygon:
                geometry = ogr.ForceToMultiPolygon(geometry)
            feature.SetGeometry(geometry)
            for field in fields:
                if field in values:
                    feature.SetField(field, values[field])
            layer.CreateFeature(feature)
    dataset = None

    raster = gdal.GetDriverByName("GTiff").Create(
        str(folder / "befolkning_250m.tif"), 80, 40, 1, gdal.GDT_Int32
    )
    raster.SetGeoTransform((X0, 250, 0, Y0 + 10000, 0, -250))
    raster.SetProjection(srs.ExportToWkt())
    band = raster.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.Fill(12)
    raster = None

    with zipfile.ZipFile(folder / "exempellan_gtfs.zip", "w") as archive:
        archive.writestr("stops.txt", STOPS)
        archive.writestr(
            "agency.txt",
            "agency_id,agency_name,agency_url,agency_timezone\n1,X,https://x.se,Europe/Stockholm\n",
        )
    return folder
