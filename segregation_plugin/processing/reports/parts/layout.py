"""The report's print layout: loaded from a template (``resources/layouts/*.qpt``), bound to
the report's atlas layer and map layers, exported to PDF.

A template is an ordinary QGIS layout template. The tool finds its items by their ids
(:data:`ITEMS`); a kommun's own template may move, restyle or drop any of them, add a logo or
change fonts. Text items show fields of the atlas layer (``[% "key_figures" %]``), chart
pictures take their SVG drawing (embedded, ``base64:…``) from a field (``chart_types`` …), so the template holds no text
of its own and the same file serves Swedish and English. :func:`build_default` draws the
bundled template (``tools/make_report_template.py`` saves it).
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ....i18n import tr
from ... import compat
from ...outputs import system_font, ui_font_family, writes_text

# text items: (id, field, x, y, width, height, point size, bold, right-aligned)
TEXTS = (
    ("title", "title", 12, 7, 186, 10, 18, True, False),
    ("subtitle", "subtitle", 12, 17, 186, 6, 10, False, False),
    ("key_figures_title", "key_figures_title", 130, 92, 68, 5, 8.5, True, False),
    ("key_figures", "key_figures", 130, 97, 68, 41, 7.5, False, False),
    ("types_names", "types_names", 84, 144, 64, 40, 7, False, False),
    ("types_areas", "types_areas", 148, 144, 15, 40, 7, False, True),
    ("types_residents", "types_residents", 163, 144, 21, 40, 7, False, True),
    ("types_share", "types_share", 184, 144, 14, 40, 7, False, True),
    ("inequality_title", "inequality_title", 12, 189, 92, 5, 8.5, True, False),
    ("inequality", "inequality", 12, 194, 92, 40, 7.5, False, False),
    ("tenure", "tenure", 108, 222, 90, 14, 7.5, False, False),
    ("transit_title", "transit_title", 12, 264, 92, 5, 8.5, True, False),
    ("transit", "transit", 12, 269, 92, 19, 7.5, False, False),
    ("projects_title", "projects_title", 108, 240, 90, 5, 8.5, True, False),
    ("projects", "projects", 108, 245, 90, 40, 7.5, False, False),
    ("source", "source", 12, 288, 186, 6, 6.5, False, False),
)
# chart pictures: (id, field, x, y, width, height)
CHARTS = (
    ("chart_types", "chart_types", 12, 142, 70, 44),
    ("chart_tenure", "chart_tenure", 108, 190, 90, 30),
    ("chart_transit", "chart_transit", 12, 238, 92, 26),
)
ITEMS = ("map", "legend", "scalebar", "north_arrow") + tuple(t[0] for t in TEXTS + CHARTS)
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"


def _place(item, x, y, width, height):
    item.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
    item.attemptResize(QgsLayoutSize(width, height, compat.LAYOUT_MILLIMETERS))


def build_default(layout) -> None:
    """The bundled report page (A4 portrait): map with legend, scale bar and north arrow,
    the kommun's figures, three charts and the source line."""
    layout.initializeDefaults()  # one A4 page, landscape …
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout_map = QgsLayoutItemMap(layout)
    layout_map.setId("map")
    layout.addLayoutItem(layout_map)
    _place(layout_map, 12, 25, 114, 113)
    layout_map.setFrameEnabled(True)
    layout_map.setAtlasDriven(True)
    layout_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    layout_map.setAtlasMargin(0.08)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(layout_map)
    layout.addLayoutItem(legend)
    _place(legend, 130, 25, 68, 64)
    legend.setResizeToContents(False)
    legend.setTitle("")
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(3.5)
    for component, size, bold in (
        (compat.LEGEND_GROUP, 8, True),
        (compat.LEGEND_SUBGROUP, 7.5, True),
        (compat.LEGEND_SYMBOL_LABEL, 6.5, False),
    ):
        legend.setStyleFont(component, system_font(bold=bold, point_size=size))

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(layout_map)
    scalebar.setUnits(compat.DISTANCE_KILOMETERS)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(compat.SCALEBAR_FIT_WIDTH)
    scalebar.setMinimumBarWidth(20)
    scalebar.setMaximumBarWidth(40)
    scalebar.setBackgroundEnabled(True)
    layout.addLayoutItem(scalebar)
    _place(scalebar, 14, 127, 44, 10)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setLinkedMap(layout_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(arrow)
    _place(arrow, 117, 27, 7, 10)

    for item_id, field, x, y, width, height, size, bold, right in TEXTS:
        label = QgsLayoutItemLabel(layout)
        label.setId(item_id)
        label.setText(f'[% "{field}" %]')
        label.setFont(system_font(bold=bold, point_size=size))
        label.setVAlign(Qt.AlignmentFlag.AlignTop)
        label.setHAlign(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        layout.addLayoutItem(label)
        _place(label, x, y, width, height)
    for item_id, field, x, y, width, height in CHARTS:
        picture = QgsLayoutItemPicture(layout)
        picture.setId(item_id)
        picture.setMode(compat.PICTURE_SVG)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        picture.setPictureAnchor(QgsLayoutItem.ReferencePoint.UpperLeft)
        picture.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromField(field)
        )
        layout.addLayoutItem(picture)
        _place(picture, x, y, width, height)


def load_template(project, path: str, name: str) -> QgsPrintLayout:
    """A new layout named ``name`` from the template file ``path``; a file that is not a
    layout template raises ValueError (the tool names the file)."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    document = QDomDocument()
    parsed = document.setContent(text)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise ValueError(tr("not an XML file"))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok:
        raise ValueError(tr("QGIS could not read it as a layout template"))
    layout.setName(name)
    return layout


def missing_items(layout) -> list:
    return [item_id for item_id in ("map",) if layout.itemById(item_id) is None]


def _installed_fonts(layout) -> None:
    """Labels in a family this computer lacks get the UI's family (no boxes or symbols);
    a kommun's own installed font is kept."""
    family = None
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and not writes_text(item.font().family()):
            family = family or ui_font_family()
            font = QFont(item.font())
            font.setFamily(family)
            item.setFont(font)


def _legend_labels(model, node, title: str, labels: dict) -> None:
    """The legend's title of ``node``'s layer and its categories' labels by value (a
    categorised style; other styles keep their own labels)."""
    if title:
        node.setCustomProperty("legend/title-label", title)
    renderer = getattr(node.layer(), "renderer", lambda: None)()
    if labels and isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            value = category.value()
            text = "" if value is None else str(value).strip()
            key = int(text) if text.isdigit() else None if text in ("", "NULL") else text
            if key in labels:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, labels[key])
    model.refreshLayerLegend(node)


