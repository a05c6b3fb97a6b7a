"""Parameters of 'Aggregate areas' that other tools ask for the same way.

How a small area finds its larger area: a field with the target code or SCB's key table
(RegSO, kommun, län), or the user's district layer with its name field, the rule that puts a
DeSO in a district and an optional population grid. 'Tenure mix per area' sums to the same
levels and declares these parameters with the same names, labels and defaults.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ...i18n import tr
from .. import compat
from ..parameters import population_raster_parameter

KEY_FIELD, KEY_TABLE = "KEY_FIELD", "KEY_TABLE"
DISTRICTS, DISTRICT_ID, METHOD, GRID = "DISTRICTS", "DISTRICT_ID", "METHOD", "POPULATION_GRID"
METHODS = ["overlap", "centroid"]  # the choices of METHOD


def add_key_and_district_parameters(algorithm, parent: str) -> None:
    """The target code field of ``parent`` and the key table, then the district layer, its
    name field, the assignment rule and the population grid."""
    algorithm.addParameter(
        QgsProcessingParameterField(
            KEY_FIELD,
            tr("Field with the target code (e.g. regsokod; empty: from the codes or a key table)"),
            parentLayerParameterName=parent,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            KEY_TABLE,
            tr("Key table (csv), e.g. SCB's koppling_deso2018_regso2020.csv"),
            fileFilter=tr("Key tables (*.csv *.txt);;All files (*.*)"),
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            DISTRICTS, tr("Districts (polygons)"), [compat.VECTOR_POLYGON], optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            DISTRICT_ID,
            tr("District name or id field (empty: the first field)"),
            parentLayerParameterName=DISTRICTS,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            METHOD,
            tr("A DeSO goes to the district"),
            options=[tr("that covers most of its area"), tr("that holds its population centre")],
            defaultValue=0,
        )
    )
    algorithm.addParameter(
        population_raster_parameter(tr("Population grid (persons per cell; optional)"), GRID)
    )
