#!/usr/bin/env bash
# Installs what `make test` and `make demo` need, and nothing twice.
#  - Debian packages: QGIS 3.22 with Python bindings and providers, Debian's pandas,
#    geopandas, rasterio and openpyxl (they share QGIS's GDAL and PROJ), xvfb, lrelease.
#    PostgreSQL 15 with PostGIS 3 for the tests that write to a database (they start a
#    throw-away server of their own in a temporary folder).
#    poppler-utils (pdftotext, pdftoppm: the report test reads the PDF it writes).
#  - .venv made with --system-site-packages (so QGIS's bindings are visible) holding the
#    test tools from requirements-dev.txt.
# Quiet when everything is already there. On a machine without apt it says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(qgis python3-qgis qgis-providers python3-geopandas python3-rasterio python3-pandas
          python3-openpyxl python3-rtree python3-venv xvfb qttools5-dev-tools poppler-utils
          postgresql-15-postgis-3)
SYSTEM_PYTHON=${SYSTEM_PYTHON:-/usr/bin/python3}
VENV=${VENV:-.venv}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get not found, cannot install: ${missing[*]}" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "setup: these Debian packages are missing and you are not root:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian: check that what we need is importable and say what to install if not.
  if ! "$SYSTEM_PYTHON" -c 'import qgis.core, pandas, geopandas, rasterio, openpyxl' 2>/dev/null; then
    cat >&2 <<MSG
setup: this machine has no apt (not Debian/Ubuntu). Install by hand:
  - QGIS >= 3.22 with its Python bindings (qgis.core importable from $SYSTEM_PYTHON)
  - the Python packages pandas, geopandas, rasterio, openpyxl for that Python
  - Qt 5 linguist tools (lrelease) to compile translations
then run make again, with SYSTEM_PYTHON=/path/to/qgis/python if it is not /usr/bin/python3.
MSG
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$SYSTEM_PYTHON" -m venv --system-site-packages "$VENV"
fi
stamp="$VENV/.requirements-dev.txt"
if ! cmp -s requirements-dev.txt "$stamp"; then
  if ! "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt >"$VENV/pip.log" 2>&1; then
    cat "$VENV/pip.log" >&2; exit 1
  fi
  cp requirements-dev.txt "$stamp"
fi
