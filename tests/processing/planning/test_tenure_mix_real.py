"""'Tenure mix per area' through Processing on SCB's real export of dwellings by tenure per
DeSO 2018 (2022), the file joined to the 5,984 DeSO codes of SCB's key table; the sums were
checked independently in tests/core/planning/test_tenure_mix_real.py."""

import csv

import pytest

from segregation_plugin.core.planning import tenure_mix as tm
from tests.helpers.layers import memory_layer

pytestmark = pytest.mark.shared

FILE = "scb/deso2018_upplatelseform_2022.xlsx"
KEY = "scb/koppling_deso2018_regso2020.csv"


@pytest.fixture
def deso_codes(shared_data, project_layers):
    """A table layer (no geometry) of the 5,984 DeSO codes of SCB's key table."""
    with (shared_data / KEY).open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    code = next(c for c in rows[0] if c.lower().startswith("deso"))
    return project_layers(
        memory_layer("None", {"desokod": str}, [(None, {"desokod": r[code]}) for r in rows])
    )


def test_the_tool_with_the_real_file_to_kommun_and_regso(run_alg, shared_data, deso_codes):
    out = run_alg(
        "tenuremix",
        {
            "INPUT": deso_codes,
            "FILE": str(shared_data / FILE),
            "LEVEL": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REFERENCES": "TEMPORARY_OUTPUT",
        },
    )
    kommun = {f["kommunkod"]: f for f in out["OUTPUT"].getFeatures()}
    assert len(kommun) == 290
    vasby = kommun["0114"]
    assert (vasby["dwellings_hyresratt"], vasby["dwellings_bostadsratt"]) == (7802, 7798)
    assert (vasby["dwellings_aganderatt"], vasby["dwellings_unknown"]) == (5818, 0)
    totals = [sum(f[f"dwellings_{t}"] for f in kommun.values()) for t in tm.TENURES]
    assert totals == [1_989_631, 1_240_030, 1_928_221]
    # Stockholm county (01) from the references table: the sum of its kommuner
    refs = {(f["level"], f["code"]): f for f in out["REFERENCES"].getFeatures()}
    county = sum(f["dwellings_known"] for k, f in kommun.items() if k.startswith("01"))
    assert refs[("län", "01")]["dwellings_known"] == county
    regso = run_alg(
        "tenuremix",
        {
            "INPUT": deso_codes,
            "FILE": str(shared_data / FILE),
            "LEVEL": 1,
            "KEY_TABLE": str(shared_data / KEY),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    assert sum(f["dwellings_hyresratt"] for f in regso.getFeatures()) == 1_989_631
    assert all(f["regsonamn"] for f in regso.getFeatures())
