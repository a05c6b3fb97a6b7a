"""segregation:transitisochrones — the area reached by public transport from a point or an
area within 15, 30, 45 and 60 minutes."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from . import params as tp
from . import routing_params as rp

MAX_ORIGINS = 50


class TransitIsochrones(SegregationAlgorithm):
    ALG_ID = "transitisochrones"
    DISPLAY_NAME = "Isochrones by public transport"
    ORDER = 62
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj")
    SHORT_DESCRIPTION = "Where one gets within 15/30/45/60 minutes from a point or an area."
    TAGS = ("gtfs", "isochrone", "restidskarta", "travel time", "kollektivtrafik")
    HELP = (
        "For each feature of the layer (a point, or an area from its point on surface; at "
        "most 50), the places reached by public transport within each time: around every "
        "stop reached, a circle of the walk the time left allows (at most the longest walk "
        "from a stop), and the walk from the start itself, unioned per time. Travel times "
        "to the stops are the chosen percentile over the departure window (the median by "
        "default). Straight-line walking: water and barriers are not known."
    )

    ORIGINS, BANDS, OUTPUT = "ORIGINS", "BANDS", "OUTPUT"

    def initAlgorithm(self, config=None):
        rp.add_router_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ORIGINS, tr("From (points or areas)"), [compat.VECTOR_ANY_GEOMETRY]
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.BANDS, tr("Travel times (minutes)"), defaultValue="15,30,45,60"
            )
        )
        rp.add_percentile_parameter(self, 50)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Isochrones"), compat.VECTOR_POLYGON)
        )

    def process(self, parameters, context, feedback):
        import geopandas as gpd

        from ...core.transit.routing.isochrones import isochrones

        progress = self.progress(feedback)
        source = self.parameterAsSource(parameters, self.ORIGINS, context)
        try:
            text = self.parameterAsString(parameters, self.BANDS, context)
            bands = sorted({int(p) for p in text.replace(";", ",").split(",") if p.strip()})
        except ValueError:
            bands = []
        if not bands or bands[0] <= 0:
            raise InputError(tr("Give the travel times as whole minutes, e.g. 15,30,45,60."))
        router, crs = rp.read_router(
            self, parameters, context, feedback, progress.sub(0, 20), source.sourceCrs()
        )
        if bands[-1] > router.window.max_minutes:
            raise InputError(
                tr(
                    "The longest travel time ({max} min) is shorter than {band} min; raise it."
                ).format(max=router.window.max_minutes, band=bands[-1])
            )
        frame = read_source(
            self, parameters, self.ORIGINS, context, feedback, allow_missing_geometry=True
        )[1].to_crs(crs)
        if len(frame) > MAX_ORIGINS:
            raise InputError(
                tr(
                    "The layer has {n} features; isochrones are drawn for at most {max}. "
                    "Select the places you want (and use Selected features only)."
                ).format(n=len(frame), max=MAX_ORIGINS)
            )
        ox, oy = rp.points_of(frame)
        rp.warn_far_from_stops(self, feedback, router, ox, oy, self.ORIGINS)
        percentile = self.parameterAsInt(parameters, rp.PERCENTILE, context)
        rows = isochrones(router, ox, oy, bands, percentile, progress.sub(20, 98))
        # the longest band first, so the shorter ones are drawn on top
        rows.sort(key=lambda r: (-r["minutes"], r["origin"]))
        attributes = frame.drop(columns=frame.geometry.name)
        if "fid" in attributes.columns and len(bands) > 1:
            # a GeoPackage's feature id, repeated for every band: not an id of the output
            attributes = attributes.drop(columns="fid")
        out = gpd.GeoDataFrame(
            {
                **{c: attributes[c].to_numpy()[[r["origin"] for r in rows]] for c in attributes},
                "minutes": [r["minutes"] for r in rows],
                "percentile": percentile,
            },
            geometry=[r["geometry"] for r in rows],
            crs=crs,
        )
        self.writer.add_frame(
            self.OUTPUT,
            out,
            crs=tp.qgs_crs(crs),
            wkb_type=compat.WKB_MULTIPOLYGON,
            style="isochrones",
            title=self.titled(tr("Isochrones"), parameters, context),
        )
        progress.set(100)
        return {}
