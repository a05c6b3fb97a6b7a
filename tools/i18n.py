#!/usr/bin/env python3
"""Keep the plugin's Qt translation files (``i18n/*.ts``) in step with the code.

    python tools/i18n.py update --ts i18n/segregation_sv.ts [paths...]
    python tools/i18n.py check [--lang sv] [paths...]

Strings are found with :mod:`ast` in ``segregation_plugin/`` (or the given paths):

- the first argument of every call named ``tr`` (``tr("...")``, ``self.tr("...")``, also
  ``tr("...").format(...)``), with a literal second argument as the disambiguation;
- class attributes ``DISPLAY_NAME``, ``SHORT_DESCRIPTION`` and ``HELP`` and the items of
  ``TAGS``, which the algorithms translate at run time (``tr(self.DISPLAY_NAME)``);
- the strings in the values of a module-level ``GROUPS`` dict (the workflow groups);
- in ``core/``, the messages core writes as plain f-strings (``InputError(f"…")``, warnings),
  as templates with named placeholders (``"The field '{field}' is not numeric…"``) and their
  fragments (disambiguation "part of a message"); the rules are in
  ``segregation_plugin/core_messages/__init__.py``. Their locations are where the text
  stands, so ``update --ts i18n/transit_sv.ts segregation_plugin/core/transit`` adds the
  transit messages (``core/common``'s go to ``segregation_sv.ts``).

``update`` adds every string that no ``i18n/*.ts`` file has yet to the given file, marked
``unfinished`` for a translator (Qt Linguist opens the file). ``check`` exits non-zero and
lists the strings without a finished translation in any ``i18n/*_<lang>.ts``, and the
translations whose ``{placeholders}`` differ from the source's. Plain Python, no Qt.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from segregation_plugin.core_messages import read_catalogue  # noqa: E402 (plain Python, no Qt)

I18N_DIR = ROOT / "i18n"
DEFAULT_PATHS = (ROOT / "segregation_plugin",)
CONTEXT = "segregation"
LANGUAGES = {"sv": "sv_SE"}

TRANSLATED_ATTRIBUTES = ("DISPLAY_NAME", "SHORT_DESCRIPTION", "HELP")
TRANSLATED_SEQUENCES = ("TAGS",)
TRANSLATED_DICTS = ("GROUPS",)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")

# A key is (source text, disambiguation or ""); locations are "path:line".


def _python_files(paths) -> list:
    files = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            files.append(path)
    return files


def _string(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _strings_in(node) -> list:
    """String constants directly in a tuple/list/set (or the node itself)."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [(s, n.lineno) for n in node.elts if (s := _string(n)) is not None]
    text = _string(node)
    return [(text, node.lineno)] if text is not None else []


def _assigned(node):
    """``(name, value)`` of a simple assignment ``NAME = value`` (or annotated), else None."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        target = node.target
    else:
        return None
    if isinstance(target, ast.Name):
        return target.id, node.value
    return None


def extract_file(path: Path, label: str = None) -> dict:
    """``{(source, disambiguation): [locations]}`` for one Python file."""
    label = label or str(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: dict = {}

    def add(text, line, comment=""):
        if text:
            found.setdefault((text, comment), []).append(f"{label}:{line}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name == "tr":
                text = _string(node.args[0])
                comment = _string(node.args[1]) if len(node.args) > 1 else None
                add(text, node.lineno, comment or "")
        elif isinstance(node, ast.ClassDef):
            for statement in node.body:
                assigned = _assigned(statement)
                if assigned is None:
                    continue
                name, value = assigned
                if name in TRANSLATED_ATTRIBUTES:
                    add(_string(value), statement.lineno)
                elif name in TRANSLATED_SEQUENCES:
                    for text, line in _strings_in(value):
                        add(text, line)
    for statement in tree.body:
        assigned = _assigned(statement)
        if assigned and assigned[0] in TRANSLATED_DICTS and isinstance(assigned[1], ast.Dict):
            for value in assigned[1].values:
                for text, line in _strings_in(value):
                    add(text, line)
    return found


def _label(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _resolved(label: str) -> Path:
    path = Path(label)
    return (path if path.is_absolute() else ROOT / path).resolve()


def core_messages(files) -> dict:
    """``{(template, disambiguation): [locations]}`` of core's messages written in ``files``.

    Each ``core`` folder the files are in is read whole (a message may be built in one module
    and raised in another; a fragment may be a keyword argument elsewhere); a message is kept
    when it is written in one of ``files``."""
    wanted = {path.resolve() for path in files}
    roots = set()
    for path in wanted:
        if "core" in path.parts:
            last = len(path.parts) - 1 - path.parts[::-1].index("core")
            roots.add(Path(*path.parts[: last + 1]))
    messages: dict = {}
    for root in sorted(roots):
        for key, locations in read_catalogue([root], root=ROOT).messages().items():
            kept = [loc for loc in locations if _resolved(loc.rsplit(":", 1)[0]) in wanted]
            if kept:
                messages.setdefault(key, []).extend(kept)
    return messages


def extract(paths=DEFAULT_PATHS) -> dict:
    """``{(source, disambiguation): [locations]}`` for every translatable string in ``paths``."""
    strings: dict = {}
    files = _python_files(paths)
    for path in files:
        for key, locations in extract_file(path, _label(path)).items():
            strings.setdefault(key, []).extend(locations)
    for key, locations in core_messages(files).items():
        strings.setdefault(key, []).extend(locations)
    return strings


# --- .ts files ------------------------------------------------------------------------------
def _message_key(message) -> tuple:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def read_ts(path: Path) -> dict:
    """``{(source, disambiguation): (translation, finished)}`` of a .ts file's messages."""
    entries = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            finished = bool(text.strip()) and kind not in ("unfinished", "vanished", "obsolete")
            entries[_message_key(message)] = (text, finished)
    return entries


