"""The demo's images: layers rendered with a title, legend and scale bar through a QGIS
print layout (QGIS's own map renderer), and a chart drawn as SVG placed on a layout page.
Only ``make demo`` draws these PNGs; with ``keep_as`` the layout stays in the project's
Layout Manager, so the project opens with the very layout each PNG was exported from
(out/map.png: "Karta – områdestyper"; the others: :data:`LAYOUTS`)."""

from __future__ import annotations

import base64
from pathlib import Path

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize, Qt

from segregation_plugin.processing import compat
from segregation_plugin.processing.outputs import system_font
from segregation_plugin.processing.project_export import full_extent

# the layouts the demo's PNGs are exported from, kept in out/sample.qgz
LAYOUTS = {
    "map.png": "Karta – områdestyper",
    "transit_quality_classes.png": "Karta – kvalitetsklasser kollektivtrafik",
    "tenure_mix.png": "Karta – upplåtelseformer och planerade projekt",
    "area_types_by_kommun.png": "Diagram – invånare per områdestyp",
}


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
    keep_as: str = None,
) -> Path:
    """Render ``layers`` (top first) with a title, legend and scale bar into a PNG, through a
    QGIS print layout (QGIS's own map renderer); ``keep_as``: leave the layout in the
    project under that name (a layout of the same name is replaced)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width_mm, height_mm, compat.LAYOUT_MILLIMETERS))

    legend_width = 78.0
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(
        map_item
    )  # before sizing and zooming: an item outside a layout has no extent
    map_item.setLayers(layers)
    crs = project.crs() if project.crs().isValid() else layers[0].crs()
    map_item.setCrs(crs)
    map_item.attemptMove(QgsLayoutPoint(5, 16, compat.LAYOUT_MILLIMETERS))
    map_height = height_mm - 36  # the scale bar goes under the map, where no label runs
    map_item.attemptResize(
        QgsLayoutSize(width_mm - legend_width - 12, map_height, compat.LAYOUT_MILLIMETERS)
    )
    if extent is None:
        extent = full_extent(project, layers, crs)
    extent.scale(1.04)
    map_width = width_mm - legend_width - 12
    _fit(map_item, extent, map_width, map_height)
    map_item.setFrameEnabled(True)

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(system_font(bold=True, point_size=16))
    label.attemptMove(QgsLayoutPoint(5, 4, compat.LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(width_mm - 10, 10, compat.LAYOUT_MILLIMETERS))
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
    legend.rstyle(compat.LEGEND_SUBGROUP).setFont(system_font(bold=True, point_size=9))
    legend.rstyle(compat.LEGEND_SYMBOL_LABEL).setFont(system_font(point_size=8))
    legend.attemptMove(QgsLayoutPoint(width_mm - legend_width - 3, 16, compat.LAYOUT_MILLIMETERS))
    layout.addLayoutItem(legend)
    # long class labels (e.g. the area types' names): narrow the map rather than let the
    # legend run off the page
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    excess = needed.width() - legend_width
    if excess > 0:
        legend.attemptMove(
            QgsLayoutPoint(width_mm - legend_width - 3 - excess, 16, compat.LAYOUT_MILLIMETERS)
        )
        _fit(map_item, extent, map_width - excess, map_height)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    bar.setStyle("Single Box")
    bar.setUnits(compat.DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    to_km = compat.unit_factor(crs.mapUnits(), compat.DISTANCE_KILOMETERS)
    bar.setUnitsPerSegment(_segment_km(map_item.extent().width() * to_km))
    # under the map, not on it: on the map it hid the labels beneath it (a kommun's name)
    bar.attemptMove(QgsLayoutPoint(5, 16 + map_height + 3, compat.LAYOUT_MILLIMETERS))
    layout.addLayoutItem(bar)

    map_item.setKeepLayerSet(True)  # the kept layout shows these layers, whatever is switched on
    return _export(project, layout, path, dpi, keep_as, layers)


def _fit(map_item, extent, width_mm: float, height_mm: float) -> None:
    """The map item at that size, showing all of ``extent``. setExtent takes the extent's
    proportions (zoomToExtent alone does nothing while the item's extent is still empty),
    so the size is set after it, and zoomToExtent then fits the extent into it."""
    map_item.setExtent(extent)
    map_item.attemptResize(QgsLayoutSize(width_mm, height_mm, compat.LAYOUT_MILLIMETERS))
    map_item.zoomToExtent(extent)


def _export(project, layout, path: Path, dpi: int, keep_as: str, layers=()) -> Path:
    """The layout's page as a PNG; with ``keep_as`` the layout kept in the project."""
    if keep_as:
        outside = [layer.name() for layer in layers if project.mapLayer(layer.id()) is None]
        if outside:  # a kept layout would open without them
            raise RuntimeError(f"demo: layers not in the project for «{keep_as}»: {outside}")
    exporter = QgsLayoutExporter(layout)
    # render the page to an image ourselves: exportToImage() would also try to georeference
    # the PNG through GDAL, which cannot update PNG files and prints an error
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull() or not image.save(str(path), "PNG"):
        raise RuntimeError(f"Could not render the layout to {path}")
    if keep_as:
        layout.setName(keep_as)
        manager = project.layoutManager()
        old = manager.layoutByName(keep_as)
        if old is not None:
            manager.removeLayout(old)
        manager.addLayout(layout)
    return path


def render_chart(
    project: QgsProject,
    png: bytes,
    path: Path,
    width_mm: float,
    height_mm: float,
    dpi: int = 120,
    keep_as: str = None,
) -> Path:
    """A chart drawn as a PNG (e.g. by matplotlib, at twice ``dpi`` so it stays sharp in
    the designer) on a layout page of its size, exported to a PNG at ``dpi``. The picture is
    embedded in the picture item (``base64:…``), so the kept layout needs no file beside the
    project; a planner can move or resize it in the designer. (Not SVG: Qt's SVG renderer
    draws no hatch patterns, and "No type" is hatched.)"""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width_mm, height_mm, compat.LAYOUT_MILLIMETERS))
    picture = QgsLayoutItemPicture(layout)
    picture.setId("chart")
    layout.addLayoutItem(picture)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPicturePath("base64:" + base64.b64encode(png).decode("ascii"), compat.PICTURE_RASTER)
    picture.attemptMove(QgsLayoutPoint(0, 0, compat.LAYOUT_MILLIMETERS))
    picture.attemptResize(QgsLayoutSize(width_mm, height_mm, compat.LAYOUT_MILLIMETERS))
    return _export(project, layout, path, dpi, keep_as)
