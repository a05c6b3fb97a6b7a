"""segregation:inequalityindex with its default baseline, national: tables given, stored and
reused, and the plain fallback."""

from __future__ import annotations

import pytest

from tests.helpers import national_tables as T
from tests.helpers.layers import memory_layer, rows_by


def _layer(frame, name):
    fields = {c: (str if c == "desokod" else float) for c in frame.columns}
    return memory_layer("None", fields, [(None, r) for r in frame.to_dict("records")], name=name)


def _run(run_alg, feedback, tmp_path, project_layers, **extra):
    params = {
        "INPUT": project_layers(_layer(T.local_deso(), "three kommuner")),
        "YEAR": 2022,
        "NATIONAL_CACHE": str(tmp_path),
        "OUTPUT": "TEMPORARY_OUTPUT",
        "LAN_OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return run_alg("inequalityindex", params, feedback)


def test_national_baseline_given_stored_and_reused(run_alg, feedback, tmp_path, project_layers):
    national = project_layers(_layer(T.national_deso(), "riket DeSO 2022"))
    types = project_layers(_layer(T.national_deso_types(), "riket områdestyper 2022"))
    result = _run(
        run_alg,
        feedback,
        tmp_path,
        project_layers,
        NATIONAL_DESO=national,
        NATIONAL_AREA_TYPES=types,
    )
    row = rows_by(result["OUTPUT"], "region")["2903"]
    assert row["ineq_threshold"] == pytest.approx(T.NATIONAL_INEQ_MEAN + T.NATIONAL_INEQ_SD)
    assert row["crit_inequality"] is False or row["crit_inequality"] == 0
    assert row["ref_description"].startswith("national: mean and SD (sample) of the ojämlik")
    assert "riket DeSO 2022, riket områdestyper 2022" in row["ref_description"]
    assert (tmp_path / "delmos_criteria_2022_quartiles.json").is_file()
    again = _run(run_alg, feedback, tmp_path, project_layers)
    row = rows_by(again["OUTPUT"], "region")["2903"]
    assert row["ineq_ref_sd"] == pytest.approx(T.NATIONAL_INEQ_SD)
    assert row["ref_description"].endswith("stored for 2022")


def test_without_national_tables_the_layer_is_the_baseline_plainly(
    run_alg, feedback, tmp_path, project_layers
):
    result = _run(run_alg, feedback, tmp_path, project_layers)
    row = rows_by(result["OUTPUT"], "region")["2903"]
    assert row["ineq_threshold"] == pytest.approx(20 + 700**0.5)
    assert row["crit_inequality"] is True or row["crit_inequality"] == 1
    assert "not national" in row["ref_description"]
    assert any("baseline of Delmos' criteria is NOT national" in w for w in feedback.warnings)