def ts_files(language: str = None) -> list:
    pattern = f"*_{language}.ts" if language else "*.ts"
    return sorted(I18N_DIR.glob(pattern))


def _language_of(ts_path: Path) -> str:
    short = ts_path.stem.rsplit("_", 1)[-1]
    return LANGUAGES.get(short, short)


def write_ts(root, path: Path) -> None:
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def _location(location: str):
    filename, line = location.rsplit(":", 1)
    return ET.Element("location", {"filename": f"../{filename}", "line": line})


def update(ts_path: Path, paths=DEFAULT_PATHS) -> list:
    """Add strings that no .ts file has to ``ts_path`` as unfinished; returns the keys added."""
    ts_path = Path(ts_path)
    known = set()
    for other in {*ts_files(), ts_path} if ts_path.is_file() else ts_files():
        known.update(read_ts(other))
    if ts_path.is_file():
        root = ET.parse(ts_path).getroot()
    else:
        root = ET.Element("TS", {"version": "2.1", "language": _language_of(ts_path)})
    context = next((c for c in root.iter("context") if (c.findtext("name") or "") == CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    strings = extract(paths)
    # Existing messages of this file get their current locations (for translators).
    for message in context.findall("message"):
        locations = strings.get(_message_key(message))
        if locations:
            for old in message.findall("location"):
                message.remove(old)
            for index, location in enumerate(locations):
                message.insert(index, _location(location))
    added = []
    for key, locations in strings.items():
        if key in known:
            continue
        source, comment = key
        message = ET.SubElement(context, "message")
        for location in locations:
            message.append(_location(location))
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        ET.SubElement(message, "translation", {"type": "unfinished"})
        added.append(key)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    write_ts(root, ts_path)
    return added


def check(paths=DEFAULT_PATHS, language: str = "sv") -> list:
    """Problems (one line each) with the ``language`` translation of the strings in ``paths``."""
    translations: dict = {}
    for path in ts_files(language):
        for key, (text, finished) in read_ts(path).items():
            if finished:
                translations.setdefault(key, text)
    problems = []
    for key, locations in extract(paths).items():
        source, _ = key
        where = locations[0]
        if key not in translations:
            problems.append(f"{where}: no {language} translation: {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translations[key])):
            problems.append(
                f"{where}: placeholders differ in the {language} translation: {source!r}"
            )
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Update or check the plugin's translations.")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="add new strings to a .ts file as unfinished")
    up.add_argument("--ts", required=True, help="the .ts file to add to (created if missing)")
    up.add_argument(
        "paths", nargs="*", help="Python files or folders (default: segregation_plugin)"
    )
    ch = sub.add_parser("check", help="fail when a string lacks a finished translation")
    ch.add_argument("--lang", default="sv", help="language code of the .ts files (default sv)")
    ch.add_argument(
        "paths", nargs="*", help="Python files or folders (default: segregation_plugin)"
    )
    args = parser.parse_args(argv)
    paths = [Path(p) for p in args.paths] or list(DEFAULT_PATHS)

    if args.command == "update":
        added = update(Path(args.ts), paths)
        print(f"{args.ts}: {len(added)} new string(s) to translate")
        for source, _ in added:
            print(f"  + {source[:100]!r}")
        return 0
    problems = check(paths, args.lang)
    for line in problems:
        print(line)
    if problems:
        print(
            f"{len(problems)} string(s) need a {args.lang} translation: run "
            f"'python tools/i18n.py update --ts i18n/<subject>_{args.lang}.ts "
            "segregation_plugin/<layer>/<subject>' (core/common and the rest: "
            f"i18n/segregation_{args.lang}.ts), translate them in Qt Linguist, then "
            "'make translations'.",
            file=sys.stderr,
        )
        return 1
    print(f"All {len(extract(paths))} strings have a {args.lang} translation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
