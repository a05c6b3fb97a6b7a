"""Parameters the area-type and type-change tools share: V1–V3, the reference, small areas.

Each variable is a share field (%) or a numerator and a denominator field; left empty, the
field is guessed from SCB's names (:mod:`core.area_type_fields`) and the log says which was
taken. The reference is all areas of the layer, those matching an expression, those in a län
or kommun, or μ and σ entered.
"""

from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..parameters import above, is_given
from ..parameters import advanced as mark_advanced

VARIABLES = ("V1", "V2", "V3")
REFERENCE, REF_EXPRESSION, REF_REGION, REF_MEAN, REF_SD = (
    "REFERENCE",
    "REFERENCE_EXPRESSION",
    "REFERENCE_REGION",
    "REFERENCE_MEAN",
    "REFERENCE_SD",
)
REF_ALL, REF_EXPR, REF_CODE, REF_GIVEN, REF_NATIONAL = 0, 1, 2, 3, 4
THRESHOLDS, WITHOUT_V3, V3_DEFINITION = "THRESHOLDS", "WITHOUT_V3", "V3_DEFINITION"
POPULATION, SUPPRESSED, MIN_POPULATION = "POPULATION_FIELD", "SUPPRESSED_FIELD", "MIN_POPULATION"


def _labels():
    return {
        "V1": tr("V1 low economic standard"),
        "V2": tr("V2 förgymnasial education"),
        "V3": tr("V3 economic assistance / unemployment"),
    }


def add_variable_parameters(alg, parent: str, advanced: bool = False) -> None:
    """V1–V3 (share, numerator, denominator each), V3's definition, the two-variable index."""
    numeric = compat.FIELD_NUMERIC
    for var, label in _labels().items():
        for suffix, what in (
            ("SHARE", tr("share field (%)")),
            ("NUMERATOR", tr("or numerator")),
            ("DENOMINATOR", tr("and denominator")),
        ):
            definition = QgsProcessingParameterField(
                f"{var}_{suffix}",
                f"{label}: {what}" + (tr(" (empty: guessed)") if suffix == "SHARE" else ""),
                parentLayerParameterName=parent,
                type=numeric,
                optional=True,
            )
            alg.addParameter(mark_advanced(definition) if advanced else definition)
    alg.addParameter(
        mark_advanced(
            QgsProcessingParameterString(
                V3_DEFINITION,
                tr("What V3 is (empty: read from the field names)"),
                optional=True,
            )
        )
    )
    alg.addParameter(
        mark_advanced(
            QgsProcessingParameterBoolean(
                WITHOUT_V3,
                tr("Without V3, use (V1 + V2) / 2 (not the official index)"),
                defaultValue=False,
            )
        )
    )
    alg.addParameter(
        mark_advanced(
            QgsProcessingParameterString(
                THRESHOLDS,
                tr("Lower bounds of types 1–4 in standard deviations from the mean"),
                defaultValue="2, 1, 0, -1",
            )
        )
    )


def add_small_area_parameters(alg, parent: str) -> None:
    """The residents field, the suppression flag and an optional minimum population."""
    alg.addParameter(
        QgsProcessingParameterField(
            POPULATION,
            tr("Residents field (empty: guessed, e.g. folkmängd)"),
            parentLayerParameterName=parent,
            type=compat.FIELD_NUMERIC,
            optional=True,
        )
    )
    alg.addParameter(
        mark_advanced(
            QgsProcessingParameterField(
                SUPPRESSED,
                tr("Suppressed-area flag (empty: the field 'suppressed' of Aggregate areas)"),
                parentLayerParameterName=parent,
                optional=True,
            )
        )
    )
    alg.addParameter(
        mark_advanced(
            QgsProcessingParameterNumber(
                MIN_POPULATION,
                tr("No type for areas with fewer residents than (empty: no minimum)"),
                compat.NUMBER_INTEGER,
                minValue=0,
                optional=True,
            )
        )
    )


