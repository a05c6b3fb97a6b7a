"""stops.txt: the stops and stations of a GTFS feed, grouped to their station, with their
coordinates checked.

Coordinates that cannot be right would put class areas in the ocean and stretch every
distance: 0, 0; values outside −90…90 (latitude) and −180…180 (longitude); latitude and
longitude swapped (for one stop, or for the whole file); a stop far beyond the feed's own
extent. Such stops are named in a warning and given no coordinates; the reading stops when
most stops are like that. A stop without coordinates takes its station's, a station
without coordinates the mean of its platforms'; used stops left without any position are
named in a warning once the timetable is read (:func:`warn_unplaced`).
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.errors import InputError
from .gtfs_tables import (
    check_unique,
    counted,
    fail_first,
    line_of,
    parse_category,
    parse_integers,
    read_table,
    require_rows,
)

EARTH_RADIUS = 6_371_008.8  # metres
# a stop is far beyond the feed's extent when it is farther from the feed's median point than
# 10 × the median stop's distance and 500 km, and such stops are few (5, or a tenth)
FAR_MIN = 500_000.0
SWEDEN_LONLAT = (10.0, 54.5, 25.0, 69.5)  # west, south, east, north (as nearby.metric_crs)
LEFT_OUT = (
    "are left out of the map layers and of every distance (quality classes, PTAL, access, "
    "line profile); their departures still count in the totals"
)


def read_stops(source, warn):
    """stops.txt as the Feed's ``stops`` frame; ``warn(file, line, problem)`` takes the
    warnings about coordinates."""
    pd = require("pandas")
    np = require("numpy")
    raw = read_table(source, "stops")
    require_rows(raw, "stops", "the feed has no stops")
    check_unique(raw, "stop_id", "stops")
    stops = pd.DataFrame({"stop_id": raw["stop_id"].astype(str).to_numpy()})
    stops["stop_name"] = raw["stop_name"].fillna("").astype(str).to_numpy()
    for column in ("stop_lat", "stop_lon"):
        text = raw[column]
        values = pd.to_numeric(text, errors="coerce")  # GTFS decimals; fail_first reports
        fail_first(
            (values.isna() & text.notna()).to_numpy(),
            text.to_numpy(),
            "stops",
            column,
            "is not a number",
            "Correct the coordinate in the feed.",
        )
        stops[column] = values.to_numpy(dtype=float, copy=True)
    location = parse_category(
        raw["location_type"].astype("category"),
        parse_integers,
        "stops",
        "location_type",
        "is not 0–4",
        "Correct the location type.",
    )
    stops["location_type"] = np.nan_to_num(location, nan=0).astype(np.int8)
    parent = raw["parent_station"].fillna("").astype(str).str.strip().to_numpy()
    stops["parent_station"] = parent
    # group every stop to its root: platform → station (boarding area → platform → station)
    index = pd.Index(stops["stop_id"])
    own = np.arange(len(stops), dtype=np.int64)
    parent_pos = index.get_indexer(parent)
    parent_pos = np.where(parent == "", -1, parent_pos)
    station = np.where(parent_pos >= 0, parent_pos, own)
    for _ in range(3):
        station = np.where(parent_pos[station] >= 0, parent_pos[station], station)
    stops["station"] = station.astype(np.int32)
    for i in np.flatnonzero((parent != "") & (parent_pos < 0))[:5]:
        warn(
            "stops",
            line_of(i),
            f"parent_station '{parent[i]}' is not a stop; the stop stands alone.",
        )
    excluded = check_coordinates(stops, warn)
    fill_from_station(stops)
    return stops, excluded


# --- plausible coordinates ----------------------------------------------------------------------
def distance(lat, lon, lat0, lon0):
    """Great-circle distance in metres from (lat0, lon0) (degrees; numpy arrays)."""
    np = require("numpy")
    p, q = np.radians(lat), np.radians(lat0)
    dp, dl = p - q, np.radians(lon - lon0)
    h = np.sin(dp / 2) ** 2 + np.cos(p) * np.cos(q) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def _in_range(lat, lon):
    np = require("numpy")
    return (np.abs(lat) <= 90) & (np.abs(lon) <= 180)


def _not_null_island(lat, lon):
    np = require("numpy")
    return (np.abs(lat) > 1e-6) | (np.abs(lon) > 1e-6)


def _in_sweden(lat, lon) -> bool:
    west, south, east, north = SWEDEN_LONLAT
    return west <= lon <= east and south <= lat <= north


def _named(stops, rows, limit=5) -> str:
    """``B12 (line 14: 18.07, 59.33), …`` for the first ``limit`` of ``rows``."""
    ids = stops["stop_id"].to_numpy()
    lat, lon = stops["stop_lat"].to_numpy(), stops["stop_lon"].to_numpy()
    shown = [f"{ids[i]} (line {line_of(i)}: {lat[i]:g}, {lon[i]:g})" for i in rows[:limit]]
    more = f" and {len(rows) - limit} more" if len(rows) > limit else ""
    return ", ".join(shown) + more


def check_coordinates(stops, warn):
    """Give stops with implausible coordinates none (NaN), with a warning naming them, and
    return their rows; InputError when most of the stops with coordinates are implausible."""
    np = require("numpy")
    lat = stops["stop_lat"].to_numpy(dtype=float, copy=True)
    lon = stops["stop_lon"].to_numpy(dtype=float, copy=True)
    has = np.isfinite(lat) & np.isfinite(lon)
    n = int(has.sum())
    if n == 0:
        return np.array([], np.int64)
    plausible = has & _in_range(lat, lon) & _not_null_island(lat, lon)
    swapped_ok = has & _in_range(lon, lat) & _not_null_island(lat, lon)
    example = _named(stops, np.flatnonzero(has), 2)
    whole_file_swapped = plausible.sum() <= n / 2 and swapped_ok.sum() > n / 2
    if plausible.sum() > n / 2 and not whole_file_swapped:
        mid_lat, mid_lon = np.median(lat[plausible]), np.median(lon[plausible])
        whole_file_swapped = not _in_sweden(mid_lat, mid_lon) and _in_sweden(mid_lon, mid_lat)
    if whole_file_swapped:
        raise InputError(
            "stops.txt: latitude and longitude look swapped in the whole file (e.g. "
            f"{example}: stop_lat holds what should be the longitude). Exchange the names of "
            "the columns stop_lat and stop_lon in stops.txt, or ask the feed's publisher for a "
            "corrected feed."
        )
    if plausible.sum() <= n / 2:
        raise InputError(
            f"stops.txt: {n - int(plausible.sum())} of {n} stops have coordinates that "
            f"cannot be right (0, 0 or outside −90…90, −180…180; e.g. {example}). Correct "
            "stop_lat and stop_lon in stops.txt, or ask the feed's publisher for a corrected "
            "feed."
        )
    # the feed's own extent: distances from its median point
    mid_lat, mid_lon = np.median(lat[plausible]), np.median(lon[plausible])
    d = np.full(len(lat), np.inf)
    d[plausible] = distance(lat[plausible], lon[plausible], mid_lat, mid_lon)
    limit = max(10 * float(np.median(d[plausible])), FAR_MIN)
    d_swapped = np.full(len(lat), np.inf)
    d_swapped[swapped_ok] = distance(lon[swapped_ok], lat[swapped_ok], mid_lat, mid_lon)
    swapped = has & (d > limit) & (d_swapped <= limit)
    null = has & ~_not_null_island(lat, lon)
    out_of_range = has & ~_in_range(lat, lon) & ~swapped
    far = plausible & (d > limit) & ~swapped
    if far.sum() > max(n / 10, 5):  # a real part of the feed (a second region), no mistakes
        far[:] = False
    bad = swapped | null | out_of_range | far
    if bad.sum() > n / 2:
        raise InputError(
            f"stops.txt: {int(bad.sum())} of {n} stops lie far from the others or have "
            f"coordinates that cannot be right (e.g. {_named(stops, np.flatnonzero(bad), 2)}). "
            "Correct stop_lat and stop_lon in stops.txt, or ask the feed's publisher for a "
            "corrected feed."
        )
    km = round(limit / 1000)
    for mask, what in (
        (null, "coordinates 0, 0 (a point in the Atlantic, not a stop)"),
        (out_of_range, "coordinates outside −90…90 (latitude), −180…180 (longitude)"),
        (swapped, "latitude and longitude swapped (exchanged, they lie among the feed's stops)"),
        (far, f"coordinates more than {km:,} km from the middle of the feed's stops"),
    ):
        rows = np.flatnonzero(mask)
        if len(rows):
            warn(
                "stops",
                line_of(rows[0]) if len(rows) == 1 else None,
                f"{counted(len(rows), 'stop has', 'stops have')} {what}: "
                f"{_named(stops, rows)}. Their coordinates are not used: a platform takes "
                "its station's position, a station its platforms'; other stops "
                f"{LEFT_OUT}. Correct them in stops.txt.",
            )
    lat[bad], lon[bad] = np.nan, np.nan
    stops["stop_lat"], stops["stop_lon"] = lat, lon
    return np.flatnonzero(bad)


def fill_from_station(stops) -> None:
    """A station without coordinates takes the mean of its platforms', a platform (or
    boarding area) without coordinates its station's."""
    pd = require("pandas")
    np = require("numpy")
    lat = stops["stop_lat"].to_numpy(dtype=float, copy=True)
    lon = stops["stop_lon"].to_numpy(dtype=float, copy=True)
    missing = np.isnan(lat) | np.isnan(lon)
    if not missing.any():
        return
    station = stops["station"].to_numpy()
    placed = pd.DataFrame(
        {"station": station[~missing], "lat": lat[~missing], "lon": lon[~missing]}
    )
    mean = placed.groupby("station")[["lat", "lon"]].mean()
    roots = np.flatnonzero(missing & (station == np.arange(len(station))))
    found = mean.reindex(roots).to_numpy()
    lat[roots], lon[roots] = found[:, 0], found[:, 1]
    children = np.flatnonzero(missing & (station != np.arange(len(station))))
    lat[children], lon[children] = lat[station[children]], lon[station[children]]
    stops["stop_lat"], stops["stop_lon"] = lat, lon


def warn_unplaced(feed, excluded=()) -> None:
    """Warn about the stops that trips use and that have no position at all (but for the
    ``excluded`` rows, already named for their implausible coordinates)."""
    np = require("numpy")
    served = np.bincount(feed.stop_times["stop"].to_numpy(), minlength=len(feed.stops))
    used = np.setdiff1d(np.flatnonzero(served), excluded)
    lat = feed.stops["stop_lat"].to_numpy()[used]
    lon = feed.stops["stop_lon"].to_numpy()[used]
    rows = used[np.isnan(lat) | np.isnan(lon)]
    if not len(rows):
        return
    ids = feed.stops["stop_id"].to_numpy()
    names = feed.stops["stop_name"].to_numpy()
    shown = ", ".join(
        f"{ids[i]}{f' {names[i]}' if names[i] else ''} (line {line_of(i)})" for i in rows[:5]
    )
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    feed.warn(
        "stops",
        line_of(rows[0]) if len(rows) == 1 else None,
        f"{counted(len(rows), 'stop with departures has', 'stops with departures have')} "
        f"no coordinates (nor has its station): {shown}{more}. They {LEFT_OUT}. Add stop_lat "
        "and stop_lon in stops.txt.",
    )
