"""Checks of parameter values, with messages that say what is wrong and what is allowed.

QGIS refuses a value out of a number's range with "Incorrect parameter value for TOLERANCE"
(the parameter's internal name, no value, no range) and lets NaN through; a matrix whose
last row is short reaches the tool. :func:`first_problem` runs for every tool (from
``SegregationAlgorithm.checkParameterValues``, before the dialog, ``processing.run`` or a
model starts the tool) and returns the first problem as a sentence naming the parameter as
the dialog shows it, the value and the allowed values:

- numbers: text that is no number, NaN, infinity, a fraction where a whole number is needed,
  a value below the minimum, above the maximum or not above an exclusive bound (metadata
  :data:`ABOVE`, set with ``parameters.above``);
- matrices (tables of fields): values that do not fill whole rows, a row that lacks a value
  in one of its first :data:`REQUIRED_COLUMNS` columns (set with
  ``parameters.required_columns``; default every column);
- any other value QGIS does not accept: the parameter and the value (layers and files that
  cannot be read, a choice that does not exist).

Values a model computes at run time (``QgsProperty``) are left to QGIS.
"""

from __future__ import annotations

import math
from typing import Optional

from qgis.core import (
    NULL,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProperty,
)

from ..i18n import format_number, tr
from . import compat

ABOVE = "segregation_above"  # metadata of a number: it must be greater than this
REQUIRED_COLUMNS = "segregation_required_columns"  # metadata of a matrix: columns a row needs
_UNBOUNDED = 1e300  # QGIS's default minimum and maximum are ± the largest double
_INPUTS = (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterFile,
)


def first_problem(algorithm, parameters, context) -> Optional[str]:
    """The first parameter value of ``parameters`` that cannot be used, as a sentence; None
    when every value can be used (as far as these checks go)."""
    for definition in algorithm.parameterDefinitions():
        value = parameters.get(definition.name())
        if isinstance(value, QgsProperty):
            continue
        if isinstance(definition, QgsProcessingParameterNumber):
            problem = number_problem(definition, value)
        elif isinstance(definition, QgsProcessingParameterMatrix):
            problem = matrix_rows(definition, value)[1]
        else:
            problem = other_problem(definition, value, context)
        if problem:
            return problem
    return None


# --- numbers --------------------------------------------------------------------------------
def _is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == NULL


def _show(number: float) -> str:
    if number == int(number) and abs(number) < 1e15:
        return str(int(number))
    return format_number(number, None)


def _bounds(definition):
    """(minimum, maximum, exclusive bound) of a number parameter; None where there is none."""
    low, high = definition.minimum(), definition.maximum()
    low = low if abs(low) < _UNBOUNDED else None
    high = high if abs(high) < _UNBOUNDED else None
    above = (definition.metadata() or {}).get(ABOVE)
    above = float(above) if above is not None else None
    if above is not None and low is not None and low <= above:
        low = None  # "above 0" says more than "at least 0"
    return low, high, above


def allowed_numbers(definition) -> str:
    """The values a number parameter allows, e.g. 'a number from 0 to 100'."""
    whole = definition.dataType() == compat.NUMBER_INTEGER
    kind = tr("whole number") if whole else tr("number")
    low, high, above = _bounds(definition)
    if above is not None and high is not None:
        text = tr("a {kind} above {above} and at most {max}")
    elif above is not None:
        text = tr("a {kind} above {above}")
    elif low is not None and high is not None:
        text = tr("a {kind} from {min} to {max}")
    elif low is not None:
        text = tr("a {kind} of at least {min}")
    elif high is not None:
        text = tr("a {kind} of at most {max}")
    else:
        text = tr("a {kind}")
    shown = {
        k: _show(v) for k, v in (("min", low), ("max", high), ("above", above)) if v is not None
    }
    return text.format(kind=kind, **shown)


