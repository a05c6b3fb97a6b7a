"""Optional Python packages: check for them and explain how to install a missing one.

QGIS installations differ: Debian's QGIS has pandas, geopandas and rasterio as system
packages, while a Windows or macOS QGIS may lack geopandas or rasterio. The plugin loads
without them; a tool that needs one says which and how to get it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

from .errors import MissingDependencyError

_INSTALL_HINTS = {
    "pandas": "python3-pandas",
    "numpy": "python3-numpy",
    "geopandas": "python3-geopandas",
    "shapely": "python3-shapely",
    "rasterio": "python3-rasterio",
    "openpyxl": "python3-openpyxl",
    "pyproj": "python3-pyproj",
}


def install_hint(package: str) -> str:
    deb = _INSTALL_HINTS.get(package, f"python3-{package}")
    return (
        f"Install the Python package '{package}' into the Python that QGIS uses. "
        f"Debian/Ubuntu: sudo apt install {deb}. "
        f"Windows (OSGeo4W Shell, as administrator): python -m pip install {package}. "
        f"macOS (QGIS's Python): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip "
        f"install {package}. Then restart QGIS."
    )


def missing(packages) -> list[str]:
    """Names of the packages in ``packages`` that cannot be imported."""
    return [p for p in packages if importlib.util.find_spec(p) is None]


def require(package: str):
    """Import and return ``package``, or raise :class:`MissingDependencyError` saying how
    to install it."""
    module = sys.modules.get(package)  # already imported: skip importlib's locking…
    if module is not None and not getattr(getattr(module, "__spec__", None), "_initializing", 0):
        return module  # (…unless another thread is still importing it: then wait for it)
    try:
        return importlib.import_module(package)
    except ImportError as exc:
        raise MissingDependencyError(
            f"This tool needs the Python package '{package}', which your QGIS does not "
            f"have. {install_hint(package)}"
        ) from exc
