"""Hand results on: layers into one GeoPackage (with their styles) and a QGIS project that
opens with those styled layers.

Used by the demo (``make demo``) and available to the dock; no analysis here.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDataProvider,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from . import compat

ProviderOptions = QgsDataProvider.ProviderOptions


def safe_layer_name(name: str) -> str:
    """A GeoPackage table name from a layer name (lowercase ASCII, digits, underscores)."""
    table = name.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e")):
        table = table.replace(a, b)
    table = re.sub(r"[^a-z0-9_]+", "_", table).strip("_")
    return table or "layer"


def write_vector_layer(
    layer: QgsVectorLayer, gpkg: Path, table: str, context=None
) -> QgsVectorLayer:
    """Write ``layer`` as table ``table`` of ``gpkg`` (overwriting that table only) and return
    the written layer, styled like the original, with the style also stored in the
    GeoPackage as its default."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (
        compat.CREATE_OR_OVERWRITE_LAYER if gpkg.exists() else compat.CREATE_OR_OVERWRITE_FILE
    )
    transform_context = (
        context or QgsProject.instance().transformContext() or QgsCoordinateTransformContext()
    )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), transform_context, options)
    error, message = result[0], result[1]
    if error != compat.WRITER_NO_ERROR:
        raise RuntimeError(f"Could not write {layer.name()} to {gpkg}: {message}")
    written = QgsVectorLayer(f"{gpkg}|layername={table}", layer.name(), "ogr")
    if not written.isValid():
        raise RuntimeError(f"{gpkg}|{table} was written but cannot be read back")
    copy_style(layer, written)
    written.saveStyleToDatabase(table, "Segregation plugin style", True, "")
    return written


def copy_style(source: QgsMapLayer, target: QgsMapLayer) -> None:
    from qgis.PyQt.QtXml import QDomDocument

    doc = QDomDocument()
    source.exportNamedStyle(doc)
    target.importNamedStyle(doc)
    for key in source.customPropertyKeys():
        target.setCustomProperty(key, source.customProperty(key))


def package_project(
    project: QgsProject, out_dir: Path, gpkg_name: str = "sample.gpkg", qgz_name: str = "sample.qgz"
):
    """Write every vector layer of ``project`` into ``out_dir/gpkg_name``, copy file-based
    rasters beside it, repoint the project's layers to those files (same tree, same styles;
    vector layers keep their ids, so print layouts keep their layers) and save
    ``out_dir/qgz_name``. Returns (gpkg path, project path)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / gpkg_name
    if gpkg.exists():
        gpkg.unlink()
    root = project.layerTreeRoot()
    used = set()
    for node in root.findLayers():
        layer = node.layer()
        if layer is None:
            continue
        if isinstance(layer, QgsVectorLayer):
            table = safe_layer_name(
                layer.customProperty("segregation/table", "")
                or layer.customProperty("segregation/sample_layer", "")
                or layer.name()
            )
            while table in used:
                table += "_2"
            used.add(table)
            written = write_vector_layer(layer, gpkg, table, project.transformContext())
            # the same layer (same id, style) now reads the file: print layouts, atlases and
            # legends that name it keep working
            layer.setDataSource(
                written.source(), layer.name(), written.providerType(), ProviderOptions(), False
            )
        elif isinstance(layer, QgsRasterLayer) and Path(layer.source()).is_file():
            target = out_dir / Path(layer.source()).name
            if Path(layer.source()).resolve() != target.resolve():
                shutil.copyfile(layer.source(), target)
            raster = QgsRasterLayer(str(target), layer.name())
            copy_style(layer, raster)
            _swap_layer(project, node, layer, raster)
    qgz = out_dir / qgz_name
    project.writeEntryBool("Paths", "/Absolute", False)
    # a project written without a map canvas has no view: open it on all its layers
    layers = [node.layer() for node in root.findLayers() if node.layer() is not None]
    if layers and project.crs().isValid():
        view = full_extent(project, layers, project.crs())
        view.scale(1.05)
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, project.crs()))
    if not project.write(str(qgz)):
        raise RuntimeError(f"Could not save the project {qgz}: {project.error()}")
    return gpkg, qgz


def _swap_layer(project, node, old, new):
    parent = node.parent()
    index = parent.children().index(node)
    visible = node.itemVisibilityChecked()
    project.addMapLayer(new, False)
    new_node = parent.insertLayer(index, new)
    new_node.setItemVisibilityChecked(visible)
    new_node.setExpanded(node.isExpanded())
    project.removeMapLayer(old.id())


def full_extent(project, layers, crs) -> QgsRectangle:
    """The extent of ``layers`` together, in ``crs``."""
    extent = QgsRectangle()
    extent.setMinimal()  # QgsRectangle() is (0, 0, 0, 0), which would pull in the origin
    for layer in layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return extent
