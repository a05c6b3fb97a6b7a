"""stop_times.txt read from its bytes gives what the general reader gives, and hands any
file that is not plain back to it."""

from __future__ import annotations

import pytest

from segregation_plugin.core.transit import (
    gtfs_background,
    gtfs_feed,
    gtfs_stop_times_read,
    gtfs_tables,
)
from segregation_plugin.core.transit.gtfs_tables import FeedFiles
from tests.helpers.transit_feeds import write_feed

TRIPS = "route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR1,WK,trip number 2,1\n"
PLAIN = (
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence,stop_headsign\r\n"
    "t1,8:00:00,8:00:00,A,1,Ö\r\n"
    "t1,,,B,2,\r\n"  # no time: interpolated to 08:15
    "t1,08:30:00,08:31:00,C,3,x\r\n"
    "trip number 2,24:59:00,25:00:00,C,10,\r\n"
    "trip number 2,25:20:00,25:20:00,A,12,"  # no line end at the end
)


def _both(tmp_path, stop_times, monkeypatch):
    path = write_feed(tmp_path, trips=TRIPS, stop_times=stop_times)
    plain = gtfs_stop_times_read.read_stop_times(FeedFiles(path))
    fast = gtfs_feed.read_feed(path)
    monkeypatch.setattr(gtfs_background, "read_stop_times", lambda *args, **kw: None)
    general = gtfs_feed.read_feed(path)
    return plain, fast, general


def test_plain_file_reads_as_the_general_reader_does(tmp_path, monkeypatch):
    plain, fast, general = _both(tmp_path, PLAIN, monkeypatch)
    assert plain is not None  # read from its bytes
    assert list(plain["arrival_time"][:3].fillna(-1)) == [8 * 3600, -1, 8 * 3600 + 1800]
    assert list(plain["trip_id"].astype(str)) == ["t1"] * 3 + ["trip number 2"] * 2
    assert fast.stop_times.equals(general.stop_times)
    st = fast.stop_times
    assert list(st["departure"]) == [28800, 29700, 30660, 90000, 91200]
    assert list(st["stop_sequence"]) == [1, 2, 3, 10, 12]


@pytest.mark.parametrize(
    "change",
    [
        ("t1,08:30:00", '"t1",08:30:00'),  # a quoted value
        ("t1,8:00:00,8:00:00,A,1", "t1, 8:00:00,8:00:00,A,1"),  # a space before a value
        ("C,3,x", "C,3,x,extra"),  # a row with another number of fields
        ("24:59:00", "24:59"),  # a time in another form
        ("24:59:00", "124:59:00"),  # three digits of hours
        ("08:31:00", "08:61:00"),  # a minute past 59 (the general reader names the line)
        ("C,3,x", "C,123456789,x"),  # a stop_sequence of nine digits
        ("C,3,x", "C,+3,x"),  # a sign
        ("A,1,Ö", "A,1,Ö\0"),  # a zero byte, even in a column not read
    ],
)
def test_files_that_are_not_plain_go_to_the_general_reader(tmp_path, monkeypatch, change):
    text = PLAIN.replace(*change)
    path = write_feed(tmp_path, trips=TRIPS, stop_times=text)
    assert gtfs_stop_times_read.read_stop_times(FeedFiles(path)) is None


@pytest.mark.parametrize("column", ["stop_headsign", "stop_id"])
def test_text_that_is_not_utf8_goes_to_the_general_reader(tmp_path, column):
    """In a column read (stop_id) or not (stop_headsign): the general reader decodes the
    whole file and names it, so the bytes reader must not read such a file either."""
    old = {"stop_headsign": "A,1,Ö", "stop_id": "t1,,,B,2,"}[column]
    new = {"stop_headsign": "A,1,Ö", "stop_id": "t1,,,Bå,2,"}[column]
    path = write_feed(tmp_path, as_zip=False, trips=TRIPS, stop_times=PLAIN)
    stop_times = path / "stop_times.txt"
    assert old.encode() in stop_times.read_bytes()
    stop_times.write_bytes(stop_times.read_bytes().replace(old.encode(), new.encode("latin-1"), 1))
    assert gtfs_stop_times_read.read_stop_times(FeedFiles(path)) is None
    with pytest.raises(gtfs_tables.InputError) as caught:
        gtfs_feed.read_feed(path)
    assert "stop_times.txt" in str(caught.value)


