"""PostGIS tables as outputs and inputs: where a database output goes, checked before the
run, removed again when the run fails, and its style saved in the database.

A feature sink accepts QGIS's database destinations, ``postgis:<connection> table="schema".
"name" (geom)`` (what the Processing dialog's "Save to PostGIS Table…" writes) or
``postgres://<connection> table=…``, where ``<connection>`` is a ``QgsDataSourceUri``
(``service=team`` from a pg_service.conf file, or ``host=… port=… dbname=… user=…``).

- :func:`problems` (called by :func:`.destinations.plan`) refuses, before anything is
  computed, a database that cannot be reached, a schema that does not exist, a table that
  exists already (a shared database's tables are never replaced: choose another name or
  remove it in the Browser / DB Manager) and two outputs onto one table;
- :func:`drop_table` removes a table a failed or cancelled run created (and the styles it
  saved for it);
- :func:`save_style` stores a layer's style in the database's ``layer_styles`` table as the
  table's default, so whoever opens the table gets the styled layer.
"""

from __future__ import annotations

import re

from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsProviderRegistry, QgsVectorLayer

from ..i18n import tr
from . import outputs

PROVIDERS = ("postgres", "postgis")  # "postgis:" is QGIS's older name of the provider
PROVIDER = "postgres"
STYLE_DESCRIPTION = "Segregation plugin style"
_PREFIX = re.compile(r"^(postgres|postgis):(?://)?(.*)$", re.DOTALL)


def split(text: str):
    """A ``QgsDataSourceUri`` for a database destination or source text, else None."""
    match = _PREFIX.match(text or "")
    if not match:
        return None
    return QgsDataSourceUri(match.group(2))


def connection_text(uri: QgsDataSourceUri) -> str:
    """The connection part of ``uri`` (service or host, port, database, user …) as text."""
    return uri.connectionInfo(False)


def sink_text(text: str, spatial: bool) -> str:
    """The sink destination for the database destination ``text``; a table without
    geometry gets no geometry column, whatever the dialog wrote (``(geom)``)."""
    uri = split(text)
    if not spatial:
        uri.setGeometryColumn("")
    return f"{PROVIDER}:{uri.uri(False)}"


def provider_metadata():
    return QgsProviderRegistry.instance().providerMetadata(PROVIDER)


def connect(uri: QgsDataSourceUri):
    """A ``QgsAbstractDatabaseProviderConnection`` to the database of ``uri``."""
    return provider_metadata().createConnection(connection_text(uri), {})


def table_uri(connection: str, schema: str, table: str, geometry: str = "geom") -> str:
    """The ``postgres`` layer source of ``schema.table`` in the database ``connection``."""
    uri = QgsDataSourceUri(connection)
    uri.setDataSource(schema, table, geometry)
    return uri.uri(False)


def quoted(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))


def literal(text: str) -> str:
    return "'{}'".format(text.replace("'", "''"))


def table_exists(connection, schema: str, table: str) -> bool:
    rows = connection.executeSql(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = "
        f"{literal(schema)} AND table_name = {literal(table)}"
    )
    return bool(rows)


def schema_exists(connection, schema: str) -> bool:
    rows = connection.executeSql(
        f"SELECT 1 FROM information_schema.schemata WHERE schema_name = {literal(schema)}"
    )
    return bool(rows)


def problems(outputs) -> list:
    """Why the run's database outputs (``Destination``s of kind ``database``) cannot be
    written: a database that cannot be reached, a missing schema, an existing table, two
    outputs onto one table. Empty when they can."""
    found, seen = [], {}
    for output in outputs:
        uri = QgsDataSourceUri(output.path)
        where = uri.service() or uri.database() or uri.host()
        table = f"{output.schema}.{output.layer}"
        values = {"output": output.label, "table": table, "database": where}
        if not output.layer:
            found.append(
                tr("The output {output} names no table of the database {database}.").format(
                    **values
                )
            )
            continue
        key = (output.path, output.schema, output.layer)
        if key in seen:
            found.append(
                tr(
                    "The outputs {first} and {output} both go to the table {table}. Choose a "
                    "table for each."
                ).format(first=seen[key].label, **values)
            )
            continue
        seen[key] = output
        try:
            connection = connect(uri)
            if not schema_exists(connection, output.schema):
                found.append(
                    tr(
                        "The output {output} cannot be written: the database {database} has no "
                        "schema «{schema}». Choose an existing schema."
                    ).format(schema=output.schema, **values)
                )
            elif table_exists(connection, output.schema, output.layer):
                found.append(
                    tr(
                        "The output {output} would replace the table {table} of the database "
                        "{database}, which exists already. Choose a new table name (or remove "
                        "the table in the Browser or DB Manager first)."
                    ).format(**values)
                )
        except Exception as exc:  # noqa: BLE001 - QgsProviderConnectionException and kin
            found.append(
                tr(
                    "The output {output} cannot be written: the database {database} answers: "
                    "{error}"
                ).format(error=str(exc).strip(), **values)
            )
    return found


def drop_table(connection: str, schema: str, table: str) -> None:
    """Remove ``schema.table`` (created by a run that failed) and the styles saved for it."""
    database = connect(QgsDataSourceUri(connection))
    database.executeSql(f"DROP TABLE IF EXISTS {quoted(schema)}.{quoted(table)} CASCADE")
    if table_exists(database, "public", "layer_styles"):
        database.executeSql(
            "DELETE FROM public.layer_styles WHERE f_table_schema = "
            f"{literal(schema)} AND f_table_name = {literal(table)}"
        )


def open_layer(source: str, name: str = "") -> QgsVectorLayer:
    """The ``postgres`` layer of a database output's id or a table's source."""
    uri = split(source)
    text = uri.uri(False) if uri is not None else source
    return QgsVectorLayer(text, name or QgsDataSourceUri(text).table(), PROVIDER)


def save_style(layer: QgsVectorLayer, name: str = "") -> None:
    """Store ``layer``'s style in its database's ``layer_styles`` as the table's default
    style; RuntimeError with the database's message when it cannot. A style of that name
    saved earlier for the table is replaced (QGIS would ask in a dialog that blocks a
    background run)."""
    uri = QgsDataSourceUri(layer.source())
    name = name or uri.table()
    connection = connect(uri)
    if table_exists(connection, "public", "layer_styles"):
        connection.executeSql(
            "DELETE FROM public.layer_styles WHERE f_table_schema = "
            f"{literal(uri.schema() or 'public')} AND f_table_name = {literal(uri.table())} "
            f"AND stylename = {literal(name)}"
        )
    error = layer.saveStyleToDatabase(name, STYLE_DESCRIPTION, True, "")
    if error:
        raise RuntimeError(error)


def save_output_style(dest_id: str, table: str, style: str, options: dict) -> None:
    """Style the written table ``dest_id`` with the output style ``style`` and store it in
    the database as the table's default (:func:`save_style`)."""
    layer = open_layer(dest_id, table)
    if not layer.isValid():
        raise QgsProcessingException(
            tr("The table {table} was written but cannot be read back.").format(table=table)
        )
    outputs.apply_style(layer, style, **options)
    save_style(layer, table)
