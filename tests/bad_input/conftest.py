"""The isolated cases start in the background as soon as the suite starts, so that their
qgis_process runs overlap the cases of this process (``test_isolated.py`` collects them)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def isolated_runs(request, tmp_path_factory, qgis_processing):
    """{case id: (future Run, inputs' state)} of the isolated cases selected in this session."""
    from .cases import CASES
    from .runner import QGIS_PROCESS, setup, start_all

    wanted = {
        item.callspec.params["case"].id
        for item in request.session.items
        if item.originalname == "test_in_own_process"
    }
    cases = [c for c in CASES if c.isolate and c.id in wanted]
    if not cases or QGIS_PROCESS is None:
        yield {}
        return
    from tests.helpers.provider import ensure_provider

    ensure_provider()
    env = setup(tmp_path_factory.mktemp("qgis_process"))
    workers = int(os.environ.get("BAD_INPUT_WORKERS", "2"))
    executor, started = start_all(cases, lambda c: tmp_path_factory.mktemp(c.id), env, workers)
    yield started
    executor.shutdown(wait=True, cancel_futures=True)
