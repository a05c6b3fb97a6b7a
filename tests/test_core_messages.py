"""segregation_plugin/core_messages: core's f-string messages as templates (no QGIS needed)."""

from __future__ import annotations

import ast
import re
import textwrap

import pytest

from segregation_plugin.core_messages import (
    FRAGMENT,
    Matcher,
    Placeholder,
    placeholder_name,
    read_catalogue,
)
from tests.helpers.paths import ROOT

CORE = ROOT / "segregation_plugin" / "core"


def catalogue_of(tmp_path, source: str, name: str = "mod.py"):
    folder = tmp_path / "core"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(textwrap.dedent(source), encoding="utf-8")
    return read_catalogue([folder], root=tmp_path)


@pytest.fixture(scope="module")
def core_catalogue():
    return read_catalogue([CORE], root=ROOT)


@pytest.mark.parametrize(
    ("expression", "name"),
    [
        ("field", "field"),
        ("len(rows)", "len_rows"),
        ("meta.table", "meta_table"),
        ("', '.join(missing)", "join_missing"),
        ("self.limiter.waited", "limiter_waited"),
        ("row['share_threshold']", "row_share_threshold"),
        ("out.at[idx, 'project_id']", "out_at_idx_project_id"),
        ("', '.join(map(str, frame.columns))", "join_map_str_frame"),  # at most four parts
        ("_verb(len(missing), 'is', 'are')", "verb_len_missing"),
        ("1 + 2", "value"),
    ],
)
def test_placeholder_names(expression, name):
    assert placeholder_name(ast.parse(expression, mode="eval").body) == name


def test_f_string_shapes(tmp_path):
    catalogue = catalogue_of(
        tmp_path,
        """
        from .errors import InputError

        def check(field, rows, share, values, path):
            if not rows:
                raise InputError(f"The field '{field}' has {len(rows):,} rows and {share:.1f} %.")
            if share:
                raise InputError(
                    "The file " + f"{path.name!r} has " + ", ".join(values) + " (twice: "
                    f'{path.name!r}).'
                )
            raise InputError(f"{field}: {len(rows)} ≠ {len(values)}; {field} again")
        """,
    )
    templates = catalogue.templates
    first = templates["The field '{field}' has {len_rows} rows and {share} %."]
    assert first.placeholders == {
        "field": Placeholder("field"),
        "len_rows": Placeholder("len_rows", ","),
        "share": Placeholder("share", ".1f"),
    }
    # concatenation of literals, f-strings (nested quotes) and a non-literal operand
    assert "The file {path_name} has {join_values} (twice: {path_name})." in templates
    third = templates["{field}: {len_rows} ≠ {len_values}; {field} again"]
    assert third.pattern().fullmatch("a: 1 ≠ 2; a again")
    assert not third.pattern().fullmatch("a: 1 ≠ 2; b again")  # the same expression twice
    assert catalogue.locations[(third.text, "")] == ["core/mod.py:12"]


def test_variables_calls_and_fragments(tmp_path):
    catalogue = catalogue_of(
        tmp_path,
        """
        def _verb(n, one, many):
            return one if n == 1 else many

        def _message(code, n):
            text = f"{n} {_verb(n, 'area', 'areas')} in {code}"
            if n > 9:
                text += " are too many."
            else:
                text += " are fine."
            return text

        def read(code, n, warn, what="a number of residents", label="pop"):
            more = f" and {n} more" if n else ""
            warn(_message(code, n))
            warn(f"'{label}' is not {what}{more}.")
            warn(f"{n}, {code}")  # no letter: nothing to translate

        def other(warn):
            read("0180", 2, warn, what="a count of dwellings", label="folkmängd")
        """,
    )
    assert set(catalogue.templates) == {
        "{n} {verb_n} in {code} are too many.",
        "{n} {verb_n} in {code} are fine.",
        "'{label}' is not {what}{more}.",
    }
    fragments = {name: set(pool) for name, pool in catalogue.fragments.items()}
    assert fragments == {
        "verb_n": {"area", "areas"},
        "what": {"a number of residents", "a count of dwellings"},  # prose only: no "pop"
        "more": {"and {n} more"},  # without its outer spaces
    }
    assert ("and {n} more", FRAGMENT) in catalogue.messages()


