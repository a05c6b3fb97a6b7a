"""Reading core's messages from its source with :mod:`ast` (the rules are in the package's
docstring): :func:`read_catalogue`."""

from __future__ import annotations

import ast
import collections
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .templates import FRAGMENT, Catalogue, Placeholder, Template, placeholder_name

# (receiver, function, argument positions): a receiver "*" is any or none, "" none.
SINKS = (
    ("*", "InputError", (0,)),
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
MAX_ALTERNATIVES = 16
MAX_DEPTH = 3


# --- reading the source ---------------------------------------------------------------------
@dataclass
class _Module:
    """A parsed module, read once: the function each node is in, its functions, its calls and
    assignments (in :func:`ast.walk` order) and the statements of each function."""

    label: str
    function_of: dict = field(default_factory=dict)  # node -> enclosing FunctionDef or None
    functions: list = field(default_factory=list)
    nodes: list = field(default_factory=list)  # calls and assignments
    statements: dict = field(default_factory=dict)  # function -> [assignments and returns]


@dataclass(frozen=True)
class _Slot:
    """An ``{expr}`` before it has a name: the expression and where it stands."""

    node: ast.AST
    spec: str
    conversion: str
    module: _Module
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


def _parse(path: Path, label: str) -> _Module:
    module = _Module(label)
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
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                queue.extend((v, function) for v in value if isinstance(v, _WALKED))
            elif isinstance(value, _WALKED):
                queue.append((value, function))
    return module


def _enclosing_function(module: _Module, node):
    return module.function_of.get(node)


def _call_name(node: ast.Call):
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


def _sink_arguments(node) -> list:
    """The message expressions of a call in :data:`SINKS`, or the items of a list assigned or
    added to one of :data:`MESSAGE_LISTS`."""
    if isinstance(node, (ast.Assign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        named = any(isinstance(t, ast.Name) and t.id in MESSAGE_LISTS for t in targets)
        return list(node.value.elts) if named and isinstance(node.value, ast.List) else []
    if not isinstance(node, ast.Call):
        return []
    receiver, name = _call_name(node)
    found = []
    for sink_receiver, sink_name, positions in SINKS:
        if name != sink_name or (sink_receiver != "*" and receiver != sink_receiver):
            continue
        for position in positions:
            if -len(node.args) <= position < len(node.args):
                found.append(node.args[position])
    return found


def _spec(node: ast.FormattedValue) -> str:
    spec = node.format_spec
    if spec is None:
        return ""
    if all(isinstance(v, ast.Constant) for v in spec.values):
        return "".join(str(v.value) for v in spec.values)
    return ""


_CONVERSIONS = {ord("r"): "r", ord("s"): "s", ord("a"): "a"}
_STRINGISH = (ast.Constant, ast.JoinedStr, ast.BinOp, ast.IfExp)


def _parameter_default(function, name: str):
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


class _Extractor:
    """Reads the messages of a set of core modules (see the module's rules)."""

    def __init__(self, modules: list):
        self.modules = modules
        self.functions: dict = {}  # name -> [(module, FunctionDef)]
        self.keywords: dict = {}  # keyword argument name -> [(module, value node)]
        for module in modules:
            for function in module.functions:
                self.functions.setdefault(function.name, []).append((module, function))
            for node in module.nodes:
                if isinstance(node, ast.Call):
                    for keyword in node.keywords:
                        if keyword.arg:
                            self.keywords.setdefault(keyword.arg, []).append(
                                (module, keyword.value)
                            )
        self.catalogue = Catalogue()
        self._explained: set = set()

    def run(self) -> Catalogue:
        for module in self.modules:
            for node in module.nodes:
                for argument in _sink_arguments(node):
                    function = _enclosing_function(module, argument)
                    for parts, location in self._alternatives(argument, module, function, 0, True):
                        self._finish(parts, "", location, 0)
        return self.catalogue

    # --- a message's possible texts ---------------------------------------------------------
    def _alternatives(self, node, module, function, depth, follow) -> list:
        """``[(parts, location)]``: the texts a string expression can write, [] for none."""
        location = f"{module.label}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Constant):
            return [((node.value,), location)] if isinstance(node.value, str) else []
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    conversion = _CONVERSIONS.get(value.conversion, "")
                    parts.append(_Slot(value.value, _spec(value), conversion, module, function))
                else:
                    parts.append(str(value.value))
            return [(tuple(parts), location)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self._alternatives(node.left, module, function, depth, False)
            right = self._alternatives(node.right, module, function, depth, False)
            if not left and not right:
                return []
            left = left or [((_Slot(node.left, "", "", module, function),), location)]
            right = right or [((_Slot(node.right, "", "", module, function),), location)]
            pairs = itertools.islice(itertools.product(left, right), MAX_ALTERNATIVES)
            return [(a + b, where) for (a, where), (b, _) in pairs]
        if isinstance(node, ast.IfExp):
            body = self._alternatives(node.body, module, function, depth, follow)
            return (body + self._alternatives(node.orelse, module, function, depth, follow))[
                :MAX_ALTERNATIVES
            ]
        if not follow or depth >= MAX_DEPTH:
            return []
        if isinstance(node, ast.Name):
            return self._assigned(node.id, module, function, depth + 1, True)
        if isinstance(node, ast.Call):
            return self._returned(node, depth + 1)
        return []

    @staticmethod
    def _assignments(name, module, function) -> tuple:
        """The values assigned to the variable ``name`` in ``function``, and those added with
        ``name += …``."""
        values, additions = [], []
        for node in module.statements.get(function, ()):
            if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
                if isinstance(node.target, ast.Name) and node.target.id == name:
                    additions.append(node.value)
                continue
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets = [node.target]
            else:
                continue
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                values.append(node.value)
        return values, additions

    def _assigned(self, name, module, function, depth, follow) -> list:
        """The texts assigned to the variable ``name`` in ``function`` (``text = …`` with one
        of its ``text += …``)."""
        values, additions = self._assignments(name, module, function)
        bases = [
            found
            for value in values
            for found in self._alternatives(value, module, function, depth, follow)
        ]
        added = [
            found
            for value in additions
            for found in self._alternatives(value, module, function, depth, False)
        ]
        if not added:
            return bases[:MAX_ALTERNATIVES]
        pairs = itertools.islice(itertools.product(bases, added), MAX_ALTERNATIVES)
        return [(a + b, where) for (a, where), (b, _) in pairs]

    def _returned(self, call: ast.Call, depth: int) -> list:
        """The texts a core function called as ``call`` returns."""
        found = []
        for module, function in self.functions.get(_call_name(call)[1], []):
            for node in module.statements.get(function, ()):
                if isinstance(node, ast.Return) and node.value is not None:
                    found += self._alternatives(node.value, module, function, depth, True)
        return found[:MAX_ALTERNATIVES]

    def _returned_words(self, call: ast.Call) -> list:
        """The strings a core function called as ``call`` returns as literals (``"met"``)."""
        found = []
        for module, function in self.functions.get(_call_name(call)[1], []):
            for node in module.statements.get(function, ()):
                if isinstance(node, ast.Return) and isinstance(
                    node.value, (ast.Constant, ast.IfExp)
                ):
                    found += self._alternatives(node.value, module, function, 0, False)
        return found

    # --- templates and fragments ------------------------------------------------------------
    def _finish(self, parts, comment, location, depth, owner=None) -> None:
        """Name the placeholders of ``parts`` and record the template (and its fragments)."""
        out, names, used, slots = [], {}, set(), []
        for part in parts:
            if isinstance(part, str):
                if out and isinstance(out[-1], str):
                    out[-1] += part
                elif part:
                    out.append(part)
                continue
            dump = ast.dump(part.node)
            if dump not in names:
                base = name = placeholder_name(part.node)
                number = 2
                while name in used:
                    name, number = f"{base}_{number}", number + 1
                names[dump] = name
                used.add(name)
                slots.append((name, part))
            out.append(Placeholder(names[dump], part.spec, part.conversion))
        if comment and out:  # a fragment is matched and translated without its outer spaces
            if isinstance(out[0], str):
                out[0] = out[0].lstrip()
            if isinstance(out[-1], str):
                out[-1] = out[-1].rstrip()
            out = [p for p in out if p != ""]
        literal = "".join(p for p in out if isinstance(p, str))
        if not re.search(r"[^\W\d_]", literal) or "{" in literal or "}" in literal:
            return
        text = "".join(p if isinstance(p, str) else "{" + p.name + "}" for p in out)
        template = Template(text, tuple(out), comment)
        if comment:
            self.catalogue.fragments.setdefault(owner, {}).setdefault(text, template)
        else:
            self.catalogue.templates.setdefault(text, template)
        found = self.catalogue.locations.setdefault((text, comment), [])
        if location not in found:
            found.append(location)
        for name, slot in slots:
            self._explain(name, slot, depth)

    def _explain(self, name: str, slot: _Slot, depth: int) -> None:
        """Record the fragments the placeholder ``name`` may hold."""
        key = (name, ast.dump(slot.node), slot.module.label, getattr(slot.function, "lineno", 0))
        if depth >= MAX_DEPTH or key in self._explained:
            return
        self._explained.add(key)
        node, module, function = slot.node, slot.module, slot.function
        found = []
        values = node.values if isinstance(node, ast.BoolOp) else [node]
        for value in values:
            if isinstance(value, _STRINGISH):
                found += self._alternatives(value, module, function, 0, False)
            elif isinstance(value, ast.Name):
                found += self._variable(value.id, module, function)
            elif isinstance(value, ast.Call) and _call_name(value)[1] in self.functions:
                for argument in value.args:
                    if isinstance(argument, ast.Constant):
                        found += self._alternatives(argument, module, function, 0, False)
                found += self._returned_words(value)
        for parts, location in found:
            self._finish(parts, FRAGMENT, location, depth + 1, owner=name)

    def _variable(self, name: str, module, function) -> list:
        """The texts a variable may hold: its assignments (any word of an ``a if c else b``,
        else prose), and prose from a parameter's default and from keyword arguments."""
        if function is None:
            return []
        found = []
        for value in self._assignments(name, module, function)[0]:
            texts = self._alternatives(value, module, function, 0, False)
            found += texts if isinstance(value, (ast.IfExp, ast.BoolOp)) else _prose(texts)
        default = _parameter_default(function, name)
        if default is False:
            return found
        if default is not None:
            found += _prose(self._alternatives(default, module, function, 0, False))
        for other, value in self.keywords.get(name, []):
            function = _enclosing_function(other, value)
            found += _prose(self._alternatives(value, other, function, 0, False))
        return found


def _prose(texts) -> list:
    """The texts of ``[(parts, location)]`` with a space (words, not a field name)."""
    return [
        (parts, location)
        for parts, location in texts
        if " " in "".join(p if isinstance(p, str) else "x" for p in parts).strip()
    ]


def _python_files(paths) -> list:
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            files.append(path)
    return files


def read_catalogue(paths, root: Path = None) -> Catalogue:
    """The message templates of the Python files in ``paths`` (files or folders of core).
    Locations are ``path:line`` relative to ``root`` when the file is inside it."""
    modules = []
    for path in _python_files(paths):
        inside = root is not None and Path(root).resolve() in path.resolve().parents
        label = path.resolve().relative_to(Path(root).resolve()).as_posix() if inside else str(path)
        modules.append(_parse(path, label))
    return _Extractor(modules).run()
