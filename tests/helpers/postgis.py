"""A throw-away PostgreSQL + PostGIS server for the tests (Debian's packages).

:func:`start` makes a cluster in a temporary folder (``initdb``), starts it on a free port with
its unix socket in that folder and no TCP listener (``pg_ctl``), and creates a database with
``CREATE EXTENSION postgis``; :meth:`Server.stop` stops it and removes the folder (and the
next start stops the servers of test runs that were killed before they could). PostgreSQL
refuses to run as root (CI runs as root): there the commands run as the ``postgres`` user
(``runuser -u postgres --``) in a folder it owns. QGIS connects through
:meth:`Server.uri` (``host=<socket folder> port=… dbname=… user=postgres``).

:func:`unavailable` says why no server can be started here (not Debian, PostGIS not
installed), so the tests skip with that reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass

DATABASE = "segregation_test"
USER = "postgres"
_BIN_GLOB = "/usr/lib/postgresql/*/bin"
_POSTGIS_GLOB = "/usr/share/postgresql/*/extension/postgis.control"


def _bin_dir() -> str:
    """The newest PostgreSQL whose PostGIS extension is installed, or ""."""
    for folder in sorted(glob.glob(_BIN_GLOB), reverse=True):
        version = folder.split("/")[-2]
        if os.path.isfile(f"/usr/share/postgresql/{version}/extension/postgis.control"):
            return folder
    return ""


def unavailable() -> str:
    """Why no server can be started here ("" when one can)."""
    if not glob.glob(_BIN_GLOB):
        return (
            "PostgreSQL is not installed (Debian's postgresql-15; tools/setup.sh installs it "
            "with apt)"
        )
    if not _bin_dir():
        return (
            "PostGIS is not installed for PostgreSQL (Debian's postgresql-15-postgis-3; "
            "tools/setup.sh installs it with apt)"
        )
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser: PostgreSQL refuses to run as root"
    return ""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_owner(command: list) -> list:
    """``command`` run as the ``postgres`` user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", USER, "--", *command]
    return command


@dataclass
class Server:
    folder: str
    port: int
    bin_dir: str
    database: str = DATABASE

    @property
    def data(self) -> str:
        return os.path.join(self.folder, "data")

    def uri(self, database: str = "") -> str:
        """A QGIS connection string (``QgsDataSourceUri`` text) for the database."""
        return f"host={self.folder} port={self.port} dbname={database or self.database} user={USER}"

    def psql(self, sql: str, database: str = "") -> str:
        """Run ``sql`` with psql; its output without headers (``-At``)."""
        result = subprocess.run(
            _as_owner(
                [
                    os.path.join(self.bin_dir, "psql"),
                    "-h",
                    self.folder,
                    "-p",
                    str(self.port),
                    "-U",
                    USER,
                    "-d",
                    database or self.database,
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-At",
                    "-c",
                    sql,
                ]
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def tables(self, schema: str = "public") -> set:
        rows = self.psql(
            "SELECT table_name FROM information_schema.tables "
            f"WHERE table_schema = '{schema}' AND table_type = 'BASE TABLE'"
        )
        return {r for r in rows.splitlines() if r and r != "spatial_ref_sys"}

    def stop(self) -> None:
        subprocess.run(
            _as_owner([os.path.join(self.bin_dir, "pg_ctl"), "-D", self.data, "-m", "immediate"])
            + ["stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(command: list, what: str) -> None:
    result = subprocess.run(_as_owner(command), capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"{what} failed: {result.stderr.strip() or result.stdout.strip()}")


PREFIX = "segpg"  # short: a unix socket path has about 100 characters
OWNER = "owner.pid"  # the test process that started the server


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_orphans(bin_dir: str) -> None:
    """Stop and remove the servers of test runs that were killed before they could."""
    for owner in glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*", OWNER)):
        try:
            with open(owner) as file:
                pid = int(file.read().strip())
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            Server(os.path.dirname(owner), 0, bin_dir).stop()


def start() -> Server:
    """Start a server with a PostGIS database :data:`DATABASE` (see the module docstring)."""
    bin_dir = _bin_dir()
    stop_orphans(bin_dir)
    folder = tempfile.mkdtemp(prefix=PREFIX)
    with open(os.path.join(folder, OWNER), "w") as file:
        file.write(str(os.getpid()))
    if os.geteuid() == 0:
        shutil.chown(folder, USER, USER)
    server = Server(folder, _free_port(), bin_dir)
    try:
        _run(
            [
                os.path.join(bin_dir, "initdb"),
                "-D",
                server.data,
                "-U",
                USER,
                "--auth=trust",
                "--no-sync",
                "--no-instructions",
                "-E",
                "UTF8",
                "--locale=C",
            ],
            "initdb",
        )
        options = (
            f"-k {folder} -p {server.port} -c listen_addresses='' -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off"
        )
        _run(
            [
                os.path.join(bin_dir, "pg_ctl"),
                "-D",
                server.data,
                "-o",
                options,
                "-l",
                os.path.join(folder, "server.log"),
                "-w",
                "-s",
                "start",
            ],
            "pg_ctl start",
        )
        server.psql(f"CREATE DATABASE {DATABASE}", database="postgres")
        server.psql("CREATE EXTENSION postgis")
    except BaseException:
        server.stop()
        raise
    return server
