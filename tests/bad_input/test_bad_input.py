"""The bad-input suite of the hardening issue, in this process: every case of
:mod:`tests.bad_input.cases` that does not need its own process (see ``test_isolated.py``).

Each case starts from a valid parameter set (``bases.py``), breaks one thing and asserts
what the issue demands (``checks.judge``): no crash and no traceback, a refusal that names
the thing and says what to do, a correct result where the input is ordinary, inputs left
as they were and no partial output. A failure names its cause in brackets: ``[traceback]``,
``[generic message]``, ``[partial output]``, ``[input modified]``, ``[silently wrong]``,
``[message lacks names]``, ``[wrong outcome]``.
"""

from __future__ import annotations

import json
import os

import pytest

from .bases import BASES
from .case import Case
from .cases import CASES
from .checks import judge, verdict
from .execute import run_in_process

IN_PROCESS = [c for c in CASES if not c.isolate]


def report(case: Case, problems: list) -> None:
    """With BAD_INPUT_REPORT=<file>, each case's problems are appended to it as a JSON line
    (for a summary of the failing ids by cause)."""
    path = os.environ.get("BAD_INPUT_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"id": case.id, "problems": problems}, ensure_ascii=False) + "\n")


def check_case(case: Case, tmp_path):
    run, state = run_in_process(case, tmp_path)
    try:
        problems = judge(run, state)
    finally:
        run.release()
    report(case, problems)
    assert not problems, f"{case.id}: {verdict(problems)}"


@pytest.mark.parametrize("case", IN_PROCESS, ids=lambda c: c.id)
def test_bad_input(case, tmp_path, processing_provider):
    check_case(case, tmp_path)


BASE_CASES = [Case(tool, "valid", build, expect="succeed") for tool, build in BASES.items()]


@pytest.mark.parametrize("case", BASE_CASES, ids=lambda c: c.id)
def test_bases_are_valid(case, tmp_path, processing_provider):
    """The unbroken parameter sets run: a case's refusal is due to the one thing it breaks."""
    check_case(case, tmp_path)
