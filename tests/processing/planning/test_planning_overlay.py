"""segregation:planningoverlay through Processing, on hand-made layers worked out by hand:
overlapping plan polygons, a plan polygon outside every area, quality classes that overlap,
a planned project inside two plan polygons, and the rentals to the kommun's share.

Areas (planning_layers.deso_layer), 100 m squares: A = 0114A0010 (x 0–100, type 1, 1,000
residents, 100 hyresrätt), B = 0114C1020 (x 100–200, type 5, 3,000 residents, 0/60/140),
C = 0114C1030 (suppressed), D = 0115A0010. Plans: PA x 40–150 (60 % of A, 50 % of B),
PB x 0–100 (all of A, overlapping PA), PC x 100–200 (all of B), PD far away.
"""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsProcessingException

from tests.helpers.layers import memory_layer, rows_by, snapshot, square
from tests.helpers.planning_layers import deso_layer, projects_layer


def rect(x0, x1):
    return f"POLYGON(({x0} 0,{x1} 0,{x1} 100,{x0} 100,{x0} 0))"


@pytest.fixture
def layers(project_layers):
    areas = project_layers(deso_layer())
    plans = project_layers(
        memory_layer(
            "Polygon",
            {"plan": str, "namn": str},
            [
                (rect(40, 150), {"plan": "PA", "namn": "Stationsområdet"}),
                (rect(0, 100), {"plan": "PB", "namn": "Centrum"}),
                (rect(100, 200), {"plan": "PC", "namn": "Villastaden"}),
                (square(9000, 9000), {"plan": "PD", "namn": "Ute"}),
            ],
        )
    )
    quality = project_layers(
        memory_layer(
            "Polygon",
            {"quality_class": str},
            [(rect(0, 120), {"quality_class": "B"}), (rect(0, 60), {"quality_class": "A"})],
        )
    )
    projects = project_layers(
        projects_layer([("POINT(75 50)", "P1", 20, 0, 0, 2026, "kommun", "byggstart")])
    )
    return areas, plans, quality, projects


def overlay(run_alg, layers, **params):
    areas, plans, quality, projects = layers
    base = {
        "PLANS": plans,
        "PLAN_KEY": "plan",
        "AREAS": areas,
        "POP_FIELD": "folk",
        "QUALITY": quality,
        "PROJECTS": projects,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "TABLE": "TEMPORARY_OUTPUT",
    }
    return run_alg("planningoverlay", {**base, **params})


def test_planning_table_by_hand(run_alg, layers):
    before = [snapshot(layer) for layer in layers]
    result = overlay(run_alg, layers)
    rows = rows_by(result["OUTPUT"], "plan")
    pa, pb, pc, pd = (rows[k] for k in ("PA", "PB", "PC", "PD"))
    # residents by land area: 60 % of A's 1,000 (type 1) and 50 % of B's 3,000 (type 5)
    assert pa["residents"] == pytest.approx(2100)
    assert (pa["residents_type_1"], pa["residents_type_5"]) == pytest.approx((600, 1500))
    # overlapping PB gets its full result: all of A
    assert (pb["residents"], pb["residents_type_1"]) == pytest.approx((1000, 1000))
    # classes: A over x 0–60, B over 0–120 (A wins where they overlap); PA is 110 m wide
    assert pa["share_class_A"] == pytest.approx(20 / 110 * 100)
    assert pa["share_class_B"] == pytest.approx(60 / 110 * 100)
    assert pa["share_no_class"] == pytest.approx(30 / 110 * 100)
    assert (pa["best_class"], pc["best_class"]) == ("A", "B")
    # today's dwellings shared out like land area: 0.6·(100,0,0) + 0.5·(0,60,140)
    assert (pa["dwellings_hyresratt"], pa["dwellings_bostadsratt"]) == pytest.approx((60, 30))
    assert pa["dwellings_aganderatt"] == pytest.approx(70)
    # after P1 (20 hyresrätt in A): A is 120/0/0, so PA gets 72 hyresrätt
    assert pa["projected_dwellings_hyresratt"] == pytest.approx(72)
    # P1 lies in both PA and PB: each counts it
    assert (pa["planned_hyresratt"], pb["planned_hyresratt"], pc["planned_total"]) == (20, 20, 0)
    # rentals: kommun 0114 is 100/60/140 (C left out) → 33.3 % hyresrätt. PC (all of B,
    # 0 of 200 rentals) needs x with x / (200 + x) ≥ 1/3: x = 100. PA has 72 / 172 already.
    assert pc["main_area"] == "0114C1020" and pc["reference_kommun"] == "0114"
    assert pc["kommun_share_hyresratt"] == pytest.approx(100 / 3)
    assert pc["rentals_to_kommun_share"] == 100
    assert pa["main_area"] == "0114A0010" and pa["rentals_to_kommun_share"] == 0
    # PD lies outside every area: it stays, with a note
    assert pd["plan_note"] == "outside every area" and pd["residents"] == NULL
    assert result["TABLE"].featureCount() == 4 and result["TABLE"].wkbType() == 100
    assert [snapshot(layer) for layer in layers] == before


def test_without_population_types_or_tenure(run_alg, project_layers):
    areas = project_layers(
        memory_layer("Polygon", {"desokod": str}, [(square(0, 0), {"desokod": "0114A0010"})])
    )
    plans = project_layers(memory_layer("Polygon", {"plan": str}, [(rect(0, 50), {"plan": "P"})]))
    result = run_alg(
        "planningoverlay",
        {"PLANS": plans, "AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    row = next(result["OUTPUT"].getFeatures())
    names = result["OUTPUT"].fields().names()
    assert row["share_in_areas"] == pytest.approx(100) and row["plan_area_km2"] == 0.005
    assert "residents" not in names and "dominant_tenure" not in names


def test_a_wrong_quality_class_field_is_named(run_alg, layers):
    with pytest.raises(QgsProcessingException, match="no field 'klass'"):
        overlay(run_alg, layers, CLASS_FIELD="klass")


def table_rows(layer) -> list:
    return [(f.attributes(), f.geometry().asWkt(6)) for f in layer.getFeatures()]


def test_with_the_code_field_chosen_only_the_fields_used_are_read(run_alg, layers):
    """With AREA_KEY the table reads the areas' code, type, population and dwelling fields
    only (not regsokod, nor the forty fields of the tenure mix): the same table, field for
    field, as when every field is read (the code field found from the values)."""
    areas, *_ = layers
    mix = run_alg("tenuremix", {"INPUT": areas, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    for source in (areas, mix):
        every = overlay(run_alg, (source, *layers[1:]))
        chosen = overlay(run_alg, (source, *layers[1:]), AREA_KEY="desokod")
        assert table_rows(chosen["OUTPUT"]) == table_rows(every["OUTPUT"])
        pa = rows_by(chosen["OUTPUT"], "plan")["PA"]
        assert pa["residents"] == pytest.approx(2100) and pa["dwellings_hyresratt"] == 60


def test_a_population_field_not_in_the_areas_is_named_with_all_their_fields(run_alg, layers):
    with pytest.raises(QgsProcessingException, match="no field 'folkmangd'.*regsokod"):
        overlay(run_alg, layers, AREA_KEY="desokod", POP_FIELD="folkmangd")
