"""segregation:indicatorprofile through Processing: a small hand-made layer, an empty one, and
a layer without SCB's fields."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.helpers.failures import assert_user_message
from tests.helpers.layers import memory_layer, rows_by, square

FIELDS = {"desokod": str, "hyresrätt": int, "totalt lägenheter": int, "statistics_year": int}


def test_tenure_shares_with_the_kommun(run_alg, feedback):
    rows = [
        (square(0, 0), {"desokod": "0114A0010", "hyresrätt": 68, "totalt lägenheter": 313}),
        (square(100, 0), {"desokod": "0114C1010", "hyresrätt": 2, "totalt lägenheter": 610}),
    ]
    areas = memory_layer("Polygon", FIELDS, rows, name="DeSO")
    result = run_alg("indicatorprofile", {"INPUT": areas, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    out = rows_by(result["OUTPUT"], "desokod")
    assert out["0114A0010"]["andel hyresrätt"] == pytest.approx(100 * 68 / 313)
    assert out["0114A0010"]["andel hyresrätt kommun"] == pytest.approx(100 * 70 / 923)
    assert result["INDICATORS"] == 1
    assert any("does not cover the country" in line for line in feedback.infos)


def test_an_empty_layer_gives_an_empty_profile(run_alg):
    empty = memory_layer("Polygon", FIELDS, [], name="DeSO")
    result = run_alg("indicatorprofile", {"INPUT": empty, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["OUTPUT"].featureCount() == 0 and result["INDICATORS"] == 0


def test_a_layer_without_scb_fields_is_refused(run_alg, project_layers):
    plain = project_layers(
        memory_layer("None", {"desokod": str, "x": int}, [(None, {"desokod": "0114A0010", "x": 1})])
    )
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("indicatorprofile", {"INPUT": plain, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert_user_message(caught.value, "none of the fields of SCB's standard tables")
