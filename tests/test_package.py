"""The plugin zip (tools/package.py): contents, determinism, and that QGIS can load it."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import textwrap
import zipfile

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.tools import load_tool

TOP = "segregation_plugin/"


@pytest.fixture(scope="module")
def package_tool():
    return load_tool("package.py", "package_tool")


@pytest.fixture(scope="module")
def plugin_zip(package_tool, tmp_path_factory):
    return package_tool.build(tmp_path_factory.mktemp("dist"))


def test_zip_name_and_layout(plugin_zip, package_tool):
    assert plugin_zip.name == f"segregation_plugin-{package_tool.version()}.zip"
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert names == sorted(names)
    assert all(name.startswith(TOP) for name in names)
    for required in (
        "__init__.py",
        "plugin.py",
        "gui/dock.py",
        "processing/provider.py",
        "metadata.txt",
    ):
        assert TOP + required in names
    assert not [n for n in names if n.endswith((".pyc", ".pyo")) or "__pycache__" in n]
    assert [n for n in names if n.startswith(TOP + "i18n/") and n.endswith(".qm")]
    assert not [n for n in names if n.endswith(".ts")]
    assert [n for n in names if n.startswith(TOP + "resources/styles/") and n.endswith(".qml")]
    assert not [n for n in names if n.endswith(".aux.xml")]
    if (ROOT / "README.md").is_file():
        assert TOP + "README.md" in names
    if (ROOT / "LICENSE").is_file():
        assert TOP + "LICENSE" in names
    # README links to the user docs (methods, fields): they travel with the zip.
    assert TOP + "docs/methods.md" in names and TOP + "docs/fields.md" in names
    assert TOP + "docs/DEVELOPING.md" not in names
    if (ROOT / "resources" / "sample" / "exempellan.gpkg").is_file():
        assert TOP + "resources/sample/exempellan.gpkg" in names
    # QGIS names the plugin after the folder of the first *metadata.txt in the zip.
    assert [n for n in names if n.endswith("metadata.txt")] == [TOP + "metadata.txt"]


def test_metadata(plugin_zip):
    archive = zipfile.ZipFile(plugin_zip)
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(archive.read(TOP + "metadata.txt").decode("utf-8"))
    general = parser["general"]
    for key in ("name", "version", "qgisMinimumVersion", "description", "about", "author", "email"):
        assert general.get(key), key
    assert general["hasProcessingProvider"] == "yes"
    assert TOP + general["icon"] in archive.namelist()


def test_zip_is_deterministic(plugin_zip, package_tool, tmp_path):
    again = package_tool.build(tmp_path)
    assert again.read_bytes() == plugin_zip.read_bytes()
    info = zipfile.ZipFile(again).infolist()[0]
    assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_missing_qm_fails_clearly(package_tool, tmp_path):
    fake = tmp_path / "tree"
    (fake / "segregation_plugin").mkdir(parents=True)
    (fake / "segregation_plugin" / "__init__.py").write_text("")
    (fake / "metadata.txt").write_text("[general]\nname=x\nversion=1.0\n")
    (fake / "resources").mkdir()
    (fake / "i18n").mkdir()
    (fake / "i18n" / "segregation_sv.ts").write_text("<TS/>")
    with pytest.raises(package_tool.PackageError, match="make translations"):
        package_tool.build(tmp_path / "dist", root=fake)


def test_command_line(package_tool, tmp_path, capsys):
    assert package_tool.main(["--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / f"segregation_plugin-{package_tool.version()}.zip") in out
    assert "bytes" in out


LOAD_INSTALLED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    plugins = Path(sys.argv[1])
    sys.path.insert(0, str(plugins))
    from qgis.core import QgsApplication
    app = QgsApplication([], True)
    app.initQgis()
    from unittest.mock import MagicMock
    from qgis.PyQt.QtWidgets import QMainWindow
    import segregation_plugin
    assert Path(segregation_plugin.__file__).parent == plugins / "segregation_plugin", segregation_plugin.__file__
    from segregation_plugin import paths, i18n
    assert paths.resources_dir() == plugins / "segregation_plugin" / "resources"
    assert paths.i18n_dir() == plugins / "segregation_plugin" / "i18n"
    assert paths.style_path("lan").is_file()
    iface = MagicMock()
    window = QMainWindow()
    iface.mainWindow.return_value = window
    plugin = segregation_plugin.classFactory(iface)
    plugin.initGui()
    registry = QgsApplication.processingRegistry()
    assert registry.algorithmById("segregation:checkareas") is not None
    assert plugin.dock.algorithm_ids()
    assert i18n.install_translators("sv")
    assert i18n.tr("Load sample region") == "Läs in exempelregionen"
    plugin.unload()
    assert registry.providerById("segregation") is None
    print("LOADED", segregation_plugin.__file__)
    """
)


def test_installed_zip_loads_in_qgis(plugin_zip, tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),  # not the user's or the repo's
    )
    env.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    result = subprocess.run(
        [sys.executable, "-c", LOAD_INSTALLED, str(plugins)],
        cwd=tmp_path,  # not the repository, whose segregation_plugin must not be imported
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"LOADED {plugins / 'segregation_plugin' / '__init__.py'}" in result.stdout
