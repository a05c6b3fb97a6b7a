"""stop_times.txt and frequencies.txt that would count service wrongly without a word:
rows that appear twice, times that run backwards or start again at midnight, periods that
end before they start. Each is named in a warning (or stops the reading) and the departures
are what a planner would count.

The base feed (tests/helpers/transit_feeds.py) runs t1 on weekdays through A, B, C at 08:00,
08:10, 08:20 and t2 on Saturdays at 09:00, 09:10, 09:20. 2022-10-12 is a Wednesday,
2022-10-14 a Friday, 2022-10-15 a Saturday.
"""

from __future__ import annotations

from datetime import date

import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit import transit_service as ts
from segregation_plugin.core.transit.service_window import ServiceWindow
from tests.helpers.transit_feeds import BASE, make_feed

H = 3600
WED, FRI, SAT = date(2022, 10, 12), date(2022, 10, 14), date(2022, 10, 15)
HEADER = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"


def counts(feed, day, start=0, end=24 * H, **options):
    table = ts.stop_service(feed, ServiceWindow(day, start, end, **options))
    return dict(zip(table["stop_id"], table["departures"]))


def problems(feed, file="stop_times"):
    return [p["problem"] for p in feed.problems if p["file"] == file]


def test_rows_that_appear_twice_count_once(tmp_path):
    rows = BASE["stop_times"].split("\n", 1)[1]
    feed = make_feed(tmp_path, stop_times=HEADER + rows + rows)
    assert counts(feed, WED) == {"A": 1, "B": 1, "C": 0}  # not 2, 2, 0
    assert counts(feed, SAT) == {"A": 1, "B": 1, "C": 0}
    assert len(feed.stop_times) == 6
    (warning,) = problems(feed)
    assert warning.startswith("6 stop times occur twice")
    assert "trip t1, t2, line 8" in warning and "each departure counts once" in warning


def test_a_stop_sequence_twice_with_other_times_is_an_error(tmp_path):
    times = BASE["stop_times"] + "t1,08:12:00,08:12:00,B,2\n"
    with pytest.raises(
        InputError,
        match=r"stop_times\.txt lines 3 and 8: trip t1 has stop_sequence 2 twice, with "
        r"different stops or times \(B at 08:10:00, B at 08:12:00\)",
    ):
        make_feed(tmp_path, stop_times=times)


def test_times_running_backwards_are_named_and_used_as_given(tmp_path):
    times = (
        HEADER + "t1,08:00:00,08:00:00,A,1\nt1,07:50:00,07:50:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
    )
    feed = make_feed(tmp_path, stop_times=times)
    (warning,) = problems(feed)
    assert warning.startswith("1 trip has times that run backwards")
    assert "trip t1, stop_sequence 2 at 07:50:00 after 08:00:00, line 3" in warning
    assert counts(feed, WED, 7 * H + 45 * 60, 7 * H + 55 * 60) == {"A": 0, "B": 1, "C": 0}


def test_times_that_start_again_at_midnight_are_read_past_24(tmp_path):
    feed = make_feed(
        tmp_path,
        calendar=(
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            "FRI,0,0,0,0,1,0,0,20220101,20221231\n"
        ),
        trips="route_id,service_id,trip_id,direction_id\nR1,FRI,n1,0\n",
        stop_times=HEADER
        + "n1,23:50:00,23:50:00,A,1\nn1,00:30:00,00:30:00,B,2\nn1,01:10:00,01:10:00,C,3\n",
    )
    (warning,) = problems(feed)
    assert warning.startswith("1 trip passes midnight with times that start again at 00:00")
    assert "trip n1, stop_sequence 2 at 00:30:00 after 23:50:00, line 3" in warning
    assert list(feed.stop_times["departure"]) == [23 * H + 50 * 60, 24 * H + 30 * 60, 25 * H + 600]
    # the Friday night bus leaves B at 00:30 on Saturday, not at 00:30 on Friday
    assert counts(feed, SAT, 0, 2 * H) == {"A": 0, "B": 1, "C": 0}
    assert counts(feed, FRI, 0, 2 * H) == {"A": 0, "B": 0, "C": 0}
    assert counts(feed, FRI, 23 * H, 26 * H) == {"A": 1, "B": 1, "C": 0}


FREQ_TRIPS = "route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR1,WK,f1,1\n"
FREQ_TIMES = HEADER + (
    "t1,08:00:00,08:00:00,A,1\nt1,08:10:00,08:10:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
    "f1,10:00:00,10:00:00,C,1\nf1,10:05:00,10:05:00,B,2\nf1,10:10:00,10:10:00,A,3\n"
)


def test_frequency_period_ending_before_it_starts_is_named(tmp_path):
    feed = make_feed(
        tmp_path,
        trips=FREQ_TRIPS,
        stop_times=FREQ_TIMES,
        frequencies=(
            "trip_id,start_time,end_time,headway_secs\n"
            "f1,06:00:00,07:00:00,600\n"  # six vehicles at C: 06:00 … 06:50
            "f1,19:00:00,17:00:00,600\n"  # reversed: none
        ),
    )
    (warning,) = problems(feed, "frequencies")
    assert warning.startswith("1 period has an end_time that is not after its start_time")
    assert "line 3: trip f1 from 19:00:00 to 17:00:00" in warning
    assert "no vehicles are counted for them" in warning
    # C: t1's 08:20 is its last stop; f1's six vehicles; B: t1's 08:10 and f1's six
    assert counts(feed, WED, 6 * H, 20 * H) == {"A": 1, "B": 7, "C": 6}
