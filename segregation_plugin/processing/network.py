"""Bytes from the web through QGIS's network stack, for core's injected ``fetch``.

``QgsBlockingNetworkRequest`` goes through ``QgsNetworkAccessManager``: it uses the proxy,
authentication and SSL settings the user made in QGIS (Settings ▸ Options ▸ Network), which
Python's urllib would not see. Errors become core's :class:`~..core.statistics.wfs.Unreachable`
(no server answered) and :class:`~..core.statistics.wfs.HttpError` (an HTTP error status).
"""

from __future__ import annotations

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core.statistics.wfs import USER_AGENT, HttpError, Unreachable


def qgis_fetch(url: str, timeout: float) -> bytes:
    """GET ``url`` (``timeout`` seconds for the transfer) with QGIS's network settings."""
    request = QNetworkRequest(QUrl(url))
    request.setRawHeader(b"User-Agent", USER_AGENT.encode("ascii"))
    request.setTransferTimeout(max(1, int(timeout * 1000)))
    blocking = QgsBlockingNetworkRequest()
    error = blocking.get(request, True)
    reply = blocking.reply()
    content = bytes(reply.content())
    if error == QgsBlockingNetworkRequest.ErrorCode.NoError:
        return content
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if status:
        raise HttpError(int(status), content)
    raise Unreachable(blocking.errorMessage() or reply.errorString())
