"""Tenure split proposals: hand-worked cases, the exact optimum against brute force, land
ownership and constraints (impossible ones give a message naming them)."""

import itertools
import math
import random

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.planning import planned_housing as ph
from segregation_plugin.core.planning import project_splits as ps
from segregation_plugin.core.planning import tenure_mix as tm
from segregation_plugin.core.planning import tenure_split as ts

THIRDS = {"hyresrätt": 100 / 3, "bostadsrätt": 100 / 3, "äganderätt": 100 / 3}
T = tm.TENURES


def _counts(h, b, a):
    return dict(zip(T, (h, b, a)))


def _brute(n, base, target, lower, upper):
    """Smallest distance over every split (h, b, a) of n within the bounds."""
    best = math.inf
    for h in range(lower["hyresratt"], upper["hyresratt"] + 1):
        for b in range(lower["bostadsratt"], upper["bostadsratt"] + 1):
            a = n - h - b
            if lower["aganderatt"] <= a <= upper["aganderatt"]:
                after = {t: base[t] + x for t, x in zip(T, (h, b, a))}
                best = min(best, ts.distance(after, target))
    return best


def test_hand_worked_split_reaches_the_target_exactly():
    # 50 bostadsrätt and 50 äganderätt today; 50 more dwellings; target equal thirds:
    # all 50 as hyresrätt gives 50/50/50.
    p = ts.propose_split(50, _counts(0, 50, 50), THIRDS)
    assert p.proposed == _counts(50, 0, 0)
    assert p.distance_proposed == pytest.approx(0.0)
    # before: 0/50/50 % against thirds
    assert p.distance_before == pytest.approx(math.sqrt((100 / 3) ** 2 + 2 * (50 - 100 / 3) ** 2))


def test_hand_worked_split_with_other_planned_projects_and_a_planned_split():
    # Today 100 hyresrätt; another project brings 30 bostadsrätt; this one has 70 dwellings.
    # After: 200 dwellings, and the target 40/30/30 % asks for 80/60/60, so the project should
    # add g = (80-100, 60-30, 60-0) = (-20, 30, 60). No negative hyresrätt: h = 0, and
    # b + a = 70 with b = 30 + λ, a = 60 + λ gives λ = -10: (0, 20, 50) → 50/25/25 %.
    p = ts.propose_split(
        70,
        _counts(100, 0, 0),
        {"hyresratt": 40, "bostadsratt": 30, "aganderatt": 30},
        other_planned=_counts(0, 30, 0),
        planned=_counts(70, 0, 0),
    )
    assert p.proposed == _counts(0, 20, 50)
    table = p.table().set_index("state")
    assert table.loc["before", "dwellings_hyresratt"] == 100
    assert table.loc["before", "dwellings_bostadsratt"] == 30
    assert table.loc["after as planned", "share_hyresratt"] == pytest.approx(85.0)
    assert table.loc["after proposed split", "share_hyresratt"] == pytest.approx(50.0)
    assert table.loc["after proposed split", "distance_to_target"] == pytest.approx(
        math.sqrt(10**2 + 5**2 + 5**2)
    )
    assert (
        table.loc["after proposed split", "distance_to_target"]
        < table.loc["after as planned", "distance_to_target"]
    )
    assert table.loc["target", "share_bostadsratt"] == pytest.approx(30.0)


def test_ties_are_broken_in_tenure_order():
    p = ts.propose_split(
        1, _counts(10, 0, 0), {"hyresratt": 0, "bostadsratt": 50, "aganderatt": 50}
    )
    assert p.proposed == _counts(0, 1, 0)


def test_the_proposal_is_the_exact_optimum_against_brute_force():
    rng = random.Random(20240601)
    for _ in range(400):
        n = rng.randint(1, 30)
        base = {t: rng.choice([0, rng.randint(0, 60)]) for t in T}
        raw = [rng.random() for _ in T]
        target = {t: r / sum(raw) * 100 for t, r in zip(T, raw)}
        mins = {t: rng.choice([0, 0, 10, 30]) for t in T}
        maxs = {t: rng.choice([100, 100, 60, 40]) for t in T}
        allowed = [t for t in T if rng.random() > 0.15]
        try:
            lower, upper, _ = ts._bounds(n, mins, maxs, allowed)
        except ts.ConstraintConflict:
            continue
        got = ts.best_split(n, base, target, lower, upper)
        assert sum(got.values()) == n
        assert all(lower[t] <= got[t] <= upper[t] for t in T)
        after = {t: base[t] + got[t] for t in T}
        assert ts.distance(after, target) == pytest.approx(
            _brute(n, base, target, lower, upper), abs=1e-9
        ), (n, base, target, mins, maxs, allowed)


