"""Segregation: a QGIS plugin for Swedish planners working on residential segregation.

QGIS calls :func:`classFactory` when it loads the plugin. Everything that needs QGIS is
imported here lazily, so that ``segregation_plugin.core`` stays importable (and testable)
without QGIS.
"""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin import SegregationPlugin

    return SegregationPlugin(iface)
