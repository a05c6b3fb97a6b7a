"""segregation:tenuremix — the tenure mix (upplåtelseformer) per area, optionally summed to
RegSO, kommun or own districts, compared with the kommun's and the county's mix."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...core.common import codes
from ...core.common.errors import InputError
from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import POLYGON, log_reprojection, read_source
from ..messages import core_error_text, translate_core_message
from ..parameters import is_given, year_parameter
from ..statistics import params as sp
from . import params as pp

LEVELS = ["none", codes.REGSO, codes.KOMMUN, "districts"]
FILLS = ["dominant", "entropy"]


class TenureMix(SegregationAlgorithm):
    ALG_ID = "tenuremix"
    DISPLAY_NAME = "Tenure mix per area"
    ORDER = 10
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely")
    SHORT_DESCRIPTION = (
        "Hyresrätt, bostadsrätt and äganderätt per area: shares, dominant tenure, entropy, "
        "compared with the kommun and the county."
    )
    TAGS = ("upplåtelseform", "tenure", "hyresrätt", "bostadsrätt", "äganderätt", "mix")
    HELP = (
        "The tenure mix of each area from the number of dwellings (lägenheter) in hyresrätt, "
        "bostadsrätt and äganderätt:<ul>"
        "<li>the <b>shares</b> of the three tenures, in % of the dwellings whose tenure is "
        "known ('uppgift saknas' is left out of the shares and reported on its own);</li>"
        "<li>the <b>dominant tenure</b> and its share; an area is <b>one-sided</b> when it is at "
        "least 70 % (the threshold can be changed);</li>"
        "<li>the <b>entropy</b> of the mix: 0 when all dwellings have one tenure, 1 for equal "
        "thirds;</li>"
        "<li>the difference from the <b>kommun's</b> and the <b>county's</b> mix, in percentage "
        "points (the kommun and county are summed from all areas of the input).</li></ul>"
        "The counts come from the area layer (e.g. DeSO with SCB's table joined by 'Join "
        "statistics to areas': fields hyresrätt, bostadsrätt, äganderätt, uppgift saknas), or "
        "from SCB's export of dwellings by tenure given as a file, joined to the areas here.<br>"
        "The mix can be summed to <b>RegSO</b>, <b>kommun</b> or <b>your own districts</b> "
        "(each DeSO goes whole to the district covering most of it). Counts are summed and the "
        "shares computed again, never averaged; an area whose count SCB suppressed is left out "
        "of its larger area wholly, and the field mix_note says which.<br>"
        "The new layer shows a pie of the three tenures per area over a fill by the dominant "
        "tenure (darker where one-sided) or by the entropy."
    )

    INPUT, CODE_FIELD, FILE, YEAR = "INPUT", "CODE_FIELD", "FILE", "YEAR"
    LEVEL, KEY_FIELD, KEY_TABLE = "LEVEL", sp.KEY_FIELD, sp.KEY_TABLE
    DISTRICTS, DISTRICT_ID, METHOD, GRID = sp.DISTRICTS, sp.DISTRICT_ID, sp.METHOD, sp.GRID
    COMPARE, THRESHOLD, FILL = "COMPARE", "THRESHOLD", "FILL"
    OUTPUT, REFERENCES = "OUTPUT", "REFERENCES"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Areas with dwellings by tenure (or DeSO to join an SCB file to)"),
                [compat.VECTOR],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Area code field (empty: found from the field names)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        labels = pp.count_labels()
        pp.add_count_parameters(self, self.INPUT, labels, is_advanced=False)
        self.addParameter(
            QgsProcessingParameterFile(
                self.FILE,
                tr("Or SCB's export of dwellings by tenure (xlsx, csv), joined by code"),
                fileFilter=tr("SCB tables (*.xlsx *.csv *.txt *.json);;All files (*.*)"),
                optional=True,
            )
        )
        self.addParameter(year_parameter(self.YEAR, tr("Year in the file (empty: the latest)")))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LEVEL,
                tr("Sum to"),
                options=[
                    tr("nothing: the areas as they are"),
                    "RegSO",
                    tr("kommun"),
                    tr("own districts (polygon layer below)"),
                ],
                defaultValue=0,
            )
        )
        # the key to RegSO and the districts are asked for as 'Aggregate areas' asks for them
        sp.add_key_and_district_parameters(self, self.INPUT)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.COMPARE, tr("Compare with the kommun's and the county's mix"), True
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
            QgsProcessingParameterEnum(
                self.FILL,
                tr("Fill the areas by"),
                options=[tr("dominant tenure"), tr("entropy of the mix")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Tenure mix"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REFERENCES,
                tr("Kommun and county mix"),
                compat.VECTOR,
                optional=True,
                createByDefault=False,
            )
        )

    def _counts_from_file(self, parameters, context, feedback, frame, code):
        """Join the SCB file to the areas; (joined frame, count field per tenure)."""
        from ...core.statistics import join, pxweb
        from ...core.statistics import statistics_table as st

        path = self.parameterAsFile(parameters, self.FILE, context)
        feedback.pushInfo(tr("Reading {}…").format(path))
        table = pxweb.read_statistics(path)
        years = sorted(int(y) for y in table[st.YEAR].dropna().unique())
        if is_given(parameters, self.YEAR):
            year = self.parameterAsInt(parameters, self.YEAR, context)
            if year not in years:
                raise InputError(
                    tr("The file has no statistics for {}; it has {}.").format(
                        year, ", ".join(map(str, years))
                    )
                )
        elif years:
            year = years[-1]
            feedback.pushInfo(tr("Using {}, the latest year in the file.").format(year))
        else:
            year = None
        joined, report = join.join_statistics(
            frame, table, area_code_field=code, years=[year] if year else None
        )
        for row in report.rows:
            (feedback.pushWarning if row["severity"] == join.WARNING else feedback.pushInfo)(
                translate_core_message(row["message"])
            )
        counts = {}
        variables = st.variables_of(table)
        for tenure, scb in pp.SCB_COLUMNS.items():
            name = next(
                (f for f in report.fields if f.lower() == scb or f.lower().startswith(f"{scb}_")),
                None,
            )
            if name is None and tenure != pp.UNKNOWN:
                raise InputError(
                    tr(
                        "The file has no variable '{}'; it is not SCB's table of dwellings by "
                        "tenure (its variables: {})."
                    ).format(scb, "; ".join(variables))
                )
            counts[tenure] = name
        return joined, counts

    def process(self, parameters, context, feedback):
        from ...core.planning import tenure_levels as tl
        from ...core.statistics.aggregate_report import LogWarning

        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        # into districts by their polygons; areas without one stay (core reports them)
        polygons = {"geometry_types": (POLYGON,), "allow_missing_geometry": True}
        source, frame = read_source(
            self,
            parameters,
            self.INPUT,
            context,
            feedback,
            **(polygons if level == "districts" else {}),
        )
        # the index stays the layer's feature ids, so that core's messages name features
        code = pp.area_key(self, parameters, context, frame, self.CODE_FIELD)
        pp.warn_if_empty(
            feedback,
            frame,
            tr("area layer"),
            source,
            tr("The output has no areas."),
            geometry=False,  # a table without geometry is fine input
        )
        if self.parameterAsFile(parameters, self.FILE, context):
            frame, counts = self._counts_from_file(parameters, context, feedback, frame, code)
        else:
            counts = pp.area_count_fields(self, parameters, context, frame.columns)
        mix = pp.tenure_mix_of(frame, counts, code, feedback)
        tl.refuse_duplicate_codes(mix, code)
        if len(mix) and mix["dwellings_known"].isna().all():
            feedback.pushWarning(
                tr(
                    "None of the {n} areas has all three counts in the fields {fields} (every one "
                    "is empty or suppressed): no area gets a mix. Check that these are the fields "
                    "with the dwellings by tenure, or join SCB's table first."
                ).format(
                    n=len(mix),
                    fields=", ".join(counts[t] for t in pp.TENURES),
                )
            )
        progress = self.progress(feedback)
        progress.set(30)
        crs = source.sourceCrs()
        if level == "none":
            out, out_key, target, lines = mix, code, mix[code].astype(str), []
        elif level == "districts":
            out, out_key, target, lines, crs = self._districts(
                parameters, context, feedback, mix, code, progress
            )
        else:
            out, target, lines = tl.mix_to_level(
                mix,
                code,
                level,
                key_field=self.parameterAsString(parameters, self.KEY_FIELD, context) or None,
                key_table=self.parameterAsFile(parameters, self.KEY_TABLE, context) or None,
            )
            out_key = out.columns[0]
        for line in lines:
            push = feedback.pushWarning if isinstance(line, LogWarning) else feedback.pushInfo
            push(translate_core_message(line))
        progress.set(80)
        references = None
        if self.parameterAsBool(parameters, self.COMPARE, context):
            try:
                out, kommun_mix, lan_mix = tl.compare_with_references(
                    out, out_key, mix, code, target, kommun=level != "kommun"
                )
                references = tl.reference_table(kommun_mix, lan_mix)
            except InputError as exc:
                feedback.pushWarning(
                    tr("No comparison with the kommun and county: {}").format(core_error_text(exc))
                )
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        out = tl.mark_one_sided(out, threshold)
        self._log(feedback, mix, out, threshold)
        progress.check()
        if getattr(out, "_geometry_column_name", None) in out.columns:
            fill = FILLS[self.parameterAsEnum(parameters, self.FILL, context)]
            self.writer.add_frame(
                self.OUTPUT,
                out,
                crs=crs,
                style="tenure_mix",
                fill=fill,
                threshold=threshold,
                title=self.titled(tr("Tenure mix"), parameters, context),
            )
        else:
            self.writer.add_frame(
                self.OUTPUT, out, crs=crs, title=self.titled(tr("Tenure mix"), parameters, context)
            )
        if parameters.get(self.REFERENCES) and references is not None:
            self.writer.add_frame(
                self.REFERENCES,
                references,
                wkb_type=compat.WKB_NO_GEOMETRY,
                title=self.titled(tr("Tenure mix of the kommun and county"), parameters, context),
            )
        progress.set(100)
        return {}

    def _districts(self, parameters, context, feedback, mix, code, progress):
        from ...core.planning import tenure_levels as tl

        source, districts = read_source(self, parameters, self.DISTRICTS, context, feedback)
        if source is None:
            raise InputError(tr("Choose the district layer to sum to."))
        if getattr(mix, "_geometry_column_name", None) not in mix.columns:
            raise InputError(tr("The areas have no geometry; they cannot be put into districts."))
        districts = districts.reset_index(drop=True)
        log_reprojection(feedback, districts, mix)
        if len(mix):  # (an empty area layer was reported already)
            pp.warn_if_empty(
                feedback, mix, tr("area layer"), None, tr("No area can be summed to a district.")
            )
        pp.warn_if_empty(
            feedback,
            districts,
            tr("district layer"),
            source,
            tr("No area can be summed to a district."),
        )
        id_field = self.parameterAsString(parameters, self.DISTRICT_ID, context) or next(
            (c for c in districts.columns if c != "geometry"), None
        )
        if id_field is None:
            raise InputError(tr("The district layer has no field to name the districts by."))
        grid = self.parameterAsRasterLayer(parameters, self.GRID, context)
        method = sp.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        out, target, _, lines = tl.mix_to_districts(
            mix,
            code,
            districts,
            id_field,
            method,
            grid.source() if grid is not None else None,
            progress.sub(30, 80),
        )
        return out, id_field, target, lines, source.sourceCrs()

    @staticmethod
    def _log(feedback, mix, out, threshold):
        known = mix["dwellings_known"].sum()
        unknown = mix["dwellings_unknown"].sum()
        feedback.pushInfo(
            tr(
                "Input: {n} areas, {known} dwellings with known tenure, {unknown} 'uppgift "
                "saknas'. Output: {m} areas."
            ).format(
                n=format_number(len(mix)),
                known=format_number(known),
                unknown=format_number(unknown),
                m=format_number(len(out)),
            )
        )
        counts = out["dominant_tenure"].value_counts()
        feedback.pushInfo(
            tr("Dominant tenure: {}; one-sided (≥ {} %): {} areas.").format(
                ", ".join(f"{name} {format_number(n)}" for name, n in counts.items()) or tr("none"),
                format_number(threshold, None),
                int(out["one_sided"].fillna(False).sum()),
            )
        )
        missing = out[out["dominant_tenure"].isna()]
        if len(missing):
            feedback.pushWarning(
                tr("{} areas have no mix (see mix_note), e.g. {}.").format(
                    len(missing), missing["mix_note"].dropna().astype(str).head(1).str.cat()
                )
            )
