"""A GTFS feed for the fictional county.

Regional rail (two lines), a metro line through the city (challenged estates, centre,
affluent waterfront, challenged estates — the sample's "red line"), a frequency-based tram,
a ferry across the fjord, city, town and regional buses, a night bus whose trips run past
24:00, and a demand-responsive rural service. Weekday, Saturday and Sunday services come
from calendar.txt; calendar_dates.txt turns holidays into Sundays.
"""

from __future__ import annotations

import csv
import heapq
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pyproj import Transformer
from rasterio import features
from rasterio.transform import from_origin
from shapely.geometry import LineString, Point
from shapely.prepared import prep

from .deterministic import write_zip
from .geography import TOWNS, Geography, regso_name
from .statistics import BUMPS

FEED_START, FEED_END = "20220101", "20221231"
# Holidays on weekdays in 2022 that run the Sunday timetable (calendar_dates: 2 removes, 1 adds).
HOLIDAYS = ["20220106", "20220415", "20220418", "20220526", "20220606", "20220624", "20221226"]
TO_WGS84 = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)

WEEKDAY, SATURDAY, SUNDAY, NIGHT = "VARDAG", "LORDAG", "SONDAG", "NATT_FRE_LOR"

# Headway profiles (start, end, minutes) per service.
CITY_BUS = {
    WEEKDAY: [
        ("05:30", "06:30", 20),
        ("06:30", "09:00", 8),
        ("09:00", "15:00", 12),
        ("15:00", "18:30", 8),
        ("18:30", "23:30", 20),
    ],
    SATURDAY: [("07:00", "10:00", 20), ("10:00", "19:00", 15), ("19:00", "23:30", 30)],
    SUNDAY: [("08:00", "23:00", 20)],
}
TOWN_BUS = {
    WEEKDAY: [
        ("06:00", "09:00", 15),
        ("09:00", "15:00", 30),
        ("15:00", "18:00", 15),
        ("18:00", "22:00", 60),
    ],
    SATURDAY: [("08:00", "20:00", 60)],
    SUNDAY: [("10:00", "18:00", 60)],
}
REGIONAL_BUS = {
    WEEKDAY: [
        ("05:45", "08:45", 30),
        ("08:45", "15:00", 60),
        ("15:00", "18:00", 30),
        ("18:00", "23:00", 90),
    ],
    SATURDAY: [("07:45", "22:00", 120)],
    SUNDAY: [("09:45", "21:00", 120)],
}
RAIL = {
    WEEKDAY: [
        ("05:00", "06:00", 60),
        ("06:00", "09:00", 30),
        ("09:00", "15:00", 60),
        ("15:00", "18:30", 30),
        ("18:30", "24:01", 60),
    ],
    SATURDAY: [("06:00", "24:01", 60)],
    SUNDAY: [("07:00", "24:01", 60)],
}
METRO = {
    WEEKDAY: [
        ("05:00", "06:30", 10),
        ("06:30", "09:00", 5),
        ("09:00", "15:00", 10),
        ("15:00", "18:30", 5),
        ("18:30", "24:31", 15),
    ],
    SATURDAY: [("06:00", "24:31", 10)],
    SUNDAY: [("07:00", "24:31", 15)],
}
FERRY = {
    WEEKDAY: [
        ("06:00", "09:00", 20),
        ("09:00", "15:00", 30),
        ("15:00", "19:00", 20),
        ("19:00", "23:00", 60),
    ],
    SATURDAY: [("08:00", "22:00", 40)],
    SUNDAY: [("09:00", "21:00", 60)],
}
NIGHT_BUS = {NIGHT: [("24:15", "28:45", 30)]}
DEMAND = {WEEKDAY: [("08:30", "08:31", 60), ("14:30", "14:31", 60)]}
# Frequency-based tram (frequencies.txt): (start, end, headway seconds) per service.
TRAM_FREQUENCIES = {
    WEEKDAY: [
        ("06:00:00", "09:00:00", 420),
        ("09:00:00", "19:00:00", 600),
        ("19:00:00", "23:30:00", 1200),
    ],
    SATURDAY: [("07:00:00", "23:00:00", 900)],
    SUNDAY: [("08:00:00", "22:00:00", 1200)],
}


def _secs(hhmm: str) -> int:
    h, m = hhmm.split(":")[:2]
    return int(h) * 3600 + int(m) * 60


