"""segregation:segregationanalysis — the whole analysis for chosen kommuner in one run.

Runs the plugin's own tools as steps (:mod:`.steps`): every SCB export of a folder imported
and joined to the DeSO, summed to RegSO, the area types of both, their change where two
years are present, the ojämlikhetsindex with Delmos' criteria per kommun; the outputs
named after what they hold ('Områdestyper RegSO 2022 — 1480 Göteborg').
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.statistics.wfs import SCB_WFS
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source, source_to_frame
from ..parameters import advanced, optional_int, year_parameter
from .from_api import api_parameters, api_settings


class SegregationAnalysis(SegregationAlgorithm):
    ALG_ID = "segregationanalysis"
    DISPLAY_NAME = "Segregation analysis for kommuner"
    ORDER = 10
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "openpyxl")
    SHORT_DESCRIPTION = (
        "The whole analysis in one run: SCB's exports from a folder or its API, area types of DeSO and "
        "RegSO, their change and the ojämlikhetsindex, for the kommuner you choose."
    )
    TAGS = ("guided", "analysis", "områdestyp", "kommun", "ojämlikhetsindex", "scb")
    HELP = (
        "Runs the plugin's tools one after another, with one progress bar:<ol>"
        "<li><b>Without a statistics folder</b>: SCB's tables V1–V3 fetched from its API "
        "(the table ids are advanced parameters) for every DeSO of Sweden, the year and the "
        "one before it, saved in a cache folder the log names and read from there as a "
        "folder of exports; without a network the message names the tables to download;</li>"
        "<li><b>Get area boundaries</b>, when you give no DeSO: the DeSO of the chosen "
        "kommuner or län from SCB's WFS, or from SCB's GeoPackage/zip you downloaded, in the "
        "version of the statistics (up to 2023 DeSO 2018, from 2024 DeSO 2025); the RegSO are "
        "the DeSO merged by their regsokod;</li>"
        "<li><b>Import SCB table</b> for every export in the statistics folder (xlsx, csv, "
        "json), each recognised by its content: population, low/high economic standard "
        "(V1), education 25–64 (V2), labour-market status 16–64 (V3 at DeSO), income "
        "quartiles, tenure, and SCB's RegSO table of economic assistance and long "
        "unemployment (the official V3). A second file of the same table is left out;</li>"
        "<li><b>Join statistics to areas</b>: each DeSO table to the DeSO;</li>"
        "<li><b>Aggregate areas</b>: the DeSO summed to RegSO, shares through their bases, "
        "onto your RegSO boundaries when you give them (else the DeSO merged);</li>"
        "<li><b>National reference</b>: when the DeSO you give do not cover Sweden but the "
        "exports do (SCB's usual exports are of all DeSO), the same tables are joined to "
        "every DeSO of the exports and summed to RegSO (with the key table), and μ and σ of "
        "the area types and the baseline of Delmos' criteria are computed from them; "
        "otherwise the national values stored earlier, else the areas given, as the log "
        "says. The output 'Reference' and the field 'ref_description' record which;</li>"
        "<li><b>Area types</b> of the RegSO and the DeSO;</li>"
        "<li><b>Indicator profile</b> on both: the standard indicators of the tables present "
        "(shares through their counts), with the kommun's and, with the national areas, the "
        "country's values;</li>"
        "<li><b>Change of area type</b> of the RegSO from the year before, when the tables "
        "have it;</li>"
        "<li><b>Ojämlikhetsindex</b> and Delmos' criteria per kommun, when the folder has "
        "the income-quartile table;</li>"
        "<li><b>Import official area types</b>, when the folder has SCB's export of the "
        "official types per RegSO (recognised by its content; needs the key table with "
        "names): the agreement of the RegSO's own types with SCB's.</li></ol>"
        "The year is the latest that V1–V3 have (or the one you enter). The outputs hold the "
        "kommuner you choose (codes such as 0180, 1480, or a län such as 14; empty: all) and "
        "are named after what they hold, e.g. 'Area types RegSO 2022 — 1480 Göteborg'. "
        "When the folder lacks a table the area types need, the message names SCB's table "
        "to download. Nothing is written unless every step succeeds."
    )

    FOLDER, DESO, REGSO, KEY_TABLE = "STATISTICS_FOLDER", "DESO", "REGSO", "KEY_TABLE"
    BOUNDARIES_FILE, WFS_URL = "BOUNDARIES_FILE", "WFS_URL"
    AREAS, YEAR, WITHOUT_V3, MIN_POPULATION = "AREAS", "YEAR", "WITHOUT_V3", "MIN_POPULATION"
    DESO_TYPES, REGSO_TYPES, CHANGED, TRANSITIONS = (
        "DESO_TYPES",
        "REGSO_TYPES",
        "CHANGED",
        "TRANSITIONS",
    )
    INEQUALITY, REPORT, AGREEMENT = "INEQUALITY", "JOIN_REPORT", "OFFICIAL_AGREEMENT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.FOLDER,
                tr("Folder of SCB exports (xlsx, csv; empty: fetched from SCB's API)"),
                behavior=compat.FILE_BEHAVIOR_FOLDER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DESO,
                tr("DeSO boundaries or a table of DeSO codes (empty: got from SCB)"),
                [compat.VECTOR],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REGSO,
                tr("RegSO boundaries (optional; else the DeSO merged)"),
                [compat.VECTOR],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.AREAS,
                tr("Kommun or län codes (e.g. 0180, 1480 or 14; empty: all areas)"),
                optional=True,
            )
        )
        self.addParameter(
            year_parameter(self.YEAR, tr("Year (empty: the latest in the statistics)"), 1990, 2100)
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.KEY_TABLE,
                tr("DeSO–RegSO key (csv; needed when the DeSO have no field regsokod)"),
                fileFilter=tr("Key tables (*.csv *.txt);;All files (*.*)"),
                optional=True,
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterFile(
                    self.BOUNDARIES_FILE,
                    tr("Without DeSO: SCB's DeSO GeoPackage or zip you downloaded (empty: WFS)"),
                    fileFilter=tr("Boundaries (*.gpkg *.zip *.shp *.geojson);;All files (*.*)"),
                    optional=True,
                )
            )
        )
        self.addParameter(
            advanced(QgsProcessingParameterString(self.WFS_URL, tr("WFS address"), SCB_WFS))
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterBoolean(
                    self.WITHOUT_V3,
                    tr("Without V3, use (V1 + V2) / 2 (not the official index)"),
                    defaultValue=False,
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.MIN_POPULATION,
                    tr("Withhold values of RegSO with fewer inhabitants than"),
                    compat.NUMBER_INTEGER,
                    defaultValue=50,
                    minValue=0,
                )
            )
        )
        for param in api_parameters():
            self.addParameter(advanced(param))
        for name, label, kind, optional in (
            (self.REGSO_TYPES, tr("Area types RegSO"), compat.VECTOR_ANY_GEOMETRY, False),
            (self.DESO_TYPES, tr("Area types DeSO"), compat.VECTOR_ANY_GEOMETRY, True),
            (self.CHANGED, tr("Changed area type RegSO"), compat.VECTOR_ANY_GEOMETRY, True),
            (self.TRANSITIONS, tr("Area type transitions RegSO"), compat.VECTOR, True),
            (self.INEQUALITY, tr("Ojämlikhetsindex per kommun"), compat.VECTOR_ANY_GEOMETRY, True),
            (self.REPORT, tr("Join report"), compat.VECTOR, True),
            (self.AGREEMENT, tr("Agreement with SCB's official area types"), compat.VECTOR, True),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSink(name, label, kind, optional=optional)
            )
        self.addOutput(QgsProcessingOutputNumber("YEAR_ANALYSED", tr("Year analysed")))
        self.addOutput(QgsProcessingOutputNumber("TABLES", tr("Tables used")))
        self.addOutput(QgsProcessingOutputString("REFERENCE", tr("Reference of the area types")))
        self.addOutput(
            QgsProcessingOutputNumber("SHARE_IDENTICAL", tr("Share identical to SCB's types (%)"))
        )
        self.addOutput(
            QgsProcessingOutputNumber("SHARE_WITHIN_ONE", tr("Share within one type (%)"))
        )

    def process(self, parameters, context, feedback):
        from . import naming
        from .run import Analysis, child_context
        from .steps import STEPS, title

        choice = naming.parse_choice(self.parameterAsString(parameters, self.AREAS, context))
        areas, code_field = None, None
        if parameters.get(self.REGSO):  # an empty layer named as this tool's, not a step's
            read_source(self, parameters, self.REGSO, context, geometry=False, required=True)
        if parameters.get(self.DESO):
            _, areas = read_source(
                self, parameters, self.DESO, context, geometry=False, required=True
            )
            code_field = _code_field(areas)
            chosen = (
                [c for c in areas[code_field].dropna() if choice.holds(c)] if code_field else []
            )
            if choice and not chosen:
                kommuner = areas[code_field].dropna() if code_field else []
                raise _no_areas(choice, sorted({str(c)[:4] for c in kommuner}))
        steps = QgsProcessingMultiStepFeedback(len(STEPS) + 1, feedback)
        analysis = Analysis(
            parameters={
                "DESO": parameters.get(self.DESO),
                "BOUNDARIES_FILE": self.parameterAsFile(parameters, self.BOUNDARIES_FILE, context),
                "WFS_URL": self.parameterAsString(parameters, self.WFS_URL, context),
                "REGSO": parameters.get(self.REGSO),
                "KEY_TABLE": self.parameterAsFile(parameters, self.KEY_TABLE, context),
            },
            folder=self.parameterAsFile(parameters, self.FOLDER, context),
            context=context,
            feedback=steps,
            year=optional_int(self, parameters, self.YEAR, context),
            without_v3=self.parameterAsBool(parameters, self.WITHOUT_V3, context),
            min_population=self.parameterAsInt(parameters, self.MIN_POPULATION, context),
            children=child_context(context),
            choice=choice,
            area_codes=[str(c) for c in areas[code_field].dropna()] if code_field else [],
            api=api_settings(self, parameters, context),
        )
        try:
            for number, step in enumerate(STEPS):
                steps.setCurrentStep(number)
                steps.setProgressText(title(step))
                self.step(_lower_first(title(step)))
                step(analysis)
            steps.setCurrentStep(len(STEPS))
            used, year = len(analysis.tables), analysis.years[-1]
            reference = _reference(analysis)
            agreement = dict(analysis.agreement_results)
            self.step(_lower_first(tr("Preparing the outputs")))
            if areas is None:  # the boundaries the analysis got
                areas = source_to_frame(analysis.parameters["DESO"], geometry=False)
                code_field = _code_field(areas)
            names = naming.key_table_names(analysis.parameters["KEY_TABLE"])
            region = naming.region_title(choice, areas, code_field, names)
            self._stage(analysis, choice, region)  # the outputs are frames from here on
        finally:
            analysis.release()
        if choice:
            feedback.pushInfo(
                tr(
                    "The outputs hold {region}; μ and σ of the area types are over all "
                    "areas of the boundary layers."
                ).format(region=region)
            )
        feedback.pushInfo(tr("Reference of the area types: {}").format(reference))
        return {
            "YEAR_ANALYSED": year,
            "TABLES": used,
            "REFERENCE": reference,
            "SHARE_IDENTICAL": agreement.get("SHARE_IDENTICAL"),
            "SHARE_WITHIN_ONE": agreement.get("SHARE_WITHIN_ONE"),
        }

    def _stage(self, analysis, choice, region):
        from . import naming

        year = analysis.years[-1]
        years = analysis.years
        layers = (
            (self.REGSO_TYPES, analysis.regso_types[year][0], "regso", [year], "area_types"),
            (self.DESO_TYPES, _first(analysis.deso_types.get(year)), "deso", [year], "area_types"),
            (self.CHANGED, analysis.change.get("CHANGED"), "change", years, "type_change"),
            (self.TRANSITIONS, analysis.change.get("TRANSITIONS"), "transitions", years, None),
            (self.INEQUALITY, analysis.inequality, "inequality", [year], None),
            (self.AGREEMENT, analysis.agreement, "agreement", [year], None),
        )
        for name, layer, kind, span, style in layers:
            if layer is None or not self.writer.wants(name):
                continue
            frame = _chosen(
                source_to_frame(layer), choice, kind not in ("transitions", "agreement")
            )
            self.writer.add_frame(
                name,
                frame,
                crs=layer.crs() if layer.isSpatial() else None,
                wkb_type=None if layer.isSpatial() else compat.WKB_NO_GEOMETRY,
                style=style,
                title=naming.output_title(kind, region, span),
            )
        if self.writer.wants(self.REPORT) and analysis.reports:
            self.writer.add_frame(
                self.REPORT,
                _report(analysis.reports, choice),
                wkb_type=compat.WKB_NO_GEOMETRY,
                title=naming.output_title("report", region, years),
            )


def _reference(analysis) -> str:
    """What the RegSO's area types were classified against (their 'ref_description')."""
    layer = analysis.regso_types[analysis.years[-1]][0]
    index = layer.fields().indexOf("ref_description")
    for feature in layer.getFeatures():
        if index >= 0 and feature[index]:
            return str(feature[index])
    return analysis.reference


