"""Reading core's messages from its source with :mod:`ast` (the rules are in the package's
docstring): :func:`read_catalogue`."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

from .source import (
    Slot,
    call_name,
    enclosing_function,
    error_classes,
    format_spec,
    parameter_default,
    parse_module,
    python_files,
    sink_arguments,
)
from .templates import FRAGMENT, Catalogue, Placeholder, Template, placeholder_name

MAX_ALTERNATIVES = 16
MAX_DEPTH = 3


_CONVERSIONS = {ord("r"): "r", ord("s"): "s", ord("a"): "a"}
_STRINGISH = (ast.Constant, ast.JoinedStr, ast.BinOp, ast.IfExp)


class _Extractor:
    """Reads the messages of a set of core modules (see the module's rules)."""

    def __init__(self, modules: list):
        self.modules = modules
        self.functions: dict = {}  # name -> [(module, FunctionDef)]
        self.keywords: dict = {}  # keyword argument name -> [(module, Call, value)]
        self.calls: dict = {}  # function name -> [(module, Call)]
        for module in modules:
            for function in module.functions:
                self.functions.setdefault(function.name, []).append((module, function))
            for node in module.nodes:
                if isinstance(node, ast.Call):
                    self.calls.setdefault(call_name(node)[1], []).append((module, node))
            for node in module.nodes:
                if isinstance(node, ast.Call):
                    for keyword in node.keywords:
                        if keyword.arg:
                            self.keywords.setdefault(keyword.arg, []).append(
                                (module, node, keyword.value)
                            )
        self.catalogue = Catalogue()
        self._explained: set = set()

    def run(self) -> Catalogue:
        errors = error_classes(self.modules)
        for module in self.modules:
            for node in module.nodes:
                for argument in sink_arguments(node, errors):
                    function = enclosing_function(module, argument)
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
                    parts.append(
                        Slot(value.value, format_spec(value), conversion, module, function)
                    )
                else:
                    parts.append(str(value.value))
            return [(tuple(parts), location)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self._alternatives(node.left, module, function, depth, False)
            right = self._alternatives(node.right, module, function, depth, False)
            if not left and not right:
                return []
            left = left or [((Slot(node.left, "", "", module, function),), location)]
            right = right or [((Slot(node.right, "", "", module, function),), location)]
            pairs = itertools.islice(itertools.product(left, right), MAX_ALTERNATIVES)
            return [(a + b, where) for (a, where), (b, _) in pairs]
        if isinstance(node, ast.BoolOp):  # action or "Correct the values …"
            found = []
            for value in node.values:
                found += self._alternatives(value, module, function, depth, follow)
            return found[:MAX_ALTERNATIVES]
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
        for module, function in self.functions.get(call_name(call)[1], []):
            for node in module.statements.get(function, ()):
                if isinstance(node, ast.Return) and node.value is not None:
                    found += self._alternatives(node.value, module, function, depth, True)
        return found[:MAX_ALTERNATIVES]

    def _returned_words(self, call: ast.Call) -> list:
        """The strings a core function called as ``call`` returns as literals (``"met"``)."""
        found = []
        for module, function in self.functions.get(call_name(call)[1], []):
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
            out.append(Placeholder(names[dump], part.spec, part.conversion, _separator(part.node)))
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

    def _explain(self, name: str, slot: Slot, depth: int) -> None:
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
            elif isinstance(value, ast.Call) and call_name(value)[1] in self.functions:
                for argument in value.args:
                    if isinstance(argument, ast.Constant):
                        found += self._alternatives(argument, module, function, 0, False)
                found += self._returned_words(value)
            elif _separator(value) and isinstance(value.args[0], ast.Name):
                found += self._items(value.args[0].id, module, function)
        for parts, location in found:
            self._finish(parts, FRAGMENT, location, depth + 1, owner=name)

    def _items(self, name: str, module, function) -> list:
        """The texts put into the list ``name`` in ``function``: ``name = [...]``,
        ``name += [...]`` and ``name.append(...)``."""
        found = []
        for node in module.statements.get(function, ()):
            targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
            named = any(isinstance(t, ast.Name) and t.id == name for t in targets)
            if named and isinstance(getattr(node, "value", None), ast.List):
                for item in node.value.elts:
                    found += self._alternatives(item, module, function, 0, False)
        for other, call in self.calls.get("append", []):
            receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
            if (
                other is module
                and isinstance(receiver, ast.Name)
                and receiver.id == name
                and enclosing_function(module, call) is function
                and call.args
            ):
                found += self._alternatives(call.args[0], module, function, 0, False)
        return found

    def _variable(self, name: str, module, function, depth: int = 0) -> list:
        """The texts a variable may hold: its assignments (any word of an ``a if c else b``,
        else prose), and prose from a parameter's default and from the arguments passed for
        it (through the callers' own parameters too)."""
        if function is None:
            return []
        found = []
        for value in self._assignments(name, module, function)[0]:
            texts = self._alternatives(value, module, function, 0, False)
            found += texts if isinstance(value, (ast.IfExp, ast.BoolOp)) else _prose(texts)
        default = parameter_default(function, name)
        if default is False:
            return found
        if default is not None:
            found += _prose(self._alternatives(default, module, function, 0, False))
        for other, call, value in self.keywords.get(name, []) + self._positional(name, function):
            caller = enclosing_function(other, value)
            if not isinstance(value, ast.Name):
                found += _prose(self._alternatives(value, other, caller, 0, False))
            elif call_name(call)[1] == function.name and depth < MAX_DEPTH:
                found += self._variable(value.id, other, caller, depth + 1)
        return found

    def _positional(self, name: str, function) -> list:
        """``[(module, call, argument)]``: what the calls of ``function`` pass as its parameter
        ``name`` by position."""
        names = [a.arg for a in function.args.posonlyargs + function.args.args]
        if name not in names or function.name.startswith("__"):  # super().__init__(...)
            return []
        index = names.index(name)
        found = []
        for module, call in self.calls.get(function.name, []):
            method = names[0] in ("self", "cls") and isinstance(call.func, ast.Attribute)
            position = index - 1 if method else index
            if 0 <= position < len(call.args) and not isinstance(call.args[position], ast.Starred):
                found.append((module, call, call.args[position]))
        return found


def _separator(node) -> str:
    """``"; "`` for ``"; ".join(items)``, else ""."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "join"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and len(node.args) == 1
    ):
        return node.func.value.value
    return ""


def _prose(texts) -> list:
    """The texts of ``[(parts, location)]`` with a space (words, not a field name)."""
    return [
        (parts, location)
        for parts, location in texts
        if " " in "".join(p if isinstance(p, str) else "x" for p in parts).strip()
    ]


def read_catalogue(paths, root: Path = None) -> Catalogue:
    """The message templates of the Python files in ``paths`` (files or folders of core).
    Locations are ``path:line`` relative to ``root`` when the file is inside it."""
    modules = []
    for path in python_files(paths):
        inside = root is not None and Path(root).resolve() in path.resolve().parents
        label = path.resolve().relative_to(Path(root).resolve()).as_posix() if inside else str(path)
        modules.append(parse_module(path, label))
    return _Extractor(modules).run()
