"""trips, stops, routes and the calendars read from their bytes give the frame pandas'
reader gives, and any file that is not plain goes to pandas; stop_times.txt inflated
straight from the zip gives zipfile's bytes, and a damaged one is refused."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest

from segregation_plugin.core.transit import gtfs_feed, gtfs_inflate, gtfs_tables
from segregation_plugin.core.transit.gtfs_tables import FeedFiles
from tests.helpers.transit_feeds import write_feed

LONG = "Resecentrum via Östra sjukhuset och Kungsbacka station till Hede (ersätter 701)"
TRIPS = (
    "route_id,service_id,trip_id,trip_headsign,direction_id,shape_id\r\n"
    "R2,WK,t1,Centrum,0,s1\r\n"
    "R1,WK,t2,,1,s1\r\n"  # no headsign
    f"R1,SAT,trip 3,{LONG},,s2\r\n"  # a headsign longer than 64 bytes, no direction
    "R2,SAT,003,Ängården,1,\r\n"  # digits with a leading zero stay text
    "R1,WK,t5,Centrum,0,s2"  # no line end at the end
)


def _general(source, name, monkeypatch):
    """``name`` read by pandas in chunks (the plain reader switched off)."""
    with monkeypatch.context() as patch:
        patch.setattr(gtfs_tables, "read_plain_table", lambda *args: None)
        return gtfs_tables.read_table(source, name)


def _plain(source, name, monkeypatch):
    """``name`` read from its bytes: the reader's own result, never pandas'."""
    calls = []
    real = gtfs_tables.read_plain_table

    def counted(*args):
        frame = real(*args)
        calls.append(frame is not None)
        return frame

    with monkeypatch.context() as patch:
        patch.setattr(gtfs_tables, "read_plain_table", counted)
        frame = gtfs_tables.read_table(source, name)
    return frame, calls == [True]


def test_a_plain_trips_file_reads_as_pandas_reads_it(tmp_path, monkeypatch):
    source = FeedFiles(write_feed(tmp_path, trips=TRIPS))
    plain, from_bytes = _plain(source, "trips", monkeypatch)
    assert from_bytes
    pd.testing.assert_frame_equal(plain, _general(source, "trips", monkeypatch))
    assert list(plain["trip_id"]) == ["t1", "t2", "trip 3", "003", "t5"]
    assert list(plain["trip_headsign"].cat.categories) == ["Centrum", LONG, "Ängården"]
    assert plain["trip_headsign"].isna().tolist() == [False, True, False, False, False]
    assert list(plain["direction_id"].astype(object).fillna("-")) == ["0", "1", "-", "1", "0"]
    assert list(plain["route_id"].cat.categories) == ["R1", "R2"]  # sorted, as pandas gives


def test_every_plain_file_of_a_feed_reads_as_pandas_reads_it(tmp_path, monkeypatch):
    path = write_feed(
        tmp_path,
        routes="route_id,route_short_name,route_type\nR1,1,3\nR2,2,700\n",
        trips=TRIPS.replace("\r\n", "\n") + "\n\n\n",  # blank lines at the end
    )
    feed_from_bytes = gtfs_feed.read_feed(path)
    source = FeedFiles(path)
    for name in ("stops", "routes", "trips", "calendar", "calendar_dates"):
        if source.has(name):
            plain, from_bytes = _plain(source, name, monkeypatch)
            assert from_bytes, name
            pd.testing.assert_frame_equal(plain, _general(source, name, monkeypatch))
    monkeypatch.setattr(gtfs_tables, "read_plain_table", lambda *args: None)
    feed_by_pandas = gtfs_feed.read_feed(path)
    for table in ("stops", "routes", "trips", "stop_times", "calendar", "calendar_dates"):
        pd.testing.assert_frame_equal(
            getattr(feed_from_bytes, table), getattr(feed_by_pandas, table)
        )


def test_categories_over_many_chunks_are_sorted_as_in_one(tmp_path, monkeypatch):
    """pandas sorts each chunk's categories; joined, they are sorted again, so the general
    reader gives what the plain one gives however the file is cut."""
    source = FeedFiles(write_feed(tmp_path, trips=TRIPS))
    whole = _general(source, "trips", monkeypatch)
    monkeypatch.setattr(gtfs_tables, "CHUNK_ROWS", 2)  # R2 first, then R1: [R2, R1] unsorted
    chunked = _general(source, "trips", monkeypatch)
    pd.testing.assert_frame_equal(chunked, whole)
    assert list(chunked["route_id"].cat.categories) == ["R1", "R2"]


@pytest.mark.parametrize(
    "change",
    [
        ("t1,Centrum", '"t1",Centrum'),  # a quoted value
        ("R2,WK,t1", "R2, WK,t1"),  # a space before a value
        ("0,s1\r\n", "0,s1,extra\r\n"),  # a row with another number of fields
        ("0,s1\r\n", "0,s1\r"),  # a CR alone ends a line for pandas
        ("Centrum,0,s1", "Centrum\0,0,s1"),  # a zero byte
        ("R2,SAT,003", "R2,SAT,003\r\n\r\nR2,SAT,004"),  # a blank line in the middle
    ],
)
def test_files_that_are_not_plain_are_read_by_pandas(tmp_path, monkeypatch, change):
    text = TRIPS.replace(*change)
    assert text != TRIPS
    source = FeedFiles(write_feed(tmp_path, trips=text))
    frame, from_bytes = _plain(source, "trips", monkeypatch)
    assert not from_bytes
    pd.testing.assert_frame_equal(frame, _general(source, "trips", monkeypatch))


@pytest.mark.parametrize(
    "change",
    [
        ("Ängården,1,", "Ängården,1,"),  # in a column read (trip_headsign)
        ("0,s1\r\n", "0,så\r\n"),  # in a column not read (shape_id): pandas refuses it too
    ],
)
def test_text_that_is_not_utf8_gets_the_general_readers_message(tmp_path, change):
    path = write_feed(tmp_path, as_zip=False, trips=TRIPS)
    trips = path / "trips.txt"
    old, new = (text.encode() for text in change)
    latin = change[1].encode("latin-1")
    assert old in trips.read_bytes() and new != latin
    trips.write_bytes(trips.read_bytes().replace(old, latin, 1))
    with pytest.raises(gtfs_tables.InputError) as caught:
        gtfs_tables.read_table(FeedFiles(path), "trips")
    assert "trips.txt" in str(caught.value)


UTF8_CASES = [
    b"",
    b"plain ascii,1,2\n",
    "Ängården,Östra Ål,å\n".encode(),
    "€ 𝄞 ok\n".encode(),  # three and four bytes
    "Ängården".encode("latin-1"),  # Latin-1, not UTF-8
    b"\xc3a\xa9",  # a character split by an ASCII byte
    b"\xc3\xa9\xc3",  # cut off at the end
    b"\xa9abc",  # a continuation byte alone
    b"\xc0\xaf",  # an overlong form
    b"\xed\xa0\x80",  # a surrogate
    b"\xf4\x90\x80\x80",  # past U+10FFFF
    b"\xff",
]


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("data", UTF8_CASES)
def test_utf8_is_judged_as_decoding_the_whole_judges_it(data):
    import numpy as np

    from segregation_plugin.core.transit.gtfs_plain_table import is_utf8

    assert is_utf8(np.frombuffer(data, np.uint8)) == _decodes(data)


def test_utf8_of_random_bytes_is_judged_as_decoding_the_whole_judges_it():
    import numpy as np

    from segregation_plugin.core.transit.gtfs_plain_table import is_utf8

    rng = np.random.default_rng(7)
    pieces = [b"a", b",", "å".encode(), "€".encode(), "𝄞".encode(), b"\xc3", b"\xa5", b"\xe2"]
    verdicts = set()
    for _ in range(2000):
        data = b"".join(pieces[i] for i in rng.integers(0, len(pieces), rng.integers(1, 12)))
        verdict = _decodes(data)
        assert is_utf8(np.frombuffer(data, np.uint8)) == verdict, data
        verdicts.add(verdict)
    assert verdicts == {True, False}


def _member(path, name):
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_pieces_are_the_members_bytes(tmp_path, method):
    text = "".join(
        f"t{i * 7919 % 10007},08:00:00,08:00:00,S{i * 104729 % 9973},{i}\n" for i in range(40000)
    )
    path = tmp_path / "feed.zip"
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        zf.writestr(
            "gtfs/stop_times.txt",
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + text,
        )
    source = FeedFiles(path)
    pieces = list(gtfs_inflate.pieces(source, "stop_times", 4096))
    assert b"".join(pieces) == _member(path, "gtfs/stop_times.txt")
    if method == zipfile.ZIP_DEFLATED:
        assert len(pieces) > 3  # read in pieces, not at once
    source.close()


def test_a_member_whose_crc_does_not_match_is_refused(tmp_path):
    """The stored CRC-32 changed: the bytes inflate, but they are not the file's."""
    source = FeedFiles(write_feed(tmp_path))
    source.zip_info("stop_times").CRC ^= 1
    with pytest.raises(zipfile.BadZipFile):
        list(gtfs_inflate.pieces(source, "stop_times", 4096))
    source.close()


def test_a_cut_off_zip_is_refused(tmp_path):
    path = write_feed(tmp_path)
    source = FeedFiles(path)
    source.zip_info("stop_times").compress_size -= 10  # the deflate stream ends too soon
    with pytest.raises((EOFError, zipfile.BadZipFile)):
        list(gtfs_inflate.pieces(source, "stop_times", 4096))
    source.close()
