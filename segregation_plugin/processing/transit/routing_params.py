"""Parameters the travel-time tools share (Travel-time matrix, Opportunities within reach
per area, Isochrones): the feed and departure window, walking and transfers, and reading
them into a core :class:`Router` (docs/transit.md, "Travel times").
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterNumber

from ...i18n import format_number, tr
from .. import compat
from ..parameters import advanced
from . import params as tp

STEP, MAX_MINUTES, MAX_TRANSFERS = "STEP_MINUTES", "MAX_MINUTES", "MAX_TRANSFERS"
SPEED, DETOUR, MAX_WALK = "WALK_SPEED", "DETOUR", "MAX_WALK"
MAX_TRANSFER_WALK, CHANGE = "MAX_TRANSFER_WALK", "CHANGE_SECONDS"
PERCENTILE = "PERCENTILE"


def _number(name, label, kind, default, low, high, is_advanced=False):
    parameter = QgsProcessingParameterNumber(
        name, label, kind, defaultValue=default, minValue=low, maxValue=high
    )
    return advanced(parameter) if is_advanced else parameter


def add_router_parameters(algorithm, max_minutes: int = 90):
    """GTFS feed, date, departure window and step, longest trip, transfers and walking."""
    tp.add_feed_parameters(
        algorithm,
        start="07:00",
        end="08:00",
        window_label=(
            tr("Departures from (HH:MM)"),
            tr("Departures until (HH:MM, not included; may pass 24:00)"),
        ),
    )
    integer, double = compat.NUMBER_INTEGER, compat.NUMBER_DOUBLE
    for parameter in (
        _number(STEP, tr("A departure every (minutes)"), integer, 1, 1, 60),
        _number(MAX_MINUTES, tr("Longest travel time (minutes)"), integer, max_minutes, 5, 300),
        _number(
            MAX_TRANSFERS, tr("Most transfers (one fewer than the rides)"), integer, 3, 0, 10, True
        ),
        _number(SPEED, tr("Walking speed (km/h)"), double, 5.0, 1.0, 10.0, True),
        _number(DETOUR, tr("Detour factor on straight lines"), double, 1.3, 1.0, 3.0, True),
        _number(
            MAX_WALK, tr("Longest walk to or from a stop (m walked)"), double, 800, 0, 5000, True
        ),
        _number(
            MAX_TRANSFER_WALK,
            tr("Longest walk between stops (m walked)"),
            double,
            400,
            0,
            2000,
            True,
        ),
        _number(CHANGE, tr("Time to change vehicles (seconds)"), integer, 60, 0, 1800, True),
    ):
        algorithm.addParameter(parameter)
    tp.add_crs_parameter(algorithm)


def add_percentile_parameter(algorithm, default: int = 50, label=None):
    algorithm.addParameter(
        _number(
            PERCENTILE,
            label or tr("Travel time percentile over the departures (50 = median)"),
            compat.NUMBER_INTEGER,
            default,
            1,
            100,
        )
    )


def read_router(algorithm, parameters, context, feedback, progress, area_crs=None):
    """(router, crs): the feed, date and window read as the other transit tools do, the
    walking rules and limits; the settings are logged (they are the run's assumptions)."""
    from ...core.transit.routing.footpaths import WalkRules
    from ...core.transit.routing.travel_times import DepartureWindow, Router
    from ...core.transit.transit_service import stops_xy

    feed, window = tp.read_feed_and_window(algorithm, parameters, context, feedback, progress)
    crs = tp.metric_crs(algorithm, parameters, context, feed, area_crs)

    def value(name, kind=float):
        read = algorithm.parameterAsInt if kind is int else algorithm.parameterAsDouble
        return read(parameters, name, context)

    departures = DepartureWindow(
        window.start, window.end, 60 * value(STEP, int), value(MAX_MINUTES, int)
    )
    walk = WalkRules(
        speed=value(SPEED) / 3.6,
        detour=value(DETOUR),
        max_walk=value(MAX_WALK),
        max_transfer=value(MAX_TRANSFER_WALK),
        transfer_slack=value(CHANGE, int),
    )
    x, y = stops_xy(feed, crs)
    router = Router(
        feed,
        window.date,
        x,
        y,
        departures,
        walk,
        value(MAX_TRANSFERS, int),
        window.include_demand_responsive,
    )
    feedback.pushInfo(
        tr(
            "Routing: {departures} departures from {start} every {step} min, at most {max} min "
            "and {transfers} transfers; walking {speed} km/h × detour {detour}, at most {walk} m "
            "to or from a stop and {transfer} m between stops, {change} s to change; "
            "{events} stop events on the date."
        ).format(
            departures=len(departures.times),
            start=parameters.get(tp.START),
            step=departures.step // 60,
            max=departures.max_minutes,
            transfers=router.max_transfers,
            speed=format_number(walk.speed * 3.6, 1),
            detour=format_number(walk.detour, 2),
            walk=format_number(walk.max_walk),
            transfer=format_number(walk.max_transfer),
            change=walk.transfer_slack,
            events=format_number(len(router.timetable)),
        )
    )
    if not router.has_service:
        feedback.pushWarning(
            tr(
                "No vehicle runs on {date} between {start} and {max} min after the last "
                "departure: every travel time is walked. Choose departures in the hours the "
                "feed has service."
            ).format(date=window.date, start=parameters.get(tp.START), max=departures.max_minutes)
        )
    return router, crs


def warn_far_from_stops(algorithm, feedback, router, x, y, name: str) -> None:
    """A warning naming the layer of parameter ``name`` when some of its points (x, y) have
    no stop within walking reach: they reach only what they walk to (the output says
    nothing of a place out of the feed's area)."""
    far = router.without_stop(x, y)
    if far.any():
        feedback.pushWarning(
            tr(
                "{far} of {all} features of '{layer}' have no stop within {walk} m walked: "
                "they reach only what is within walking distance. Is the layer far from the "
                "feed's area, or in another coordinate reference system?"
            ).format(
                far=format_number(int(far.sum())),
                all=format_number(len(far)),
                layer=algorithm.parameterDefinition(name).description(),
                walk=format_number(router.walk.max_walk),
            )
        )


def points_of(frame):
    """(x, y) of every feature: points as they are, other geometries by their point on
    surface (NaN without geometry)."""
    from ...core.transit.routing.opportunities import destination_points

    x, y, _ = destination_points(frame)
    return x, y
