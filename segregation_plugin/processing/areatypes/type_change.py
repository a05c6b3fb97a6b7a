"""segregation:typechange — how the areas' types changed between two years."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
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
from ..parameters import optional_int, year_parameter
from . import params as P


def _stat_year(frame):
    if "stat_year" not in frame.columns:
        return None
    years = frame["stat_year"].dropna()
    return int(years.iloc[0]) if len(years) else None


class TypeChange(SegregationAlgorithm):
    ALG_ID = "typechange"
    DISPLAY_NAME = "Change of area type between two years"
    ORDER = 20
    REQUIRES = ("pandas", "numpy")
    SHORT_DESCRIPTION = "Which areas changed type, and how many areas and residents moved."
    TAGS = ("områdestyp", "area type", "change", "förändring", "transition")
    HELP = (
        "Compares the area types of two years:<ul>"
        "<li><b>two area-type layers</b> (the output of Area types for each year): give the "
        "first year's layer and the second year's;</li>"
        "<li><b>one layer with both years' statistics</b> (joined with the years kept, so its "
        "fields are named '2021 folkmängd', '2022 folkmängd' …): give only that layer; each "
        "year is classified here with its own μ and σ over the reference you choose, with the "
        "fields found by SCB's names (or the first year's fields you choose).</li></ul>"
        "The <b>transition table</b> counts the areas and the residents (of the second year) "
        "that went from type i in the first year to type j in the second, with 'no type' for "
        "an area without a type or missing in a year. Each row sums to the areas of that type "
        "in the first year. The <b>changed areas</b> layer holds the areas whose type changed, "
        "with the type in both years and the shift (negative = towards challenges, since "
        "type 1 has the greatest challenges). Compare years on the same area version (RegSO "
        "2020, DeSO 2018): an area whose code changed shows as missing in one year."
    )

    FIRST, SECOND, CODE_FIELD, TYPE_FIELD = "FIRST", "SECOND", "CODE_FIELD", "TYPE_FIELD"
    YEAR_BEFORE, YEAR_AFTER, ONLY_CHANGED = "YEAR_BEFORE", "YEAR_AFTER", "ONLY_CHANGED"
    TRANSITIONS, CHANGED = "TRANSITIONS", "CHANGED"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FIRST,
                tr("Area types of the first year (or one layer with both years' statistics)"),
                [compat.VECTOR],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SECOND,
                tr("Area types of the second year (empty: both years are in the first layer)"),
                [compat.VECTOR],
                optional=True,
            )
        )
        for name, label in (
            (self.YEAR_BEFORE, tr("First year (empty: from the layers)")),
            (self.YEAR_AFTER, tr("Second year (empty: from the layers)")),
        ):
            self.addParameter(year_parameter(name, label, first=1990, last=2100))
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Area code field (empty: found)"),
                parentLayerParameterName=self.FIRST,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TYPE_FIELD,
                tr("Area-type field of the two layers (empty: area_type)"),
                parentLayerParameterName=self.FIRST,
                optional=True,
            )
        )
        P.add_small_area_parameters(self, self.FIRST)
        P.add_reference_parameters(self, self.FIRST, allow_given=False)
        P.add_variable_parameters(self, self.FIRST, advanced=True)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ONLY_CHANGED, tr("Only the areas whose type changed"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TRANSITIONS, tr("Transition table"), compat.VECTOR
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CHANGED, tr("Areas whose type changed"), compat.VECTOR_ANY_GEOMETRY
            )
        )
        for name, label in (
            ("AREAS", tr("Areas compared")),
            ("CHANGED_AREAS", tr("Areas whose type changed")),
            ("TOWARDS_CHALLENGES", tr("Areas towards challenges")),
            ("TOWARDS_GOOD", tr("Areas towards good conditions")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # --- reading -------------------------------------------------------------------------
    def _read(self, parameters, name, context, feedback):
        return read_source(self, parameters, name, context, feedback, required=True)

    def _two_layers(self, parameters, context, feedback, first, second):
        from ...core.areatypes.area_type_fields import guess_residents_field
        from ...core.statistics.join import guess_area_code_field

        type_field = self.parameterAsString(parameters, self.TYPE_FIELD, context) or "area_type"
        chosen_code = self.parameterAsString(parameters, self.CODE_FIELD, context)
        frames = []
        for frame, which in ((first, tr("first year")), (second, tr("second year"))):
            if type_field not in frame.columns:
                raise InputError(
                    tr(
                        "The layer of the {} has no field '{}': run Area types on it first, or "
                        "choose its area-type field."
                    ).format(which, type_field)
                )
            columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", 0)]
            code = chosen_code if chosen_code in frame.columns else None
            code = code or guess_area_code_field(frame[columns])
            if not code:
                raise InputError(tr("The layer of the {} has no area codes.").format(which))
            residents = self.parameterAsString(parameters, P.POPULATION, context)
            residents = residents if residents in frame.columns else None
            residents = residents or guess_residents_field(columns, _stat_year(frame))
            frames.append((frame, code, frame[type_field], residents))
        years = (
            optional_int(self, parameters, self.YEAR_BEFORE, context) or _stat_year(first),
            optional_int(self, parameters, self.YEAR_AFTER, context) or _stat_year(second),
        )
        if years[0] is not None and years[0] == years[1]:
            raise InputError(
                tr(
                    "Both layers are of the year {year} (first year and second year): a change "
                    "needs two different years. Give the layers of two years, or set the first "
                    "and second year."
                ).format(year=years[0])
            )
        self._warn_about_versions(feedback, frames, years)
        return frames, years

    @staticmethod
    def _warn_about_versions(feedback, frames, years) -> None:
        """Warn when the two years' codes are of different DeSO/RegSO versions: a code that
        exists in both may not cover the same ground."""
        from ...core.common.codes import detect_version

        (a, code_a, *_), (b, code_b, *_) = frames
        first = detect_version(a[code_a].dropna().astype(str), years=years[:1], names=(code_a,))
        second = detect_version(b[code_b].dropna().astype(str), years=years[1:], names=(code_b,))
        if first.version and second.version and first.version != second.version:
            feedback.pushWarning(
                tr(
                    "The first year's areas look like version {first} ({why_first}), the second "
                    "year's like {second} ({why_second}). Areas with the same code in both "
                    "versions may not cover the same ground: compare years on one version."
                ).format(
                    first=first.version,
                    why_first=translate_core_message(first.reason),
                    second=second.version,
                    why_second=translate_core_message(second.reason),
                )
            )

    def _one_layer(self, parameters, context, source, frame):
        from ...core.areatypes import area_type_fields as F
        from ...core.areatypes.area_types import classify_areas
        from ...core.statistics.join import guess_area_code_field

        columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
        present = F.years_in(columns)
        before = optional_int(self, parameters, self.YEAR_BEFORE, context)
        after = optional_int(self, parameters, self.YEAR_AFTER, context)
        before = before or (present[0] if len(present) >= 2 else None)
        after = after or (present[-1] if len(present) >= 2 else None)
        if before is None or after is None or before == after:
            raise InputError(
                tr(
                    "Give the second year's area-type layer, or one layer whose fields hold two "
                    "years ('2021 …', '2022 …'); this layer has the years: {}."
                ).format(", ".join(map(str, present)) or tr("none"))
            )
        code = self.parameterAsString(
            parameters, self.CODE_FIELD, context
        ) or guess_area_code_field(frame[columns])
        if not code:
            raise InputError(tr("The layer has no area codes: choose the code field."))
        v1, v2, v3, definition, lines = P.read_variables(self, parameters, context, columns, before)
        residents_before, flag, minimum = P.read_small_areas(
            self, parameters, context, columns, before
        )
        reference = P.read_reference(self, parameters, context, source, frame, code, False)
        thresholds = P.read_thresholds(self, parameters, context)
        frames = []
        for year in (before, after):
            indicators = [F.indicator_for_year(v, before, year, columns) for v in (v1, v2, v3)]
            residents = (
                F.fields_for_year([residents_before], before, year, columns)[0]
                if residents_before and F.split_year(residents_before)[0] == before
                else residents_before
            )
            result = classify_areas(
                frame,
                *indicators,
                reference=reference,
                multipliers=thresholds,
                year=year,
                v3_definition=definition or "none (not given)",
                suppressed=flag,
                population_field=residents,
                min_population=minimum,
            )
            lines += [f"{year}: {translate_core_message(line)}" for line in result.summary()]
            frames.append((frame, code, result.table["area_type"], residents))
        return frames, (before, after), lines

    # --- run -----------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        from ...core.areatypes.type_change import compare_area_types

        source, first = self._read(parameters, self.FIRST, context, feedback)
        lines = []
        if parameters.get(self.SECOND):
            second_source, second = self._read(parameters, self.SECOND, context, feedback)
            frames, years = self._two_layers(parameters, context, feedback, first, second)
        else:
            second_source, second = source, first
            frames, years, lines = self._one_layer(parameters, context, source, first)
        tables = []
        for frame, code, types, residents in frames:
            table = frame[[code]].rename(columns={code: "code"})
            table["area_type"] = types.to_numpy()
            if residents:
                from ...core.common.numbers import parse_numbers

                values = parse_numbers(frame[residents], residents, codes=frame[code])
                table["residents"] = values.to_numpy()
            else:
                table["residents"] = float("nan")
            tables.append(table)
        has_residents = all(r for *_, r in frames)
        change = compare_area_types(
            *tables,
            "code",
            residents_field="residents" if has_residents else None,
            year_before=years[0],
            year_after=years[1],
        )
        for line in lines:
            feedback.pushInfo(line)
        feedback.pushInfo(
            tr("Residents: {}.").format(
                ", ".join(str(r) for *_, r in frames) if has_residents else tr("no field found")
            )
        )
        self._log(feedback, change)
        self.progress(feedback).check()
        only = self.parameterAsBool(parameters, self.ONLY_CHANGED, context)
        changed = change.joined(second, frames[1][1], only_changed=only)
        span = "–".join(str(y) for y in years if y is not None)
        self.writer.add_frame(
            self.TRANSITIONS,
            change.wide_table(),
            wkb_type=compat.WKB_NO_GEOMETRY,
            title=self.titled(tr("Area type transitions"), parameters, context, span),
        )
        self.writer.add_frame(
            self.CHANGED,
            changed,
            crs=second_source.sourceCrs(),
            # the source's type, also when no area changed and the frame is empty
            wkb_type=compat.multi_type(second_source.wkbType()),
            style="type_change",
            title=self.titled(tr("Changed area type"), parameters, context, span),
        )
        areas = change.areas
        return {
            "AREAS": len(areas),
            "CHANGED_AREAS": int(areas["type_changed"].sum()),
            "TOWARDS_CHALLENGES": int((areas["type_shift"] < 0).sum()),
            "TOWARDS_GOOD": int((areas["type_shift"] > 0).sum()),
        }

    @staticmethod
    def _log(feedback, change):
        areas = change.areas
        line, warn = change.match_line()
        (feedback.pushWarning if warn else feedback.pushInfo)(line)
        feedback.pushInfo(
            tr(
                "{n} areas compared ({a} → {b}): {c} changed type, {d} towards challenges and "
                "{e} towards good conditions; {f} without a type in one of the years."
            ).format(
                n=len(areas),
                a=change.year_before or tr("first year"),
                b=change.year_after or tr("second year"),
                c=int(areas["type_changed"].sum()),
                d=int((areas["type_shift"] < 0).sum()),
                e=int((areas["type_shift"] > 0).sum()),
                f=int(areas["type_shift"].isna().sum()),
            )
        )
        feedback.pushInfo(tr("Areas from type (rows) to type (columns):"))
        for line in change.matrix("areas").to_string().splitlines():
            feedback.pushInfo(line)
