"""Parameters that the tenure and planning tools share, declared and read the same way in each
tool (same names, so models and scripts can reuse them).

- the area layer with dwellings by tenure: its code field and the count fields (empty: the
  fields of 'Tenure mix per area', ``dwellings_hyresratt`` …, else SCB's names ``hyresrätt`` …
  as 'Join statistics to areas' writes them);
- the layer of planned projects (points or polygons) and its fields, with the bundled
  sample's names as defaults (``projekt_id``, ``hyresratt``, ``bostadsratt``, ``aganderatt``,
  ``startar``, ``markagare``, ``status``);
- the year up to which projects count, and the statuses that count.

The area layer, the year, the area type field and the advanced flag come from
:mod:`..parameters`, shared with the other subjects.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.common.geometries import present
from ...core.planning.tenure_mix import SCB_COLUMNS, TENURES, UNKNOWN
from ...i18n import format_number, tr
from .. import compat
from ..frames import read_source
from ..parameters import AREAS, advanced, area_layer_parameter, optional_int, year_parameter

AREA_KEY = "AREA_KEY"
# count field parameter per tenure: HYRESRATT, BOSTADSRATT, AGANDERATT, UNKNOWN
AREA_COUNTS = {t: t.upper() for t in (*TENURES, UNKNOWN)}
PROJECTS, PROJECT_ID = "PROJECTS", "PROJECT_ID"
# parameter and default field (the sample's) per project field: PLANNED_HYRESRATT, hyresratt …
PROJECT_FIELDS = {
    **{t: (f"PLANNED_{t.upper()}", t) for t in TENURES},
    "start_year": ("START_YEAR", "startar"),
    "land_owner": ("LAND_OWNER", "markagare"),
    "status": ("STATUS", "status"),
}
UP_TO_YEAR, STATUSES = "UP_TO_YEAR", "STATUSES"


def _field(name, label, parent, default=None, numeric=False, optional=True):
    return QgsProcessingParameterField(
        name,
        label,
        defaultValue=default,
        parentLayerParameterName=parent,
        type=compat.FIELD_NUMERIC if numeric else compat.FIELD_ANY,
        optional=optional,
    )


def add_area_parameters(algorithm, label: str, optional: bool = False):
    """The area layer with dwellings by tenure, its code field and the count fields."""
    algorithm.addParameter(area_layer_parameter(label, optional=optional))
    algorithm.addParameter(
        _field(AREA_KEY, tr("Area code field (empty: found from the field names)"), AREAS)
    )
    add_count_parameters(algorithm, AREAS, count_labels())


def count_labels() -> dict:
    return {
        "hyresratt": tr("Dwellings in hyresrätt (if missing: dwellings_hyresratt)"),
        "bostadsratt": tr("Dwellings in bostadsrätt (if missing: dwellings_bostadsratt)"),
        "aganderatt": tr("Dwellings in äganderätt (if missing: dwellings_aganderatt)"),
        "unknown": tr("Dwellings with unknown tenure (if missing: dwellings_unknown)"),
    }


def add_count_parameters(algorithm, parent: str, labels: dict, is_advanced: bool = True):
    """The four count fields of ``parent`` (defaults: SCB's names; when a default is missing
    in the layer, the fields of 'Tenure mix per area' are used)."""
    for tenure, name in AREA_COUNTS.items():
        param = _field(name, labels[tenure], parent, SCB_COLUMNS[tenure])
        algorithm.addParameter(advanced(param) if is_advanced else param)


def area_key(algorithm, parameters, context, frame, name: str = AREA_KEY) -> str:
    """The chosen code field, else the field that holds area codes."""
    from ...core.common.errors import InputError
    from ...core.statistics.join import guess_area_code_field

    key = algorithm.parameterAsString(parameters, name, context)
    if key:
        if key not in frame.columns:
            raise InputError(tr("The area layer has no field {}.").format(key))
        return key
    key = guess_area_code_field(frame)
    if not key:
        raise InputError(
            tr("No field of the area layer holds area codes; choose the area code field.")
        )
    return key


def area_count_fields(algorithm, parameters, context, columns) -> dict:
    """Count field per tenure (and ``unknown``, possibly None) of the area layer."""
    from ...core.common.errors import InputError

    chosen = {}
    for tenure, name in AREA_COUNTS.items():
        value = algorithm.parameterAsString(parameters, name, context)
        if value == SCB_COLUMNS[tenure] and value not in columns:
            value = ""  # the default: look for the fields of 'Tenure mix per area' too
        if value:
            if value not in columns:
                raise InputError(tr("The area layer has no field {}.").format(value))
            chosen[tenure] = value
            continue
        found = next(
            (c for c in (f"dwellings_{tenure}", SCB_COLUMNS[tenure]) if c in columns), None
        )
        if found is None and tenure != UNKNOWN:
            raise InputError(
                tr(
                    "The area layer has no field with the dwellings in {tenure} (looked for "
                    "dwellings_{id} and {tenure}). Run 'Tenure mix per area' or 'Join statistics "
                    "to areas' with SCB's table of dwellings by tenure first, or choose the field."
                ).format(tenure=SCB_COLUMNS[tenure], id=tenure)
            )
        chosen[tenure] = found
    return chosen


def read_area_mix(algorithm, parameters, context, feedback, label=None):
    """(area frame with the tenure mix, code field, source) of the area parameters."""
    # an area without a polygon keeps its dwellings in the mix (core leaves it out where the
    # polygon is needed)
    options = {"label": label} if label else {}
    source, frame = read_source(
        algorithm, parameters, AREAS, context, feedback, allow_missing_geometry=True, **options
    )
    frame = frame.reset_index(drop=True)
    key = area_key(algorithm, parameters, context, frame)
    counts = area_count_fields(algorithm, parameters, context, frame.columns)
    return tenure_mix_of(frame, counts, key, feedback), key, source


def tenure_mix_of(frame, counts: dict, key: str, feedback):
    """:func:`core.tenure_mix.tenure_mix` with the count fields of :func:`area_count_fields`,
    and a log line naming them."""
    from ...core.planning import tenure_mix as tm

    feedback.pushInfo(
        tr("Dwellings by tenure from the fields {}.").format(
            ", ".join(c for c in counts.values() if c)
        )
    )
    return tm.tenure_mix(
        frame,
        hyresratt=counts["hyresratt"],
        bostadsratt=counts["bostadsratt"],
        aganderatt=counts["aganderatt"],
        unknown=counts["unknown"],
        key=key,
    )


def add_project_parameters(algorithm, optional: bool = False):
    """The project layer (points or polygons) and its fields."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            PROJECTS,
            tr("Planned housing projects (points or polygons)"),
            [compat.VECTOR_POINT, compat.VECTOR_POLYGON],
            optional=optional,
        )
    )
    labels = {
        "hyresratt": tr("Planned hyresrätt (dwellings)"),
        "bostadsratt": tr("Planned bostadsrätt (dwellings)"),
        "aganderatt": tr("Planned äganderätt (dwellings)"),
        "start_year": tr("Start year"),
        "land_owner": tr("Land owner (kommun or private)"),
        "status": tr("Planning status"),
    }
    algorithm.addParameter(
        _field(PROJECT_ID, tr("Project id or name"), PROJECTS, default="projekt_id")
    )
    for key, (name, default) in PROJECT_FIELDS.items():
        numeric = key in TENURES
        algorithm.addParameter(_field(name, labels[key], PROJECTS, default, numeric=numeric))


