"""The national reference of the guided analysis (a step, :func:`national_areas`).

Officially μ and σ of the area types and the baseline of Delmos' criteria are national.
When the DeSO given do not cover Sweden but the statistics folder's exports do (SCB's usual
exports are of all DeSO), the step joins the same tables to every DeSO of the exports (a
table of their codes, no boundaries) and sums them to RegSO; 'Area types' then gets these as
its national tables (``NATIONAL_TABLES``) and 'Ojämlikhetsindex' as its national DeSO and
area types (``NATIONAL_DESO``, ``NATIONAL_AREA_TYPES``), while the outputs keep only the
chosen kommuner. Otherwise the children's own default holds (values stored in the profile,
else the areas given, said plainly in the log and on the output).
"""

from __future__ import annotations

from qgis.core import QgsFeature, QgsVectorLayer

from ...core.areatypes.national_reference import covers_country, kommuner_covered
from ...i18n import tr
from . import tables as T
from .run import TEMPORARY, Analysis, run_child

CODE_FIELD = "desokod"


def national_areas(analysis: Analysis) -> None:
    """Every DeSO and RegSO of Sweden with the statistics, when the exports cover Sweden."""
    if covers_country(analysis.area_codes):
        analysis.reference = tr("national: the DeSO given cover all of Sweden")
        return
    codes = _table_codes(analysis)
    if not covers_country(codes):
        analysis.reference = tr(
            "the children's national default: the exports cover {n} of Sweden's 290 kommuner"
        ).format(n=len(kommuner_covered(codes)))
        analysis.feedback.pushInfo(
            tr(
                "The exports cover {n} kommuner, not all of Sweden: μ and σ come from national "
                "values stored earlier, else from the areas given (the log of each step says "
                "which). For a national reference, download the tables for all DeSO."
            ).format(n=len(kommuner_covered(codes)))
        )
        return
    from .steps import join_year, sum_to_regso

    layer = _codes_layer(analysis, codes)
    can_sum = bool(analysis.parameters.get("KEY_TABLE"))
    for year in analysis.years:
        deso = join_year(analysis, layer, year, tr("DeSO of Sweden"), reports=False)
        analysis.national_deso[year] = deso
        if can_sum:
            analysis.national_regso[year] = sum_to_regso(analysis, deso, year, reports=False)
    if not can_sum:
        analysis.feedback.pushWarning(
            tr(
                "No DeSO–RegSO key table: the RegSO of Sweden cannot be summed, so the RegSO's "
                "reference is not from the exports. Give SCB's key table for it."
            )
        )
    analysis.reference = tr("national: SCB's exports of all {n} DeSO of Sweden").format(
        n=len(codes)
    )
    analysis.feedback.pushInfo(
        tr("National reference: the exports of all {n} DeSO of Sweden.").format(n=len(codes))
    )


def national_area_types(analysis: Analysis, year: int):
    """The area types of every RegSO of Sweden (for Delmos' share in types 1–2), or None."""
    regso = analysis.national_regso.get(year)
    if regso is None:
        return None
    params = {"INPUT": regso, "YEAR": year, "OUTPUT": TEMPORARY}
    if analysis.without_v3:
        params["WITHOUT_V3"] = True
    result = run_child(
        analysis, "areatypes", params, tr("Area types of the RegSO of Sweden ({})").format(year)
    )
    return analysis.layer(result["OUTPUT"])


def _table_codes(analysis: Analysis) -> list:
    """The DeSO codes every table of V1–V3 has (those the index is computed from)."""
    roles = ("V1", "V2") + (() if analysis.without_v3 else ("V3",))
    sets = []
    for table in analysis.recipes(T.DESO):
        if table.recipe.role in roles:
            layer = table.layer
            index = layer.fields().indexOf("region_code")
            if index >= 0:
                sets.append({str(c) for c in layer.uniqueValues(index) if c})
    return sorted(set.intersection(*sets)) if sets else []


def _codes_layer(analysis: Analysis, codes) -> QgsVectorLayer:
    """A table of ``codes`` (field desokod), owned by the children's context."""
    layer = QgsVectorLayer(f"None?field={CODE_FIELD}:string(10)", "DeSO of Sweden", "memory")
    features = []
    for code in codes:
        feature = QgsFeature(layer.fields())
        feature[CODE_FIELD] = code
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    analysis.children.temporaryLayerStore().addMapLayer(layer)
    return layer
