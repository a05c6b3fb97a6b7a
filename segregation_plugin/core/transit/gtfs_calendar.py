"""The service calendar of a GTFS feed: calendar.txt and calendar_dates.txt as compact
frames, the check that every service runs on at least one day, and the one place that says
which services and trips run on a service date.

A service runs on date D when ``calendar`` has D's weekday within its start and end date,
or ``calendar_dates`` adds D (exception 1), unless ``calendar_dates`` removes D (2). Times
past 24:00:00 belong to the service day the trip starts on, so a time window on D also
gets trips of D−1 (:func:`service_days`). Service dates are :class:`datetime.date` values
(the tools read the date parameter once).
"""

from __future__ import annotations

import datetime as _dt

from ..common.dependencies import require
from ..common.errors import InputError
from .gtfs_tables import WEEKDAYS, fail_first, line_of, parse_category, parse_dates, parse_integers


def build_calendar(raw, service_ids):
    pd = require("pandas")
    np = require("numpy")
    if raw is None or raw.empty:
        return pd.DataFrame(
            {
                "service": np.array([], np.int32),
                "days": np.array([], np.int8),
                "start": np.array([], "datetime64[D]"),
                "end": np.array([], "datetime64[D]"),
            }
        )
    days = np.zeros(len(raw), dtype=np.int8)
    for bit, day in enumerate(WEEKDAYS):
        flags = parse_category(
            raw[day], parse_integers, "calendar", day, "is not 0 or 1", "Correct the weekday flag."
        )
        fail_first(
            ~np.isin(np.nan_to_num(flags, nan=-1), (0, 1)),
            raw[day].astype(str).to_numpy(),
            "calendar",
            day,
            "is not 0 or 1",
            "Correct the weekday flag.",
        )
        days |= (flags.astype(np.int8) << bit).astype(np.int8)
    return pd.DataFrame(
        {
            "service": service_ids.get_indexer(raw["service_id"].astype(str)).astype(np.int32),
            "days": days,
            "start": parse_dates(raw["start_date"], "calendar", "start_date"),
            "end": parse_dates(raw["end_date"], "calendar", "end_date"),
        }
    )


def build_calendar_dates(raw, service_ids):
    pd = require("pandas")
    np = require("numpy")
    if raw is None or raw.empty:
        return pd.DataFrame(
            {
                "service": np.array([], np.int32),
                "date": np.array([], "datetime64[D]"),
                "exception_type": np.array([], np.int8),
            }
        )
    kind = parse_category(
        raw["exception_type"],
        parse_integers,
        "calendar_dates",
        "exception_type",
        "is not 1 (added) or 2 (removed)",
        "Correct exception_type.",
    )
    fail_first(
        ~np.isin(np.nan_to_num(kind, nan=0), (1, 2)),
        raw["exception_type"].astype(str).to_numpy(),
        "calendar_dates",
        "exception_type",
        "is not 1 (added) or 2 (removed)",
        "Correct exception_type.",
    )
    date_cat = raw["date"]
    cats = parse_dates(pd.Series(date_cat.cat.categories.astype(str)), "calendar_dates", "date")
    dates = cats[date_cat.cat.codes.to_numpy()]
    return pd.DataFrame(
        {
            "service": service_ids.get_indexer(raw["service_id"].astype(str)).astype(np.int32),
            "date": dates,
            "exception_type": kind.astype(np.int8),
        }
    )


