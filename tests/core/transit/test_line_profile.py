"""Line profile: the route's typical stop pattern and the areas around each stop, by hand.

Stop P0 at (0, 0) sits on the border of area L = [−1000, 0] × [−1000, 1000] (income 100,
1,000 residents, type 1) and area R = [0, 1000] × [−1000, 1000] (income 200, 3,000
residents, type 4); stop P1 at (2000, 0) lies inside area F = [1500, 2500] × [−1000, 1000]
(income 50, 500 residents, type 5). With a 500 m catchment each half circle is
π · 0.5² / 2 = 0.3927 km² of a 2 km² area:

- P0: L weighs 1000 · 0.3927 / 2 = 196.3, R 3000 · 0.3927 / 2 = 589.0 residents;
  income (196.3 · 100 + 589.0 · 200) / 785.4 = 175; most residents in type 4; 25 % in
  type 1–2 areas. By surface alone the income would be 150.
- P1: F weighs 500 · 0.7854 / 2 = 196.3; income 50, type 5.
"""

from __future__ import annotations

import math
from datetime import date

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import line_profile as lp
from tests.helpers.transit_feeds import ORIGIN, make_feed, stops_txt

X0, Y0 = ORIGIN


def areas():
    return gpd.GeoDataFrame(
        {"income": [100.0, 200.0, 50.0], "folk": [1000, 3000, 500], "area_type": [1, 4, 5]},
        geometry=[
            box(X0 - 1000, Y0 - 1000, X0, Y0 + 1000),
            box(X0, Y0 - 1000, X0 + 1000, Y0 + 1000),
            box(X0 + 1500, Y0 - 1000, X0 + 2500, Y0 + 1000),
        ],
        crs="EPSG:3006",
    )


STOPS_X = np.array([X0, X0 + 2000.0])
STOPS_Y = np.array([Y0, Y0])


def test_catchment_weighted_by_residents_from_a_field():
    out = lp.catchment_statistics(STOPS_X, STOPS_Y, areas(), ["income"], 500, "area_type", "folk")
    half = math.pi * 0.25 / 2
    assert out["residents"].tolist() == [round(4000 * half / 2), round(500 * 2 * half / 2)]
    assert out["income"].tolist() == pytest.approx([175.0, 50.0], abs=0.01)
    assert out["area_type"].tolist() == [4, 5]
    assert out["pct_type_12"].tolist() == [25.0, 0.0]
    assert out["areas"].tolist() == [2, 1]


def test_catchment_by_surface_without_population():
    out = lp.catchment_statistics(STOPS_X, STOPS_Y, areas(), ["income"], 500)
    assert "residents" not in out.columns
    assert out["income"].tolist() == pytest.approx([150.0, 50.0], abs=0.01)


def test_catchment_from_residents_points():
    import pandas as pd

    points = pd.DataFrame(
        {
            "x": [X0 - 100, X0 + 100, X0 + 700, X0 + 2100],
            "y": [Y0, Y0, Y0, Y0],
            "pop": [10.0, 30.0, 1000.0, 5.0],
            "area": [0, 1, 1, 2],
        }
    )
    out = lp.catchment_statistics(
        STOPS_X, STOPS_Y, areas(), ["income"], 500, "area_type", points=points
    )
    # P0: 10 people in L and 30 in R (the 1,000 at 700 m are outside); P1: 5 in F
    assert out["residents"].tolist() == [40, 5]
    assert out["income"].tolist() == pytest.approx([(10 * 100 + 30 * 200) / 40, 50.0])


def test_non_numeric_field_is_refused():
    frame = areas().assign(name=["a", "b", "c"])
    with pytest.raises(InputError, match="'name' has 3 values that cannot be read as a number"):
        lp.catchment_statistics(STOPS_X, STOPS_Y, frame, ["name"], 500)
    with pytest.raises(InputError, match="no field 'nope'"):
        lp.catchment_statistics(STOPS_X, STOPS_Y, frame, ["nope"], 500)


def line_feed(tmp_path):
    return make_feed(
        tmp_path,
        stops=stops_txt(
            ("A", 0, 0),
            ("B", 1000, 0),
            ("C", 2000, 0),
            ("D", 3000, 0),
            ("ST", 1000, 50, "1", ""),
            ("B2", 1000, 60, "", "ST"),
        ),
        routes="route_id,route_short_name,route_long_name,route_type,route_color\nM1,T1,Red line,1,E2231A\n",
        trips=(
            "route_id,service_id,trip_id,direction_id\n"
            "M1,WK,a,0\nM1,WK,b,0\nM1,WK,c,0\nM1,WK,s,0\nM1,WK,r,1\n"
        ),
        stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "".join(
            f"{t},0{h}:0{i}:00,0{h}:0{i}:00,{s},{i + 1}\n"
            for t, h in zip("abc", (6, 7, 8))
            for i, s in enumerate(["A", "B2", "C", "D"])
        )
        + "s,09:00:00,09:00:00,A,1\ns,09:01:00,09:01:00,B2,2\n"
        + "r,06:00:00,06:00:00,D,1\nr,06:01:00,06:01:00,A,2\n",
    )


