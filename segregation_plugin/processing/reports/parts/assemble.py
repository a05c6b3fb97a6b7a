"""What the tool "Segregation report per kommun" does, step by step: read the layers, compute
the figures in core, write the atlas layer and its charts, bind the layout, export it."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer

from ....core.common.errors import InputError
from ....i18n import tr
from ...frames import check_geometry_type
from ...outputs import apply_style
from . import atlas_layer, report_text
from . import layout as report_layout

GROUP = "Report"
FIELD_DEFAULTS = {
    "TYPE_FIELD": "area_type",
    "RESIDENTS": "folkmängd",
    "KOMMUN_FIELD": "kommunkod",
    "BOUNDARY_CODE_FIELD": "kommunkod",
}
INEQUALITY_FIELDS = (
    "region",
    "ojamlikhetsindex",
    "rank_inequality",
    "ineq_ref_mean",
    "ineq_ref_sd",
    "ineq_threshold",
    "crit_inequality",
    "share_type12_pct",
    "share_ref_mean",
    "share_ref_sd",
    "share_threshold",
    "crit_share",
    "criteria_met",
)


def _first(frame, field):
    if frame is None or field not in frame.columns:
        return None
    values = frame[field].dropna()
    return str(values.iloc[0]).split(".")[0] if len(values) else None


class Report:
    def __init__(self, algorithm, parameters, context, feedback):
        self.alg, self.parameters, self.context, self.feedback = (
            algorithm,
            parameters,
            context,
            feedback,
        )
        self.project = context.project() or QgsProject.instance()
        self.count = 0

    def _field(self, name):
        text = self.alg.parameterAsString(self.parameters, name, self.context)
        return text or FIELD_DEFAULTS.get(name, "")

    def _read(self, read_source, name, fields, required=False):
        # only the attributes are read, but the map draws the layer
        check_geometry_type(self.alg, self.parameters, name, self.context)
        source, frame = read_source(
            self.alg,
            self.parameters,
            name,
            self.context,
            self.feedback,
            required=required,
            geometry=False,
        )
        if frame is not None:
            frame = frame[[f for f in fields if f and f in frame.columns]] if fields else frame
        return frame

    def read(self, read_source) -> None:
        alg = self.alg
        self.type_field = self._field(alg.TYPE_FIELD)
        self.residents = self._field(alg.RESIDENTS)
        self.kommun_field = self._field(alg.KOMMUN_FIELD)
        keep = (self.type_field, self.residents, self.kommun_field, "stat_year", "lansnamn")
        # a report needs areas; an empty layer is refused, naming it
        self.areas = self._read(read_source, alg.AREAS, keep, required=True)
        self._read(read_source, alg.BOUNDARIES, [], required=True)  # the atlas's pages
        self.residents_before = self._field(alg.RESIDENTS_BEFORE) or self.residents
        keep_before = (self.type_field, self.residents_before, self.kommun_field, "stat_year")
        self.before = self._read(read_source, alg.BEFORE, keep_before)
        self.inequality = self._read(read_source, alg.INEQUALITY, INEQUALITY_FIELDS)
        self.transit = self._read(read_source, alg.TRANSIT, None)
        self.tenure = self._read(read_source, alg.TENURE, None)
        self.projects = self._read(read_source, alg.PROJECTS, None)
        self.by_lan = alg.parameterAsEnum(self.parameters, alg.LEVEL, self.context) == 1
        self.year = _first(self.areas, "stat_year")
        self.year_before = _first(self.before, "stat_year")

    def compute(self) -> None:
        from ....core.reports import context_figures, kommun_figures

        fields = {"type_field": self.type_field, "kommun_field": self.kommun_field}
        by_lan = {"by_lan": self.by_lan}
        types = kommun_figures.types_by_kommun(self.areas, residents_field=self.residents, **fields)
        text = self.alg.parameterAsString(self.parameters, self.alg.KOMMUNER, self.context)
        kommuner = kommun_figures.selected_codes(text, types.index)
        if self.by_lan:  # a page per län, of every kommun of the chosen kommuner's län
            kommuner = [c for c in types.index if c[:2] in {k[:2] for k in kommuner}]
        self.kommuner = len(kommuner)
        if self.by_lan:  # … its figures summed over its kommuner
            types = kommun_figures.types_by_kommun(
                self.areas, residents_field=self.residents, **fields, **by_lan
            )
        earlier = None
        if self.before is not None:
            earlier = kommun_figures.types_by_kommun(
                self.before, residents_field=self.residents_before, **fields, **by_lan
            )
        national = self.parameters.get(self.alg.NATIONAL)
        national = (
            self.alg.parameterAsDouble(self.parameters, self.alg.NATIONAL, self.context)
            if national not in (None, "")
            else None
        )
        self.figures = kommun_figures.report_figures(types, earlier, national)
        self.codes = sorted({c[:2] for c in kommuner}) if self.by_lan else kommuner
        self.ineq = None
        if self.inequality is not None and not self.by_lan:  # Delmos' criteria: kommuner
            table = self.inequality.copy()
            table.index = kommun_figures.kommun_codes(table["region"], "region")
            table["kommuner"] = len(table)
            self.ineq = table
        kommun = {"kommun_field": self.kommun_field, **by_lan}
        self.access = (
            context_figures.transit_by_type(self.transit, **kommun)
            if self.transit is not None
            else None
        )
        self.tenures = (
            context_figures.tenure_by_kommun(self.tenure, **kommun)
            if self.tenure is not None
            else None
        )
        self.flagged = (
            context_figures.flagged_projects(self.projects, **kommun)
            if self.projects is not None
            else None
        )

    @staticmethod
    def _row(table, code):
        if table is None or code not in table.index:
            return None
        return table.loc[code]

    def texts(self, code: str, name: str, county: str, charts_dir, today: str) -> dict:
        row = self.figures.loc[code]
        tenure, transit = self._row(self.tenures, code), self._row(self.access, code)
        columns = report_text.type_columns(row)
        values = {
            "kommunkod": code,
            "kommunnamn": name,
            "title": name,
            "subtitle": tr("Area types and segregation {year} – {county}").format(
                year=self.year or "", county=county
            ),
            "key_figures": report_text.key_figures(
                row, county, self.year, self.year_before, self.by_lan
            ),
            "types_names": columns["names"],
            "types_areas": columns["areas"],
            "types_residents": columns["residents"],
            "types_share": columns["share"],
            "inequality": report_text.inequality(self._row(self.ineq, code), self.by_lan),
            "tenure": report_text.tenure(tenure, None if self.by_lan else county),
            "transit": report_text.transit(transit),
            "projects": report_text.projects(self._row(self.flagged, code)),
            "source": report_text.source_line(self.year, today),
        }
        values.update(
            atlas_layer.chart_files(charts_dir, code, row, tenure, transit, by_lan=self.by_lan)
        )
        return values

    def _county_name(self, feature, code, fallback=None) -> str:
        names = feature.fields().names()
        if "lansnamn" in names and feature["lansnamn"]:
            return str(feature["lansnamn"])
        for frame in (self.areas, self.tenure, self.transit):
            if frame is None or "lansnamn" not in frame.columns:
                continue
            if self.kommun_field not in frame.columns:
                continue
            codes = frame[self.kommun_field].astype(str).str.zfill(4)
            found = frame.loc[codes == code, "lansnamn"].dropna()
            if len(found):
                return str(found.iloc[0])
        return fallback or tr("County")

    def coverage(self, charts_dir, today: str):
        """The atlas layer: the chosen kommuner's boundaries with the report's text."""
        from ....core.reports.kommun_figures import kommun_codes

        alg = self.alg
        source = alg.parameterAsSource(self.parameters, alg.BOUNDARIES, self.context)
        code_field = self._field(alg.CODE)
        name_field = self._field(alg.NAME)
        title = tr("Report – län") if self.by_lan else tr("Report – kommuner")
        layer = atlas_layer.new_layer(source.sourceCrs(), title, self.by_lan)
        wanted = set(self.codes)
        found, parts = set(), {}
        for feature in source.getFeatures():
            self.feedback.isCanceled() and self._cancel()
            code = kommun_codes([feature[code_field]], code_field).iloc[0]
            if self.by_lan:  # a län's page: the union of its kommuner
                if code[:2] in wanted:
                    parts.setdefault(code[:2], []).append(feature)
                    found.add(code[:2])
                continue
            if code not in wanted or code in found:
                continue
            found.add(code)
            name = str(feature[name_field]) if name_field and feature[name_field] else code
            values = self.texts(code, name, self._county_name(feature, code), charts_dir, today)
            atlas_layer.add_feature(layer, feature.geometry(), atlas_layer.with_titles(values))
        for lan, features in sorted(parts.items()):
            first = kommun_codes([features[0][code_field]], code_field).iloc[0]
            name = self._county_name(features[0], first, tr("Län {code}").format(code=lan))
            values = self.texts(lan, name, name, charts_dir, today)
            geometry = QgsGeometry.unaryUnion([f.geometry() for f in features])
            atlas_layer.add_feature(layer, geometry, atlas_layer.with_titles(values))
        lacking = sorted(wanted - found)
        if lacking:
            raise InputError(
                tr(
                    "The kommun boundaries have no feature for {codes} (field '{field}'). "
                    "Choose the kommun layer of the same year as the areas."
                ).format(codes=", ".join(lacking[:10]), field=code_field)
            )
        self.count = len(found)
        return layer

    def _cancel(self):
        from ....core.common.errors import Cancelled

        raise Cancelled()

    def _project_layer(self, name, style):
        """The input layer as the project has it, else a copy of it added (styled)."""
        layer = self.alg.parameterAsVectorLayer(self.parameters, name, self.context)
        if layer is None:
            return None
        if self.project.mapLayer(layer.id()) is not None:
            return layer
        own = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())
        if style:
            apply_style(own, style)
        else:  # the kommun boundaries under a län's page: thin lines
            own.setRenderer(atlas_layer.kommun_lines_renderer())
        self._add(own)
        return own

    def _add(self, layer):
        root = self.project.layerTreeRoot()
        group = root.findGroup(tr(GROUP)) or root.insertGroup(0, tr(GROUP))
        self.project.addMapLayer(layer, False)
        group.addLayer(layer)

    def build_layout(self, charts_dir, template: str, name: str, today: str):
        coverage = self.coverage(charts_dir, today)
        try:
            layout = report_layout.load_template(self.project, template, name)
        except (OSError, ValueError) as error:
            raise InputError(
                tr(
                    "The layout template {path} cannot be read ({error}). Choose a .qpt file "
                    "saved from QGIS's layout designer (Layout ▸ Save as Template), or leave "
                    "the template empty for the bundled one."
                ).format(path=template, error=error)
            ) from error
        if report_layout.missing_items(layout):
            raise InputError(
                tr(
                    "The layout template {path} has no map item with the id 'map'. Give the "
                    "map that shows the area types the item id 'map' (Item properties)."
                ).format(path=template)
            )
        self._add(coverage)
        areas = self._project_layer(self.alg.AREAS, "area_types")
        projects = self._project_layer(self.alg.PROJECTS, "planned_projects")
        kommuner = self._project_layer(self.alg.BOUNDARIES, None) if self.by_lan else None
        map_layers = [layer for layer in (coverage, projects, kommuner, areas) if layer is not None]
        filename = "'report_' || \"kommunkod\" || '_' || \"kommunnamn\""
        # the legend explains the area types and the boundary; the projects' symbols are
        # named in the projects' text (their six categories would crowd the legend out)
        legend = [layer for layer in (areas, coverage, kommuner) if layer is not None]
        names = report_text.short_type_names()
        labels = {t: f"{t} {names[t]}" for t in names}
        labels[None] = tr("No type")
        labels_text = {
            areas: (tr("Area types {year}").format(year=self.year or ""), labels),
            coverage: (tr("Län") if self.by_lan else tr("Kommuner"), {}),
            kommuner: (tr("Kommuner"), {}),
        }
        # a län's page: its boundary only (neighbouring län are seldom on it), so that the
        # kommun boundaries' entry fits the legend
        first_only = [coverage] if self.by_lan else []
        report_layout.bind(layout, coverage, map_layers, legend, filename, labels_text, first_only)
        manager = self.project.layoutManager()
        old = manager.layoutByName(name)
        if old is not None:
            manager.removeLayout(old)
        manager.addLayout(layout)
        return layout

    def export(self, layout, path: str, per_kommun: bool) -> list:
        import time
        from pathlib import Path

        started = time.time() - 1.0
        error = report_layout.export(layout, path, per_kommun)
        if error:
            raise InputError(
                tr("QGIS could not write the report {path}: {error}.").format(
                    path=path, error=error
                )
            )
        if not per_kommun:
            return [path]
        # the atlas names the files (report_<kommunkod>_<kommunnamn>.pdf): those just written
        folder = Path(path).parent
        return sorted(str(p) for p in folder.glob("report_*.pdf") if p.stat().st_mtime >= started)