def check_services(feed) -> None:
    """Warnings: services without any day, trips whose service is nowhere; InputError when
    no trip runs on any day."""
    np = require("numpy")
    n = len(feed.service_ids)
    in_calendar = np.zeros(n, bool)
    in_calendar[feed.calendar["service"].to_numpy()] = True
    in_dates = np.zeros(n, bool)
    in_dates[feed.calendar_dates["service"].to_numpy()] = True
    runs = service_day_counts(feed) > 0
    for position in np.flatnonzero(~runs & (in_calendar | in_dates))[:20]:
        service = feed.service_ids[position]
        where = "calendar" if in_calendar[position] else "calendar_dates"
        rows = np.flatnonzero(
            (feed.calendar if where == "calendar" else feed.calendar_dates)["service"].to_numpy()
            == position
        )
        feed.warn(
            where,
            line_of(rows[0]) if len(rows) else None,
            f"service {service} has no day on which it runs; its trips are never counted.",
        )
    nowhere = ~(in_calendar | in_dates)
    used = np.zeros(n, bool)
    used[feed.trips["service"].to_numpy()] = True
    for position in np.flatnonzero(nowhere & used)[:20]:
        service = feed.service_ids[position]
        row = int(np.flatnonzero(feed.trips["service"].to_numpy() == position)[0])
        feed.warn(
            "trips",
            line_of(row),
            f"service {service} is in neither calendar.txt nor calendar_dates.txt; its trips "
            "never run.",
        )
    if not runs[feed.trips["service"].to_numpy()].any():
        raise InputError(f"No trip in the feed runs on any day: {_why_no_day(feed, used)}")


def _why_no_day(feed, used) -> str:
    """Why no service of a trip has a day: the calendar files, named, and what to do."""
    np = require("numpy")
    if not len(feed.calendar) and not len(feed.calendar_dates):
        return (
            "neither calendar.txt nor calendar_dates.txt has a row. The feed has no service to "
            "count; ask its publisher for a corrected feed."
        )
    names = ", ".join(str(feed.service_ids[i]) for i in np.flatnonzero(used)[:5])
    return (
        f"calendar.txt and calendar_dates.txt give the services of trips.txt ({names}) no "
        "day (no weekday between start_date and end_date, no date added, or every day "
        "removed). The feed has no service to count; ask its publisher for a corrected feed."
    )


