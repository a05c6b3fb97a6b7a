"""Reading and checking GTFS feeds: zip or folder, compact types, clear errors."""

from __future__ import annotations

import datetime
import zipfile

import numpy as np
import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import gtfs_calendar, gtfs_feed
from tests.helpers.transit_feeds import write_feed


def test_reads_zip_folder_and_a_txt_file_of_a_folder(tmp_path):
    for path in (
        write_feed(tmp_path / "z"),
        write_feed(tmp_path / "f", as_zip=False),
        write_feed(tmp_path / "t", as_zip=False) / "stops.txt",
    ):
        feed = gtfs_feed.read_feed(path)
        assert list(feed.stops["stop_id"]) == ["A", "B", "C"]
        assert len(feed.stop_times) == 6
        assert feed.problems == []


def test_compact_types_and_order(tmp_path):
    feed = gtfs_feed.read_feed(write_feed(tmp_path))
    st = feed.stop_times
    assert st["departure"].dtype == np.int32 and st["trip"].dtype == np.int32
    assert st["stop"].dtype == np.int32
    assert list(st["departure"][:3]) == [8 * 3600, 8 * 3600 + 600, 8 * 3600 + 1200]
    assert list(st["last_stop"]) == [False, False, True, False, False, True]
    assert feed.trips["trip_headsign"].dtype.name == "category"
    assert feed.routes["route_type"].dtype == np.int32


def test_feed_in_a_subfolder_of_the_zip_with_bom_and_spaces(tmp_path):
    path = tmp_path / "nested.zip"
    with zipfile.ZipFile(write_feed(tmp_path / "src")) as src, zipfile.ZipFile(path, "w") as dst:
        for name in src.namelist():
            text = src.read(name).decode()
            if name == "stops.txt":
                text = "\ufeff" + text.replace("stop_id,", "stop_id, ", 1)
            dst.writestr(f"gtfs/{name}", text)
    feed = gtfs_feed.read_feed(path)
    assert list(feed.stops["stop_id"]) == ["A", "B", "C"]


def test_stop_times_sorted_by_sequence_and_times_interpolated(tmp_path):
    feed = gtfs_feed.read_feed(
        write_feed(
            tmp_path,
            stop_times="""
            trip_id,arrival_time,departure_time,stop_id,stop_sequence
            t1,08:20:00,08:20:00,C,30
            t1,,,B,20
            t1,08:00:00,08:00:00,A,10
            t2,9:00:00,9:00:00,A,1
            t2,9:10:00,,B,2
            t2,09:20:00,09:20:00,C,3
            """,
        )
    )
    st = feed.stop_times
    assert list(feed.stops["stop_id"].to_numpy()[st["stop"]]) == ["A", "B", "C"] * 2
    # B of t1 has no time: halfway between 08:00 and 08:20; t2's B takes its arrival time
    assert st["departure"].iat[1] == 8 * 3600 + 600
    assert st["departure"].iat[4] == 9 * 3600 + 600
    assert any("interpolated" in p["problem"] for p in feed.problems)


def test_missing_required_file_is_named(tmp_path):
    with pytest.raises(InputError, match=r"has no stop_times\.txt"):
        gtfs_feed.read_feed(write_feed(tmp_path, drop=("stop_times",)))
    with pytest.raises(InputError, match="calendar.txt or calendar_dates.txt"):
        gtfs_feed.read_feed(write_feed(tmp_path / "b", drop=("calendar",)))


def test_missing_column_is_named(tmp_path):
    with pytest.raises(InputError, match=r"routes\.txt has no column route_type"):
        gtfs_feed.read_feed(write_feed(tmp_path, routes="route_id,route_short_name\nR1,1\n"))


