"""segregation:transitqualityclasses — ÖV-Güteklassen A–F as polygons and a raster grid."""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..colours import CLASS_COLOURS
from . import params as tp


class TransitQualityClasses(SegregationAlgorithm):
    ALG_ID = "transitqualityclasses"
    DISPLAY_NAME = "Public-transport quality classes A–F"
    ORDER = 20
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj", "rasterio")
    SHORT_DESCRIPTION = "ÖV-Güteklassen: stop categories and class areas A–F from a GTFS feed."
    TAGS = ("gtfs", "ÖV-Güteklassen", "quality classes", "kollektivtrafik", "kvalitetsklass")
    HELP = (
        "Public-transport quality classes (ÖV-Güteklassen of the Swiss ARE):"
        "<ol><li>departures per stop in a weekday window (default 06:00–20:00); interval = window "
        "minutes / (departures / 2), since a stop is served in two directions;</li>"
        "<li>stop type by the best mode served: A rail and metro, B tram and ferry, C bus "
        "(the mapping from GTFS route types is editable and written to the log; air services "
        "are in no group; demand-responsive routes are left out unless you count them);</li>"
        "<li>stop category I–VII from interval and stop type (interval of 120 minutes or more: "
        "no category);</li>"
        "<li>quality class A (very good) to F (minimal) by the straight-line distance to the "
        "stop: 300, 500, 750 and 1000 m; the best class wins where stops overlap.</li></ol>"
        "Outputs: the class areas dissolved per class (field quality_class), optionally the "
        "stops with their category, and a raster grid of the classes (GeoTIFF, 1 = A … 6 = F, "
        "0 = no class; cell size 100 m by default). Circles are drawn as polygons of 96 sides, "
        "so class areas are within 0.1 % of true circles. A raster larger than the limit "
        "(advanced, default 1024 MB of memory) stops with a message before it is built."
    )

    OUTPUT, STOPS, RASTER, CELL = "OUTPUT", "STOPS", "RASTER", "CELL_SIZE"

    def initAlgorithm(self, config=None):
        tp.add_feed_parameters(self)
        tp.add_mode_mapping_parameters(self)
        tp.add_grid_limit_parameter(self)
        tp.add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL,
                tr("Raster cell size (m)"),
                compat.NUMBER_DOUBLE,
                defaultValue=100.0,
                minValue=5.0,
                maxValue=1000.0,  # the class areas are 300–1000 m around the stops
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Quality classes"), compat.VECTOR_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STOPS,
                tr("Stops with category"),
                compat.VECTOR_POINT,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.RASTER, tr("Quality classes (raster)"), optional=True, createByDefault=True
            )
        )

    def process(self, parameters, context, feedback):
        from ...core.transit import quality_classes as qc
        from ...core.transit import quality_raster
        from ...core.transit import transit_service as ts

        progress = self.progress(feedback)
        feed, window = tp.read_feed_and_window(
            self, parameters, context, feedback, progress.sub(0, 30)
        )
        crs = tp.metric_crs(self, parameters, context, feed)
        mapping, excluded = tp.mode_mapping(
            self, parameters, context, window.include_demand_responsive
        )
        tp.log_mode_mapping(feedback, feed, mapping, excluded)
        # every route's departures: the mapping's left-out route types decide what counts
        every_route = replace(window, include_demand_responsive=True)
        events = ts.stop_events(feed, every_route, progress.sub(30, 40))
        stops, unmapped = qc.stop_categories(
            feed,
            events,
            window.minutes,
            mapping,
            excluded,
        )
        if unmapped:
            feedback.pushWarning(
                tr(
                    "Route types {} are in no stop type; their departures are not counted. "
                    "Add them to the mapping if they should be."
                ).format(", ".join(map(str, unmapped)))
            )
        points = ts.as_points(stops, crs)
        x, y = points.geometry.x.to_numpy(), points.geometry.y.to_numpy()
        rank = points["category_rank"].to_numpy()
        counts = points["category"].value_counts()
        feedback.pushInfo(
            tr("Stop categories: {}.").format(
                ", ".join(f"{c} {format_number(counts.get(c, 0))}" for c in qc.CATEGORIES)
                + tr("; without category: {}").format(format_number(counts.get("", 0)))
            )
        )
        polygons = qc.class_polygons(x, y, rank, crs, progress=progress.sub(40, 80))
        raster = None
        if self.writer.wants(self.RASTER):
            cell = self.parameterAsDouble(parameters, self.CELL, context)
            raster = quality_raster.class_raster(
                x,
                y,
                rank,
                cell,
                progress=progress.sub(80, 95),
                limit_mb=tp.grid_limit(self, parameters, context),
                names=points["stop_id"].to_numpy(),
            )
        for row in polygons.itertuples():
            feedback.pushInfo(f"{row.quality_class}: {format_number(row.area_km2, 2)} km²")
        self.writer.add_frame(
            self.OUTPUT,
            polygons,
            crs=tp.qgs_crs(crs),
            style="quality_classes",
            title=self.titled(tr("Quality classes A–F"), parameters, context),
        )
        if parameters.get(self.STOPS):
            self.writer.add_frame(
                self.STOPS,
                points,
                crs=tp.qgs_crs(crs),
                style="stop_categories",
                title=self.titled(tr("Stop categories"), parameters, context),
            )
        if raster is not None:
            self.writer.add_file(
                self.RASTER,
                lambda path: quality_raster.write_class_raster(
                    path, raster[0], raster[1], crs, CLASS_COLOURS
                ),
                style="quality_raster",
            )
        progress.set(100)
        return {}
