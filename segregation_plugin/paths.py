"""Where the plugin's files are, in the repository and in an installed plugin folder.

Installed from the zip, everything lives inside the plugin folder
(``segregation_plugin/resources``, ``segregation_plugin/i18n``,
``segregation_plugin/metadata.txt``). In the repository the same folders sit one
level up, beside the package. Both layouts are supported so that tests, the demo
and a developer's symlinked plugin all find the same files.
"""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    for base in (PACKAGE_DIR, PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        f"The plugin's '{name}' was not found beside {PACKAGE_DIR}. "
        "Reinstall the plugin from its zip file."
    )


def resources_dir() -> Path:
    return _first_existing("resources")


def i18n_dir() -> Path:
    return _first_existing("i18n")


def metadata_path() -> Path:
    return _first_existing("metadata.txt")


def icon_path(name: str = "segregation.svg") -> str:
    return str(resources_dir() / "icons" / name)


def style_path(name: str) -> Path:
    """Path of a QML style in ``resources/styles`` (``name`` with or without .qml)."""
    if not name.endswith(".qml"):
        name += ".qml"
    return resources_dir() / "styles" / name


def sample_dir() -> Path:
    return resources_dir() / "sample"


@lru_cache(maxsize=1)
def metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata().get("version", "0")
