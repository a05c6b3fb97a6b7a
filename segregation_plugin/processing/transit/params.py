"""Parameters and steps that the public-transport algorithms share.

Every tool in the *Public transport* group reads a GTFS feed, picks a service date and a
time window, and works in a metric CRS. The parameters are declared the same way in each
tool (same names, so models and scripts can reuse them) and read here. The area layer with
its type field, population grid and population field is declared with the helpers of
:mod:`..parameters`, which the planning tools use too.
"""

from __future__ import annotations

import datetime
import re
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...i18n import format_number, tr
from .. import compat
from ..frames import crs_is_missing
from ..messages import translate_core_message
from ..parameters import (
    AREAS,
    POP_FIELD,
    POP_RASTER,
    TYPE_FIELD,
    advanced,
    area_layer_parameter,
    population_field_parameter,
    population_raster_parameter,
    type_field_parameter,
)

GTFS, DATE, START, END, INCLUDE_DRT, CRS = "GTFS", "DATE", "START", "END", "INCLUDE_DRT", "CRS"
MAPPING, EXCLUDED = "MODE_MAPPING", "EXCLUDED_TYPES"
MAX_GRID = "MAX_GRID_MB"
# a date as text: 20221012 (as in GTFS), or 2022-10-12 with an optional time after T or a space
_DATE_TEXT = re.compile(r"(\d{4})(\d{2})(\d{2})|(\d{4})-(\d{2})-(\d{2})(?:[T ]\S*)?")


def add_gtfs_parameter(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFile(
            GTFS,
            tr("GTFS feed (zip file, or any .txt file of an unzipped feed)"),
            behavior=compat.FILE_BEHAVIOR_FILE,
            fileFilter=tr("GTFS feed (*.zip *.txt)"),
        )
    )


def add_date_parameter(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterDateTime(
            DATE,
            tr("Service date (empty: a typical weekday of the feed)"),
            type=compat.DATETIME_DATE,
            optional=True,
        )
    )


def add_feed_parameters(algorithm, start="06:00", end="20:00", window_label=None):
    """GTFS feed, service date, time window and demand-responsive switch."""
    add_gtfs_parameter(algorithm)
    add_date_parameter(algorithm)
    algorithm.addParameter(
        QgsProcessingParameterString(
            START,
            window_label[0] if window_label else tr("Time window from (HH:MM)"),
            defaultValue=start,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            END,
            window_label[1] if window_label else tr("Time window to (HH:MM, may pass 24:00)"),
            defaultValue=end,
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterBoolean(
                INCLUDE_DRT,
                tr("Count demand-responsive routes (route types 715, 1500–1599)"),
                defaultValue=False,
            )
        )
    )


def add_area_parameters(algorithm, label: str, population_label: str):
    """Area layer, its area type field (default area_type), a population raster and a
    population field."""
    algorithm.addParameter(area_layer_parameter(label))
    algorithm.addParameter(type_field_parameter(TYPE_FIELD, AREAS))
    algorithm.addParameter(
        population_raster_parameter(tr("Population raster (residents per cell)"), POP_RASTER)
    )
    algorithm.addParameter(population_field_parameter(population_label, POP_FIELD, AREAS))


def add_mode_mapping_parameters(algorithm):
    """The ÖV-Güteklassen stop types from route types, and the route types left out."""
    from ...core.transit import transit_modes

    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                MAPPING,
                tr("Stop types from route types (A rail and metro, B tram and ferry, C bus)"),
                defaultValue=transit_modes.ARE_DEFAULT_MAPPING,
            )
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                EXCLUDED,
                tr("Route types left out (demand-responsive)"),
                defaultValue=transit_modes.DEMAND_RESPONSIVE_TYPES,
                optional=True,
            )
        )
    )


def mode_mapping(algorithm, parameters, context, include_drt: bool):
    """(mapping text, excluded route types text); nothing is left out with include_drt."""
    excluded = "" if include_drt else algorithm.parameterAsString(parameters, EXCLUDED, context)
    return algorithm.parameterAsString(parameters, MAPPING, context), excluded


