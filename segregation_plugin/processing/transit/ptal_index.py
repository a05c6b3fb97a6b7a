"""segregation:ptal — PTAL access index and band on a grid or at area centroids."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProject,
)

from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..parameters import area_layer_parameter
from . import params as tp


class PtalIndex(SegregationAlgorithm):
    ALG_ID = "ptal"
    DISPLAY_NAME = "PTAL public transport accessibility level"
    ORDER = 30
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj")
    SHORT_DESCRIPTION = "Transport for London's access index and band (0–6b) on a grid or per area."
    TAGS = ("gtfs", "ptal", "accessibility", "tillgänglighet", "kollektivtrafik")
    HELP = (
        "PTAL as Transport for London computes it, from a GTFS feed: walk at 80 m/min to bus "
        "stops within 640 m and to rail, metro, tram and ferry stops within 960 m (straight "
        "line); for each route its departures per hour in the peak hour (default 08:15–09:15, "
        "the busier direction; a feed without direction_id has its directions read from the "
        "order of the stops), counted once at its nearest stop; average wait = half the "
        "headway + 2 min (bus) or 0.75 min (rail); equivalent doorstep frequency EDF = 30 / "
        "(walk + wait); per mode the best route counts fully and the others half; the access "
        "index is the sum over modes. The modes are TfL's: one bus mode (bus, coach, "
        "trolleybus), rail, metro (with monorail), tram (with cable tram, aerial lift and "
        "funicular) and ferry; air services do not count. Bands: 0, 1a (≤ 2.5), 1b (≤ 5), "
        "2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25), 6a (≤ 40), 6b (> 40).<br>"
        "On a grid (cell size 100 m by default) the output holds the cells with an index above "
        "0 over the extent (or the area layer's extent); at area centroids it is the area layer "
        "with the fields ptal_ai and ptal_band. A grid larger than the limit (advanced, "
        "default 1024 MB of memory) stops with a message before it is built."
    )

    MODE, AREAS, EXTENT, CELL, OUTPUT = "MODE", "AREAS", "EXTENT", "CELL_SIZE", "OUTPUT"

    def initAlgorithm(self, config=None):
        tp.add_feed_parameters(
            self, "08:15", "09:15", (tr("Peak hour from (HH:MM)"), tr("Peak hour to (HH:MM)"))
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                tr("Compute at"),
                options=[tr("grid cells"), tr("area centroids")],
                defaultValue=0,
            )
        )
        self.addParameter(
            area_layer_parameter(
                tr("Area layer (needed for area centroids; bounds the grid)"),
                optional=True,
                name=self.AREAS,
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(
                self.EXTENT, tr("Grid extent (empty: the areas', else the stops')"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL,
                tr("Grid cell size (m)"),
                compat.NUMBER_DOUBLE,
                defaultValue=100.0,
                minValue=10.0,
                maxValue=1000.0,  # PTAL's walk is 640 m to a bus stop, 960 m to rail
            )
        )
        tp.add_grid_limit_parameter(self)
        tp.add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("PTAL"), compat.VECTOR_POLYGON)
        )

    def process(self, parameters, context, feedback):
        import numpy as np

        from ...core.common.errors import InputError
        from ...core.transit import ptal
        from ...core.transit import transit_service as ts
        from ...core.transit.grid_size import outlying_stops

        progress = self.progress(feedback)
        feed, window = tp.read_feed_and_window(
            self, parameters, context, feedback, progress.sub(0, 30)
        )
        source = self.parameterAsSource(parameters, self.AREAS, context)
        at_areas = self.parameterAsEnum(parameters, self.MODE, context) == 1
        if at_areas and source is None:
            raise InputError(tr("Choose an area layer to compute PTAL at area centroids."))
        crs = tp.metric_crs(self, parameters, context, feed, source.sourceCrs() if source else None)
        areas = None
        if source is not None:
            areas = read_source(
                self, parameters, self.AREAS, context, feedback, allow_missing_geometry=True
            )[1].to_crs(crs)
        self._log_modes(feedback, feed)
        events = ts.stop_events(feed, window)
        freq = ptal.route_frequencies(feed, events, window.minutes, progress=progress)
        _log_directions(feedback, freq, feed.routes["route_id"].to_numpy())
        sx, sy = ts.stops_xy(feed, crs)
        if areas is not None and (at_areas or not parameters.get(self.EXTENT)):
            _refuse_far_apart(source, areas, sx, sy, crs)
        cell = self.parameterAsDouble(parameters, self.CELL, context)
        if at_areas:
            located = ~(areas.geometry.isna() | areas.geometry.is_empty).to_numpy()
            px = np.full(len(areas), np.nan)
            py = np.full(len(areas), np.nan)
            if located.any():
                centres = areas.geometry[located].centroid
                px[located], py[located] = centres.x.to_numpy(), centres.y.to_numpy()
            if not len(areas):
                feedback.pushWarning(tr("The area layer has no features: the output is empty."))
        else:
            bounds = self._bounds(parameters, context, crs, areas, sx, sy)
            if bounds is None:
                feedback.pushWarning(
                    tr("The area layer has no geometries to bound the grid: the output is empty.")
                )
                px = py = np.zeros(0)
            else:
                far = ""
                if not parameters.get(self.EXTENT) and areas is None:
                    far = outlying_stops(sx, sy, feed.stops["stop_id"].to_numpy())
                px, py = ptal.grid_centres(
                    bounds, cell, tp.grid_limit(self, parameters, context), far
                )
                feedback.pushInfo(
                    tr("{} grid cells of {} m.").format(
                        format_number(len(px)), format_number(cell, None)
                    )
                )
        ai, band = ptal.ptal_for_points(
            feed, events, window.minutes, px, py, sx, sy, progress.sub(30, 90), freq
        )
        counts = {b: int((band == b).sum()) for b in ptal.BAND_NAMES}
        feedback.pushInfo(
            tr("PTAL bands: {}.").format(
                ", ".join(f"{b}: {format_number(n)}" for b, n in counts.items())
            )
        )
        if at_areas:
            frame = areas.copy()
            frame["ptal_ai"] = ai
            frame["ptal_band"] = np.where(band == "", None, band)
        else:
            keep = np.flatnonzero(ai > 0)
            frame = ptal.grid_cells(
                px[keep],
                py[keep],
                cell,
                crs,
                progress,
                ptal_ai=ai[keep],
                ptal_band=band[keep].astype(str),
            )
        progress.check()
        self.writer.add_frame(
            self.OUTPUT,
            frame,
            crs=tp.qgs_crs(crs),
            style="ptal",
            title=self.titled(tr("PTAL"), parameters, context),
        )
        progress.set(100)
        return {}

    @staticmethod
    def _log_modes(feedback, feed):
        """TfL's modes from route types, and the feed's routes that do not count."""
        from ...core.transit import ptal
        from ...core.transit import transit_modes as modes

        summary = ptal.mode_summary()
        feedback.pushInfo(
            tr(
                "PTAL modes from route types: bus {bus}; rail {rail}; metro {metro}; tram "
                "{tram}; ferry {ferry}; not counted {none}."
            ).format(none=summary[""], **{m: summary[m] for m in ptal.PTAL_MODES})
        )
        types = sorted({int(t) for t in feed.routes["route_type"] if not modes.ptal_mode_of(t)})
        if types:
            feedback.pushWarning(
                tr(
                    "Routes of route types {} do not count in PTAL (air, self drive, other)."
                ).format(", ".join(map(str, types)))
            )

    def _bounds(self, parameters, context, crs, areas, sx, sy):
        """(west, south, east, north) of the grid, None when the area layer has no geometry."""
        import numpy as np

        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context)
            extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            target = tp.qgs_crs(crs)
            if extent_crs.isValid() and extent_crs != target:
                transform = QgsCoordinateTransform(extent_crs, target, QgsProject.instance())
                extent = transform.transformBoundingBox(extent)
            return (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        if areas is not None:
            return tuple(areas.total_bounds) if tp.has_geometries(areas) else None
        ok = ~(np.isnan(sx) | np.isnan(sy))
        return (sx[ok].min() - 960, sy[ok].min() - 960, sx[ok].max() + 960, sy[ok].max() + 960)


def _log_directions(feedback, frequencies, route_ids) -> None:
    """Say in the log whether the busier direction came from direction_id or was read from
    the stop order, and warn about trips whose direction could not be told."""
    report = frequencies.attrs.get("directions")
    if report is None:
        feedback.pushInfo(tr("Directions: from direction_id in trips.txt."))
        return
    feedback.pushInfo(
        tr(
            "Directions: trips.txt gives no direction_id for {trips} trips of {routes} routes; "
            "their directions were read from the order of their stops (trips that pass the "
            "route's stops in reverse order run the other way): {inferred} trips."
        ).format(
            trips=format_number(report.trips),
            routes=format_number(report.routes),
            inferred=format_number(report.inferred),
        )
    )
    if report.separate:
        names = ", ".join(str(route_ids[r]) for r in report.separate_routes[:5])
        more = "…" if len(report.separate_routes) > 5 else ""
        feedback.pushWarning(
            tr(
                "The direction of {n} trips (routes {routes}{more}) could not be read from their "
                "stops: they share no stops with the route's other trips, or pass them in no "
                "clear order. Each such stop pattern counts as a direction of its own; add "
                "direction_id to the feed to count them right."
            ).format(n=format_number(report.separate), routes=names, more=more)
        )


def _extent_text(bounds) -> str:
    west, south, east, north = (format_number(v, 0) for v in bounds)
    return f"x {west} – {east}, y {south} – {north}"


def _refuse_far_apart(source, areas, sx, sy, crs):
    """Refuse when no area lies within walking distance of any stop (areas of another part of
    the country than the feed): every PTAL would be 0 and the map would only look empty."""
    import numpy as np

    from ...core.common.errors import InputError
    from ...core.transit import ptal

    usable = ~(areas.geometry.isna() | areas.geometry.is_empty).to_numpy()
    located = np.isfinite(np.asarray(sx, float)) & np.isfinite(np.asarray(sy, float))
    if not usable.any() or not located.any():
        return
    bounds = tuple(areas.geometry[usable].total_bounds)
    if ptal.stops_near(bounds, sx, sy):
        return
    stops = (sx[located].min(), sy[located].min(), sx[located].max(), sy[located].max())
    raise InputError(
        tr(
            "No area of the area layer '{layer}' lies within walking distance of any stop of "
            "the feed (640 m to bus stops, 960 m to rail, metro, tram and ferry stops): every "
            "PTAL would be 0. The areas' extent is {areas} and the stops' is {stops} "
            "(in {crs}). Check that the feed and the area layer cover "
            "the same place and that the layer has the right coordinate reference system."
        ).format(
            layer=source.sourceName(),
            areas=_extent_text(bounds),
            stops=_extent_text(stops),
            crs=str(crs),
        )
    )
