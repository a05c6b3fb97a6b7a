"""segregation:lineprofile — a route's stops in order with the areas around each stop."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..colours import TYPE_COLOURS
from ..frames import frame_to_sink, source_to_frame
from ..messages import translate_core_message
from ..outputs import style_output
from ..parameters import read_type_field
from . import params as tp
from .styles import area_type_labels, profile_field_labels


class LineProfile(SegregationAlgorithm):
    ALG_ID = "lineprofile"
    DISPLAY_NAME = "Line profile"
    ORDER = 50
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj", "matplotlib")
    SHORT_DESCRIPTION = (
        "A route's stops in order with income, work, education and area type around each."
    )
    TAGS = ("gtfs", "line", "route", "profile", "red line", "linje", "tunnelbana")
    HELP = (
        "The classic red-line map for any route of any GTFS feed: the stops of the route in "
        "order (its most common stop pattern in the chosen direction, platforms grouped to "
        "stations) with, for each stop, the statistics of the areas within the catchment "
        "radius (default 800 m) — e.g. income, employment, education — and the area type of "
        "most residents there.<br>"
        "Areas are weighted by the residents in the catchment: from a population raster (the "
        "populated cells within the radius), else from a population field (population × share "
        "of the area inside the circle), else by the surface inside the circle.<br>"
        "Outputs: the stops as points with the statistics, and a chart (PNG) of the chosen "
        "fields along the line, the markers coloured by area type."
    )

    ROUTE, DIRECTION, FIELDS, RADIUS = "ROUTE", "DIRECTION", "FIELDS", "RADIUS"
    AREAS, POP_FIELD, POP_RASTER = tp.AREAS, tp.POP_FIELD, tp.POP_RASTER
    OUTPUT, CHART = "OUTPUT", "CHART"

    def initAlgorithm(self, config=None):
        tp.add_gtfs_parameter(self)
        self.addParameter(
            QgsProcessingParameterString(
                self.ROUTE, tr("Route (route_id or short name, e.g. M1 or 17)")
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DIRECTION,
                tr("Direction"),
                options=[tr("direction 0 (outbound)"), tr("direction 1 (inbound)")],
                defaultValue=0,
            )
        )
        tp.add_date_parameter(self)
        tp.add_area_parameters(
            self, tr("Area layer with statistics"), tr("Population field (used without a raster)")
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELDS,
                tr("Statistics along the line (number fields, e.g. income, employment)"),
                parentLayerParameterName=self.AREAS,
                type=compat.FIELD_NUMERIC,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS,
                tr("Catchment radius around each stop (m)"),
                compat.NUMBER_DOUBLE,
                defaultValue=800.0,
                minValue=50.0,
            )
        )
        tp.add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Line profile"), compat.VECTOR_POINT)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CHART, tr("Chart"), fileFilter=tr("PNG image (*.png)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputString("ROUTE_NAME", tr("Route")))

    def process(self, parameters, context, feedback):
        from ...core.transit import line_profile as lp
        from ...core.transit import transit_access as ta
        from ...core.transit import transit_service as ts

        progress = self.progress(feedback)
        feed = tp.read_feed(self, parameters, context, feedback, progress.sub(0, 40))
        date, _ = tp.read_date(parameters, feed, feedback)
        route = lp.find_route(feed, self.parameterAsString(parameters, self.ROUTE, context))
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        pattern = lp.route_pattern(feed, route, direction, date)
        source = self.parameterAsSource(parameters, self.AREAS, context)
        crs = tp.metric_crs(self, parameters, context, feed, source.sourceCrs())
        areas = source_to_frame(source, feedback=feedback, label=tr("area layer")).to_crs(crs)
        fields = self.parameterAsFields(parameters, self.FIELDS, context)
        type_field = read_type_field(
            self, parameters, context, areas.columns, feedback, tr("the profile has no area types.")
        )
        pop_field = self.parameterAsString(parameters, self.POP_FIELD, context)
        raster = self.parameterAsRasterLayer(parameters, self.POP_RASTER, context)
        points = ta.points_from_raster(raster.source(), areas) if raster is not None else None
        progress.set(60)
        stops = ts.as_points(pattern, crs, drop=())
        x, y = stops.geometry.x.to_numpy(), stops.geometry.y.to_numpy()
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        stats = lp.catchment_statistics(
            x,
            y,
            areas,
            fields,
            radius,
            type_field or None,
            pop_field or None,
            points,
            warn=lambda text: feedback.pushWarning(translate_core_message(text)),
        )
        stops["km"] = lp.along_km(x, y)
        for column in stats.columns:
            stops[column] = stats[column].array
        stops = stops.drop(columns=["group", "stop_lat", "stop_lon"])
        routes = feed.routes
        name = routes["route_short_name"].iat[route] or routes["route_id"].iat[route]
        long_name = routes["route_long_name"].iat[route]
        title = f"{name} {long_name}".strip()
        feedback.pushInfo(
            tr("{route}, direction {direction}: {n} stops over {km} km.").format(
                route=title,
                direction=direction,
                n=format_number(len(stops)),
                km=format_number(stops["km"].iat[-1], 1),
            )
        )
        stops.insert(0, "route_id", routes["route_id"].iat[route])
        stops.insert(1, "direction", direction)
        dest = frame_to_sink(self, parameters, self.OUTPUT, context, stops, crs=tp.qgs_crs(crs))
        colour = routes["route_color"].iat[route] or "E2231A"
        style_output(context, dest, "line_profile", colour=f"#{colour.lstrip('#')}")
        results = {self.OUTPUT: dest, "ROUTE_NAME": title}
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            plotted = list(fields) or (["residents"] if "residents" in stops.columns else [])
            if plotted:
                note = tr(
                    "Areas within {radius} m of each stop, weighted by residents; {date}."
                ).format(radius=format_number(radius, None), date=date)
                lp.profile_chart(
                    stops,
                    plotted,
                    chart,
                    tr("{} — direction {}").format(title, direction),
                    f"#{colour.lstrip('#')}",
                    note,
                    area_type_labels(),
                    tr("area type (most residents)"),
                    profile_field_labels(),
                    type_colours=TYPE_COLOURS,
                )
                results[self.CHART] = chart
            else:
                feedback.pushWarning(tr("No statistics field and no population: no chart."))
        progress.set(100)
        return results
