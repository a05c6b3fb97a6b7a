"""segregation:aggregateareas — statistics of small areas summed up to RegSO, kommun, län or
the user's districts, shares rebuilt from numerator and denominator."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core.common.codes import AREA_LEVELS
from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import POLYGON, log_reprojection, read_source
from ..messages import translate_core_message
from ..parameters import add_base_statistics_parameters, advanced, read_base_statistics
from . import params as sp

TARGETS = [*AREA_LEVELS[1:], "districts"]  # RegSO, kommun, län, districts


class AggregateAreas(SegregationAlgorithm):
    ALG_ID = "aggregateareas"
    DISPLAY_NAME = "Aggregate areas"
    ORDER = 30
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely")
    SHORT_DESCRIPTION = "DeSO statistics to RegSO, kommun, län or your own districts."
    TAGS = ("aggregate", "deso", "regso", "kommun", "stadsdel", "district", "statistics")
    HELP = (
        "Adds up the statistics of small areas (usually DeSO with statistics joined) to larger "
        "areas:<ul>"
        "<li><b>RegSO, kommun or län</b>: which larger area a DeSO lies in comes from a field "
        "(regsokod), from a key table (SCB's koppling_deso2018_regso2020.csv works as it is), or, "
        "for kommun and län, from the code itself. With geometry, the output areas are the union "
        "of their DeSO.</li>"
        "<li><b>your own districts</b> (stadsdelar, planning districts): each DeSO goes whole to "
        "the district that covers most of it, or to the one that holds its population centre "
        "(from a population grid when you give one, else a point inside the DeSO). The optional "
        "assignment table lists where each DeSO went.</li></ul>"
        "<b>Counts</b> are summed. A <b>share</b> is never averaged: give it with the population "
        "it is a share of (e.g. 'Låg ekonomisk standard, procent' with 'Antal personer totalt'), "
        "or give a numerator and a denominator (e.g. 'arbetslösa' and 'totalt'); the new share "
        "is 100 × sum of numerators / sum of denominators.<br>"
        "A value SCB suppressed in one DeSO leaves that field empty for the larger area (the sum "
        "would be too small) unless you allow partial sums; the field 'note' says why. An output "
        "area with fewer inhabitants than the minimum (default 50) gets no values and is flagged "
        "'suppressed', because small areas can identify people."
    )

    INPUT, CODE_FIELD, TARGET = "INPUT", "CODE_FIELD", "TARGET"
    KEY_FIELD, KEY_TABLE = sp.KEY_FIELD, sp.KEY_TABLE
    DISTRICTS, DISTRICT_ID, METHOD, GRID = sp.DISTRICTS, sp.DISTRICT_ID, sp.METHOD, sp.GRID
    COUNTS, SHARES, RATIOS, POPULATION, MIN_POPULATION, PARTIAL = (
        "COUNT_FIELDS",
        "SHARES",
        "RATIOS",
        "POPULATION_FIELD",
        "MIN_POPULATION",
        "ALLOW_PARTIAL",
    )
    OUTPUT, ASSIGNMENT = ("OUTPUT", "ASSIGNMENT")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Small areas with statistics (e.g. DeSO)"),
                [compat.VECTOR],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Code field (empty: found)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TARGET,
                tr("Aggregate to"),
                options=["RegSO", tr("kommun"), tr("län"), tr("districts (polygon layer below)")],
                defaultValue=0,
            )
        )
        add_base_statistics_parameters(
            self,
            self.INPUT,
            (self.COUNTS, self.SHARES, self.RATIOS),
            (
                tr("Count fields (summed)"),
                tr("Shares (%) and the population each is a share of"),
                tr("New shares from numerator and denominator"),
            ),
            tr("Name of the new share"),
        )
        sp.add_key_and_district_parameters(self, self.INPUT)
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION,
                tr("Population field for the minimum (e.g. the population total)"),
                parentLayerParameterName=self.INPUT,
                type=compat.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_POPULATION,
                tr("Withhold values of output areas with fewer inhabitants than"),
                compat.NUMBER_INTEGER,
                defaultValue=50,
                minValue=0,
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterBoolean(
                    self.PARTIAL,
                    tr("Sum what there is when some DeSO values are suppressed"),
                    defaultValue=False,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Aggregated areas"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ASSIGNMENT,
                tr("Assignment of areas to districts"),
                compat.VECTOR,
                optional=True,
                createByDefault=False,
            )
        )

    def process(self, parameters, context, feedback):
        from ...core.statistics import aggregate_areas, aggregate_report
        from ...core.statistics.join import guess_area_code_field

        target = TARGETS[self.parameterAsEnum(parameters, self.TARGET, context)]
        # into districts by their polygons; areas without one stay (core reports them);
        # indexed by feature id: the log names the features it left out
        polygons = {"geometry_types": (POLYGON,), "allow_missing_geometry": True}
        source, frame = read_source(
            self,
            parameters,
            self.INPUT,
            context,
            feedback,
            **(polygons if target == "districts" else {}),
        )
        code_field = self.parameterAsString(
            parameters, self.CODE_FIELD, context
        ) or guess_area_code_field(frame)
        if not code_field:
            raise InputError(tr("No code field found; choose the field that holds the area codes."))
        counts, shares, ratios = read_base_statistics(
            self, parameters, (self.COUNTS, self.SHARES, self.RATIOS), context
        )
        if not (counts or shares or ratios):
            raise InputError(
                tr("Choose at least one count field, share or numerator/denominator pair.")
            )
        population = self.parameterAsString(parameters, self.POPULATION, context) or None
        min_pop = self.parameterAsInt(parameters, self.MIN_POPULATION, context)
        partial = self.parameterAsBool(parameters, self.PARTIAL, context)
        progress = self.progress(feedback)
        assignment = None
        if target == "districts":
            districts_source, districts = read_source(
                self, parameters, self.DISTRICTS, context, feedback
            )
            if districts_source is None:
                raise InputError(tr("Choose the district layer to aggregate to."))
            districts = districts.reset_index(drop=True)
            log_reprojection(feedback, districts, frame)
            id_field = self.parameterAsString(parameters, self.DISTRICT_ID, context) or next(
                (c for c in districts.columns if c != "geometry"), None
            )
            grid = self.parameterAsRasterLayer(parameters, self.GRID, context)
            out, assignment, lines = aggregate_areas.aggregate_to_districts(
                frame,
                code_field,
                districts,
                id_field,
                sp.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
                counts=counts,
                shares=shares,
                ratios=ratios,
                population=population,
                population_raster=grid.source() if grid is not None else None,
                min_population=min_pop,
                allow_partial=partial,
                progress=progress,
            )
            crs = districts_source.sourceCrs()
        else:
            out, lines = aggregate_areas.aggregate_to_level(
                frame,
                code_field,
                target,
                counts=counts,
                shares=shares,
                ratios=ratios,
                key_field=self.parameterAsString(parameters, self.KEY_FIELD, context) or None,
                key_table=self.parameterAsFile(parameters, self.KEY_TABLE, context) or None,
                population=population,
                min_population=min_pop if population else None,
                allow_partial=partial,
            )
            crs = source.sourceCrs()
        for share in shares:
            feedback.pushInfo(tr("{0}: Σ({0} × {1}) / Σ {1}").format(share[0], share[1]))
        for ratio in ratios:
            feedback.pushInfo(tr("{2} = 100 × Σ {0} / Σ {1}").format(*ratio))
        for line in lines:
            if isinstance(line, aggregate_report.LogWarning):
                feedback.pushWarning(translate_core_message(line))
            else:
                feedback.pushInfo(translate_core_message(line))
        progress.check()
        self.writer.add_frame(
            self.OUTPUT,
            out,
            crs=crs,
            title=self.titled(tr("Aggregated areas"), parameters, context),
        )
        if assignment is not None and parameters.get(self.ASSIGNMENT):
            self.writer.add_frame(
                self.ASSIGNMENT,
                assignment,
                wkb_type=compat.WKB_NO_GEOMETRY,
                title=self.titled(tr("Areas and their groups"), parameters, context),
            )
        return {}