def test_blocks_join_to_the_same_categories(tmp_path, monkeypatch):
    """Tiny blocks: every few lines a new block, ids seen in several blocks."""
    monkeypatch.setattr(gtfs_tables, "CHUNK_ROWS", 1)  # blocks of 160 bytes
    lines = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    trips = ["route_id,service_id,trip_id,direction_id"]
    for t in range(30):
        trips.append(f"R1,WK,T{t},0")
        for k, stop in enumerate("ABC"):
            lines.append(
                f"T{t},{6 + t // 6:02d}:{10 * k:02d}:00,{6 + t // 6:02d}:{10 * k:02d}:30,{stop},{k + 1}"
            )
    path = write_feed(tmp_path, trips="\n".join(trips) + "\n", stop_times="\n".join(lines) + "\n")
    plain = gtfs_stop_times_read.read_stop_times(FeedFiles(path))
    assert plain is not None and len(plain) == 90
    assert sorted(plain["stop_id"].cat.categories) == ["A", "B", "C"]
    assert plain["departure_time"].iloc[-1] == 10 * 3600 + 20 * 60 + 30
    fast = gtfs_feed.read_feed(path)
    monkeypatch.setattr(gtfs_background, "read_stop_times", lambda *args, **kw: None)
    assert fast.stop_times.equals(gtfs_feed.read_feed(path).stop_times)


def test_ids_that_share_their_first_bytes_stay_apart(tmp_path, monkeypatch):
    """Trip and stop ids longer than one 8-byte word, equal but for their last byte, and
    rows of one trip after each other (a run) or apart."""
    trips = "route_id,service_id,trip_id,direction_id\n"
    trips += "".join(f"R1,WK,{t},0\n" for t in ("Trip-0001-a", "Trip-0001-b", "Trip-0001"))
    lines = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for t in ("Trip-0001-b", "Trip-0001", "Trip-0001-a"):
        for k, stop in enumerate(("Centralstation-1", "Centralstation-2", "Centralstation")):
            lines.append(f"{t},07:{10 * k:02d}:00,07:{10 * k:02d}:00,{stop},{k + 1}")
    stops = "stop_id,stop_name,stop_lat,stop_lon\n"
    stops += "".join(
        f"{s},{s},59.33,18.0{k}\n"
        for k, s in enumerate(("Centralstation", "Centralstation-1", "Centralstation-2"))
    )
    path = write_feed(tmp_path, trips=trips, stops=stops, stop_times="\n".join(lines) + "\n")
    plain = gtfs_stop_times_read.read_stop_times(FeedFiles(path))
    assert plain is not None
    assert list(plain["trip_id"].astype(str)) == [
        t for t in ("Trip-0001-b", "Trip-0001", "Trip-0001-a") for _ in range(3)
    ]
    assert list(plain["stop_id"].cat.categories) == [
        "Centralstation-1",
        "Centralstation-2",
        "Centralstation",
    ]
    fast = gtfs_feed.read_feed(path)
    monkeypatch.setattr(gtfs_background, "read_stop_times", lambda *args, **kw: None)
    general = gtfs_feed.read_feed(path)
    assert fast.stop_times.equals(general.stop_times)
    # trips.txt lists the trips in another order than stop_times: positions by id (the
    # timetable is sorted by trips.txt's order)
    st = fast.stop_times
    assert list(fast.trips["trip_id"].to_numpy()[st["trip"].to_numpy()][::3]) == [
        "Trip-0001-a",
        "Trip-0001-b",
        "Trip-0001",
    ]
    assert list(fast.stops["stop_id"].to_numpy()[st["stop"].to_numpy()][:3]) == [
        "Centralstation-1",
        "Centralstation-2",
        "Centralstation",
    ]


@pytest.mark.parametrize("name", ["cairns_gtfs.zip", "sample_gtfs.zip"])
def test_real_feeds_read_from_their_bytes_as_the_general_reader_does(
    shared_data, monkeypatch, name
):
    path = shared_data / "gtfs" / name
    plain = gtfs_stop_times_read.read_stop_times(FeedFiles(path))
    fast = gtfs_feed.read_feed(path)
    monkeypatch.setattr(gtfs_background, "read_stop_times", lambda *args, **kw: None)
    general = gtfs_feed.read_feed(path)
    assert plain is not None  # both real feeds are plain
    assert len(fast.stop_times) == len(general.stop_times) > 0
    assert fast.stop_times.equals(general.stop_times)
    assert fast.trips.equals(general.trips) and fast.stops.equals(general.stops)


@pytest.mark.parametrize("n", [1, 127, 128, 40_000])
def test_categories_made_without_a_second_check_equal_pandas_own(n):
    """The ids' categorical, made without pandas checking again that the categories are
    distinct, equals pd.Categorical.from_codes: values, categories and the codes' width."""
    import numpy as np
    import pandas as pd

    from segregation_plugin.core.transit import gtfs_id_words

    categories = pd.Index([f"S{i}" for i in range(n)], dtype=object)
    codes = np.random.default_rng(n).integers(0, n, 500).astype(np.int32)
    made = gtfs_id_words._categorical(codes, categories)
    expected = pd.Categorical.from_codes(codes, categories=categories)
    assert made.equals(expected)
    assert made.codes.dtype == expected.codes.dtype
    assert list(made.categories) == list(expected.categories)
    assert pd.Series(made).value_counts().equals(pd.Series(expected).value_counts())