def add_selection_parameters(algorithm):
    """The year up to which projects count and the statuses that count."""
    algorithm.addParameter(
        year_parameter(UP_TO_YEAR, tr("Count projects starting up to the year (empty: all)"))
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            STATUSES,
            tr(
                "Count only projects with the status (several separated by ';', e.g. "
                "detaljplan antagen; byggstart; empty: all)"
            ),
            optional=True,
        )
    )


def selection(algorithm, parameters, context):
    """(up to year or None, statuses or None) of the selection parameters."""
    year = optional_int(algorithm, parameters, UP_TO_YEAR, context)
    text = algorithm.parameterAsString(parameters, STATUSES, context)
    statuses = [s.strip() for s in text.replace(",", ";").split(";") if s.strip()]
    return year, statuses or None


def read_projects(algorithm, parameters, context, feedback):
    """(project frame, ProjectColumns, source) of the project parameters; optional fields
    that are left at the sample's default and missing in the layer are not used (a log line
    says so). Returns ``(None, None, None)`` when no project layer is given."""
    from ...core.common.errors import InputError
    from ...core.planning.planned_housing import ProjectColumns

    # a project without geometry stays: core lists it as in no area
    source, frame = read_source(
        algorithm, parameters, PROJECTS, context, feedback, allow_missing_geometry=True
    )
    if source is None:
        return None, None, None
    names = {}
    for key, (name, default) in [
        ("project_id", (PROJECT_ID, "projekt_id")),
        *PROJECT_FIELDS.items(),
    ]:
        value = algorithm.parameterAsString(parameters, name, context) or None
        if value is not None and value not in frame.columns:
            if value == default and key in ("project_id", "start_year", "land_owner", "status"):
                feedback.pushInfo(
                    tr("The project layer has no field {}; {} is not used.").format(value, key)
                )
                value = None
            else:
                raise InputError(
                    tr("The project layer has no field {} (its fields: {}).").format(
                        value, ", ".join(c for c in frame.columns if c != "geometry")
                    )
                )
        if value is None and key in TENURES:
            raise InputError(
                tr(
                    "Choose the field of the project layer with the planned dwellings in {}."
                ).format(SCB_COLUMNS[key])
            )
        names[key] = value
    return frame, ProjectColumns(**names), source


