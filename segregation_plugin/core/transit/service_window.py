"""The service date and time window that the public-transport methods count departures in.

One value carries what the tools pass around: the service date (a :class:`datetime.date`;
the processing side turns whatever the user gave into one), the window as seconds after
midnight of that date (end exclusive; either may pass 24:00, as GTFS times do) and what
counts as a departure. Without start and end the window is the whole service day: every
stop time of the trips that run on the date, whatever its time.
"""

from __future__ import annotations

import datetime as _dt
import numbers
from dataclasses import dataclass
from typing import Optional, Union

from ..common.errors import InputError
from .gtfs_tables import parse_time_text

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def clock(seconds: int) -> str:
    """Seconds after midnight as ``HH:MM`` (``HH:MM:SS`` with seconds); hours may pass 24."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def _seconds(value, name: str) -> Optional[int]:
    if value is None:
        return None
    if isinstance(value, str):
        return parse_time_text(value)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    raise TypeError(f"ServiceWindow.{name} is seconds after midnight or 'HH:MM', not {value!r}")


@dataclass(frozen=True)
class ServiceWindow:
    """A service date and a time window on it, with what counts as a departure.

    - ``date``: the service day (a :class:`datetime.date`, not text: dates are read once,
      where the tool's parameter is read);
    - ``start``, ``end``: seconds after midnight of ``date`` (or ``"HH:MM"``, parsed here),
      end exclusive and after start; both may pass 24:00 (``"22:00"``–``"26:00"``). Both
      None: the whole service day (no window, no trips of the day before);
    - ``include_demand_responsive``: count routes of type 715 and 1500–1599;
    - ``include_last_stop``: count the stop time at a trip's last stop (gtfs_kit's count).

    ``str()`` says it in words for the log: ``Wednesday 2022-10-12, 06:00–20:00``.
    """

    date: _dt.date
    start: Optional[Union[int, str]] = None
    end: Optional[Union[int, str]] = None
    include_demand_responsive: bool = False
    include_last_stop: bool = False

    def __post_init__(self):
        if not isinstance(self.date, _dt.date) or isinstance(self.date, _dt.datetime):
            raise TypeError(
                f"ServiceWindow.date is a datetime.date, not {self.date!r}; read the date "
                "parameter with processing.transit.params.service_date."
            )
        start, end = _seconds(self.start, "start"), _seconds(self.end, "end")
        if (start is None) != (end is None):
            raise InputError("Give both the start and the end of the time window, or neither.")
        if start is not None:
            if start < 0:
                raise InputError(f"The time window cannot start before 00:00 ({start} s).")
            if end <= start:
                raise InputError(
                    f"The time window {clock(start)}–{clock(end)} ends before it starts; give "
                    "e.g. 06:00 to 20:00 (or 22:00 to 26:00)."
                )
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    @property
    def whole_day(self) -> bool:
        """True without a window: every stop time of the day's trips counts."""
        return self.start is None

    @property
    def minutes(self) -> float:
        """Length of the window in minutes."""
        if self.whole_day:
            raise ValueError("A whole service day has no window length.")
        return (self.end - self.start) / 60.0

    def describe(self, weekdays=WEEKDAY_NAMES) -> str:
        """The date and window in a planner's words, ``Wednesday 2022-10-12, 06:00–20:00``;
        ``weekdays`` are the names of Monday … Sunday (e.g. translated)."""
        day = f"{weekdays[self.date.weekday()]} {self.date.isoformat()}"
        if self.whole_day:
            return f"{day}, whole service day"
        return f"{day}, {clock(self.start)}–{clock(self.end)}"

    def __str__(self) -> str:
        return self.describe()