def number_problem(definition, value) -> Optional[str]:
    """Why ``value`` cannot be the number parameter's value; None when it can (or is empty:
    QGIS takes the default or refuses a required value left empty)."""
    if _is_empty(value):
        return None
    label = definition.description()
    try:
        number = float(str(value).strip().replace("−", "-")) if isinstance(value, str) else value
        number = float(number)
    except (TypeError, ValueError):
        return tr(
            "'{label}' must be {allowed}; '{value}' is not a number (write decimals with a "
            "point, e.g. 12.5)."
        ).format(label=label, allowed=allowed_numbers(definition), value=value)
    if math.isnan(number):
        return tr("'{label}' is not a number (NaN): enter {allowed}.").format(
            label=label, allowed=allowed_numbers(definition)
        )
    low, high, above = _bounds(definition)
    whole = definition.dataType() == compat.NUMBER_INTEGER
    if (
        math.isinf(number)
        or (whole and number != int(number))
        or (low is not None and number < low)
        or (high is not None and number > high)
        or (above is not None and number <= above)
    ):
        return tr("'{label}' is {value}, but it must be {allowed}.").format(
            label=label,
            value=number if math.isinf(number) else _show(number),
            allowed=allowed_numbers(definition),
        )
    return None


# --- matrices -------------------------------------------------------------------------------
def _flat(value) -> list:
    if _is_empty(value):
        return []
    if isinstance(value, str):
        return value.split(",")
    if not isinstance(value, (list, tuple)):
        return [value]
    flat = []
    for item in value:  # a list of rows, or the flat list QGIS keeps
        flat.extend(item if isinstance(item, (list, tuple)) else [item])
    return flat


def matrix_rows(definition, value) -> tuple:
    """(rows with something in them, problem or None) of a matrix parameter's value; each row
    a list of stripped texts, as many as the matrix has columns."""
    headers = list(definition.headers()) or [definition.description()]
    width = len(headers)
    label = definition.description()
    values = ["" if _is_empty(v) else str(v).strip() for v in _flat(value)]
    short = len(values) % width
    if short and not any(values[-short:]):
        values = values[:-short]  # an empty row, as QGIS passes an empty matrix
    if len(values) % width:
        return [], tr(
            "'{label}' has {n} values, which do not fill whole rows of {width} ({headers}): "
            "row {row} has only {k}. Fill in every field of each row."
        ).format(
            label=label,
            n=len(values),
            width=width,
            headers=", ".join(headers),
            row=len(values) // width + 1,
            k=len(values) % width,
        )
    required = int((definition.metadata() or {}).get(REQUIRED_COLUMNS, width))
    rows = []
    for number, start in enumerate(range(0, len(values), width), start=1):
        row = values[start : start + width]
        if not any(row):
            continue
        lacking = [f"'{headers[j]}'" for j in range(min(required, width)) if not row[j]]
        if lacking:
            return [], tr(
                "Row {row} of '{label}' has no {lacking}: each row needs {needed}."
            ).format(
                row=number,
                label=label,
                lacking=", ".join(lacking),
                needed=", ".join(f"'{h}'" for h in headers[:required]),
            )
        rows.append(row)
    return rows, None


# --- other values ---------------------------------------------------------------------------
def _describe(value) -> str:
    if isinstance(value, QgsMapLayer):
        return value.name()
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    text = str(value)
    return text if len(text) <= 120 else f"{text[:117]}…"


def other_problem(definition, value, context) -> Optional[str]:
    """The message for a value QGIS does not accept (None when it does, and for outputs, whose
    messages QGIS writes well)."""
    if definition.isDestination() or definition.checkValueIsAcceptable(value, context):
        return None
    label = definition.description()
    if _is_empty(value):
        return tr("Choose a value for '{label}'.").format(label=label)
    if isinstance(definition, _INPUTS):
        return tr(
            "'{label}': '{value}' is not a layer or file that can be read. Choose an existing "
            "layer or file."
        ).format(label=label, value=_describe(value))
    if isinstance(definition, QgsProcessingParameterEnum):
        return tr("'{label}' has no choice '{value}'; the choices are: {options}.").format(
            label=label,
            value=_describe(value),
            options="; ".join(f"{i} {o}" for i, o in enumerate(definition.options())),
        )
    return tr("'{label}' cannot be '{value}'.").format(label=label, value=_describe(value))