def test_route_pattern_is_the_most_common_and_grouped_to_stations(tmp_path):
    feed = line_feed(tmp_path)
    route = lp.find_route(feed, "T1")
    assert route == lp.find_route(feed, "m1") == 0
    pattern = lp.route_pattern(feed, route, 0, date(2022, 10, 12))
    assert pattern["stop_id"].tolist() == ["A", "ST", "C", "D"]
    assert pattern["trips"].tolist() == [4, 4, 3, 3]
    assert pattern["seq"].tolist() == [1, 2, 3, 4]
    back = lp.route_pattern(feed, route, 1)
    assert back["stop_id"].tolist() == ["D", "A"]
    with pytest.raises(InputError, match="has no trips"):
        lp.route_pattern(feed, route, 0, date(2022, 10, 16))
    with pytest.raises(InputError, match="no route 'X9'.*M1 \\(T1\\)"):
        lp.find_route(feed, "X9")


def test_along_km():
    assert lp.along_km([0, 3000, 3000], [0, 0, 4000]).tolist() == [0.0, 3.0, 7.0]


def test_chart_is_written(tmp_path):
    import pandas as pd

    profile = pd.DataFrame(
        {
            "stop_name": ["A", "B", "C"],
            "income": [100.0, 175.0, 50.0],
            "area_type": pd.array([1, 4, None], "Int64"),
        }
    )
    colours = {1: "#b2182b", 2: "#ef8a62", 3: "#fddbc7", 4: "#67a9cf", 5: "#2166ac"}
    path = lp.profile_chart(
        profile,
        ["income"],
        tmp_path / "chart.png",
        "T1 Red line",
        "#E2231A",
        "note",
        type_colours=colours,
    )
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    with pytest.raises(InputError, match="at least one"):
        lp.profile_chart(profile, [], tmp_path / "none.png", "T1", type_colours=colours)


# --- shares through their bases ------------------------------------------------------------------
def counted_areas():
    """L, R and F with a share and its base, and a pair of counts:

    | area | residents | low_pct | low_base | unemployed | p16_64 |
    | L    | 1000      | 40      | 800      | 60         | 600    |
    | R    | 3000      | 10      | 1200     | 90         | 1800   |
    | F    | 500       | 20      | 400      | 10         | 300    |
    """
    return areas().assign(
        low_pct=[40.0, 10.0, 20.0],
        low_base=[800, 1200, 400],
        unemployed=[60, 90, 10],
        p16_64=[600, 1800, 300],
    )


SHARES = [("low_pct", "low_base")]
RATIOS = [("unemployed", "p16_64", "pct_unemployed")]


def test_shares_of_whole_areas_are_sums_of_numerators_over_denominators():
    """A 5 km catchment holds L, R and F whole: low 100 · (320 + 120 + 80) / (800 + 1200 +
    400) = 21.67 %; unemployed 100 · 160 / 2700 = 5.93 %; 160 unemployed."""
    out = lp.catchment_statistics(
        np.array([X0]),
        np.array([Y0]),
        counted_areas(),
        ["income"],
        5000,
        population_field="folk",
        counts=["unemployed"],
        shares=SHARES,
        ratios=RATIOS,
    )
    assert out["areas"].tolist() == [3]
    assert out["pct_unemployed"].tolist() == [pytest.approx(100 * 160 / 2700, abs=0.005)]
    assert out["unemployed"].tolist() == [160.0]
    assert out["low_pct"].tolist() == [pytest.approx(100 * 520 / 2400, abs=0.005)]
    assert out["income"].tolist() == [
        pytest.approx((100 * 1000 + 200 * 3000 + 50 * 500) / 4500, abs=0.005)
    ]


def test_shares_through_their_bases_in_part_areas():
    """P0 takes half of L and R (each 0.1963 of its area), P1 0.3927 of F. The share of low
    economic standard at P0 is 100 · (0.4 · 800 + 0.1 · 1200) / (800 + 1200) = 22.0 % — the
    residents-weighted mean of the shares would say (40 · 1000 + 10 · 3000) / 4000 = 17.5 %."""
    out = lp.catchment_statistics(
        STOPS_X,
        STOPS_Y,
        counted_areas(),
        [],
        500,
        population_field="folk",
        counts=["unemployed"],
        shares=SHARES,
        ratios=RATIOS,
    )
    part = math.pi * 0.25 / 2 / 2
    assert out["low_pct"].tolist() == pytest.approx([22.0, 20.0], abs=0.005)
    assert out["pct_unemployed"].tolist() == pytest.approx([6.25, 100 * 10 / 300], abs=0.005)
    assert out["unemployed"].tolist() == pytest.approx(
        [150 * part, 10 * 2 * part],
        abs=0.1,  # the circle is a polygon of 128 sides
    )
    averaged = lp.catchment_statistics(
        STOPS_X, STOPS_Y, counted_areas(), ["low_pct"], 500, population_field="folk"
    )
    assert averaged["low_pct"].tolist()[0] == pytest.approx(17.5, abs=0.005)


