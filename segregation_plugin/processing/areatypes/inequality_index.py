"""segregation:inequalityindex — ojämlikhetsindex per kommun and län, Delmos' criteria."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import POLYGON, read_source
from ..messages import translate_core_message
from ..parameters import above, advanced, is_given, optional_int, year_parameter
from .national import add_cache_parameter, cache_dir

GROUPS = ["quartiles", "quintiles", "economic_standard"]
NATIONAL_DEFAULT = 2  # national: tables given, stored values, else the layer (said plainly)
NATIONAL_VALUES = ("INEQUALITY_MEAN", "INEQUALITY_SD", "SHARE_MEAN", "SHARE_SD")


class InequalityIndex(SegregationAlgorithm):
    ALG_ID = "inequalityindex"
    DISPLAY_NAME = "Ojämlikhetsindex and kommuner with large challenges"
    ORDER = 30
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely")
    SHORT_DESCRIPTION = (
        "How unevenly low and high incomes live across each kommun's areas, and Delmos' two "
        "criteria."
    )
    TAGS = ("ojämlikhetsindex", "inequality", "delmos", "kommun", "income", "inkomst")
    HELP = (
        "<b>Ojämlikhetsindex</b> of each kommun and län: how unevenly the lowest and the "
        "highest income group live across its DeSO, as the index of dissimilarity between the "
        "two groups × 100 (0 = they live in the same proportions everywhere, 100 = never in "
        "the same area). Choose the groups: income quartile 1 vs 4 (SCB's 'inkomst kvartil 1' "
        "and 'kvartil 4'), quintile 1 vs 5, or low vs high economic standard (the shares "
        "times the persons they are shares of). The fields are found by SCB's names when "
        "left empty.<br>"
        "With an <b>area-type layer</b> (the output of Area types, RegSO or DeSO; the input "
        "itself when it has area types) the table also gives the share of residents living "
        "in types 1–2.<br>"
        "<b>Delmos' criteria</b> for a kommun with large challenges, each reported with the "
        "values behind it: ojämlikhetsindex at least 1 standard deviation above the national "
        "mean, or a share in types 1–2 at least 1.5 standard deviations above it. By default "
        "the mean and SD are <b>national</b>: of the kommuner in your layer when it holds all "
        "290, else of the national tables you give (all DeSO of Sweden with the income groups; "
        "all areas with area types and residents for the second criterion), stored in your "
        "QGIS profile per year and income groups and reused. Without them they are of the "
        "kommuner in your layer, and the log and the field 'ref_description' say 'not "
        "national'. You can also compute them from the layer or enter them (e.g. from "
        "Segregationsbarometern). The share in types 1–2 is of all residents: areas without "
        "a type count in the denominator. Ranks (1 = highest) compare kommuner across borders. The "
        "kommun map draws each kommun as the union of its areas, coloured by the index."
    )

    INPUT, CODE_FIELD, GROUPS_CHOICE = "INPUT", "CODE_FIELD", "GROUPS"
    LOW, HIGH, PERSONS = "LOW_FIELD", "HIGH_FIELD", "PERSONS_FIELD"
    TYPES, TYPE_FIELD, TYPES_POPULATION = "AREA_TYPES", "TYPE_FIELD", "TYPES_POPULATION_FIELD"
    NATIONAL, INEQ_FACTOR, SHARE_FACTOR = "NATIONAL", "INEQUALITY_SD_FACTOR", "SHARE_SD_FACTOR"
    NATIONAL_DESO, NATIONAL_TYPES, YEAR = "NATIONAL_DESO", "NATIONAL_AREA_TYPES", "YEAR"
    OUTPUT, LAN_OUTPUT, MAP = "OUTPUT", "LAN_OUTPUT", "KOMMUN_MAP"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("DeSO with income groups"), [compat.VECTOR]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GROUPS_CHOICE,
                tr("Income groups compared"),
                options=[
                    tr("income quartile 1 vs quartile 4"),
                    tr("income quintile 1 vs quintile 5"),
                    tr("low vs high economic standard"),
                ],
                defaultValue=0,
            )
        )
        for name, label in (
            (self.LOW, tr("Low group field (empty: guessed)")),
            (self.HIGH, tr("High group field (empty: guessed)")),
            (self.PERSONS, tr("Persons field, when the groups are shares in % (empty: guessed)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    label,
                    parentLayerParameterName=self.INPUT,
                    type=compat.FIELD_NUMERIC,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("DeSO code field (empty: found)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TYPES,
                tr("Area types for the share in types 1–2 (empty: the input, if it has them)"),
                [compat.VECTOR],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TYPES_POPULATION,
                tr("Residents field of the area types (empty: guessed)"),
                parentLayerParameterName=self.TYPES,
                type=compat.FIELD_NUMERIC,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.NATIONAL,
                tr("National mean and SD of the criteria"),
                options=[
                    tr("computed from the kommuner in the layer"),
                    tr("entered below"),
                    tr("national: all 290 kommuner (from national tables or stored values)"),
                ],
                defaultValue=NATIONAL_DEFAULT,
            )
        )
        for name, label in (
            (self.NATIONAL_DESO, tr("National DeSO with income groups (all of Sweden)")),
            (self.NATIONAL_TYPES, tr("National area types with residents (all of Sweden)")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, label, [compat.VECTOR], optional=True)
            )
        self.addParameter(
            year_parameter(self.YEAR, tr("Year of the statistics (to store national values)"))
        )
        add_cache_parameter(self)
        # an SD is above 0, a share in % from 0 to 100
        for name, label, low, high in zip(
            NATIONAL_VALUES,
            (
                tr("Entered mean of the ojämlikhetsindex"),
                tr("Entered SD of the ojämlikhetsindex"),
                tr("Entered mean share in types 1–2 (%)"),
                tr("Entered SD of the share in types 1–2"),
            ),
            (None, 0.0, 0.0, 0.0),
            (None, None, 100.0, None),
        ):
            number = QgsProcessingParameterNumber(name, label, compat.NUMBER_DOUBLE, optional=True)
            if low is not None:
                number.setMinimum(low)
            if high is not None:
                number.setMaximum(high)
            self.addParameter(above(number, 0.0) if "SD" in name else number)
        for name, label, default in (
            (self.INEQ_FACTOR, tr("Criterion 1: SDs above the mean (ojämlikhetsindex)"), 1.0),
            (self.SHARE_FACTOR, tr("Criterion 2: SDs above the mean (types 1–2)"), 1.5),
        ):
            self.addParameter(
                advanced(
                    QgsProcessingParameterNumber(
                        name, label, compat.NUMBER_DOUBLE, defaultValue=default, minValue=0.0
                    )
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Kommuner: ojämlikhetsindex and criteria"), compat.VECTOR
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.LAN_OUTPUT, tr("Län: ojämlikhetsindex"), compat.VECTOR
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.MAP,
                tr("Kommun map of the ojämlikhetsindex"),
                compat.VECTOR_POLYGON,
                optional=True,
            )
        )

    def _groups(self, parameters, context, columns, national_groups=None):
        """The groups and the low, high and persons fields (of a national table: guessed)."""
        from ...core.areatypes.area_type_fields import guess_income_groups

        groups = (
            national_groups or GROUPS[self.parameterAsEnum(parameters, self.GROUPS_CHOICE, context)]
        )
        guessed = guess_income_groups(columns, groups)
        chosen = [
            None if national_groups else (self.parameterAsString(parameters, n, context) or None)
            for n in (self.LOW, self.HIGH, self.PERSONS)
        ]
        low, high = chosen[0] or guessed[0], chosen[1] or guessed[1]
        persons = chosen[2] or (guessed[2] if groups == "economic_standard" else None)
        if not (low and high):
            raise InputError(
                tr(
                    "Choose the fields of the low and the high income group: no field has SCB's "
                    "name for them."
                )
            )
        return groups, low, high, persons

    def _national(self, parameters, context, feedback, frame, code_field, groups):
        from ...core.areatypes.inequality import NationalValues

        choice = self.parameterAsEnum(parameters, self.NATIONAL, context)
        if choice == 0:
            return None
        if choice == NATIONAL_DEFAULT:
            return self._national_baseline(parameters, context, feedback, frame, code_field, groups)
        if not all(is_given(parameters, n) for n in NATIONAL_VALUES):
            raise InputError(tr("Enter all four national values: both means and both SDs."))
        values = [self.parameterAsDouble(parameters, n, context) for n in NATIONAL_VALUES]
        return NationalValues(*values)

    def _national_baseline(self, parameters, context, feedback, frame, code_field, groups):
        from ...core.areatypes import national_baseline as B
        from ...core.areatypes.area_type_fields import guess_residents_field
        from ...core.statistics.join import guess_area_code_field

        year = optional_int(self, parameters, self.YEAR, context)
        folder = cache_dir(self, parameters, context)
        national = None
        if not B.covers_country(frame[code_field]):
            source, deso = read_source(
                self, parameters, self.NATIONAL_DESO, context, geometry=False
            )
            if deso is not None:
                _, low, high, persons = self._groups(
                    parameters, context, list(deso.columns), groups
                )
                code = guess_area_code_field(deso)
                if not code:
                    raise InputError(
                        tr("The national DeSO table {} has no field of DeSO codes.").format(
                            source.sourceName()
                        )
                    )
                _, types = read_source(
                    self, parameters, self.NATIONAL_TYPES, context, geometry=False
                )
                names = [source.sourceName()]
                if types is not None:
                    names.append(
                        self.parameterAsSource(
                            parameters, self.NATIONAL_TYPES, context
                        ).sourceName()
                    )
                national = B.national_values(
                    deso,
                    code,
                    low,
                    high,
                    persons_field=persons,
                    groups=groups,
                    types=types,
                    types_code_field=guess_area_code_field(types) if types is not None else None,
                    population_field=guess_residents_field(list(types.columns))
                    if types is not None
                    else None,
                    source=", ".join(names),
                )
        values, lines, to_store = B.national_baseline(
            frame[code_field], year=year, groups=groups, national=national, cache_dir=folder
        )
        for line in lines:
            if "NOT national" in line:
                feedback.pushWarning(translate_core_message(line))
            else:
                feedback.pushInfo(translate_core_message(line))
        if to_store is not None:
            try:
                stored = B.save_baseline(folder, year, groups, to_store)
            except OSError:
                stored = None
            if stored is not None:
                feedback.pushInfo(tr("National mean and SD stored in {}.").format(stored))
        return values

    def _types(self, parameters, context, frame, code_field):
        from ...core.areatypes.area_type_fields import guess_residents_field
        from ...core.statistics.join import guess_area_code_field

        source, types = read_source(self, parameters, self.TYPES, context, geometry=False)
        if source is None:
            if "area_type" not in frame.columns:
                return None, None, None
            types = frame
        columns = list(types.columns)
        population = self.parameterAsString(parameters, self.TYPES_POPULATION, context)
        population = population or guess_residents_field(columns)
        code = code_field if types is frame else guess_area_code_field(types)
        return types, code, population

    def process(self, parameters, context, feedback):
        from ...core.areatypes.inequality_report import inequality_report, kommun_map
        from ...core.statistics.join import guess_area_code_field

        want_map = bool(parameters.get(self.MAP))
        # the map dissolves the DeSO polygons; a DeSO without one still counts in the index
        source, frame = read_source(
            self,
            parameters,
            self.INPUT,
            context,
            feedback,
            geometry=want_map,
            geometry_types=(POLYGON,) if want_map else (),
            allow_missing_geometry=True,
            required=True,
        )
        columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
        code_field = self.parameterAsString(
            parameters, self.CODE_FIELD, context
        ) or guess_area_code_field(frame[columns])
        if not code_field:
            raise InputError(tr("No area code field found; choose the field with the DeSO codes."))
        groups, low, high, persons = self._groups(parameters, context, columns)
        types, types_code, population = self._types(parameters, context, frame, code_field)
        report = inequality_report(
            frame,
            code_field,
            low,
            high,
            persons_field=persons,
            groups=groups,
            types=types,
            types_code_field=types_code,
            population_field=population,
            national=self._national(parameters, context, feedback, frame, code_field, groups),
            inequality_sd_factor=self.parameterAsDouble(parameters, self.INEQ_FACTOR, context),
            share_sd_factor=self.parameterAsDouble(parameters, self.SHARE_FACTOR, context),
        )
        feedback.pushInfo(report.method)
        feedback.pushInfo(
            tr("Groups: low '{}', high '{}'{}.").format(
                low, high, tr(", shares of '{}'").format(persons) if persons else ""
            )
        )
        if types is None:
            feedback.pushInfo(tr("No area types given: the share in types 1–2 is left empty."))
        else:
            feedback.pushInfo(tr("Share in types 1–2 from residents '{}'.").format(population))
        for line in report.lines:
            feedback.pushInfo(translate_core_message(line))
        for warning in report.warnings:
            feedback.pushWarning(translate_core_message(warning))
        self.progress(feedback).check()
        no_geometry = compat.WKB_NO_GEOMETRY
        year = optional_int(self, parameters, self.YEAR, context)
        kommun_title = self.titled(tr("Ojämlikhetsindex per kommun"), parameters, context, year)
        self.writer.add_frame(
            self.OUTPUT, report.kommuner, wkb_type=no_geometry, title=kommun_title
        )
        self.writer.add_frame(
            self.LAN_OUTPUT,
            report.lan,
            wkb_type=no_geometry,
            title=self.titled(tr("Ojämlikhetsindex per län"), parameters, context, year),
        )
        if want_map:
            kommuner = kommun_map(frame, code_field, report.kommuner)
            self.writer.add_frame(
                self.MAP,
                kommuner,
                crs=source.sourceCrs(),
                style="inequality",
                name_field="name",
                title=tr("Map: {}").format(kommun_title),
            )
        return {}
