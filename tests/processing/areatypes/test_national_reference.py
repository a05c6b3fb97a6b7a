"""segregation:areatypes with its default reference, national: a national table given,
stored in the cache folder and reused, and the plain fallback when there is none."""

from __future__ import annotations

import json

import pytest

from tests.helpers import national_tables as T
from tests.helpers.layers import memory_layer, rows_by


def _table_layer(frame, name):
    fields = {c: (str if c == "regsokod" else float) for c in frame.columns}
    rows = [(None, row) for row in frame.to_dict("records")]
    return memory_layer("None", fields, rows, name=name)


def _run(run_alg, feedback, tmp_path, **extra):
    params = {
        "INPUT": _table_layer(T.local_regso(), "one kommun"),
        "YEAR": 2022,
        "NATIONAL_CACHE": str(tmp_path),
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return run_alg("areatypes", params, feedback)


def test_national_table_then_stored_values_then_none(run_alg, feedback, tmp_path, project_layers):
    national = project_layers(_table_layer(T.national_regso(), "riket RegSO 2022"))
    result = _run(run_alg, feedback, tmp_path, NATIONAL_TABLES=[national])
    assert result["MEAN"] == pytest.approx(T.NATIONAL_MEAN)
    assert result["SD"] == pytest.approx(T.NATIONAL_SD) and result["N_REFERENCE"] == 580
    rows = rows_by(result["OUTPUT"], "regsokod")
    assert [rows[f"2999R00{i}"]["area_type"] for i in range(1, 5)] == list(T.NATIONAL_TYPES)
    description = rows["2999R004"]["ref_description"]
    assert description.startswith("national: all 580 RegSO of Sweden 2022 (riket RegSO 2022")
    stored = list(tmp_path.glob("regso_2022_*.json"))
    assert len(stored) == 1
    assert json.loads(stored[0].read_text(encoding="utf-8"))["n_areas"] == 580
    assert any("National μ and σ stored in" in line for line in feedback.infos)

    # a second run without the table takes the stored values
    again = _run(run_alg, feedback, tmp_path)
    rows = rows_by(again["OUTPUT"], "regsokod")
    assert [rows[f"2999R00{i}"]["area_type"] for i in range(1, 5)] == list(T.NATIONAL_TYPES)
    assert again["MEAN"] == pytest.approx(T.NATIONAL_MEAN)


def test_without_national_data_the_layer_is_the_reference_plainly(run_alg, feedback, tmp_path):
    result = _run(run_alg, feedback, tmp_path)
    rows = rows_by(result["OUTPUT"], "regsokod")
    assert [rows[f"2999R00{i}"]["area_type"] for i in range(1, 5)] == list(T.LOCAL_TYPES)
    assert "not national" in rows["2999R001"]["ref_description"]
    assert any("The reference is NOT national" in w for w in feedback.warnings)
    assert not list(tmp_path.glob("*.json"))


def test_the_old_choice_all_areas_is_kept(run_alg, feedback, tmp_path):
    result = _run(run_alg, feedback, tmp_path, REFERENCE=0)
    rows = rows_by(result["OUTPUT"], "regsokod")
    assert rows["2999R004"]["area_type"] == 2
    assert rows["2999R004"]["ref_description"] == "all areas in the layer"


def test_a_national_layer_stores_its_values_for_later_runs(run_alg, feedback, project_layers):
    from segregation_plugin.processing.areatypes import national

    whole = project_layers(_table_layer(T.national_regso(), "all RegSO"))
    result = run_alg(
        "areatypes", {"INPUT": whole, "YEAR": 2022, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback
    )
    assert result["MEAN"] == pytest.approx(T.NATIONAL_MEAN) and result["N_REFERENCE"] == 580
    row = rows_by(result["OUTPUT"], "regsokod")["1000R001"]
    assert row["ref_description"] == "all areas in the layer — national (all 290 kommuner)"
    folder = national.profile_cache_dir()  # the profile's folder (a test folder here)
    assert len(list(folder.glob("regso_2022_*.json"))) == 1
    local = run_alg(
        "areatypes",
        {
            "INPUT": project_layers(_table_layer(T.local_regso(), "one kommun")),
            "YEAR": 2022,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback,
    )
    rows = rows_by(local["OUTPUT"], "regsokod")
    assert [rows[f"2999R00{i}"]["area_type"] for i in range(1, 5)] == list(T.NATIONAL_TYPES)
    assert rows["2999R001"]["ref_description"].startswith("national: all 580 RegSO of Sweden 2022")
