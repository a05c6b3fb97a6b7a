"""Where a run's outputs go, checked before anything is computed or written.

:func:`plan` reads every output parameter of an algorithm (feature sinks, raster and file
destinations) the way QGIS will resolve it, without creating anything, and compares the
destinations with the files behind the run's inputs and with each other:

- an output into a folder that does not exist or cannot be written is refused, naming the
  output and the folder;
- a GeoPackage is never replaced: a vector output whose GeoPackage already exists, is an
  input's file or takes another output of the run, is written as a layer *into* it (the
  user's layer name — ``|layername=x`` or ``ogr:dbname='…' table="x"`` — else one made from
  the tool and the output, e.g. ``checkareas`` or ``joinstatistics_report``), beside its
  other layers and its ``layer_styles`` table. A layer of that name that is an input is
  refused; one that is not is replaced (as QGIS does for a named layer; the writer keeps it
  aside until the run has succeeded);
- a PostGIS table (``postgis:…`` / ``postgres:…``) must be new, in a schema that exists of
  a database that answers (:mod:`.database`);
- any other output onto an input's file, two outputs onto one file that is not a
  GeoPackage, and a raster or chart into a GeoPackage that exists, are refused, naming the
  parameters.

The result, a :class:`Destination` per output, tells :mod:`.writing` how to write it. The
file helpers it uses to undo a write are here too: :func:`companions` (a shapefile's .dbf, a
GeoPackage's -wal), :func:`remove_files`, and :func:`drop_layer` / :func:`rename_layer` for
a layer of a GeoPackage.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsProviderRegistry,
)

from ..i18n import tr
from . import database

SINK_TYPES = ("sink", "vectorDestination")
FILE_TYPES = ("rasterDestination", "fileDestination")
LAYER_INPUTS = ("source", "vector", "raster", "layer", "mesh", "pointcloud")
# files written beside the named one ({path}: its path, {stem}: without the extension), by
# extension: compared with the inputs, removed or set aside with it
_SHAPEFILE = ("{stem}.shp", "{stem}.shx", "{stem}.dbf", "{stem}.prj", "{stem}.cpg", "{stem}.qpj")
COMPANIONS = {
    ".shp": _SHAPEFILE + ("{stem}.sbn", "{stem}.sbx", "{stem}.qix"),
    ".dbf": _SHAPEFILE,
    ".gpkg": ("{path}-wal", "{path}-shm", "{path}-journal"),
    ".tif": ("{path}.aux.xml", "{stem}.tfw", "{path}.ovr"),
    ".tiff": ("{path}.aux.xml", "{stem}.tfw", "{path}.ovr"),
    ".csv": ("{path}t",),
}
_PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$")  # as QGIS splits "ogr:…", "postgres:…"


@dataclass
class Destination:
    """One output of a run: ``kind`` is ``memory`` (a temporary layer), ``file`` (a file
    QGIS or the tool creates: a shapefile, csv, tif, png, a new GeoPackage), ``layer`` (a
    layer written into the GeoPackage ``path``, named ``layer``), ``database`` (the table
    ``schema.layer`` of the PostGIS database ``path``, a connection: see :mod:`.database`)
    or ``other`` (a temporary file, another provider: not checked)."""

    name: str
    label: str
    kind: str
    path: str = ""
    layer: str = ""
    vector: bool = True
    schema: str = ""

    @property
    def key(self) -> str:
        return file_key(self.path) if self.path else ""

    @property
    def is_geopackage(self) -> bool:
        return self.path.lower().endswith(".gpkg")


def file_key(path: str) -> str:
    """``path`` normalised for comparison (absolute, links resolved, case on Windows)."""
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def companions(path: str) -> list:
    """``path`` and the files written beside it (a shapefile's .dbf, a GeoPackage's -wal)."""
    stem, extension = os.path.splitext(path)
    names = [n.format(path=path, stem=stem) for n in COMPANIONS.get(extension.lower(), ())]
    return list(dict.fromkeys([path, *names]))


def same_files(first: str, second: str) -> bool:
    """Whether writing one of the two paths would touch the other (the same file, or a
    shapefile and its .dbf)."""
    keys = {file_key(p) for p in companions(first)}
    return any(file_key(p) in keys for p in companions(second))


def destination_text(parameter, value, context) -> str:
    """The destination of an output as QGIS resolves it ("" when it is not written)."""
    default = parameter.defaultValue()
    default = "" if default is None else str(default)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value, _ = value.valueAsString(context.expressionContext(), default)
    return str(value or "") or default


def _label(parameter) -> str:
    return f"«{parameter.description()}»"


def layer_name(algorithm, output: str) -> str:
    """The layer an output gets in a GeoPackage it shares: ``<tool>`` for OUTPUT, else
    ``<tool>_<output>`` (e.g. ``joinstatistics_report``)."""
    base = algorithm.name()
    return base if output == "OUTPUT" else f"{base}_{output.lower()}"


def _sink_destination(algorithm, parameter, text) -> Destination:
    name, label = parameter.name(), _label(parameter)
    if text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return Destination(name, label, "memory")
    match = _PROVIDER_PREFIX.match(text)
    if match and match.group(1) in database.PROVIDERS:
        uri = database.split(text)
        schema = uri.schema() or "public"
        return Destination(
            name, label, "database", database.connection_text(uri), uri.table(), schema=schema
        )
    if match:
        if match.group(1) != "ogr":
            return Destination(name, label, "other")
        uri = QgsDataSourceUri(match.group(2))
        if not uri.database():
            return Destination(name, label, "file", match.group(2))
        return Destination(name, label, "layer", uri.database(), uri.table())
    path, _, option = text.partition("|")
    if not os.path.splitext(os.path.basename(path))[1]:
        path += ".gpkg"  # QGIS writes a GeoPackage when the name has no extension
    layer = option.split("=", 1)[1] if option.startswith("layername=") else ""
    if layer:
        return Destination(name, label, "layer", path, layer)
    return Destination(name, label, "file", path)


def _file_destination(parameter, text) -> Destination:
    name, label = parameter.name(), _label(parameter)
    if text == QgsProcessing.TEMPORARY_OUTPUT:
        return Destination(name, label, "other", vector=False)
    return Destination(name, label, "file", text, vector=False)


def outputs_of(algorithm, parameters, context) -> list:
    """A :class:`Destination` for every output parameter that has a destination."""
    found = []
    for parameter in algorithm.destinationParameterDefinitions():
        kind = parameter.type()
        if kind not in SINK_TYPES + FILE_TYPES:
            continue
        text = destination_text(parameter, parameters.get(parameter.name()), context)
        if not text:
            continue
        if kind in SINK_TYPES:
            found.append(_sink_destination(algorithm, parameter, text))
        else:
            found.append(_file_destination(parameter, text))
    return found


def _layer_file(layer) -> tuple:
    """(file, layer name or "") behind a map layer; ("", "") when it is not a file."""
    if layer is None:
        return "", ""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if not path or not os.path.isfile(path):
        return "", ""
    name = parts.get("layerName")  # NULL (a QVariant) when absent
    name = name if isinstance(name, str) else ""
    if not name and path.lower().endswith(".gpkg"):
        names = geopackage_layers(path)
        index = parts.get("layerId")
        index = index if isinstance(index, int) else 0
        name = names[index] if 0 <= index < len(names) else ""
    return path, name


def inputs_of(algorithm, parameters, context) -> list:
    """(label, file, layer name or "") for every input of the run that is a file."""
    found = []
    for parameter in algorithm.parameterDefinitions():
        if parameter.isDestination() or parameter.name() not in parameters:
            continue
        kind, name = parameter.type(), parameter.name()
        value = parameters.get(name)
        if value is None or value == "":
            continue
        values = parameters
        if isinstance(value, QgsProcessingFeatureSourceDefinition):  # "selected features"
            values = {name: value.source}  # a QgsProperty, which parameterAsLayer reads
        if kind in LAYER_INPUTS:
            layers = [algorithm.parameterAsLayer(values, name, context)]
        elif kind == "multilayer":
            layers = algorithm.parameterAsLayerList(parameters, name, context)
        elif kind == "file":
            path = algorithm.parameterAsFile(parameters, name, context)
            if path and os.path.isfile(path):
                found.append((_label(parameter), path, ""))
            continue
        else:
            continue
        for layer in layers:
            path, layer_name_ = _layer_file(layer)
            if path:
                found.append((_label(parameter), path, layer_name_))
    return found


def geopackage_layers(path: str) -> list:
    """The names of the layers and tables of a GeoPackage (empty when unreadable)."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    if dataset is None:
        return []
    try:
        return [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    finally:
        dataset = None


def remove_files(path: str) -> None:
    """Remove ``path`` and its companions (a shapefile's .dbf, a GeoPackage's -wal)."""
    for companion in companions(path):
        if os.path.isfile(companion):
            os.remove(companion)


def rename_layer(path: str, name: str, new_name: str) -> bool:
    """Rename the layer ``name`` of the GeoPackage ``path``; whether it worked."""
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    if dataset is None:
        return False
    try:
        quoted = [n.replace('"', '""') for n in (name, new_name)]
        dataset.ExecuteSQL('ALTER TABLE "{}" RENAME TO "{}"'.format(*quoted))
    finally:
        dataset = None
    return new_name in geopackage_layers(path)


def drop_layer(path: str, name: str) -> None:
    """Remove the layer ``name`` from the GeoPackage ``path``; the file and its other layers
    stay."""
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    if dataset is None:
        return
    try:
        for index in range(dataset.GetLayerCount()):
            if dataset.GetLayer(index).GetName() == name:
                dataset.DeleteLayer(index)
                break
    finally:
        dataset = None


def _folder_problem(output: Destination) -> str:
    folder = os.path.dirname(os.path.abspath(output.path))
    if not os.path.isdir(folder):
        return tr("The folder of the output {output} does not exist: {folder}").format(
            output=output.label, folder=folder
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return tr("The output {output} cannot be written in the folder {folder}").format(
            output=output.label, folder=folder
        )
    if os.path.isdir(output.path):
        return tr("The output {output} is a folder, not a file: {path}").format(
            output=output.label, path=output.path
        )
    return ""


def plan(algorithm, parameters, context) -> tuple:
    """(``{output name: Destination}``, problems): how each output will be written, and why
    the run cannot start (a list of messages for the user; empty when it can)."""
    outputs = outputs_of(algorithm, parameters, context)
    files = [o for o in outputs if o.kind in ("file", "layer")]
    problems = [p for p in map(_folder_problem, files) if p]
    if problems:
        return {o.name: o for o in outputs}, problems
    problems = database.problems([o for o in outputs if o.kind == "database"])
    if problems:
        return {o.name: o for o in outputs}, problems
    inputs = inputs_of(algorithm, parameters, context)
    by_file = {}
    for output in files:
        by_file.setdefault(output.key, []).append(output)
    for output in files:  # a GeoPackage that exists or is shared gets a layer, not replaced
        if (
            output.kind == "file"
            and output.vector
            and output.is_geopackage
            and (
                os.path.exists(output.path)
                or len(by_file[output.key]) > 1
                or any(file_key(path) == output.key for _, path, _ in inputs)
            )
        ):
            output.kind, output.layer = "layer", layer_name(algorithm, output.name)
    for n, output in enumerate(files):
        same_inputs = [
            (label, name) for label, path, name in inputs if same_files(path, output.path)
        ]
        later = [o for o in files[n + 1 :] if same_files(o.path, output.path)]
        if output.kind == "layer":
            problems.extend(
                _input_layer(output, label) for label, name in same_inputs if name == output.layer
            )
            later = [o for o in later if o.kind != "layer" or o.layer == output.layer]
        elif output.is_geopackage and os.path.exists(output.path):
            problems.append(
                tr(
                    "The output {output} cannot be written into the GeoPackage {path}, which "
                    "would be replaced. Choose a file of its own."
                ).format(output=output.label, path=output.path)
            )
        else:
            problems.extend(
                tr(
                    "The output {output} would overwrite {path}, the file of the input "
                    "{input}. Choose another file for the output."
                ).format(output=output.label, path=output.path, input=label)
                for label, _ in same_inputs
            )
        problems.extend(_two_outputs(output, o) for o in later)
    return {o.name: o for o in outputs}, list(dict.fromkeys(problems))


def _input_layer(output: Destination, label: str) -> str:
    return tr(
        "The output {output} would replace the layer «{layer}» of {path}, which is the input "
        "{input}. Give the output another layer name (e.g. {path}|layername=new) or another "
        "file."
    ).format(output=output.label, layer=output.layer, path=output.path, input=label)


def _two_outputs(first: Destination, second: Destination) -> str:
    return tr(
        "The outputs {first} and {second} both go to {path}. Choose a file for each (or "
        "different layers of a GeoPackage)."
    ).format(first=first.label, second=second.label, path=first.path)
