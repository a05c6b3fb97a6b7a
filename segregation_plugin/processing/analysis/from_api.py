"""The guided analysis's statistics from SCB's API, when no statistics folder is given.

:func:`fetch_statistics` fetches SCB's standard DeSO tables (V1–V3 by default) for every
DeSO of Sweden, so that the national reference comes with them, with the client of 'Import
SCB table' (PxWebAPI 2.0, its rate limit and its offline message), writes each table as a
JSON-stat file into a cache folder and makes that folder the analysis's statistics folder:
from there on the analysis is the folder path, step for step.
"""

from __future__ import annotations

import os
import tempfile

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterString

from ...core.common.errors import InputError
from ...core.statistics.pxweb import SCB_API
from ...i18n import tr
from .. import compat
from . import tables as T
from .run import Analysis

# PxWebAPI 2.0 table ids of the DeSO tables (see docs/guided_analysis.md for their sources):
# low/high economic standard (Tab4InkDesoRegso), education 25–64 (UtbSUNBefDesoRegso),
# labour-market status (ArRegDesoStatusN)
DEFAULT_TABLES = "TAB6685, TAB5956, TAB6680"
TABLES, CACHE, API_URL = "API_TABLES", "API_CACHE", "API_URL"


def api_parameters() -> list:
    """The guided tool's (advanced) parameters of the API source."""
    return [
        QgsProcessingParameterString(
            TABLES,
            tr("Without a folder: SCB's API table ids to fetch (V1, V2, V3; more may follow)"),
            defaultValue=DEFAULT_TABLES,
        ),
        QgsProcessingParameterFile(
            CACHE,
            tr("Without a folder: cache folder of the fetched tables (empty: in the QGIS profile)"),
            behavior=compat.FILE_BEHAVIOR_FOLDER,
            optional=True,
        ),
        QgsProcessingParameterString(API_URL, tr("SCB's API address"), defaultValue=SCB_API),
    ]


def api_settings(algorithm, parameters, context) -> dict:
    tables = algorithm.parameterAsString(parameters, TABLES, context)
    return {
        "TABLES": [t.strip() for t in tables.replace(";", ",").split(",") if t.strip()],
        "CACHE": algorithm.parameterAsFile(parameters, CACHE, context),
        "URL": algorithm.parameterAsString(parameters, API_URL, context) or SCB_API,
    }


def default_cache() -> str:
    """A folder in the QGIS profile (else the temporary folder) for the fetched tables."""
    try:
        from qgis.core import QgsApplication

        base = QgsApplication.qgisSettingsDirPath()
    except Exception:  # pragma: no cover - outside QGIS
        base = ""
    if not base or not os.path.isdir(base):
        base = tempfile.gettempdir()
    return os.path.join(base, "segregation", "scb_api")


def fetch_statistics(analysis: Analysis) -> None:
    """SCB's tables from the API into the cache folder, when no statistics folder is given."""
    from ...core.statistics import pxweb_cache

    if analysis.folder:
        return
    settings = analysis.api
    if not settings.get("TABLES"):
        raise InputError(
            tr("Give a folder of SCB exports, or the ids of SCB's tables to fetch from the API.")
        )
    cache = settings.get("CACHE") or default_cache()
    feedback = analysis.feedback
    feedback.pushInfo(
        tr("No statistics folder: fetching SCB's tables from {url} into {folder}.").format(
            url=settings["URL"], folder=cache
        )
    )
    removed = pxweb_cache.clear_cache(cache)
    if removed:
        feedback.pushInfo(tr("Removed {} tables of an earlier fetch.").format(len(removed)))
    client = pxweb_cache.RecordingClient(settings["URL"])
    progress = _progress(feedback)
    for table in settings["TABLES"]:
        if feedback.isCanceled():
            from ...core.common.errors import Cancelled

            raise Cancelled()
        try:
            path = pxweb_cache.fetch_to_file(client, table, cache, analysis.year, progress=progress)
        except InputError as exc:
            raise InputError(_failed(table, exc, cache)) from exc
        feedback.pushInfo(tr("Table {table} saved as {path}.").format(table=table, path=path))
    feedback.pushInfo(tr("{} calls to SCB's API.").format(len(client.calls)))
    analysis.folder = cache


def _failed(table: str, exc: Exception, cache: str) -> str:
    """The client's message, and what to download instead."""
    what = {
        "V1": tr("low economic standard (V1)"),
        "V2": tr("education 25–64 (V2)"),
        "V3": tr("labour-market status 16–64 (V3 at DeSO)"),
    }
    lines = [
        tr("- {what}: SCB table {code}, '{title}'").format(
            what=what.get(need.role, need.what), code=need.code, title=need.title
        )
        for need in T.NEEDED
    ]
    return (
        tr("Fetching table {table} from SCB's API failed: {reason}").format(table=table, reason=exc)
        + "\n"
        + tr(
            "Without the API, download these tables from Statistikdatabasen (per DeSO, all of "
            "Sweden, the years you want) into a folder and give it as the statistics folder "
            "(tables fetched before are in {cache}):"
        ).format(cache=cache)
        + "\n"
        + "\n".join(lines)
    )


def _progress(feedback):
    from ...core.common.progress import Progress
    from ..messages import translate_core_message

    return Progress(
        feedback.setProgress,
        feedback.isCanceled,
        lambda text: feedback.pushInfo(translate_core_message(text)),
    )
