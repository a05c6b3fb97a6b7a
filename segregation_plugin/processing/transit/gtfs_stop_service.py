"""segregation:gtfsstopservice — departures per stop on a date, in a time window."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
)

from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from . import params as tp


class GtfsStopService(SegregationAlgorithm):
    ALG_ID = "gtfsstopservice"
    DISPLAY_NAME = "Service per stop (GTFS)"
    ORDER = 10
    REQUIRES = ("pandas", "numpy", "geopandas", "pyproj")
    SHORT_DESCRIPTION = "Departures, routes and modes at every stop on a date and in a time window."
    TAGS = ("gtfs", "stops", "departures", "timetable", "kollektivtrafik", "hållplats")
    HELP = (
        "Counts the departures at every stop of a GTFS feed (zip file or unzipped folder, e.g. "
        "Trafiklab's GTFS Sverige 2 or GTFS Regional) on one service date, in a time window."
        "<ul><li>The date's services come from calendar.txt and calendar_dates.txt (added and "
        "removed days, e.g. holidays run as Sundays).</li>"
        "<li>Trips after midnight (times past 24:00) of the day before count in a window on the "
        "date; headway-based trips in frequencies.txt are expanded.</li>"
        "<li>A departure is a stop time in the window that is not the trip's last stop. "
        "Platforms are grouped to their station.</li>"
        "<li>Demand-responsive routes (route type 715, 1500–1599) are left out unless you "
        "include them.</li></ul>"
        "Output: one point per stop or station with departures, departures per hour, the mean "
        "interval (minutes between two departures, both directions), the number and names of "
        "routes, the modes, and the first and last departure. The optional table gives "
        "departures per stop and hour."
    )

    OUTPUT, HOURLY = "OUTPUT", "HOURLY"

    def initAlgorithm(self, config=None):
        tp.add_feed_parameters(self)
        tp.add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Service per stop"), compat.VECTOR_POINT
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.HOURLY,
                tr("Departures per stop and hour"),
                compat.VECTOR,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("DEPARTURES", tr("Departures in the window")))
        self.addOutput(QgsProcessingOutputNumber("STOPS", tr("Stops with departures")))

    def process(self, parameters, context, feedback):
        from ...core.transit import transit_service as ts

        progress = self.progress(feedback)
        feed, window = tp.read_feed_and_window(
            self, parameters, context, feedback, progress.sub(0, 50)
        )
        crs = tp.metric_crs(self, parameters, context, feed)
        events = ts.stop_events(feed, window, progress.sub(50, 80))
        table = ts.stop_service(feed, window, events=events, progress=progress.sub(80, 95))
        table["date"] = str(window.date)
        frame = ts.as_points(table, crs)
        served = int((frame["departures"] > 0).sum())
        feedback.pushInfo(
            tr("{deps} departures at {served} of {stops} stops and stations.").format(
                deps=format_number(len(events)),
                served=format_number(served),
                stops=format_number(len(frame)),
            )
        )
        self.writer.add_frame(
            self.OUTPUT,
            frame,
            crs=tp.qgs_crs(crs),
            style="stop_service",
            title=self.titled(tr("Service per stop"), parameters, context),
        )
        if parameters.get(self.HOURLY):
            hourly = ts.hourly_departures(feed, events)
            self.writer.add_frame(
                self.HOURLY,
                hourly,
                wkb_type=compat.WKB_NO_GEOMETRY,
                title=self.titled(tr("Departures per hour"), parameters, context),
            )
        progress.set(100)
        return {"DEPARTURES": len(events), "STOPS": served}
