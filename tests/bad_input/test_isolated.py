"""The bad-input cases that run in their own ``qgis_process`` (``runner.py``): at least one
per tool, and every empty layer (the known crashes of plannedhousing, tenuresplit and
planningoverlay). A segmentation fault fails the case as ``[crash]`` instead of ending pytest;
the rest is judged as in this process (``checks.judge``)."""

from __future__ import annotations

import os

import pytest

from .case import TOOLS
from .cases import CASES
from .checks import judge, verdict
from .runner import QGIS_PROCESS, run_all, setup
from .test_bad_input import report

ISOLATED = [c for c in CASES if c.isolate]


def test_every_tool_runs_in_its_own_process_at_least_once():
    assert {c.tool for c in ISOLATED} == set(TOOLS)


@pytest.fixture(scope="module")
def isolated_runs(tmp_path_factory, qgis_processing):
    """Every isolated case run once, two qgis_process at a time (BAD_INPUT_WORKERS)."""
    if QGIS_PROCESS is None:
        pytest.fail("qgis_process is not installed (Debian: qgis); the crash cases need it")
    from tests.helpers.provider import ensure_provider

    ensure_provider()
    env = setup(tmp_path_factory.mktemp("qgis_process"))
    workers = int(os.environ.get("BAD_INPUT_WORKERS", "2"))
    return run_all(ISOLATED, lambda c: tmp_path_factory.mktemp(c.id), env, workers)


@pytest.mark.parametrize("case", ISOLATED, ids=lambda c: c.id)
def test_in_own_process(case, isolated_runs):
    run, state = isolated_runs[case.id]
    problems = judge(run, state)
    report(case, problems)
    assert not problems, f"{case.id}: {verdict(problems)}"
