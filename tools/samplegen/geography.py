"""The fictional county's geography: land, fjord, towns, DeSO, RegSO, kommuner and län.

DeSO are Voronoi cells of seed points whose density follows the towns, clipped to land.
RegSO are contiguous groups of one to four DeSO inside a kommun, kommuner are the DeSO
nearest to each kommun seat, and every upper level is the exact union of the level below,
so the layers nest and tile the county without gaps or overlaps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import LineString, MultiPoint, Point, Polygon
from shapely.ops import transform, unary_union, voronoi_diagram

CRS = "EPSG:3006"
X0, Y0 = 560_000.0, 6_560_000.0  # centre of the county in SWEREF 99 TM
LAN_CODE, LAN_NAME = "99", "Exempelläns län"


@dataclass
class Town:
    kommun: str
    name: str  # kommun name; the town is its seat
    x: float
    y: float
    persons: int  # approximate residents of the town's Gaussian core
    spread: float  # metres


TOWNS = [
    Town("9901", "Storstad", X0 + 14_000, Y0 + 1_500, 270_000, 5_200),
    Town("9902", "Norrvik", X0 + 13_000, Y0 + 21_000, 55_000, 3_000),
    Town("9903", "Söderås", X0 + 9_000, Y0 - 19_000, 50_000, 3_000),
    Town("9904", "Västerby", X0 - 23_000, Y0 + 3_000, 62_000, 3_300),
    Town("9905", "Åkerlunda", X0 - 9_000, Y0 + 30_000, 24_000, 2_400),
    Town("9906", "Skogsmark", X0 - 19_000, Y0 - 27_000, 20_000, 2_200),
]
RURAL_PERSONS = 50_000

# Syllables for fictional district (RegSO) names.
_FIRST = [
    "Björk",
    "Ek",
    "Lind",
    "Sol",
    "Berg",
    "Sjö",
    "Hag",
    "Mal",
    "Ros",
    "Ängs",
    "Gran",
    "Al",
    "Ås",
    "Lunds",
    "Tall",
    "Strand",
    "Kvarn",
    "Vik",
    "Holm",
    "Näs",
    "Bäck",
    "Dal",
    "Hög",
    "Fors",
    "Lövs",
    "Mosse",
    "Ny",
    "Gamla",
    "Norr",
    "Söder",
    "Väster",
    "Öster",
    "Kyrk",
    "Skogs",
]
_LAST = [
    "backen",
    "berga",
    "dalen",
    "gården",
    "hagen",
    "holmen",
    "lund",
    "lunda",
    "näs",
    "torp",
    "vik",
    "ängen",
    "åsen",
    "by",
    "stad",
    "slätten",
    "höjden",
    "parken",
    "udden",
    "sund",
]


@dataclass
class Geography:
    land: Polygon
    fjord: Polygon
    towns: list
    deso: gpd.GeoDataFrame  # desokod, regsokod, kommunkod, ..., urbanity, density, geometry
    regso: gpd.GeoDataFrame
    kommun: gpd.GeoDataFrame
    lan: gpd.GeoDataFrame
    extras: dict = field(default_factory=dict)


def regso_name(geo, x, y) -> str:
    """The name of the RegSO at (x, y), so that stops, lines and plans are named after the
    districts they are in."""
    hit = geo.regso[geo.regso.contains(Point(x, y))]
    return hit["regsonamn"].iloc[0] if len(hit) else "Landsbygden"


def _round(geom, ndigits=2):
    return transform(lambda x, y, z=None: (np.round(x, ndigits), np.round(y, ndigits)), geom)


def _outline(rng) -> Polygon:
    """A noisy ellipse, about 110 km east–west and 90 km north–south."""
    n = 240
    theta = np.linspace(0, 2 * math.pi, n, endpoint=False)
    noise = np.zeros(n)
    for k in range(2, 9):
        noise += rng.normal(0, 0.035 / math.sqrt(k)) * np.cos(
            k * theta + rng.uniform(0, 2 * math.pi)
        )
    ax, ay = 56_000.0, 46_000.0
    xs = X0 + ax * (1 + noise) * np.cos(theta)
    ys = Y0 + ay * (1 + noise) * np.sin(theta)
    return Polygon(zip(np.round(xs, 2), np.round(ys, 2))).buffer(0)


def _fjord(rng) -> Polygon:
    """A fjord from the east coast to the city's harbour, 0.9–2.4 km wide."""
    xs = np.linspace(X0 + 75_000, X0 + 15_500, 80)
    ys = Y0 + 300 + 2_600 * np.sin((xs - X0 - 15_500) / 7_000.0)
    line = LineString(zip(xs, ys))
    widths = np.linspace(3_600, 900, len(xs))
    parts = [Point(x, y).buffer(w / 2, 16) for x, y, w in zip(xs, ys, widths)]
    return _round(unary_union(parts + [line.buffer(450)]).simplify(20))


