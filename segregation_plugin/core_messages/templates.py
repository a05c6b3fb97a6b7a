"""Message templates and how a message is matched against them (see the package's rules)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

FRAGMENT = "part of a message"  # the disambiguation of fragments in the .ts files
PLACEHOLDER = re.compile(r"\{([^{}\W]\w*)\}")
MAX_NAME_PARTS = 4
_SKIPPED_NAMES = {"self", "cls"}


def _identifiers(node) -> list:
    found = []

    def visit(item):
        if isinstance(item, ast.Name):
            found.append(item.id)
        elif isinstance(item, ast.Attribute):
            visit(item.value)
            found.append(item.attr)
        elif isinstance(item, ast.Subscript):  # row['name'] -> row, name
            visit(item.value)
            keys = item.slice.elts if isinstance(item.slice, ast.Tuple) else [item.slice]
            for key in keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    found.append(re.sub(r"\W+", "_", key.value))
                else:
                    visit(key)
        elif not isinstance(item, ast.Constant):
            for child in ast.iter_child_nodes(item):
                visit(child)

    visit(node)
    return found


def placeholder_name(node) -> str:
    """The placeholder name of an expression (see the module's rules)."""
    parts = []
    for identifier in _identifiers(node):
        part = identifier.lstrip("_").lower()
        if part and identifier not in _SKIPPED_NAMES and part not in parts:
            parts.append(part)
    return "_".join(parts[:MAX_NAME_PARTS]) or "value"


@dataclass(frozen=True)
class Placeholder:
    name: str
    spec: str = ""  # the format spec: "," or ".1f"
    conversion: str = ""  # "r", "s", "a" or ""
    separator: str = ""  # "; " for "; ".join(items): a list of fragments


@dataclass(frozen=True)
class Template:
    """One message: ``text`` with ``{name}`` placeholders; ``parts`` the literal strings and
    :class:`Placeholder` in order; ``comment`` "" for a message, :data:`FRAGMENT` for a
    fragment."""

    text: str
    parts: tuple
    comment: str = ""

    @property
    def literal_length(self) -> int:
        return sum(len(p) for p in self.parts if isinstance(p, str))

    @property
    def placeholders(self) -> dict:
        """``{name: Placeholder}`` (the first occurrence of each name)."""
        found: dict = {}
        for part in self.parts:
            if isinstance(part, Placeholder):
                found.setdefault(part.name, part)
        return found

    def pattern(self) -> re.Pattern:
        """A regular expression that matches exactly the texts this template writes."""
        out, seen = [], set()
        for part in self.parts:
            if isinstance(part, str):
                out.append(re.escape(part))
            elif part.name in seen:
                out.append(f"(?P={part.name})")
            else:
                seen.add(part.name)
                out.append(f"(?P<{part.name}>.*?)")
        return re.compile("".join(out), re.DOTALL)

    def example(self) -> str:
        """The template's text with each placeholder filled by ``<name>``."""
        return PLACEHOLDER.sub(lambda m: f"<{m.group(1)}>", self.text)


def preferred(templates) -> list:
    """Most literal text first (the most specific template wins), then fewer parts."""
    return sorted(templates, key=lambda t: (-t.literal_length, len(t.parts), t.text))


@dataclass
class Catalogue:
    """The message templates of some core files, the fragments by placeholder name and where
    each text stands in the source."""

    templates: dict = field(default_factory=dict)  # text -> Template
    fragments: dict = field(default_factory=dict)  # placeholder name -> {text: Template}
    locations: dict = field(default_factory=dict)  # (text, comment) -> ["path:line", ...]

    def messages(self) -> dict:
        """``{(source, disambiguation): [locations]}``, as ``tools/i18n.py`` keys strings."""
        return {key: list(found) for key, found in self.locations.items()}


class Matcher:
    """Finds the template a message was written from, and the values of its placeholders.

    Placeholders next to each other (``{examples}{more}``) are split from the end: a later one
    takes the longest ending of their text that is one of its fragments (``" and 3 more"``),
    the first what is left."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self._templates = [(t, t.pattern()) for t in preferred(catalogue.templates.values())]
        self._fragments = {
            name: [(t, t.pattern()) for t in preferred(pool.values())]
            for name, pool in catalogue.fragments.items()
        }
        self._endings = {
            name: [
                re.compile(rf"\s*(?:{pattern.pattern})\s*$", re.DOTALL)
                for t, pattern in patterns
                if isinstance(t.parts[0], str)
            ]
            for name, patterns in self._fragments.items()
        }

    def has_fragments(self, name: str) -> bool:
        return name in self._fragments

    def match(self, text: str, fragment_of: str = None):
        """``(template, {name: value})`` of the first template that writes ``text``, else
        None; ``fragment_of`` a placeholder name: among that placeholder's fragments."""
        candidates = self._templates if fragment_of is None else self._fragments.get(fragment_of)
        for template, pattern in candidates or ():
            found = pattern.fullmatch(text)
            if found:
                values = found.groupdict()
                for run in _adjacent(template):
                    if any(name in self._endings for name in run[1:]):
                        values.update(self._split(run, "".join(values[n] for n in run)))
                return template, values
        return None

    def _split(self, run: list, text: str) -> dict:
        values = {}
        for name in reversed(run[1:]):
            ending = ""
            if name not in self._endings:
                ending = text  # unknown extent: it takes the rest, the earlier ones nothing
            for pattern in self._endings.get(name, ()):
                found = pattern.search(text)
                if found:
                    ending = text[found.start() :]
                    break
            values[name] = ending
            text = text[: len(text) - len(ending)]
        values[run[0]] = text
        return values

    def all_matches(self, text: str) -> list:
        """Every message template that writes ``text`` (for tests of ambiguity)."""
        return [t for t, pattern in self._templates if pattern.fullmatch(text)]


def _adjacent(template: Template) -> list:
    """The runs of two or more placeholders next to each other (each name once)."""
    runs, run = [], []
    for part in (*template.parts, ""):
        if isinstance(part, Placeholder):
            run.append(part.name)
            continue
        if len(run) > 1 and len(set(run)) == len(run):
            runs.append(run)
        run = []
    return runs
