"""A deterministic national-scale GTFS feed, population grid and area layer for
``bench_transit.py`` (not part of the plugin).

The country is a Sweden-sized box in SWEREF 99 TM with towns of Zipf-distributed size.
Each town has a square lattice of bus stops and city bus lines crossing it; regional bus
lines link neighbouring towns and rail lines (with parent stations and two platforms)
link the largest. Services: weekdays, Saturdays, Sundays (calendar) with a holiday moved
to the Sunday timetable (calendar_dates), and night trips running past 24:00. The
population grid (250 m) puts people around the stops of each town; 6,160 areas come from
splitting the box into quarters where most people live, like DeSO.
"""

from __future__ import annotations

import heapq
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

WEST, SOUTH, EAST, NORTH = 270_000.0, 6_130_000.0, 920_000.0, 7_680_000.0
N_AREAS = 6160


def _towns(rng, n_towns):
    sizes = 1.0 / np.arange(1, n_towns + 1) ** 0.9
    x = rng.uniform(WEST + 20_000, EAST - 20_000, n_towns)
    # more towns in the south, as in Sweden
    y = SOUTH + 20_000 + (NORTH - SOUTH - 40_000) * rng.beta(1.2, 3.0, n_towns)
    return x, y, sizes / sizes.sum()


def make_feed(folder: Path, target_stops: int = 46_500, seed: int = 5) -> dict:
    """Write ``national_gtfs.zip`` into ``folder``; returns facts about it."""
    rng = np.random.default_rng(seed)
    n_towns = 1400
    tx, ty, share = _towns(rng, n_towns)
    per_town = np.maximum(4, np.round(share * target_stops * 0.97)).astype(int)
    stop_x, stop_y, stop_town, stop_kind = [], [], [], []
    town_stops = []
    spacing = 420.0
    for t in range(n_towns):
        side = int(np.ceil(np.sqrt(per_town[t])))
        gx, gy = np.meshgrid(np.arange(side), np.arange(side))
        gx, gy = gx.ravel()[: per_town[t]], gy.ravel()[: per_town[t]]
        jitter = rng.normal(0, 60, (2, len(gx)))
        xs = tx[t] + (gx - side / 2) * spacing + jitter[0]
        ys = ty[t] + (gy - side / 2) * spacing + jitter[1]
        first = len(stop_x)
        stop_x.extend(xs)
        stop_y.extend(ys)
        stop_town.extend([t] * len(xs))
        stop_kind.extend(["bus"] * len(xs))
        town_stops.append((first, side, len(xs)))
    routes = []
    # --- rail: stations with two platforms in the 120 largest towns, lines of 12 stations
    rail_towns = np.arange(120)
    station_rows = []
    for t in rail_towns:
        station_rows.append(len(stop_x))
        for k in range(3):  # station, platform 1, platform 2
            stop_x.append(tx[t] + 30 * k)
            stop_y.append(ty[t] + 15)
            stop_town.append(t)
            stop_kind.append("station" if k == 0 else "platform")
    n_stops = len(stop_x)
    stop_x, stop_y = np.array(stop_x), np.array(stop_y)
    # --- services and trip generation helpers
    services = ["WD", "SA", "SU", "NIGHT"]
    pattern_rows = []  # (route_id, route_type, stops array, trips per service dict, travel s/hop)

    route_index = {}

    def add_route(route_id, route_type, stops, per_service, hop):
        route_index[route_id] = len(routes)
        routes.append((route_id, route_type))
        pattern_rows.append((route_id, np.asarray(stops), per_service, hop))

    # city lines: rows and columns of each town's lattice
    for t, (first, side, count) in enumerate(town_stops):
        ids = np.arange(first, first + count)
        size = share[t] * n_towns
        lines = [ids[r * side : (r + 1) * side] for r in range(side)]
        lines += [ids[c::side] for c in range(side)]
        lines = [line for line in lines if len(line) >= 3]
        wd = int(np.clip(3 + 16 * size, 4, 40))
        for k, line in enumerate(lines[: max(1, side)]):
            add_route(
                f"C{t}_{k}", 3 if k % 7 else 700, line, {"WD": wd, "SA": wd // 2, "SU": wd // 3}, 75
            )
        if t < 40:
            add_route(f"N{t}", 3, lines[0], {"NIGHT": 6}, 75)
        if t < 5:  # metro lines along both diagonals of the largest towns, every 5 minutes
            diagonal = ids[[r * side + r for r in range(side) if r * side + r < count]]
            anti = ids[
                [r * side + side - 1 - r for r in range(side) if r * side + side - 1 - r < count]
            ]
            for k, line in enumerate((diagonal, anti)):
                add_route(f"M{t}_{k}", 1, line, {"WD": 216, "SA": 144, "SU": 108}, 90)
    # regional buses between neighbouring towns (the town's first 4 stops to the next town's)
    for t in range(n_towns - 1):
        a, b = town_stops[t], town_stops[(t * 7 + 1) % n_towns]
        line = np.r_[np.arange(a[0], a[0] + min(4, a[2])), np.arange(b[0], b[0] + min(4, b[2]))]
        add_route(f"X{t}", 700, line, {"WD": 10, "SA": 4, "SU": 3}, 240)
    # rail lines over 12 stations, platform 1 one way and platform 2 back (as trips below)
    for k in range(10):
        towns = rail_towns[k * 12 : (k + 1) * 12]
        platforms = np.array([station_rows[int(t)] + 1 for t in towns])
        add_route(f"R{k}", 2 if k % 2 else 101, platforms, {"WD": 30, "SA": 16, "SU": 12}, 600)
    # --- trips and stop times, vectorised per route, service and direction
    trip_route, trip_service, trip_direction = [], [], []
    st_stop, st_pos, st_time = [], [], []
    n_trip = 0
    for route_id, stops, per_service, hop in pattern_rows:
        for service, n_trips in per_service.items():
            if n_trips <= 0:
                continue
            for direction in (0, 1):
                seq = stops if direction == 0 else stops[::-1]
                if route_id.startswith("R") and direction == 1:
                    seq = seq + 1  # the other platform
                if service == "NIGHT":
                    starts = 23 * 3600 + np.arange(n_trips) * 1800  # 23:00 … past 24:00
                else:
                    starts = np.linspace(5 * 3600, 23 * 3600, n_trips).astype(np.int64)
                length = len(seq)
                trip_route.append(np.full(n_trips, route_index[route_id]))
                trip_service.append(np.full(n_trips, services.index(service)))
                trip_direction.append(np.full(n_trips, direction))
                st_stop.append(np.tile(seq, n_trips))
                st_pos.append(np.tile(np.arange(length), n_trips))
                st_time.append(
                    np.repeat(starts, length) + np.tile(np.arange(length) * hop, n_trips)
                )
                n_trip += n_trips
    trip_route = np.concatenate(trip_route)
    trip_service = np.concatenate(trip_service)
    trip_direction = np.concatenate(trip_direction)
    st_stop = np.concatenate(st_stop)
    st_pos = np.concatenate(st_pos)
    st_time = np.concatenate(st_time)
    st_trip = np.cumsum(st_pos == 0) - 1
    facts = {"stops": n_stops, "routes": len(routes), "trips": n_trip}
    folder.mkdir(parents=True, exist_ok=True)
    lon, lat = _to_lonlat(stop_x, stop_y)
    kinds = np.array(stop_kind)
    parent = np.array([""] * n_stops, dtype=object)
    for s in station_rows:
        parent[s + 1] = parent[s + 2] = f"S{s}"
    stops_df = pd.DataFrame(
        {
            "stop_id": [f"S{i}" for i in range(n_stops)],
            "stop_name": [f"Stop {i}" for i in range(n_stops)],
            "stop_lat": np.round(lat, 6),
            "stop_lon": np.round(lon, 6),
            "location_type": np.where(kinds == "station", "1", ""),
            "parent_station": parent,
        }
    )
    routes_df = pd.DataFrame(routes, columns=["route_id", "route_type"])
    routes_df.insert(1, "route_short_name", routes_df["route_id"])
    trips_df = pd.DataFrame(
        {
            "route_id": routes_df["route_id"].to_numpy()[trip_route],
            "service_id": np.array(services)[trip_service],
            "trip_id": [f"T{i}" for i in range(n_trip)],
            "direction_id": trip_direction,
        }
    )
    unique_times, time_codes = np.unique(st_time, return_inverse=True)
    text = pd.Categorical.from_codes(time_codes, _hhmmss(unique_times))
    st_df = pd.DataFrame(
        {
            "trip_id": pd.Categorical.from_codes(st_trip, trips_df["trip_id"]),
            "arrival_time": text,
            "departure_time": text,
            "stop_id": pd.Categorical.from_codes(st_stop, stops_df["stop_id"]),
            "stop_sequence": st_pos + 1,
        }
    )
    facts["stop_times"] = len(st_df)
    calendar = pd.DataFrame(
        {
            "service_id": ["WD", "SA", "SU", "NIGHT"],
            "monday": [1, 0, 0, 0],
            "tuesday": [1, 0, 0, 0],
            "wednesday": [1, 0, 0, 0],
            "thursday": [1, 0, 0, 0],
            "friday": [1, 0, 0, 1],
            "saturday": [0, 1, 0, 1],
            "sunday": [0, 0, 1, 0],
            "start_date": ["20220101"] * 4,
            "end_date": ["20221231"] * 4,
        }
    )
    calendar_dates = pd.DataFrame(
        {"service_id": ["WD", "SU"], "date": ["20220606", "20220606"], "exception_type": [2, 1]}
    )
    path = folder / "national_gtfs.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(
            "agency.txt",
            "agency_id,agency_name,agency_url,agency_timezone\nA,Bench,https://example.org,Europe/Stockholm\n",
        )
        for name, frame in (
            ("stops", stops_df),
            ("routes", routes_df),
            ("trips", trips_df),
            ("stop_times", st_df),
            ("calendar", calendar),
            ("calendar_dates", calendar_dates),
        ):
            zf.writestr(f"{name}.txt", frame.to_csv(index=False))
    facts["path"] = path
    facts["stop_xy"] = (stop_x, stop_y)
    facts["town"] = (tx, ty, share)
    return facts


