"""The project's scripts in ``tools/`` imported as modules (they are not a package)."""

from __future__ import annotations

import importlib.util

from tests.helpers.paths import ROOT


def load_tool(relative: str, module_name: str):
    """``tools/<relative>`` (e.g. ``package.py``, ``demo_steps/step_20_statistics.py``) run
    as the module ``module_name``."""
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "tools" / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
