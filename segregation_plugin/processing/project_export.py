"""Hand results on: layers into one GeoPackage (with their styles), a QGIS project that opens
with those styled layers, and a map image rendered by QGIS's own layout renderer.

Used by the demo (``make demo``) and available to the dock; no analysis here.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt

from .styles import system_font


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
        QgsVectorFileWriter.CreateOrOverwriteLayer
        if gpkg.exists()
        else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    transform_context = (
        context or QgsProject.instance().transformContext() or QgsCoordinateTransformContext()
    )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), transform_context, options)
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.NoError:
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
    rasters beside it, repoint the project's layers to those files (same tree, same styles)
    and save ``out_dir/qgz_name``. Returns (gpkg path, project path)."""
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
            _swap_layer(project, node, layer, written)
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


def _hide_band_title(model, node) -> None:
    """Leave out the "Band 1 (Gray)" line a pseudocolour raster puts above its classes."""
    nodes = model.layerOriginalLegendNodes(node)
    keep = [
        i
        for i, n in enumerate(nodes)
        if not str(n.data(Qt.ItemDataRole.DisplayRole) or "").startswith("Band ")
    ]
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
    model.refreshLayerLegend(node)


def _segment_km(width_km: float) -> float:
    """A round scale-bar segment (km) so that four segments take about a third of the map."""
    for step in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200):
        if 4 * step >= width_km / 4:
            return step
    return 500


def render_map(
    project: QgsProject,
    layers: list,
    path: Path,
    title: str,
    extent: QgsRectangle = None,
    legend_layers: list = None,
    width_mm: float = 297,
    height_mm: float = 210,
    dpi: int = 150,
) -> Path:
    """Render ``layers`` (top first) with a title, legend and scale bar into a PNG, through a
    QGIS print layout (QGIS's own map renderer)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width_mm, height_mm, QgsUnitTypes.LayoutMillimeters))

    legend_width = 78.0
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(
        map_item
    )  # before sizing and zooming: an item outside a layout has no extent
    map_item.setLayers(layers)
    crs = project.crs() if project.crs().isValid() else layers[0].crs()
    map_item.setCrs(crs)
    map_item.attemptMove(QgsLayoutPoint(5, 16, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(
        QgsLayoutSize(width_mm - legend_width - 12, height_mm - 22, QgsUnitTypes.LayoutMillimeters)
    )
    if extent is None:
        extent = full_extent(project, layers, crs)
    extent.scale(1.04)
    map_item.setExtent(extent)  # zoomToExtent alone does nothing while the extent is still empty
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(system_font(bold=True, point_size=16))
    label.attemptMove(QgsLayoutPoint(5, 4, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width_mm - 10, 10, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.removeAllChildren()
    for layer in legend_layers if legend_layers is not None else layers:
        node = model_root.addLayer(layer)
        if isinstance(layer, QgsRasterLayer):
            _hide_band_title(legend.model(), node)
    legend.setTitle("")
    legend.rstyle(QgsLegendStyle.Subgroup).setFont(system_font(bold=True, point_size=9))
    legend.rstyle(QgsLegendStyle.SymbolLabel).setFont(system_font(point_size=8))
    legend.attemptMove(
        QgsLayoutPoint(width_mm - legend_width - 3, 16, QgsUnitTypes.LayoutMillimeters)
    )
    layout.addLayoutItem(legend)
    # long class labels (e.g. the area types' names): narrow the map rather than let the
    # legend run off the page
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    excess = needed.width() - legend_width
    if excess > 0:
        legend.attemptMove(
            QgsLayoutPoint(width_mm - legend_width - 3 - excess, 16, QgsUnitTypes.LayoutMillimeters)
        )
        map_item.attemptResize(
            QgsLayoutSize(
                width_mm - legend_width - 12 - excess,
                height_mm - 22,
                QgsUnitTypes.LayoutMillimeters,
            )
        )
        map_item.setExtent(extent)  # as above: the item takes the extent's proportions
        map_item.zoomToExtent(extent)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    to_km = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceKilometers)
    bar.setUnitsPerSegment(_segment_km(map_item.extent().width() * to_km))
    bar.attemptMove(QgsLayoutPoint(9, height_mm - 16, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(bar)

    exporter = QgsLayoutExporter(layout)
    # render the page to an image ourselves: exportToImage() would also try to georeference
    # the PNG through GDAL, which cannot update PNG files and prints an error
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull() or not image.save(str(path), "PNG"):
        raise RuntimeError(f"Could not render the map to {path}")
    return path
