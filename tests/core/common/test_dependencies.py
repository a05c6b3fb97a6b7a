"""Packages imported on demand: a clear message when one is missing, and a package another
thread is still importing waited for, not handed out half made."""

from __future__ import annotations

import sys
import threading

import pytest

from segregation_plugin.core.common.dependencies import require
from segregation_plugin.core.common.errors import MissingDependencyError

SLOW = """
import time
started = True
time.sleep(0.3)
DONE = "whole"
"""


def test_a_missing_package_says_how_to_install_it():
    with pytest.raises(MissingDependencyError) as caught:
        require("no_such_package_for_the_plugin")
    assert "no_such_package_for_the_plugin" in str(caught.value)


def test_a_package_being_imported_in_another_thread_is_waited_for(tmp_path, monkeypatch):
    """Two tools start at once in a fresh QGIS: the second asked for pandas while the first
    was still importing it, got the half-made module and failed ('partially initialized
    module 'pandas' has no attribute 'factorize'')."""
    (tmp_path / "slow_for_the_plugin.py").write_text(SLOW)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "slow_for_the_plugin", raising=False)
    first = threading.Thread(target=require, args=("slow_for_the_plugin",))
    first.start()
    while "started" not in getattr(sys.modules.get("slow_for_the_plugin"), "__dict__", {}):
        pass  # until the first thread is inside the module's code (it then sleeps 0.3 s)
    assert require("slow_for_the_plugin").DONE == "whole"
    first.join(5)
    monkeypatch.delitem(sys.modules, "slow_for_the_plugin")
