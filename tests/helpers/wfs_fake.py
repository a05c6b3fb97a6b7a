"""A local stand-in for SCB's WFS (GeoServer at geodata.scb.se/geoserver/stat/wfs), for tests.

It answers ``GetFeature`` the way SCB's GeoServer does with ``outputFormat=application/json``:
a FeatureCollection with ``totalFeatures``, ``numberMatched``, ``numberReturned``,
``timeStamp`` and ``crs`` (``urn:ogc:def:crs:EPSG::3006``); features with ``id``
(``DeSO_2018.1``), ``geometry_name`` ``sp_geometry`` and SCB's attributes (``objectid``,
``objekttyp``, ``desokod``, ``regsokod``, ``lanskod``, ``kommunkod``, ``version``,
``referensdatum``…; RegSO layers ``regsokod`` and ``regsonamn``). It honours ``CQL_FILTER``
of the form ``kommunkod IN (…) OR lanskod IN (…)``, ``sortBy``, ``count`` and ``startIndex``;
an unknown ``typeNames`` gets GeoServer's OWS 1.1 ``ExceptionReport`` (HTTP 400). The
polygons are small squares (1 km) at real SWEREF 99 TM positions of the kommuner.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PATH = "/geoserver/stat/wfs"
# kommun: (name, easting, northing of its first square, number of DeSO, their RegSO)
KOMMUNER = {
    "0180": ("Stockholm", 674000, 6580000, 3, ["Gamla stan", "Södermalm"]),
    "1401": ("Härryda", 330000, 6394000, 2, ["Mölnlycke"]),
    "1480": ("Göteborg", 319000, 6400000, 5, ["Centrum", "Majorna", "Biskopsgården"]),
}


def _square(e, n, size=1000):
    return {
        "type": "Polygon",
        "coordinates": [[[e, n], [e + size, n], [e + size, n + size], [e, n + size], [e, n]]],
    }


def deso_features(version="2018"):
    features = []
    for kommun, (_name, e, n, count, regsos) in KOMMUNER.items():
        for i in range(count):
            code = f"{kommun}C{1010 + 10 * i}"
            regso = f"{kommun}R{1 + i % len(regsos):03d}"
            props = {
                "objectid": len(features) + 1,
                "objektidentitet": f"deso-{code}",
                "objekttyp": "deso",
                "desokod": code,
                "regsokod": regso,
                "lanskod": kommun[:2],
                "kommunkod": kommun,
                "version": f"{version}_v3",
                "ansvarig_organisation": "SCB",
                "referensdatum": f"{version}0101",
            }
            features.append((props, _square(e + 1000 * i, n)))
    return features


def regso_features(version="2020"):
    features = []
    for kommun, (_name, e, n, _count, regsos) in KOMMUNER.items():
        for i, regso_name in enumerate(regsos):
            props = {
                "objectid": len(features) + 1,
                "objekttyp": "regso",
                "regsokod": f"{kommun}R{i + 1:03d}",
                "regsonamn": regso_name,
                "lanskod": kommun[:2],
                "kommunkod": kommun,
                "version": f"{version}_v3",
                "referensdatum": f"{version}0101",
            }
            features.append((props, _square(e + 2000 * i, n, 2000)))
    return features


LAYERS = {
    "stat:DeSO_2018": deso_features("2018"),
    "stat:DeSO_2025": deso_features("2025"),
    "stat:RegSO_2020": regso_features("2020"),
    "stat:RegSO_2025": regso_features("2025"),
}

EXCEPTION = """<?xml version="1.0" encoding="UTF-8"?><ows:ExceptionReport xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" version="2.0.0">
<ows:Exception exceptionCode="InvalidParameterValue" locator="typeName">
<ows:ExceptionText>Feature type {layer} unknown</ows:ExceptionText>
</ows:Exception></ows:ExceptionReport>"""
_IN = re.compile(r"(kommunkod|lanskod) IN \(([^)]*)\)")


def matches(props, cql):
    if not cql:
        return True
    for field, values in _IN.findall(cql):
        if props.get(field) in [v.strip().strip("'") for v in values.split(",")]:
            return True
    return False


class FakeWFS:
    def __init__(self):
        self.requests = []  # the query of every request, as a dict of single values
        self.fail_with = None  # an HTTP status to answer every request with
        self.numbers = True  # False: answer without numberMatched/numberReturned

    def answer(self, query):
        if self.fail_with:
            return self.fail_with, "text/html", b"<html><body>Internal error</body></html>"
        layer = query.get("typeNames") or query.get("typeName")
        if layer not in LAYERS:
            return 400, "application/xml", EXCEPTION.format(layer=layer).encode("utf-8")
        chosen = [(p, g) for p, g in LAYERS[layer] if matches(p, query.get("CQL_FILTER"))]
        if query.get("sortBy"):
            chosen.sort(key=lambda pg: pg[0][query["sortBy"].split()[0]])
        start = int(query.get("startIndex", 0))
        count = int(query.get("count") or query.get("maxFeatures") or 1000000)
        page = chosen[start : start + count]
        name = layer.split(":")[1]
        body = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "id": f"{name}.{p['objectid']}",
                    "geometry": g,
                    "geometry_name": "sp_geometry",
                    "properties": p,
                }
                for p, g in page
            ],
            "totalFeatures": len(chosen),
            "numberMatched": len(chosen),
            "numberReturned": len(page),
            "timeStamp": "2026-11-26T12:00:00.000Z",
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}},
        }
        if not self.numbers:
            for key in ("totalFeatures", "numberMatched", "numberReturned"):
                body.pop(key)
        return 200, "application/json;charset=UTF-8", json.dumps(body).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.server.fake.requests.append(query)
        if url.path != PATH:
            status, kind, body = 404, "text/plain", b"not found"
        else:
            status, kind, body = self.server.fake.answer(query)
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class running_wfs:
    """``with running_wfs() as (url, fake):`` a FakeWFS at ``url`` in a thread."""

    def __enter__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.fake = FakeWFS()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        url = f"http://127.0.0.1:{self.server.server_address[1]}{PATH}"
        return url, self.server.fake

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def refused_url() -> str:
    """A local URL where nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{PATH}"