def add_reference_parameters(
    alg, parent: str, allow_given: bool = True, national: bool = False
) -> None:
    """The reference choice; with ``national`` (needs ``allow_given``) a fifth choice,
    national μ and σ, which is then the default (:mod:`.national`)."""
    options = [
        tr("all areas in the layer"),
        tr("the areas matching an expression"),
        tr("the areas in a län or kommun (code below)"),
    ]
    if allow_given:
        options.append(tr("μ and σ entered below (e.g. the national values)"))
    if national and allow_given:
        options.append(
            tr("national: all of Sweden (from national tables or stored values; else the layer)")
        )
    alg.addParameter(
        QgsProcessingParameterEnum(
            REFERENCE,
            tr("Mean μ and deviation σ from"),
            options=options,
            defaultValue=REF_NATIONAL if national and allow_given else REF_ALL,
        )
    )
    alg.addParameter(
        QgsProcessingParameterExpression(
            REF_EXPRESSION,
            tr("Reference areas: expression"),
            parentLayerParameterName=parent,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterString(
            REF_REGION, tr("Reference areas: län or kommun code (e.g. 01 or 0180)"), optional=True
        )
    )
    if allow_given:
        alg.addParameter(
            QgsProcessingParameterNumber(
                REF_MEAN, tr("Entered mean μ"), compat.NUMBER_DOUBLE, optional=True
            )
        )
        sd = QgsProcessingParameterNumber(
            REF_SD, tr("Entered σ"), compat.NUMBER_DOUBLE, optional=True, minValue=0.0
        )
        alg.addParameter(above(sd, 0.0))


def read_thresholds(alg, parameters, context) -> tuple:
    text = alg.parameterAsString(parameters, THRESHOLDS, context) or "2, 1, 0, -1"
    try:
        values = tuple(float(v.replace("−", "-")) for v in text.replace(";", ",").split(","))
    except ValueError as exc:
        raise InputError(
            tr("Write the type bounds as four numbers, e.g. 2, 1, 0, -1 (got '{}').").format(text)
        ) from exc
    return values


def _chosen(alg, parameters, context, var: str):
    from ...core.areatypes.ses_index import Indicator

    share = alg.parameterAsString(parameters, f"{var}_SHARE", context)
    num = alg.parameterAsString(parameters, f"{var}_NUMERATOR", context)
    den = alg.parameterAsString(parameters, f"{var}_DENOMINATOR", context)
    if share and (num or den):
        raise InputError(
            tr("{}: choose a share field or a numerator and a denominator, not both.").format(var)
        )
    if share:
        return Indicator.share(share)
    if num or den:
        if not (num and den):
            raise InputError(tr("{}: choose both the numerator and the denominator.").format(var))
        return Indicator.counts(num, den)
    return None


def read_variables(alg, parameters, context, columns, year=None):
    """(v1, v2, v3, v3 definition, log lines): the chosen fields, else SCB's names."""
    from ...core.areatypes import area_type_fields as F

    guessed = F.guess_index_fields(columns, year)
    chosen = {var: _chosen(alg, parameters, context, var) for var in VARIABLES}
    lines = []
    found = {}
    for var, fallback in zip(VARIABLES, (guessed.v1, guessed.v2, guessed.v3)):
        found[var] = chosen[var] or fallback
        if chosen[var] is None and fallback is not None:
            lines.append(
                tr("{} guessed from the field names: {}.").format(var, fallback.describe())
            )
    for var in ("V1", "V2"):
        if found[var] is None:
            raise InputError(
                tr(
                    "{} is not chosen and no field has SCB's name for it. Choose its share field "
                    "or its numerator and denominator fields."
                ).format(var)
            )
    v3 = found["V3"]
    if v3 is None and not alg.parameterAsBool(parameters, WITHOUT_V3, context):
        raise InputError(
            tr(
                "V3 is not chosen and no field has SCB's name for it (the official RegSO table or "
                "the unemployed 16–64). Choose its fields, or tick 'Without V3' to use (V1 + V2) / 2, "
                "which is not the official index."
            )
        )
    definition = alg.parameterAsString(parameters, V3_DEFINITION, context)
    if v3 is not None and not definition:
        definition = F.v3_definition_of(v3)
    return found["V1"], found["V2"], v3, definition or "", lines


def read_reference(alg, parameters, context, source, frame, code_field, given_allowed=True):
    """The core :class:`Reference` chosen."""
    from ...core.areatypes.area_types import Reference

    kind = alg.parameterAsEnum(parameters, REFERENCE, context)
    if kind == REF_EXPR:
        expression = alg.parameterAsExpression(parameters, REF_EXPRESSION, context)
        raw = str(parameters.get(REF_EXPRESSION) or "").strip()
        parsed = QgsExpression(expression or raw)
        if (expression or raw) and parsed.hasParserError():
            raise InputError(
                tr(
                    "The expression of the reference areas, {expression}, is not a valid QGIS "
                    "expression: {error}. Correct it (the expression builder shows the fields)."
                ).format(expression=expression or raw, error=parsed.parserErrorString())
            )
        if not expression:
            raise InputError(tr("Write the expression that selects the reference areas."))
        request = QgsFeatureRequest().setFilterExpression(expression)
        request.setFlags(compat.NO_GEOMETRY).setNoAttributes()
        request.setExpressionContext(context.expressionContext())
        ids = {f.id() for f in source.getFeatures(request)}
        # the description is data (the field ref_description): English like core's values
        return Reference.subset(frame.index.isin(list(ids)), f"areas where {expression}")
    if kind == REF_CODE:
        region = (alg.parameterAsString(parameters, REF_REGION, context) or "").strip()
        if not region:
            raise InputError(tr("Write the län or kommun code of the reference areas."))
        if not code_field:
            raise InputError(tr("The layer has no area codes: choose the code field."))
        return Reference.region(frame[code_field], region)
    if kind == REF_GIVEN and given_allowed:
        mean = parameters.get(REF_MEAN)
        sd = parameters.get(REF_SD)
        if mean is None or sd is None:
            raise InputError(tr("Enter both the mean μ and the standard deviation σ."))
        return Reference.given(
            alg.parameterAsDouble(parameters, REF_MEAN, context),
            alg.parameterAsDouble(parameters, REF_SD, context),
        )
    if kind == REF_GIVEN:
        raise InputError(tr("Entered μ and σ are not available here."))
    if kind == REF_NATIONAL and given_allowed:
        return None  # the caller asks .national for it
    return Reference.areas("all areas in the layer")


def read_small_areas(alg, parameters, context, columns, year=None):
    """(residents field, suppressed flag field, minimum population) — guessed where empty."""
    from ...core.areatypes.area_type_fields import guess_residents_field

    residents = alg.parameterAsString(parameters, POPULATION, context) or guess_residents_field(
        columns, year
    )
    flag = alg.parameterAsString(parameters, SUPPRESSED, context)
    if not flag and "suppressed" in columns:
        flag = "suppressed"
    minimum = None
    if is_given(parameters, MIN_POPULATION):
        minimum = alg.parameterAsInt(parameters, MIN_POPULATION, context)
        if not residents:
            raise InputError(tr("A minimum population needs the residents field."))
    return residents, flag or None, minimum
