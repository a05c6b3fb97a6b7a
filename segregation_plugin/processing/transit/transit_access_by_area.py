"""segregation:transitaccessbyarea — residents' public-transport access per area and the gap
between area types."""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...core.common.errors import InputError
from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source, source_name
from ..messages import translate_core_message
from ..parameters import advanced, raster_path, read_type_field
from . import params as tp


class TransitAccessByArea(SegregationAlgorithm):
    ALG_ID = "transitaccessbyarea"
    DISPLAY_NAME = "Public-transport access per area"
    ORDER = 40
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj", "rasterio")
    SHORT_DESCRIPTION = (
        "Residents per quality class, departures near home, and the gap between area types."
    )
    TAGS = ("gtfs", "access", "area type", "områdestyp", "deso", "regso", "gap", "kollektivtrafik")
    HELP = (
        "For every area (DeSO, RegSO or your own districts), weighted by where the residents "
        "live:<ul>"
        "<li>the share of residents in each quality class A–F and without class (classes as in "
        "<i>Public-transport quality classes A–F</i>, same date and window);</li>"
        "<li>the mean number of departures in the window at stops within 400 m and 800 m of "
        "home;</li><li>the best class where residents live.</li></ul>"
        "Residents come from a population raster (each populated cell counts at its centre, "
        "e.g. SCB's grid or the sample's befolkning_250m) or, without one, from a population "
        "field of the area layer, spread evenly over the area.<br>"
        "The gap table compares the area types (field area_type, 1–5, from <i>Area types</i>): "
        "residents of type 1–2 areas (socioeconomic challenges) against type 4–5 areas in class "
        "A–B, in class E–F or without class, and their departures near home."
    )

    AREAS, POP_FIELD, POP_RASTER = tp.AREAS, tp.POP_FIELD, tp.POP_RASTER
    SPACING, OUTPUT, GAP = "POINT_SPACING", "OUTPUT", "GAP_TABLE"

    def initAlgorithm(self, config=None):
        tp.add_feed_parameters(self)
        tp.add_area_parameters(
            self,
            tr("Area layer"),
            tr("Population field (used without a raster; residents spread evenly)"),
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.SPACING,
                    tr("Spacing of residents' points for a population field (m)"),
                    compat.NUMBER_DOUBLE,
                    defaultValue=100.0,
                    minValue=10.0,
                    maxValue=1000.0,
                )
            )
        )
        tp.add_mode_mapping_parameters(self)
        tp.add_grid_limit_parameter(self)
        tp.add_crs_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Access per area"), compat.VECTOR_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.GAP,
                tr("Gap between area types"),
                compat.VECTOR,
                optional=True,
                createByDefault=True,
            )
        )

    def process(self, parameters, context, feedback):
        from ...core.transit import quality_classes as qc
        from ...core.transit import transit_access as ta
        from ...core.transit import transit_service as ts

        progress = self.progress(feedback)
        source = self.parameterAsSource(parameters, self.AREAS, context)
        pop_field = self.parameterAsString(parameters, self.POP_FIELD, context)
        raster = self.parameterAsRasterLayer(parameters, self.POP_RASTER, context)
        raster_file = raster_path(self, parameters, self.POP_RASTER, context)
        type_field = read_type_field(
            self,
            parameters,
            context,
            [f.name() for f in source.fields()],
            feedback,
            tr("no gap table."),
        )
        if raster is None and not pop_field:
            raise InputError(
                tr(
                    "Give a population raster or a population field: the shares are shares of residents."
                )
            )
        feed, window = tp.read_feed_and_window(
            self, parameters, context, feedback, progress.sub(0, 25)
        )
        crs = tp.metric_crs(self, parameters, context, feed, source.sourceCrs())
        areas = read_source(
            self, parameters, self.AREAS, context, feedback, allow_missing_geometry=True
        )[1].to_crs(crs)
        if not len(areas):
            feedback.pushWarning(tr("The area layer has no features: the output is empty."))
        progress.set(30)
        if raster is not None:
            try:
                points = ta.points_from_raster(
                    raster_file,
                    areas,
                    progress.sub(30, 45),
                    tp.grid_limit(self, parameters, context),
                )
            except InputError as exc:  # say which area layer the raster was read for
                layer = source_name(source, parameters.get(self.AREAS))
                raise InputError(
                    tr("{problem} (The area layer: '{layer}'.)").format(
                        problem=translate_core_message(str(exc)), layer=layer
                    )
                ) from exc
            population = tr("raster {}").format(raster.name())
        else:
            spacing = self.parameterAsDouble(parameters, self.SPACING, context)
            points = ta.points_from_field(areas, areas[pop_field], spacing)
            population = tr("field {} (spread evenly)").format(pop_field)
        feedback.pushInfo(
            tr("Residents: {total} in {points} points from the {source}.").format(
                total=format_number(points["pop"].sum()),
                points=format_number(len(points)),
                source=population,
            )
        )
        progress.check()
        mapping, excluded = tp.mode_mapping(
            self, parameters, context, window.include_demand_responsive
        )
        tp.log_mode_mapping(feedback, feed, mapping, excluded)
        # categories from every route's departures (the mapping's left-out types decide)
        events = ts.stop_events(feed, replace(window, include_demand_responsive=True))
        stops, _ = qc.stop_categories(feed, events, window.minutes, mapping, excluded)
        service = ts.stop_service(feed, window)
        sx, sy = ts.stops_xy(feed, crs)
        groups = stops["group"].to_numpy()
        access = ta.access_by_area(
            areas,
            points,
            sx[groups],
            sy[groups],
            service["departures"].to_numpy(),
            stops["category_rank"].to_numpy(),
            progress.sub(50, 95),
        )
        frame = areas.copy()
        for column in access.columns:
            frame[column] = access[column].to_numpy()
        frame["population_source"] = population
        self.writer.add_frame(
            self.OUTPUT,
            frame,
            crs=tp.qgs_crs(crs),
            style="transit_access",
            title=self.titled(tr("Public-transport access per area"), parameters, context),
        )
        if type_field:
            gap = ta.gap_table(
                access,
                areas[type_field],
                warn=lambda text: feedback.pushWarning(translate_core_message(text)),
            )
            if gap.attrs.get("untyped_areas"):
                feedback.pushWarning(
                    tr("{} areas have no area type 1–5 and are not in the gap table.").format(
                        gap.attrs["untyped_areas"]
                    )
                )
            row = gap.iloc[-1]
            feedback.pushInfo(
                tr(
                    "Gap, type 1–2 minus type 4–5 areas: {ab} percentage points in class A–B, "
                    "{ef} in class E–F or without class."
                ).format(
                    ab=format_number(row["pct_class_AB"], 1),
                    ef=format_number(row["pct_class_EF_none"], 1),
                )
            )
            if parameters.get(self.GAP):
                self.writer.add_frame(
                    self.GAP,
                    gap,
                    wkb_type=compat.WKB_NO_GEOMETRY,
                    title=self.titled(
                        tr("Public-transport access by area type"), parameters, context
                    ),
                )
        progress.set(100)
        return {}
