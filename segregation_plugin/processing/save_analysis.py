"""Save the analysis: the session's result layers, styled, into one GeoPackage with a project
file beside it, or into a PostGIS database — what the panel's "Save the analysis…" does.

The result layers are the plugin's outputs in the project (:func:`result_layers`: the layers
a tool marked with :data:`.outputs.OUTPUT_KEY`). Nothing is replaced silently: when the
GeoPackage, the project file, a raster's copy or a table exists already, :class:`Exists`
names them and nothing is written; the caller asks the user and calls again with
``replace=True``. A file that a layer of the project is read from is never replaced.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsProject,
    QgsRasterLayer,
    QgsReferencedRectangle,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)

from ..i18n import tr
from . import compat, database, destinations, outputs
from .project_export import copy_style, full_extent, safe_layer_name, write_vector_layer


class Exists(Exception):
    """The files or tables that exist already (``names``); the message lists them."""

    def __init__(self, names: list):
        self.names = list(names)
        super().__init__(
            tr("These exist already and would be replaced: {names}").format(
                names=", ".join(self.names)
            )
        )


class Refused(Exception):
    """The analysis cannot be saved there; the message says why and what to do."""


def result_layers(project=None) -> list:
    """The plugin's outputs in ``project``, in the order of its layer tree."""
    project = project or QgsProject.instance()
    found = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(outputs.OUTPUT_KEY, ""):
            found.append(layer)
    return found


def table_names(layers) -> dict:
    """``{layer id: table name}``: lowercase ASCII from the layer names, each once."""
    names, used = {}, set()
    for layer in layers:
        table = safe_layer_name(layer.name())
        while table in used:
            table += "_2"
        used.add(table)
        names[layer.id()] = table
    return names


# --- GeoPackage ---------------------------------------------------------------------------
def project_path(gpkg: Path) -> Path:
    """The project file written beside ``gpkg`` (``analys.gpkg`` → ``analys.qgz``)."""
    return gpkg.with_suffix(".qgz")


def _raster_path(gpkg: Path, table: str, layer) -> Path:
    return gpkg.with_name(f"{gpkg.stem}_{table}{Path(layer.source()).suffix or '.tif'}")


def _targets(gpkg: Path, layers, tables) -> list:
    rasters = [
        _raster_path(gpkg, tables[layer.id()], layer)
        for layer in layers
        if isinstance(layer, QgsRasterLayer)
    ]
    return [gpkg, project_path(gpkg), *rasters]


def save_to_geopackage(layers, gpkg, project=None, replace: bool = False) -> tuple:
    """Write ``layers`` (vector layers into ``gpkg``, each with its style stored in it as its
    default; raster files copied beside it) and a project file beside it that opens them
    styled, in the same order. Returns (GeoPackage, project file)."""
    project = project or QgsProject.instance()
    gpkg = Path(gpkg)
    if gpkg.suffix.lower() != ".gpkg":
        gpkg = gpkg.with_name(gpkg.name + ".gpkg")
    if not layers:
        raise Refused(tr("There are no results to save: run a step of the workflow first."))
    if not gpkg.parent.is_dir():
        raise Refused(tr("The folder {folder} does not exist.").format(folder=gpkg.parent))
    tables = table_names(layers)
    targets = _targets(gpkg, layers, tables)
    read_from = _files_read(project)
    used = [str(t) for t in targets if destinations.file_key(str(t)) in read_from]
    if used:
        raise Refused(
            tr(
                "{files} holds layers of the project, which would be lost: choose another file."
            ).format(files=", ".join(used))
        )
    existing = [str(t) for t in targets if t.exists()]
    if existing and not replace:
        raise Exists(existing)
    for target in existing:
        destinations.remove_files(str(target))
    saved = QgsProject()
    saved.setCrs(project.crs())
    saved.setTitle(project.title() or gpkg.stem)
    for layer in layers:
        table = tables[layer.id()]
        if isinstance(layer, QgsVectorLayer):
            written = write_vector_layer(layer, gpkg, table, project.transformContext())
        else:
            target = _raster_path(gpkg, table, layer)
            shutil.copyfile(layer.source(), target)
            written = QgsRasterLayer(str(target), layer.name())
            copy_style(layer, written)
        saved.addMapLayer(written)
    saved.writeEntryBool("Paths", "/Absolute", False)
    _set_view(saved)
    qgz = project_path(gpkg)
    if not saved.write(str(qgz)):
        raise Refused(
            tr("Could not save the project {path}: {error}").format(path=qgz, error=saved.error())
        )
    saved.clear()
    return gpkg, qgz


def _files_read(project) -> set:
    keys = set()
    for layer in project.mapLayers().values():
        path = layer.source().split("|")[0]
        if path and os.path.isfile(path):
            keys.add(destinations.file_key(path))
    return keys


def _set_view(project) -> None:
    layers = list(project.mapLayers().values())
    if layers and project.crs().isValid():
        view = full_extent(project, layers, project.crs())
        view.scale(1.05)
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, project.crs()))


# --- PostGIS --------------------------------------------------------------------------------
def connection_names() -> list:
    """The PostgreSQL connections saved in QGIS (Browser → PostgreSQL → New Connection)."""
    metadata = database.provider_metadata()
    return sorted(metadata.connections().keys())


def connection_uri(name: str) -> str:
    """The connection text of the saved PostgreSQL connection ``name``."""
    return database.provider_metadata().findConnection(name).uri()


def save_to_postgis(layers, connection: str, schema: str, replace: bool = False) -> list:
    """Write the vector ``layers`` as tables of ``schema`` in the database ``connection``
    (a connection's text: ``service=…`` or ``host=… dbname=…``), each with its style saved
    in ``layer_styles`` as the table's default. Returns ``[(layer name, table)]``; raster
    layers are not written (they stay files; the caller says so). A table created before a
    failure is dropped again."""
    vectors = [layer for layer in layers if isinstance(layer, QgsVectorLayer)]
    if not vectors:
        raise Refused(tr("There are no result layers to save: run a step of the workflow first."))
    tables = table_names(vectors)
    try:
        link = database.connect(QgsDataSourceUri(connection))
        if not database.schema_exists(link, schema):
            raise Refused(
                tr("The database has no schema «{schema}». Choose an existing schema.").format(
                    schema=schema
                )
            )
        existing = [
            f"{schema}.{t}" for t in tables.values() if database.table_exists(link, schema, t)
        ]
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - QgsProviderConnectionException and kin
        raise Refused(tr("The database answers: {error}").format(error=exc)) from exc
    if existing and not replace:
        raise Exists(existing)
    created, saved = [], []
    try:
        for layer in vectors:
            table = tables[layer.id()]
            spatial = layer.wkbType() != compat.WKB_NO_GEOMETRY
            uri = database.table_uri(connection, schema, table, "geom" if spatial else "")
            if f"{schema}.{table}" not in existing:
                created.append(table)
            _, error = QgsVectorLayerExporter.exportLayer(
                layer, uri, database.PROVIDER, layer.crs(), False, {"overwrite": True}
            )
            if error:
                raise Refused(
                    tr("Could not write {layer} to {table}: {error}").format(
                        layer=layer.name(), table=f"{schema}.{table}", error=error
                    )
                )
            written = QgsVectorLayer(uri, layer.name(), database.PROVIDER)
            copy_style(layer, written)
            database.save_style(written, table)
            saved.append((layer.name(), table))
    except BaseException:
        for table in created:
            database.drop_table(connection, schema, table)
        raise
    return saved
