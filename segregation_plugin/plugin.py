"""The plugin object QGIS loads: menu, toolbar button, dock panel and Processing provider."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import install_translators, remove_translators, tr
from .paths import icon_path


class SegregationPlugin:
    """Registers the ``segregation`` Processing provider and the plugin's GUI.

    Everything added in :meth:`initGui` is removed again in :meth:`unload`, so reloading
    the plugin leaves no actions, menus, docks or providers behind.
    """

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.actions = []
        self.menu_name = ""
        install_translators()

    # --- Processing ----------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS calls it; also used by qgis_process)
        if self.provider is None:
            from .processing.provider import SegregationProvider

            provider = SegregationProvider()
            # addProvider refuses (and deletes) a second provider with the same id, e.g. when
            # another copy of the plugin is loaded: keep no reference to a deleted object then
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # --- GUI -----------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.menu_name = tr("&Segregation")
        window = self.iface.mainWindow()

        self.dock_action = QAction(QIcon(icon_path()), tr("Segregation panel"), window)
        self.dock_action.setObjectName("SegregationPanelAction")
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(tr("Show the Segregation workflow panel"))
        self.iface.addToolBarIcon(self.dock_action)
        self.iface.addPluginToMenu(self.menu_name, self.dock_action)
        self.actions.append(self.dock_action)

        self.sample_action = QAction(tr("Load sample region"), window)
        self.sample_action.setObjectName("SegregationLoadSampleAction")
        self.sample_action.triggered.connect(self.load_sample)
        self.iface.addPluginToMenu(self.menu_name, self.sample_action)
        self.actions.append(self.sample_action)

        from .gui.dock import SegregationDock

        self.dock = SegregationDock(self.iface, window)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.setToggleVisibilityAction(self.dock_action)

    def load_sample(self):
        from .gui.dock import load_sample_into_project

        load_sample_into_project(self.iface)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            registry = QgsApplication.processingRegistry()
            # removeProvider works by id: only remove the provider if it is still ours
            if registry.providerById(self.provider.id()) is self.provider:
                registry.removeProvider(self.provider)
            self.provider = None
        remove_translators()
