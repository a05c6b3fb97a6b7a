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
        "the busier direction), counted once at its nearest stop; average wait = half the "
        "headway + 2 min (bus) or 0.75 min (rail); equivalent doorstep frequency EDF = 30 / "
        "(walk + wait); per mode the best route counts fully and the others half; the access "
        "index is the sum over modes. Bands: 0, 1a (≤ 2.5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), "
        "4 (≤ 20), 5 (≤ 25), 6a (≤ 40), 6b (> 40).<br>"
        "On a grid (cell size 100 m by default) the output holds the cells with an index above "
        "0 over the extent (or the area layer's extent); at area centroids it is the area layer "
        "with the fields ptal_ai and ptal_band."
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
        tp.add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("PTAL"), compat.VECTOR_POLYGON)
        )

    def process(self, parameters, context, feedback):
        import numpy as np

        from ...core.common.errors import InputError
        from ...core.transit import ptal
        from ...core.transit import transit_service as ts

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
            areas = read_source(self, parameters, self.AREAS, context, feedback)[1].to_crs(crs)
        events = ts.stop_events(feed, window)
        sx, sy = ts.stops_xy(feed, crs)
        cell = self.parameterAsDouble(parameters, self.CELL, context)
        if at_areas:
            centres = areas.geometry.centroid
            px, py = centres.x.to_numpy(), centres.y.to_numpy()
        else:
            bounds = self._bounds(parameters, context, crs, areas, sx, sy)
            px, py = ptal.grid_centres(bounds, cell)
            feedback.pushInfo(
                tr("{} grid cells of {} m.").format(
                    format_number(len(px)), format_number(cell, None)
                )
            )
        ai, band = ptal.ptal_for_points(
            feed, events, window.minutes, px, py, sx, sy, progress.sub(30, 95)
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
            frame["ptal_band"] = band
        else:
            keep = np.flatnonzero(ai > 0)
            frame = ptal.grid_cells(
                px[keep], py[keep], cell, crs, ptal_ai=ai[keep], ptal_band=band[keep]
            )
        self.writer.add_frame(self.OUTPUT, frame, crs=tp.qgs_crs(crs), style="ptal")
        progress.set(100)
        return {}

    def _bounds(self, parameters, context, crs, areas, sx, sy):
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
            return tuple(areas.total_bounds)
        ok = ~(np.isnan(sx) | np.isnan(sy))
        return (sx[ok].min() - 960, sy[ok].min() - 960, sx[ok].max() + 960, sy[ok].max() + 960)
