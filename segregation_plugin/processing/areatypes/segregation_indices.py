"""segregation:segregationindices — standard segregation measures per kommun, län or layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...core.common.errors import InputError
from ...i18n import format_number, tr
from .. import compat
from ..algorithm import SegregationAlgorithm
from ..frames import read_source
from ..parameters import advanced

REGIONS = ["kommun", "lan", "none", "field"]
CONTIGUITY = ["vertex", "touch"]


class SegregationIndices(SegregationAlgorithm):
    ALG_ID = "segregationindices"
    DISPLAY_NAME = "Segregation indices"
    ORDER = 40
    REQUIRES = ("pandas", "numpy", "geopandas", "shapely")
    SHORT_DESCRIPTION = (
        "Dissimilarity, isolation, exposure, entropy, Gini, spatial dissimilarity and "
        "multigroup Theil for any group, per kommun or län."
    )
    TAGS = ("dissimilarity", "segregationsindex", "isolation", "exposure", "theil", "gini")
    HELP = (
        "Measures how unevenly a group lives across the areas of each kommun, each län or the "
        "whole layer, for any count you have: persons born abroad, income quartile 1, "
        "hyresrätter, persons with förgymnasial education. Choose the group field and the "
        "total it is part of (e.g. 'inkomst kvartil 1' and 'inkomst totalt'):<ul>"
        "<li><b>dissimilarity</b>: the share of the group that would have to move for an "
        "even spread (0–1);</li>"
        "<li><b>isolation</b>: the group's share in the area of the average group member;</li>"
        "<li><b>exposure</b>: the share of others in that area;</li>"
        "<li><b>entropy</b> (Theil's H) and <b>Gini</b>: evenness, 0–1;</li>"
        "<li><b>spatial dissimilarity</b>: dissimilarity less the differences between "
        "neighbouring areas (queen contiguity: areas sharing a corner).</li></ul>"
        "With several group fields that together make the whole (e.g. the four income "
        "quartiles) the table also gives the <b>multigroup Theil index</b>. The definitions "
        "are those of Massey &amp; Denton (1988) as in the PySAL segregation package, and the "
        "values equal PySAL's. Areas with a missing count are left out and counted."
    )

    INPUT, GROUP, TOTAL, THEIL = "INPUT", "GROUP_FIELD", "TOTAL_FIELD", "THEIL_FIELDS"
    REGIONS_CHOICE, REGION_FIELD, CODE_FIELD = "REGIONS", "REGION_FIELD", "CODE_FIELD"
    INCLUDE_ALL, CONTIGUITY_RULE, ROW_STANDARDISED = "INCLUDE_ALL", "CONTIGUITY", "ROW_STANDARDISED"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Areas with counts (DeSO, RegSO, districts)"),
                [compat.VECTOR],
            )
        )
        for name, label in (
            (self.GROUP, tr("Group field (count)")),
            (self.TOTAL, tr("Total field (the count the group is part of)")),
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
                self.THEIL,
                tr("Groups for the multigroup Theil index (two or more; optional)"),
                parentLayerParameterName=self.INPUT,
                type=compat.FIELD_NUMERIC,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.REGIONS_CHOICE,
                tr("Measure within each"),
                options=[
                    tr("kommun (from the area codes)"),
                    tr("län (from the area codes)"),
                    tr("nothing: the whole layer only"),
                    tr("value of the region field below"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.REGION_FIELD,
                tr("Region field"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                tr("Area code field (empty: found)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INCLUDE_ALL, tr("Also for all areas together"), defaultValue=True
            )
        )
        for definition in (
            QgsProcessingParameterEnum(
                self.CONTIGUITY_RULE,
                tr("Neighbours for spatial dissimilarity"),
                options=[
                    tr("areas sharing a boundary vertex (SCB's layers)"),
                    tr("areas touching (hand-drawn districts)"),
                ],
                defaultValue=0,
            ),
            QgsProcessingParameterBoolean(
                self.ROW_STANDARDISED, tr("Row-standardised neighbour weights"), defaultValue=False
            ),
        ):
            self.addParameter(advanced(definition))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Segregation indices"), compat.VECTOR)
        )

    def process(self, parameters, context, feedback):
        from ...core.areatypes.segregation_measures import (
            ALL_AREAS,
            segregation_indices,
            theil_table,
        )
        from ...core.common import codes
        from ...core.statistics.join import guess_area_code_field

        group = self.parameterAsString(parameters, self.GROUP, context)
        total = self.parameterAsString(parameters, self.TOTAL, context)
        theil = self.parameterAsFields(parameters, self.THEIL, context)
        if bool(group) != bool(total):
            raise InputError(tr("Choose both the group field and the total field."))
        if not group and not theil:
            raise InputError(
                tr("Choose a group and a total field, or two or more groups for the Theil index.")
            )
        _, frame = read_source(self, parameters, self.INPUT, context, feedback, required=True)
        columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
        regions = REGIONS[self.parameterAsEnum(parameters, self.REGIONS_CHOICE, context)]
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context) or None
        if regions == "field" and not region_field:
            raise InputError(tr("Choose the region field."))
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) or (
            guess_area_code_field(frame[columns]) if regions in ("kommun", "lan") else None
        )
        if regions in ("kommun", "lan") and not code_field:
            raise InputError(
                tr("No area code field found to read the kommun or län from; choose it.")
            )
        where = dict(
            region_field=region_field if regions == "field" else None,
            region_level={"kommun": codes.KOMMUN, "lan": codes.LAN}.get(regions),
            code_field=code_field,
            include_all=self.parameterAsBool(parameters, self.INCLUDE_ALL, context)
            or regions == "none",
        )
        table = None
        if group:
            table = segregation_indices(
                frame,
                group,
                total,
                contiguity=CONTIGUITY[
                    self.parameterAsEnum(parameters, self.CONTIGUITY_RULE, context)
                ],
                row_standardised=self.parameterAsBool(parameters, self.ROW_STANDARDISED, context),
                progress=self.progress(feedback),
                **where,
            )
            table.insert(1, "group_field", group)
            table.insert(2, "total_field", total)
        if theil:
            multi = theil_table(frame, theil, **where)
            if table is None:
                table = multi
            else:
                keep = multi[["region", "groups", "theil_multigroup"]]
                table = table.merge(keep, on="region", how="left")
        for _, row in table.iterrows():
            label = tr("all areas") if row["region"] == ALL_AREAS else row["region"]
            parts = []
            if "dissimilarity" in row and row["dissimilarity"] == row["dissimilarity"]:
                parts.append(tr("dissimilarity {}").format(format_number(row["dissimilarity"], 3)))
            if "theil_multigroup" in row and row["theil_multigroup"] == row["theil_multigroup"]:
                parts.append(
                    tr("multigroup Theil {}").format(format_number(row["theil_multigroup"], 3))
                )
            feedback.pushInfo(f"{label}: {', '.join(parts) or '–'}")
        self.progress(feedback).check()
        self.writer.add_frame(
            self.OUTPUT,
            table,
            wkb_type=compat.WKB_NO_GEOMETRY,
            title=self.titled(tr("Segregation indices"), parameters, context),
        )
        return {}
