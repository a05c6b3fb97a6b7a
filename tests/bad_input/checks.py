"""What the hardening issue demands of every run, whatever the case: judged in one place.

:func:`judge` returns the problems of a finished :class:`Run` as ``(cause, text)``; the
causes are the issue's: ``crash``, ``traceback``, ``generic message``, ``partial output``,
``input modified``, ``silently wrong``, ``message lacks names`` and ``wrong outcome`` (an
ordinary input refused). Inputs are compared byte for byte; a GeoPackage that is also an
output target is compared table by table (its own layers and styles must stay as they were).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .builders import file_of
from .case import OUTPUTS, Case, Dirs, Named

# Python's own words: a traceback, an exception class, a message of the interpreter
TRACEBACK = re.compile(
    r"Traceback|\b[A-Z]\w*(Error|Exception)\b|NoneType|cannot convert|object has no attribute"
    r"|not subscriptable|unsupported operand|invalid literal for|is out of bounds for axis"
    r"|index out of range",
)
# the causes, most serious first: a case is counted under its first
CAUSES = (
    "crash",
    "traceback",
    "generic message",
    "partial output",
    "input modified",
    "silently wrong",
    "wrong outcome",
    "message lacks names",
)
# QGIS's messages that name nothing, and the boundary's catch-all for unexpected exceptions
GENERIC = (
    "Unable to execute algorithm",
    "An error was encountered while checking parameter values",
    "Incorrect parameter value",
    "There were errors executing the algorithm",
    "(details in the log)",
)
# QGIS puts these headings above the message of a tool's own parameter check
# (checkParameterValues): with the tool's sentence after them they are not generic
HEADINGS = GENERIC[:3]


def _generic(message: str) -> list:
    """The generic phrases in ``message`` that stand for the whole message: a heading of
    QGIS's counts only when no sentence of the tool follows it."""
    found = []
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    for phrase in GENERIC:
        if phrase.casefold() not in message.casefold():
            continue
        if phrase in HEADINGS:
            rest = [line for line in lines if phrase.casefold() not in line.casefold()]
            if any(len(line) > 30 for line in rest):
                continue
        found.append(phrase)
    return found


@dataclass
class Run:
    """A finished run of a case: the parameters, the outcome, the log."""

    case: Case
    params: dict
    dirs: Dirs
    result: Optional[dict] = None
    error: Optional[str] = None  # the refusal's message
    escaped: Optional[str] = None  # an exception other than QgsProcessingException
    returncode: Optional[int] = None  # of qgis_process
    log: list = field(default_factory=list)  # warnings and errors of the run
    cancel_requested: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.escaped is None and not self.crashed

    @property
    def crashed(self) -> bool:
        return self.returncode is not None and self.returncode < 0

    def definition(self, name):
        from qgis.core import QgsApplication

        alg = QgsApplication.processingRegistry().algorithmById(f"segregation:{self.case.tool}")
        return alg.parameterDefinition(name) if alg is not None else None

    def output_paths(self) -> dict:
        """The output parameters that name a file of their own (not a layer in an input)."""
        out = {}
        for name in OUTPUTS[self.case.tool]:
            value = self.params.get(name)
            if isinstance(value, str) and value and value != "TEMPORARY_OUTPUT":
                out[name] = value
        return out

    def layer(self, name):
        """The output ``name`` as a layer (asserting that it exists and is valid)."""
        from qgis.core import QgsVectorLayer

        value = self.params[name]
        layer = QgsVectorLayer(value, name, "ogr")
        assert layer.isValid(), f"[wrong outcome] output {name} ({value}) cannot be opened"
        return layer

    def rows(self, name) -> list:
        """The features of output ``name`` as dicts (attributes; ``_geometry`` the geometry)."""
        layer = self.layer(name)
        rows = []
        for feature in layer.getFeatures():
            row = dict(zip(layer.fields().names(), feature.attributes()))
            row["_geometry"] = feature.geometry() if feature.hasGeometry() else None
            rows.append(row)
        return rows

    def fields(self, name) -> list:
        return self.layer(name).fields().names()

    def messages(self) -> str:
        return "\n".join([self.error or "", *map(str, self.log)])


# --- inputs before and after ----------------------------------------------------------------
def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gpkg_tables(path: Path) -> dict:
    """{table: sorted rows} of a GeoPackage's own tables (layers and layer_styles)."""
    tables = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        names = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("sqlite_", "rtree_", "gpkg_"))
        ]
        for name in names:
            rows = db.execute(f'SELECT * FROM "{name}"').fetchall()
            tables[name] = sorted(map(repr, rows))
    return tables


def input_files(params: dict, dirs: Dirs) -> list:
    files = {p for p in dirs.inp.rglob("*") if p.is_file()}
    for value in params.values():
        if isinstance(value, str) and value and not value.startswith(("ogr:", "TEMPORARY")):
            path = Path(file_of(value))
            if path.is_file() and dirs.out not in path.parents:
                files.add(path)
    return sorted(files)


def memory_layers(params: dict) -> dict:
    from qgis.core import QgsVectorLayer

    return {k: v for k, v in params.items() if isinstance(v, QgsVectorLayer)}


def before(params: dict, dirs: Dirs) -> dict:
    from tests.helpers.layers import snapshot

    state = {"files": {}, "tables": {}, "layers": {}}
    for path in input_files(params, dirs):
        state["files"][path] = _sha(path)
        if path.suffix == ".gpkg":
            state["tables"][path] = gpkg_tables(path)
    for name, layer in memory_layers(params).items():
        state["layers"][name] = snapshot(layer)
    return state


