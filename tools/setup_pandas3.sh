#!/usr/bin/env bash
# The virtual environment of `make test-pandas3`: .venv-pandas3, a plain venv of the system
# Python (no system site packages, so neither Debian's pandas 1.5 nor QGIS) with pandas 3
# and the packages core uses, from PyPI (requirements-pandas3.txt). Made once; quiet when
# it is up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PYTHON=${SYSTEM_PYTHON:-/usr/bin/python3}
VENV=${VENV_PANDAS3:-.venv-pandas3}
REQUIREMENTS=requirements-pandas3.txt

if [ ! -x "$VENV/bin/python" ]; then
  if ! "$SYSTEM_PYTHON" -m venv "$VENV"; then
    echo "setup: cannot make $VENV; on Debian install python3-venv (make setup does)" >&2
    exit 1
  fi
fi
stamp="$VENV/.requirements-pandas3.txt"
if ! cmp -s "$REQUIREMENTS" "$stamp"; then
  echo "setup: installing pandas 3 and the core's packages into $VENV (once)"
  if ! "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQUIREMENTS" >"$VENV/pip.log" 2>&1; then
    cat "$VENV/pip.log" >&2; exit 1
  fi
  cp "$REQUIREMENTS" "$stamp"
fi