def test_unknown_stop_names_file_line_and_stop(tmp_path):
    bad = write_feed(
        tmp_path,
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        t1,08:00:00,08:00:00,A,1
        t1,08:10:00,08:10:00,X9,2
        """,
    )
    with pytest.raises(
        InputError, match=r"stop_times\.txt line 3: stop_id 'X9' is not in stops\.txt"
    ):
        gtfs_feed.read_feed(bad)


def test_unparsable_time_names_file_line_and_value(tmp_path):
    bad = write_feed(
        tmp_path,
        stop_times="""
        trip_id,arrival_time,departure_time,stop_id,stop_sequence
        t1,08:00:00,08:00:00,A,1
        t1,08:10:00,08:10:00,B,2
        t1,8.20,8.20,C,3
        """,
    )
    with pytest.raises(
        InputError, match=r"stop_times\.txt line 4: arrival_time '8\.20' is not a time"
    ):
        gtfs_feed.read_feed(bad)
    minutes = write_feed(
        tmp_path / "m",
        stop_times="trip_id,arrival_time,departure_time,stop_id,stop_sequence\nt1,08:75:00,08:75:00,A,1\n",
    )
    with pytest.raises(InputError, match="line 2"):
        gtfs_feed.read_feed(minutes)


def test_unknown_route_and_duplicate_ids(tmp_path):
    with pytest.raises(InputError, match=r"trips\.txt line 2: route_id 'R9' is not in routes\.txt"):
        gtfs_feed.read_feed(
            write_feed(tmp_path, trips="route_id,service_id,trip_id\nR9,WK,t1\nR1,SAT,t2\n")
        )
    with pytest.raises(InputError, match=r"stops\.txt line 3: stop_id 'A' occurs more than once"):
        gtfs_feed.read_feed(
            write_feed(tmp_path / "d", stops="stop_id,stop_lat,stop_lon\nA,59,18\nA,59,18.1\n")
        )


def test_bad_dates_and_flags(tmp_path):
    with pytest.raises(InputError, match=r"calendar\.txt line 2: start_date '2022-01-01'"):
        gtfs_feed.read_feed(
            write_feed(
                tmp_path,
                calendar=(
                    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                    "WK,1,1,1,1,1,0,0,2022-01-01,20221231\nSAT,0,0,0,0,0,1,0,20220101,20221231\n"
                ),
            )
        )
    with pytest.raises(InputError, match="exception_type"):
        gtfs_feed.read_feed(
            write_feed(
                tmp_path / "e", calendar_dates="service_id,date,exception_type\nWK,20220101,3\n"
            )
        )


def test_service_without_any_day_is_a_warning(tmp_path):
    feed = gtfs_feed.read_feed(
        write_feed(
            tmp_path,
            calendar=(
                "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                "WK,1,1,1,1,1,0,0,20220101,20221231\n"
                # Saturdays only, but 2022-03-07 to 2022-03-11 is Monday to Friday
                "SAT,0,0,0,0,0,1,0,20220307,20220311\n"
            ),
        )
    )
    warnings = [p for p in feed.problems if "no day on which it runs" in p["problem"]]
    assert warnings == [
        {
            "file": "calendar",
            "line": 3,
            "problem": "service SAT has no day on which it runs; its trips are never counted.",
        }
    ]
    counts = gtfs_feed.service_day_counts(feed)
    assert counts[list(feed.service_ids).index("WK")] == 260  # weekdays of 2022


def test_removed_days_and_added_days_count(tmp_path):
    feed = gtfs_feed.read_feed(
        write_feed(
            tmp_path,
            calendar_dates=(
                "service_id,date,exception_type\n"
                "WK,20220103,2\nWK,20220108,2\nSAT,20220103,1\nONCE,20220105,1\nGONE,20220105,2\n"
            ),
        )
    )
    counts = dict(zip(feed.service_ids, gtfs_feed.service_day_counts(feed)))
    assert counts["WK"] == 259  # 2022-01-08 is a Saturday: removing it changes nothing
    assert counts["SAT"] == 53 + 1
    assert counts["ONCE"] == 1 and counts["GONE"] == 0
    assert any("service GONE has no day" in p["problem"] for p in feed.problems)


def test_date_without_service_says_so(tmp_path):
    feed = gtfs_feed.read_feed(write_feed(tmp_path))
    assert gtfs_calendar.check_date(feed, datetime.date(2022, 10, 12)) == 1
    with pytest.raises(
        InputError, match=r"No trip in the feed runs on 2023-01-04 .*2022-01-01 to 2022-12-31"
    ):
        gtfs_calendar.check_date(feed, datetime.date(2023, 1, 4))


def test_parse_time_text():
    assert gtfs_feed.parse_time_text("06:00") == 21600
    assert gtfs_feed.parse_time_text("25:30") == 91800
    assert gtfs_feed.parse_time_text("8:15:30") == 29730
    with pytest.raises(InputError, match="HH:MM"):
        gtfs_feed.parse_time_text("8.15")


def test_not_a_zip(tmp_path):
    path = tmp_path / "feed.zip"
    path.write_text("hello")
    with pytest.raises(InputError, match="not a zip file"):
        gtfs_feed.read_feed(path)
    with pytest.raises(InputError, match="does not exist"):
        gtfs_feed.read_feed(tmp_path / "missing.zip")


@pytest.mark.parametrize(
    "name, header, meaning",
    [
        ("stop_times", "trip_id,arrival_time,departure_time,stop_id,stop_sequence", "timetable"),
        ("stops", "stop_id,stop_name,stop_lat,stop_lon", "stops"),
        ("trips", "route_id,service_id,trip_id", "trips"),
        ("routes", "route_id,route_short_name,route_type", "routes"),
    ],
)
def test_required_table_with_only_its_header_is_named(tmp_path, name, header, meaning):
    with pytest.raises(
        InputError, match=rf"^{name}\.txt has no rows, only its header: the feed has no {meaning}"
    ):
        gtfs_feed.read_feed(write_feed(tmp_path, **{name: header + "\n"}))


def test_feed_without_service_on_any_day_is_named(tmp_path):
    header = (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    )
    with pytest.raises(
        InputError, match=r"No trip in the feed runs on any day: neither calendar\.txt nor"
    ):
        gtfs_feed.read_feed(write_feed(tmp_path / "empty", calendar=header))
    no_days = header + "WK,0,0,0,0,0,0,0,20220101,20221231\nSAT,0,0,0,0,0,0,0,20220101,20221231\n"
    with pytest.raises(InputError, match=r"give the services of trips\.txt \(WK, SAT\) no day"):
        gtfs_feed.read_feed(write_feed(tmp_path / "none", calendar=no_days))
    # removed on its only day: calendar_dates.txt takes the one Saturday of SAT away
    one_day = header + "WK,0,0,0,0,0,0,0,20220101,20221231\nSAT,0,0,0,0,0,1,0,20221015,20221015\n"
    with pytest.raises(InputError, match="no day"):
        gtfs_feed.read_feed(
            write_feed(
                tmp_path / "removed",
                calendar=one_day,
                calendar_dates="service_id,date,exception_type\nSAT,20221015,2\n",
            )
        )


def test_empty_optional_tables_are_ordinary(tmp_path):
    feed = gtfs_feed.read_feed(
        write_feed(
            tmp_path,
            calendar_dates="service_id,date,exception_type\n",
            frequencies="trip_id,start_time,end_time,headway_secs\n",
        )
    )
    assert feed.problems == [] and len(feed.frequencies) == 0 and len(feed.stop_times) == 6
