"""A small WFS 2.0 client for SCB's open geodata (GeoServer), paging through large results.

SCB's service is ``https://geodata.scb.se/geoserver/stat/wfs`` (GeoServer; WFS 1.1.0 and 2.0.0).
A ``GetFeature`` request here asks for GeoJSON (``outputFormat=application/json``) in SWEREF 99
TM (``srsName=EPSG:3006``), filtered with GeoServer's ``CQL_FILTER`` and sorted on the code
(``sortBy``) so that the pages do not overlap, ``count`` features at a time from ``startIndex``.
GeoServer's GeoJSON carries ``numberMatched`` (all features of the filter) and
``numberReturned`` (this page); the client asks for pages until it has ``numberMatched``
features, or a page comes back short when the server does not say.

The bytes come from an injected ``fetch(url, timeout) -> bytes`` (the Processing tool passes
QGIS's network stack, which honours the user's proxy; :func:`urllib_fetch` is the plain-Python
one). A fetch function raises :class:`Unreachable` when no server answered and
:class:`HttpError` for an HTTP error status; the client turns both, and GeoServer's OGC
exception reports, into an :class:`InputError` a planner can act on (for no server,
:class:`ServerUnreachable`, so that a caller can say what to download instead).
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress

SCB_WFS = "https://geodata.scb.se/geoserver/stat/wfs"
USER_AGENT = "segregation-qgis-plugin (WFS client)"
PAGE_SIZE = 1000
TIMEOUT = 60.0
MAX_PAGES = 1000  # a server that never stops sending pages is a bug, not data


class Unreachable(Exception):
    """No server answered (no network, refused, DNS, timeout)."""


class ServerUnreachable(InputError):
    """The WFS server could not be reached; ``reason`` says why (for a caller that knows
    what to offer instead)."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class HttpError(Exception):
    """The server answered with an HTTP error status."""

    def __init__(self, status: int, body: bytes = b""):
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body or b""


Fetch = Callable[[str, float], bytes]


def urllib_fetch(url: str, timeout: float) -> bytes:
    """GET ``url`` with Python's urllib (honours the ``https_proxy`` environment variable)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        raise HttpError(exc.code, exc.read() if exc.fp else b"") from exc
    except urllib.error.URLError as exc:
        raise Unreachable(str(exc.reason)) from exc
    except (socket.timeout, TimeoutError) as exc:
        raise Unreachable(f"no answer within {timeout:.0f} s") from exc
    except OSError as exc:
        raise Unreachable(str(exc)) from exc


_EXCEPTION_TEXT = re.compile(r"<(?:\w+:)?ExceptionText>(.*?)</(?:\w+:)?ExceptionText>", re.S)


def exception_text(body: bytes) -> Optional[str]:
    """The text of an OGC ``ExceptionReport`` (``None`` when ``body`` is not one)."""
    text = body.decode("utf-8", "replace")
    if "ExceptionReport" not in text and "ServiceException" not in text:
        return None
    found = [" ".join(m.split()) for m in _EXCEPTION_TEXT.findall(text)]
    if not found:
        found = [" ".join(re.sub(r"<[^>]+>", " ", text).split())]
    return "; ".join(f for f in found if f) or None


@dataclass
class WfsResult:
    """The features of one filtered request, and how they were got (for the log)."""

    features: list
    number_matched: Optional[int]
    urls: list = field(default_factory=list)
    crs: Optional[str] = None


class WfsClient:
    """GetFeature with paging."""

    def __init__(
        self,
        base_url: str = SCB_WFS,
        fetch: Fetch = urllib_fetch,
        page_size: int = PAGE_SIZE,
        timeout: float = TIMEOUT,
    ):
        self.base_url = base_url.strip()
        self.fetch = fetch
        self.page_size = max(1, int(page_size))
        self.timeout = float(timeout)
        self.urls = []  # every URL asked, for the log

    def url(self, params: dict) -> str:
        query = urllib.parse.urlencode(params, safe=":,")
        sep = "&" if "?" in self.base_url else "?"
        return f"{self.base_url}{sep}{query}"

    def get(self, params: dict) -> bytes:
        url = self.url(params)
        self.urls.append(url)
        try:
            return self.fetch(url, self.timeout)
        except Unreachable as exc:
            raise ServerUnreachable(
                f"Could not reach the WFS server {self.base_url} ({exc}). Check the internet "
                "connection and QGIS's proxy settings.",
                str(exc),
            ) from exc
        except HttpError as exc:
            report = exception_text(exc.body)
            raise InputError(
                f"The WFS server {self.base_url} answered HTTP {exc.status} for {url}"
                + (f": {report}" if report else ".")
                + " Try again later, or use a downloaded file."
            ) from exc

    def get_features(
        self,
        layer: str,
        cql_filter: Optional[str] = None,
        sort_by: Optional[str] = None,
        srs: str = "EPSG:3006",
        progress: Progress = NO_PROGRESS,
    ) -> WfsResult:
        """All features of ``layer`` matching ``cql_filter``, page by page."""
        params = {
            "service": "WFS",
            "version": "2.0.0",
            "request": "GetFeature",
            "typeNames": layer,
            "outputFormat": "application/json",
            "srsName": srs,
            "count": self.page_size,
        }
        if sort_by:
            params["sortBy"] = sort_by
        if cql_filter:
            params["CQL_FILTER"] = cql_filter
        features, matched, crs, first = [], None, None, len(self.urls)
        for _page in range(MAX_PAGES):
            progress.check()
            params["startIndex"] = len(features)
            page = self._page(self.get(params), layer)
            batch = page.get("features") or []
            matched = _as_int(page.get("numberMatched"), _as_int(page.get("totalFeatures")))
            crs = crs or _crs_name(page.get("crs"))
            features.extend(batch)
            returned = _as_int(page.get("numberReturned"), len(batch))
            if matched:
                progress.set(min(100.0, 100.0 * len(features) / matched))
            if not batch or returned == 0:
                break
            if matched is not None and len(features) >= matched:
                break
            if matched is None and returned < self.page_size:
                break
        else:
            raise InputError(
                f"The WFS server {self.base_url} kept sending pages of {layer} "
                f"({len(features)} features after {MAX_PAGES} pages); stopped."
            )
        if matched is not None and len(features) != matched:
            raise InputError(
                f"The WFS server {self.base_url} said {matched} features of {layer} match, but "
                f"sent {len(features)}. Try again, or use a downloaded file."
            )
        return WfsResult(features, matched, self.urls[first:], crs)

    def _page(self, raw: bytes, layer: str) -> dict:
        report = exception_text(raw) if raw.lstrip()[:1] == b"<" else None
        if report:
            raise InputError(
                f"The WFS server {self.base_url} refused the request for {layer}: {report}"
            )
        try:
            page = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(
                f"The WFS server {self.base_url} sent something that is not GeoJSON for {layer} "
                f"({raw[:80]!r}…)."
            ) from exc
        if not isinstance(page, dict) or page.get("type") != "FeatureCollection":
            raise InputError(
                f"The WFS server {self.base_url} sent JSON that is not a FeatureCollection "
                f"for {layer}."
            )
        return page


def _as_int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _crs_name(crs) -> Optional[str]:
    if isinstance(crs, dict):
        return (crs.get("properties") or {}).get("name")
    return None


def epsg_of(crs_name: Optional[str]) -> Optional[int]:
    """``urn:ogc:def:crs:EPSG::3006`` or ``EPSG:3006`` → 3006."""
    m = re.search(r"EPSG:+(\d+)$", str(crs_name or ""))
    return int(m.group(1)) if m else None
