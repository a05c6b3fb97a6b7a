"""The plugin as QGIS loads it: classFactory, initGui, unload, Swedish UI."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

import segregation_plugin
from segregation_plugin import i18n
from segregation_plugin import plugin as plugin_module

PROVIDER_ID = "segregation"
FIRST_GROUP = "1. Areas and statistics"
_providers = []


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


class MenusAndToolbar:
    """Does what QGIS's main window does with a plugin's actions (pytest-qgis's iface only
    stubs these calls): a Plugins toolbar and one submenu per plugin menu name."""

    def __init__(self, iface):
        self.window = iface.mainWindow()
        self.toolbar = QToolBar("Plugins", self.window)
        self.menus = {}

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar.addAction(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.toolbar.removeAction(action)

    def addPluginToMenu(self, name, action):  # noqa: N802
        self.menus.setdefault(name, QMenu(name, self.window)).addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self.menus.get(name)
        if menu is not None:
            menu.removeAction(action)
            if menu.isEmpty():
                del self.menus[name]

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def actions(self):
        found = list(self.toolbar.actions())
        for menu in self.menus.values():
            found.extend(menu.actions())
        return found


@pytest.fixture
def ui(qgis_iface, qgis_processing, monkeypatch):
    """The iface with working menus/toolbar, English UI, no 'segregation' provider yet."""
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById(PROVIDER_ID) is not None
    if had_provider:  # registered by conftest's processing_provider; the plugin adds its own
        assert registry.removeProvider(PROVIDER_ID)
    recorder = MenusAndToolbar(qgis_iface)
    for name in (
        "addToolBarIcon",
        "removeToolBarIcon",
        "addPluginToMenu",
        "removePluginMenu",
        "addDockWidget",
        "removeDockWidget",
    ):
        monkeypatch.setattr(qgis_iface, name, getattr(recorder, name))
    # QGIS's UI language comes from the user's settings; the tests run in English.
    monkeypatch.setattr(
        plugin_module, "install_translators", lambda: i18n.install_translators("en")
    )
    yield recorder
    i18n.remove_translators()
    if registry.providerById(PROVIDER_ID) is None:
        from segregation_plugin.processing.provider import SegregationProvider

        # For later tests that run algorithms by id. Processing keeps only the C++ object:
        # the Python object must stay referenced or its overrides (id()...) are lost.
        _providers.append(SegregationProvider())
        registry.addProvider(_providers[-1])
    flush_deletes()


def dock_of(iface):
    return iface.mainWindow().findChild(QDockWidget, "SegregationDock")


def test_init_gui_registers_provider_actions_and_dock(qgis_iface, ui):
    plugin = segregation_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        assert provider is not None
        assert provider.name() == "Segregation"
        assert not provider.icon().isNull()
        assert provider.algorithm("checkareas") is not None

        assert ui.toolbar.actions() == [plugin.dock_action]
        assert list(ui.menus) == ["&Segregation"]
        menu_actions = ui.menus["&Segregation"].actions()
        assert [a.objectName() for a in menu_actions] == [
            "SegregationPanelAction",
            "SegregationLoadSampleAction",
        ]
        for action in menu_actions:
            assert action.text()
        assert not plugin.dock_action.icon().isNull()
        assert plugin.dock_action.isCheckable()

        dock = dock_of(qgis_iface)
        assert dock is plugin.dock
        assert dock.windowTitle() == "Segregation"
        assert (FIRST_GROUP, "checkareas", "Check area layer") in dock.algorithm_ids()
        # The toolbar button shows and hides the panel.
        assert not dock.isVisible()
        plugin.dock_action.trigger()
        assert plugin.dock_action.isChecked()
        plugin.dock_action.trigger()
        assert not plugin.dock_action.isChecked()
    finally:
        plugin.unload()


def test_unload_removes_everything(qgis_iface, ui):
    plugin = segregation_plugin.classFactory(qgis_iface)
    plugin.initGui()
    actions = list(plugin.actions)
    dock = plugin.dock
    plugin.unload()
    flush_deletes()

    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    assert ui.actions() == []
    assert ui.menus == {}
    assert all(sip.isdeleted(a) for a in actions)
    assert sip.isdeleted(dock)
    assert dock_of(qgis_iface) is None


def test_init_and_unload_twice(qgis_iface, ui):
    plugin = segregation_plugin.classFactory(qgis_iface)
    for _ in range(2):
        plugin.initGui()
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
        assert len(ui.actions()) == 3  # toolbar button + two menu entries
        assert dock_of(qgis_iface) is plugin.dock
        plugin.unload()
        flush_deletes()
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
        assert ui.actions() == []
        assert dock_of(qgis_iface) is None
    # A second plugin object (QGIS's "reload plugin") starts clean as well.
    again = segregation_plugin.classFactory(qgis_iface)
    again.initGui()
    assert len(ui.actions()) == 3
    again.unload()


def test_swedish_ui(qgis_iface, ui):
    plugin = segregation_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        installed = i18n.install_translators("sv")
        assert any(path.endswith("segregation_sv.qm") for path in installed)
        assert i18n.tr("Load sample region") == "Läs in exempelregionen"
        algorithm = QgsApplication.processingRegistry().algorithmById(f"{PROVIDER_ID}:checkareas")
        assert algorithm.displayName() == "Kontrollera områdeslager"
        assert algorithm.group() == "1. Områden och statistik"
        plugin.dock.refresh()
        assert ("1. Områden och statistik", "checkareas", "Kontrollera områdeslager") in (
            plugin.dock.algorithm_ids()
        )
    finally:
        i18n.install_translators("en")
        plugin.unload()
    assert i18n.tr("Load sample region") == "Load sample region"
