"""A local stand-in for SCB's PxWebAPI 2.0, for tests (never the internet).

It answers like the API as its specification describes it (``/config``,
``/tables/{id}/metadata``, ``/codelists/{id}``, ``POST /tables/{id}/data`` with a
``selection``): metadata and code lists are the hand-written files in ``tests/data/pxweb``,
data responses are JSON-stat 2.0 (or csv) built from the selection, so that chunking can be
checked call by call. :class:`FakeClock` makes waiting for the rate limit take no real time.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from segregation_plugin.core.statistics.pxweb import PxWebClient
from tests.helpers.paths import TEST_DATA

DATA = TEST_DATA / "pxweb"
TENURES = ["hyresrätt", "bostadsrätt", "äganderätt", "uppgift saknas"]


def value_of(region: str, tenure: int, year: str):
    """The fake table's values: readable, and one suppressed cell."""
    if region.startswith("0114C1010") and tenure == 3:
        return None
    return 1000 * (int(year) - 2023) + 10 * sum(map(ord, region)) % 997 + tenure


class FakeSCB:
    def __init__(self):
        self.config = json.loads((DATA / "config.json").read_text(encoding="utf-8"))
        self.metadata = json.loads((DATA / "TAB9001_metadata.json").read_text(encoding="utf-8"))
        self.requests = []  # (method, path, query, body)
        self.fail_next_with_429 = 0

    def codelist(self, name):
        if name == "vs_RegSO2025":
            return json.loads((DATA / "codelist_vs_RegSO2025.json").read_text(encoding="utf-8"))
        if name == "vs_DeSO2025":
            index = self.metadata["dimension"]["Region"]["category"]["index"]
            values = [{"code": c, "label": c[:9]} for c in index if "_DeSO" in c]
            return {"id": name, "label": "DeSO 2025", "type": "Valueset", "values": values}
        return None

    def data(self, body, output_format):
        dims = self.metadata["dimension"]
        selected = {s["variableCode"]: s for s in body["selection"]}
        ids, sizes, dimension = [], [], {}
        for dim_id in self.metadata["id"]:
            meta = dims[dim_id]
            if dim_id not in selected:
                if meta["extension"].get("elimination"):
                    continue  # eliminated: SCB sums it
                raise ValueError(f"{dim_id} must be selected")
            values = selected[dim_id]["valueCodes"]
            if values == ["*"]:
                values = list(meta["category"]["index"])
            labels = meta["category"]["label"]
            if selected[dim_id].get("codelist"):
                labels = {
                    v["code"]: v["label"]
                    for v in self.codelist(selected[dim_id]["codelist"])["values"]
                }
            unknown = [v for v in values if v not in labels]
            if unknown:
                raise ValueError(f"Non-existent value {unknown[0]}")
            ids.append(dim_id)
            sizes.append(len(values))
            category = {
                "index": {v: i for i, v in enumerate(values)},
                "label": {v: labels[v] for v in values},
            }
            if "unit" in meta["category"]:
                category["unit"] = meta["category"]["unit"]
            dimension[dim_id] = {"label": meta["label"], "category": category}
        cells = 1
        for size in sizes:
            cells *= size
        if cells > self.config["maxDataCells"]:
            raise OverflowError(cells)
        grid = [[]]
        for dim_id in ids:
            grid = [g + [v] for g in grid for v in dimension[dim_id]["category"]["index"]]
        values, status = [], {}
        for k, combo in enumerate(grid):
            point = dict(zip(ids, combo))
            tenures = (
                [
                    TENURES.index(
                        dims["Upplatelseform"]["category"]["label"][point["Upplatelseform"]]
                    )
                ]
                if "Upplatelseform" in point
                else range(4)
            )
            parts = [value_of(point["Region"], t, point["Tid"]) for t in tenures]
            value = None if None in parts else sum(parts)
            values.append(value)
            if value is None:
                status[str(k)] = ".."
        dataset = {
            "version": "2.0",
            "class": "dataset",
            "label": self.metadata["label"],
            "source": "SCB",
            "role": self.metadata["role"],
            "id": ids,
            "size": sizes,
            "dimension": dimension,
            "value": values,
            "status": status,
            "extension": {"px": {"tableid": "TAB9001"}},
        }
        if output_format != "csv":
            return json.dumps(dataset).encode("utf-8"), "application/json"
        return self._csv(dataset, grid).encode("utf-8-sig"), "text/csv"

    @staticmethod
    def _csv(dataset, grid):
        dims = dataset["dimension"]
        stub = [d for d in dataset["id"] if d not in ("ContentsCode", "Tid")]
        years = list(dims["Tid"]["category"]["index"])
        header = [dims[d]["label"] for d in stub] + [f"Antal lägenheter {y}" for y in years]
        lines = [";".join(f'"{h}"' for h in header)]
        rows = {}
        for combo, value in zip(grid, dataset["value"]):
            point = dict(zip(dataset["id"], combo))
            key = tuple(point[d] for d in stub)
            rows.setdefault(key, {})[point["Tid"]] = ".." if value is None else str(value)
        for key, by_year in rows.items():
            texts = [f'"{k} {dims[d]["category"]["label"][k]}"' for d, k in zip(stub, key)]
            lines.append(";".join(texts + [by_year[y] for y in years]))
        return "\r\n".join(lines) + "\r\n"


def make_handler(scb):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status, payload, content_type="application/json"):
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _route(self, body=None):
            url = urlparse(self.path)
            query = parse_qs(url.query)
            path = url.path.removeprefix("/api/v2")
            scb.requests.append((self.command, path, query, body))
            if scb.fail_next_with_429:
                scb.fail_next_with_429 -= 1
                return self._send(429, {"title": "Too many requests", "status": 429})
            if path == "/config":
                return self._send(200, scb.config)
            if path == "/tables/TAB9001/metadata":
                return self._send(200, scb.metadata)
            if path.startswith("/codelists/"):
                found = scb.codelist(path.split("/")[-1])
                return self._send(200, found) if found else self._send(404, {"title": "Not found"})
            if path == "/tables/TAB9001/data" and body is not None:
                try:
                    data, kind = scb.data(body, query.get("outputFormat", ["json-stat2"])[0])
                except OverflowError:
                    return self._send(400, {"title": "Too many cells selected", "status": 400})
                except ValueError as exc:
                    return self._send(400, {"title": "Bad request", "detail": str(exc)})
                return self._send(200, data, kind)
            return self._send(
                404, {"type": "about:blank", "title": "Non-existent table", "status": 404}
            )

        def do_GET(self):  # noqa: N802
            self._route()

        def do_POST(self):  # noqa: N802
            length = int(self.headers.get("Content-Length", 0))
            self._route(json.loads(self.rfile.read(length).decode("utf-8")))

    return Handler


def start_fake_scb():
    """Start the server; returns ``(FakeSCB with .url, stop function)``."""
    fake = FakeSCB()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(fake))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/api/v2"

    def stop():
        server.shutdown()
        server.server_close()

    return fake, stop


class FakeClock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def client_for(scb, clock=None):
    clock = clock or FakeClock()
    return PxWebClient(scb.url, clock=clock, sleep=clock.sleep, timeout=5)


def data_calls(scb):
    return [r for r in scb.requests if r[0] == "POST"]
