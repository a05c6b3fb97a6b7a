"""segregation:tenuresplit — the split of a project (or of every project on kommun land in
chosen areas) that brings the area's tenure mix closest to a target."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.common.area_type_codes import parse_area_types, parse_type_list
from ...core.common.errors import InputError
from ...core.planning.tenure_mix import TENURE_NAMES
from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import log_reprojection, require_overlap, source_name
from ..messages import core_error_text
from ..parameters import advanced, type_field_parameter
from . import params as pp

TARGET_FIELDS = {t: f"TARGET_{t.upper()}" for t in pp.TENURES}  # TARGET_HYRESRATT …


class TenureSplit(SegregationAlgorithm):
    ALG_ID = "tenuresplit"
    DISPLAY_NAME = "Tenure split proposal"
    ORDER = 30
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely")
    SHORT_DESCRIPTION = (
        "The split of a project into hyresrätt, bostadsrätt and äganderätt that brings its area "
        "closest to the kommun's mix (or your target)."
    )
    TAGS = ("upplåtelseform", "tenure", "split", "fördelning", "markanvisning", "hyresrätt")
    HELP = (
        "For a planned project of N dwellings, proposes the whole-number split into hyresrätt, "
        "bostadsrätt and äganderätt that brings the area's mix after the project (today's "
        "dwellings, the other counted projects in the area and this project) closest to a "
        "target: the <b>kommun's mix</b> (the sum of the kommun's areas), or shares you enter "
        "(they must add up to 100 %, give or take 0.5 percentage points for rounding, and are "
        "then scaled to exactly 100). 'Closest' is the smallest distance between the shares and the target, in percentage "
        "points (√ of the sum of the squared differences); the proposal is the exact best "
        "split.<br>"
        "<b>Constraints</b>: the kommun can decide the tenure only on its own land, so on "
        "private land the developer's split is kept and shown (untick to explore it anyway); a "
        "minimum rental share agreed with a builder (and, under Advanced parameters, a minimum "
        "and a maximum share of each tenure); the tenures that may be used. Constraints "
        "that cannot all hold stop the tool with a message that names them.<br>"
        "Give a project id for one project, or leave it empty to get a proposal for every "
        "counted project on kommun land in the chosen areas (codes or the start of codes, e.g. "
        "9901 for a whole kommun, and/or area types, e.g. 1, 2).<br>"
        "The table shows, per project, the area's mix before the project, after it as planned "
        "and after the proposed split, with the distance to the target; the optional project "
        "layer has one row per project with the planned and the proposed split."
    )

    PROJECT, AREA_CODES, TYPE_FIELD, AREA_TYPES = (
        "PROJECT",
        "AREA_CODES",
        "TYPE_FIELD",
        "AREA_TYPES",
    )
    TARGET, MIN_RENTAL, ALLOWED, PRIVATE_KEEPS, KOMMUN_VALUES = (
        "TARGET",
        "MIN_RENTAL",
        "ALLOWED",
        "PRIVATE_KEEPS",
        "KOMMUN_VALUES",
    )
    OUTPUT, SPLITS = "OUTPUT", "SPLITS"

    def initAlgorithm(self, config=None):
        pp.add_project_parameters(self)
        pp.add_area_parameters(self, tr("Areas with dwellings by tenure"))
        self.addParameter(
            QgsProcessingParameterString(
                self.PROJECT,
                tr("Project id (empty: every project on kommun land in the areas below)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.AREA_CODES,
                tr("In the areas with the codes (or the start of codes, e.g. 9901; empty: all)"),
                optional=True,
            )
        )
        self.addParameter(type_field_parameter(self.TYPE_FIELD))
        self.addParameter(
            QgsProcessingParameterString(
                self.AREA_TYPES,
                tr("And of the area types (e.g. 1, 2 or 1-2; empty: all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TARGET,
                tr("Target mix"),
                options=[tr("the kommun's mix"), tr("the shares below")],
                defaultValue=0,
            )
        )
        labels = {
            "hyresratt": tr("Target share of hyresrätt (%)"),
            "bostadsratt": tr("Target share of bostadsrätt (%)"),
            "aganderatt": tr("Target share of äganderätt (%)"),
        }
        for tenure, name in TARGET_FIELDS.items():
            self.addParameter(
                QgsProcessingParameterNumber(
                    name,
                    labels[tenure],
                    compat.NUMBER_DOUBLE,
                    optional=True,
                    minValue=0.0,
                    maxValue=100.0,
                )
            )
        self.addParameter(pp.share_limit_parameter("min", "hyresratt"))  # MIN_RENTAL
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ALLOWED,
                tr("Tenures that may be used"),
                options=[TENURE_NAMES[t] for t in pp.TENURES],  # chosen by position
                allowMultiple=True,
                defaultValue=list(range(len(pp.TENURES))),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PRIVATE_KEEPS,
                tr("On private land keep the developer's split"),
                defaultValue=True,
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterString(
                    self.KOMMUN_VALUES,
                    tr("Land-owner values that mean the kommun's land (separated by ';')"),
                    defaultValue="kommun; kommunen; kommunal; kommunägd; municipal",
                )
            )
        )
        for kind, tenure in pp.SHARE_LIMITS:  # the others: advanced
            if (kind, tenure) != ("min", "hyresratt"):
                self.addParameter(pp.share_limit_parameter(kind, tenure))
        pp.add_selection_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                tr("Split proposal (the area's mix before, as planned, proposed)"),
                compat.VECTOR,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SPLITS,
                tr("Projects with the proposed split"),
                compat.VECTOR_ANY_GEOMETRY,
                optional=True,
                createByDefault=False,
            )
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        """Shares outside 0–100 % and minimum/maximum shares that cannot all hold are named
        here, with the parameter and its value (QGIS alone says only 'Incorrect parameter
        value')."""
        for name in [*TARGET_FIELDS.values(), *pp.SHARE_LIMITS.values()]:
            value = pp.share_value(self, parameters, name, context)
            if value is not None and not 0.0 <= value <= 100.0:
                label = self.parameterDefinition(name).description()
                return False, tr(
                    "{label} ({name}) is {value}; a share must be between 0 and 100 %."
                ).format(label=label, name=name, value=format_number(value, None))
        chosen = self.parameterAsEnums(parameters, self.ALLOWED, context)
        allowed = [pp.TENURES[i] for i in chosen if 0 <= i < len(pp.TENURES)] or list(pp.TENURES)
        problem = pp.share_limit_problem(self, parameters, context, allowed)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def _constraints(self, parameters, context):
        target = None
        if self.parameterAsEnum(parameters, self.TARGET, context) == 1:
            target = {}
            for tenure, name in TARGET_FIELDS.items():
                if parameters.get(name) in (None, ""):
                    raise InputError(
                        tr("Enter the target shares of all three tenures (they add up to 100 %).")
                    )
                target[tenure] = self.parameterAsDouble(parameters, name, context)
        minimum, maximum = pp.share_limits(self, parameters, context)
        chosen = self.parameterAsEnums(parameters, self.ALLOWED, context)
        if not chosen:
            raise InputError(tr("Allow at least one tenure."))
        allowed = [pp.TENURES[i] for i in chosen]
        values = [
            v.strip()
            for v in self.parameterAsString(parameters, self.KOMMUN_VALUES, context).split(";")
            if v.strip()
        ]
        return target, minimum, maximum, allowed, values

    def _areas_chosen(self, parameters, context, mix, key):
        """Codes of the areas in the chosen set (codes or prefixes, and area types)."""
        keys = mix[key].astype(str)
        chosen = keys.notna()
        text = self.parameterAsString(parameters, self.AREA_CODES, context)
        prefixes = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        if prefixes:
            chosen &= keys.map(lambda k: any(k.startswith(p) for p in prefixes))
        types = parse_type_list(self.parameterAsString(parameters, self.AREA_TYPES, context))
        if types:
            field = self.parameterAsString(parameters, self.TYPE_FIELD, context)
            if not field or field not in mix.columns:
                raise InputError(
                    tr(
                        "The area layer has no field {} with the area types: run 'Area types' "
                        "first, or choose the field, or leave the area types empty."
                    ).format(field or "area_type")
                )
            chosen &= parse_area_types(mix[field], field, codes=mix[key]).isin(types)
        return set(keys[chosen])

    def process(self, parameters, context, feedback):
        from ...core.planning import planned_housing as ph
        from ...core.planning import project_splits as ps
        from ...core.planning.tenure_split import ConstraintConflict, is_kommun_land

        progress = self.progress(feedback)
        frame, columns, source = pp.read_projects(self, parameters, context, feedback)
        if frame is None:
            raise InputError(tr("Choose the layer of planned housing projects."))
        frame = frame.reset_index(drop=True)
        mix, key, areas_source = pp.read_area_mix(self, parameters, context, feedback)
        for layer, kind, layer_source, consequence in (
            (frame, tr("project layer"), source, tr("There is no project to split.")),
            (
                mix,
                tr("area layer"),
                areas_source,
                tr("A split needs the mix of the area a project lies in."),
            ),
        ):
            why = pp.empty_input(layer, kind, layer_source)
            if why:
                raise InputError(f"{why} {consequence}")
        log_reprojection(feedback, frame, mix)
        require_overlap(
            frame,
            tr("project layer '{}'").format(source_name(source, parameters.get(pp.PROJECTS))),
            mix,
            tr("area layer '{}'").format(source_name(areas_source, parameters.get(pp.AREAS))),
        )
        year, statuses = pp.selection(self, parameters, context)
        target, minimum, maximum, allowed, kommun_values = self._constraints(parameters, context)
        std = ph.read_projects(frame, columns)
        assignment = ph.assign_projects(std, mix, key, progress=progress.sub(0, 40))
        assigned = assignment.assigned
        one = self.parameterAsString(parameters, self.PROJECT, context).strip()
        keep = self.parameterAsBool(parameters, self.PRIVATE_KEEPS, context)
        common = dict(
            target=target,
            up_to_year=year,
            statuses=statuses,
            min_shares=minimum,
            max_shares=maximum,
            allowed=allowed,
            kommun_values=kommun_values,
        )
        if one:
            if one not in set(std["project_id"]):
                raise InputError(tr("There is no project {} in the project layer.").format(one))
            if one in set(assignment.unassigned["project_id"]):
                reason = assignment.unassigned.set_index("project_id").loc[one, "reason"]
                raise InputError(tr("Project {} {}; no split can be proposed.").format(one, reason))
            proposal = ps.propose_split_for_project(
                one, assigned, mix, key, kommun_land=None if keep else True, **common
            )
            results = [(one, proposal)]
        else:
            chosen = self._areas_chosen(parameters, context, mix, key)
            main = assigned.sort_values("fraction", ascending=False).drop_duplicates("project_id")
            main = main[main["area"].isin(chosen)]
            selected, _ = ph.select_projects(main, year, statuses)
            if selected.empty:
                raise InputError(
                    tr(
                        "No counted project lies in the chosen areas ({n} of {total} projects "
                        "lie in an area; {outside} in none). Choose other areas, a later year "
                        "or other statuses."
                    ).format(
                        n=main["project_id"].nunique(),
                        total=len(std),
                        outside=len(assignment.unassigned),
                    )
                )
            on_kommun_land = selected[
                selected["land_owner"].map(lambda v: is_kommun_land(v, kommun_values))
            ]
            if on_kommun_land.empty:
                raise InputError(
                    tr(
                        "No counted project on kommun land lies in the chosen areas ({n} counted "
                        "projects there, all on other land). Choose other areas or a project id."
                    ).format(n=len(selected))
                )
            results = ps.split_proposals(
                assigned,
                mix,
                key,
                list(on_kommun_land["project_id"]),
                kommun_land=True,
                progress=progress.sub(40, 90),
                **common,
            )
            failed = [(pid, p) for pid, p in results if isinstance(p, Exception)]
            if len(failed) == len(results):
                pid, error = failed[0]
                raise InputError(tr("Project {}: {}").format(pid, core_error_text(error)))
            for pid, error in failed:
                kind = tr("constraints") if isinstance(error, ConstraintConflict) else tr("input")
                text = core_error_text(error)
                feedback.pushWarning(tr("Project {} ({}): {}").format(pid, kind, text))
        states = ps.states_table(results)
        summary = ps.summary_table(results)
        self._log(feedback, results)
        progress.check()
        self.writer.add_frame(
            self.OUTPUT,
            states,
            wkb_type=compat.WKB_NO_GEOMETRY,
            title=self.titled(tr("Tenure split proposal"), parameters, context),
        )
        if parameters.get(self.SPLITS):
            position = {pid: i for i, pid in enumerate(std["project_id"])}
            base = frame.iloc[summary["project_id"].map(position).to_numpy()]
            layer = pp.add_fields(base.reset_index(drop=True), summary, feedback)
            self.writer.add_frame(
                self.SPLITS,
                layer,
                crs=source.sourceCrs(),
                title=self.titled(tr("Projects with their split"), parameters, context),
            )
        progress.set(100)
        return {}

    @staticmethod
    def _log(feedback, results):
        for pid, p in results:
            if isinstance(p, Exception):
                continue
            feedback.pushInfo(
                tr("{pid} in {area} ({n} dwellings): {reason}").format(
                    pid=pid, area=p.area, n=p.n, reason=p.reason
                )
            )
            if not p.kommun_land:
                continue
            feedback.pushInfo(
                tr(
                    "  distance to the target ({source}): before {b}, as planned {a}, "
                    "proposed {c} percentage points"
                ).format(
                    source=p.target_source,
                    b=format_number(p.distance_before, 1),
                    a=format_number(p.distance_planned, 1),
                    c=format_number(p.distance_proposed, 1),
                )
            )