def _hhmmss(seconds):
    h, rest = np.divmod(seconds, 3600)
    m, s = np.divmod(rest, 60)
    text = np.char.zfill(h.astype(str), 2)
    text = np.char.add(np.char.add(text, ":"), np.char.zfill(m.astype(str), 2))
    return np.char.add(np.char.add(text, ":"), np.char.zfill(s.astype(str), 2))


def _to_lonlat(x, y):
    import pyproj

    t = pyproj.Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)
    return t.transform(x, y)


def make_population(folder: Path, facts: dict, cell: float = 250.0, seed: int = 6):
    """A 250 m population grid (GeoTIFF, EPSG:3006) around the towns' stops."""
    import rasterio
    from rasterio.transform import from_origin

    rng = np.random.default_rng(seed)
    cols = int((EAST - WEST) / cell)
    rows = int((NORTH - SOUTH) / cell)
    grid = np.zeros((rows, cols), dtype=np.int32)
    sx, sy = facts["stop_xy"]
    people = rng.integers(15, 160, len(sx))
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            c = ((sx - WEST) // cell).astype(int) + dx
            r = ((NORTH - sy) // cell).astype(int) + dy
            ok = (c >= 0) & (c < cols) & (r >= 0) & (r < rows)
            np.add.at(grid, (r[ok], c[ok]), people[ok] // (1 if dx == dy == 0 else 4))
    path = folder / "population_250m.tif"
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        height=rows,
        width=cols,
        count=1,
        dtype="int32",
        crs="EPSG:3006",
        transform=from_origin(WEST, NORTH, cell, cell),
        nodata=-9999,
        compress="deflate",
        tiled=True,
    ) as dst:
        dst.write(grid, 1)
    return path, grid


def make_areas(grid, cell: float = 250.0, n_areas: int = N_AREAS, seed: int = 7):
    """Split the country into quarters where most people live until there are
    ``n_areas`` areas (1 + 3·k); a GeoDataFrame with code, population and area_type."""
    import geopandas as gpd
    from shapely.geometry import box

    rng = np.random.default_rng(seed)
    summed = np.pad(grid.astype(np.int64).cumsum(0).cumsum(1), ((1, 0), (1, 0)))

    def pop(r0, c0, r1, c1):
        return int(summed[r1, c1] - summed[r0, c1] - summed[r1, c0] + summed[r0, c0])

    rows, cols = grid.shape
    heap = [(-pop(0, 0, rows, cols), 0, 0, rows, cols)]
    while len(heap) < n_areas:
        negpop, r0, c0, r1, c1 = heapq.heappop(heap)
        if r1 - r0 < 2 or c1 - c0 < 2:  # a single cell row or column: keep it whole
            heapq.heappush(heap, (negpop + 10**12, r0, c0, r1, c1))
            continue
        rm, cm = (r0 + r1) // 2, (c0 + c1) // 2
        for a, b, c, d in ((r0, c0, rm, cm), (r0, cm, rm, c1), (rm, c0, r1, cm), (rm, cm, r1, c1)):
            heapq.heappush(heap, (-pop(a, b, c, d), a, b, c, d))
    geoms, pops = [], []
    for negpop, r0, c0, r1, c1 in sorted(heap, key=lambda h: (h[1], h[2])):
        geoms.append(box(WEST + c0 * cell, NORTH - r1 * cell, WEST + c1 * cell, NORTH - r0 * cell))
        pops.append(-negpop)
    types = rng.choice([1, 2, 3, 4, 5], size=len(geoms), p=[0.05, 0.09, 0.25, 0.53, 0.08])
    return gpd.GeoDataFrame(
        {"code": [f"A{i:05d}" for i in range(len(geoms))], "population": pops, "area_type": types},
        geometry=geoms,
        crs="EPSG:3006",
    )
