"""SCB's official area types in the guided analysis: recognised in the statistics folder by
their content (:func:`official_export`) and compared with the RegSO's own types by
'Import official area types' (:func:`compare_official`), whose agreement table is an output.
"""

from __future__ import annotations

import os

from qgis.core import QgsProcessingException

from ...core.areatypes.official_types import is_official_types_export
from ...i18n import format_number, tr
from .run import TEMPORARY, Analysis, run_child


def official_export(analysis: Analysis, path: str) -> bool:
    """Whether ``path`` is an export of SCB's official area types (then kept for the
    comparison, not imported as statistics)."""
    if not is_official_types_export(path):
        return False
    analysis.official.append(path)
    analysis.feedback.pushInfo(
        tr("{file}: SCB's official area types per RegSO; compared with the RegSO's own.").format(
            file=os.path.basename(path)
        )
    )
    return True


def compare_official(analysis: Analysis) -> None:
    """The RegSO's own types of the latest year against SCB's official ones."""
    if not analysis.official:
        return
    key = analysis.parameters.get("KEY_TABLE")
    if not key:
        analysis.feedback.pushWarning(
            tr(
                "The official area types name their RegSO; matching the names needs SCB's "
                "DeSO–RegSO key with names (koppling_deso2018_regso2020.csv): give it as the "
                "key table. The comparison is left out."
            )
        )
        return
    year = analysis.years[-1]
    path = analysis.official[0]
    params = {
        "INPUT": path,
        "KEY_TABLE": key,
        "YEAR": year,
        "AREA_TYPES": analysis.regso_types[year][0],
        "OUTPUT": TEMPORARY,
        "UNMATCHED": TEMPORARY,
        "AGREEMENT": TEMPORARY,
    }
    what = tr("Comparing the RegSO's types with {file} ({year})").format(
        file=os.path.basename(path), year=year
    )
    try:
        result = run_child(analysis, "officialtypes", params, what)
    except QgsProcessingException as exc:  # e.g. the export has no column for the year
        analysis.feedback.pushWarning(
            tr("The comparison with the official area types is left out: {}").format(exc)
        )
        return
    analysis.agreement = analysis.layer(result["AGREEMENT"])
    analysis.agreement_results = {
        name: result[name] for name in ("COMPARED", "SHARE_IDENTICAL", "SHARE_WITHIN_ONE")
    }
    if result["COMPARED"]:
        analysis.feedback.pushInfo(
            tr(
                "Own and official area types, {n} RegSO: {identical} % identical, {within} % "
                "within one type."
            ).format(
                n=result["COMPARED"],
                identical=format_number(result["SHARE_IDENTICAL"], 1),
                within=format_number(result["SHARE_WITHIN_ONE"], 1),
            )
        )
