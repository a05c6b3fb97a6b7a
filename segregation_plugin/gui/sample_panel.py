"""'Load sample region' in the panel and the plugin's menu: the sample county loaded into the
project, the map zoomed to it, the message bar told (:mod:`.sample` loads the layers)."""

from __future__ import annotations

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject

from ..i18n import tr
from .sample import load_sample, sample_layer


def load_sample_into_project(iface, project=None) -> list:
    """Load the sample county into the project, zoom to it and say so in the message bar."""
    project = project or QgsProject.instance()
    title = tr("Segregation")
    empty = project.count() == 0
    try:
        layers = load_sample(project)
    except (FileNotFoundError, ValueError) as exc:
        iface.messageBar().pushMessage(
            title, str(exc), level=Qgis.MessageLevel.Critical, duration=0
        )
        return []
    lan = sample_layer(layers, "lan")
    if empty and lan is not None:
        # QGIS desktop gives an empty project the CRS of the top layer when the canvas next
        # updates (here the GTFS stops' WGS 84): update the canvas now, then use SWEREF 99 TM.
        bridge = getattr(iface, "layerTreeCanvasBridge", None)
        bridge = bridge() if callable(bridge) else None
        if bridge is not None and hasattr(bridge, "setCanvasLayers"):
            bridge.setCanvasLayers()
        project.setCrs(lan.crs())
    canvas = iface.mapCanvas()
    if lan is not None and canvas is not None:
        extent = lan.extent()
        destination = canvas.mapSettings().destinationCrs()
        if destination.isValid() and destination != lan.crs():
            transform = QgsCoordinateTransform(lan.crs(), destination, project)
            extent = transform.transformBoundingBox(extent)
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refresh()
    deso = sample_layer(layers, "deso")
    if deso is not None:
        iface.setActiveLayer(deso)
    iface.messageBar().pushMessage(
        title,
        tr("Loaded the fictional sample county: {} layers.").format(len(layers)),
        level=Qgis.MessageLevel.Success,
        duration=5,
    )
    return layers