def test_shares_with_residents_from_a_raster_use_each_areas_part():
    """Raster residents: L has 10 of its 100 inside P0's circle (part 0.1), R all its 30
    (part 1): 100 · (0.4 · 800 · 0.1 + 0.1 · 1200) / (800 · 0.1 + 1200) = 11.88 %."""
    import pandas as pd

    points = pd.DataFrame(
        {
            "x": [X0 - 100, X0 - 800, X0 + 100],
            "y": [Y0, Y0, Y0],
            "pop": [10.0, 90.0, 30.0],
            "area": [0, 0, 1],
        }
    )
    out = lp.catchment_statistics(
        STOPS_X[:1], STOPS_Y[:1], counted_areas(), [], 500, points=points, shares=SHARES
    )
    assert out["low_pct"].tolist() == [pytest.approx(100 * 152 / 1280, abs=0.006)]
    assert out["residents"].tolist() == [40]


def test_a_suppressed_count_leaves_the_sum_empty_and_the_share_from_the_other_areas():
    frame = counted_areas().assign(unemployed=[60, "..", 10])
    warnings = []
    out = lp.catchment_statistics(
        STOPS_X,
        STOPS_Y,
        frame,
        [],
        500,
        population_field="folk",
        warn=warnings.append,
        counts=["unemployed"],
        ratios=RATIOS,
    )
    assert np.isnan(out["unemployed"].iat[0]) and out["unemployed"].iat[1] > 0
    assert out["pct_unemployed"].iat[0] == pytest.approx(10.0)  # L alone: 60 / 600
    assert any("'unemployed': at 1 stops" in w and "left empty" in w for w in warnings)
    assert any("'pct_unemployed': at 1 stops" in w and "other areas" in w for w in warnings)


def test_a_column_twice_and_a_missing_base_are_refused():
    with pytest.raises(InputError, match="'low_pct' twice"):
        lp.catchment_statistics(STOPS_X, STOPS_Y, counted_areas(), ["low_pct"], 500, shares=SHARES)
    with pytest.raises(InputError, match="no field 'bas'"):
        lp.catchment_statistics(
            STOPS_X, STOPS_Y, counted_areas(), [], 500, shares=[("low_pct", "bas")]
        )


@pytest.mark.parametrize("with_points", [False, True])
def test_no_area_within_the_radius_gives_empty_statistics(with_points):
    import pandas as pd

    far_x, far_y = np.array([X0 + 50_000.0]), np.array([Y0])
    points = (
        pd.DataFrame({"x": [X0], "y": [Y0], "pop": [5.0], "area": [0]}) if with_points else None
    )
    out = lp.catchment_statistics(
        far_x,
        far_y,
        counted_areas(),
        ["income"],
        800,
        "area_type",
        None if with_points else "folk",
        points,
        counts=["unemployed"],
        shares=SHARES,
    )
    assert out["areas"].tolist() == [0] and out["residents"].tolist() == [0]
    assert out[["income", "low_pct"]].isna().all().all()
    assert out["area_type"].isna().all()


def test_empty_areas_and_areas_without_geometry_give_empty_statistics():
    empty = counted_areas().iloc[0:0]
    out = lp.catchment_statistics(STOPS_X, STOPS_Y, empty, ["income"], 500, "area_type", "folk")
    assert out["areas"].tolist() == [0, 0] and out["income"].isna().all()
    blank = counted_areas().set_geometry([None, None, None], crs="EPSG:3006")
    out = lp.catchment_statistics(STOPS_X, STOPS_Y, blank, ["income"], 500, shares=SHARES)
    assert out["areas"].tolist() == [0, 0] and out["low_pct"].isna().all()


def test_catchments_can_be_cancelled():
    from segregation_plugin.core.common.errors import Cancelled
    from segregation_plugin.core.common.progress import Progress

    with pytest.raises(Cancelled):
        lp.catchment_statistics(
            STOPS_X,
            STOPS_Y,
            counted_areas(),
            ["income"],
            500,
            progress=Progress(is_cancelled=lambda: True),
        )


def test_route_without_direction_id_gets_directions_from_its_stops(tmp_path):
    feed = make_feed(
        tmp_path,
        stops=stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0)),
        routes="route_id,route_short_name,route_type\nM1,T1,1\n",
        trips="route_id,service_id,trip_id\nM1,WK,a\nM1,WK,b\nM1,WK,r\n",
        stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "".join(
            f"{t},08:0{i}:00,08:0{i}:00,{s},{i + 1}\n"
            for t, stops in (("a", "ABC"), ("b", "ABC"), ("r", "CBA"))
            for i, s in enumerate(stops)
        ),
    )
    out = lp.route_pattern(feed, 0, 0, date(2022, 10, 12))
    back = lp.route_pattern(feed, 0, 1, date(2022, 10, 12))
    assert out["stop_id"].tolist() == ["A", "B", "C"] and out["trips"].tolist() == [2, 2, 2]
    assert back["stop_id"].tolist() == ["C", "B", "A"] and back["trips"].tolist() == [1, 1, 1]
    assert out.attrs["directions"] == "inferred"