def _first(pair):
    return pair[0] if pair else None


def _lower_first(text: str) -> str:
    """A step's title inside the sentence of a bug message ('…, while importing …')."""
    return text[:1].lower() + text[1:]


def _code_field(frame):
    from ...core.statistics.join import guess_area_code_field

    return guess_area_code_field(frame)


def _chosen(frame, choice, by_code: bool):
    """The rows of the chosen kommuner (by the area code, or a kommun code field)."""
    if not choice or not by_code:
        return frame.reset_index(drop=True)
    field = next((f for f in ("kommunkod", "code", "region_code") if f in frame.columns), None)
    field = field or _code_field(frame)
    if field is None:
        return frame.reset_index(drop=True)
    keep = frame[field].map(lambda c: c is not None and choice.holds(str(c)))
    return frame[keep.astype(bool)].reset_index(drop=True)


def _report(reports, choice):
    """The join reports of every table and year, one table; of the chosen kommuner (rows
    about other kommuner left out)."""
    import os

    import pandas as pd

    rows = []
    for table, year, layer in reports:
        frame = source_to_frame(layer, geometry=False)
        frame.insert(0, "table", os.path.basename(table.path))
        frame.insert(1, "table_code", table.reference or "")
        frame.insert(2, "joined_year", year)
        rows.append(frame)
    report = pd.concat(rows, ignore_index=True)
    if choice and "kommun" in report.columns:
        other = report["kommun"].map(lambda k: bool(k) and not choice.holds(str(k)))
        report = report[~other.astype(bool)]
    return report.reset_index(drop=True)


def _no_areas(choice, present):
    from ...core.common.errors import InputError

    return InputError(
        tr(
            "The DeSO layer has no areas in {codes}; it has the kommuner {present}. Give "
            "boundaries of the kommuner you choose, or choose among these."
        ).format(
            codes=", ".join(choice.kommuner + choice.lan),
            present=", ".join(present[:20]) + (" …" if len(present) > 20 else ""),
        )
    )