def log_mode_mapping(feedback, feed, mapping_text: str, excluded_text: str) -> None:
    """Write to the log where every route type goes (the stop types A–C, left out, in no
    group) and the route types of the feed with their stop type, at each run."""
    from ...core.transit import transit_modes as modes

    mapping = modes.parse_are_mapping(mapping_text)
    excluded = modes.parse_type_ranges(excluded_text, "excluded route types")
    summary = modes.mapping_summary(mapping, excluded)
    feedback.pushInfo(
        tr(
            "Stop types from route types: A (rail and metro) {A}; B (tram and ferry) {B}; "
            "C (bus) {C}."
        ).format(**{k: summary[k] or "–" for k in ("A", "B", "C")})
    )
    if summary["excluded"]:
        feedback.pushInfo(
            tr(
                "Left out: route types {} (demand-responsive; 'Count demand-responsive "
                "routes' counts them)."
            ).format(summary["excluded"])
        )
    if summary["none"]:
        feedback.pushInfo(
            tr("In no stop type and not counted: route types {}.").format(summary["none"])
        )
    names = {"left out": tr("left out"), "": tr("not counted")}
    rows = modes.feed_type_summary(feed.routes["route_type"].to_numpy(), mapping, excluded)
    feedback.pushInfo(
        tr("Route types in the feed: {}.").format(
            "; ".join(
                tr("{type} {mode} ({routes} routes) → {group}").format(
                    type=t, mode=mode, routes=n, group=names.get(group, group)
                )
                for t, n, mode, group in rows
            )
        )
    )


def add_grid_limit_parameter(algorithm):
    """The largest grid a tool builds (MB of memory): a larger one stops with a message."""
    from ...core.transit.grid_size import DEFAULT_LIMIT_MB

    algorithm.addParameter(
        advanced(
            QgsProcessingParameterNumber(
                MAX_GRID,
                tr("Largest grid to build (MB of memory; 0: no limit)"),
                compat.NUMBER_INTEGER,
                defaultValue=DEFAULT_LIMIT_MB,
                minValue=0,
            )
        )
    )


def grid_limit(algorithm, parameters, context):
    """The grid limit in MB (None: no limit); the default when a script leaves it out."""
    from ...core.transit.grid_size import DEFAULT_LIMIT_MB

    if parameters.get(MAX_GRID) in (None, ""):
        return DEFAULT_LIMIT_MB
    return algorithm.parameterAsInt(parameters, MAX_GRID, context) or None


def has_geometries(areas) -> bool:
    """Whether any area has a geometry."""
    return bool(len(areas)) and not (areas.geometry.isna() | areas.geometry.is_empty).all()


def add_crs_parameter(algorithm):
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterCrs(
                CRS,
                tr(
                    "Metric CRS for distances and outputs (empty: the area layer's, else "
                    "SWEREF 99 TM in Sweden, UTM elsewhere)"
                ),
                optional=True,
            )
        )
    )


def service_date(value) -> Optional[datetime.date]:
    """The service date parameter as a :class:`datetime.date`: the one place a date is read.

    The dialog gives a QDate or QDateTime; ``processing.run``, models and scripts give text,
    ``"2022-10-12"``, ``"20221012"`` (as in GTFS) or a date-time such as
    ``"2022-10-12T00:00:00"``; Python callers a date or datetime. None, empty text or an
    invalid QDate is no date (None); anything else that is not a date is an InputError.
    """
    from ...core.common.errors import InputError

    if value is None or (hasattr(value, "isValid") and not value.isValid()):
        return None
    if hasattr(value, "toPyDateTime"):  # QDateTime
        return value.toPyDateTime().date()
    if hasattr(value, "toPyDate"):  # QDate
        return value.toPyDate()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = _DATE_TEXT.fullmatch(text)
    if match is not None:
        year, month, day = (int(g) for g in match.groups() if g is not None)
        try:
            return datetime.date(year, month, day)
        except ValueError:
            pass  # e.g. 2022-02-30
    raise InputError(
        tr("'{}' is not a date; write it as YYYY-MM-DD, e.g. 2022-10-12.").format(value)
    )


