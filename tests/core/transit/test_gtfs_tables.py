"""Reading GTFS text files: ids stay text under pandas 1.5 and 3, files are read in chunks
and Cancel is seen between them."""

from __future__ import annotations

from datetime import date

import pytest

from segregation_plugin.core.common.errors import Cancelled
from segregation_plugin.core.common.progress import Progress
from segregation_plugin.core.transit import gtfs_feed, gtfs_stop_times_read, gtfs_tables
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import make_feed, stops_txt, write_feed

WED = date(2022, 10, 12)
HEADER = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"


def test_ids_of_digits_keep_their_zeros(tmp_path):
    """pandas 3 would read the stop_times ids as integers: '0123' and '123' are two stops."""
    feed = make_feed(
        tmp_path,
        stops=stops_txt(("0123", 0, 0), ("123", 1000, 0), ("7", 2000, 0)),
        routes="route_id,route_short_name,route_type\n010,10,3\n",
        trips="route_id,service_id,trip_id,direction_id\n010,WK,1,0\n010,WK,01,1\n",
        stop_times=HEADER
        + "1,08:00:00,08:00:00,0123,1\n1,08:10:00,08:10:00,123,2\n1,08:20:00,08:20:00,7,3\n"
        + "01,09:00:00,09:00:00,7,1\n01,09:10:00,09:10:00,0123,2\n",
    )
    table = ts.stop_service(feed, ServiceWindow(WED, 0, 86400), group_stations=False)
    assert dict(zip(table["stop_id"], table["departures"])) == {"0123": 1, "123": 1, "7": 1}
    assert list(feed.trips["trip_id"]) == ["1", "01"]
    assert table.set_index("stop_id").loc["0123", "route_names"] == "10"


def long_feed(tmp_path, trips=50):
    """``trips`` weekday trips A → B → C, one every ten minutes from 05:00."""
    lines = ["route_id,service_id,trip_id,direction_id"]
    times = [HEADER.strip()]
    for i in range(trips):
        lines.append(f"R1,WK,t{i},0")
        for k, stop in enumerate("ABC"):
            m = 300 + 10 * i + 5 * k
            times.append(
                f"t{i},{m // 60:02d}:{m % 60:02d}:00,{m // 60:02d}:{m % 60:02d}:00,{stop},{k}"
            )
    return write_feed(tmp_path, trips="\n".join(lines) + "\n", stop_times="\n".join(times) + "\n")


def test_chunks_give_the_same_feed(tmp_path, monkeypatch):
    path = long_feed(tmp_path)
    whole = gtfs_feed.read_feed(path)
    monkeypatch.setattr(gtfs_tables, "CHUNK_ROWS", 7)
    chunked = gtfs_feed.read_feed(path)
    assert chunked.stop_times.equals(whole.stop_times)
    assert chunked.trips.equals(whole.trips)
    assert len(chunked.stop_times) == 150


class CancelAfter:
    """A Progress whose user presses Cancel after the first ``n`` checks."""

    def __init__(self, n=1):
        self.n, self.checks, self.reported = n, 0, []
        self.progress = Progress(self.reported.append, self.is_cancelled)

    def is_cancelled(self):
        self.checks += 1
        return self.checks > self.n


def test_cancel_is_seen_between_the_chunks_of_stop_times(tmp_path, monkeypatch):
    path = long_feed(tmp_path)
    monkeypatch.setattr(gtfs_tables, "CHUNK_ROWS", 10)  # stop_times.txt: 15 chunks
    source = gtfs_tables.FeedFiles(path)
    cancel = CancelAfter(1)
    with pytest.raises(Cancelled):
        gtfs_tables.read_table(source, "stop_times", cancel.progress)
    source.close()
    assert cancel.checks == 2  # the first chunk read, stopped before the second
    assert len(cancel.reported) == 1  # the share of the file read, after the first chunk


def test_cancel_while_reading_a_feed(tmp_path, monkeypatch):
    path = long_feed(tmp_path)
    monkeypatch.setattr(gtfs_tables, "CHUNK_ROWS", 10)
    # the byte reader's blocks hold CHUNK_ROWS × ROW_BYTES bytes: 10 lines of 24 bytes here
    monkeypatch.setattr(gtfs_stop_times_read, "ROW_BYTES", 24)
    counter = CancelAfter(10**9)  # never cancels: how often is Cancel asked?
    gtfs_feed.read_feed(path, counter.progress)
    assert counter.checks >= 15 + 6  # every chunk of stop_times, and every step after it
    for n in (1, 5, 16, counter.checks - 1):
        with pytest.raises(Cancelled):
            gtfs_feed.read_feed(path, CancelAfter(n).progress)


def test_an_error_in_another_file_stops_the_background_reading(tmp_path, monkeypatch):
    """stops.txt fails while stop_times.txt is read in the background: the error names
    stops.txt, and no reading thread is left behind."""
    import threading

    from segregation_plugin.core.common.errors import InputError

    path = long_feed(tmp_path / "ok", trips=400)
    monkeypatch.setattr(gtfs_tables, "CHUNK_ROWS", 10)
    monkeypatch.setattr(gtfs_stop_times_read, "ROW_BYTES", 24)  # many small blocks
    broken = write_feed(
        tmp_path / "broken",
        stops="stop_id,stop_name,stop_lat,stop_lon\nA,A,not a number,18.0\n",
        stop_times=gtfs_tables.FeedFiles(path).open("stop_times").read().decode(),
    )
    before = threading.active_count()
    with pytest.raises(InputError) as caught:
        gtfs_feed.read_feed(broken)
    assert "stops.txt" in str(caught.value) and "stop_lat" in str(caught.value)
    assert threading.active_count() == before


def test_a_damaged_file_in_the_zip_names_the_feed(tmp_path):
    """stop_times.txt damaged inside an intact zip (its bytes changed after writing): a
    message naming the feed and what to do, not a crash; no reading thread left behind."""
    import threading
    import zipfile

    from segregation_plugin.core.common.errors import InputError

    path = long_feed(tmp_path, trips=400)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("stop_times.txt")
    data = bytearray(path.read_bytes())
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    for k in range(40):
        data[middle + k] ^= 0x5A
    path.write_bytes(bytes(data))
    before = threading.active_count()
    with pytest.raises(InputError) as caught:
        gtfs_feed.read_feed(path)
    message = str(caught.value)
    assert path.name in message and "damaged" in message and "Download the feed again" in message
    assert threading.active_count() == before
