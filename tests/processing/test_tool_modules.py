"""No tool module imports another tool module (the sibling-subject rule is in
tests/test_architecture.py).

Shared parameter helpers live in ``processing/parameters.py`` (and the aggregate-areas ones
in ``processing/statistics/params.py``), so that no tool module imports another tool module
and no subject imports a sibling subject other than ``statistics``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from segregation_plugin.processing.algorithm import GROUPS
from segregation_plugin.processing.provider import NOT_ALGORITHMS
from tests.helpers.paths import ROOT

PROCESSING = ROOT / "segregation_plugin" / "processing"
PACKAGE = "segregation_plugin.processing"


def _imported_modules(path: Path, module: str) -> set:
    """Dotted names of the modules ``path`` (module ``module``) imports from."""
    names = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rsplit(".", 1)[0]
            source = node.module or ""
            if node.level:
                source = f"{base}.{source}" if source else base
            names.add(source)
            # "from . import params": the names may be modules themselves
            names.update(f"{source}.{alias.name}" for alias in node.names)
    return names


def _subject_modules():
    for subject in GROUPS:
        for path in sorted((PROCESSING / subject).glob("*.py")):
            if path.stem != "__init__":
                yield subject, path, f"{PACKAGE}.{subject}.{path.stem}"


def _is_module(name: str) -> bool:
    parts = name.split(".")
    return (PROCESSING.parent.parent.joinpath(*parts).with_suffix(".py")).is_file()


def test_no_tool_module_imports_another():
    tools = {m for _, _, m in _subject_modules() if m.rsplit(".", 1)[1] not in NOT_ALGORITHMS}
    found = [
        f"{module} imports {name}"
        for _, path, module in _subject_modules()
        for name in _imported_modules(path, module)
        if name in tools and name != module
    ]
    assert not found, "\n".join(found)
