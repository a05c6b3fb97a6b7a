"""Reading core's modules once with :mod:`ast`: where messages are written (:data:`SINKS`), the
function each node stands in, functions, calls and assignments."""

from __future__ import annotations

import ast
import collections
from dataclasses import dataclass, field
from pathlib import Path

# (receiver, function, argument positions): a receiver "*" is any or none, "" none.
SINKS = (
    ("*", "InputError", (0,)),  # and every subclass of it core defines (error_classes)
    ("*", "MissingDependencyError", (0,)),
    ("*", "warn", (-1,)),  # info.warn(text), feed.warn(file, line, text), warn(text)
    ("progress", "info", (0,)),
    ("warnings", "append", (0,)),
    ("notes", "append", (0,)),
    ("lines", "append", (0,)),  # lines for the log
    ("report", "add", (2,)),  # join report: add(check, severity, message, ...)
    ("", "_row", (4, 5)),  # area checks: _row(feature, code, check, severity, problem, action)
)
# lists of messages: the items of ``lines = [...]`` and ``lines += [...]`` are messages too
MESSAGE_LISTS = ("warnings", "notes", "lines")


# --- reading the source ---------------------------------------------------------------------
@dataclass
class Module:
    """A parsed module, read once: the function each node is in, its functions, its calls and
    assignments (in :func:`ast.walk` order) and the statements of each function."""

    label: str
    function_of: dict = field(default_factory=dict)  # node -> enclosing FunctionDef or None
    functions: list = field(default_factory=list)
    classes: list = field(default_factory=list)
    nodes: list = field(default_factory=list)  # calls and assignments
    statements: dict = field(default_factory=dict)  # function -> [assignments and returns]


@dataclass(frozen=True)
class Slot:
    """An ``{expr}`` before it has a name: the expression and where it stands."""

    node: ast.AST
    spec: str
    conversion: str
    module: Module
    function: ast.AST  # the enclosing FunctionDef, or None


_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_ASSIGNMENTS = (ast.Assign, ast.AnnAssign, ast.AugAssign)
# what can hold a call or an assignment (not the contexts, operators, names and constants)
_WALKED = (
    ast.stmt,
    ast.expr,
    ast.comprehension,
    ast.keyword,
    ast.excepthandler,
    ast.arguments,
    ast.arg,
    ast.withitem,
    ast.match_case,
    ast.pattern,
)


def parse_module(path: Path, label: str) -> Module:
    module = Module(label)
    queue = collections.deque([(ast.parse(path.read_text(encoding="utf-8"), str(path)), None)])
    while queue:
        node, function = queue.popleft()
        module.function_of[node] = function
        if isinstance(node, (ast.Call, *_ASSIGNMENTS)):
            module.nodes.append(node)
        if isinstance(node, (*_ASSIGNMENTS, ast.Return)):
            module.statements.setdefault(function, []).append(node)
        if isinstance(node, _FUNCTIONS):
            module.functions.append(node)
            function = node
        elif isinstance(node, ast.ClassDef):
            module.classes.append(node)
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                queue.extend((v, function) for v in value if isinstance(v, _WALKED))
            elif isinstance(value, _WALKED):
                queue.append((value, function))
    return module


def enclosing_function(module: Module, node):
    return module.function_of.get(node)


def call_name(node: ast.Call):
    """``(receiver, name)``: ``("report", "add")`` for ``report.add(…)``, ``self.x.warn`` →
    ``("x", "warn")``, ``("", "InputError")`` for a plain call."""
    func = node.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        value = func.value
        receiver = value.id if isinstance(value, ast.Name) else getattr(value, "attr", "?")
        return receiver, func.attr
    return None, None


def error_classes(modules) -> set:
    """``InputError`` and the classes of ``modules`` derived from it (``ConstraintConflict``)."""
    found, bases = {"InputError"}, {}
    for module in modules:
        for node in module.classes:
            bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    grown = True
    while grown:
        derived = {name for name, of in bases.items() if of & found}
        grown = not derived <= found
        found |= derived
    return found


def sink_arguments(node, errors=("InputError",)) -> list:
    """The message expressions of a call in :data:`SINKS` (or of one of the ``errors``), or
    the items of a list assigned or added to one of :data:`MESSAGE_LISTS`."""
    if isinstance(node, (ast.Assign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        named = any(isinstance(t, ast.Name) and t.id in MESSAGE_LISTS for t in targets)
        return list(node.value.elts) if named and isinstance(node.value, ast.List) else []
    if not isinstance(node, ast.Call):
        return []
    receiver, name = call_name(node)
    found = node.args[:1] if name in errors and name != "InputError" else []
    for sink_receiver, sink_name, positions in SINKS:
        if name != sink_name or (sink_receiver != "*" and receiver != sink_receiver):
            continue
        for position in positions:
            if -len(node.args) <= position < len(node.args):
                found.append(node.args[position])
    return found


def format_spec(node: ast.FormattedValue) -> str:
    spec = node.format_spec
    if spec is None:
        return ""
    if all(isinstance(v, ast.Constant) for v in spec.values):
        return "".join(str(v.value) for v in spec.values)
    return ""


def parameter_default(function, name: str):
    """The default value node of ``function``'s parameter ``name``; False when it is none."""
    args = function.args
    positional = args.posonlyargs + args.args
    defaults = dict(zip([a.arg for a in positional][-len(args.defaults) :], args.defaults))
    if not args.defaults:
        defaults = {}
    defaults.update((a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d)
    if name in defaults:
        return defaults[name]
    names = [a.arg for a in positional + args.kwonlyargs]
    return None if name in names else False


def python_files(paths) -> list:
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            files.append(path)
    return files