def weekday_names() -> tuple:
    """Monday … Sunday in the UI's language, for :meth:`ServiceWindow.describe`."""
    return (
        tr("Monday"),
        tr("Tuesday"),
        tr("Wednesday"),
        tr("Thursday"),
        tr("Friday"),
        tr("Saturday"),
        tr("Sunday"),
    )


def read_feed_and_window(algorithm, parameters, context, feedback, progress):
    """(feed, :class:`ServiceWindow`) from the parameters: the service date (see
    :func:`read_date`), the time window and whether demand-responsive routes count; logs
    the feed's warnings and the window's service."""
    from ...core.transit import gtfs_feed
    from ...core.transit.service_window import ServiceWindow

    feed = read_feed(algorithm, parameters, context, feedback, progress)
    date, trips = read_date(parameters, feed, feedback)
    start = gtfs_feed.parse_time_text(algorithm.parameterAsString(parameters, START, context))
    end = gtfs_feed.parse_time_text(algorithm.parameterAsString(parameters, END, context))
    if end <= start:  # ServiceWindow checks it too; here in the UI's language
        raise gtfs_feed.InputError(
            tr(
                "The time window ends before it starts; give e.g. 06:00 to 20:00 (or 22:00 to 26:00)."
            )
        )
    window = ServiceWindow(
        date,
        start,
        end,
        include_demand_responsive=algorithm.parameterAsBool(parameters, INCLUDE_DRT, context),
    )
    feedback.pushInfo(
        tr("Service date and window: {window}; {trips} trips run on the date.").format(
            window=window.describe(weekday_names()), trips=format_number(trips)
        )
    )
    return feed, window


def read_date(parameters, feed, feedback):
    """(service date, trips that run on it): the DATE parameter, else a typical weekday."""
    from ...core.transit import gtfs_calendar

    date = service_date(parameters.get(DATE))
    if date is None:
        date = gtfs_calendar.typical_weekday(feed)
        feedback.pushInfo(
            tr("No date given: using {}, a typical weekday of the feed.").format(date)
        )
    return date, gtfs_calendar.check_date(feed, date)


def read_feed(algorithm, parameters, context, feedback, progress):
    """The GTFS feed of the parameters, its warnings in the log."""
    from ...core.transit import gtfs_feed

    path = algorithm.parameterAsFile(parameters, GTFS, context)
    feedback.pushInfo(tr("Reading the GTFS feed {}…").format(path))
    feed = gtfs_feed.read_feed(path, progress)
    for problem in feed.problems[:20]:
        where = f"{problem['file']}.txt" + (f" line {problem['line']}" if problem["line"] else "")
        feedback.pushWarning(f"{where}: {translate_core_message(problem['problem'])}")
    if len(feed.problems) > 20:
        feedback.pushWarning(
            tr("… and {} more warnings about the feed.").format(len(feed.problems) - 20)
        )
    return feed


def metric_crs(algorithm, parameters, context, feed, area_crs=None):
    """The CRS to compute and write in, as an authid or WKT string: the CRS parameter, else
    a projected area layer's, else SWEREF 99 TM for a Swedish feed (UTM elsewhere)."""
    from ...core.transit import nearby

    chosen = algorithm.parameterAsCrs(parameters, CRS, context) if CRS in parameters else None
    if chosen is not None and chosen.isValid():
        crs = chosen.authid() or chosen.toWkt()
    elif not crs_is_missing(area_crs) and not area_crs.isGeographic():
        # (an area layer without a CRS is refused, naming it, when it is read)
        crs = area_crs.authid() or area_crs.toWkt()
    else:
        crs = nearby.metric_crs(feed.stops["stop_lon"], feed.stops["stop_lat"])
    nearby.check_metric(crs)
    return crs


def qgs_crs(crs: str) -> QgsCoordinateReferenceSystem:
    if crs.upper().startswith("EPSG:"):
        return QgsCoordinateReferenceSystem(crs)
    return QgsCoordinateReferenceSystem.fromWkt(crs)
