"""segregation:kommunreport — a report per kommun: a print layout with an atlas over the
chosen kommuner, exported to PDF and left in the project's Layout Manager."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...i18n import tr
from ...paths import resources_dir
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..parameters import advanced

DEFAULT_TEMPLATE = "kommun_report.qpt"


def default_template() -> Path:
    return resources_dir() / "layouts" / DEFAULT_TEMPLATE


class KommunReport(SegregationAlgorithm):
    ALG_ID = "kommunreport"
    DISPLAY_NAME = "Segregation report per kommun"
    ORDER = 10
    REQUIRES = ("pandas", "numpy")
    SHORT_DESCRIPTION = (
        "A page per kommun with the map of area types and Segregationsbarometern's figures, "
        "as a PDF and a print layout you can edit."
    )
    TAGS = (
        "report",
        "rapport",
        "kommunblad",
        "länsblad",
        "layout",
        "atlas",
        "pdf",
        "segregationsbarometern",
    )
    HELP = (
        "A report page for each chosen kommun, from the layers your analysis wrote: the map of "
        "the <b>area types</b> with the kommun's boundary, legend, scale bar and north arrow; "
        "the residents and areas per type; the share of residents in types 1–2 against the "
        "county and the country; with the earlier year's area types the change since then; "
        "with the table of <b>Ojämlikhetsindex</b> the index and Delmos' two criteria with "
        "the values behind them; with <b>public-transport access per area</b> the share in "
        "class A–B by area type and the gap; with the <b>tenure mix</b> the kommun against its "
        "county; with <b>flagged housing projects</b> the projects that make an area more "
        "one-sided.<br>"
        "<b>Kommuner</b>: codes separated by commas; a two-digit code takes every kommun of "
        "that län; empty: every kommun of the area-type layer. <b>A page per län</b>: the "
        "län of the chosen kommuner, each with its figures summed over its kommuner against "
        "the country and a map of the län with its kommun boundaries. The country's share in types "
        "1–2 is computed when the layer covers all 21 län, else taken from the number you "
        "enter (e.g. from Segregationsbarometern), else the report says it is not available."
        "<br>The print layout stays in the project (Project ▸ Layout Manager) with an atlas "
        "over the kommuner: edit it and export again. Choose your own <b>template</b> (a .qpt "
        "saved from the bundled one, with your logo and fonts); the tool fills the items named "
        "map, legend, title, key_figures … (see docs/report.md)."
    )

    AREAS, TYPE_FIELD, RESIDENTS, KOMMUN_FIELD = (
        "AREA_TYPES",
        "TYPE_FIELD",
        "RESIDENTS",
        "KOMMUN_FIELD",
    )
    BEFORE, RESIDENTS_BEFORE = "AREA_TYPES_BEFORE", "RESIDENTS_BEFORE"
    BOUNDARIES, CODE, NAME = "BOUNDARIES", "BOUNDARY_CODE_FIELD", "BOUNDARY_NAME_FIELD"
    KOMMUNER, NATIONAL = "KOMMUNER", "NATIONAL_SHARE"
    INEQUALITY, TRANSIT, TENURE, PROJECTS = "INEQUALITY", "TRANSIT", "TENURE", "PROJECTS"
    TEMPLATE, LAYOUT_NAME, PER_KOMMUN, OUTPUT = "TEMPLATE", "LAYOUT_NAME", "PER_KOMMUN", "OUTPUT"
    LEVEL = "LEVEL"
    LEVELS = ("kommun", "lan")  # the atlas's pages: one per kommun, one per län

    def flags(self):
        # builds a layout in the project and renders it: QGIS's main thread only
        return super().flags() | compat.ALG_NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREAS, tr("Area types (output of Area types)"), [compat.VECTOR_POLYGON]
            )
        )
        for name, label, default, parent in (
            (self.TYPE_FIELD, tr("Area type field"), "area_type", self.AREAS),
            (self.RESIDENTS, tr("Residents field"), "folkmängd", self.AREAS),
            (self.KOMMUN_FIELD, tr("Kommun code field of the areas"), "kommunkod", self.AREAS),
        ):
            self.addParameter(
                QgsProcessingParameterField(name, label, default, parent, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BOUNDARIES, tr("Kommun boundaries"), [compat.VECTOR_POLYGON]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE,
                tr("Kommun code field of the boundaries"),
                "kommunkod",
                self.BOUNDARIES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NAME, tr("Kommun name field"), "kommunnamn", self.BOUNDARIES, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.KOMMUNER,
                tr("Kommuner (codes; a län code takes all its kommuner; empty: all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LEVEL,
                tr("A page per"),
                [tr("kommun"), tr("län (the län against the country, its kommuner on the map)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BEFORE,
                tr("Area types of an earlier year (for the change)"),
                [compat.VECTOR_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.RESIDENTS_BEFORE,
                tr("Residents field of the earlier year"),
                None,
                self.BEFORE,
                optional=True,
            )
        )
        for name, label, kinds in (
            (self.INEQUALITY, tr("Ojämlikhetsindex per kommun (table)"), [compat.VECTOR]),
            (self.TRANSIT, tr("Public-transport access per area"), [compat.VECTOR_POLYGON]),
            (self.TENURE, tr("Tenure mix per area"), [compat.VECTOR_POLYGON]),
            (self.PROJECTS, tr("Flagged housing projects"), [compat.VECTOR_POINT]),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, label, kinds, optional=True)
            )
        number = QgsProcessingParameterNumber(
            self.NATIONAL,
            tr("Sweden's share of residents in types 1–2 (%), when known"),
            compat.NUMBER_DOUBLE,
            optional=True,
            minValue=0.0,
            maxValue=100.0,
        )
        self.addParameter(number)
        self.addParameter(
            advanced(
                QgsProcessingParameterFile(
                    self.TEMPLATE,
                    tr("Layout template (.qpt)"),
                    compat.FILE_BEHAVIOR_FILE,
                    "qpt",
                    str(default_template()),
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LAYOUT_NAME, tr("Name of the layout"), tr("Segregation report per kommun")
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PER_KOMMUN, tr("One PDF file per kommun (beside the file below)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, tr("Report (PDF)"), tr("PDF files (*.pdf)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber("KOMMUNER", tr("Kommuner in the report")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Atlas pages (kommuner or län)")))
        self.addOutput(QgsProcessingOutputString("LAYOUT", tr("Name of the layout")))

    def process(self, parameters, context, feedback):
        from .parts.assemble import Report

        report = Report(self, parameters, context, feedback)
        self.step(tr("reading the layers"))
        report.read(read_source)
        self.step(tr("computing the figures"))
        report.compute()
        template = self.parameterAsFile(parameters, self.TEMPLATE, context)
        name = self.parameterAsString(parameters, self.LAYOUT_NAME, context)
        per_kommun = self.parameterAsBool(parameters, self.PER_KOMMUN, context)
        written = []

        def write(target):
            # the charts go beside the PDF; the layout names them, so it is built here
            charts = Path(Path(target).with_suffix("").as_posix() + "_charts")
            new_folder = not charts.exists()
            try:
                self.step(tr("building the layout"))
                layout = report.build_layout(
                    charts,
                    template or str(default_template()),
                    name,
                    datetime.date.today().isoformat(),
                )
                self.step(tr("exporting the PDF"))
                written.extend(report.export(layout, target, per_kommun))
            except BaseException:
                if new_folder:  # a refused or cancelled report leaves no charts behind
                    shutil.rmtree(charts, ignore_errors=True)
                raise

        self.writer.add_file(self.OUTPUT, write)
        return {
            "KOMMUNER": report.kommuner,
            "PAGES": len(report.codes),
            "LAYOUT": name,
            "FILES": written,
        }
