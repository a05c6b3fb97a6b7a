"""segregation:plannedhousing — planned projects put into areas, the projected tenure mix up
to a year, and flags for projects that make an area (more) one-sided."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..messages import translate_core_message
from . import params as pp

POLYGON_RULES = ["largest", "split"]
RED_FLAGS = ("reinforces", "makes_one_sided")


class PlannedHousing(SegregationAlgorithm):
    ALG_ID = "plannedhousing"
    DISPLAY_NAME = "Planned housing and projected tenure mix"
    ORDER = 20
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely")
    SHORT_DESCRIPTION = (
        "What the planned projects do to each area's tenure mix, with a flag where a project "
        "makes an area more one-sided."
    )
    TAGS = ("bostadsbyggande", "planned housing", "upplåtelseform", "tenure", "flag", "prognos")
    HELP = (
        "Adds the planned housing projects (points or polygons with the planned dwellings in "
        "hyresrätt, bostadsrätt and äganderätt, start year, land owner and status) to the areas "
        "they lie in and shows what they do to the tenure mix:<ul>"
        "<li>a point goes to the area it lies in; a polygon goes whole to the area it overlaps "
        "most, or is shared out over the areas it overlaps;</li>"
        "<li>only projects that start up to the chosen year (and have one of the chosen "
        "statuses) are counted;</li>"
        "<li>the <b>projected mix</b> of each area is today's dwellings plus the counted "
        "projects;</li>"
        "<li>a project is <b>flagged</b> (red) when the area is one-sided before it (one tenure "
        "is at least 70 % of the dwellings) and the project raises that share, or when the "
        "project makes the area one-sided. 'Before' is today's dwellings plus the projects in "
        "the area that start in an earlier year. A project that lowers the share of a one-sided "
        "area is marked as balancing (green). The field flag_reason says why, in words.</li></ul>"
        "Projects outside every area are not dropped: they are listed in the log and kept in the "
        "output with the reason in the field note.<br>"
        "The areas need the dwellings by tenure: the output of 'Tenure mix per area', or DeSO with "
        "SCB's table joined (fields hyresrätt, bostadsrätt, äganderätt). The field names of the "
        "project layer default to those of the sample (projekt_id, hyresratt, bostadsratt, "
        "aganderatt, startar, markagare, status)."
    )

    POLYGONS, THRESHOLD, OUTPUT, PROJECTED = "POLYGONS", "THRESHOLD", "OUTPUT", "PROJECTED"

    def initAlgorithm(self, config=None):
        pp.add_project_parameters(self)
        pp.add_area_parameters(self, tr("Areas with dwellings by tenure"))
        pp.add_selection_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.POLYGONS,
                tr("A polygon project goes"),
                options=[
                    tr("whole to the area it overlaps most"),
                    tr("to every area it overlaps, in proportion to the overlap"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                tr("One-sided from a dominant share of (%)"),
                compat.NUMBER_DOUBLE,
                defaultValue=70.0,
                minValue=34.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Projects with flags"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.PROJECTED, tr("Areas with the projected mix"), compat.VECTOR_POLYGON
            )
        )

    def process(self, parameters, context, feedback):
        from ...core.common.errors import InputError
        from ...core.planning import housing_projection as hp
        from ...core.planning import planned_housing as ph
        from ...core.planning import tenure_levels as tl

        progress = self.progress(feedback)
        frame, columns, source = pp.read_projects(self, parameters, context, feedback)
        if frame is None:
            raise InputError(tr("Choose the layer of planned housing projects."))
        frame = frame.reset_index(drop=True)
        mix, key, areas_source = pp.read_area_mix(self, parameters, context, feedback)
        year, statuses = pp.selection(self, parameters, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        pp.warn_if_empty(
            feedback,
            frame,
            tr("project layer"),
            source,
            tr("No project is counted: the projected mix is today's mix."),
        )
        pp.warn_if_empty(
            feedback,
            mix,
            tr("area layer"),
            areas_source,
            tr("No project can be put into an area."),
        )
        std = ph.read_projects(frame, columns)
        rule = POLYGON_RULES[self.parameterAsEnum(parameters, self.POLYGONS, context)]
        assignment = ph.assign_projects(std, mix, key, polygons=rule, progress=progress.sub(0, 60))
        for note in assignment.notes:
            feedback.pushInfo(translate_core_message(note))
        progress.check()
        flags = hp.flag_projects(mix, assignment.assigned, key, year, statuses, threshold)
        projected = hp.projected_mix(mix, assignment.assigned, key, year, statuses)
        projected = tl.mark_one_sided(
            tl.mark_one_sided(projected, threshold), threshold, "projected_"
        )
        red = flags[flags["flag"].isin(RED_FLAGS)].groupby("area")["project_id"].nunique()
        projected["flagged_projects"] = (
            projected[key].astype(str).map(red).fillna(0).astype("int64").to_numpy()
        )
        projects = self._project_rows(frame, std, assignment, flags, year, statuses, feedback)
        self._log(feedback, std, assignment, flags, year, statuses)
        progress.set(90)
        progress.check()
        self.writer.add_frame(
            self.OUTPUT,
            projects,
            crs=source.sourceCrs(),
            style="planned_projects",
            title=self.titled(tr("Planned projects with flags"), parameters, context),
        )
        self.writer.add_frame(
            self.PROJECTED,
            projected,
            crs=areas_source.sourceCrs(),
            style="tenure_mix",
            title=self.titled(tr("Projected tenure mix"), parameters, context),
            prefix="projected_",
            threshold=threshold,
        )
        progress.set(100)
        return {}

    @staticmethod
    def _project_rows(frame, std, assignment, flags, year, statuses, feedback):
        """One row per project (per part of a shared-out polygon), with the user's fields."""
        import pandas as pd

        from ...core.planning.housing_projection import FLAG_COLUMNS
        from ...core.planning.planned_housing import PLANNED_FIELDS, select_projects

        assigned = assignment.assigned
        selected, left = select_projects(assigned, year, statuses)
        parts = assigned[["project_id", "area", "assigned_by", "fraction", *PLANNED_FIELDS]].copy()
        parts["planned_total"] = assigned["planned_total"]
        parts["counted"] = assigned.index.isin(selected.index)
        outside = std.loc[
            std["project_id"].isin(assignment.unassigned["project_id"]),
            ["project_id", *PLANNED_FIELDS, "planned_total"],
        ].assign(counted=False)
        rows = pd.concat([parts, outside], ignore_index=True)
        judged = flags.drop(
            columns=["start_year", "status", "land_owner", *PLANNED_FIELDS, "planned_total"]
        )
        rows = rows.merge(judged, on=["project_id", "area"], how="left")
        reasons = dict(zip(assignment.unassigned["project_id"], assignment.unassigned["reason"]))
        reasons.update(dict(zip(left["project_id"], left["reason"])))
        rows["note"] = rows["project_id"].map(reasons)
        rows.loc[rows["counted"], "note"] = None
        rows["counted"] = rows["counted"].astype(bool)
        position = {pid: i for i, pid in enumerate(std["project_id"].reset_index(drop=True))}
        rows["_pos"] = rows["project_id"].map(position)
        rows = rows.sort_values(["_pos", "area"], kind="stable").reset_index(drop=True)
        base = frame.iloc[rows["_pos"].to_numpy()].reset_index(drop=True)
        if "fid" in base.columns and base["fid"].duplicated().any():
            base = base.drop(columns="fid")  # a project shared out over areas: parts repeat it
        judged_fields = [c for c in FLAG_COLUMNS if c.startswith(("before_", "after_"))]
        fields = ["area", "assigned_by", "fraction", *PLANNED_FIELDS, "planned_total", "counted"]
        fields += [*judged_fields, "flag", "flag_reason", "note"]
        return pp.add_fields(base, rows[fields], feedback)

    @staticmethod
    def _log(feedback, std, assignment, flags, year, statuses):
        n = len(std)
        outside = assignment.unassigned
        feedback.pushInfo(
            tr("{n} projects, {d} dwellings; {a} put into areas.").format(
                n=n,
                d=format_number(std["planned_total"].sum()),
                a=assignment.assigned["project_id"].nunique(),
            )
        )
        if len(outside):
            feedback.pushWarning(
                tr("{} projects are in no area and not counted: {}.").format(
                    len(outside),
                    "; ".join(
                        f"{p} ({r})" for p, r in zip(outside["project_id"], outside["reason"])
                    ),
                )
            )
        if year is not None or statuses:
            feedback.pushInfo(
                tr("Counted: {n} projects (start up to {year}; status {status}).").format(
                    n=flags["project_id"].nunique(),
                    year=year if year is not None else tr("any year"),
                    status="; ".join(statuses) if statuses else tr("any"),
                )
            )
        counts = flags["flag"].value_counts()
        feedback.pushInfo(
            tr(
                "Flags: {r} reinforce a one-sided mix, {m} make an area one-sided, {b} balance."
            ).format(
                r=counts.get("reinforces", 0),
                m=counts.get("makes_one_sided", 0),
                b=counts.get("balancing", 0),
            )
        )
        for row in flags[flags["flag"].isin(RED_FLAGS)].head(20).itertuples():
            feedback.pushWarning(f"{row.project_id}: {row.flag_reason}")
