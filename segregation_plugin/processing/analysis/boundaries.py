"""The boundaries of the guided analysis when the user gives none (:func:`get_boundaries`).

'Get area boundaries' fetches the DeSO of the chosen kommuner or län from SCB's WFS (or reads
them from a GeoPackage/zip the user downloaded), in the DeSO version of the statistics:
statistics up to 2023 are on DeSO 2018, from 2024 on DeSO 2025. SCB's DeSO carry their
``regsokod``, so the RegSO are the DeSO merged by 'Aggregate areas' (or, without that field,
through the DeSO–RegSO key table).
"""

from __future__ import annotations

from ...i18n import tr
from .run import TEMPORARY, Analysis, run_child

DESO_2025, DESO_2018 = 0, 1  # the options of getboundaries' KIND
FIRST_YEAR_ON_DESO_2025 = 2024


def deso_kind(year: int) -> int:
    """The DeSO version statistics of ``year`` are on."""
    return DESO_2025 if year >= FIRST_YEAR_ON_DESO_2025 else DESO_2018


def get_boundaries(analysis: Analysis) -> None:
    """The DeSO of the chosen kommuner, fetched or read from a file, when none are given."""
    if analysis.parameters.get("DESO"):
        return
    year = analysis.years[-1]
    kind = deso_kind(year)
    params = {
        "KIND": kind,
        "AREAS": ", ".join(analysis.choice.kommuner + analysis.choice.lan),
        "OUTPUT": TEMPORARY,
    }
    if analysis.parameters.get("BOUNDARIES_FILE"):
        params["INPUT"] = analysis.parameters["BOUNDARIES_FILE"]
    if analysis.parameters.get("WFS_URL"):
        params["WFS_URL"] = analysis.parameters["WFS_URL"]
    version = "DeSO 2025" if kind == DESO_2025 else "DeSO 2018"
    result = run_child(
        analysis,
        "getboundaries",
        params,
        tr("Getting the {version} boundaries (statistics of {year})").format(
            version=version, year=year
        ),
    )
    layer = analysis.layer(result["OUTPUT"])
    analysis.parameters["DESO"] = layer
    index = layer.fields().indexOf("desokod")
    analysis.area_codes = [str(f[index]) for f in layer.getFeatures()]
    analysis.feedback.pushInfo(
        tr("{title}: {n} DeSO from {source}.").format(
            title=result["TITLE"], n=result["COUNT"], source=result["SOURCE"]
        )
    )