def _hms(seconds: int) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


@dataclass
class Stop:
    stop_id: str
    name: str
    x: float
    y: float
    location_type: int = 0
    parent: str = ""
    platform: str = ""


@dataclass
class Route:
    route_id: str
    short: str
    long: str
    route_type: int
    color: str
    waypoints: list  # (x, y)
    spacing: float  # metres between stops where stops are placed automatically
    speed_kmh: float
    profile: dict
    stops: list = field(default_factory=list)  # stop ids in direction 0
    path: list = field(default_factory=list)  # (x, y) in direction 0
    over_water: bool = False
    pickup_by_phone: bool = False


class LandRouter:
    """Shortest paths on land (200 m grid) so that road lines go round the fjord."""

    def __init__(self, geo: Geography, cell=200.0):
        minx, miny, maxx, maxy = geo.land.bounds
        self.cell, self.minx, self.maxy = cell, minx, maxy
        self.w, self.h = int((maxx - minx) / cell) + 1, int((maxy - miny) / cell) + 1
        transform = from_origin(minx, maxy, cell, cell)
        self.ok = features.rasterize(
            [(geo.land.buffer(-60), 1)], out_shape=(self.h, self.w), transform=transform, fill=0
        ).astype(bool)
        self.water = prep(geo.fjord.buffer(40))

    def _rc(self, x, y):
        return int((self.maxy - y) / self.cell), int((x - self.minx) / self.cell)

    def _xy(self, r, c):
        return self.minx + (c + 0.5) * self.cell, self.maxy - (r + 0.5) * self.cell

    def path(self, a, b):
        if not self.water.intersects(LineString([a, b])):
            return [a, b]
        start, goal = self._rc(*a), self._rc(*b)
        dist = {start: 0.0}
        prev = {}
        heap = [(0.0, start)]
        steps = [(-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)]
        while heap:
            d, node = heapq.heappop(heap)
            if node == goal:
                break
            if d > dist.get(node, math.inf):
                continue
            for dr, dc in steps:
                nr, nc = node[0] + dr, node[1] + dc
                if not (0 <= nr < self.h and 0 <= nc < self.w) or not self.ok[nr, nc]:
                    continue
                nd = d + math.hypot(dr, dc)
                if nd < dist.get((nr, nc), math.inf):
                    dist[(nr, nc)] = nd
                    prev[(nr, nc)] = node
                    heapq.heappush(heap, (nd, (nr, nc)))
        cells = [goal]
        while cells[-1] != start:
            cells.append(prev[cells[-1]])
        pts = [a] + [self._xy(r, c) for r, c in reversed(cells[1:-1])] + [b]
        line = LineString(pts).simplify(150)
        if self.water.intersects(line):
            line = LineString(pts).simplify(40)
        return list(line.coords)


class StopRegistry:
    def __init__(self, geo: Geography):
        self.stops: dict = {}
        self.geo = geo
        self.regso = geo.regso
        self.used_names: dict = {}
        self.n = 0

    def _name(self, x, y):
        p = Point(x, y)
        hit = self.regso[self.regso.contains(p)]
        base = hit["regsonamn"].iloc[0] if len(hit) else "Landsvägen"
        k = self.used_names.get(base, 0)
        self.used_names[base] = k + 1
        suffixes = [
            "",
            " torg",
            " skola",
            " gård",
            " kyrka",
            " vägen",
            " park",
            " norra",
            " södra",
            " östra",
            " västra",
            " centrum",
        ]
        return base + (suffixes[k] if k < len(suffixes) else f" {k}")

    def near(self, x, y, radius, kind):
        best, best_d = None, radius
        for s in self.stops.values():
            if s.location_type != 0 or s.stop_id[0] != kind:
                continue
            d = math.hypot(s.x - x, s.y - y)
            if d < best_d:
                best, best_d = s, d
        return best

    def add(self, x, y, kind, name=None, location_type=0, parent="", platform=""):
        self.n += 1
        stop_id = f"{kind}{self.n:05d}"
        stop = Stop(
            stop_id,
            name or self._name(x, y),
            round(x, 1),
            round(y, 1),
            location_type,
            parent,
            platform,
        )
        self.stops[stop_id] = stop
        return stop

    def station(self, x, y, name, kind):
        """A station (location_type 1) with two platforms; returns (station, platforms)."""
        st = self.add(x, y, kind, name, location_type=1)
        p1 = self.add(x - 15, y, kind, name, 0, st.stop_id, "1")
        p2 = self.add(x + 15, y, kind, name, 0, st.stop_id, "2")
        return st, (p1, p2)


