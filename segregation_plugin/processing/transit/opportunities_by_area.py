"""segregation:transitopportunities — per area, the opportunities (jobs, school places,
health centres …) reachable by public transport within chosen times, the time to the
nearest one, the share of the region's, and the gap between area types."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.common.errors import InputError
from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..parameters import raster_path, read_type_field
from . import params as tp
from . import routing_params as rp


class OpportunitiesByArea(SegregationAlgorithm):
    ALG_ID = "transitopportunities"
    DISPLAY_NAME = "Opportunities within reach per area (public transport)"
    ORDER = 61
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj", "rasterio")
    SHORT_DESCRIPTION = (
        "Jobs, places or services reachable within 30/45/60 minutes, and the gap between "
        "area types."
    )
    TAGS = ("gtfs", "accessibility", "tillgänglighet", "jobs", "arbetsplatser", "gap", "deso")
    HELP = (
        "For every area, from its population-weighted centre (with a population raster or "
        "residents as points; else its point on surface) by public transport over the "
        "departure window:<ul>"
        "<li>the opportunities reachable within each chosen time (the sum of the "
        "destinations' weight field, e.g. jobs; 1 per destination without one), at the chosen "
        "percentile of the window (the median by default);</li><li>the minutes to the nearest "
        "destination;</li><li>the share of the region's opportunities reachable.</li></ul>"
        "With an area type field and residents (raster or field), the gap table compares the "
        "residents of type 1–2 areas with those of type 4–5 areas: their median time to the "
        "nearest destination and the opportunities per resident reachable within the gap's "
        "time (45 minutes by default).<p>Origins: <i>the population-weighted centre</i> routes "
        "each area from one point; <i>every populated cell</i> routes from each cell of the "
        "raster (or each residents point) and weights the cells by their residents: the "
        "opportunities are the resident-weighted mean over the area's cells, the time to the "
        "nearest their resident-weighted median (the time by which half of the residents "
        "reach one). Slower (one journey per cell), closer to where people live."
    )

    AREAS, POP_FIELD, POP_RASTER = tp.AREAS, tp.POP_FIELD, tp.POP_RASTER
    POP_POINTS, POP_POINTS_FIELD = "POP_POINTS", "POP_POINTS_FIELD"
    DESTINATIONS, WEIGHT = "DESTINATIONS", "WEIGHT_FIELD"
    CUTOFFS, GAP_CUTOFF = "CUTOFFS", "GAP_CUTOFF"
    ORIGIN_MODE = "ORIGIN_MODE"
    OUTPUT, GAP = "OUTPUT", "GAP_TABLE"

    def initAlgorithm(self, config=None):
        rp.add_router_parameters(self)
        tp.add_area_parameters(self, tr("Area layer"), tr("Residents field (for the gap table)"))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POP_POINTS,
                tr("Residents as points (used without a raster)"),
                [compat.VECTOR_POINT],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POP_POINTS_FIELD,
                tr("Residents field of the points"),
                parentLayerParameterName=self.POP_POINTS,
                type=compat.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ORIGIN_MODE,
                tr("Where journeys start"),
                [
                    tr("The population-weighted centre of each area"),
                    tr(
                        "Every populated cell of the raster (or residents point), weighted by its residents"
                    ),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DESTINATIONS,
                tr("Destinations (points or areas)"),
                [compat.VECTOR_ANY_GEOMETRY],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.WEIGHT,
                tr("Weight field of the destinations (jobs, places; empty: 1 each)"),
                parentLayerParameterName=self.DESTINATIONS,
                type=compat.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CUTOFFS, tr("Travel times to count within (minutes)"), defaultValue="30,45,60"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GAP_CUTOFF,
                tr("Travel time of the gap table (minutes)"),
                compat.NUMBER_INTEGER,
                defaultValue=45,
                minValue=1,
                maxValue=300,
            )
        )
        rp.add_percentile_parameter(self, 50)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Opportunities per area"), compat.VECTOR_POLYGON
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
        from ...core.transit import transit_access as ta
        from ...core.transit.routing import opportunities as op

        progress = self.progress(feedback)
        source = self.parameterAsSource(parameters, self.AREAS, context)
        cutoffs = _cutoffs(self.parameterAsString(parameters, self.CUTOFFS, context))
        gap_cutoff = self.parameterAsInt(parameters, self.GAP_CUTOFF, context)
        type_field = read_type_field(
            self,
            parameters,
            context,
            [f.name() for f in source.fields()],
            feedback,
            tr("no gap table."),
        )
        router, crs = rp.read_router(
            self, parameters, context, feedback, progress.sub(0, 20), source.sourceCrs()
        )
        areas = read_source(
            self, parameters, self.AREAS, context, feedback, allow_missing_geometry=True
        )[1].to_crs(crs)
        places = read_source(
            self, parameters, self.DESTINATIONS, context, feedback, allow_missing_geometry=True
        )[1].to_crs(crs)
        weight = self.parameterAsString(parameters, self.WEIGHT, context)
        dx, dy, w = op.destination_points(places, places[weight] if weight else None)
        rp.warn_far_from_stops(self, feedback, router, dx, dy, self.DESTINATIONS)
        raster = self.parameterAsRasterLayer(parameters, self.POP_RASTER, context)
        points = None
        dwellers = read_source(
            self, parameters, self.POP_POINTS, context, feedback, allow_missing_geometry=True
        )[1]
        if raster is None and dwellers is not None:
            name = self.parameterAsString(parameters, self.POP_POINTS_FIELD, context)
            if not name:
                raise InputError(tr("Choose the residents field of the points."))
            points = op.residents_at_points(areas, dwellers.to_crs(crs), dwellers[name])
        if raster is not None:
            points = ta.points_from_raster(
                raster_path(self, parameters, self.POP_RASTER, context), areas, progress.sub(20, 25)
            )
        percentile = self.parameterAsInt(parameters, rp.PERCENTILE, context)
        wanted = sorted(set(cutoffs) | {gap_cutoff})
        if self.parameterAsEnum(parameters, self.ORIGIN_MODE, context) == 1:
            from ...core.transit.routing import cell_origins

            if points is None:
                raise InputError(
                    tr(
                        "Routing from every populated cell needs a population raster or residents as points; give one, or start from the population-weighted centres."
                    )
                )
            access = cell_origins.access_from_cells(
                router, areas, points, dx, dy, w, wanted, percentile, progress.sub(25, 95)
            )
            how = access.pop("origin").to_numpy()
            cells = access.pop("origin_cells")
            feedback.pushInfo(
                tr(
                    "{areas} areas start from their {cells} populated cells, weighted by their residents (opportunities: the residents' mean; time to the nearest: the residents' median); {bare} areas without residents from their point on surface; {places} destinations with {total} opportunities."
                ).format(
                    areas=format_number(int((cells > 0).sum())),
                    cells=format_number(int(cells.sum())),
                    bare=format_number(int((cells == 0).sum())),
                    places=format_number(len(places)),
                    total=format_number(float(w.sum())),
                )
            )
        else:
            ox, oy, how = op.area_origins(areas, points)
            rp.warn_far_from_stops(self, feedback, router, ox, oy, self.AREAS)
            feedback.pushInfo(
                tr(
                    "{weighted} of {areas} areas start from their population-weighted centre, the others from their point on surface; {places} destinations with {total} opportunities."
                ).format(
                    weighted=format_number(int((how == "population-weighted centre").sum())),
                    areas=format_number(len(areas)),
                    places=format_number(len(places)),
                    total=format_number(float(w.sum())),
                )
            )
            access = op.access_per_origin(
                router, ox, oy, dx, dy, w, wanted, percentile, progress.sub(25, 95)
            )
            cells = None
        frame = areas.copy()
        for column in access.columns:
            frame[column] = access[column].to_numpy()
        frame["origin"] = how
        if cells is not None:
            frame["origin_cells"] = cells.to_numpy()
        frame["percentile"] = percentile
        show = f"pct_region_{gap_cutoff}min"
        self.writer.add_frame(
            self.OUTPUT,
            frame,
            crs=tp.qgs_crs(crs),
            style="transit_opportunities",
            field=show,
            title=self.titled(tr("Opportunities within reach per area"), parameters, context),
        )
        residents = None
        if points is not None:
            import numpy as np
            import pandas as pd

            residents = pd.Series(
                np.bincount(
                    points["area"].to_numpy(),
                    weights=points["pop"].to_numpy(),
                    minlength=len(areas),
                ),
                name="residents",
            )
        elif self.parameterAsString(parameters, self.POP_FIELD, context):
            residents = areas[self.parameterAsString(parameters, self.POP_FIELD, context)]
        if type_field and residents is None:
            feedback.pushWarning(tr("No population raster or residents field: no gap table."))
        if type_field and residents is not None:
            gap = op.gap_by_area_type(access, areas[type_field], residents, gap_cutoff)
            if gap.attrs.get("untyped_areas"):
                feedback.pushWarning(
                    tr("{} areas have no area type 1–5 and are not in the gap table.").format(
                        gap.attrs["untyped_areas"]
                    )
                )
            row = gap.iloc[-1]
            feedback.pushInfo(
                tr(
                    "Gap, type 1–2 minus type 4–5 areas: {opp} opportunities per resident within {minutes} min, {nearest} min to the nearest."
                ).format(
                    opp=format_number(row[f"opp_{gap_cutoff}min_per_resident"], 1),
                    minutes=gap_cutoff,
                    nearest=format_number(row["median_nearest_min"], 1),
                )
            )
            if parameters.get(self.GAP):
                self.writer.add_frame(
                    self.GAP,
                    gap,
                    wkb_type=compat.WKB_NO_GEOMETRY,
                    title=self.titled(tr("Opportunities by area type"), parameters, context),
                )
        progress.set(100)
        return {}


def _cutoffs(text: str) -> list:
    try:
        values = sorted({int(part) for part in text.replace(";", ",").split(",") if part.strip()})
    except ValueError:
        values = []
    if not values or values[0] <= 0:
        raise InputError(
            tr("Give the travel times as whole minutes separated by commas, e.g. 30,45,60.")
        )
    return values
