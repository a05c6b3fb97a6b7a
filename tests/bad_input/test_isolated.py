"""The bad-input cases that run in their own ``qgis_process`` (``runner.py``): at least one
per tool, and every empty layer (the known crashes of plannedhousing, tenuresplit and
planningoverlay). A segmentation fault fails the case as ``[crash]`` instead of ending pytest;
the rest is judged as in this process (``checks.judge``)."""

from __future__ import annotations

import pytest

from .case import TOOLS
from .cases import CASES
from .checks import judge, verdict
from .runner import QGIS_PROCESS
from .test_bad_input import report

ISOLATED = [c for c in CASES if c.isolate]


def test_every_tool_runs_in_its_own_process_at_least_once():
    assert {c.tool for c in ISOLATED} == set(TOOLS)


@pytest.mark.parametrize("case", ISOLATED, ids=lambda c: c.id)
def test_in_own_process(case, isolated_runs):
    """The run started by ``conftest.isolated_runs`` at the beginning of the session."""
    if QGIS_PROCESS is None:
        pytest.fail("qgis_process is not installed (Debian: qgis); the crash cases need it")
    future, state = isolated_runs[case.id]
    run = future.result()
    problems = judge(run, state)
    report(case, problems)
    assert not problems, f"{case.id}: {verdict(problems)}"
