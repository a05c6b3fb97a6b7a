"""The Segregation panel: the sample region, the workflow's steps and their results.

The panel only starts things: each step opens the standard Processing dialog of its
algorithm (which runs in the background with a progress bar and a cancel button, its
INPUT pre-filled by :mod:`segregation_plugin.gui.prefill`), and the sample is loaded by
:mod:`segregation_plugin.gui.sample`. No analysis here.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSlot
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..processing.algorithm import GROUPS
from ..processing.provider import PROVIDER_ID, algorithm_classes
from .prefill import default_parameters
from .sample_panel import load_sample_into_project  # noqa: F401 - the panel and plugin.py

ALG_ROLE = Qt.ItemDataRole.UserRole


# --- the panel ------------------------------------------------------------------------------
class SegregationDock(QgsDockWidget):
    """Dock panel: intro, sample button, workflow steps (Processing algorithms), results."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Segregation"), parent)
        self.iface = iface
        self.setObjectName("SegregationDock")

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)

        self.intro = QLabel(
            tr(
                "Area types, inequality, public transport and tenure mix for Swedish "
                "planners. Run the steps in order, or try them on the sample county first."
            ),
            body,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.sample_button = QPushButton(
            QgsApplication.getThemeIcon("/mActionAddLayer.svg"), tr("Load sample region"), body
        )
        self.sample_button.setObjectName("SegregationLoadSampleButton")
        self.sample_button.setToolTip(
            tr("Add the fictional sample county's layers to the project and zoom to it.")
        )
        self.sample_button.clicked.connect(self._load_sample)
        layout.addWidget(self.sample_button)
        layout.addWidget(self._analyse_sample_button(body))

        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._workflow_widget(splitter))
        splitter.addWidget(self._results_widget(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])  # relative: the workflow gets 3/5 of the height
        layout.addWidget(splitter, 1)

        self.setWidget(body)
        self.refresh()

        registry = QgsApplication.processingRegistry()
        registry.providerAdded.connect(self._provider_changed)
        registry.providerRemoved.connect(self._provider_changed)

        # the chart of residents per area type follows new and selected area-type layers
        self.chart = None
        QgsProject.instance().layersAdded.connect(self._layers_added)
        current_layer_changed = getattr(iface, "currentLayerChanged", None)
        if current_layer_changed is not None:
            current_layer_changed.connect(self._layer_selected)

    # --- layout ---------------------------------------------------------------------------
    @staticmethod
    def _heading(text: str, parent) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _workflow_widget(self, parent) -> QWidget:
        widget = QWidget(parent)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(tr("Workflow"), widget))

        self.tree = QTreeWidget(widget)
        self.tree.setObjectName("SegregationWorkflowTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tree.itemDoubleClicked.connect(self._item_double_clicked)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)

        self.description = QLabel(widget)
        self.description.setObjectName("SegregationStepDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.description)

        row = QHBoxLayout()
        row.addStretch(1)
        self.run_button = QPushButton(
            QgsApplication.getThemeIcon("/processingAlgorithm.svg"), tr("Run…"), widget
        )
        self.run_button.setObjectName("SegregationRunButton")
        self.run_button.setToolTip(tr("Open the selected step's dialog"))
        self.run_button.clicked.connect(self.run_selected)
        row.addWidget(self.run_button)
        layout.addLayout(row)
        return widget

    def _results_widget(self, parent) -> QWidget:
        widget = QWidget(parent)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(tr("Results"), widget))

        self.results = QStackedWidget(widget)
        self.results.setObjectName("SegregationResults")
        self.placeholder = QLabel(tr("Run a step to see its results here."), self.results)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.result_tabs = QTabWidget(self.results)
        self.result_tabs.setTabsClosable(True)
        self.result_tabs.setDocumentMode(True)
        self.result_tabs.tabCloseRequested.connect(self._close_result)
        self.results.addWidget(self.placeholder)
        self.results.addWidget(self.result_tabs)
        layout.addWidget(self.results, 1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(
            QgsApplication.getThemeIcon("/mActionFileSaveAs.svg"), tr("Save the analysis…"), widget
        )
        self.save_button.setObjectName("SegregationSaveAnalysisButton")
        self.save_button.setToolTip(
            tr(
                "Save the session's result layers with their styles: into one GeoPackage with "
                "a project file, or into a PostGIS database."
            )
        )
        self.save_button.clicked.connect(self.save_analysis)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return widget

    def save_analysis(self):
        """Open the "Save the analysis" dialog (:mod:`.save_dialog`)."""
        from .save_dialog import SaveAnalysisDialog

        dialog = SaveAnalysisDialog(self.iface, self)
        dialog.exec()
        return dialog

    # --- workflow -------------------------------------------------------------------------
    def refresh(self):
        """Rebuild the list of steps from the plugin's algorithms (group, then order)."""
        registry = QgsApplication.processingRegistry()
        selected = self.selected_algorithm()
        self.tree.clear()
        groups = {}
        for cls in algorithm_classes():
            algorithm = registry.algorithmById(f"{PROVIDER_ID}:{cls.ALG_ID}") or cls()
            group = groups.get(cls.GROUP_ID)
            if group is None:
                title = GROUPS.get(cls.GROUP_ID, (0, cls.GROUP_ID))[1]
                group = QTreeWidgetItem(self.tree, [tr(title)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(group.font(0))
                font.setBold(True)
                group.setFont(0, font)
                groups[cls.GROUP_ID] = group
            item = QTreeWidgetItem(group, [algorithm.displayName()])
            item.setData(0, ALG_ROLE, cls.ALG_ID)
            item.setIcon(0, QgsApplication.getThemeIcon("/processingAlgorithm.svg"))
            description = algorithm.shortDescription()
            ok, hint = algorithm.canExecute()
            if not ok and hint:
                description = f"{description}\n{hint}" if description else hint
            item.setToolTip(0, description)
            item.setStatusTip(0, description)
        self.tree.expandAll()
        # Keep the selected step, or select the first one so that its description shows.
        steps = [item for item in self._step_items() if item.data(0, ALG_ROLE) == selected]
        steps = steps or self._step_items()[:1]
        if steps:
            self.tree.setCurrentItem(steps[0])
        else:
            self._current_changed(None, None)

    def _step_items(self) -> list:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            items.extend(group.child(j) for j in range(group.childCount()))
        return items

    def algorithm_ids(self) -> list:
        """``(group title, algorithm id, display name)`` of every step, in the panel's order."""
        return [
            (item.parent().text(0), item.data(0, ALG_ROLE), item.text(0))
            for item in self._step_items()
        ]

    def selected_algorithm(self):
        item = self.tree.currentItem()
        return item.data(0, ALG_ROLE) if item is not None else None

    def run_algorithm(self, alg_id: str):
        """Open ``segregation:<alg_id>``'s Processing dialog, with trivial defaults filled in."""
        full_id = f"{PROVIDER_ID}:{alg_id}"
        algorithm = QgsApplication.processingRegistry().algorithmById(full_id)
        if algorithm is None:
            self.iface.messageBar().pushMessage(
                tr("Segregation"),
                tr("The tool {} is not available. Is the Processing plugin enabled?").format(
                    full_id
                ),
                level=Qgis.MessageLevel.Warning,
                duration=10,
            )
            return
        params = default_parameters(algorithm, self.iface.activeLayer())
        import processing  # QGIS's Processing plugin; present whenever the registry is

        processing.execAlgorithmDialog(full_id, params)

    def run_selected(self):
        alg_id = self.selected_algorithm()
        if alg_id:
            self.run_algorithm(alg_id)

    def _item_double_clicked(self, item, _column):
        alg_id = item.data(0, ALG_ROLE)
        if alg_id:
            self.run_algorithm(alg_id)

    def _current_changed(self, current, _previous):
        alg_id = current.data(0, ALG_ROLE) if current is not None else None
        self.run_button.setEnabled(bool(alg_id))
        if alg_id:
            self.description.setText(current.toolTip(0) or current.text(0))
        else:
            self.description.setText(tr("Select a step, then press Run… or double-click it."))

    @pyqtSlot(str)
    def _provider_changed(self, provider_id):
        if provider_id == PROVIDER_ID:
            self.refresh()

    def _load_sample(self):
        if load_sample_into_project(self.iface):
            self._load_sample_statistics()

    # --- the guided analysis of the sample (gui/sample_analysis.py) ------------------------
    def _analyse_sample_button(self, parent) -> QPushButton:
        self.analyse_button = QPushButton(
            QgsApplication.getThemeIcon("/processingAlgorithm.svg"),
            tr("Analyse the sample region"),
            parent,
        )
        self.analyse_button.setObjectName("SegregationAnalyseSampleButton")
        self.analyse_button.setToolTip(
            tr(
                "Run the guided analysis on the fictional sample county: its boundaries and "
                "SCB exports, all six kommuner, in one click."
            )
        )
        self.analyse_button.clicked.connect(self.analyse_sample)
        self.sample_analysis = None
        return self.analyse_button

    def analyse_sample(self):
        """'Segregation analysis for kommuner' on the sample, in the background (QGIS's
        task manager shows its progress and Cancel); its outputs in a group of their own."""
        from .sample_analysis import analyse_from_panel

        self.sample_analysis = analyse_from_panel(self.iface, self.analyse_button)

    def _load_sample_statistics(self):
        from .sample_analysis import load_statistics_from_panel

        load_statistics_from_panel(self.iface)

    # --- results --------------------------------------------------------------------------
    def add_result_widget(self, title: str, widget) -> int:
        """Show ``widget`` (a chart, a table) in a new results tab; returns the tab's index."""
        index = self.result_tabs.addTab(widget, title)
        self.result_tabs.setCurrentIndex(index)
        self.results.setCurrentWidget(self.result_tabs)
        return index

    def show_area_type_chart(self, layer) -> int:
        """Show (or replace) the chart of residents per area type and kommun of ``layer``."""
        from .area_type_chart import AreaTypeChart

        if self._chart_index() >= 0:
            self._close_result(self._chart_index())
        self.chart = AreaTypeChart(layer, self.result_tabs)
        return self.add_result_widget(tr("Area types: {}").format(layer.name()), self.chart)

    def _layers_added(self, layers):
        from .area_type_chart import is_area_type_layer

        typed = [layer for layer in layers if is_area_type_layer(layer)]
        if typed:
            self.show_area_type_chart(typed[-1])

    def _layer_selected(self, layer):
        from .area_type_chart import is_area_type_layer

        showing = self._chart_index() >= 0
        if is_area_type_layer(layer) and not (showing and self.chart.layer_id == layer.id()):
            self.show_area_type_chart(layer)

    def _chart_index(self) -> int:
        """The chart's tab, or -1 (none yet, or closed by the user)."""
        if self.chart is None or sip.isdeleted(self.chart):
            return -1
        return self.result_tabs.indexOf(self.chart)

    def _close_result(self, index: int):
        widget = self.result_tabs.widget(index)
        self.result_tabs.removeTab(index)
        if widget is not None:
            widget.deleteLater()
        if self.result_tabs.count() == 0:
            self.results.setCurrentWidget(self.placeholder)
