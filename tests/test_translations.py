"""Swedish translations: every UI string has one, and tools/i18n.py finds them all."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.tools import load_tool


@pytest.fixture(scope="module")
def i18n_tool():
    return load_tool("i18n.py", "i18n_tool")


def test_every_string_has_a_swedish_translation(i18n_tool):
    problems = i18n_tool.check(language="sv")
    assert problems == [], (
        "\n".join(problems) + "\n(run tools/i18n.py update, translate, make translations)"
    )


def test_check_command_exit_status(i18n_tool, tmp_path, capsys):
    assert i18n_tool.main(["check"]) == 0
    new = tmp_path / "new.py"
    new.write_text('from x import tr\nMESSAGE = tr("A string nobody has translated yet")\n')
    assert i18n_tool.main(["check", str(new)]) == 1
    assert "A string nobody has translated yet" in capsys.readouterr().out


def test_extraction_finds_every_kind_of_string(i18n_tool):
    strings = {source for source, _ in i18n_tool.extract()}
    assert "Load sample region" in strings  # tr("...")
    assert "Reading {} areas…" in strings  # tr("...").format(...)
    assert "Check area layer" in strings  # DISPLAY_NAME
    assert "Codes, geometry, nesting and tiling of DeSO, RegSO or kommun areas." in strings
    assert any(s.startswith("Checks an area layer") for s in strings)  # HELP
    assert "validate" in strings  # TAGS
    assert "1. Areas and statistics" in strings  # GROUPS values
    assert "4. Planning and tenure mix" in strings


def test_extract_file_details(i18n_tool, tmp_path):
    source = tmp_path / "mod.py"
    source.write_text(
        "from x import tr\n"
        "GROUPS = {'a': (1, 'Group A')}\n"
        "class Alg:\n"
        "    DISPLAY_NAME = 'Do it'\n"
        "    HELP = ('Long ' 'help')\n"
        "    TAGS = ('one', 'two')\n"
        "    OTHER = 'not translated'\n"
        "    def f(self):\n"
        "        return self.tr('Method'), tr('Same', 'menu'), tr(variable), f'{tr(\"Inner\")}'\n"
    )
    found = i18n_tool.extract_file(source)
    keys = set(found)
    assert keys == {
        ("Group A", ""),
        ("Do it", ""),
        ("Long help", ""),
        ("one", ""),
        ("two", ""),
        ("Method", ""),
        ("Same", "menu"),
        ("Inner", ""),
    }
    assert found[("Do it", "")] == [f"{source}:4"]


def test_update_adds_new_strings_once(i18n_tool, tmp_path):
    source = tmp_path / "new.py"
    source.write_text('from x import tr\ntr("Load sample region")\ntr("Brand new string")\n')
    ts = tmp_path / "extra_sv.ts"
    assert i18n_tool.update(ts, [source]) == [("Brand new string", "")]  # the other is known
    root = ET.parse(ts).getroot()
    assert root.get("language") == "sv_SE"
    assert root.find("context/name").text == "segregation"
    translation = root.find("context/message/translation")
    assert translation.get("type") == "unfinished"
    assert root.find("context/message/source").text == "Brand new string"
    assert i18n_tool.update(ts, [source]) == []  # already in a .ts now
    assert len(ET.parse(ts).getroot().findall("context/message")) == 1


def test_ts_and_qm_files(i18n_tool):
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    assert "segregation_sv.ts" in [p.name for p in sources]  # parts may keep their own .ts
    for ts in sources:
        root = ET.parse(ts).getroot()
        assert root.get("language") == "sv_SE"
        assert [c.findtext("name") for c in root.iter("context")] == ["segregation"]
        assert ts.name.endswith("_sv.ts")
        qm = ts.with_suffix(".qm")
        assert qm.is_file(), f"{qm} missing: run make translations"


def test_qm_translates(qgis_app):
    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "segregation_sv.qm"))
    assert translator.translate("segregation", "Check area layer") == "Kontrollera områdeslager"
    assert translator.translate("segregation", "3. Public transport") == "3. Kollektivtrafik"


def test_core_messages_are_extracted_as_templates(i18n_tool, tmp_path, capsys):
    """core's plain f-strings reach the .ts files as templates with named placeholders."""
    module = tmp_path / "core" / "transit" / "mod.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from ..common.errors import InputError\n"
        "def read(rows, field, warnings):\n"
        "    if not rows:\n"
        '        raise InputError(f"The field \'{field}\' has {len(rows):,} rows; " + "choose another.")\n'
        "    warnings.append(f\"{field!r} is {'odd' if len(rows) % 2 else 'even'}.\")\n",
        encoding="utf-8",
    )
    strings = i18n_tool.extract([module])
    assert strings[("The field '{field}' has {len_rows} rows; choose another.", "")] == [
        f"{module}:4"
    ]
    assert ("{field} is {len_rows}.", "") in strings
    assert ("odd", "part of a message") in strings and ("even", "part of a message") in strings
    ts = tmp_path / "transit_sv.ts"
    added = i18n_tool.update(ts, [module.parent])
    assert ("The field '{field}' has {len_rows} rows; choose another.", "") in added
    assert i18n_tool.main(["check", str(module.parent)]) == 1
    assert "choose another" in capsys.readouterr().out


def test_core_messages_of_each_subject_are_in_that_subjects_ts(i18n_tool):
    transit = set(i18n_tool.read_ts(ROOT / "i18n" / "transit_sv.ts"))
    assert ("The GTFS feed {path} does not exist. Choose a zip file or a folder.", "") in transit
    common = set(i18n_tool.read_ts(ROOT / "i18n" / "segregation_sv.ts"))
    assert ("a number", "part of a message") in common
    assert ("{label} is empty.", "") in common
