"""Render the map, then write the GeoPackage and the QGIS project."""

TITLE = "Write out/map.png, out/sample.gpkg and out/sample.qgz"


def run(demo):
    from segregation_plugin.processing.project_export import package_project, render_map

    layers = [layer for layer in demo.map_layers if layer is not None]
    render_map(
        demo.project, layers, demo.out / "map.png", demo.map_title, legend_layers=demo.map_legend
    )
    gpkg, qgz = package_project(demo.project, demo.out)
    demo.say(
        f"{len(demo.project.mapLayers())} layers in {gpkg.name}; project {qgz.name}; map map.png"
    )
