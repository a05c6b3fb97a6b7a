"""segregation:importscbtable — an SCB export (xlsx/csv) or a PxWebAPI table → a table layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...core.common import codes
from ...core.common.errors import InputError
from ...core.statistics.pxweb import SCB_API
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..messages import translate_core_message
from ..parameters import advanced

LEVELS = list(codes.AREA_LEVELS)  # the order of the options DeSO, RegSO, kommun, län


class ImportScbTable(SegregationAlgorithm):
    ALG_ID = "importscbtable"
    DISPLAY_NAME = "Import SCB table"
    ORDER = 10
    REQUIRES = ("pandas", "numpy", "openpyxl")
    SHORT_DESCRIPTION = "Statistics from Statistikdatabasen (xlsx, csv or the API) as a table."
    TAGS = ("scb", "statistikdatabasen", "pxweb", "deso", "regso", "import", "statistics")
    HELP = (
        "Reads a table from SCB's Statistikdatabasen the way you downloaded it, without editing it "
        "first:<ul>"
        "<li><b>a file</b>: an xlsx or csv export (any header layout, codes alone or with names, "
        "UTF-8 or Latin-1, ; or , separated, decimal comma), or a saved PxWebAPI response "
        "(json-stat2 or csv);</li>"
        "<li><b>or SCB's API</b>: give the table id (e.g. TAB6574), the level (DeSO, RegSO...) "
        "and the kommuner or län you want; the tool fetches all their areas, in several calls "
        "when the table is large, and waits when SCB's limit of calls is reached.</li></ul>"
        "The result is a table without geometry with one row per area and year: region_code "
        "(without the _DeSO2025 suffix), region_name, region_level, region_version, year, and one "
        "field per variable named as in SCB's header (e.g. 'förgymnasial utbildning'). Choose "
        "'one row per area' to get fields such as '2021 förgymnasial utbildning' instead.<br>"
        "Cells SCB suppressed (.. . - or empty) are left empty, never zero, and counted in the log "
        "and the optional variables table, which also says whether a variable is a percentage or "
        "a count. A total of several variables (e.g. all education levels) can be added. "
        "SCB's standard tables (low/high economic standard 000006TA, education 25–64 000005MO, "
        "labour-market status 000007A8, tenure 000006OC, birth region 000005FB, background "
        "000005FE, households 000005F8, house type 000005LO, income 000005FM, age 000005FF) are "
        "recognised by the code at the end of the export or by the title: the code goes in the "
        "field scb_table, the layer is named after the table and its year (e.g. "
        "'Utbildningsnivå 25–64 år 2022 (000005MO)'), and where SCB leaves the total out it is "
        "added: 'totalt 25-64 år' is all five education levels including 'uppgift saknas', as "
        "SCB's totals are. Header rows that say whom the counts are of (e.g. '16-64 år') stay in "
        "the field names ('antal arbetslösa 16-64 år'). "
        "Join the table to an area layer with 'Join statistics to areas'."
    )

    INPUT, TABLE_ID, LEVEL, AREAS, SELECTION, CODELIST, API_URL = (
        "INPUT",
        "TABLE_ID",
        "LEVEL",
        "AREAS",
        "SELECTION",
        "CODELIST",
        "API_URL",
    )
    YEARS, LAYOUT, TOTAL_OF, TOTAL_NAME, OUTPUT, VARIABLES = (
        "YEARS",
        "LAYOUT",
        "TOTAL_OF",
        "TOTAL_NAME",
        "OUTPUT",
        "VARIABLES",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("SCB export or saved API response (xlsx, csv, json)"),
                fileFilter=tr("SCB tables (*.xlsx *.csv *.txt *.json);;All files (*.*)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TABLE_ID, tr("Or fetch from SCB's API: table id (e.g. TAB6574)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LEVEL,
                tr("API: area level"),
                options=["DeSO", "RegSO", tr("kommun"), tr("län")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.AREAS,
                tr("API: kommun or län codes to fetch (e.g. 0180, 0114; empty: all of Sweden)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.YEARS,
                tr("Years (e.g. 2021, 2022; empty: all in the file, latest from the API)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LAYOUT,
                tr("Layout"),
                options=[
                    tr("One row per area and year"),
                    tr("One row per area, fields '<year> <variable>'"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TOTAL_OF,
                tr(
                    "Add a total of these variables (names or parts of names separated by ';', * for all counts)"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TOTAL_NAME, tr("Name of the total"), defaultValue="totalt", optional=True
            )
        )
        advanced_parameters = [
            QgsProcessingParameterString(
                self.SELECTION,
                tr("API: other variables (e.g. Kon=1+2; Alder=totalt; empty: SCB's totals)"),
                optional=True,
            ),
            QgsProcessingParameterString(
                self.CODELIST,
                tr("API: code list of the regions (e.g. vs_DeSO2025; empty: found)"),
                optional=True,
            ),
            QgsProcessingParameterString(
                self.API_URL,
                tr("API address"),
                defaultValue=SCB_API,
            ),
        ]
        for param in advanced_parameters:
            self.addParameter(advanced(param))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Statistics table"), compat.VECTOR)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.VARIABLES,
                tr("Variables (unit, suppressed cells)"),
                compat.VECTOR,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows")))
        self.addOutput(QgsProcessingOutputNumber("SUPPRESSED", tr("Suppressed cells")))

    def _read(self, parameters, context, feedback):
        from ...core.statistics import pxweb, statistics_table

        path = self.parameterAsFile(parameters, self.INPUT, context)
        table_id = self.parameterAsString(parameters, self.TABLE_ID, context).strip()
        years = statistics_table.parse_years(
            self.parameterAsString(parameters, self.YEARS, context)
        )
        if path:
            feedback.pushInfo(tr("Reading {}…").format(path))
            return pxweb.read_statistics(path), years
        if not table_id:
            raise InputError(tr("Choose a file, or give the id of a table in SCB's API."))
        client = pxweb.PxWebClient(self.parameterAsString(parameters, self.API_URL, context))
        areas = [
            a
            for a in self.parameterAsString(parameters, self.AREAS, context)
            .replace(";", ",")
            .split(",")
        ]
        frame = client.fetch(
            table_id,
            years=years,
            level=LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)],
            areas=[a.strip() for a in areas if a.strip()],
            selection=pxweb.parse_selection(
                self.parameterAsString(parameters, self.SELECTION, context)
            ),
            codelist=self.parameterAsString(parameters, self.CODELIST, context).strip() or None,
            progress=self.progress(feedback),
        )
        feedback.pushInfo(tr("{} calls to SCB's API.").format(len(client.calls)))
        return frame, []

    def process(self, parameters, context, feedback):
        from ...core.statistics import scb_tables
        from ...core.statistics import statistics_table as st
        from ...core.statistics.suppressed_cells import with_suppressed_column

        frame, years = self._read(parameters, context, feedback)
        frame, known, lines = scb_tables.apply_known_table(frame)
        for line in lines:
            feedback.pushInfo(translate_core_message(line))
        info = st.info_of(frame)
        if years:
            available = sorted(int(y) for y in frame[st.YEAR].dropna().unique())
            missing = [y for y in years if y not in available]
            if missing:
                raise InputError(
                    tr("The table has no statistics for {}; it has {}.").format(
                        ", ".join(map(str, missing)), ", ".join(map(str, available))
                    )
                )
            frame = st.attach(frame[frame[st.YEAR].isin(years)].reset_index(drop=True), info)
            info.suppressed = [s for s in info.suppressed if s.year in years]
        total_of = self.parameterAsString(parameters, self.TOTAL_OF, context).strip()
        if total_of:
            name = self.parameterAsString(parameters, self.TOTAL_NAME, context).strip() or "totalt"
            if name in info.derived:  # the user's own total replaces the one added above
                frame = st.attach(frame.drop(columns=[name]), info)
                info.derived.pop(name)
            frame = st.add_total(frame, name, total_of)
            info = st.info_of(frame)
            feedback.pushInfo(tr("Added '{}' = {}.").format(name, info.derived[name]))
            unknown = [
                v
                for v in st.select_variables(st.variables_of(frame), total_of, info)
                if "saknas" in v.lower() and v != name
            ]
            if unknown:
                feedback.pushInfo(
                    tr("The total includes {} (unknown values), as SCB's own totals do.").format(
                        ", ".join(f"'{v}'" for v in unknown)
                    )
                )
        variables = st.variables_of(frame)
        self._log(feedback, frame, info, variables)
        if self.parameterAsEnum(parameters, self.LAYOUT, context) == 1:
            out = st.to_wide(frame, years or None)
        else:
            out = with_suppressed_column(frame)
        if info.reference:
            out = out.assign(**{st.SCB_TABLE: info.reference})
        present = frame[st.YEAR].dropna().unique()
        label = scb_tables.table_label(info, present)
        self.writer.add_frame(
            self.OUTPUT, out, wkb_type=compat.WKB_NO_GEOMETRY, title=label or None
        )
        if parameters.get(self.VARIABLES):
            table = self._variables_table(frame, info, variables)
            self.writer.add_frame(self.VARIABLES, table, wkb_type=compat.WKB_NO_GEOMETRY)
        return {"ROWS": len(out), "SUPPRESSED": info.suppressed_count}

    @staticmethod
    def _log(feedback, frame, info, variables):
        from ...core.statistics import statistics_table as st

        years = sorted(int(y) for y in frame[st.YEAR].dropna().unique())
        feedback.pushInfo(
            tr("{title} ({ref}): {n} areas, years {years}, {v} variables.").format(
                title=info.title or tr("untitled table"),
                ref=info.reference or "–",
                n=frame[st.REGION_CODE].nunique(),
                years=", ".join(map(str, years)) or "–",
                v=len(variables),
            )
        )
        for var in variables:
            unit = {
                st.PERCENT: tr("percent"),
                st.COUNT: tr("count"),
                st.AMOUNT: tr("amount (kr)"),
            }.get(info.units.get(var), tr("unit unknown"))
            feedback.pushInfo(f"  {var}: {unit}")
        for dim, value in info.constants.items():
            feedback.pushInfo(
                tr("  ({dim} is '{value}' for every variable; left out of the names)").format(
                    dim=dim, value=value
                )
            )
        if info.suppressed_count:
            feedback.pushWarning(
                tr(
                    "{} cells are suppressed or empty in the source; they are left empty (never zero)."
                ).format(info.suppressed_count)
            )
        for warning in info.warnings:
            feedback.pushWarning(translate_core_message(warning))

    @staticmethod
    def _variables_table(frame, info, variables):
        import pandas as pd

        from ...core.statistics import statistics_table as st

        suppressed = pd.Series([s.variable for s in info.suppressed], dtype=object).value_counts()
        years = ", ".join(str(int(y)) for y in sorted(frame[st.YEAR].dropna().unique()))
        return pd.DataFrame(
            {
                "variable": variables,
                "unit": [info.units.get(v) or "" for v in variables],
                "years": years,
                "suppressed_cells": [int(suppressed.get(v, 0)) for v in variables],
                "derived": [info.derived.get(v, "") for v in variables],
                "title": info.title,
                "reference": info.reference,
                "source": info.source,
            }
        )
