"""stops.txt: coordinates that cannot be right are named and left out, stops without
coordinates take their station's, and a feed whose coordinates are mostly wrong is refused.

The base feed (tests/helpers/transit_feeds.py) runs trip t1 on weekdays through A, B, C in
central Stockholm at 08:00, 08:10, 08:20. Here t1 goes on to a fourth stop Z at 08:30 and
Z's coordinates are broken in turn; 2022-10-12 is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import quality_classes as qc
from segregation_plugin.core.transit import transit_access as ta
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import ORIGIN, make_feed, stops_txt

WED = date(2022, 10, 12)
H = 3600
TO_Z = (
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
    "t1,08:00:00,08:00:00,A,1\nt1,08:10:00,08:10:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
    "t1,08:30:00,08:30:00,Z,4\nt1,08:40:00,08:40:00,A,5\n"
    "t2,09:00:00,09:00:00,A,1\nt2,09:10:00,09:10:00,B,2\nt2,09:20:00,09:20:00,C,3\n"
)
ABC = stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0))
LAT_A, LON_A = (float(v) for v in ABC.splitlines()[1].split(",")[2:4])


def feed_with_z(tmp_path, z_line):
    return make_feed(tmp_path, stops=ABC + z_line + "\n", stop_times=TO_Z)


def departures(feed, group_stations=True):
    window = ServiceWindow(WED, 0, 24 * H)
    table = ts.stop_service(feed, window, group_stations=group_stations)
    return dict(zip(table["stop_id"], table["departures"]))


def coordinate_warnings(feed):
    return [p["problem"] for p in feed.problems if p["file"] == "stops"]


@pytest.mark.parametrize(
    "z_line, words",
    [
        ("Z,Null island,0,0", "coordinates 0, 0"),
        ("Z,Too far north,95.1,18.1", "outside −90…90"),
        (f"Z,Swapped,{LON_A:.6f},{LAT_A:.6f}", "latitude and longitude swapped"),
        # a digit lost: 5.93 instead of 59.3, some 6,000 km south
        (
            f"Z,Typo,{LAT_A / 10:.6f},{LON_A:.6f}",
            "more than 500 km from the middle of the feed's stops",
        ),
    ],
)
def test_implausible_stop_is_named_and_left_out_of_maps(tmp_path, z_line, words):
    feed = feed_with_z(tmp_path, z_line)
    (warning,) = coordinate_warnings(feed)
    assert words in warning
    assert "1 stop has" in warning and "Z (line 5:" in warning
    assert "left out of the map layers" in warning
    z = feed.stops.set_index("stop_id").loc["Z"]
    assert np.isnan(z["stop_lat"]) and np.isnan(z["stop_lon"])
    # its departure still counts; A, B, C count as before (A twice: 08:00 and 08:40 is last)
    assert departures(feed) == {"A": 1, "B": 1, "C": 1, "Z": 1}
    # the class areas lie around A, B and C in Stockholm, none in the ocean
    window = ServiceWindow(WED, 6 * H, 20 * H)
    table, _ = qc.stop_categories(feed, ts.stop_events(feed, window), window.minutes)
    points = ts.as_points(table, "EPSG:3006")
    assert sorted(points["stop_id"]) == ["A", "B", "C"]
    x, y = points.geometry.x.to_numpy(), points.geometry.y.to_numpy()
    polygons = qc.class_polygons(x, y, np.ones(len(x), int), "EPSG:3006")  # category I: 1 km
    west, south, east, north = polygons.total_bounds
    assert ORIGIN[0] - 1001 <= west and east <= ORIGIN[0] + 3001
    assert ORIGIN[1] - 1001 <= south and north <= ORIGIN[1] + 1001


def test_stop_without_coordinates_takes_its_stations_or_is_named(tmp_path):
    stops = stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0), ("S", 0, 500, "1", ""))
    stops += "P,Platform,,,0,S\nZ,Nowhere,,,,\n"
    times = TO_Z.replace(",B,2\n", ",P,2\n", 1)  # t1 calls at platform P instead of B
    feed = make_feed(tmp_path, stops=stops, stop_times=times)
    rows = feed.stops.set_index("stop_id")
    assert rows.loc["P", ["stop_lat", "stop_lon"]].tolist() == pytest.approx(
        rows.loc["S", ["stop_lat", "stop_lon"]].tolist()
    )
    (warning,) = coordinate_warnings(feed)
    assert warning.startswith("1 stop with departures has no coordinates")
    assert "Z Nowhere (line 7)" in warning and "left out of the map layers" in warning
    assert departures(feed, group_stations=False) == {"A": 1, "B": 0, "C": 1, "P": 1, "Z": 1}
    # departures near A: A's own (08:00, t2 09:00) — Z, without a position, is near nothing
    x, y = ts.stops_xy(feed, "EPSG:3006")
    within = ta.departures_within(
        np.array([ORIGIN[0]]), np.array([ORIGIN[1]]), x, y, np.ones(len(x)), radii=(400,)
    )
    assert within[400].tolist() == [1.0]  # only A (S and P at 500 m)


def test_whole_file_with_latitude_and_longitude_swapped_is_refused(tmp_path):
    swapped = "stop_id,stop_name,stop_lat,stop_lon\n" + "".join(
        f"{s},Stop {s},{18.06 + i / 100:.4f},{59.33:.4f}\n" for i, s in enumerate("ABC")
    )
    with pytest.raises(InputError, match=r"latitude and longitude look swapped in the whole"):
        make_feed(tmp_path / "se", stops=swapped)
    # outside Sweden: Sydney's -33.87, 151.21 written the other way round is no latitude
    sydney = "stop_id,stop_name,stop_lat,stop_lon\n" + "".join(
        f"{s},Stop {s},{151.2 + i / 100:.4f},-33.87\n" for i, s in enumerate("ABC")
    )
    with pytest.raises(InputError, match=r"stops\.txt: latitude and longitude look swapped"):
        make_feed(tmp_path / "au", stops=sydney)


def test_mostly_implausible_coordinates_are_refused(tmp_path):
    stops = "stop_id,stop_name,stop_lat,stop_lon\nA,A,0,0\nB,B,0,0\nC,C,59.3,18.0\n"
    with pytest.raises(InputError, match=r"2 of 3 stops have coordinates that cannot be right"):
        make_feed(tmp_path, stops=stops)


def test_real_extent_is_kept(tmp_path):
    """Stops 200 km out, or a second town 600 km away, are part of the feed: none left out."""
    region = stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0), ("Far", 150_000, -150_000))
    feed = make_feed(tmp_path / "region", stops=region)
    assert coordinate_warnings(feed) == []
    home = [(f"H{i}", 100 * i, 0) for i in range(10)]
    away = [(f"M{i}", 100 * i, -600_000) for i in range(8)]
    two_towns = stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0), *home, *away)
    feed = make_feed(tmp_path / "towns", stops=two_towns)
    assert coordinate_warnings(feed) == []
    assert feed.stops["stop_lat"].notna().all()
