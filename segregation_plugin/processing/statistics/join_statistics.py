"""segregation:joinstatistics — statistics onto an area layer by code, with a join report."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..messages import translate_core_message


class JoinStatistics(SegregationAlgorithm):
    ALG_ID = "joinstatistics"
    DISPLAY_NAME = "Join statistics to areas"
    ORDER = 20
    REQUIRES = ("pandas", "numpy")
    SHORT_DESCRIPTION = "Statistics onto DeSO, RegSO or kommun areas by code, with a report."
    TAGS = ("scb", "join", "deso", "regso", "statistics", "report")
    HELP = (
        "Adds statistics to an area layer (DeSO, RegSO, kommun, län; with or without geometry) by "
        "matching the area codes, and makes a <b>new</b> layer: your layer is not changed.<br>"
        "The statistics are a table from 'Import SCB table' or an SCB file directly (xlsx, csv, "
        "json). Choose the years to join: one year gives fields named as the variables "
        "('förgymnasial utbildning'); several give '2021 förgymnasial utbildning', '2022 …'. "
        "A prefix can tell tables apart when two have a variable of the same name.<br>"
        "The join report (a table, and the log) says what to check: how many areas got values; "
        "areas without statistics and statistics without an area, per kommun; codes that occur "
        "twice; areas whose values SCB suppressed (left empty, never zero), per kommun and year; "
        "and a warning when the statistics and the boundaries are of different DeSO versions "
        "(DeSO 2018 carries statistics up to 2023, DeSO 2025 from 2024).<br>"
        "The new layer records where its statistics come from: the field statistics_tables lists "
        "SCB's table codes and years joined ('000005MO 2022; 000006TA 2022', kept across joins), "
        "and statistics_year the year of fields joined without a year in their names, so that "
        "'Area types' and the indicator profile know the year. The layer is named after the "
        "areas and the table."
    )

    INPUT, CODE_FIELD, STATISTICS, STATISTICS_FILE, STATISTICS_CODE_FIELD = (
        "INPUT",
        "CODE_FIELD",
        "STATISTICS",
        "STATISTICS_FILE",
        "STATISTICS_CODE_FIELD",
    )
    YEARS, VARIABLES, PREFIX, OUTPUT, REPORT = ("YEARS", "VARIABLES", "PREFIX", "OUTPUT", "REPORT")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Area layer"), [compat.VECTOR])
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Code field of the areas (empty: found from the field names)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STATISTICS,
                tr("Statistics table (from 'Import SCB table')"),
                [compat.VECTOR],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.STATISTICS_FILE,
                tr("Or a statistics file (SCB xlsx, csv, json)"),
                fileFilter=tr("SCB tables (*.xlsx *.csv *.txt *.json);;All files (*.*)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.STATISTICS_CODE_FIELD,
                tr("Code field of the statistics table (empty: region_code or found)"),
                parentLayerParameterName=self.STATISTICS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.YEARS, tr("Years (e.g. 2022 or 2021, 2022; empty: all)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.VARIABLES,
                tr("Variables to join (names or parts of names separated by ';'; empty: all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PREFIX, tr("Prefix for the new fields (optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Areas with statistics"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REPORT, tr("Join report"), compat.VECTOR, optional=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber("MATCHED", tr("Areas with statistics")))
        self.addOutput(QgsProcessingOutputNumber("AREAS_WITHOUT", tr("Areas without statistics")))
        self.addOutput(
            QgsProcessingOutputNumber("STATISTICS_WITHOUT", tr("Statistics rows without an area"))
        )

    def process(self, parameters, context, feedback):
        from ...core.statistics import join, pxweb, scb_tables, statistics_table

        source, areas = read_source(self, parameters, self.INPUT, context, feedback)
        stats_path = self.parameterAsFile(parameters, self.STATISTICS_FILE, context)
        if stats_path:
            table, _, lines = scb_tables.apply_known_table(pxweb.read_statistics(stats_path))
            for line in lines:
                feedback.pushInfo(translate_core_message(line))
        elif parameters.get(self.STATISTICS):
            _, table = read_source(self, parameters, self.STATISTICS, context, geometry=False)
            table = table.reset_index(drop=True)
        else:
            raise InputError(tr("Choose a statistics table or a statistics file."))
        years = statistics_table.parse_years(
            self.parameterAsString(parameters, self.YEARS, context)
        )
        joined, report = join.join_statistics(
            areas,
            table,
            area_code_field=self.parameterAsString(parameters, self.CODE_FIELD, context) or None,
            table_code_field=self.parameterAsString(parameters, self.STATISTICS_CODE_FIELD, context)
            or None,
            years=years or None,
            prefix=self.parameterAsString(parameters, self.PREFIX, context),
            area_names=[source.sourceName()],
            variables=self.parameterAsString(parameters, self.VARIABLES, context).strip() or None,
        )
        for row in report.rows:
            if row["severity"] == join.WARNING:
                feedback.pushWarning(translate_core_message(row["message"]))
            else:
                feedback.pushInfo(translate_core_message(row["message"]))
        feedback.pushInfo(tr("New fields: {}").format(", ".join(report.fields)))
        info = statistics_table.info_of(joined)
        joined = joined.reset_index(drop=True)
        years = {y for y, _ in info.wide_columns.values() if y is not None}
        label = scb_tables.table_label(info, years)
        self.writer.add_frame(
            self.OUTPUT,
            joined,
            crs=source.sourceCrs(),
            title=tr("{areas} with {table}").format(areas=source.sourceName(), table=label)
            if label
            else None,
        )
        results = {
            "MATCHED": report.matched,
            "AREAS_WITHOUT": sum(
                r["count"] for r in report.rows if r["check"] == join.AREAS_WITHOUT
            ),
            "STATISTICS_WITHOUT": sum(
                r["count"] for r in report.rows if r["check"] == join.STATS_WITHOUT
            ),
        }
        if parameters.get(self.REPORT):
            self.writer.add_frame(
                self.REPORT,
                report.frame(),
                wkb_type=compat.WKB_NO_GEOMETRY,
                title=self.titled(tr("Join report"), parameters, context),
            )
        return results
