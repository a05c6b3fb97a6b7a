"""Read a GTFS feed (a zip file or an unzipped folder) and check it.

Only the columns the plugin needs are read, into compact types: ids as categories or
integer positions, times as int32 seconds after midnight of the service day (times past
24:00:00 stay above 86,400). Problems are reported with the file, the line and what to do:

- a missing required file or column, a duplicate id, an unknown stop, trip or route, an
  unparsable time, date or number stop the reading with :class:`InputError`;
- a service without any day on which it runs, a trip whose service is in neither calendar
  file, a stop time without a time that cannot be interpolated are collected in
  :attr:`Feed.problems` (warnings) and the rest of the feed is used.

Trafiklab's GTFS Sverige 2 and GTFS Regional are plain GTFS and read the same way.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Optional

from ..common.dependencies import require
from ..common.errors import InputError  # noqa: F401 (re-exported for callers that catch it)
from ..common.memory import release_free_memory
from ..common.progress import NO_PROGRESS, Progress
from .gtfs_background import StopTimesReading
from .gtfs_calendar import build_calendar, build_calendar_dates, check_services, service_day_counts
from .gtfs_stops import read_stops, warn_unplaced
from .gtfs_tables import (
    REQUIRED_FILES,
    FeedFiles,
    check_unique,
    fail_first,
    parse_category,
    parse_integers,
    parse_time_text,
    positions,
    read_table,
    require_rows,
)
from .gtfs_timetable import build_frequencies, build_stop_times

__all__ = ["Feed", "read_feed", "parse_time_text", "service_day_counts", "InputError"]


@dataclass
class Feed:
    """A GTFS feed in compact frames (positions refer to the rows of the other frames).

    - ``stops``: stop_id, stop_name, stop_lat, stop_lon, location_type (int8),
      parent_station, ``station`` (int32 row of the stop it is grouped to: its parent
      station, or itself);
    - ``routes``: route_id, route_short_name, route_long_name, route_type (int32),
      route_color;
    - ``trips``: trip_id, ``route`` (int32 row in routes), ``service`` (int32 position in
      ``service_ids``), ``direction`` (int8, −1 when not given), trip_headsign;
    - ``stop_times``: ``trip``, ``stop`` (int32 rows), stop_sequence, ``arrival``,
      ``departure`` (int32 seconds), ``last_stop`` (bool), sorted by trip and sequence;
    - ``calendar``: ``service``, ``days`` (bit 0 = Monday), ``start``, ``end``
      (datetime64[D]); ``calendar_dates``: ``service``, ``date``, ``exception_type``;
    - ``frequencies``: ``trip``, ``start_time``, ``end_time``, ``headway_secs``,
      ``exact_times``;
    - ``problems``: warnings as dicts with file, line, problem.
    """

    source: str
    stops: object
    routes: object
    trips: object
    stop_times: object
    service_ids: object
    calendar: object
    calendar_dates: object
    frequencies: object
    problems: list = field(default_factory=list)

    def warn(self, file: str, line: Optional[int], problem: str) -> None:
        self.problems.append({"file": file, "line": line, "problem": problem})

    @property
    def period(self):
        """(first, last) date that any service runs on, as numpy datetime64[D] (or None)."""
        np = require("numpy")
        dates = []
        if len(self.calendar):
            dates += [self.calendar["start"].min(), self.calendar["end"].max()]
        added = self.calendar_dates[self.calendar_dates["exception_type"] == 1]
        if len(added):
            dates += [added["date"].min(), added["date"].max()]
        if not dates:
            return None, None
        values = np.array(dates, dtype="datetime64[D]")
        return values.min(), values.max()


def read_feed(path, progress: Progress = NO_PROGRESS) -> Feed:
    """Read and check the GTFS feed at ``path`` (zip, folder, or a .txt file in a folder).

    Cancel is seen between the chunks of every file and between the steps that follow."""
    source = FeedFiles(path)
    problems = []

    def warn(file: str, line: Optional[int], problem: str) -> None:
        problems.append({"file": file, "line": line, "problem": problem})

    stop_times = None
    try:
        missing = [f"{n}.txt" for n in REQUIRED_FILES if not source.has(n)]
        if not source.has("calendar") and not source.has("calendar_dates"):
            missing.append("calendar.txt or calendar_dates.txt")
        if missing:
            raise InputError(
                f"The GTFS feed {source.path.name} has no {', '.join(missing)}. A feed needs "
                "stops, routes, trips, stop_times and calendar and/or calendar_dates; check "
                "that you chose the whole feed."
            )
        stop_times = StopTimesReading(source)  # in the background meanwhile
        stops, excluded = read_stops(source, warn)
        progress.set(3)
        routes = _read_routes(source)
        trips_raw = read_table(source, "trips", progress.sub(3, 6))
        require_rows(trips_raw, "trips", "the feed has no trips")
        check_unique(trips_raw, "trip_id", "trips")
        calendar_raw = read_table(source, "calendar") if source.has("calendar") else None
        dates_raw = read_table(source, "calendar_dates") if source.has("calendar_dates") else None
        service_ids = _service_index(trips_raw, calendar_raw, dates_raw)
        trips = _build_trips(trips_raw, routes, service_ids)
        progress.set(10)
        stop_times_raw = stop_times.result(progress.sub(10, 60))
        if stop_times_raw is None:  # not plain: the general reader
            stop_times_raw = read_table(source, "stop_times", progress.sub(10, 60))
        require_rows(stop_times_raw, "stop_times", "the feed has no timetable")
        freq_raw = read_table(source, "frequencies") if source.has("frequencies") else None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a damaged file in the zip
        raise InputError(
            f"The GTFS feed {source.path.name} is damaged: a file in it cannot be unpacked "
            f"({exc}). Download the feed again, or unzip it and choose the folder to see "
            "which file is broken."
        ) from exc
    finally:
        if stop_times is not None:
            stop_times.abandon()  # (done already when it was read)
        source.close()
    progress.check()
    feed = Feed(
        source=str(path),
        stops=stops,
        routes=routes,
        trips=trips,
        stop_times=None,
        service_ids=service_ids,
        calendar=build_calendar(calendar_raw, service_ids),
        calendar_dates=build_calendar_dates(dates_raw, service_ids),
        frequencies=None,
        problems=problems,
    )
    feed.stop_times = build_stop_times(feed, stop_times_raw, progress.sub(60, 95))
    del stop_times_raw
    feed.frequencies = build_frequencies(freq_raw, feed)
    warn_unplaced(feed, excluded)
    check_services(feed)
    release_free_memory()  # the reading's temporaries (see common/memory.py)
    progress.set(100)
    return feed


def _read_routes(source):
    pd = require("pandas")
    np = require("numpy")
    raw = read_table(source, "routes")
    require_rows(raw, "routes", "the feed has no routes")
    check_unique(raw, "route_id", "routes")
    routes = pd.DataFrame({"route_id": raw["route_id"].astype(str).to_numpy()})
    for column in ("route_short_name", "route_long_name", "route_color"):
        routes[column] = raw[column].fillna("").astype(str).to_numpy()
    types = parse_category(
        raw["route_type"],
        parse_integers,
        "routes",
        "route_type",
        "is not a route type (a whole number such as 3 or 700)",
        "Correct route_type in the feed.",
    )
    fail_first(
        np.isnan(types),
        None,
        "routes",
        "route_type",
        "",
        "Every route needs a route_type.",
    )
    routes["route_type"] = types.astype(np.int32)
    return routes


def _service_index(trips_raw, calendar_raw, dates_raw):
    pd = require("pandas")
    ids = []
    if calendar_raw is not None:
        ids += list(calendar_raw["service_id"].dropna().astype(str))
    if dates_raw is not None:
        ids += list(dates_raw["service_id"].dropna().astype(str).unique())
    ids += [str(v) for v in trips_raw["service_id"].dropna().unique()]  # (distinct first)
    return pd.Index(pd.unique(pd.Series(ids, dtype=object)))


def _build_trips(raw, routes, service_ids):
    pd = require("pandas")
    np = require("numpy")
    # (read as text already; an empty trip_id was refused by check_unique)
    trips = pd.DataFrame({"trip_id": raw["trip_id"].to_numpy(dtype=object)})
    trips["route"] = positions(
        raw["route_id"], pd.Index(routes["route_id"]), "trips", "route_id", "routes.txt"
    )
    trips["service"] = positions(
        raw["service_id"], service_ids, "trips", "service_id", "the feed's services"
    )
    direction = parse_category(
        raw["direction_id"].astype("category"),
        parse_integers,
        "trips",
        "direction_id",
        "is not 0 or 1",
        "Correct direction_id in the feed.",
    )
    trips["direction"] = np.nan_to_num(direction, nan=-1).astype(np.int8)
    headsign = raw["trip_headsign"]
    trips["trip_headsign"] = (
        headsign if headsign.dtype.name == "category" else headsign.astype("category")
    )
    return trips
