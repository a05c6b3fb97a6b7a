"""The town's GTFS feed (stops ALFA, BETA, GAMMA inside the DeSO of ``builders.py``), written
as a zip from tables of text that a case can change one at a time."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.transit_feeds import lonlat, write_feed

STOP_XY = {"ALFA": (100.0, 100.0), "BETA": (1000.0, -100.0), "GAMMA": (1400.0, 200.0)}
DATE = "2022-10-12"  # a Wednesday in the feed's calendar


def stop_line(stop: str, lat, lon) -> str:
    lat = f"{lat:.7f}" if isinstance(lat, float) else lat
    lon = f"{lon:.7f}" if isinstance(lon, float) else lon
    return f"{stop},Hållplats {stop.title()},{lat},{lon},0,"


def stop_lines(**changes) -> list:
    """The town's stop lines with ``changes`` (stop → (lat, lon), as numbers or text)."""
    lines = []
    for stop, (x, y) in STOP_XY.items():
        lon, lat = lonlat(x, y)
        lat, lon = changes.get(stop, (lat, lon))
        lines.append(stop_line(stop, lat, lon))
    return lines


def stops_text(lines=None) -> str:
    """stops.txt of the town: ALFA, BETA, GAMMA inside the DeSO (``lines`` replace them)."""
    out = ["stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station"]
    if lines is None:
        lines = stop_lines()
    return "\n".join(out + list(lines)) + "\n"


def timetable(route_types=(("R1", "1", 3), ("R2", "T", 2)), direction=True):
    """routes, trips and stop_times of the town: R1 every 15 minutes ALFA–BETA–GAMMA and
    back, R2 every 30 minutes ALFA–GAMMA and back, 06:00–19:45 on weekdays. Departures in
    06:00–20:00 (a trip's last stop does not count): ALFA 84, BETA 112, GAMMA 84."""
    routes = ["route_id,route_short_name,route_long_name,route_type,route_color"]
    routes += [f"{rid},{short},Linje {short},{rtype}," for rid, short, rtype in route_types]
    trips = ["route_id,service_id,trip_id" + (",direction_id" if direction else "")]
    times = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    patterns = {"R1": (("ALFA", 0), ("BETA", 5), ("GAMMA", 8)), "R2": (("ALFA", 0), ("GAMMA", 4))}
    for rid, _, _ in route_types:
        pattern = patterns.get(rid, patterns["R1"])
        step = 30 if rid == "R2" else 15
        for start in range(6 * 60, 20 * 60, step):
            for d in (0, 1):
                tid = f"{rid}_{d}_{start}"
                trips.append(f"{rid},WK,{tid}" + (f",{d}" if direction else ""))
                order = pattern if d == 0 else tuple(reversed(pattern))
                offsets = [m for _, m in pattern]
                for seq, (stop, _) in enumerate(order, start=1):
                    minute = start + (offsets[seq - 1])
                    hhmm = f"{minute // 60:02d}:{minute % 60:02d}:00"
                    times.append(f"{tid},{hhmm},{hhmm},{stop},{seq}")
    return {
        "routes": "\n".join(routes) + "\n",
        "trips": "\n".join(trips) + "\n",
        "stop_times": "\n".join(times) + "\n",
    }


def feed_tables(**changes) -> dict:
    """The town's GTFS tables (name → text) with ``changes`` applied."""
    tables = {**timetable(), "stops": stops_text()}
    tables.update(changes)
    return tables


def feed(folder: Path, name="gtfs", tables=None, drop=()) -> str:
    """The town's feed as a zip in ``folder`` (``tables`` from :func:`feed_tables`)."""
    sub = Path(folder) / name
    path = write_feed(sub, as_zip=True, drop=drop, **(tables or feed_tables()))
    target = Path(folder) / f"{name}.zip"
    path.rename(target)
    sub.rmdir()
    return str(target)
