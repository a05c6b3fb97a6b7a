"""The bundled sample region (a fictional county) as styled layers in a QGIS project.

Used by the dock's "Load sample region" button and by headless scripts (the demo): no
widgets here. Files come from ``resources/sample`` (``make sample`` writes them):

- ``exempellan.gpkg``: lan, kommun, regso, deso, regionplan_noder, op_markanvandning,
  planerade_bostader;
- ``befolkning_250m.tif``: population per 250 m cell (EPSG:3006);
- ``exempellan_gtfs.zip``: a GTFS feed, whose stops are shown as points.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsVectorLayer

from ..i18n import tr
from ..paths import sample_dir
from ..processing.outputs import apply_style

GPKG = "exempellan.gpkg"
POPULATION_RASTER = "befolkning_250m.tif"
GTFS_ZIP = "exempellan_gtfs.zip"
SAMPLE_FILES = (GPKG, POPULATION_RASTER, GTFS_ZIP)

# Custom layer property naming the sample layer a QGIS layer was made from ("lan", "deso"...).
SAMPLE_KEY = "segregation/sample_layer"

# The geopackage's layers from the top of the drawing order to the bottom (after the GTFS
# stops, before the population raster).
GPKG_LAYERS = (
    "planerade_bostader",
    "regionplan_noder",
    "op_markanvandning",
    "deso",
    "regso",
    "kommun",
    "lan",
)
GTFS_STOPS = "gtfs_stops"
POPULATION = "befolkning_250m"


def default_group_name() -> str:
    return tr("Sample county (fictional)")


def layer_titles() -> dict:
    """Layer names shown in the layer tree, by sample layer key."""
    return {
        GTFS_STOPS: tr("Public transport stops (GTFS)"),
        "planerade_bostader": tr("Planned housing"),
        "regionplan_noder": tr("Regional plan nodes"),
        "op_markanvandning": tr("Land use, comprehensive plan"),
        "deso": "DeSO",
        "regso": "RegSO",
        "kommun": tr("Municipalities"),
        "lan": tr("County"),
        POPULATION: tr("Population per 250 m cell"),
    }


def sample_files(folder=None) -> dict:
    """Paths of the sample's files, by file name (they may not exist)."""
    folder = Path(folder) if folder is not None else sample_dir()
    return {name: folder / name for name in SAMPLE_FILES}


def missing_sample_files(folder=None) -> list:
    return [path for path in sample_files(folder).values() if not path.is_file()]


def gtfs_stops_uri(zip_path) -> str:
    """OGR URI of a GTFS feed's stops.txt (inside the zip) as points in WGS 84."""
    # The CSV: prefix makes GDAL read a .txt file with its CSV driver.
    return (
        f"CSV:/vsizip/{Path(zip_path).as_posix()}/stops.txt"
        "|option:X_POSSIBLE_NAMES=stop_lon|option:Y_POSSIBLE_NAMES=stop_lat"
        "|option:KEEP_GEOM_COLUMNS=NO"
    )


def gtfs_stops_filter(zip_path) -> str:
    """OGR SQL filter keeping one point per place: stations, and stops without a station.

    Platforms (location_type 0 or empty) that belong to a station, entrances and other
    nodes are left out. Columns the feed lacks are not used.
    """
    with zipfile.ZipFile(zip_path) as archive, archive.open("stops.txt") as raw:
        header = next(csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig")), [])
    columns = {name.strip() for name in header}
    stop = '("location_type" IS NULL OR "location_type" = \'\' OR "location_type" = \'0\')'
    alone = '("parent_station" IS NULL OR "parent_station" = \'\')'
    if "location_type" in columns and "parent_station" in columns:
        return f"\"location_type\" = '1' OR ({stop} AND {alone})"
    if "location_type" in columns:
        return f"\"location_type\" = '1' OR {stop}"
    return ""


def _read_layers(files: dict) -> list:
    """The sample's layers in drawing order (top first), styled but not yet in a project."""
    titles = layer_titles()
    gpkg = files[GPKG]
    made = []

    stops = QgsVectorLayer(gtfs_stops_uri(files[GTFS_ZIP]), titles[GTFS_STOPS], "ogr")
    if stops.isValid():
        stops.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        subset = gtfs_stops_filter(files[GTFS_ZIP])
        if subset:
            stops.setSubsetString(subset)
    made.append((GTFS_STOPS, stops, files[GTFS_ZIP]))

    for name in GPKG_LAYERS:
        layer = QgsVectorLayer(f"{gpkg.as_posix()}|layername={name}", titles[name], "ogr")
        made.append((name, layer, f"{gpkg}|layername={name}"))

    raster = QgsRasterLayer(str(files[POPULATION_RASTER]), titles[POPULATION], "gdal")
    made.append((POPULATION, raster, files[POPULATION_RASTER]))

    broken = [str(where) for _, layer, where in made if not layer.isValid()]
    if broken:
        raise ValueError(
            tr("Could not read the sample data: {}. Reinstall the plugin.").format(
                "; ".join(broken)
            )
        )
    layers = []
    for key, layer, _ in made:
        layer.setCustomProperty(SAMPLE_KEY, key)
        apply_style(layer, key)
        layers.append(layer)
    return layers


def load_sample(project=None, group_name: str = None, folder=None) -> list:
    """Add the sample region's styled layers to ``project`` in a new layer-tree group.

    Returns the layers from the top of the drawing order to the bottom: GTFS stops,
    planned housing, regional plan nodes, land use, DeSO, RegSO, kommun, län, population
    grid. Raises FileNotFoundError (naming the files) when the sample is not there and
    ValueError when a file cannot be read; nothing is added to the project then.
    ``folder`` replaces ``resources/sample`` (for tests).
    """
    project = project or QgsProject.instance()
    missing = missing_sample_files(folder)
    if missing:
        raise FileNotFoundError(
            tr(
                "The sample region's files are missing: {}. Reinstall the plugin "
                "(in the source tree: make sample)."
            ).format(", ".join(str(p) for p in missing))
        )
    layers = _read_layers(sample_files(folder))
    # An empty project takes the sample's CRS (SWEREF 99 TM), not the CRS of the first layer
    # added (QGIS's default rule would pick the GTFS stops' WGS 84).
    empty = project.count() == 0
    group = project.layerTreeRoot().insertGroup(0, group_name or default_group_name())
    for layer in reversed(layers):  # bottom first, so the first layer added is in EPSG:3006
        project.addMapLayer(layer, False)
    for layer in layers:
        node = group.addLayer(layer)
        node.setExpanded(False)
    if empty or not project.crs().isValid():
        project.setCrs(sample_layer(layers, "lan").crs())
    return layers


def sample_layer(layers, key: str):
    """The layer made from sample layer ``key`` ("lan", "deso", "gtfs_stops"...), or None."""
    return next((layer for layer in layers if layer.customProperty(SAMPLE_KEY) == key), None)
