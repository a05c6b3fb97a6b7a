# One-command setup, tests and demo for the Segregation plugin (see README.md).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
VENV_PANDAS3 ?= .venv-pandas3
HEADLESS := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$${XDG_RUNTIME_DIR:-/tmp/runtime-$$(id -u)} \
            QGIS_PREFIX_PATH=/usr PYTHONDONTWRITEBYTECODE=1 PROJ_DATA=/usr/share/proj PROJ_LIB=/usr/share/proj \
            GDAL_PAM_ENABLED=NO QT_HASH_SEED=0
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: setup test test-pandas3 demo package lint bench sample translations styles clean
.DEFAULT_GOAL := test

setup:
	@bash tools/setup.sh

translations: setup $(QM)

i18n/%.qm: i18n/%.ts
	@lrelease -silent $< -qm $@

test: setup translations
	@$(HEADLESS) $(PY) -m pytest -q -p no:cacheprovider

# The core tests (they need no QGIS) once more under pandas 3, in their own venv made once by
# tools/setup_pandas3.sh. Its wheels bring their own PROJ data: a PROJ_DATA or PROJ_LIB set
# for Debian's PROJ would break them, so they are unset here.
test-pandas3:
	@VENV_PANDAS3=$(VENV_PANDAS3) bash tools/setup_pandas3.sh
	@env -u PROJ_DATA -u PROJ_LIB PYTHONDONTWRITEBYTECODE=1 \
	  $(VENV_PANDAS3)/bin/python -m pytest -q -p no:cacheprovider tests/core

demo: setup translations
	@$(HEADLESS) $(PY) tools/demo.py --out out

package: setup translations
	@$(PY) tools/package.py --out dist

lint: setup
	@$(PY) -m ruff check segregation_plugin tests tools
	@$(PY) -m ruff format --check segregation_plugin tests tools

bench: setup
	@$(HEADLESS) $(PY) benchmarks/run.py

sample: setup
	@$(HEADLESS) $(PY) tools/make_sample.py resources/sample

styles: setup
	@$(HEADLESS) $(PY) tools/make_styles.py resources/styles

clean:
	rm -rf out dist build i18n/*.qm
