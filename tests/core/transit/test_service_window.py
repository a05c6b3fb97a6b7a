"""ServiceWindow: the service date and time window passed to the transit methods."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.transit.service_window import ServiceWindow, clock

H = 3600
WED = datetime.date(2022, 10, 12)


def test_times_as_seconds_or_text():
    window = ServiceWindow(WED, "06:00", "20:00")
    assert (window.start, window.end) == (6 * H, 20 * H)
    assert window == ServiceWindow(WED, 6 * H, 20 * H)
    assert window.minutes == 840.0
    assert not window.whole_day
    assert not window.include_demand_responsive and not window.include_last_stop


def test_times_past_midnight_are_allowed():
    window = ServiceWindow(WED, "22:00", "26:00")
    assert (window.start, window.end) == (22 * H, 26 * H)
    assert ServiceWindow(WED, "24:30", "25:30").minutes == 60.0  # the night of the 12th


@pytest.mark.parametrize(
    "start,end,message",
    [
        ("20:00", "06:00", "ends before it starts"),
        ("08:00", "08:00", "ends before it starts"),
        (8 * H, None, "both the start and the end"),
        (None, "09:00", "both the start and the end"),
        (-60, 600, "before 00:00"),
        ("8.15", "09:00", "HH:MM"),
    ],
)
def test_bad_windows_say_why(start, end, message):
    with pytest.raises(InputError, match=message):
        ServiceWindow(WED, start, end)


@pytest.mark.parametrize("date", ["2022-10-12", "20221012", datetime.datetime(2022, 10, 12, 8)])
def test_the_date_is_a_date_read_once_elsewhere(date):
    with pytest.raises(TypeError, match="datetime.date"):
        ServiceWindow(date, "06:00", "20:00")


def test_whole_service_day():
    window = ServiceWindow(WED, include_last_stop=True, include_demand_responsive=True)
    assert window.whole_day and window.start is None and window.end is None
    assert str(window) == "Wednesday 2022-10-12, whole service day"
    with pytest.raises(ValueError):
        _ = window.minutes


def test_in_a_planners_words():
    assert str(ServiceWindow(WED, "06:00", "20:00")) == "Wednesday 2022-10-12, 06:00–20:00"
    assert str(ServiceWindow(WED, "22:00", "25:30:15")) == "Wednesday 2022-10-12, 22:00–25:30:15"
    swedish = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
    saturday = ServiceWindow(datetime.date(2022, 10, 15), 0, 2 * H)
    assert saturday.describe(swedish) == "lördag 2022-10-15, 00:00–02:00"
    assert clock(91800) == "25:30"


def test_frozen_and_replaceable():
    window = ServiceWindow(WED, "06:00", "20:00")
    with pytest.raises(dataclasses.FrozenInstanceError):
        window.start = 0
    every_route = dataclasses.replace(window, include_demand_responsive=True)
    assert every_route.include_demand_responsive and every_route.start == 6 * H
