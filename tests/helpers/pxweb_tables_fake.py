"""A local stand-in for SCB's PxWebAPI 2.0 serving whole tables (for the guided analysis).

Each table is a tidy statistics table (as the plugin reads an export): the server answers
``/config``, ``/tables/{id}/metadata`` and ``POST /tables/{id}/data`` in PxWebAPI 2.0's
JSON-stat 2.0 format (the layout of ``tests/data/pxweb``: dimensions Region, ContentsCode
with a unit per variable, Tid; empty cells suppressed with status '..'), for the regions,
variables and years of the selection. A small ``maxDataCells`` makes the client split a table
into several calls. Never the internet.
"""

from __future__ import annotations

import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

from segregation_plugin.core.statistics import statistics_table as st


class FakeTable:
    """A tidy frame as a PxWebAPI 2.0 table."""

    def __init__(self, table_id: str, frame):
        info = st.info_of(frame)
        self.id = table_id
        self.title = info.title
        self.variables = st.variables_of(frame)
        self.units = {
            v: "procent" if info.units.get(v) == st.PERCENT else "antal" for v in self.variables
        }
        self.regions = list(dict.fromkeys(frame[st.REGION_CODE]))
        self.years = [str(y) for y in sorted(frame[st.YEAR].dropna().unique())]
        self.cells = {
            (row[st.REGION_CODE], str(row[st.YEAR]), v): row[v]
            for row in frame.to_dict("records")
            for v in self.variables
        }

    def contents(self, codes=None):
        codes = codes or [f"C{k}" for k in range(len(self.variables))]
        label = {f"C{k}": v for k, v in enumerate(self.variables)}
        return {
            "index": {c: k for k, c in enumerate(codes)},
            "label": {c: label[c] for c in codes},
            "unit": {c: {"base": self.units[label[c]], "decimals": 0} for c in codes},
        }

    def metadata(self):
        def dim(label, category, elimination=False):
            return {
                "label": label,
                "category": category,
                "extension": {"elimination": elimination, "codelists": []},
            }

        return {
            "version": "2.0",
            "class": "dataset",
            "label": self.title,
            "source": "SCB",
            "role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},
            "id": ["Region", "ContentsCode", "Tid"],
            "size": [len(self.regions), len(self.variables), len(self.years)],
            "dimension": {
                "Region": dim("region", _category(self.regions)),
                "ContentsCode": dim("tabellinnehåll", self.contents()),
                "Tid": dim("år", _category(self.years)),
            },
            "extension": {"px": {"tableid": self.id}},
            "value": [],
        }

    def data(self, body, max_cells):
        chosen = {s["variableCode"]: s["valueCodes"] for s in body["selection"]}
        regions, contents, years = chosen["Region"], chosen["ContentsCode"], chosen["Tid"]
        if len(regions) * len(contents) * len(years) > max_cells:
            raise OverflowError()
        label = {f"C{k}": v for k, v in enumerate(self.variables)}
        values, status = [], {}
        for region in regions:
            for content in contents:
                for year in years:
                    value = self.cells.get((region, year, label[content]))
                    if value is None or (isinstance(value, float) and math.isnan(value)):
                        status[str(len(values))] = ".."
                        value = None
                    values.append(value)
        return {
            "version": "2.0",
            "class": "dataset",
            "label": self.title,
            "source": "SCB",
            "role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},
            "id": ["Region", "ContentsCode", "Tid"],
            "size": [len(regions), len(contents), len(years)],
            "dimension": {
                "Region": {"label": "region", "category": _category(regions)},
                "ContentsCode": {"label": "tabellinnehåll", "category": self.contents(contents)},
                "Tid": {"label": "år", "category": _category(years)},
            },
            "value": values,
            "status": status,
            "extension": {"px": {"tableid": self.id}},
        }


def _category(codes):
    return {"index": {c: k for k, c in enumerate(codes)}, "label": {c: c for c in codes}}


def start_fake_tables(tables, max_cells=150_000):
    """Serve ``tables`` (FakeTable by id); returns ``(url, requests, stop function)``."""
    config = {"maxDataCells": max_cells, "maxCallsPerTimeWindow": 1000, "timeWindow": 10}
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status, payload):
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _route(self, body=None):
            path = urlparse(self.path).path.removeprefix("/api/v2")
            requests.append((self.command, path))
            parts = path.strip("/").split("/")
            if path == "/config":
                return self._send(200, config)
            if len(parts) == 3 and parts[0] == "tables" and parts[1] in tables:
                table = tables[parts[1]]
                if parts[2] == "metadata":
                    return self._send(200, table.metadata())
                if parts[2] == "data" and body is not None:
                    try:
                        return self._send(200, table.data(body, max_cells))
                    except OverflowError:
                        return self._send(400, {"title": "Too many cells selected"})
            return self._send(404, {"title": "Non-existent table", "status": 404})

        def do_GET(self):  # noqa: N802
            self._route()

        def do_POST(self):  # noqa: N802
            length = int(self.headers.get("Content-Length", 0))
            self._route(json.loads(self.rfile.read(length).decode("utf-8")))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()

    def stop():
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_address[1]}/api/v2", requests, stop
