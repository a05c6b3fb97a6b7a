"""segregation:indicatorprofile — named indicators per area from SCB's standard tables."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..messages import translate_core_message


class IndicatorProfile(SegregationAlgorithm):
    ALG_ID = "indicatorprofile"
    DISPLAY_NAME = "Indicator profile"
    ORDER = 40
    REQUIRES = ("pandas", "numpy")
    SHORT_DESCRIPTION = "Standard indicators per area, with the kommun and the country."
    TAGS = ("scb", "indicators", "profile", "deso", "regso", "kommun", "segregationsbarometern")
    HELP = (
        "From the SCB tables joined onto an area layer (DeSO, RegSO, kommun or your own districts "
        "made with 'Aggregate areas'), computes the standard indicators whose fields the layer "
        "has: shares foreign-born and with foreign background, single-parent households, persons "
        "in multi-dwelling houses, tenure shares, low and high economic standard, education "
        "levels 25–64, employment and unemployment 16–64, age groups; for every year present and "
        "with sex splits where the table has them. Every share is computed from its counts "
        "(numerator over denominator), and the kommun's and the country's shares from the summed "
        "counts, never by averaging shares. For each indicator the output has the area's share, "
        "'… kommun', '… diff kommun' (percentage points), '… riket' and '… diff riket'. "
        "The country is the layer itself when it holds all 290 kommuner, or the national layer "
        "given; otherwise it is left empty and the log says so. Medians (income) are copied as "
        "they are: a median cannot be added up, so it is not compared with a kommun. "
        "docs/fields.md lists every indicator with its numerator, denominator and table."
    )
    INPUT, CODE_FIELD, NATIONAL, OUTPUT = ("INPUT", "CODE_FIELD", "NATIONAL", "OUTPUT")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Areas with SCB statistics"), [compat.VECTOR]
            )
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
                self.NATIONAL,
                tr("National layer with the same statistics (optional: the country's values)"),
                [compat.VECTOR],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Indicator profile"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        self.addOutput(QgsProcessingOutputNumber("INDICATORS", tr("Indicators computed")))

    def process(self, parameters, context, feedback):
        from ...core.statistics.indicator_profile import indicator_profile
        from ...core.statistics.join import guess_area_code_field

        source, frame = read_source(self, parameters, self.INPUT, context, feedback)
        if not len(frame):
            feedback.pushWarning(tr("The area layer has no features: the profile is empty."))
            self.writer.add_frame(
                self.OUTPUT,
                frame,
                crs=source.sourceCrs(),
                title=tr("Indicator profile — {}").format(source.sourceName()),
            )
            return {"INDICATORS": 0}
        code_field = self.parameterAsString(
            parameters, self.CODE_FIELD, context
        ) or guess_area_code_field(frame)
        if not code_field:
            raise InputError(tr("The layer has no area codes: choose the code field."))
        national = None
        if parameters.get(self.NATIONAL):
            _, national = read_source(self, parameters, self.NATIONAL, context, geometry=False)
        profile = indicator_profile(frame, code_field, national)
        if not profile.computed and not profile.medians:
            raise InputError(
                tr(
                    "The layer has none of the fields of SCB's standard tables. Import the tables "
                    "with 'Import SCB table' and join them with 'Join statistics to areas' first."
                )
            )
        for field, numerator, denominator, table, _ in profile.computed:
            feedback.pushInfo(
                tr("{field}: 100 × {numerator} / {denominator} ({table})").format(
                    field=field, numerator=numerator, denominator=denominator, table=table
                )
            )
        for field in profile.medians:
            feedback.pushInfo(tr("{}: a median, copied; not aggregated or compared.").format(field))
        feedback.pushInfo(tr("The country's values: {}.").format(profile.country))
        for line in profile.warnings:
            feedback.pushWarning(translate_core_message(line))
        if profile.missing_tables:
            feedback.pushInfo(
                tr("No fields of the tables {}: their indicators are left out.").format(
                    ", ".join(profile.missing_tables)
                )
            )
        self.writer.add_frame(
            self.OUTPUT,
            profile.frame.reset_index(drop=True),
            crs=source.sourceCrs(),
            title=tr("Indicator profile — {}").format(source.sourceName()),
        )
        return {"INDICATORS": len(profile.computed)}
