"""segregation:zonalraster — statistics of any raster per polygon (population grid, noise,
green access...): sum, mean, min, max, valid cells, share of cells above a threshold."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...core.common.errors import InputError
from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..messages import translate_core_message
from ..parameters import advanced, raster_path
from . import params as pp


class ZonalRaster(SegregationAlgorithm):
    ALG_ID = "zonalraster"
    DISPLAY_NAME = "Raster statistics per area"
    ORDER = 50
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "rasterio")
    SHORT_DESCRIPTION = (
        "Sum, mean, minimum, maximum and share of cells above a threshold of any raster per "
        "polygon."
    )
    TAGS = ("raster", "zonal statistics", "zonstatistik", "befolkningsrutor", "buller", "grid")
    HELP = (
        "Summarises any raster for every polygon of a layer: a population grid (residents per "
        "area), noise, access to green space, or a layer like the sports weakness layer RF SISU "
        "overlaid on Segregationsbarometern.<ul>"
        "<li>a cell belongs to a polygon when its centre lies inside it (tick 'every cell the "
        "polygon touches' for small polygons);</li>"
        "<li>nodata cells (the raster's own nodata value, or the value you give) are left out "
        "of every statistic and counted in the field nodata_cells;</li>"
        "<li>polygons in another coordinate system are reprojected to the raster's (the raster "
        "is never resampled);</li>"
        "<li>polygons that overlap each other each get their full result.</li></ul>"
        "The new layer has the polygons' fields and, with the prefix (default zonal_): cells, "
        "nodata_cells, sum, mean, min, max, share_above (% of the valid cells above the "
        "threshold, when you give one) and note (why a polygon has no statistics)."
    )

    RASTER, BAND, ZONES, KEY = "RASTER", "BAND", "ZONES", "KEY_FIELD"
    THRESHOLD, NODATA, ALL_TOUCHED, PREFIX, OUTPUT = (
        "THRESHOLD",
        "NODATA",
        "ALL_TOUCHED",
        "PREFIX",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.RASTER, tr("Raster")))
        self.addParameter(
            QgsProcessingParameterBand(
                self.BAND,
                tr("Band"),
                defaultValue=1,
                parentLayerParameterName=self.RASTER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, tr("Areas (polygons)"), [compat.VECTOR_POLYGON]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.KEY,
                tr("Area code or name (for the log; optional)"),
                parentLayerParameterName=self.ZONES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                tr("Share of cells above (optional)"),
                compat.NUMBER_DOUBLE,
                optional=True,
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.NODATA,
                    tr("Also treat this value as nodata (optional)"),
                    compat.NUMBER_DOUBLE,
                    optional=True,
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterBoolean(
                    self.ALL_TOUCHED,
                    tr(
                        "Count every cell the polygon touches (not only cells whose centre is inside)"
                    ),
                    defaultValue=False,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PREFIX, tr("Prefix of the new fields"), defaultValue="zonal_"
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Areas with raster statistics"), compat.VECTOR_POLYGON
            )
        )

    def process(self, parameters, context, feedback):
        from ...core.planning import zonal_raster as zr
        from ...core.planning.raster_fit import Caution

        path = raster_path(self, parameters, self.RASTER, context)
        # areas without geometry stay: core gives them a note
        source, zones = read_source(
            self, parameters, self.ZONES, context, feedback, allow_missing_geometry=True
        )
        zones = zones.reset_index(drop=True)
        pp.warn_if_empty(
            feedback,
            zones,
            tr("area layer"),
            source,
            tr("The output has no statistics."),
        )
        prefix = self.parameterAsString(parameters, self.PREFIX, context).strip()
        if not prefix:
            raise InputError(tr("Give a prefix for the new fields (e.g. zonal_)."))
        key = self.parameterAsString(parameters, self.KEY, context) or None
        optional = {}
        for name in (self.THRESHOLD, self.NODATA):
            value = parameters.get(name)
            optional[name] = (
                None
                if value is None or value == ""
                else self.parameterAsDouble(parameters, name, context)
            )
        table, notes = zr.zonal_stats(
            zones,
            path,
            threshold=optional[self.THRESHOLD],
            all_touched=self.parameterAsBool(parameters, self.ALL_TOUCHED, context),
            band=self.parameterAsInt(parameters, self.BAND, context) or 1,
            nodata=optional[self.NODATA],
            prefix=prefix,
            progress=self.progress(feedback),
        )
        for note in notes:  # a Caution (e.g. a raster without CRS) is a warning
            (feedback.pushWarning if isinstance(note, Caution) else feedback.pushInfo)(
                translate_core_message(note)
            )
        out = pp.add_fields(zones, table, feedback)
        self._log(feedback, out, prefix, key)
        self.writer.add_frame(
            self.OUTPUT,
            out,
            crs=source.sourceCrs(),
            style="zonal_statistics",
            field=f"{prefix}sum",
            title=self.titled(tr("Raster statistics per area"), parameters, context),
        )
        return {}

    @staticmethod
    def _log(feedback, out, prefix, key):
        total = out[f"{prefix}sum"].sum()
        feedback.pushInfo(
            tr("{n} areas; sum over all: {total}; {cells} valid and {nodata} nodata cells.").format(
                n=len(out),
                total=format_number(float(f"{total:.6g}"), None),  # 6 digits
                cells=format_number(out[f"{prefix}cells"].sum()),
                nodata=format_number(out[f"{prefix}nodata_cells"].sum()),
            )
        )
        lacking = out[out[f"{prefix}note"].notna()]
        if len(lacking):
            names = (lacking[key] if key else lacking.index.to_series()).astype(str)
            feedback.pushWarning(
                tr("{} areas have no statistics: {}.").format(
                    len(lacking),
                    "; ".join(
                        f"{n} ({r})" for n, r in zip(names.head(10), lacking[f"{prefix}note"])
                    ),
                )
            )
