"""The architecture's rules, read from the source of every module of ``segregation_plugin/``.

- ``core`` is pure Python: no QGIS, Qt or Processing, nothing of the plugin's ``processing``
  or ``gui`` (nor ``i18n`` and ``plugin``, which import Qt);
- ``processing`` imports nothing from ``gui``;
- one folder per subject (``statistics``, ``areatypes``, ``transit``, ``planning``,
  ``reports``), in ``core`` and in ``processing``: a subject imports itself, the shared code of
  its layer (``core.common``; ``processing``'s algorithm, frames, outputs, colours, parameters,
  compat, provider, messages and network) and ``statistics``, which every other subject builds
  on; never a sibling subject, except ``reports``, which assembles the others' results and may
  import any subject (no subject imports ``reports``). ``core.common`` imports no subject;
- ``processing/analysis`` (the guided analysis) assembles the subjects' tools: it may build on
  any subject, and nothing of ``processing`` imports it;
- no module is longer than 400 lines.

Imports are read with :mod:`ast` (at module level and inside functions), relative imports
resolved to absolute names; nothing is imported. Every failure lists each offending module
with the line of its import, so that it says what to move. The checker's own tests run it on
small fake trees in ``tmp_path``, so that the rules cannot pass by checking nothing.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_plugin"
SUBJECTS = ("statistics", "areatypes", "transit", "planning", "reports")
BASE_SUBJECT = "statistics"  # every other subject may build on it
# processing/ only: assembles the subjects' tools into one analysis; it may build on any
# subject, and no subject builds on it
ASSEMBLERS = ("analysis",)
ASSEMBLING_SUBJECT = "reports"  # puts the others' results together: may build on any subject
CORE_SHARED = ("common",)
PROCESSING_SHARED = (
    "algorithm",
    "frames",
    "outputs",
    "colours",
    "parameters",
    "compat",
    "provider",
    "messages",
    "network",
)
NOT_IN_CORE = ("qgis", "PyQt5", "PyQt6", "processing", "sip")
PLUGIN_NOT_IN_CORE = ("processing", "gui", "i18n", "plugin")
MAX_LINES = 400


@dataclass(frozen=True)
class Import:
    target: str  # absolute dotted name: the module, or the package the names come from
    line: int


@dataclass(frozen=True)
class Module:
    name: str  # dotted, ``a.b`` for ``a/b/__init__.py``
    path: str  # relative to the folder holding the package, for messages
    lines: int
    imports: tuple


def _module_name(relative: Path) -> tuple:
    """(dotted name, whether it is a package) of a ``.py`` file's path in the tree."""
    parts = list(relative.with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def _resolve(node: ast.ImportFrom, name: str, is_package: bool) -> str:
    """The absolute module a ``from ... import`` reads from."""
    if node.level == 0:
        return node.module or ""
    package = name.split(".") if is_package else name.split(".")[:-1]
    if node.level > 1:
        package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def _imports(tree: ast.AST, name: str, is_package: bool, known: set) -> tuple:
    """Every import of a module, wherever it stands (module level, functions, classes)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(Import(alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, name, is_package)
            for alias in node.names:
                # ``from . import params``: the module params, not its package
                sub = f"{base}.{alias.name}"
                found.append(Import(sub if sub in known else base, node.lineno))
    return tuple(sorted(set(found), key=lambda i: (i.line, i.target)))


def read_modules(top: Path, package: str = PACKAGE) -> dict:
    """Every module of ``top/package`` by dotted name, with its imports and length."""
    files = sorted((top / package).rglob("*.py"))
    named = {path: _module_name(path.relative_to(top)) for path in files}
    known = {name for name, _ in named.values()}
    modules = {}
    for path, (name, is_package) in named.items():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        modules[name] = Module(
            name,
            path.relative_to(top).as_posix(),
            len(text.splitlines()),
            _imports(tree, name, is_package, known),
        )
    return modules


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _problem(module: Module, imported: Import) -> str:
    return f"  {module.path}:{imported.line} imports {imported.target}"


# --- the rules: each returns one line per offending import (or module) ---------------------
def core_imports_no_qgis(modules: dict, package: str = PACKAGE) -> list:
    banned = NOT_IN_CORE + tuple(f"{package}.{part}" for part in PLUGIN_NOT_IN_CORE)
    return [
        _problem(module, imported)
        for module in modules.values()
        if within(module.name, f"{package}.core")
        for imported in module.imports
        if any(within(imported.target, name) for name in banned)
    ]


def processing_imports_no_gui(modules: dict, package: str = PACKAGE) -> list:
    return [
        _problem(module, imported)
        for module in modules.values()
        if within(module.name, f"{package}.processing")
        for imported in module.imports
        if within(imported.target, f"{package}.gui")
    ]


def subject_of(name: str, layer: str):
    """``transit`` for ``<layer>.transit.x``; None outside the subject packages."""
    if not within(name, layer):
        return None
    rest = name[len(layer) + 1 :].split(".")
    return rest[0] if rest[0] in SUBJECTS else None


def subjects_stay_apart(modules: dict, layer: str, shared: tuple) -> list:
    """A subject of ``layer`` imports of ``layer`` only itself, ``shared`` and the base
    subject; the shared modules import no subject."""
    problems = []
    for module in modules.values():
        if not within(module.name, layer) or module.name == layer:
            continue
        subject = subject_of(module.name, layer)
        in_shared = any(within(module.name, f"{layer}.{part}") for part in shared)
        if subject is None and not in_shared:
            continue  # e.g. processing/project_export.py: no rule of its own
        for imported in module.imports:
            target = subject_of(imported.target, layer)
            if target is None or target == subject:
                continue  # outside the layer, the layer's package or shared code, or itself
            if subject is not None and target == BASE_SUBJECT:
                continue
            if subject == ASSEMBLING_SUBJECT:
                continue  # a report assembles the other subjects' results
            problems.append(_problem(module, imported))
    return problems


def core_subjects_stay_apart(modules: dict, package: str = PACKAGE) -> list:
    return subjects_stay_apart(modules, f"{package}.core", CORE_SHARED)


def assemblers_stay_on_top(modules: dict, package: str = PACKAGE) -> list:
    """No subject and no shared module of processing imports an assembler (the guided
    analysis): it builds on them, never the other way round."""
    layer = f"{package}.processing"
    top = [f"{layer}.{name}" for name in ASSEMBLERS]
    return sorted(
        _problem(module, imported)
        for module in modules.values()
        if within(module.name, layer) and not any(within(module.name, t) for t in top)
        for imported in module.imports
        if any(within(imported.target, t) for t in top)
    )


def processing_subjects_stay_apart(modules: dict, package: str = PACKAGE) -> list:
    problems = subjects_stay_apart(modules, f"{package}.processing", ())
    problems += assemblers_stay_on_top(modules, package)  # (also caught below: once each)
    # and of processing's own top-level modules, a subject may use only the shared ones
    layer = f"{package}.processing"
    shared = [f"{layer}.{part}" for part in PROCESSING_SHARED]
    for module in modules.values():
        if subject_of(module.name, layer) is None:
            continue
        for imported in module.imports:
            if (
                within(imported.target, layer)
                and imported.target != layer
                and subject_of(imported.target, layer) is None
                and not any(within(imported.target, name) for name in shared)
            ):
                problems.append(_problem(module, imported))
    return sorted(set(problems))


def long_modules(modules: dict) -> list:
    return [
        f"  {module.path}: {module.lines} lines"
        for module in sorted(modules.values(), key=lambda m: m.path)
        if module.lines > MAX_LINES
    ]


def unknown_folders(modules: dict, package: str = PACKAGE) -> list:
    """Sub-packages of core and processing the rules do not know (they would go unchecked)."""
    expected = {
        f"{package}.core": set(SUBJECTS) | set(CORE_SHARED),
        f"{package}.processing": set(SUBJECTS) | set(ASSEMBLERS),
    }
    problems = []
    for layer, known in expected.items():
        for name in modules:
            rest = name[len(layer) + 1 :].split(".") if within(name, layer) else []
            if len(rest) >= 2 and rest[0] not in known:
                problems.append(f"  {layer}.{rest[0]}")
    return sorted(set(problems))


# --- the plugin ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def plugin_modules() -> dict:
    return read_modules(ROOT)


def test_the_checker_reads_every_subject_of_the_plugin(plugin_modules):
    for layer in ("core", "processing"):
        for subject in SUBJECTS:
            package = f"{PACKAGE}.{layer}.{subject}"
            inside = [m for name, m in plugin_modules.items() if within(name, package)]
            assert len(inside) > 1, f"no modules found in {package}"
            resolved = [i for m in inside for i in m.imports if i.target in plugin_modules]
            assert resolved, f"no import of {package} resolved to a module of the plugin"
    problems = unknown_folders(plugin_modules)
    assert not problems, (
        "Sub-packages the architecture rules do not know; add each to SUBJECTS (or to the "
        "shared code) in tests/test_architecture.py:\n" + "\n".join(problems)
    )


def test_core_imports_no_qgis_qt_or_processing(plugin_modules):
    problems = core_imports_no_qgis(plugin_modules)
    assert not problems, (
        "core is pure Python: move these imports (and the code that needs them) to "
        "processing/ or gui/:\n" + "\n".join(problems)
    )


def test_processing_imports_nothing_from_gui(plugin_modules):
    problems = processing_imports_no_gui(plugin_modules)
    assert not problems, (
        "processing/ must work without the panel: move what these imports use out of gui/:\n"
        + "\n".join(problems)
    )


def test_core_subjects_import_only_common_statistics_and_themselves(plugin_modules):
    problems = core_subjects_stay_apart(plugin_modules)
    assert not problems, (
        "A subject of core/ imports only core.common, core.statistics and itself, and "
        "core.common imports no subject; move the shared code to core/common/ (or into "
        "core/statistics/ when it is about statistics):\n" + "\n".join(problems)
    )


def test_processing_subjects_import_only_shared_modules_statistics_and_themselves(
    plugin_modules,
):
    problems = processing_subjects_stay_apart(plugin_modules)
    assert not problems, (
        "A subject of processing/ imports only itself, processing.statistics and the shared "
        f"modules processing.{{{','.join(PROCESSING_SHARED)}}}; move the shared code "
        "to one of those:\n" + "\n".join(problems)
    )


def test_no_module_is_longer_than_400_lines(plugin_modules):
    problems = long_modules(plugin_modules)
    assert not problems, (
        f"Modules over {MAX_LINES} lines; split each into modules of one concern:\n"
        + "\n".join(problems)
    )


# --- the checker on fake trees --------------------------------------------------------------
def write_tree(top: Path, files: dict) -> Path:
    """``{relative path: source}`` under ``top``; every folder gets an ``__init__.py``."""
    for relative, source in files.items():
        path = top / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in [path.parent, *path.parent.parents]:
            if folder == top or top not in folder.parents:
                break
            (folder / "__init__.py").touch()
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return top


CLEAN = {
    "segregation_plugin/core/common/errors.py": "class InputError(ValueError): ...\n",
    "segregation_plugin/core/statistics/join.py": "from ..common.errors import InputError\n",
    "segregation_plugin/core/transit/service.py": """\
        import pandas as pd
        from segregation_plugin.core.statistics import join
        from ..common import errors
        from . import nearby
        """,
    "segregation_plugin/core/transit/nearby.py": "import math\n",
    "segregation_plugin/core/areatypes/types.py": "from ..statistics.join import InputError\n",
    "segregation_plugin/core/planning/mix.py": "from ...core import common\n",
    "segregation_plugin/processing/algorithm.py": "from qgis.core import QgsProcessingAlgorithm\n",
    "segregation_plugin/processing/project_export.py": "from .transit import styles\n",
    "segregation_plugin/processing/statistics/join.py": "from ..frames import x\n",
    "segregation_plugin/processing/transit/styles.py": "from .. import outputs\n",
    "segregation_plugin/processing/transit/service.py": """\
        from ...core.transit import service
        from ...i18n import tr
        from ..algorithm import SegregationAlgorithm
        from ..statistics import join
        from . import styles
        """,
    "segregation_plugin/processing/frames.py": "x = 1\n",
    "segregation_plugin/processing/outputs.py": "y = 2\n",
    "segregation_plugin/gui/dock.py": "from ..processing.provider import PROVIDER_ID\n",
    "segregation_plugin/i18n.py": "from qgis.PyQt.QtCore import QCoreApplication\n",
}


def fake_plugin(tmp_path: Path, changes: dict = None) -> dict:
    """The modules of a small clean plugin tree, with ``changes`` ({file under
    ``segregation_plugin/``: source}) written over it."""
    files = dict(CLEAN)
    files.update({f"segregation_plugin/{path}": source for path, source in (changes or {}).items()})
    return read_modules(write_tree(tmp_path, files))


def test_a_clean_fake_tree_passes_every_rule(tmp_path):
    modules = fake_plugin(tmp_path)
    assert len(modules) == 26  # 15 files and the __init__.py of 11 packages
    service = modules["segregation_plugin.core.transit.service"]
    assert [i.target for i in service.imports] == [
        "pandas",
        "segregation_plugin.core.statistics.join",
        "segregation_plugin.core.common.errors",
        "segregation_plugin.core.transit.nearby",
    ]
    assert core_imports_no_qgis(modules) == []
    assert processing_imports_no_gui(modules) == []
    assert core_subjects_stay_apart(modules) == []
    assert processing_subjects_stay_apart(modules) == []
    assert long_modules(modules) == []
    assert unknown_folders(modules) == []


def test_relative_imports_resolve_from_modules_and_packages(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "core/transit/__init__.py": "from . import nearby\nfrom .. import common\n",
            "processing/transit/styles.py": "from ...core.common.errors import E\n",
        },
    )
    init = modules["segregation_plugin.core.transit"]
    assert [i.target for i in init.imports] == [
        "segregation_plugin.core.transit.nearby",
        "segregation_plugin.core.common",
    ]
    styles = modules["segregation_plugin.processing.transit.styles"]
    assert [i.target for i in styles.imports] == ["segregation_plugin.core.common.errors"]


def test_core_importing_qgis_qt_processing_or_gui_is_caught_even_inside_functions(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "core/transit/nearby.py": """\
                import math

                def draw():
                    from qgis.PyQt.QtGui import QColor
                    import processing
                    from ...gui import dock
                    from ...processing.frames import x
                    from ... import i18n
                """,
            "core/common/errors.py": "from PyQt5.QtCore import QObject\n",
        },
    )
    assert core_imports_no_qgis(modules) == [
        "  segregation_plugin/core/common/errors.py:1 imports PyQt5.QtCore",
        "  segregation_plugin/core/transit/nearby.py:4 imports qgis.PyQt.QtGui",
        "  segregation_plugin/core/transit/nearby.py:5 imports processing",
        "  segregation_plugin/core/transit/nearby.py:6 imports segregation_plugin.gui.dock",
        "  segregation_plugin/core/transit/nearby.py:7 imports segregation_plugin.processing.frames",
        "  segregation_plugin/core/transit/nearby.py:8 imports segregation_plugin.i18n",
    ]


def test_processing_importing_gui_is_caught(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "processing/frames.py": "def f():\n    from ..gui.dock import ALG_ROLE\n",
        },
    )
    assert processing_imports_no_gui(modules) == [
        "  segregation_plugin/processing/frames.py:2 imports segregation_plugin.gui.dock"
    ]


def test_a_core_subject_importing_a_sibling_is_caught(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "core/transit/nearby.py": "def f():\n    from ..areatypes import types\n",
            "core/statistics/join.py": "from segregation_plugin.core import planning\n",
            "core/common/errors.py": "from ..transit.nearby import f\n",
        },
    )
    assert core_subjects_stay_apart(modules) == [
        "  segregation_plugin/core/common/errors.py:1 imports segregation_plugin.core.transit.nearby",
        "  segregation_plugin/core/statistics/join.py:1 imports segregation_plugin.core.planning",
        "  segregation_plugin/core/transit/nearby.py:2 imports segregation_plugin.core.areatypes.types",
    ]


def test_reports_may_build_on_every_subject_but_no_subject_on_reports(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "core/reports/figures.py": (
                "from ..planning import tenure\nfrom ..transit.nearby import f\n"
            ),
            "core/planning/tenure.py": "from ..reports.figures import g\n",
            "processing/reports/report.py": "from ..areatypes import styles\n",
            "processing/areatypes/styles.py": "from ..reports import report\n",
        },
    )
    assert core_subjects_stay_apart(modules) == [
        "  segregation_plugin/core/planning/tenure.py:1 imports "
        "segregation_plugin.core.reports.figures"
    ]
    assert processing_subjects_stay_apart(modules) == [
        "  segregation_plugin/processing/areatypes/styles.py:1 imports "
        "segregation_plugin.processing.reports.report"
    ]


def test_a_processing_subject_importing_a_sibling_or_an_unshared_module_is_caught(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "processing/statistics/join.py": "from ..transit import styles\n",
            "processing/transit/styles.py": "from ..project_export import f\n",
        },
    )
    assert processing_subjects_stay_apart(modules) == [
        "  segregation_plugin/processing/statistics/join.py:1 imports "
        "segregation_plugin.processing.transit.styles",
        "  segregation_plugin/processing/transit/styles.py:1 imports "
        "segregation_plugin.processing.project_export",
    ]


def test_a_long_module_and_an_unknown_folder_are_caught(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "gui/dock.py": "x = 1\n" * (MAX_LINES + 1),
            "processing/frames.py": "x = 1\n" * MAX_LINES,
            "core/housing/mix.py": "x = 1\n",
        },
    )
    assert long_modules(modules) == [f"  segregation_plugin/gui/dock.py: {MAX_LINES + 1} lines"]
    assert unknown_folders(modules) == ["  segregation_plugin.core.housing"]


def test_the_guided_analysis_may_build_on_every_subject_but_none_on_it(tmp_path):
    modules = fake_plugin(
        tmp_path,
        {
            "processing/analysis/steps.py": (
                "from ..transit import service\nfrom ..statistics import join\n"
                "from ..algorithm import SegregationAlgorithm\n"
            ),
            "processing/transit/styles.py": "from ..analysis import steps\n",
        },
    )
    assert unknown_folders(modules) == []
    assert processing_subjects_stay_apart(modules) == [
        "  segregation_plugin/processing/transit/styles.py:1 imports "
        "segregation_plugin.processing.analysis.steps",
    ]