def add_fields(base, extra, feedback=None):
    """``base`` with the columns of ``extra`` (same index) added; a name ``base`` already has
    gets ``_2`` (and a warning), so the user's fields are never overwritten."""
    out = base.copy()
    for col in extra.columns:
        name, k = col, 2
        while name in out.columns:
            name, k = f"{col}_{k}", k + 1
        if name != col and feedback is not None:
            feedback.pushWarning(
                tr("The layer already has a field {}; the new one is called {}.").format(col, name)
            )
        out[name] = extra[col].to_numpy()
    return out


def empty_input(frame, kind: str, source=None, geometry: bool = True):
    """Why ``frame`` (the layer ``source`` of the ``kind`` "area layer"…, read with
    :func:`source_to_frame`) gives nothing to work with, or None: no features at all (an empty
    layer, selection or filter), or (with ``geometry``) no feature with a geometry."""
    name = source.sourceName() if hasattr(source, "sourceName") else ""
    label = f"{kind} '{name}'" if name else kind
    if len(frame) == 0:
        return tr(
            "The {} has no features (an empty layer, or a selection or filter that matches "
            "nothing)."
        ).format(label)
    spatial = geometry and getattr(frame, "_geometry_column_name", None) in frame.columns
    if spatial and not any(present(frame.geometry)):
        return tr("None of the {n} features of the {label} has a geometry.").format(
            n=len(frame), label=label
        )
    return None


def warn_if_empty(feedback, frame, kind, source, consequence: str, geometry=True) -> bool:
    """Warn with :func:`empty_input` and what follows (``consequence``); True when empty."""
    why = empty_input(frame, kind, source, geometry)
    if why:
        feedback.pushWarning(f"{why} {consequence}")
    return why is not None


