"""segregation:planningoverlay — a planning table per plan polygon: residents by area type,
best public-transport class, current and projected tenure mix, planned dwellings."""

from __future__ import annotations

import contextlib

from qgis.core import (
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
from ..parameters import (
    POP_FIELD,
    POP_RASTER,
    TYPE_FIELD,
    population_field_parameter,
    population_raster_parameter,
    raster_path,
    read_type_field,
    type_field_parameter,
)
from . import params as pp


class PlanningOverlay(SegregationAlgorithm):
    ALG_ID = "planningoverlay"
    DISPLAY_NAME = "Planning table per plan area"
    ORDER = 40
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely", "rasterio")
    SHORT_DESCRIPTION = (
        "For each plan area (regional-plan node, översiktsplan area, detaljplan): residents by "
        "area type, best transit class, tenure mix today and after the projects."
    )
    TAGS = ("regionplan", "översiktsplan", "detaljplan", "planning", "overlay", "områdestyp")
    HELP = (
        "Overlays any polygon planning layer — regional-plan nodes and development areas, the "
        "översiktsplan's land use, detaljplan areas — with the areas (DeSO, RegSO) and what is "
        "known about them, into one table per plan area:<ul>"
        "<li><b>residents by area type</b> (1–5): each area's population is shared out over "
        "the parts of it that plan areas cover, in proportion to land area, or to the "
        "population grid when you give one;</li>"
        "<li>the <b>public-transport quality classes</b> A–F (from 'Public-transport quality "
        "classes'): the share of the plan area in each class and the best class reached;</li>"
        "<li>the <b>tenure mix</b> today and after the planned projects, shared out from the "
        "areas the same way (an estimate: dwellings are assumed spread like land area or "
        "population within an area);</li>"
        "<li>the <b>planned dwellings</b> by tenure of the projects inside the plan area;</li>"
        "<li>how many <b>rentals</b> would bring the plan area to its kommun's share of "
        "hyresrätt (rentals_to_kommun_share).</li>"
        "</ul>Each plan area gets its full result even where plan areas overlap (a node inside "
        "a development area). A plan area outside every area stays in the table with a note.<br>"
        "The tenure counts come from the area layer ('Tenure mix per area' or SCB's table "
        "joined); the projected mix from the projects given here, or from the fields "
        "projected_dwellings_* of 'Planned housing and projected tenure mix'. Every part is "
        "optional: leave out what you do not have."
    )

    PLANS, PLAN_KEY, QUALITY, CLASS_FIELD = "PLANS", "PLAN_KEY", "QUALITY", "CLASS_FIELD"
    OUTPUT, TABLE = "OUTPUT", "TABLE"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLANS,
                tr("Plan areas (regional-plan nodes, översiktsplan, detaljplan; polygons)"),
                [compat.VECTOR_POLYGON],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PLAN_KEY,
                tr("Plan area name or id (empty: feature numbers)"),
                parentLayerParameterName=self.PLANS,
                optional=True,
            )
        )
        pp.add_area_parameters(self, tr("Areas (DeSO, RegSO) with area type, population, tenure"))
        self.addParameter(type_field_parameter(TYPE_FIELD, pp.AREAS))
        self.addParameter(population_field_parameter(tr("Population field of the areas")))
        self.addParameter(
            population_raster_parameter(tr("Population grid (persons per cell; optional)"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.QUALITY,
                tr("Public-transport quality classes (polygons; optional)"),
                [compat.VECTOR_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CLASS_FIELD,
                tr("Quality class field (A–F)"),
                defaultValue="quality_class",
                parentLayerParameterName=self.QUALITY,
                optional=True,
            )
        )
        pp.add_project_parameters(self, optional=True)
        pp.add_selection_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Planning table (plan areas)"), compat.VECTOR_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TABLE,
                tr("Planning table (without geometry)"),
                compat.VECTOR,
                optional=True,
                createByDefault=False,
            )
        )

    def _tenure(self, parameters, context, feedback, areas, key, std, year, statuses):
        """Areas with current (and projected) counts; unchanged when they have no counts."""
        from ...core.planning import housing_projection as hp
        from ...core.planning import planned_housing as ph

        try:
            counts = pp.area_count_fields(self, parameters, context, areas.columns)
        except InputError:
            feedback.pushWarning(
                tr(
                    "The areas have no dwellings by tenure: the table has no tenure mix. Use the "
                    "output of 'Tenure mix per area' to get it."
                )
            )
            return areas
        mix = pp.tenure_mix_of(areas, counts, key, feedback)
        if std is not None:
            assignment = ph.assign_projects(std, mix, key)
            if len(assignment.unassigned):
                feedback.pushWarning(
                    tr("{} projects are in no area: {}.").format(
                        len(assignment.unassigned),
                        ", ".join(assignment.unassigned["project_id"].astype(str)),
                    )
                )
            projected = hp.projected_mix(mix, assignment.assigned, key, year, statuses)
            for col in projected.columns:
                if col.startswith("projected_dwellings_"):
                    mix[col] = projected[col].to_numpy()[: len(mix)]
        elif all(f"projected_dwellings_{t}" in areas.columns for t in pp.TENURES):
            feedback.pushInfo(tr("Projected mix from the areas' fields projected_dwellings_*."))
        return mix

    def _area_fields(self, parameters, context):
        """The fields of the area layer that the table uses (the code, area type and
        population fields, the dwellings by tenure, today's and projected), in the layer's
        order: the areas' other fields (the tenure mix tools add some forty) are not read.
        None (every field) when the code field is to be found from the values or a chosen
        field is not in the layer (its message then lists them all)."""
        from ...core.planning.tenure_mix import COUNT_FIELDS

        source = self.parameterAsSource(parameters, pp.AREAS, context)
        key = self.parameterAsString(parameters, pp.AREA_KEY, context)
        if source is None or not key:
            return None
        names = [f.name() for f in source.fields()]
        chosen = [key, self.parameterAsString(parameters, POP_FIELD, context)]
        if not all(name in names for name in chosen if name):
            return None
        chosen.append(self.parameterAsString(parameters, TYPE_FIELD, context))
        with contextlib.suppress(InputError):  # said once the areas are read (no tenure mix)
            chosen += pp.area_count_fields(self, parameters, context, names).values()
        chosen += [*COUNT_FIELDS, *(f"projected_{c}" for c in COUNT_FIELDS)]
        return [name for name in names if name in set(chosen)]

    def process(self, parameters, context, feedback):
        from ...core.planning import planned_housing as ph
        from ...core.planning import planning_overlay as po
        from ...core.planning.raster_fit import Caution
        from ...core.planning.rental_balance import rental_balance

        progress = self.progress(feedback)
        # plan areas and areas without geometry stay: core lists them
        plans_source, plans = read_source(
            self, parameters, self.PLANS, context, feedback, allow_missing_geometry=True
        )
        plans = plans.reset_index(drop=True)
        plan_key = self.parameterAsString(parameters, self.PLAN_KEY, context) or None
        areas_source, areas = read_source(
            self,
            parameters,
            pp.AREAS,
            context,
            feedback,
            allow_missing_geometry=True,
            fields=self._area_fields(parameters, context),
        )
        areas = areas.reset_index(drop=True)
        key = pp.area_key(self, parameters, context, areas)
        pp.warn_if_empty(
            feedback,
            plans,
            tr("plan layer"),
            plans_source,
            tr("No plan area can be compared with the areas."),
        )
        pp.warn_if_empty(
            feedback,
            areas,
            tr("area layer"),
            areas_source,
            tr("Every plan area lies outside the areas: no residents and no tenure mix."),
        )
        type_field = read_type_field(
            self,
            parameters,
            context,
            areas.columns,
            feedback,
            tr("the residents are not split by area type."),
        )
        population = self.parameterAsString(parameters, POP_FIELD, context) or None
        grid = raster_path(self, parameters, POP_RASTER, context)
        if not population and not grid:
            feedback.pushWarning(
                tr("No population field and no grid: the table has no residents by area type.")
            )
        frame, columns, projects_source = pp.read_projects(self, parameters, context, feedback)
        std = ph.read_projects(frame, columns) if frame is not None else None
        if frame is not None:
            pp.warn_if_empty(
                feedback,
                frame,
                tr("project layer"),
                projects_source,
                tr("No planned dwellings are counted."),
            )
        year, statuses = pp.selection(self, parameters, context)
        areas = self._tenure(parameters, context, feedback, areas, key, std, year, statuses)
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        quality_source, quality = read_source(
            self, parameters, self.QUALITY, context, feedback
        )  # optional
        if quality_source is not None:
            pp.warn_if_empty(
                feedback,
                quality,
                tr("quality-class layer"),
                quality_source,
                tr("No plan area reaches a quality class."),
            )
        progress.set(10)
        result = po.planning_table(
            plans,
            areas,
            key,
            plan_key=plan_key,
            area_type_column=type_field or None,
            population_column=population,
            quality=quality,
            class_column=class_field or "quality_class",
            projects=std,
            up_to_year=year,
            statuses=statuses,
            population_raster=grid,
            progress=progress.sub(10, 95),
        )
        for note in result.notes:  # a Caution (e.g. a grid without CRS) is a warning
            (feedback.pushWarning if isinstance(note, Caution) else feedback.pushInfo)(
                translate_core_message(note)
            )
        for row in result.outside.itertuples():
            feedback.pushWarning(tr("Plan area {}: {}.").format(row.plan, row.reason))
        table = rental_balance(result.table, areas, key)
        feedback.pushInfo(tr("{} plan areas in the table.").format(len(table)))
        progress.check()
        label = plan_key or next((c for c in ("namn", "name") if c in plans.columns), "")
        self.writer.add_frame(
            self.OUTPUT,
            table,
            crs=plans_source.sourceCrs(),
            style="planning_table",
            label_field=label,
            title=self.titled(tr("Planning table"), parameters, context),
        )
        if parameters.get(self.TABLE):
            plain = table.drop(columns=[table.geometry.name])
            self.writer.add_frame(
                self.TABLE,
                plain,
                wkb_type=compat.WKB_NO_GEOMETRY,
                title=self.titled(tr("Planning table (no geometry)"), parameters, context),
            )
        progress.set(100)
        return {}