def bind(
    layout,
    coverage,
    map_layers: list,
    legend_layers: list,
    filename: str,
    legend_text=None,
    first_only=(),
) -> None:
    """Point the layout's atlas at ``coverage`` (one feature per kommun), its map at
    ``map_layers`` (top first) and its legend at ``legend_layers``; ``legend_text``:
    ``{layer: (title, {category value: label})}`` for the legend; ``first_only``: layers
    whose legend shows only their first entry."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"kommunnamn"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"kommunkod"')
    atlas.setFilenameExpression(filename)
    layout_map = layout.itemById("map")
    if not layout_map.crs().isValid():  # a project without a CRS: the atlas layer's
        layout_map.setCrs(coverage.crs())
    layout_map.setLayers(map_layers)
    layout_map.setKeepLayerSet(True)
    layout_map.setAtlasDriven(True)
    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in legend_layers:
            node = root.addLayer(layer)
            title, labels = (legend_text or {}).get(layer, ("", {}))
            if layer in first_only:
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, [0])
            _legend_labels(legend.model(), node, title, labels)
        legend.refresh()
    for item_id in (chart[0] for chart in CHARTS):
        picture = layout.itemById(item_id)
        if isinstance(picture, QgsLayoutItemPicture):
            # embedded SVG text has no file suffix to tell its format by: without this a
            # template's picture would rasterise the chart
            picture.setMode(compat.PICTURE_SVG)
    _installed_fonts(layout)


def export(layout, path: str, per_kommun: bool) -> str:
    """Write the atlas to ``path`` (one PDF), or one PDF per kommun in ``path``'s folder
    (file names from the atlas's file-name expression). Returns QGIS's error text or ""."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.dpi = 150
    atlas = layout.atlas()
    if per_kommun:
        result, error = QgsLayoutExporter.exportToPdfs(atlas, path, settings)
    else:
        result, error = QgsLayoutExporter.exportToPdf(atlas, path, settings)
    return "" if result == QgsLayoutExporter.ExportResult.Success else (error or str(result))
