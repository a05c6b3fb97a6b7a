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
from ..frames import read_source
from ..messages import translate_core_message
from ..parameters import (
    add_base_statistics_parameters,
    raster_path,
    read_base_statistics,
    read_type_field,
)
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
        "stations; a feed without direction_id has its directions read from the order of the "
        "stops, direction 0 being that of the most common pattern) with, for each stop, the "
        "statistics of the areas within the catchment radius (default 800 m) and the area "
        "type of most residents there.<br>"
        "Each area counts with the part of its residents inside the circle: from a population "
        "raster (the populated cells within the radius), else from a population field "
        "(residents spread evenly over the area), else by the part of its surface.<br>"
        "Which fields go where:<ul>"
        "<li><b>Averages</b>: values per person or per area, such as median income or an "
        "index — the mean weighted by the residents in the circle;</li>"
        "<li><b>Counts</b>: numbers of people or dwellings — summed, each area's count times "
        "its part in the circle;</li>"
        "<li><b>Shares (%) with their population</b>: a share is never averaged; give it with "
        "the population it is a share of (e.g. 'Låg ekonomisk standard, procent' with 'Antal "
        "personer totalt'): 100 × Σ share × population / Σ population;</li>"
        "<li><b>Shares from numerator and denominator</b>: two count fields (e.g. 'arbetslösa' "
        "and '16-64 år totalt'): 100 × Σ numerator / Σ denominator.</li></ul>"
        "Outputs: the stops as points with the statistics, and a chart (PNG) of up to four of "
        "the fields along the line, the markers coloured by area type."
    )

    ROUTE, DIRECTION, FIELDS, RADIUS = "ROUTE", "DIRECTION", "FIELDS", "RADIUS"
    COUNTS, SHARES, RATIOS = "COUNT_FIELDS", "SHARES", "RATIOS"
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
                tr("Averages along the line, weighted by residents (e.g. median income, an index)"),
                parentLayerParameterName=self.AREAS,
                type=compat.FIELD_NUMERIC,
                allowMultiple=True,
                optional=True,
            )
        )
        add_base_statistics_parameters(
            self,
            self.AREAS,
            (self.COUNTS, self.SHARES, self.RATIOS),
            (
                tr("Counts along the line, summed over the catchment (e.g. unemployed persons)"),
                tr("Shares (%) along the line, each with the population it is a share of"),
                tr("Shares along the line from a numerator and a denominator"),
            ),
            tr("Name of the share"),
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS,
                tr("Catchment radius around each stop (m)"),
                compat.NUMBER_DOUBLE,
                defaultValue=800.0,
                minValue=50.0,
                maxValue=5000.0,
            )
        )
        tp.add_grid_limit_parameter(self)
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
        fields = self.parameterAsFields(parameters, self.FIELDS, context)
        counts, shares, ratios = read_base_statistics(
            self, parameters, (self.COUNTS, self.SHARES, self.RATIOS), context
        )
        _warn_about_averaged_shares(feedback, fields)
        feed = tp.read_feed(self, parameters, context, feedback, progress.sub(0, 40))
        date, _ = tp.read_date(parameters, feed, feedback)
        route = lp.find_route(feed, self.parameterAsString(parameters, self.ROUTE, context))
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        pattern = lp.route_pattern(feed, route, direction, date)
        if pattern.attrs.get("directions", "given") != "given":
            feedback.pushWarning(
                tr(
                    "The route's trips have no direction_id: direction {} was read from the order "
                    "of their stops (direction 0 runs as the route's most common stop pattern)."
                ).format(direction)
            )
        source = self.parameterAsSource(parameters, self.AREAS, context)
        crs = tp.metric_crs(self, parameters, context, feed, source.sourceCrs())
        areas = read_source(
            self, parameters, self.AREAS, context, feedback, allow_missing_geometry=True
        )[1].to_crs(crs)
        type_field = read_type_field(
            self, parameters, context, areas.columns, feedback, tr("the profile has no area types.")
        )
        pop_field = self.parameterAsString(parameters, self.POP_FIELD, context)
        raster = raster_path(self, parameters, self.POP_RASTER, context)
        points = None
        if raster is not None:
            limit = tp.grid_limit(self, parameters, context)
            points = ta.points_from_raster(raster, areas, progress.sub(40, 55), limit)
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
            counts=counts,
            shares=shares,
            ratios=ratios,
            progress=progress.sub(60, 90),
        )
        if not stats["areas"].any():
            feedback.pushWarning(
                tr(
                    "No area of the area layer lies within {radius} m of the route's stops: "
                    "the profile has no statistics. Check that the areas cover the route."
                ).format(radius=format_number(radius, None))
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
        progress.check()
        colour = f"#{(routes['route_color'].iat[route] or 'E2231A').lstrip('#')}"
        self.writer.add_frame(
            self.OUTPUT,
            stops,
            crs=tp.qgs_crs(crs),
            style="line_profile",
            colour=colour,
            title=self.titled(tr("Line profile"), parameters, context),
        )
        if self.writer.wants(self.CHART):
            plotted = list(fields) + list(counts) + [s[0] for s in shares] + [r[2] for r in ratios]
            if not plotted and "residents" in stops.columns:
                plotted = ["residents"]
            if plotted:
                note = tr(
                    "Areas within {radius} m of each stop, each with its residents' part in the "
                    "circle; shares through their bases, averages weighted by residents; {date}."
                ).format(radius=format_number(radius, None), date=date)
                heading = tr("{} — direction {}").format(title, direction)
                legend = tr("area type (most residents)")
                self.writer.add_file(
                    self.CHART,
                    lambda path: lp.profile_chart(
                        stops,
                        plotted,
                        path,
                        heading,
                        colour,
                        note,
                        area_type_labels(),
                        legend,
                        profile_field_labels(),
                        type_colours=TYPE_COLOURS,
                    ),
                )
            else:
                feedback.pushWarning(tr("No statistics field and no population: no chart."))
        progress.set(100)
        return {"ROUTE_NAME": title}


_SHARE_HINTS = ("pct", "procent", "andel", "share", "%", "_p_")


def _warn_about_averaged_shares(feedback, fields) -> None:
    """Warn when an average field looks like a share: a share goes through its base."""
    for field in fields:
        if any(hint in field.lower() for hint in _SHARE_HINTS):
            feedback.pushWarning(
                tr(
                    "'{}' looks like a share: as an average it is weighted by all residents, not "
                    "by the population it is a share of. Give it under 'Shares (%)' with its "
                    "population, or as numerator and denominator."
                ).format(field)
            )
