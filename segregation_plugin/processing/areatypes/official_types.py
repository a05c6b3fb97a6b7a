"""segregation:officialtypes — SCB's official area types per RegSO, read by name and compared."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..messages import translate_core_message
from ..parameters import optional_int, year_parameter


class OfficialTypes(SegregationAlgorithm):
    ALG_ID = "officialtypes"
    DISPLAY_NAME = "Import official area types"
    ORDER = 50  # after the analysis steps: a check against SCB
    REQUIRES = ("pandas", "numpy")
    SHORT_DESCRIPTION = (
        "SCB's official area type of each RegSO, read from an export that names the RegSO, "
        "and how far your own area types agree with them."
    )
    TAGS = ("områdestyp", "official", "officiell", "regso", "segregationsbarometern", "compare")
    HELP = (
        "Reads SCB's official area types (områdestyper) per RegSO from a Statistikdatabasen "
        "export (xlsx or csv) whose regions are names written 'Kommun (RegSO-namn)', e.g. "
        "'Upplands Väsby (Bollstanäs)', with one year column and the type 1–5 as the value. "
        "The names are matched to RegSO codes through SCB's DeSO–RegSO key "
        "(koppling_deso2018_regso2020.csv): inside the kommun named, so that a RegSO name "
        "used in several kommuner (Berga, Tuna…) finds the right one. Case, spaces and dashes "
        "are evened out; nothing else is guessed. <b>Every row not matched</b> is listed in "
        "its own table and in the log with the reason.<br>"
        "Give your own area types (the output of Area types for RegSO) to compare them with "
        "the official ones: the agreement table counts the RegSO (and, with a residents field, "
        "the residents) for each own type × official type, and the log gives the share "
        "identical and the share within one type."
    )

    INPUT, KEY, YEAR = "INPUT", "KEY_TABLE", "YEAR"
    AREA_TYPES, CODE_FIELD, TYPE_FIELD, POPULATION = (
        "AREA_TYPES",
        "CODE_FIELD",
        "TYPE_FIELD",
        "POPULATION_FIELD",
    )
    OUTPUT, UNMATCHED, AGREEMENT = "OUTPUT", "UNMATCHED", "AGREEMENT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("Official area types (SCB export, xlsx or csv)"),
                fileFilter=tr("SCB tables (*.xlsx *.csv *.txt);;All files (*.*)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.KEY,
                tr("DeSO–RegSO key with names (SCB's koppling_deso2018_regso2020.csv)"),
                fileFilter=tr("Key tables (*.csv *.txt);;All files (*.*)"),
            )
        )
        self.addParameter(
            year_parameter(
                self.YEAR, tr("Year to read (empty: the export's only year)"), 1990, 2100
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREA_TYPES,
                tr("Your own area types per RegSO to compare (optional)"),
                [compat.VECTOR],
                optional=True,
            )
        )
        for name, label, default, numeric in (
            (self.CODE_FIELD, tr("RegSO code field (empty: found)"), None, False),
            (self.TYPE_FIELD, tr("Area type field (1–5)"), "area_type", False),
            (self.POPULATION, tr("Residents field (empty: guessed)"), None, True),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    label,
                    defaultValue=default,
                    parentLayerParameterName=self.AREA_TYPES,
                    type=compat.FIELD_NUMERIC if numeric else compat.FIELD_ANY,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Official area types per RegSO"), compat.VECTOR
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.UNMATCHED, tr("Names not matched"), compat.VECTOR
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.AGREEMENT,
                tr("Agreement of own and official types"),
                compat.VECTOR,
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("MATCHED", tr("RegSO matched")))
        self.addOutput(QgsProcessingOutputNumber("NOT_MATCHED", tr("Names not matched")))
        self.addOutput(QgsProcessingOutputNumber("COMPARED", tr("RegSO compared")))
        self.addOutput(QgsProcessingOutputNumber("SHARE_IDENTICAL", tr("Share identical (%)")))
        self.addOutput(
            QgsProcessingOutputNumber("SHARE_WITHIN_ONE", tr("Share within one type (%)"))
        )

    def process(self, parameters, context, feedback):
        from ...core.areatypes.area_type_fields import guess_residents_field
        from ...core.areatypes.official_types import read_official_types
        from ...core.areatypes.type_agreement import compare_types
        from ...core.common import codes as C
        from ...core.statistics.aggregate import read_key_table

        path = self.parameterAsFile(parameters, self.INPUT, context)
        key_path = self.parameterAsFile(parameters, self.KEY, context)
        if not path or not key_path:
            raise InputError(tr("Choose the export of official area types and the key table."))
        year = optional_int(self, parameters, self.YEAR, context)
        progress = self.progress(feedback)
        official = read_official_types(path, read_key_table(key_path), year=year)
        for line in official.summary():
            feedback.pushInfo(translate_core_message(line))
        if not official.unmatched.empty:
            feedback.pushWarning(
                tr("{} name(s) not matched: see the table 'Names not matched'.").format(
                    len(official.unmatched)
                )
            )
        progress.check()
        out = {
            "MATCHED": len(official.table),
            "NOT_MATCHED": len(official.unmatched),
            "COMPARED": 0,
            "SHARE_IDENTICAL": None,
            "SHARE_WITHIN_ONE": None,
        }
        own_source, own = read_source(
            self, parameters, self.AREA_TYPES, context, feedback, geometry=False
        )
        if own is not None:
            columns = list(own.columns)
            code = self.parameterAsString(parameters, self.CODE_FIELD, context)
            code = code or C.guess_code_field(columns, C.REGSO)
            if not code:
                raise InputError(tr("No RegSO code field found; choose it."))
            type_field = self.parameterAsString(parameters, self.TYPE_FIELD, context)
            type_field = type_field or "area_type"
            population = self.parameterAsString(parameters, self.POPULATION, context)
            population = population or guess_residents_field(columns, official.year)
            agreement = compare_types(own, code, type_field, official.table, population)
            for line in agreement.summary():
                feedback.pushInfo(translate_core_message(line))
            _warn_no_common_code(feedback, own, code, official.table, own_source, parameters)
            if population:
                feedback.pushInfo(tr("Residents field: {}.").format(population))
            out.update(
                COMPARED=agreement.n_compared,
                SHARE_IDENTICAL=agreement.share_identical,
                SHARE_WITHIN_ONE=agreement.share_within_one,
            )
            if parameters.get(self.AGREEMENT):
                self.writer.add_frame(
                    self.AGREEMENT,
                    agreement.table,
                    wkb_type=compat.WKB_NO_GEOMETRY,
                    title=self.titled(
                        tr("Agreement with the official area types"),
                        parameters,
                        context,
                        official.year,
                    ),
                )
        elif parameters.get(self.AGREEMENT):
            feedback.pushInfo(tr("No own area types given: nothing to compare."))
        no_geometry = compat.WKB_NO_GEOMETRY
        self.writer.add_frame(
            self.OUTPUT,
            official.table,
            wkb_type=no_geometry,
            title=self.titled(tr("Official area types RegSO"), parameters, context, official.year),
        )
        self.writer.add_frame(
            self.UNMATCHED,
            official.unmatched,
            wkb_type=no_geometry,
            title=self.titled(tr("Names not matched"), parameters, context),
        )
        return out


def _warn_no_common_code(feedback, own, code, official, source, parameters) -> None:
    """A warning when none of the own RegSO codes is among the official ones (another code
    field, or RegSO of another version): the comparison is empty, not a finding."""
    from ..frames import source_name

    codes = own[code].dropna().astype(str).str.strip()
    if not len(codes) or codes.isin(set(official["regsokod"].astype(str))).any():
        return
    feedback.pushWarning(
        tr(
            "None of the RegSO codes in the field '{field}' of '{layer}' ({own}) is among the "
            "official area types' RegSO ({official}): nothing was compared. Choose the RegSO "
            "code field, or own area types of the RegSO version of the export."
        ).format(
            field=code,
            layer=source_name(source, parameters.get(OfficialTypes.AREA_TYPES)),
            own=", ".join(codes.head(3)),
            official=", ".join(official["regsokod"].astype(str).head(3)),
        )
    )
