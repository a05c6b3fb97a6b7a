"""A run's outputs, written all or none: the output transaction of every algorithm.

The base class gives each run an :class:`OutputWriter`, ``self.writer``, before it calls the
tool's ``process``. The tool *stages* its outputs there instead of writing them::

    self.writer.add_frame(self.OUTPUT, frame, crs=crs, style="area_types")
    if self.writer.wants(self.RASTER):          # the user asked for the raster
        self.writer.add_file(self.RASTER, lambda path: write_raster(path, grid),
                             style="quality_raster")
    return {"ERRORS": errors}                   # values that are not outputs

and returns only the values that are not outputs. When ``process`` has returned, the base
class calls :meth:`OutputWriter.commit`, which

1. writes the staged outputs in order, frames in chunks of ``frames.CHUNK`` features with a
   look at the cancel button between two chunks;
2. on a failure or a cancel, removes what this run wrote — the files it created, the
   layers it added to an existing GeoPackage (never the file), the PostGIS tables it
   created (and their styles), the temporary layers — and puts back the files and
   GeoPackage layers it replaced (set aside until then), then raises;
3. else saves a styled PostGIS output's style in the database's ``layer_styles`` (still
   part of the run: a failure there removes the tables), styles, names and marks the outputs
   (``outputs.finish_output``) and returns ``{output: id}``, which the base class adds to
   the tool's results.

Where each output goes was decided and checked when the writer was made, before the
computation (:mod:`.destinations`): a GeoPackage is never replaced (the output becomes a
layer in it), an input's file is never overwritten, and a missing or read-only folder is
reported at once.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Optional

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)

from ..core.common.errors import Cancelled, InputError, MissingDependencyError
from ..i18n import tr
from . import compat, database, destinations, frames, outputs

BACKUP_SUFFIX = ".segregation-backup"  # a replaced file waits here until the run succeeds
LAYER_BACKUP_SUFFIX = "_segregation_backup"  # and a replaced GeoPackage layer


@dataclass
class _Staged:
    """An output waiting to be written: a frame (with its CRS and geometry type) for a
    feature sink, or a function ``write(path)`` for a raster or file."""

    name: str
    frame: object = None
    crs: object = None
    wkb_type: object = None
    write: Optional[Callable] = None
    style: Optional[str] = None
    options: dict = field(default_factory=dict)
    title: Optional[str] = None  # the layer's name in the project, after its content


class OutputWriter:
    """The outputs of one run (see the module docstring)."""

    def __init__(self, algorithm, parameters, context, feedback):
        self.algorithm, self.parameters = algorithm, parameters
        self.context = context
        self.feedback = feedback if feedback is not None else QgsProcessingFeedback()
        self.destinations = {}
        self._staged = []
        self._undo = []  # (function, arguments) for what was written, in order
        self._backups = []  # (file, where it was set aside)
        self._layer_backups = []  # (GeoPackage, layer, the name it was set aside under)
        self._path = ""  # where the output being written goes, for messages

    # --- before the computation -------------------------------------------------------------
    def check(self) -> None:
        """Decide where each output goes; raise ``QgsProcessingException`` listing every
        destination that cannot be written (a missing folder, an input's file …)."""
        self.destinations, problems = destinations.plan(
            self.algorithm, self.parameters, self.context
        )
        problems += [p for p in map(self._probe, self.destinations.values()) if p]
        if problems:
            raise QgsProcessingException("\n".join(dict.fromkeys(problems)))

    @staticmethod
    def _probe(destination) -> str:
        """Write and remove a file in the output's folder (``os.access`` cannot tell on
        Windows whether a folder is writable)."""
        if destination.kind not in ("file", "layer"):
            return ""
        folder = os.path.dirname(os.path.abspath(destination.path))
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            return tr(
                "The output {output} cannot be written in the folder {folder}: {error}"
            ).format(output=destination.label, folder=folder, error=exc.strerror or exc)
        return ""

    def wants(self, name: str) -> bool:
        """Whether the user asked for output ``name`` (it has a destination)."""
        return name in self.destinations

    # --- staging ----------------------------------------------------------------------------
    def add_frame(
        self, name, frame, crs=None, wkb_type=None, style=None, title=None, **style_options
    ):
        """Stage ``frame`` for the feature sink ``name`` (``crs``: a QgsCoordinateReference-
        System, default the frame's; ``wkb_type``: default from its geometries). ``style``
        and ``style_options`` style it once written (``outputs.style_output``); ``title``
        names the layer after its content (``outputs.name_output``)."""
        if style:
            outputs.styler(style)  # an unknown name fails now, before anything is written
        staged = _Staged(name, frame, crs, wkb_type, None, style, style_options, title)
        self._staged.append(staged)

    def add_file(self, name, write: Callable, style=None, **style_options):
        """Stage a raster or file output ``name`` (a ``QgsProcessingParameterRaster-`` or
        ``FileDestination``): ``write(path)`` writes it once the computation is finished."""
        if style:
            outputs.styler(style)
        self._staged.append(_Staged(name, write=write, style=style, options=style_options))

    # --- writing ----------------------------------------------------------------------------
    def commit(self) -> dict:
        """Write every staged output (all or none); ``{output name: id}``."""
        ids = {}
        current = None
        try:
            for current in self._staged:
                self._check_cancel()
                destination = self.destinations.get(current.name)
                self._path = destination.path if destination is not None else ""
                self.feedback.setProgressText(
                    tr("Writing {output}…").format(output=self._label(current.name))
                )
                if current.write is None:
                    written = self._write_frame(current, destination)
                else:
                    written = self._write_file(current, destination)
                if written:
                    ids[current.name] = written
            self._check_cancel()
            current = None
            self._save_database_styles(ids)
        except BaseException as exc:
            self.rollback()
            self._staged = []
            if isinstance(
                exc, (Cancelled, QgsProcessingException, InputError, MissingDependencyError)
            ) or not isinstance(exc, Exception):
                raise
            message = (
                tr("The output {output} could not be written to {path}: {error}")
                if self._path
                else tr("The output {output} could not be written: {error}")
            )
            raise QgsProcessingException(
                message.format(
                    output=self._label(current.name if current else None),
                    path=self._path,
                    error=exc,
                )
            ) from exc
        self._drop_backups()
        self._undo = []
        staged, self._staged = self._staged, []
        for item in (item for item in staged if ids.get(item.name)):
            outputs.finish_output(self.context, ids[item.name], item, self.algorithm.name())
        return ids

    def _save_database_styles(self, ids) -> None:
        """Store each styled PostGIS output's style in its database (part of the run)."""
        for item in self._staged:
            destination = self.destinations.get(item.name)
            if item.style and ids.get(item.name) and getattr(destination, "kind", "") == "database":
                self._path = f"{destination.schema}.{destination.layer}"
                database.save_output_style(
                    ids[item.name], destination.layer, item.style, item.options
                )

    def rollback(self) -> None:
        """Remove what this run wrote and put back the files and layers it replaced."""
        for function, arguments in reversed(self._undo):
            try:
                function(*arguments)
            except Exception as exc:  # noqa: BLE001 - go on removing the rest
                self.feedback.reportError(
                    tr("Could not remove a partly written output: {}").format(exc)
                )
        self._undo = []
        for path, backup in reversed(self._backups):
            try:
                os.replace(backup, path)
            except OSError as exc:
                self.feedback.reportError(
                    tr("Could not put back {path} (it is in {backup}): {error}").format(
                        path=path, backup=backup, error=exc
                    )
                )
        self._backups = []
        for path, layer, backup in reversed(self._layer_backups):
            try:
                renamed = destinations.rename_layer(path, backup, layer)
            except Exception:  # noqa: BLE001 - say so below
                renamed = False
            if not renamed:
                self.feedback.reportError(
                    tr(
                        "Could not give the layer «{backup}» in {path} its name «{layer}» "
                        "back: it holds the earlier «{layer}»."
                    ).format(path=path, backup=backup, layer=layer)
                )
        self._layer_backups = []

    # --- the steps --------------------------------------------------------------------------
    def _check_cancel(self):
        if self.feedback.isCanceled():
            raise Cancelled()

    def _label(self, name) -> str:
        if name is None:
            return ""
        parameter = self.algorithm.parameterDefinition(name)
        return f"«{parameter.description()}»" if parameter is not None else name

    def _write_frame(self, staged, destination):
        name, frame, crs, wkb_type = staged.name, staged.frame, staged.crs, staged.wkb_type
        parameters = self.parameters
        existed = bool(destination and destination.path and os.path.exists(destination.path))
        if destination is not None and destination.kind == "layer":
            parameters = dict(parameters)
            parameters[name] = self._as_layer(parameters.get(name), destination)
            self._log_layer(destination, existed)
            if existed:
                self._set_layer_aside(destination.path, destination.layer)
        elif destination is not None and destination.kind == "file":
            self._set_aside(destination.path)
        fields = frames.fields_from_frame(frame)
        wkb_type = frames.wkb_type_of(frame) if wkb_type is None else wkb_type
        if crs is None:
            crs = frames.qgis_crs(getattr(frame, "crs", None))
        kind = destination.kind if destination is not None else "other"
        if kind == "database":
            # a table without geometry has no geometry column, whatever the dialog wrote;
            # dropped again when the run fails (from here: QGIS creates the table first)
            parameters = dict(parameters)
            parameters[name] = self._as_table(name, parameters.get(name), wkb_type)
            where = (destination.path, destination.schema, destination.layer)
            self._undo.append((database.drop_table, where))
            self._path = f"{destination.schema}.{destination.layer}"
        sink, dest_id = self.algorithm.parameterAsSink(
            parameters, name, self.context, fields, wkb_type, crs
        )
        if sink is None:
            raise QgsProcessingException(self.algorithm.invalidSinkError(parameters, name))
        self._undo.append((self._unload, (dest_id,)))
        if kind in ("layer", "file"):
            self._path = dest_id.split("|")[0]
        if kind == "memory":
            self._undo.append((self._remove_temporary, (dest_id,)))
        elif kind == "layer" and existed:
            self._undo.append((destinations.drop_layer, (destination.path, destination.layer)))
        elif kind in ("layer", "file"):
            self._undo.append((destinations.remove_files, (dest_id.split("|")[0],)))
        try:
            frames.write_features(sink, frame, fields, wkb_type, self.feedback, self._label(name))
        finally:
            del sink  # closes the file before anything else touches it
        return dest_id

    def _write_file(self, staged, destination):
        name = staged.name
        if destination is None:
            return None
        parameter = self.algorithm.parameterDefinition(name)
        if parameter.type() == "rasterDestination":
            path = self.algorithm.parameterAsOutputLayer(self.parameters, name, self.context)
        else:
            path = self.algorithm.parameterAsFileOutput(self.parameters, name, self.context)
        if not path:
            return None
        self._path = path
        self._set_aside(path)
        self._undo.append((self._unload, (path,)))
        self._undo.append((destinations.remove_files, (path,)))
        staged.write(path)
        return path

    def _as_layer(self, value, destination):
        """The parameter value that writes ``destination`` as a layer into its GeoPackage
        (QGIS then adds the layer and keeps the file's other layers)."""
        uri = QgsDataSourceUri()
        uri.setDatabase(destination.path)
        uri.setDataSource("", destination.layer, "")
        return self._with_sink(value, f"ogr:{uri.uri(False)}")

    def _as_table(self, name, value, wkb_type):
        """The parameter value that writes a PostGIS table (without a geometry column for a
        table without geometry)."""
        text = destinations.destination_text(
            self.algorithm.parameterDefinition(name), value, self.context
        )
        return self._with_sink(value, database.sink_text(text, wkb_type != compat.WKB_NO_GEOMETRY))

    @staticmethod
    def _with_sink(value, text):
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(text)
            return value
        return text

    def _log_layer(self, destination, existed):
        layers = destinations.geopackage_layers(destination.path) if existed else []
        values = {"output": destination.label, "layer": destination.layer}
        values["path"] = destination.path
        if destination.layer in layers:
            self.feedback.pushWarning(
                tr("The output {output} replaces the layer «{layer}» in {path}.").format(**values)
            )
        elif existed:
            self.feedback.pushInfo(
                tr(
                    "The output {output} is written as the layer «{layer}» in {path}; the "
                    "file's other layers and styles are kept."
                ).format(**values)
            )
        else:
            self.feedback.pushInfo(
                tr("The output {output} is written as the layer «{layer}» in {path}.").format(
                    **values
                )
            )

    def _set_aside(self, path):
        """Move an existing file that the output replaces (and its companions) aside; it is
        put back when the run fails, removed when it succeeds. A file that cannot be moved
        (open in another program) is left for QGIS to replace, as before."""
        for companion in destinations.companions(path):
            if os.path.isfile(companion):
                backup = companion + BACKUP_SUFFIX
                try:
                    os.replace(companion, backup)
                except OSError:
                    continue
                self._backups.append((companion, backup))

    def _set_layer_aside(self, path, layer):
        """Rename a layer of the GeoPackage that the output replaces; it gets its name back
        when the run fails and is removed when it succeeds. (Left to be replaced, as QGIS
        does, when the GeoPackage cannot rename it.)"""
        backup = layer + LAYER_BACKUP_SUFFIX
        if layer not in destinations.geopackage_layers(path):
            return
        if backup in destinations.geopackage_layers(path):
            destinations.drop_layer(path, backup)  # left by a run that could not clean up
        if destinations.rename_layer(path, layer, backup):
            self._layer_backups.append((path, layer, backup))

    def _drop_backups(self):
        for _, backup in self._backups:
            with contextlib.suppress(OSError):
                os.remove(backup)
        self._backups = []
        for path, _, backup in self._layer_backups:
            try:
                destinations.drop_layer(path, backup)
            except Exception as exc:  # noqa: BLE001 - the run has succeeded
                self.feedback.pushWarning(
                    tr("Could not remove the layer {layer} from {path}: {error}").format(
                        layer=backup, path=path, error=exc
                    )
                )
        self._layer_backups = []

    def _unload(self, dest_id):
        """Not loaded into the project when the run ends: it was removed."""
        details = self.context.layersToLoadOnCompletion()
        if dest_id in details:
            del details[dest_id]
            self.context.setLayersToLoadOnCompletion(details)

    def _remove_temporary(self, layer_id):
        store = self.context.temporaryLayerStore()
        if store.mapLayer(layer_id) is not None:
            store.removeMapLayer(layer_id)