def _on_land(geo, x, y):
    p = Point(x, y)
    if geo.land.buffer(-80).contains(p):
        return x, y
    q = geo.land.buffer(-120).exterior.interpolate(geo.land.buffer(-120).exterior.project(p))
    return q.x, q.y


def _place_stops(route: Route, reg: StopRegistry, router: LandRouter, kind="B"):
    pts = []
    for a, b in zip(route.waypoints[:-1], route.waypoints[1:]):
        seg = router.path(a, b)
        pts += seg if not pts else seg[1:]
    line = LineString(pts)
    route.path = pts
    n = max(2, int(round(line.length / route.spacing)) + 1)
    ids = []
    for d in np.linspace(0, line.length, n):
        p = line.interpolate(d)
        stop = reg.near(p.x, p.y, 160, kind) or reg.add(p.x, p.y, kind)
        if not ids or ids[-1] != stop.stop_id:
            ids.append(stop.stop_id)
    route.stops = ids


def _routes(geo: Geography, reg: StopRegistry, router: LandRouter) -> list:
    town = {t.kommun: t for t in TOWNS}
    city = town["9901"]
    cx, cy = city.x, city.y
    ne, sw = BUMPS[0], BUMPS[1]
    routes = []

    # Regional rail: stations with parent_station and two platforms
    def rail_line(rid, short, long, points, names):
        ids = []
        stations = []
        for (x, y), name in zip(points, names):
            existing = [s for s in reg.stops.values() if s.location_type == 1 and s.name == name]
            st = existing[0] if existing else reg.station(x, y, name, "R")[0]
            stations.append(st)
        for st in stations:
            ids.append(st.stop_id)
        r = Route(rid, short, long, 2, "1F6FB2", points, 0, 75, RAIL)
        r.path = list(points)
        r.stops = ids  # station ids; platforms chosen per direction below
        routes.append(r)

    vby, nvk, sda, skm = town["9904"], town["9902"], town["9903"], town["9906"]
    rail_line(
        "R1",
        "R1",
        "Västerby–Storstad C–Norrvik",
        [
            (vby.x, vby.y),
            (vby.x + 11_000, vby.y - 1_000),
            (cx - 9_000, cy + 300),
            (cx - 400, cy - 300),
            (cx + 500, cy + 9_000),
            (nvk.x, nvk.y),
        ],
        [
            "Västerby station",
            "Mellanby station",
            "Storstad Västra station",
            "Storstad C",
            "Storstad Norra station",
            "Norrvik station",
        ],
    )
    rail_line(
        "R2",
        "R2",
        "Storstad C–Söderås–Skogsmark",
        [
            (cx - 400, cy - 300),
            (cx - 1_500, cy - 8_000),
            (sda.x, sda.y),
            (sda.x - 12_000, sda.y - 4_000),
            (skm.x, skm.y),
        ],
        [
            "Storstad C",
            "Storstad Södra station",
            "Söderås station",
            "Skogsbo station",
            "Skogsmark station",
        ],
    )

    # Metro through the city: NE estates – centre – waterfront – SW estates (tunnel under the fjord)
    metro_pts = [
        (ne.x + 1_500, ne.y + 1_500),
        (ne.x, ne.y),
        (cx + 1_200, cy + 2_200),
        (cx, cy),
        (cx + 1_500, cy - 2_600),
        (cx - 1_500, cy - 3_300),
        (sw.x, sw.y),
        (sw.x - 1_800, sw.y - 1_200),
    ]
    line = LineString(metro_pts)
    n = int(line.length / 950) + 1
    ids = []
    for d in np.linspace(0, line.length, n):
        p = line.interpolate(d)
        st, _ = reg.station(p.x, p.y, reg._name(p.x, p.y), "M")
        ids.append(st.stop_id)
    first, middle, last = (reg.stops[i].name for i in (ids[0], ids[len(ids) // 2], ids[-1]))
    m = Route(
        "M1",
        "T1",
        f"Tunnelbanan: {first}–{middle}–{last}",
        1,
        "E2231A",
        metro_pts,
        950,
        34,
        METRO,
    )
    m.path, m.stops, m.over_water = list(line.coords), ids, True
    routes.append(m)

    # Frequency-based tram along the north shore
    routes.append(
        Route(
            "S7",
            "7",
            "Spårväg Storstad C–Östra hamnen",
            0,
            "878787",
            [(cx + 200, cy + 400), (cx + 6_000, cy + 3_600), (cx + 12_000, cy + 4_200)],
            550,
            20,
            TRAM_FREQUENCIES,
        )
    )

    # Ferry across the fjord and out to Fjordudden
    n_pier = _on_land(geo, cx + 4_000, cy + 2_200)
    s_pier = _on_land(geo, cx + 4_000, cy - 2_100)
    far = _on_land(geo, cx + 26_000, cy - 1_500)
    ferry = Route(
        "F1",
        "F1",
        "Fjordfärjan: Norra kajen–Södra kajen–Fjordudden",
        4,
        "00A6D6",
        [n_pier, s_pier, far],
        0,
        20,
        FERRY,
    )
    ferry.stops = [
        reg.add(*n_pier, "F", "Norra kajen").stop_id,
        reg.add(*s_pier, "F", "Södra kajen").stop_id,
        reg.add(*far, "F", "Fjordudden").stop_id,
    ]
    ferry.path, ferry.over_water = [n_pier, s_pier, far], True
    routes.append(ferry)

    # City buses
    city_lines = [
        ("1", [(cx, cy), (ne.x, ne.y), (cx + 7_000, cy + 9_500)]),
        ("2", [(cx, cy), (cx - 7_500, cy + 2_500), (cx - 11_500, cy + 3_500)]),
        ("3", [(cx, cy), (cx - 300, cy - 3_000), (sw.x, sw.y), (cx - 7_500, cy - 6_500)]),
        (
            "4",
            [(cx, cy), (cx - 300, cy - 3_000), (cx + 2_000, cy - 2_600), (cx + 9_000, cy - 3_000)],
        ),
        (
            "5",
            [
                (ne.x, ne.y),
                (cx + 500, cy + 6_000),
                (cx - 6_000, cy + 4_500),
                (cx - 7_000, cy - 1_500),
            ],
        ),
        ("6", [(cx, cy), (cx + 1_000, cy + 8_500)]),
        ("8", [(cx - 300, cy - 3_000), (cx - 2_500, cy - 8_500)]),
    ]
    for short, pts in city_lines:
        routes.append(
            Route(f"B{short}", short, f"Stadsbuss {short}", 3, "D71920", pts, 480, 21, CITY_BUS)
        )
    # Night bus: the route of line 1, Friday and Saturday nights after midnight
    routes.append(
        Route(
            "N1",
            "N1",
            f"Nattbuss Storstad C–{regso_name(geo, ne.x, ne.y)}",
            3,
            "1A1A1A",
            city_lines[0][1],
            480,
            26,
            NIGHT_BUS,
        )
    )

    # Town buses: two crossing lines per town
    for t in TOWNS[1:]:
        r = 2_400 if t.persons > 40_000 else 1_700
        routes.append(
            Route(
                f"T{t.kommun}a",
                f"{t.kommun[-1]}1",
                f"Stadsbuss {t.name} 1",
                3,
                "F7941D",
                [(t.x - r, t.y - r * 0.6), (t.x, t.y), (t.x + r, t.y + r * 0.8)],
                450,
                20,
                TOWN_BUS,
            )
        )
        routes.append(
            Route(
                f"T{t.kommun}b",
                f"{t.kommun[-1]}2",
                f"Stadsbuss {t.name} 2",
                3,
                "F7941D",
                [(t.x + r * 0.3, t.y - r), (t.x, t.y), (t.x - r * 0.4, t.y + r)],
                450,
                20,
                TOWN_BUS,
            )
        )

    # Regional buses (extended route type 700 "bus service")
    pairs = [
        ("9901", "9905"),
        ("9904", "9906"),
        ("9903", "9906"),
        ("9902", "9905"),
        ("9904", "9905"),
        ("9901", "9903"),
    ]
    for a, b in pairs:
        ta, tb = town[a], town[b]
        routes.append(
            Route(
                f"X{a[-1]}{b[-1]}",
                f"{a[-1]}{b[-1]}0",
                f"Regionbuss {ta.name}–{tb.name}",
                700,
                "6D2077",
                [(ta.x, ta.y), (tb.x, tb.y)],
                1_800,
                45,
                REGIONAL_BUS,
            )
        )
    routes.append(
        Route(
            "X1F",
            "190",
            "Regionbuss Storstad–Fjordudden",
            700,
            "6D2077",
            [(cx, cy), (cx - 300, cy - 3_000), (cx + 12_000, cy - 3_500), far],
            1_500,
            40,
            REGIONAL_BUS,
        )
    )
    # Demand-responsive rural service (route type 715), excluded from quality classes by default
    routes.append(
        Route(
            "D1",
            "Närtrafik",
            "Närtrafik Skogsmark landsbygd",
            715,
            "9E9E9E",
            [(skm.x, skm.y), (skm.x - 9_000, skm.y + 6_000), (skm.x - 3_000, skm.y + 12_000)],
            3_000,
            40,
            DEMAND,
        )
    )
    routes[-1].pickup_by_phone = True

    for r in routes:
        if not r.stops:
            _place_stops(r, reg, router, "B" if r.route_type in (3, 700, 715) else "S")
    return routes


def _departures(profile: dict, service: str):
    out = []
    for start, end, headway in profile.get(service, []):
        t = _secs(start)
        while t < _secs(end):
            out.append(t)
            t += headway * 60
    return out


def _stop_times(route: Route, stops: dict, direction: int):
    """(stop_id, offset seconds) along the route in ``direction``."""
    ids = list(route.stops) if direction == 0 else list(reversed(route.stops))
    result, t = [], 0.0
    prev = None
    for sid in ids:
        s = stops[sid]
        if s.location_type == 1:  # station: use the platform of this direction
            plat = [
                p for p in stops.values() if p.parent == sid and p.platform == str(direction + 1)
            ]
            s = plat[0]
        if prev is not None:
            dist = math.hypot(s.x - prev.x, s.y - prev.y) * (
                1.25 if route.route_type in (3, 700, 715) else 1.05
            )
            t += dist / (route.speed_kmh / 3.6) + (30 if route.route_type in (2, 1) else 20)
        result.append((s.stop_id, int(round(t / 30.0)) * 30))
        prev = s
    return result


def build(geo: Geography, out_zip: Path) -> dict:
    router = LandRouter(geo)
    reg = StopRegistry(geo)
    routes = _routes(geo, reg, router)
    stops = reg.stops

    trips, stop_times, freqs, shapes = [], [], [], []
    for r in routes:
        for direction in (0, 1):
            shape_id = f"{r.route_id}_{direction}"
            path = r.path if direction == 0 else list(reversed(r.path))
            dist = 0.0
            for i, (x, y) in enumerate(path):
                if i:
                    dist += math.hypot(x - path[i - 1][0], y - path[i - 1][1])
                lon, lat = TO_WGS84.transform(x, y)
                shapes.append([shape_id, f"{lat:.6f}", f"{lon:.6f}", i + 1, f"{dist:.1f}"])
            pattern = _stop_times(r, stops, direction)
            headsign = stops[pattern[-1][0]].name
            for service in (WEEKDAY, SATURDAY, SUNDAY, NIGHT):
                if r.route_type == 0:
                    windows = TRAM_FREQUENCIES.get(service, [])
                    if not windows:
                        continue
                    trip_id = f"{r.route_id}_{service}_{direction}_F"
                    trips.append([r.route_id, service, trip_id, headsign, direction, shape_id])
                    start0 = _secs(windows[0][0]) + (180 if direction else 0)
                    for seq, (sid, off) in enumerate(pattern, start=1):
                        stop_times.append(
                            [trip_id, _hms(start0 + off), _hms(start0 + off), sid, seq, "", ""]
                        )
                    for start, end, headway in windows:
                        freqs.append([trip_id, start, end, headway, 0])
                    continue
                starts = _departures(r.profile, service)
                offset = (
                    0
                    if direction == 0
                    else (r.profile.get(service, [("0:0", "0:0", 0)])[0][2] * 30)
                )
                for k, start in enumerate(starts):
                    trip_id = f"{r.route_id}_{service}_{direction}_{k + 1:03d}"
                    trips.append([r.route_id, service, trip_id, headsign, direction, shape_id])
                    for seq, (sid, off) in enumerate(pattern, start=1):
                        t = start + offset + off
                        phone = "2" if r.pickup_by_phone else ""
                        stop_times.append([trip_id, _hms(t), _hms(t), sid, seq, phone, phone])

    def csv_bytes(header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue().encode("utf-8")

    stop_rows = []
    for s in sorted(stops.values(), key=lambda s: s.stop_id):
        lon, lat = TO_WGS84.transform(s.x, s.y)
        stop_rows.append(
            [
                s.stop_id,
                s.name,
                f"{lat:.6f}",
                f"{lon:.6f}",
                s.location_type if s.location_type else "",
                s.parent,
                s.platform,
            ]
        )
    calendar = [
        [WEEKDAY, 1, 1, 1, 1, 1, 0, 0, FEED_START, FEED_END],
        [SATURDAY, 0, 0, 0, 0, 0, 1, 0, FEED_START, FEED_END],
        [SUNDAY, 0, 0, 0, 0, 0, 0, 1, FEED_START, FEED_END],
        [NIGHT, 0, 0, 0, 0, 1, 1, 0, FEED_START, FEED_END],
    ]
    cal_dates = []
    for d in HOLIDAYS:
        cal_dates.append([WEEKDAY, d, 2])
        cal_dates.append([SUNDAY, d, 1])
    members = [
        (
            "agency.txt",
            csv_bytes(
                ["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang"],
                [
                    [
                        "EXT",
                        "Exempeltrafiken (fiktiv)",
                        "https://example.org/exempeltrafiken",
                        "Europe/Stockholm",
                        "sv",
                    ]
                ],
            ),
        ),
        (
            "feed_info.txt",
            csv_bytes(
                [
                    "feed_publisher_name",
                    "feed_publisher_url",
                    "feed_lang",
                    "feed_start_date",
                    "feed_end_date",
                    "feed_version",
                ],
                [
                    [
                        "Segregation plugin sample generator",
                        "https://example.org",
                        "sv",
                        FEED_START,
                        FEED_END,
                        "sample-1",
                    ]
                ],
            ),
        ),
        (
            "routes.txt",
            csv_bytes(
                [
                    "route_id",
                    "agency_id",
                    "route_short_name",
                    "route_long_name",
                    "route_type",
                    "route_color",
                    "route_text_color",
                ],
                [
                    [r.route_id, "EXT", r.short, r.long, r.route_type, r.color, "FFFFFF"]
                    for r in routes
                ],
            ),
        ),
        (
            "stops.txt",
            csv_bytes(
                [
                    "stop_id",
                    "stop_name",
                    "stop_lat",
                    "stop_lon",
                    "location_type",
                    "parent_station",
                    "platform_code",
                ],
                stop_rows,
            ),
        ),
        (
            "calendar.txt",
            csv_bytes(
                [
                    "service_id",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "start_date",
                    "end_date",
                ],
                calendar,
            ),
        ),
        ("calendar_dates.txt", csv_bytes(["service_id", "date", "exception_type"], cal_dates)),
        (
            "trips.txt",
            csv_bytes(
                ["route_id", "service_id", "trip_id", "trip_headsign", "direction_id", "shape_id"],
                trips,
            ),
        ),
        (
            "stop_times.txt",
            csv_bytes(
                [
                    "trip_id",
                    "arrival_time",
                    "departure_time",
                    "stop_id",
                    "stop_sequence",
                    "pickup_type",
                    "drop_off_type",
                ],
                stop_times,
            ),
        ),
        (
            "frequencies.txt",
            csv_bytes(["trip_id", "start_time", "end_time", "headway_secs", "exact_times"], freqs),
        ),
        (
            "shapes.txt",
            csv_bytes(
                [
                    "shape_id",
                    "shape_pt_lat",
                    "shape_pt_lon",
                    "shape_pt_sequence",
                    "shape_dist_traveled",
                ],
                shapes,
            ),
        ),
    ]
    write_zip(out_zip, members)
    # water check for road routes
    water = prep(geo.fjord.buffer(-30))
    crossing = [
        r.route_id
        for r in routes
        if not r.over_water and r.path and water.intersects(LineString(r.path))
    ]
    return {
        "routes": len(routes),
        "stops": sum(1 for s in stops.values() if s.location_type == 0),
        "stations": sum(1 for s in stops.values() if s.location_type == 1),
        "trips": len(trips),
        "stop_times": len(stop_times),
        "routes_crossing_water": crossing,
        "stop_xy": {s.stop_id: (s.x, s.y, s.location_type) for s in stops.values()},
        "metro_stops": routes[2].stops,
    }
