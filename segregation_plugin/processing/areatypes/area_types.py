"""segregation:areatypes — the socioeconomic index and the five area types (områdestyper)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..messages import translate_core_message
from ..parameters import optional_int, year_parameter
from . import national as N
from . import params as P

TYPE_OUTPUTS = ("TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4", "TYPE_5")


class AreaTypes(SegregationAlgorithm):
    ALG_ID = "areatypes"
    DISPLAY_NAME = "Area types (socioeconomic index)"
    ORDER = 10
    REQUIRES = ("pandas", "numpy")
    SHORT_DESCRIPTION = (
        "The socioeconomic index and the five official area types for RegSO, DeSO or your "
        "own districts."
    )
    TAGS = ("områdestyp", "area type", "socioeconomic index", "segregationsbarometern", "regso")
    HELP = (
        "Classifies every area into the five area types (områdestyper) of Delmos and SCB, "
        "as Boverket's Segregationsbarometern shows them for RegSO:<ol>"
        "<li>Områden med stora socioekonomiska utmaningar (index ≥ μ + 2σ)</li>"
        "<li>Områden med socioekonomiska utmaningar (μ + σ to μ + 2σ)</li>"
        "<li>Socioekonomiskt blandade områden (μ to μ + σ)</li>"
        "<li>Områden med goda socioekonomiska förutsättningar (μ − σ to μ)</li>"
        "<li>Områden med mycket goda socioekonomiska förutsättningar (below μ − σ)</li></ol>"
        "The index is (V1 + V2 + V3) / 3: V1 the share with low economic standard, V2 the "
        "share with förgymnasial education, V3 the share with economic assistance or long "
        "unemployment (SCB's RegSO table; for DeSO the unemployed share of persons 16–64 "
        "stands in for it). Give each variable as a share field (%) or, for areas summed from "
        "DeSO, as a numerator and a denominator field. Left empty, the fields are found by "
        "SCB's names as the statistics tools import them ('Låg ekonomisk standard, procent', "
        "'förgymnasial utbildning' / 'totalt 25-64 år', '16-64 år arbetslösa' / "
        "'16-64 år totalt'); the log says which it took.<br>"
        "<b>μ and σ</b> (mean and standard deviation of the index) are by default "
        "<b>national</b>, as Segregationsbarometern's: from the layer itself when it covers "
        "all 290 kommuner, else from the national tables you give (all DeSO or RegSO of "
        "Sweden with the same variables, e.g. SCB's national exports imported), which are "
        "stored in your QGIS profile per level, year and index so that later runs reuse them. "
        "With neither, the areas in the layer are the reference and the log and the field "
        "'ref_description' say plainly that it is not national. Or choose all areas in the "
        "layer, the areas matching an expression, the areas of one län or kommun, or values "
        "you enter. The output records μ, σ, the reference, the year, the V2 age group and "
        "what V3 is.<br>"
        "An area with a missing value, or flagged 'suppressed' by Aggregate areas because "
        "it has too few residents, gets <b>no type</b> and the reason in 'type_reason'. "
        "Your layer is not changed: the result is a new, styled layer."
    )

    INPUT, CODE_FIELD, YEAR, OUTPUT = "INPUT", "CODE_FIELD", "YEAR", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Areas with statistics (RegSO, DeSO or your own districts)"),
                [compat.VECTOR],
            )
        )
        P.add_variable_parameters(self, self.INPUT)
        self.addParameter(
            year_parameter(
                self.YEAR,
                tr("Year of the statistics (empty: read from the field names)"),
                first=1990,
                last=2100,
            )
        )
        P.add_reference_parameters(self, self.INPUT, national=True)
        N.add_national_parameters(self)
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Area code field (empty: found)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        P.add_small_area_parameters(self, self.INPUT)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Area types"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        self.addOutput(QgsProcessingOutputNumber("MEAN", tr("Mean μ of the index")))
        self.addOutput(QgsProcessingOutputNumber("SD", tr("Standard deviation σ of the index")))
        self.addOutput(QgsProcessingOutputNumber("N_REFERENCE", tr("Reference areas")))
        for i, name in enumerate(TYPE_OUTPUTS, start=1):
            self.addOutput(QgsProcessingOutputNumber(name, tr("Areas of type {}").format(i)))
        self.addOutput(QgsProcessingOutputNumber("NO_TYPE", tr("Areas without a type")))

    def process(self, parameters, context, feedback):
        from ...core.areatypes.area_type_fields import year_of_fields, year_of_layer
        from ...core.areatypes.area_types import classify_areas
        from ...core.areatypes.ses_index import AGE_NOT_STATED, guess_age_group
        from ...core.statistics.join import guess_area_code_field

        source, frame = read_source(self, parameters, self.INPUT, context, feedback, required=True)
        columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
        year = optional_int(self, parameters, self.YEAR, context)
        v1, v2, v3, v3_definition, lines = P.read_variables(
            self, parameters, context, columns, year
        )
        fields = [f for ind in (v1, v2, v3) if ind is not None for f in ind.fields]
        year = year or year_of_fields(fields) or year_of_layer(frame)
        code_field = self.parameterAsString(
            parameters, self.CODE_FIELD, context
        ) or guess_area_code_field(frame[columns])
        residents, flag, minimum = P.read_small_areas(self, parameters, context, columns, year)
        reference = P.read_reference(self, parameters, context, source, frame, code_field)
        codes = frame[code_field].tolist() if code_field else []
        national_lines, national = [], None
        if reference is None:
            v2_age_group = guess_age_group(v2.fields) or AGE_NOT_STATED
            reference, national_lines, national = N.read_national(
                self, parameters, context, feedback, codes, year, v2_age_group, v3, v3_definition
            )
        progress = self.progress(feedback)
        progress.check()
        result = classify_areas(
            frame,
            v1,
            v2,
            v3,
            reference=reference,
            multipliers=P.read_thresholds(self, parameters, context),
            year=year,
            v3_definition=v3_definition or "none (not given)",
            suppressed=flag,
            population_field=residents,
            min_population=minimum,
        )
        for line in lines:
            feedback.pushInfo(line)
        if flag:
            feedback.pushInfo(tr("Areas flagged in '{}' get no type.").format(flag))
        for line in national_lines:
            if "NOT national" in line:
                feedback.pushWarning(translate_core_message(line))
            else:
                feedback.pushInfo(translate_core_message(line))
        for line in result.summary():
            feedback.pushInfo(translate_core_message(line))
        if national_lines:
            folder = N.cache_dir(self, parameters, context)
            stored = N.store(result, codes, national, folder, source.sourceName())
            if stored is not None:
                feedback.pushInfo(tr("National μ and σ stored in {}.").format(stored))
        if residents:
            feedback.pushInfo(tr("Residents field: {}.").format(residents))
        if year is None:
            feedback.pushInfo(tr("Year not stated: enter it under 'Year' to record it."))
        progress.check()
        level = N.level_name(codes)
        self.writer.add_frame(
            self.OUTPUT,
            result.joined(frame),
            crs=source.sourceCrs(),
            style="area_types",
            title=self.titled(tr("Area types"), parameters, context, level, year),
        )
        counts = result.counts()
        out = {
            "MEAN": result.mean,
            "SD": result.sd,
            "N_REFERENCE": result.n_reference,
            "NO_TYPE": counts[None],
        }
        out.update({name: counts[i] for i, name in enumerate(TYPE_OUTPUTS, start=1)})
        return out
