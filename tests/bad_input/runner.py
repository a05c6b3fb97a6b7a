"""Run a case in its own ``qgis_process``, so that a segmentation fault is a negative return
code (a failed test) and not the end of pytest.

qgis_process loads the plugins enabled in its profile: :func:`setup` makes a throw-away
one (``HOME`` in a temporary folder, ``[PythonPlugins] segregation_plugin=true``) and a
plugin folder on ``QGIS_PLUGINPATH`` whose ``segregation_plugin`` links to the checkout's
package and ``metadata.txt`` (the tree under test, not an installed copy). The case's
parameters go on the command line (``-- NAME=value``; a list repeats the name); the
result and the log come back as JSON, a refusal on stderr.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.helpers.paths import ROOT

from .case import Case
from .checks import Run
from .execute import prepare

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
TIMEOUT = 180  # seconds; a run that hangs fails as a crash
# lines of stderr that are not the tool's message: Python's and GDAL's own noise
NOISE = re.compile(r"^(<string>:\d+: \w*Warning|ERROR \d+:|Warning \d+:|\s*$)")


def setup(base: Path) -> dict:
    """The environment of a qgis_process that sees the plugin of this checkout."""
    plugin = base / "plugins" / "segregation_plugin"
    plugin.mkdir(parents=True, exist_ok=True)
    for child in (ROOT / "segregation_plugin").iterdir():
        if child.name != "__pycache__":
            (plugin / child.name).symlink_to(child)
    (plugin / "metadata.txt").symlink_to(ROOT / "metadata.txt")
    home = base / "home"
    profile = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("[PythonPlugins]\nsegregation_plugin=true\n")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        QGIS_PLUGINPATH=str(base / "plugins"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
        GDAL_PAM_ENABLED="NO",
    )
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    return env


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    return str(value)


def command(tool: str, params: dict) -> list:
    args = [QGIS_PROCESS, "--json", "run", f"segregation:{tool}", "--"]
    for name, value in params.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            args.append(f"{name}={_text(item)}")
    return args


def message_of(stderr: str) -> str:
    """The refusal qgis_process printed: stderr without noise, each line once."""
    lines = []
    for line in stderr.splitlines():
        if not NOISE.match(line) and line not in lines:
            lines.append(line)
    return "\n".join(lines)


def _execute(case: Case, dirs, params: dict, env: dict) -> Run:
    """Run the prepared case in qgis_process (in a worker thread: no QGIS calls here)."""
    run = Run(case, params, dirs)
    run.release = lambda: None
    try:
        proc = subprocess.run(
            command(case.tool, params),
            env=env,
            cwd=dirs.inp.parent,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        run.returncode = -9
        run.log = [f"qgis_process did not finish in {TIMEOUT} s"]
        return run
    # a crash: killed by a signal (negative), or by the shell's 128 + signal
    run.returncode = -(proc.returncode - 128) if proc.returncode > 128 else proc.returncode
    if proc.returncode == 0:
        # Qt may print a line of its own (e.g. about XDG_RUNTIME_DIR) before the JSON
        data = json.loads(proc.stdout[proc.stdout.find("{") :])
        run.result = data.get("results", {})
        log = data.get("log", {})
        run.log = [m for key, lines in log.items() if key != "info" for m in lines]
    elif run.returncode > 0:
        run.error = message_of(proc.stderr)
    return run


def start_all(cases, base_of, env: dict, workers: int = 2) -> tuple:
    """Start ``cases``, each in its own qgis_process, ``workers`` at a time, in the
    background: (executor, {case id: (future of the Run, inputs' state)}). The inputs are
    built here first (QGIS calls stay in this thread)."""
    executor = ThreadPoolExecutor(max_workers=workers)
    started = {}
    for case in cases:
        dirs, params, state = prepare(case, base_of(case))
        started[case.id] = (executor.submit(_execute, case, dirs, params, env), state)
    return executor, started