def test_large_projects_are_exact_too():
    base = _counts(1450, 310, 95)
    target = {"hyresratt": 38.2, "bostadsratt": 27.9, "aganderatt": 33.9}
    n = 2000
    p = ts.propose_split(n, base, target, min_shares={"hyresrätt": 25})
    # every split of 2,000 within the bounds, at once with numpy
    h, b = np.meshgrid(np.arange(500, n + 1), np.arange(0, n + 1), indexing="ij")
    a = n - h - b
    ok = a >= 0
    total = sum(base.values()) + n
    d2 = (
        ((base["hyresratt"] + h) / total * 100 - target["hyresratt"]) ** 2
        + ((base["bostadsratt"] + b) / total * 100 - target["bostadsratt"]) ** 2
        + ((base["aganderatt"] + a) / total * 100 - target["aganderatt"]) ** 2
    )
    best = np.sqrt(d2[ok].min())
    assert p.distance_proposed == pytest.approx(best, abs=1e-9)
    assert p.proposed["hyresratt"] >= 500


def test_minimum_rental_share_agreed_with_a_builder():
    # 100 hyresrätt today; unconstrained the 30 new dwellings would be 0/15/15
    free = ts.propose_split(30, _counts(100, 0, 0), THIRDS)
    assert free.proposed == _counts(0, 15, 15)
    bound = ts.propose_split(30, _counts(100, 0, 0), THIRDS, min_shares={"hyresrätt": 30})
    assert bound.proposed == _counts(9, 11, 10)  # 9 = 30 % of 30; 11/10 tie → bostadsrätt
    assert "hyresrätt ≥ 30 % (9 dwellings)" in bound.reason


def test_private_land_keeps_the_developers_split():
    p = ts.propose_split(
        40, _counts(100, 0, 0), THIRDS, planned=_counts(40, 0, 0), kommun_land=False
    )
    assert p.proposed == _counts(40, 0, 0)
    assert "private land" in p.reason and "no split is proposed" in p.reason
    assert p.distance_proposed == pytest.approx(p.distance_planned)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (
            {"min_shares": {"hyresrätt": 60, "bostadsrätt": 50}},
            r"The minimum shares need 110 dwellings \(hyresrätt ≥ 60, bostadsrätt ≥ 50\) but the "
            r"project has 100",
        ),
        (
            {"min_shares": {"hyresrätt": 30}, "allowed": ["bostadsrätt", "äganderätt"]},
            r"hyresrätt must be at least 30 % \(30 dwellings\) but is not allowed",
        ),
        (
            {"min_shares": {"hyresrätt": 50}, "max_shares": {"hyresrätt": 40}},
            r"hyresrätt must be at least 50 % \(50 dwellings\) but may be at most 40 %",
        ),
        (
            {"allowed": ["bostadsrätt"], "max_shares": {"bostadsrätt": 50}},
            r"leave room for only 50 of the project's 100 dwellings \(hyresrätt not allowed, "
            r"bostadsrätt ≤ 50, äganderätt not allowed\)",
        ),
    ],
)
def test_impossible_constraints_say_which_conflict(kwargs, message):
    with pytest.raises(ts.ConstraintConflict, match=message):
        ts.propose_split(100, _counts(10, 10, 10), THIRDS, **kwargs)


def test_bad_input_is_explained():
    with pytest.raises(InputError, match="add up to 90 %"):
        ts.propose_split(
            10, _counts(1, 1, 1), {"hyresratt": 30, "bostadsratt": 30, "aganderatt": 30}
        )
    with pytest.raises(InputError, match="missing"):
        ts.propose_split(10, {"hyresratt": float("nan"), "bostadsratt": 1, "aganderatt": 1}, THIRDS)
    with pytest.raises(InputError, match="adds up to 5"):
        ts.propose_split(10, _counts(1, 1, 1), THIRDS, planned=_counts(5, 0, 0))
    with pytest.raises(InputError, match="'radhus' in the target is not a tenure"):
        ts.propose_split(10, _counts(1, 1, 1), {"radhus": 100})


