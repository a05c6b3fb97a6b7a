"""Tiny GTFS feeds written as real files (zip or folder) for the public-transport tests.

Stops can be placed in metres (SWEREF 99 TM) so that distances are exact in the tests;
they are written to stops.txt as longitude/latitude like any feed.
"""

from __future__ import annotations

import textwrap
import zipfile
from pathlib import Path

import pyproj

ORIGIN = (674_000.0, 6_580_000.0)  # central Stockholm in SWEREF 99 TM

BASE = {
    "agency": "agency_id,agency_name,agency_url,agency_timezone\nA,Test,https://example.org,Europe/Stockholm\n",
    "routes": "route_id,route_short_name,route_type\nR1,1,3\n",
    "calendar": (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20220101,20221231\n"
        "SAT,0,0,0,0,0,1,0,20220101,20221231\n"
    ),
    "trips": "route_id,service_id,trip_id,direction_id\nR1,WK,t1,0\nR1,SAT,t2,0\n",
    "stop_times": (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "t1,08:00:00,08:00:00,A,1\nt1,08:10:00,08:10:00,B,2\nt1,08:20:00,08:20:00,C,3\n"
        "t2,09:00:00,09:00:00,A,1\nt2,09:10:00,09:10:00,B,2\nt2,09:20:00,09:20:00,C,3\n"
    ),
}


def lonlat(x: float, y: float):
    """Longitude, latitude of a point given in metres east and north of ORIGIN."""
    t = pyproj.Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)
    return t.transform(ORIGIN[0] + x, ORIGIN[1] + y)


def stops_txt(*stops) -> str:
    """stops.txt from (stop_id, x, y) or (stop_id, x, y, location_type, parent_station)."""
    lines = ["stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station"]
    for stop in stops:
        stop_id, x, y = stop[:3]
        location = stop[3] if len(stop) > 3 else ""
        parent = stop[4] if len(stop) > 4 else ""
        lon, lat = lonlat(x, y)
        lines.append(f"{stop_id},Stop {stop_id},{lat:.7f},{lon:.7f},{location},{parent}")
    return "\n".join(lines) + "\n"


DEFAULT_STOPS = stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0))


def write_feed(folder: Path, as_zip: bool = True, drop=(), **tables) -> Path:
    """Write the base feed with ``tables`` (name → CSV text, dedented) replacing or adding
    files; ``drop`` leaves files out. Returns the zip path or the folder."""
    files = dict(BASE, stops=DEFAULT_STOPS)
    for name, text in tables.items():
        files[name] = textwrap.dedent(text).lstrip("\n") if text is not None else None
    files = {k: v for k, v in files.items() if v is not None and k not in drop}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if as_zip:
        path = folder / "feed.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for name, text in files.items():
                zf.writestr(f"{name}.txt", text)
        return path
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def make_feed(folder: Path, **tables):
    """The feed :func:`write_feed` writes, read by the plugin's GTFS reader."""
    from segregation_plugin.core.transit import gtfs_feed

    return gtfs_feed.read_feed(write_feed(folder, **tables))