def service_day_counts(feed):
    """Number of days on which each service runs (int array over ``feed.service_ids``)."""
    np = require("numpy")
    n = len(feed.service_ids)
    counts = np.zeros(n, dtype=np.int64)
    cal = feed.calendar
    if len(cal):
        start = cal["start"].to_numpy().astype("datetime64[D]").astype(np.int64)
        end = cal["end"].to_numpy().astype("datetime64[D]").astype(np.int64)
        start_wd = (start + 3) % 7  # 1970-01-01 was a Thursday (Monday = 0)
        days = cal["days"].to_numpy().astype(np.int64)
        total = np.zeros(len(cal), dtype=np.int64)
        for weekday in range(7):
            first = start + (weekday - start_wd) % 7
            n_days = np.where(first <= end, (end - first) // 7 + 1, 0)
            total += np.where((days >> weekday) & 1, n_days, 0)
        np.add.at(counts, cal["service"].to_numpy(), total)
        # removals that fall on a day the calendar row runs
        cd = feed.calendar_dates
        removed = cd[cd["exception_type"] == 2]
        if len(removed):
            merged = removed.merge(
                cal.reset_index(drop=True).assign(_row=np.arange(len(cal))), on="service"
            )
            date = merged["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
            hit = (
                (date >= merged["start"].to_numpy().astype("datetime64[D]").astype(np.int64))
                & (date <= merged["end"].to_numpy().astype("datetime64[D]").astype(np.int64))
                & ((merged["days"].to_numpy().astype(np.int64) >> ((date + 3) % 7)) & 1 == 1)
            )
            hits = merged.loc[hit, ["service", "date"]].drop_duplicates()
            np.subtract.at(counts, hits["service"].to_numpy(), 1)
    cd = feed.calendar_dates
    added = cd[cd["exception_type"] == 1][["service", "date"]].drop_duplicates()
    np.add.at(counts, added["service"].to_numpy(), 1)
    return counts


# --- service on a date ----------------------------------------------------------------------
DAY = 86400  # seconds


def _day(date):
    """A service date (:class:`datetime.date`) as numpy datetime64[D]."""
    np = require("numpy")
    if not isinstance(date, _dt.date) or isinstance(date, _dt.datetime):
        raise TypeError(
            f"A service date is a datetime.date, not {date!r}; the tools read the date "
            "parameter with processing.transit.params.service_date."
        )
    return np.datetime64(date, "D")


def _weekday(day) -> int:
    """Monday = 0 … Sunday = 6 of a datetime64[D] (1970-01-01 was a Thursday)."""
    np = require("numpy")
    return int((day.astype(np.int64) + 3) % 7)


def _services_on(feed, day):
    """Boolean array over ``feed.service_ids``: the services that run on ``day``
    (datetime64[D])."""
    np = require("numpy")
    active = np.zeros(len(feed.service_ids), dtype=bool)
    cal = feed.calendar
    if len(cal):
        bit = np.int8(1 << _weekday(day))
        on = (
            (cal["start"].to_numpy() <= day)
            & (cal["end"].to_numpy() >= day)
            & ((cal["days"].to_numpy() & bit) != 0)
        )
        active[cal["service"].to_numpy()[on]] = True
    cd = feed.calendar_dates
    if len(cd):
        today = cd[cd["date"].to_numpy() == day]
        active[today.loc[today["exception_type"] == 1, "service"].to_numpy()] = True
        active[today.loc[today["exception_type"] == 2, "service"].to_numpy()] = False
    return active


def active_services(feed, date):
    """Boolean array over ``feed.service_ids``: the services that run on ``date``."""
    return _services_on(feed, _day(date))


def active_trips(feed, date):
    """Boolean array over ``feed.trips``: the trips that run on service day ``date``."""
    return active_services(feed, date)[feed.trips["service"].to_numpy()]


def service_days(feed, window):
    """The service days whose trips can depart in ``window`` (a ServiceWindow), as a list of
    (shift, trips) pairs: ``shift`` seconds put that day's times on the clock of
    ``window.date``, ``trips`` is a boolean array over ``feed.trips``, the trips that run
    that day.

    A whole service day is the date alone (shift 0). A window also has the days before
    whose times past 24:00 reach into it (D−1, and D−2 for times past 48:00), and the days
    after when the window passes 24:00.
    """
    np = require("numpy")
    day = _day(window.date)
    if window.whole_day:
        offsets = [0]
    else:
        time = feed.stop_times["departure"].to_numpy()
        latest = int(time.max()) if len(time) else 0
        latest = max(
            latest, int(feed.frequencies["end_time"].max()) if len(feed.frequencies) else 0
        )
        offsets = range(-(latest // DAY), (max(window.end - 1, 0) // DAY) + 1)
    trip_service = feed.trips["service"].to_numpy()
    return [
        (offset * DAY, _services_on(feed, day + np.timedelta64(offset, "D"))[trip_service])
        for offset in offsets
    ]


def check_date(feed, date) -> int:
    """The number of trips that run on ``date``; InputError when none does."""
    count = int(active_trips(feed, date).sum())
    if count == 0:
        first, last = feed.period
        covered = (
            f"it has service from {first} to {last}" if first is not None else "it has no dates"
        )
        raise InputError(
            f"No trip in the feed runs on {date} ({covered}). Choose a date in that "
            "period; a weekday outside holidays is usual."
        )
    return count


def typical_weekday(feed) -> _dt.date:
    """A Tuesday, Wednesday or Thursday with the most trips in the first ten weeks of the
    feed (the earliest of equals): the default date when the user gives none."""
    np = require("numpy")
    first, last = feed.period
    if first is None:
        raise InputError("The feed has no calendar dates; it has no service on any day.")
    trip_service = feed.trips["service"].to_numpy()
    best, best_count = None, -1
    day = first
    while day <= min(last, first + np.timedelta64(70, "D")):
        if _weekday(day) in (1, 2, 3):  # Tuesday, Wednesday, Thursday
            count = int(_services_on(feed, day)[trip_service].sum())
            if count > best_count:
                best, best_count = day, count
        day = day + np.timedelta64(1, "D")
    if best is None:
        best = first
    return best.astype("datetime64[D]").item()