def test_split_for_a_project_uses_the_kommun_mix_and_the_land_owner():
    areas = gpd.GeoDataFrame(
        {"desokod": ["0114C1010", "0114C1020"]},
        geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)],
        crs="EPSG:3006",
    )
    counts = pd.DataFrame(
        [["0114C1010", 300, 0, 0], ["0114C1020", 0, 100, 200]],
        columns=["desokod", "hyresrätt", "bostadsrätt", "äganderätt"],
    )
    mix = tm.tenure_mix(counts, unknown=None)
    projects = gpd.GeoDataFrame(
        {
            "projekt_id": ["P1", "P2", "P3"],
            "hyresratt": [60, 0, 20],
            "bostadsratt": [0, 30, 0],
            "aganderatt": [0, 0, 0],
            "startar": [2026, 2025, 2026],
            "markagare": ["kommun", "kommun", "privat"],
            "status": ["x", "x", "x"],
        },
        geometry=[Point(10, 10), Point(20, 20), Point(150, 50)],
        crs="EPSG:3006",
    )
    assigned = ph.assign_projects(projects, areas, "desokod").assigned
    p = ps.propose_split_for_project("P1", assigned, mix, "desokod")
    # kommun 0114: 300/100/200 of 600 → 50/16.7/33.3; before = 300 h + P2's 30 b
    assert p.target == pytest.approx(
        {"hyresratt": 50.0, "bostadsratt": 100 / 6, "aganderatt": 100 / 3}
    )
    assert p.target_source.startswith("kommun 0114 (2 areas, 600 dwellings)")
    assert p.before == {"hyresratt": 300.0, "bostadsratt": 30.0, "aganderatt": 0.0}
    # T = 390: g = (195-300, 65-30, 130-0) = (-105, 35, 130); 60 dwellings → all äganderätt
    assert p.proposed == _counts(0, 0, 60)
    table = ps.propose_splits(assigned, mix, "desokod").set_index("project_id")
    assert table.loc["P3", "kommun_land"] == False  # noqa: E712 (a numpy bool)
    assert pd.isna(table.loc["P3", "proposed_hyresratt"])
    assert table.loc["P3", "planned_hyresratt"] == 20
    assert "private land" in table.loc["P3", "split_reason"]
    assert table.loc["P1", "proposed_aganderatt"] == 60
    conflict = ps.propose_splits(
        assigned, mix, "desokod", min_shares={"hyresrätt": 60, "äganderätt": 50}
    )
    assert "The minimum shares need" in conflict.set_index("project_id").loc["P1", "split_reason"]
    # every project treated as on the kommun's land: P3 (20 dwellings, private) gets a proposal
    results = ps.split_proposals(assigned, mix, "desokod", kommun_land=True)
    states = ps.states_table(results).set_index(["project_id", "state"])
    assert states.loc[("P3", "after proposed split"), "split_aganderatt"] == 0
    # 0114C1020 is 0/100/200; + 20 → target 50/16.7/33.3 of 320: all 20 as hyresrätt
    assert states.loc[("P3", "after proposed split"), "split_hyresratt"] == 20
    assert states.loc[("P3", "after as planned"), "split_hyresratt"] == 20
    assert pd.isna(states.loc[("P3", "before"), "split_hyresratt"])
    # P1: 300/30/0 before, 60 äganderätt proposed → 300/30/60 after
    row = states.loc[("P1", "after proposed split")]
    assert (row["dwellings_hyresratt"], row["dwellings_aganderatt"]) == (300, 60)
    assert row["distance_to_target"] < states.loc[("P1", "after as planned"), "distance_to_target"]


def test_the_table_shows_before_planned_and_proposed_for_every_tenure():
    p = ts.propose_split(3, _counts(1, 1, 1), THIRDS, planned=_counts(3, 0, 0))
    table = p.table()
    assert list(table["state"]) == ["target", "before", "after as planned", "after proposed split"]
    assert table.loc[3, "tenure_entropy"] == pytest.approx(1.0)
    assert set(itertools.chain(*[[f"dwellings_{t}", f"share_{t}"] for t in T])) <= set(
        table.columns
    )


