"""The indicator profile step of the guided analysis (:func:`indicator_profiles`).

'Indicator profile' runs on the area-type layers of the DeSO and the RegSO, so that the
outputs carry the standard indicators (shares through their counts, with the kommun's and,
from the national areas when the analysis has them, the country's values) beside the area
types. A layer with none of the fields of SCB's standard tables keeps its area types only,
and the log says so.
"""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ...i18n import tr
from .run import TEMPORARY, Analysis, run_child


def indicator_profiles(analysis: Analysis) -> None:
    """The indicator profile on the DeSO's and the RegSO's area types, every year."""
    for level, types, national in (
        ("RegSO", analysis.regso_types, analysis.national_regso),
        ("DeSO", analysis.deso_types, analysis.national_deso),
    ):
        for year, (layer, result) in list(types.items()):
            params = {"INPUT": layer, "OUTPUT": TEMPORARY}
            if national.get(year) is not None:
                params["NATIONAL"] = national[year]
            what = tr("Indicator profile of the {level} ({year})").format(level=level, year=year)
            try:
                profile = run_child(analysis, "indicatorprofile", params, what)
            except QgsProcessingException as exc:  # none of the standard tables' fields
                analysis.feedback.pushInfo(
                    tr("{level} {year}: no indicator profile ({reason}).").format(
                        level=level, year=year, reason=exc
                    )
                )
                continue
            types[year] = (analysis.layer(profile["OUTPUT"]), result)
            analysis.feedback.pushInfo(
                tr("{level} {year}: {n} indicators.").format(
                    level=level, year=year, n=profile["INDICATORS"]
                )
            )