def changes(state: dict, params: dict, output_targets: set) -> list:
    """What changed in the inputs: ``[text]``."""
    from tests.helpers.layers import snapshot

    found = []
    for path, digest in state["files"].items():
        if not path.exists():
            found.append(f"{path.name} was deleted")
            continue
        if _sha(path) == digest:
            continue
        if path in output_targets and path in state["tables"]:
            now = gpkg_tables(path)
            for table, rows in state["tables"][path].items():
                if table == "layer_styles":
                    if not set(rows) <= set(now.get(table, [])):
                        found.append(f"{path.name}: its styles (layer_styles) were changed")
                elif now.get(table) != rows:
                    found.append(f"{path.name}: its layer {table} was changed or removed")
            continue
        found.append(f"{path.name} was changed")
    for name, snap in state["layers"].items():
        if snapshot(params[name]) != snap:
            found.append(f"the memory layer of {name} was changed")
    return found


def target_of(value: str) -> tuple:
    """(file, table or None) an output value writes to."""
    match = re.match(r"ogr:dbname='([^']+)'(?: table=\"([^\"]+)\")?", value)
    if match:
        return Path(match.group(1)), match.group(2)
    return Path(file_of(value)), None


def output_targets(params: dict, tool: str) -> set:
    return {
        target_of(params[name])[0]
        for name in OUTPUTS[tool]
        if isinstance(params.get(name), str) and params.get(name)
    }


def outputs_written(run: Run, state: dict) -> list:
    """The outputs that are on disk: a file of their own, or a new table in a GeoPackage
    (an input's own GeoPackage counts only with a table it did not have)."""
    written = []
    for name, value in run.output_paths().items():
        path, table = target_of(value)
        if not path.exists():
            continue
        if path in state["files"] or table:
            before_tables = state["tables"].get(path, {})
            now = gpkg_tables(path) if path.suffix == ".gpkg" else {}
            new = set(now) - set(before_tables)
            if (table in new) if table else new:
                written.append(name)
        else:
            written.append(name)
    return written


# --- the verdict ----------------------------------------------------------------------------
def _requirement_met(item, message: str, run: Run) -> tuple:
    text = message.casefold()
    if isinstance(item, Named):
        names = item.alternatives(run)
        return any(n.casefold() in text for n in names), " or ".join(repr(n) for n in names)
    options = item if isinstance(item, tuple) else (item,)
    return any(o.casefold() in text for o in options), " or ".join(repr(o) for o in options)


def message_problems(message: str, run: Run) -> list:
    problems = []
    match = TRACEBACK.search(message)
    if match:
        problems.append(("traceback", f"Python's words ({match.group(0)!r}) in: {message!r}"))
    generic = _generic(message)
    if generic:
        problems.append(("generic message", f"{generic[0]!r} in: {message!r}"))
    for item in run.case.words:
        met, wanted = _requirement_met(item, message, run)
        if not met:
            problems.append(("message lacks names", f"{wanted} not in: {message!r}"))
    return problems


def judge(run: Run, state: dict) -> list:
    """The problems of ``run`` as ``[(cause, text)]``, most serious first (:data:`CAUSES`)."""
    case = run.case
    problems = []
    if run.crashed:
        problems.append(("crash", f"qgis_process died with return code {run.returncode}"))
    if run.escaped:
        problems.append(("traceback", f"an exception escaped the tool: {run.escaped}"))
    for line in run.log:
        if TRACEBACK.search(str(line)) and "Traceback" in str(line):
            problems.append(("traceback", f"a traceback in the log: {str(line)[:300]!r}"))
            break
    existing = outputs_written(run, state)
    if run.error is not None:
        problems += message_problems(run.error, run)
        if case.expect == "succeed":
            problems.append(("wrong outcome", f"ordinary input refused: {run.error!r}"))
        if existing:
            problems.append(("partial output", f"outputs left after the refusal: {existing}"))
    elif run.ok:
        if case.cancel and run.cancel_requested:
            if existing:
                problems.append(("partial output", f"outputs left after a cancel: {existing}"))
        elif case.cancel:
            problems.append(("wrong outcome", "the tool reported no progress, so no cancel"))
        elif case.expect == "refuse":
            problems.append(("silently wrong", f"accepted (should refuse): {run.result}"))
        else:
            lacking = [n for n in run.output_paths() if n not in existing]
            if lacking:
                problems.append(("wrong outcome", f"outputs not written: {lacking}"))
    if run.error is not None and case.cancel and "cancel" not in run.error.casefold():
        problems.append(("message lacks names", f"a cancel not called one: {run.error!r}"))
    modified = changes(state, run.params, output_targets(run.params, case.tool))
    if modified:
        problems.append(("input modified", "; ".join(modified)))
    if case.check is not None and run.ok:
        try:
            case.check(run)
        except AssertionError as exc:
            text = str(exc)
            cause = re.match(r"\[([a-z ]+)\] ?", text)
            if cause:
                problems.append((cause.group(1), text[cause.end() :]))
            else:
                problems.append(("silently wrong", text))
    return sorted(problems, key=lambda p: CAUSES.index(p[0]) if p[0] in CAUSES else len(CAUSES))


def verdict(problems: list) -> str:
    """The problems as text, one ``[cause] text`` a line."""
    return "\n".join(f"[{cause}] {text}" for cause, text in problems)