def test_kommun_target_leaves_out_an_area_with_a_suppressed_count():
    # 0114C1030 has bostadsrätt and äganderätt but its hyresrätt is suppressed: adding its
    # 10 + 10 would lower the kommun's hyresrätt share; the area is left out wholly instead
    counts = pd.DataFrame(
        [["0114A0010", 100, 0, 0], ["0114C1020", 0, 60, 140], ["0114C1030", None, 10, 10]],
        columns=["desokod", "hyresrätt", "bostadsrätt", "äganderätt"],
    )
    mix = tm.tenure_mix(counts, unknown=None)
    target, source = ps.kommun_target(mix, "desokod", "0114A0010")
    assert target == pytest.approx(
        {"hyresratt": 100 / 3, "bostadsratt": 20.0, "aganderatt": 140 / 3}
    )
    assert source == "kommun 0114 (2 areas, 300 dwellings; 1 left out for suppressed counts)"


def test_target_shares_rounded_to_one_decimal_are_accepted_within_half_a_point():
    # 47.7 + 18.1 + 34.7 is 100.5 on paper and 100.50000000000001 in floating point: on the
    # inclusive limit, so accepted, and scaled to exactly 100
    shares = {"hyresrätt": 47.7, "bostadsrätt": 18.1, "äganderätt": 34.7}
    assert sum(shares.values()) > 100.5
    target = ts.normalise_target(shares)
    assert sum(target.values()) == pytest.approx(100)
    assert target["hyresratt"] == pytest.approx(47.7 / 1.005)
    # a new area of 1,000 dwellings: the split a planner expects is the target itself,
    # 474.6 / 180.1 / 345.3 rounded so that the parts add up to 1,000
    p = ts.propose_split(1000, _counts(0, 0, 0), shares)
    assert p.proposed == _counts(475, 180, 345)
    assert ts.normalise_target({"hyresrätt": 33.1, "bostadsrätt": 33.2, "äganderätt": 33.2})
    assert ts.TARGET_TOLERANCE == 0.5


@pytest.mark.parametrize(
    "shares, message",
    [
        (
            {"hyresrätt": 47.7, "bostadsrätt": 18.1, "äganderätt": 34.8},
            r"add up to 100.6 %, not 100 % \(hyresrätt 47.7 %, bostadsrätt 18.1 %, äganderätt "
            r"34.8 %\); they may differ from 100 by at most 0.5 percentage points",
        ),
        ({"hyresrätt": 33.1, "bostadsrätt": 33.1, "äganderätt": 33.2}, "add up to 99.4 %"),
        (
            {"hyresrätt": 120, "bostadsrätt": -10, "äganderätt": -10},
            r"The target share of hyresrätt is 120 %; a share must be between 0 and 100 %",
        ),
        (
            {"hyresrätt": 60, "bostadsrätt": -10, "äganderätt": 50},
            r"The target share of bostadsrätt is -10 %",
        ),
    ],
)
def test_target_shares_off_100_or_out_of_range_are_named(shares, message):
    with pytest.raises(InputError, match=message):
        ts.normalise_target(shares)


def test_minimum_and_maximum_shares_of_every_tenure():
    # 100 hyresrätt today, target thirds; 30 new dwellings would be 0/15/15 unconstrained
    p = ts.propose_split(
        30,
        _counts(100, 0, 0),
        THIRDS,
        min_shares={"äganderätt": 60},
        max_shares={"bostadsrätt": 20},
    )
    assert p.proposed == _counts(0, 6, 24)  # b ≤ 6 (20 % of 30), a ≥ 18 (60 %): a = 24
    assert "äganderätt ≥ 60 % (18 dwellings)" in p.reason
    assert "bostadsrätt ≤ 20 % (6 dwellings)" in p.reason
    with pytest.raises(InputError, match="The maximum share of äganderätt is 130 %"):
        ts.propose_split(30, _counts(1, 1, 1), THIRDS, max_shares={"äganderätt": 130})
    with pytest.raises(InputError, match="The minimum share of hyresrätt is -5 %"):
        ts.propose_split(30, _counts(1, 1, 1), THIRDS, min_shares={"hyresrätt": -5})
