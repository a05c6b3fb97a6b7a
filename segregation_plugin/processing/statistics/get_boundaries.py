"""segregation:getboundaries — DeSO, RegSO, kommun or län boundaries from SCB's WFS or a file."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.statistics.boundaries import KINDS
from ...core.statistics.wfs import PAGE_SIZE, SCB_WFS, TIMEOUT
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..parameters import advanced

KIND_KEYS = [k.key for k in KINDS]  # the order of the options of KIND


class GetBoundaries(SegregationAlgorithm):
    ALG_ID = "getboundaries"
    DISPLAY_NAME = "Get area boundaries"
    ORDER = 1
    REQUIRES = ("pandas", "geopandas", "shapely")
    SHORT_DESCRIPTION = (
        "DeSO, RegSO, kommun or län boundaries from SCB, for chosen kommuner or län."
    )
    TAGS = ("scb", "wfs", "deso", "regso", "kommun", "län", "boundaries", "gränser", "geodata")
    HELP = (
        "Gets the boundaries of SCB's statistical areas for the kommuner or län you choose "
        "(e.g. <i>0180, 1480</i> or <i>14</i>; empty: all of Sweden):<ul>"
        "<li><b>DeSO 2025</b>, <b>DeSO 2018</b>: statistics up to 2023 are on DeSO 2018, from "
        "2024 on DeSO 2025; take the version of your statistics;</li>"
        "<li><b>RegSO 2025</b>, <b>RegSO 2020</b> (likewise);</li>"
        "<li><b>kommuner</b> and <b>län</b>: the DeSO 2025 areas merged per kommun or län "
        "(SCB's service has no kommun or län layer; DeSO follow their borders).</li></ul>"
        "<b>Online</b> the tool asks SCB's open geodata service (WFS, "
        "geodata.scb.se/geoserver/stat/wfs) through QGIS's network settings (proxy), page by "
        "page for large areas. <b>Offline</b>, download SCB's GeoPackage (zip) of DeSO or RegSO "
        "from scb.se (Öppna geodata) and give the file: it is filtered to the kommuner or län "
        "you chose, and a DeSO file also gives kommun and län boundaries.<br>"
        "The layer is in SWEREF 99 TM with the fields the other tools read: desokod or "
        "regsokod (and regsonamn), kommunkod, kommunnamn, lanskod, lansnamn, version, and "
        "source and retrieved (where and when the boundaries were got). It is named after "
        "what it holds, e.g. 'DeSO 2018 — 1480 Göteborg'. Join statistics to it with 'Join "
        "statistics to areas'."
    )

    KIND, AREAS, INPUT, FILE_LAYER, WFS_URL, PAGE, TIMEOUT, OUTPUT = (
        "KIND",
        "AREAS",
        "INPUT",
        "FILE_LAYER",
        "WFS_URL",
        "PAGE_SIZE",
        "TIMEOUT",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND,
                tr("Boundaries"),
                options=[
                    "DeSO 2025",
                    "DeSO 2018",
                    "RegSO 2025",
                    "RegSO 2020",
                    tr("kommuner"),
                    tr("län"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.AREAS,
                tr("Kommun or län codes (e.g. 0180, 1480 or 14; empty: all of Sweden)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("Or a downloaded file (GeoPackage, zip or shapefile; empty: fetch from SCB)"),
                fileFilter=tr("Boundaries (*.gpkg *.zip *.shp *.geojson);;All files (*.*)"),
                optional=True,
            )
        )
        advanced_parameters = [
            QgsProcessingParameterString(
                self.FILE_LAYER, tr("Layer in the GeoPackage (empty: found)"), optional=True
            ),
            QgsProcessingParameterString(self.WFS_URL, tr("WFS address"), defaultValue=SCB_WFS),
            QgsProcessingParameterNumber(
                self.PAGE,
                tr("Features per request"),
                compat.NUMBER_INTEGER,
                defaultValue=PAGE_SIZE,
                minValue=1,
                maxValue=100000,
            ),
            QgsProcessingParameterNumber(
                self.TIMEOUT,
                tr("Timeout per request (seconds)"),
                compat.NUMBER_INTEGER,
                defaultValue=int(TIMEOUT),
                minValue=1,
                maxValue=3600,
            ),
        ]
        for param in advanced_parameters:
            self.addParameter(advanced(param))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Boundaries"), compat.VECTOR_POLYGON)
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Areas")))
        self.addOutput(QgsProcessingOutputString("TITLE", tr("Name of the layer")))
        self.addOutput(QgsProcessingOutputString("SOURCE", tr("Source")))

    def process(self, parameters, context, feedback):
        from ...core.statistics import boundaries, boundary_files, wfs
        from ..network import qgis_fetch

        kind = boundaries.kind_of(KIND_KEYS[self.parameterAsEnum(parameters, self.KIND, context)])
        areas = boundaries.parse_areas(self.parameterAsString(parameters, self.AREAS, context))
        path = self.parameterAsFile(parameters, self.INPUT, context)
        progress = self.progress(feedback)
        if path:
            layer = self.parameterAsString(parameters, self.FILE_LAYER, context).strip() or None
            frame = boundary_files.read_boundaries_file(path, kind, areas, layer, progress)
        else:
            client = wfs.WfsClient(
                self.parameterAsString(parameters, self.WFS_URL, context).strip() or SCB_WFS,
                fetch=qgis_fetch,
                page_size=self.parameterAsInt(parameters, self.PAGE, context),
                timeout=self.parameterAsInt(parameters, self.TIMEOUT, context),
            )
            frame = boundaries.fetch_boundaries(kind, areas, client, progress)
        self._title = frame.attrs["title"]
        feedback.pushInfo(
            tr("{title}: {n} areas from {source}, retrieved {date}.").format(
                title=self._title,
                n=len(frame),
                source=frame.attrs["source"],
                date=frame.attrs["retrieved"],
            )
        )
        crs = QgsCoordinateReferenceSystem("EPSG:3006")
        self.writer.add_frame(
            self.OUTPUT, frame, crs=crs, wkb_type=compat.WKB_MULTIPOLYGON, title=self._title
        )
        return {"COUNT": len(frame), "TITLE": self._title, "SOURCE": frame.attrs["source"]}
