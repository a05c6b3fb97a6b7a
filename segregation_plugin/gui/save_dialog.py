"""The panel's "Save the analysis…" dialog: the session's result layers into one GeoPackage
with a project file beside it, or into a schema of a PostGIS database chosen from QGIS's
saved PostgreSQL connections. The work is :mod:`..processing.save_analysis`'s; here the user
chooses, is asked before anything is replaced, and reads what was saved."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsDatabaseSchemaComboBox, QgsFileWidget, QgsProviderConnectionComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from ..i18n import tr
from ..processing import save_analysis
from ..processing.database import PROVIDER

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class SaveAnalysisDialog(QDialog):
    """Choose the layers and where they go; :meth:`save` saves them."""

    def __init__(self, iface, parent=None, project=None):
        super().__init__(parent)
        self.iface, self.project = iface, project or QgsProject.instance()
        self.setObjectName("SegregationSaveAnalysisDialog")
        self.setWindowTitle(tr("Save the analysis"))
        layout = QVBoxLayout(self)

        self.layers = QListWidget(self)
        self._layers = save_analysis.result_layers(self.project)
        for layer in self._layers:
            item = QListWidgetItem(layer.name(), self.layers)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED)
        layout.addWidget(QLabel(tr("The results of the session to save:"), self))
        layout.addWidget(self.layers)
        if not self._layers:
            layout.addWidget(QLabel(tr("No results yet: run a step of the workflow first."), self))

        self.to_geopackage = QRadioButton(tr("Into a GeoPackage, with a project file beside it"))
        self.to_geopackage.setChecked(True)
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file.setDialogTitle(tr("Save the analysis as"))
        self.to_postgis = QRadioButton(tr("Into a PostGIS database"))
        self.connection = QgsProviderConnectionComboBox(PROVIDER, self)
        self.schema = QgsDatabaseSchemaComboBox(PROVIDER, "", self)
        self.database_problem = QLabel(self)
        self.database_problem.setWordWrap(True)
        self.connection.connectionChanged.connect(self._connection_changed)
        form = QFormLayout()
        form.addRow(self.to_geopackage)
        form.addRow(tr("File"), self.file)
        form.addRow(self.to_postgis)
        form.addRow(tr("Connection"), self.connection)
        form.addRow(tr("Schema"), self.schema)
        form.addRow(self.database_problem)
        layout.addLayout(form)
        if not save_analysis.connection_names():
            self.to_postgis.setEnabled(False)
            self.to_postgis.setToolTip(
                tr(
                    "No PostgreSQL connection is saved in QGIS: add one in the Browser "
                    "(PostgreSQL → New Connection…)."
                )
            )
        self.to_geopackage.toggled.connect(self._update)
        self._connection_changed(self.connection.currentConnection())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self._update()

    def _connection_changed(self, name):
        """List the schemas of connection ``name``; say so when it cannot be reached."""
        self.database_problem.clear()
        if not name:
            return
        try:
            self.schema.setConnectionName(name)
        except Exception as exc:  # noqa: BLE001 - QgsException from the provider
            self.database_problem.setText(
                tr("The connection {name} cannot be reached: {error}").format(name=name, error=exc)
            )

    def _update(self, *_):
        geopackage = self.to_geopackage.isChecked()
        self.file.setEnabled(geopackage)
        self.connection.setEnabled(not geopackage)
        self.schema.setEnabled(not geopackage)
        self.save_button.setEnabled(bool(self._layers))

    def chosen_layers(self) -> list:
        return [
            layer
            for row, layer in enumerate(self._layers)
            if self.layers.item(row).checkState() == CHECKED
        ]

    def ask_replace(self, names) -> bool:
        """Whether the user wants ``names`` (files or tables) replaced."""
        answer = QMessageBox.question(
            self,
            tr("Save the analysis"),
            tr("These exist already:\n{names}\n\nReplace them?").format(names="\n".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, replace: bool) -> str:
        layers = self.chosen_layers()
        if self.to_geopackage.isChecked():
            path = self.file.filePath()
            if not path:
                raise save_analysis.Refused(tr("Choose a file for the GeoPackage."))
            gpkg, qgz = save_analysis.save_to_geopackage(layers, path, self.project, replace)
            return tr("Saved {count} layers in {gpkg} and the project {qgz}.").format(
                count=len(layers), gpkg=gpkg, qgz=qgz
            )
        name, schema = self.connection.currentConnection(), self.schema.currentSchema()
        if not name or not schema:
            raise save_analysis.Refused(tr("Choose a PostgreSQL connection and a schema."))
        saved = save_analysis.save_to_postgis(
            layers, save_analysis.connection_uri(name), schema, replace
        )
        message = tr("Saved {count} layers in the schema {schema} of {connection}.").format(
            count=len(saved), schema=schema, connection=name
        )
        rasters = [layer.name() for layer in layers if not isinstance(layer, QgsVectorLayer)]
        if rasters:
            message += " " + tr("Rasters stay files (not saved): {names}.").format(
                names=", ".join(rasters)
            )
        return message

    def save(self) -> bool:
        """Save the chosen layers; asks before replacing; True when saved."""
        try:
            try:
                message = self._write(False)
            except save_analysis.Exists as exists:
                if not self.ask_replace(exists.names):
                    return False
                message = self._write(True)
        except (save_analysis.Refused, RuntimeError) as exc:
            QMessageBox.warning(self, tr("Save the analysis"), str(exc))
            return False
        self.iface.messageBar().pushMessage(
            tr("Segregation"), message, level=Qgis.MessageLevel.Success, duration=10
        )
        self.accept()
        return True
