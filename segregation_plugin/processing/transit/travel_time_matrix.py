"""segregation:traveltimematrix — travel times by public transport from every origin to
every destination, over a departure window (median and a chosen percentile)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from . import routing_params as rp


class TravelTimeMatrix(SegregationAlgorithm):
    ALG_ID = "traveltimematrix"
    DISPLAY_NAME = "Travel-time matrix by public transport"
    ORDER = 60
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "pyproj")
    SHORT_DESCRIPTION = "Minutes from every origin to every destination, walking and riding."
    TAGS = ("gtfs", "travel time", "restid", "matrix", "raptor", "accessibility", "kollektivtrafik")
    HELP = (
        "Travel times by public transport from each origin to each destination (points, or "
        "areas by their point on surface) over a departure window: a journey leaves at every "
        "departure time (e.g. 07:00, 07:01 … 07:59), walks to a stop, rides and changes "
        "(transfers.txt where the feed has it, else walks between nearby stops), and walks to "
        "the destination, or walks all the way. The table gives per pair the median travel "
        "time over the window and the chosen percentile (as Conveyal's tools report them), "
        "waiting at the first stop included.<br>Only pairs reached within the longest travel "
        "time are written. Walking is the straight line × a detour factor at a walking "
        "speed; the settings are in the log."
    )

    ORIGINS, ORIGIN_ID = "ORIGINS", "ORIGIN_ID"
    DESTINATIONS, DEST_ID = "DESTINATIONS", "DESTINATION_ID"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        rp.add_router_parameters(self)
        for layer, field, label, id_label in (
            (
                self.ORIGINS,
                self.ORIGIN_ID,
                tr("Origins (points or areas)"),
                tr("Id field of the origins (empty: feature number)"),
            ),
            (
                self.DESTINATIONS,
                self.DEST_ID,
                tr("Destinations (points or areas)"),
                tr("Id field of the destinations (empty: feature number)"),
            ),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(layer, label, [compat.VECTOR_ANY_GEOMETRY])
            )
            self.addParameter(
                QgsProcessingParameterField(
                    field,
                    id_label,
                    parentLayerParameterName=layer,
                    optional=True,
                )
            )
        rp.add_percentile_parameter(self, 75, tr("Percentile besides the median"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Travel-time matrix"), compat.VECTOR)
        )

    def process(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd

        progress = self.progress(feedback)
        source = self.parameterAsSource(parameters, self.ORIGINS, context)
        router, crs = rp.read_router(
            self, parameters, context, feedback, progress.sub(0, 20), source.sourceCrs()
        )
        ids = {}
        points = {}
        for layer, field in ((self.ORIGINS, self.ORIGIN_ID), (self.DESTINATIONS, self.DEST_ID)):
            frame = read_source(
                self, parameters, layer, context, feedback, allow_missing_geometry=True
            )[1].to_crs(crs)
            name = self.parameterAsString(parameters, field, context)
            ids[layer] = (
                frame[name].to_numpy() if name else np.arange(1, len(frame) + 1, dtype=np.int64)
            )
            points[layer] = rp.points_of(frame)
            rp.warn_far_from_stops(self, feedback, router, *points[layer], layer)
        percentile = self.parameterAsInt(parameters, rp.PERCENTILE, context)
        wanted = sorted({50, percentile})
        parts = []
        ox, oy = points[self.ORIGINS]
        dx, dy = points[self.DESTINATIONS]
        for rows, tables in router.travel_times(ox, oy, dx, dy, wanted, progress.sub(20, 95)):
            median = tables[50]
            o, d = np.nonzero(np.isfinite(median) | np.isfinite(tables[percentile]))
            part = {
                "origin_id": ids[self.ORIGINS][rows[o]],
                "destination_id": ids[self.DESTINATIONS][d],
                "median_min": np.round(median[o, d].astype(float), 1),
            }
            if percentile != 50:
                part[f"p{percentile}_min"] = np.round(tables[percentile][o, d].astype(float), 1)
            parts.append(pd.DataFrame(part))
        columns = ["origin_id", "destination_id", "median_min"] + (
            [f"p{percentile}_min"] if percentile != 50 else []
        )
        table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
        for column in columns[2:]:
            table[column] = table[column].astype(float)
        table = table.sort_values(["origin_id", "destination_id"], kind="stable")
        feedback.pushInfo(
            tr("{pairs} origin–destination pairs reached of {all}.").format(
                pairs=format_number(len(table)), all=format_number(len(ox) * len(dx))
            )
        )
        self.writer.add_frame(
            self.OUTPUT,
            table.reset_index(drop=True),
            wkb_type=compat.WKB_NO_GEOMETRY,
            title=self.titled(tr("Travel-time matrix"), parameters, context),
        )
        progress.set(100)
        return {"PAIRS": len(table)}
