"""segregation:tenuresplit through Processing, with splits worked out by hand.

Areas (planning_layers.deso_layer): kommun 0114 has 100 / 60 / 140 dwellings of known tenure
(hyresrätt / bostadsrätt / äganderätt; 0114C1030 is suppressed and left out), so its mix is
33.3 / 20 / 46.7 %. S1 (60 dwellings, all hyresrätt as planned) lies in 0114A0010, which has
100 hyresrätt and nothing else. With T = 160 dwellings after the project, the best split
minimises Σ(xᵢ − gᵢ)² with g = T·target − today = (−46.7, 32, 74.7): hyresrätt 0 and
bostadsrätt b minimising (b − 32)² + (b + 14.7)², so b = 8.67 → 9 and äganderätt 51.
"""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsProcessingException

from tests.helpers.layers import rows_by, snapshot
from tests.helpers.planning_layers import deso_layer, projects_layer

PROJECTS = [
    ("POINT(50 50)", "S1", 60, 0, 0, 2026, "kommun", "detaljplan antagen"),
    ("POINT(150 50)", "S2", 0, 0, 40, 2027, "privat", "byggstart"),
]


@pytest.fixture
def layers(project_layers):
    return project_layers(deso_layer()), project_layers(projects_layer(PROJECTS))


def split(run_alg, layers, **params):
    areas, projects = layers
    return run_alg(
        "tenuresplit",
        {"PROJECTS": projects, "AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT", **params},
    )


def states(result):
    return {f["state"]: f for f in result["OUTPUT"].getFeatures()}


def test_one_project_towards_the_kommun_mix(run_alg, layers):
    before = [snapshot(layer) for layer in layers]
    result = split(run_alg, layers, PROJECT="S1", SPLITS="TEMPORARY_OUTPUT")
    rows = states(result)
    assert list(rows) == ["target", "before", "after as planned", "after proposed split"]
    proposed = rows["after proposed split"]
    assert (
        proposed["split_hyresratt"],
        proposed["split_bostadsratt"],
        proposed["split_aganderatt"],
    ) == (0, 9, 51)
    assert (proposed["dwellings_hyresratt"], proposed["dwellings_aganderatt"]) == (100, 51)
    assert rows["target"]["share_aganderatt"] == pytest.approx(140 / 3)
    # distances in percentage points: before (100, 0, 0) vs (33.3, 20, 46.7)
    expected = ((100 - 100 / 3) ** 2 + 20**2 + (140 / 3) ** 2) ** 0.5
    assert rows["before"]["distance_to_target"] == pytest.approx(expected)
    assert proposed["distance_to_target"] < rows["after as planned"]["distance_to_target"]
    assert rows["before"]["target_source"] == (
        "kommun 0114 (2 areas, 300 dwellings; 1 left out for suppressed counts)"
    )
    project = next(result["SPLITS"].getFeatures())
    assert (project["projekt_id"], project["proposed_aganderatt"]) == ("S1", 51)
    assert [snapshot(layer) for layer in layers] == before


def test_minimum_rental_share_and_user_target(run_alg, layers):
    # at least 30 % hyresrätt: 18 dwellings; the other 42 all äganderätt (b = −0.3 → 0)
    rows = states(split(run_alg, layers, PROJECT="S1", MIN_RENTAL=30))
    got = rows["after proposed split"]
    assert (got["split_hyresratt"], got["split_bostadsratt"], got["split_aganderatt"]) == (
        18,
        0,
        42,
    )
    assert "hyresrätt ≥ 30 % (18 dwellings)" in got["split_reason"]
    # target 50 / 50 / 0: g = (−20, 80, 0) → all 60 as bostadsrätt
    rows = states(
        split(
            run_alg,
            layers,
            PROJECT="S1",
            TARGET=1,
            TARGET_HYRESRATT=50,
            TARGET_BOSTADSRATT=50,
            TARGET_AGANDERATT=0,
        )
    )
    assert rows["after proposed split"]["split_bostadsratt"] == 60
    assert rows["target"]["target_source"] == "user shares"


def test_impossible_constraints_name_them(run_alg, layers):
    with pytest.raises(
        QgsProcessingException,
        match=r"hyresrätt must be at least 30 % \(18 dwellings\) but is not allowed",
    ):
        split(run_alg, layers, PROJECT="S1", MIN_RENTAL=30, ALLOWED=[1, 2])
    with pytest.raises(QgsProcessingException, match="Project S1: The constraints conflict"):
        split(run_alg, layers, AREA_CODES="0114", MIN_RENTAL=30, ALLOWED=[1, 2])
    with pytest.raises(QgsProcessingException, match="add up to 90 %"):
        split(
            run_alg,
            layers,
            PROJECT="S1",
            TARGET=1,
            TARGET_HYRESRATT=40,
            TARGET_BOSTADSRATT=30,
            TARGET_AGANDERATT=20,
        )
    with pytest.raises(QgsProcessingException, match="no project S9"):
        split(run_alg, layers, PROJECT="S9")


def test_private_land_keeps_the_developers_split(run_alg, layers):
    rows = states(split(run_alg, layers, PROJECT="S2"))
    assert rows["after proposed split"]["split_aganderatt"] == NULL
    assert rows["after as planned"]["split_aganderatt"] == 40
    assert "On private land the tenure is the developer's" in rows["before"]["split_reason"]
    # untick: explore a split anyway. 0114C1020 is 0/60/140; T = 240:
    # g = (80, −12, −28) → all 40 as hyresrätt
    rows = states(split(run_alg, layers, PROJECT="S2", PRIVATE_KEEPS=False))
    assert rows["after proposed split"]["split_hyresratt"] == 40


