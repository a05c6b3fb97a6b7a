"""The service calendar of a GTFS feed: calendar.txt and calendar_dates.txt as compact
frames, and the check that every service runs on at least one day."""

from __future__ import annotations

from ..common.dependencies import require
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
    """Warnings: services without any day, trips whose service is nowhere, unknown parents."""
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
    for line, parent in feed.stops.attrs.get("unknown_parents", []):
        feed.warn("stops", line, f"parent_station '{parent}' is not a stop; the stop stands alone.")


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
