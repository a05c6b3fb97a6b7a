"""segregation:checkareas — check an area layer's codes, geometry, nesting and tiling."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core.common.codes import AREA_LEVELS
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..messages import translate_core_message

LEVEL_CHOICES = ["auto", *AREA_LEVELS]  # Detect from the codes, DeSO, RegSO, kommun, län


class CheckAreas(SegregationAlgorithm):
    ALG_ID = "checkareas"
    DISPLAY_NAME = "Check area layer"
    ORDER = 5
    REQUIRES = ("pandas", "geopandas", "shapely")
    SHORT_DESCRIPTION = "Codes, geometry, nesting and tiling of DeSO, RegSO or kommun areas."
    TAGS = ("deso", "regso", "validate", "geometry", "codes")
    HELP = (
        "Checks an area layer (DeSO, RegSO, kommun, län) before you use it:<ul>"
        "<li>every code is well formed for its level (DeSO 0114A0010, RegSO 0114R001, kommun 0114, "
        "län 01; the API suffix _DeSO2025 is accepted) and occurs once;</li>"
        "<li>every geometry is a valid polygon;</li>"
        "<li>every area lies in one parent: the RegSO, kommun and län fields (regsokod, kommunkod, "
        "lanskod) agree with the area's own code;</li>"
        "<li>areas do not overlap and leave no gaps between them (holes may be lakes: they are "
        "warnings).</li></ul>"
        "The output lists one row per problem with the feature id, the code, what is wrong and what "
        "to do. An empty table means the layer is fine. Your layer is not changed."
    )

    INPUT, CODE_FIELD, LEVEL, OVERLAPS, TOLERANCE, OUTPUT = (
        "INPUT",
        "CODE_FIELD",
        "LEVEL",
        "CHECK_OVERLAPS",
        "TOLERANCE",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Area layer"), [compat.VECTOR_POLYGON]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Code field (empty: found from the field names)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LEVEL,
                tr("Level"),
                options=[tr("Detect from the codes"), "DeSO", "RegSO", tr("kommun"), tr("län")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OVERLAPS, tr("Check overlaps and gaps"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                tr("Ignore overlaps and gaps smaller than (m²)"),
                compat.NUMBER_DOUBLE,
                defaultValue=1.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Problems"), compat.VECTOR)
        )
        self.addOutput(QgsProcessingOutputNumber("ERRORS", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))

    def process(self, parameters, context, feedback):
        from ...core.common import codes
        from ...core.statistics import area_checks

        source = self.parameterAsSource(parameters, self.INPUT, context)
        field_names = [f.name() for f in source.fields()]
        level = LEVEL_CHOICES[self.parameterAsEnum(parameters, self.LEVEL, context)]
        level = None if level == "auto" else level
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        code_field = code_field or codes.guess_code_field(field_names, level)
        if not code_field:
            raise area_checks.InputError(
                tr(
                    "No code field found among {}. Choose the field that holds the area codes."
                ).format(", ".join(field_names))
            )
        feedback.pushInfo(tr("Reading {} areas…").format(source.featureCount()))
        # features without geometry stay: the check reports them
        _, frame = read_source(
            self, parameters, self.INPUT, context, feedback, allow_missing_geometry=True
        )
        parents = area_checks.parent_fields_for(
            [c for c in frame.columns if c != code_field],
            level or codes.detect_level(frame[code_field]) or "",
        )
        problems, level = area_checks.check_areas(
            frame,
            code_field,
            level=level,
            parent_fields=parents,
            check_overlaps=self.parameterAsBool(parameters, self.OVERLAPS, context),
            tolerance_m2=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            progress=self.progress(feedback),
        )
        errors = int((problems["severity"] == area_checks.ERROR).sum())
        warnings = int((problems["severity"] == area_checks.WARNING).sum())
        feedback.pushInfo(
            tr(
                "{n} {level} areas checked (code field {field}; parents: {parents}): {e} errors, {w} warnings."
            ).format(
                n=len(frame),
                level=codes.LEVEL_NAMES[level],
                field=code_field,
                parents=", ".join(f"{k}={v}" for k, v in parents.items()) or tr("none"),
                e=errors,
                w=warnings,
            )
        )
        for _, row in problems.head(20).iterrows():
            problem, action = map(translate_core_message, (row["problem"], row["action"]))
            feedback.pushWarning(f"{row['feature']} {row['code'] or ''}: {problem} {action}")
        problems["feature"] = problems["feature"].astype("Int64")
        self.writer.add_frame(
            self.OUTPUT,
            problems,
            wkb_type=compat.WKB_NO_GEOMETRY,
            title=self.titled(tr("Problems of the areas"), parameters, context),
        )
        return {"ERRORS": errors, "WARNINGS": warnings}
