"""SCB's PxWebAPI 2.0: read saved responses, and fetch a table for the areas of a kommun or län.

Endpoints used (``https://statistikdatabasen.scb.se/api/v2``)::

    GET  /config                          limits: maxDataCells, maxCallsPerTimeWindow, timeWindow
    GET  /tables/{id}/metadata?lang=sv    variables and their codes (JSON-stat 2.0)
    GET  /codelists/{id}?lang=sv          the codes of a value set (vs_DeSO2025, vs_RegSO2025...)
    POST /tables/{id}/data?lang=sv&outputFormat=json-stat2   {"selection": [...]}

The client keeps within the published limits (METHODS.md §2: 150,000 cells per call, 30 calls
per 10 s; the server's ``/config`` may say otherwise and wins): it splits the region codes into
as many calls as needed and waits when the calls of the last window are used up. Without a
network it raises :class:`InputError` saying so, so a planner can import a downloaded file
instead. The clock and the sleep are injectable for tests.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from pathlib import Path
from typing import Callable, Optional, Sequence

from ..common import codes
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from .jsonstat import read_jsonstat
from .pxweb_metadata import TableMetadata, Variable, parse_metadata, parse_selection  # noqa: F401
from .scb_export import read_scb_csv_bytes, read_scb_file
from .statistics_table import combine, info_of

SCB_API = "https://statistikdatabasen.scb.se/api/v2"
MAX_CELLS, MAX_CALLS, TIME_WINDOW = 150_000, 30, 10.0
USER_AGENT = "segregation-qgis-plugin (PxWebAPI 2.0 client)"
_LEVEL_WORDS = {
    codes.DESO: ("deso",),
    codes.REGSO: ("regso",),
    codes.KOMMUN: ("kommun",),
    codes.LAN: ("län", "lan"),
}


def read_pxweb_file(path, label: Optional[str] = None):
    """A saved PxWebAPI response: JSON-stat 2.0 (``.json``) or csv (any other text)."""
    path = Path(path)
    label = label or path.name
    if not path.is_file():
        raise InputError(f"The file {path} does not exist.")
    data = path.read_bytes()
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{"):
        return read_jsonstat(data, source=str(path), label=label)
    return read_scb_file(path, label)


def read_statistics(path, label: Optional[str] = None):
    """Any statistics file the plugin reads: an SCB export (xlsx, csv) or a PxWebAPI response."""
    return read_pxweb_file(path, label)


# --- rate limit ---------------------------------------------------------------------------
class RateLimiter:
    """At most ``max_calls`` calls in any ``window`` seconds (a sliding window)."""

    def __init__(self, max_calls: int, window: float, clock=time.monotonic, sleep=time.sleep):
        self.max_calls = max(1, int(max_calls))
        self.window = float(window)
        self.clock = clock
        self.sleep = sleep
        self.calls = deque()
        self.waited = 0.0

    def wait(self) -> None:
        now = self.clock()
        while self.calls and now - self.calls[0] >= self.window:
            self.calls.popleft()
        if len(self.calls) >= self.max_calls:
            pause = self.calls[0] + self.window - now
            if pause > 0:
                self.sleep(pause)
                self.waited += pause
            now = self.clock()
            while self.calls and now - self.calls[0] >= self.window:
                self.calls.popleft()
        self.calls.append(now)


# --- the client -------------------------------------------------------------------------------
class PxWebClient:
    """A small PxWebAPI 2.0 client (see the module docstring)."""

    def __init__(
        self,
        base_url: str = SCB_API,
        language: str = "sv",
        timeout: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        max_cells: int = MAX_CELLS,
        max_calls: int = MAX_CALLS,
        window: float = TIME_WINDOW,
        retries: int = 3,
    ):
        self.base_url = base_url.rstrip("/")
        self.language = language
        self.timeout = timeout
        self.max_cells = max_cells
        self.limiter = RateLimiter(max_calls, window, clock, sleep)
        self.retries = retries
        self.calls = []  # (method, path) of every request, for the log
        self._config = None

    # --- HTTP -------------------------------------------------------------------------
    def url(self, path: str, params: Optional[dict] = None) -> str:
        query = urllib.parse.urlencode(params or {}, safe="[],*")
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")

    def request(self, path: str, params: Optional[dict] = None, body=None) -> bytes:
        url = self.url(path, params)
        data = json.dumps(body).encode("utf-8") if body is not None else None
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json, text/csv, */*"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(self.retries + 1):
            self.limiter.wait()
            self.calls.append(("POST" if data is not None else "GET", path))
            request = urllib.request.Request(url, data=data, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as exc:
                if exc.code == 429 and attempt < self.retries:
                    self.limiter.sleep(self.limiter.window)
                    continue
                raise InputError(self._http_message(exc, url)) from exc
            except urllib.error.URLError as exc:
                raise InputError(self._offline_message(url, exc.reason)) from exc
            except (socket.timeout, TimeoutError) as exc:
                raise InputError(
                    f"SCB's API did not answer within {self.timeout:.0f} s ({url}). Try again "
                    "later, or download the table from Statistikdatabasen and import the file."
                ) from exc
        raise InputError(f"SCB's API kept answering 'too many requests' for {url}.")

    @staticmethod
    def _offline_message(url: str, reason) -> str:
        return (
            f"Could not reach SCB's API ({url}): {reason}. Check the internet connection (or "
            "the proxy settings), or download the table from Statistikdatabasen as xlsx or csv "
            "and import the file instead."
        )

    @staticmethod
    def _http_message(exc, url: str) -> str:
        detail = ""
        try:
            problem = json.loads(exc.read().decode("utf-8"))
            detail = problem.get("detail") or problem.get("title") or ""
        except (ValueError, AttributeError, OSError):
            pass
        what = {
            400: "the query is not valid for this table (a variable or code that does not exist?)",
            403: "the table cannot be fetched through the API",
            404: "there is no such table (check the table id, e.g. TAB6574)",
            429: "too many requests",
            503: "the service is unavailable",
        }.get(exc.code, "an error")
        return f"SCB's API answered {exc.code} – {what} – for {url}" + (
            f": {detail}" if detail else "."
        )

    def get_json(self, path: str, params: Optional[dict] = None) -> dict:
        raw = self.request(path, params)
        try:
            return json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"SCB's API sent something that is not JSON for {path}.") from exc

    # --- endpoints --------------------------------------------------------------------
    def config(self) -> dict:
        """The server's limits (read once); they replace the defaults when given."""
        if self._config is None:
            self._config = self.get_json("/config")
            cells = int(self._config.get("maxDataCells") or 0)
            calls = int(self._config.get("maxCallsPerTimeWindow") or 0)
            window = float(self._config.get("timeWindow") or 0)
            if cells > 0:
                self.max_cells = cells
            if calls > 0 and window > 0:
                self.limiter.max_calls, self.limiter.window = calls, window
        return self._config

    def metadata(self, table: str) -> TableMetadata:
        data = self.get_json(
            f"/tables/{urllib.parse.quote(table)}/metadata", {"lang": self.language}
        )
        return parse_metadata(data, table)

    def codelist(self, codelist_id: str) -> list:
        """``[(code, label), ...]`` of a code list such as ``vs_DeSO2025``."""
        data = self.get_json(
            f"/codelists/{urllib.parse.quote(codelist_id)}", {"lang": self.language}
        )
        return [(v.get("code", ""), v.get("label", "")) for v in data.get("values", [])]

    # --- choosing codes ---------------------------------------------------------------
    def region_codes(
        self,
        meta: TableMetadata,
        level: str,
        areas: Sequence[str] = (),
        codelist: Optional[str] = None,
    ) -> tuple:
        """``(codes, codelist used)``: the table's region codes of ``level`` inside ``areas``
        (kommun or län codes; all of Sweden when empty)."""
        region = meta.role("region")
        if region is None:
            raise InputError(f"Table {meta.table} has no region variable; it is not regional.")
        candidates = list(region.codes)
        if codelist is None and not any(codes.level_of(c) == level for c in candidates):
            codelist = self._pick_codelist(region, level, meta.table)
        if codelist:
            candidates = [c for c, _ in self.codelist(codelist)]
        areas = [a.strip() for a in areas if a and a.strip()]
        chosen = []
        for code in candidates:
            if codes.level_of(code) != level:
                continue
            if areas and not any(
                codes.code_of_level(code, codes.level_of(a) or "") == codes.normalise_code(a)
                for a in areas
            ):
                continue
            chosen.append(code)
        if not chosen:
            where = f" in {', '.join(areas)}" if areas else ""
            raise InputError(
                f"Table {meta.table} has no {codes.LEVEL_NAMES.get(level, level)} codes{where}"
                + (f" in the code list {codelist}" if codelist else "")
                + ". Check the level, the area codes and the table."
            )
        return chosen, codelist

    @staticmethod
    def _pick_codelist(region: Variable, level: str, table: str) -> str:
        words = _LEVEL_WORDS.get(level, (level,))
        matching = [
            (cid, label)
            for cid, label in region.codelists
            if any(w in (cid + " " + label).lower() for w in words)
        ]
        if not matching:
            lists = ", ".join(cid for cid, _ in region.codelists) or "none"
            raise InputError(
                f"Table {table} has no {codes.LEVEL_NAMES.get(level, level)} codes and no code list "
                f"for them (its code lists: {lists})."
            )
        return sorted(matching, key=lambda item: item[0])[-1][0]  # the newest version

    # --- data -------------------------------------------------------------------------
    def fetch(
        self,
        table: str,
        years: Sequence = (),
        level: str = codes.DESO,
        areas: Sequence[str] = (),
        selection: Optional[dict] = None,
        codelist: Optional[str] = None,
        output_format: str = "json-stat2",
        progress: Progress = NO_PROGRESS,
    ):
        """The tidy table of ``table`` for the ``level`` areas in ``areas``.

        ``years``: years to fetch (default: the latest). ``selection``: codes per other
        variable (``{"Kon": ["1+2"]}``); without one, every contents value and every
        non-eliminable variable's values are fetched and eliminable variables are left out
        (SCB then gives their total).
        """
        self.config()
        meta = self.metadata(table)
        selection = dict(selection or {})
        region_list, codelist = self.region_codes(meta, level, areas, codelist)
        fixed = self._selection(meta, years, selection)
        per_combo = 1
        for _, values in fixed:
            per_combo *= len(values)
        time_var = meta.role("time")
        year_groups = [None]
        if per_combo > self.max_cells and time_var is not None:
            year_values = dict(fixed)[time_var.id]
            per_combo //= len(year_values)
            year_groups = [[y] for y in year_values]
        if per_combo > self.max_cells:
            raise InputError(
                f"One area alone needs {per_combo:,} cells of table {table}, more than the "
                f"{self.max_cells:,} SCB allows per call. Choose fewer values."
            )
        per_call = max(1, self.max_cells // per_combo)
        chunks = [
            (region_list[i : i + per_call], group)
            for group in year_groups
            for i in range(0, len(region_list), per_call)
        ]
        progress.info(
            f"Fetching table {table} ({meta.title}): {len(region_list)} "
            f"{codes.LEVEL_NAMES.get(level, level)} in {len(chunks)} call(s)."
        )
        parts = []
        region_var = meta.role("region")
        for k, (regions, group) in enumerate(chunks):
            progress.check()
            body_sel = [{"variableCode": region_var.id, "valueCodes": regions}]
            if codelist:
                body_sel[0]["codelist"] = codelist
            for var_id, values in fixed:
                if group is not None and var_id == time_var.id:
                    values = group
                body_sel.append({"variableCode": var_id, "valueCodes": list(values)})
            params = {"lang": self.language, "outputFormat": output_format}
            if output_format == "csv":
                params["outputFormatParams"] = "UseCodesAndTexts,SeparatorSemicolon"
            raw = self.request(
                f"/tables/{urllib.parse.quote(table)}/data", params, {"selection": body_sel}
            )
            label = f"table {table}, call {k + 1} of {len(chunks)}"
            if output_format == "csv":
                parts.append(read_scb_csv_bytes(raw, label, self.url(f"/tables/{table}/data")))
            else:
                parts.append(read_jsonstat(raw, self.url(f"/tables/{table}/data"), label))
            progress.set(100.0 * (k + 1) / len(chunks))
        frame = combine(parts, f"the {len(chunks)} parts of table {table}")
        info = info_of(frame)
        info.title = info.title or meta.title
        info.reference = table
        info.source = self.url(f"/tables/{table}/data")
        if self.limiter.waited:
            progress.info(f"Waited {self.limiter.waited:.1f} s to keep within SCB's call limit.")
        return frame

    def _selection(self, meta: TableMetadata, years: Sequence, selection: dict) -> list:
        """``[(variable id, codes), ...]`` for every variable but the region."""
        chosen = []
        known = {v.id for v in meta.variables}
        unknown = [k for k in selection if k not in known]
        if unknown:
            raise InputError(
                f"Table {meta.table} has no variable {', '.join(unknown)}; its variables are "
                + ", ".join(f"{v.id} ({v.label})" for v in meta.variables)
                + "."
            )
        for var in meta.variables:
            if var.role == "region":
                continue
            if var.role == "time":
                wanted = [str(y) for y in years] if years else list(selection.get(var.id, []))
                if not wanted or wanted == ["*"]:
                    wanted = var.codes[-1:] if not wanted else list(var.codes)
                missing = [y for y in wanted if y not in var.codes]
                if missing:
                    raise InputError(
                        f"Table {meta.table} has no statistics for {', '.join(missing)}; it has "
                        f"{var.codes[0]}–{var.codes[-1]}."
                    )
                chosen.append((var.id, wanted))
            elif var.id in selection:
                values = selection[var.id]
                values = list(var.codes) if values == ["*"] else values
                bad = [v for v in values if v not in var.codes]
                if bad:
                    raise InputError(
                        f"{var.id} ({var.label}) in table {meta.table} has no value "
                        f"{', '.join(bad)}; it has {', '.join(var.codes[:10])}."
                    )
                chosen.append((var.id, values))
            elif var.role == "contents" or not var.elimination:
                chosen.append((var.id, list(var.codes)))
        return chosen