# The minimum and maximum share (%) of each tenure in a project ('Tenure split proposal').
# The minimum of hyresrätt is MIN_RENTAL, the parameter the tool has always had (shown); the
# others are advanced. Defaults 0 and 100 set no limit.
SHARE_LIMITS = {
    ("min", "hyresratt"): "MIN_RENTAL",
    ("min", "bostadsratt"): "MIN_BOSTADSRATT",
    ("min", "aganderatt"): "MIN_AGANDERATT",
    ("max", "hyresratt"): "MAX_HYRESRATT",
    ("max", "bostadsratt"): "MAX_BOSTADSRATT",
    ("max", "aganderatt"): "MAX_AGANDERATT",
}


def share_limit_parameter(kind: str, tenure: str):
    """The parameter of the minimum (``kind`` "min") or maximum share of ``tenure``."""
    label = (
        tr("Minimum share of {} in the project (%)")
        if kind == "min"
        else tr("Maximum share of {} in the project (%)")
    ).format(SCB_COLUMNS[tenure])
    param = QgsProcessingParameterNumber(
        SHARE_LIMITS[(kind, tenure)],
        label,
        compat.NUMBER_DOUBLE,
        defaultValue=0.0 if kind == "min" else 100.0,
        minValue=0.0,
        maxValue=100.0,
    )
    return param if (kind, tenure) == ("min", "hyresratt") else advanced(param)


def share_value(algorithm, parameters, name: str, context):
    """A share parameter's value, or None when it is left empty."""
    if parameters.get(name) in (None, ""):
        return None
    return algorithm.parameterAsDouble(parameters, name, context)


def share_limits(algorithm, parameters, context):
    """``(minimum shares, maximum shares)`` by tenure: only the limits that limit (a minimum
    above 0, a maximum below 100), or None."""
    limits = {"min": {}, "max": {}}
    for (kind, tenure), name in SHARE_LIMITS.items():
        value = share_value(algorithm, parameters, name, context)
        if value is not None and (value > 0 if kind == "min" else value < 100):
            limits[kind][tenure] = value
    return limits["min"] or None, limits["max"] or None


def share_limit_problem(algorithm, parameters, context, allowed) -> str:
    """Why the minimum and maximum shares cannot all hold for any project (naming the
    parameters and values), or an empty string: min ≤ max for each tenure, the minimums at
    most 100 % together and the maximums of the ``allowed`` tenures at least 100 % together
    (sums rounded to 6 decimals). A minimum for a tenure that is not allowed is named by
    core, for each project, in dwellings."""
    value = {k: share_value(algorithm, parameters, n, context) for k, n in SHARE_LIMITS.items()}
    low = {t: value[("min", t)] or 0.0 for t in TENURES}
    high = {t: 100.0 if value[("max", t)] is None else value[("max", t)] for t in TENURES}
    name = SHARE_LIMITS
    for t in TENURES:
        if low[t] > high[t]:
            return tr(
                "The minimum share of {tenure} ({min_name} = {low} %) is above its maximum "
                "({max_name} = {high} %). Lower the minimum or raise the maximum."
            ).format(
                tenure=SCB_COLUMNS[t],
                min_name=name[("min", t)],
                low=format_number(low[t], None),
                max_name=name[("max", t)],
                high=format_number(high[t], None),
            )
    total = round(sum(low.values()), 6)
    if total > 100:
        return tr(
            "The minimum shares add up to {total} % ({parts}), more than 100 %: no project "
            "can meet them all. Lower a minimum share."
        ).format(
            total=format_number(total, None),
            parts=", ".join(
                f"{name[('min', t)]} = {format_number(low[t], None)} %" for t in TENURES if low[t]
            ),
        )
    total = round(sum(high[t] for t in allowed), 6)
    if total < 100:
        return tr(
            "The maximum shares of the tenures that may be used add up to only {total} % "
            "({parts}), less than 100 %: no project can be split within them. Raise a maximum "
            "share or allow another tenure."
        ).format(
            total=format_number(total, None),
            parts=", ".join(
                f"{name[('max', t)]} = {format_number(high[t], None)} %" for t in allowed
            ),
        )
    return ""