def test_the_matcher_prefers_the_template_with_most_literal_text(tmp_path):
    catalogue = catalogue_of(
        tmp_path,
        """
        def f(name, table, warn):
            warn(f"The {table} table has no field '{name}'.")
            warn(f"The tenure table has no field '{name}'.")
        """,
    )
    matcher = Matcher(catalogue)
    template, values = matcher.match("The tenure table has no field 'x'.")
    assert template.text == "The tenure table has no field '{name}'."
    assert values == {"name": "x"}
    assert matcher.match("The key table has no field 'x'.")[1] == {"table": "key", "name": "x"}
    assert matcher.match("Something else entirely.") is None


def test_core_catalogue_covers_errors_and_warnings(core_catalogue):
    templates = core_catalogue.templates
    assert len(templates) > 250
    assert (
        "The field '{field}' is not in the layer (fields: {join_map_str_frame}). "
        "Choose the field that holds {what}." in templates
    )
    assert (
        "The reference has only {n_ref} areas: μ and σ are uncertain; consider the "
        "national values." in templates
    )  # warnings.append
    assert "Waited {limiter_waited} s to keep within SCB's call limit." in templates  # info
    assert "a number of residents" in core_catalogue.fragments["what"]
    raised = 0
    for path in CORE.rglob("*.py"):
        raised += len(re.findall(r"\bInputError\(", path.read_text(encoding="utf-8")))
    assert raised > 150


def _skeleton(template) -> str:
    return re.sub(r"\{\w+\}", "{}", template.text)


def test_no_two_core_templates_match_each_others_examples(core_catalogue):
    """Each template's example is matched first by itself (or by a template with the same
    text and other placeholder names, which translates the same); never both ways."""
    matcher = Matcher(core_catalogue)
    templates = list(core_catalogue.templates.values())
    matches = {t.text: matcher.all_matches(t.example()) for t in templates}
    problems = []
    for template in templates:
        found = matches[template.text]
        assert template in found, template.text
        if _skeleton(found[0]) != _skeleton(template):
            problems.append(f"{template.text!r} is read as {found[0].text!r}")
        for other in found:
            mutual = template in matches[other.text]
            if other is not template and mutual and _skeleton(other) != _skeleton(template):
                problems.append(f"{template.text!r} and {other.text!r} match each other")
    assert problems == []


def test_the_catalogue_is_plain_python():
    """tools/i18n.py and core's users read it without QGIS: it imports no Qt, no plugin."""
    for path in (ROOT / "segregation_plugin" / "core_messages").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.level == 1 or node.module in ("__future__", "dataclasses", "pathlib")
            elif isinstance(node, ast.Import):
                assert {a.name for a in node.names} <= {"ast", "collections", "itertools", "re"}


def test_placeholders_next_to_each_other_are_split_by_their_fragments(tmp_path):
    catalogue = catalogue_of(
        tmp_path,
        """
        from .errors import InputError

        def fail(file, column, value, bad, problem, action):
            more = f" ({len(bad)} more rows like it)" if bad else ""
            problem = f" {problem}" if problem else ""
            raise InputError(f"{file} line 2: {column} '{value}'{problem}{more}. {action}")

        def check(bad):
            fail("stops", "stop_lat", "x", bad, "is not a number", "Correct it.")
            fail("stops", "stop_id", "", bad, problem="occurs more than once", action=None)
        """,
    )
    matcher = Matcher(catalogue)
    assert set(catalogue.fragments["problem"]) == {"is not a number", "occurs more than once"}
    template, values = matcher.match(
        "stops line 2: stop_lat 'x' is not a number (3 more rows like it). Correct it."
    )
    assert template.text == "{file} line 2: {column} '{value}'{problem}{more}. {action}"
    assert values["problem"] == " is not a number"
    assert values["more"] == " (3 more rows like it)"
    _, values = matcher.match("stops line 2: stop_id 'a' occurs more than once. Fill it in.")
    assert (values["value"], values["problem"], values["more"]) == (
        "a",
        " occurs more than once",
        "",
    )


def test_subclasses_of_input_error_and_joined_lists(tmp_path):
    catalogue = catalogue_of(
        tmp_path,
        """
        from .errors import InputError

        class Conflict(InputError):
            pass

        class Worse(Conflict):
            pass

        def bounds(low, high):
            conflicts = []
            for t in low:
                conflicts.append(f"{t} must be at least {low[t]:g} %")
            if conflicts:
                raise Worse("The constraints conflict: " + "; ".join(conflicts) + ".")
        """,
    )
    template = catalogue.templates["The constraints conflict: {join_conflicts}."]
    assert template.placeholders["join_conflicts"].separator == "; "
    assert set(catalogue.fragments["join_conflicts"]) == {"{t} must be at least {low_t} %"}
