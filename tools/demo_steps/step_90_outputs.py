"""Render the map, then write the GeoPackage and the QGIS project."""

TITLE = "Write out/map.png (its layout kept in the project), out/sample.gpkg and out/sample.qgz"


def run(demo):
    from demo_map import LAYOUTS, render_map

    from segregation_plugin.processing.project_export import package_project

    layers = [layer for layer in demo.map_layers if layer is not None]
    # the layout map.png is exported from stays in the project (Layout Manager), beside
    # the report's (step 60)
    render_map(
        demo.project,
        layers,
        demo.out / "map.png",
        demo.map_title,
        legend_layers=demo.map_legend,
        keep_as=LAYOUTS["map.png"],
    )
    # the project opens showing what map.png shows; every other layer is there, switched off
    shown = {layer.id() for layer in layers}
    for node in demo.project.layerTreeRoot().findLayers():
        node.setItemVisibilityChecked(node.layerId() in shown)
        if node.layerId() in shown:
            parent = node.parent()
            while parent is not None:
                parent.setItemVisibilityChecked(True)
                parent.setExpanded(True)
                parent = parent.parent()
    gpkg, qgz = package_project(demo.project, demo.out)
    demo.say(
        f"{len(demo.project.mapLayers())} layers in {gpkg.name}; project {qgz.name} opens with "
        f"the layers of map.png switched on and the layouts "
        f"{', '.join(x.name() for x in demo.project.layoutManager().layouts())}; map map.png"
    )