def test_every_project_on_kommun_land_in_chosen_areas(run_alg, layers):
    result = split(run_alg, layers, AREA_CODES="0114", SPLITS="TEMPORARY_OUTPUT")
    assert {f["project_id"] for f in result["OUTPUT"].getFeatures()} == {"S1"}  # S2: private
    typed = split(run_alg, layers, AREA_TYPES="1-2", TYPE_FIELD="area_type")
    assert {f["project_id"] for f in typed["OUTPUT"].getFeatures()} == {"S1"}
    with pytest.raises(QgsProcessingException, match="No counted project on kommun land"):
        split(run_alg, layers, AREA_CODES="0114C1020")
    with pytest.raises(QgsProcessingException, match="no field nothing with the area types"):
        split(run_alg, layers, AREA_TYPES="4, 5", TYPE_FIELD="nothing")
    with pytest.raises(QgsProcessingException, match="'x' in the area types is not an area"):
        split(run_alg, layers, AREA_TYPES="1, x", TYPE_FIELD="area_type")
    with pytest.raises(QgsProcessingException, match="6 in the area types is not an area type"):
        split(run_alg, layers, AREA_TYPES="4-6", TYPE_FIELD="area_type")
    splits = rows_by(result["SPLITS"], "projekt_id")
    assert splits["S1"]["kommun_land"] is True and splits["S1"]["proposed_aganderatt"] == 51


def _split_of(rows):
    got = rows["after proposed split"]
    return got["split_hyresratt"], got["split_bostadsratt"], got["split_aganderatt"]


def test_target_shares_rounded_to_one_decimal_give_the_split_a_planner_expects(run_alg, layers):
    # 47.7 + 18.1 + 34.7 = 100.5: within the ± 0.5 points (inclusive), scaled to 100, so the
    # target is 47.46 / 18.01 / 34.53 %. S1's area has 100 hyresrätt; T = 160 after S1:
    # g = T·t − today = (−24.1, 28.8, 55.2) → no hyresrätt, and b minimising
    # (b − 28.8)² + (60 − b − 55.2)²: b = 16.8 → 17, äganderätt 43
    shares = {"TARGET_HYRESRATT": 47.7, "TARGET_BOSTADSRATT": 18.1, "TARGET_AGANDERATT": 34.7}
    rows = states(split(run_alg, layers, PROJECT="S1", TARGET=1, **shares))
    assert _split_of(rows) == (0, 17, 43)
    assert rows["target"]["share_hyresratt"] == pytest.approx(47.7 / 1.005)
    shares["TARGET_AGANDERATT"] = 34.8  # 100.6: more than half a point off
    with pytest.raises(QgsProcessingException, match=r"add up to 100.6 %, not 100 %"):
        split(run_alg, layers, PROJECT="S1", TARGET=1, **shares)


@pytest.mark.parametrize(
    "params, message",
    [
        (
            {"TARGET_HYRESRATT": 120, "TARGET_BOSTADSRATT": -10, "TARGET_AGANDERATT": -10},
            r"Target share of hyresrätt \(%\) \(TARGET_HYRESRATT\) is 120; a share must be "
            r"between 0 and 100 %",
        ),
        (
            {"TARGET_HYRESRATT": 50, "TARGET_BOSTADSRATT": -5, "TARGET_AGANDERATT": 55},
            r"\(TARGET_BOSTADSRATT\) is -5",
        ),
        ({"MAX_AGANDERATT": 130}, r"\(MAX_AGANDERATT\) is 130"),
        (
            {"MIN_RENTAL": 50, "MAX_HYRESRATT": 40},
            r"The minimum share of hyresrätt \(MIN_RENTAL = 50 %\) is above its maximum "
            r"\(MAX_HYRESRATT = 40 %\)",
        ),
        (
            {"MIN_RENTAL": 60, "MIN_BOSTADSRATT": 30, "MIN_AGANDERATT": 20},
            r"The minimum shares add up to 110 % \(MIN_RENTAL = 60 %, MIN_BOSTADSRATT = 30 %, "
            r"MIN_AGANDERATT = 20 %\), more than 100 %",
        ),
        (
            {"MAX_HYRESRATT": 30, "MAX_BOSTADSRATT": 30, "ALLOWED": [0, 1]},
            r"The maximum shares of the tenures that may be used add up to only 60 % "
            r"\(MAX_HYRESRATT = 30 %, MAX_BOSTADSRATT = 30 %\), less than 100 %",
        ),
    ],
)
def test_shares_out_of_range_or_in_conflict_name_the_parameter(run_alg, layers, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        split(
            run_alg, layers, PROJECT="S1", TARGET=1 if "TARGET_HYRESRATT" in params else 0, **params
        )


def test_minimum_and_maximum_shares_of_each_tenure(run_alg, layers):
    # towards the kommun's mix S1 would be 0 / 9 / 51 (the first test)
    rows = states(split(run_alg, layers, PROJECT="S1", MIN_BOSTADSRATT=20))
    assert _split_of(rows) == (0, 12, 48)  # bostadsrätt ≥ 20 % of 60
    assert "bostadsrätt ≥ 20 % (12 dwellings)" in rows["after proposed split"]["split_reason"]
    # äganderätt ≤ 50 %: 30; the other 30 go to bostadsrätt (hyresrätt is far above target)
    rows = states(split(run_alg, layers, PROJECT="S1", MAX_AGANDERATT=50))
    assert _split_of(rows) == (0, 30, 30)
    assert "äganderätt ≤ 50 % (30 dwellings)" in rows["after proposed split"]["split_reason"]