def _density(x, y):
    """Residents per m² (relative): Gaussian town cores plus a rural floor."""
    d = np.full(np.shape(x), 1.0e-5 * RURAL_PERSONS / 8_000.0)
    for t in TOWNS:
        r2 = (x - t.x) ** 2 + (y - t.y) ** 2
        d = d + t.persons / (2 * math.pi * t.spread**2) * np.exp(-r2 / (2 * t.spread**2))
    return d


def _seeds(rng, land: Polygon, fjord: Polygon, mean_persons: float) -> np.ndarray:
    """Seed points, about one per ``mean_persons`` residents, spaced by local density."""
    from shapely.prepared import prep

    pland = prep(land)
    pfjord = prep(fjord.buffer(250))
    pts: list = []
    grid: dict = {}
    cell = 400.0

    def far_enough(x, y, spacing):
        gx, gy = int(x // cell), int(y // cell)
        reach = int(spacing // cell) + 1
        for i in range(gx - reach, gx + reach + 1):
            for j in range(gy - reach, gy + reach + 1):
                for px, py in grid.get((i, j), ()):
                    if (px - x) ** 2 + (py - y) ** 2 < spacing**2:
                        return False
        return True

    def add(x, y):
        pts.append((x, y))
        grid.setdefault((int(x // cell), int(y // cell)), []).append((x, y))

    groups = [(t.x, t.y, t.spread, round(t.persons / mean_persons)) for t in TOWNS]
    minx, miny, maxx, maxy = land.bounds
    for cx, cy, spread, count in groups:
        placed, tries = 0, 0
        while placed < count and tries < count * 400:
            tries += 1
            r = spread * math.sqrt(-2 * math.log(1 - rng.uniform(0, 0.999)))
            a = rng.uniform(0, 2 * math.pi)
            x, y = round(cx + r * math.cos(a), 1), round(cy + r * math.sin(a), 1)
            # spacing that gives each seed about mean_persons residents at this density
            spacing = 0.62 * math.sqrt(mean_persons / float(_density(x, y)))
            if (
                pland.contains(Point(x, y))
                and not pfjord.contains(Point(x, y))
                and far_enough(x, y, spacing)
            ):
                add(x, y)
                placed += 1
    rural = round(RURAL_PERSONS / mean_persons)
    placed, tries = 0, 0
    while placed < rural and tries < rural * 2000:
        tries += 1
        x, y = round(rng.uniform(minx, maxx), 1), round(rng.uniform(miny, maxy), 1)
        spacing = max(4_000.0, 0.62 * math.sqrt(mean_persons / float(_density(x, y))))
        if (
            pland.contains(Point(x, y))
            and not pfjord.contains(Point(x, y))
            and far_enough(x, y, spacing)
        ):
            add(x, y)
            placed += 1
    return np.array(pts)


def _voronoi_cells(seeds: np.ndarray, land: Polygon) -> list:
    """Voronoi cells of ``seeds`` in seed order, clipped to land; parts of a cell cut off by
    the fjord are given to the neighbour they share most boundary with."""
    minx, miny, maxx, maxy = land.bounds
    envelope = Polygon(
        [
            (minx - 5e3, miny - 5e3),
            (maxx + 5e3, miny - 5e3),
            (maxx + 5e3, maxy + 5e3),
            (minx - 5e3, maxy + 5e3),
        ]
    )
    diagram = voronoi_diagram(MultiPoint([tuple(p) for p in seeds]), envelope=envelope)
    cells_raw = list(diagram.geoms)
    frame = gpd.GeoDataFrame(geometry=cells_raw)
    pts = gpd.GeoDataFrame(geometry=[Point(p) for p in seeds])
    hit = gpd.sjoin(pts, frame, how="left", predicate="within")
    order = hit.sort_index()["index_right"].to_numpy()
    cells = [_round(cells_raw[int(j)]).intersection(land) for j in order]
    cells = [_round(c) for c in cells]
    # hand detached parts to a neighbour
    for i, cell in enumerate(list(cells)):
        if cell.geom_type != "MultiPolygon":
            continue
        seed = Point(seeds[i])
        parts = sorted(cell.geoms, key=lambda g: -g.area)
        keep = [p for p in parts if p.buffer(1e-6).contains(seed)] or [parts[0]]
        cells[i] = keep[0]
        for part in parts:
            if part is keep[0]:
                continue
            best, best_len = None, 0.0
            for j, other in enumerate(cells):
                if j == i or not other.intersects(part):
                    continue
                shared = other.boundary.intersection(part.boundary).length
                if shared > best_len:
                    best, best_len = j, shared
            if best is None:
                cells[i] = unary_union([cells[i], part])
            else:
                cells[best] = _round(unary_union([cells[best], part]))
    return cells


def _names(rng, n):
    names, seen = [], set()
    while len(names) < n:
        name = rng.choice(_FIRST) + rng.choice(_LAST)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _group_regso(deso: gpd.GeoDataFrame, rng) -> list:
    """Contiguous groups of DeSO inside each kommun: 1–3 in towns, 2–4 in the countryside."""
    groups = [None] * len(deso)
    neighbours = {i: set() for i in range(len(deso))}
    joined = gpd.sjoin(deso[["geometry"]], deso[["geometry"]], predicate="intersects")
    for a, b in zip(joined.index, joined["index_right"]):
        if a != b and deso.geometry.iloc[a].intersection(deso.geometry.iloc[b]).length > 1.0:
            neighbours[a].add(b)
    gid = 0
    for kommun in sorted(deso["kommunkod"].unique()):
        town = next(t for t in TOWNS if t.kommun == kommun)
        idx = list(deso.index[deso["kommunkod"] == kommun])
        idx.sort(key=lambda i: (deso.geometry.iloc[i].centroid.distance(Point(town.x, town.y)), i))
        for start in idx:
            if groups[start] is not None:
                continue
            urb = deso["urbanity"].iloc[start]
            size = (
                int(rng.choice([1, 1, 2, 2, 2, 3])) if urb == "C" else int(rng.choice([2, 3, 3, 4]))
            )
            members = [start]
            groups[start] = gid
            frontier = sorted(neighbours[start])
            while len(members) < size and frontier:
                cand = [
                    j for j in frontier if groups[j] is None and deso["kommunkod"].iloc[j] == kommun
                ]
                if not cand:
                    break
                cand.sort(key=lambda j: (deso["urbanity"].iloc[j] != urb, j))
                j = cand[0]
                groups[j] = gid
                members.append(j)
                frontier = sorted(set(frontier) | neighbours[j])
            gid += 1
    return groups


def build(rng, mean_persons: float) -> Geography:
    land = _outline(rng)
    fjord = _fjord(rng)
    land = _round(land.difference(fjord))
    if land.geom_type == "MultiPolygon":
        land = max(land.geoms, key=lambda g: g.area)
    seeds = _seeds(rng, land, fjord, mean_persons)
    cells = _voronoi_cells(seeds, land)
    density = _density(seeds[:, 0], seeds[:, 1])

    deso = gpd.GeoDataFrame(
        {"seed_x": seeds[:, 0], "seed_y": seeds[:, 1], "density": density}, geometry=cells, crs=CRS
    )
    # kommun: the nearest kommun seat, with the city's reach widened (a larger kommun)
    weights = {"9901": 0.80}
    dists = np.stack(
        [
            np.hypot(seeds[:, 0] - t.x, seeds[:, 1] - t.y) * weights.get(t.kommun, 1.0)
            for t in TOWNS
        ],
        axis=1,
    )
    deso["kommunkod"] = [TOWNS[k].kommun for k in dists.argmin(axis=1)]
    # urbanity by density: the least dense fifth rural (A), the next tenth partly (B)
    q_a, q_b = np.quantile(density, [0.18, 0.18 + 0.097])
    deso["urbanity"] = np.where(density < q_a, "A", np.where(density < q_b, "B", "C"))
    deso["regso_group"] = _group_regso(deso, rng)

    # codes: kommun + urbanity + 4 digits numbered outwards from the town centre; RegSO kommun + R + 3 digits
    deso["desokod"] = ""
    deso["regsokod"] = ""
    regso_names = _names(rng, deso["regso_group"].nunique())
    regso_rows = []
    name_iter = iter(regso_names)
    for kommun in sorted(deso["kommunkod"].unique()):
        town = next(t for t in TOWNS if t.kommun == kommun)
        sub = deso[deso["kommunkod"] == kommun]
        dist = np.hypot(sub.seed_x - town.x, sub.seed_y - town.y)
        group_order = (
            pd.DataFrame({"g": sub["regso_group"], "d": dist})
            .groupby("g")["d"]
            .min()
            .sort_values(kind="stable")
            .index
        )
        for n, g in enumerate(group_order, start=1):
            code = f"{kommun}R{n:03d}"
            deso.loc[deso["regso_group"] == g, "regsokod"] = code
            regso_rows.append((code, next(name_iter) if n > 1 else f"{town.name} centrum"))
        counters = {"A": 0, "B": 0, "C": 0}
        for i in sub.assign(d=dist).sort_values(["d"], kind="stable").index:
            u = deso.at[i, "urbanity"]
            counters[u] += 1
            base = 1000 if u == "C" else 0
            deso.at[i, "desokod"] = f"{kommun}{u}{base + 10 * counters[u]:04d}"
    names = {t.kommun: t.name for t in TOWNS}
    deso["lanskod"] = LAN_CODE
    deso["lansnamn"] = LAN_NAME
    deso["kommunnamn"] = deso["kommunkod"].map(names)
    deso = deso.sort_values("desokod").reset_index(drop=True)

    regso_name = dict(regso_rows)
    regso = deso.dissolve(by="regsokod", as_index=False, aggfunc="first")[
        ["regsokod", "kommunkod", "kommunnamn", "lanskod", "geometry"]
    ]
    regso.insert(1, "regsonamn", regso["regsokod"].map(regso_name))
    regso["geometry"] = [_round(g) for g in regso.geometry]
    kommun = deso.dissolve(by="kommunkod", as_index=False, aggfunc="first")[
        ["kommunkod", "kommunnamn", "lanskod", "geometry"]
    ]
    kommun["geometry"] = [_round(g) for g in kommun.geometry]
    lan = gpd.GeoDataFrame(
        {"lanskod": [LAN_CODE], "lansnamn": [LAN_NAME]},
        geometry=[_round(unary_union(list(deso.geometry)))],
        crs=CRS,
    )
    return Geography(
        land=land,
        fjord=fjord,
        towns=TOWNS,
        deso=deso,
        regso=regso.reset_index(drop=True),
        kommun=kommun,
        lan=lan,
    )
