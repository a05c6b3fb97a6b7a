"""Destinations of the sample county (``malpunkter.gpkg``): workplaces with jobs,
upper-secondary schools, health centres and sports facilities, for the accessibility tools.

Made from the finished sample (the population grid, the kommuner and the regional-plan
nodes), with its own fixed seed, so that adding them changes no other sample file:

- workplaces (``arbetsplatser``): about 0.45 jobs per resident, jobs per workplace from a
  log-normal (many small, a few large). The largest third of the workplaces (most of the
  jobs) lie near the regional-plan nodes (city cores and station nodes, the regional core
  weighing most), the others on populated cells in proportion to residents.
- upper-secondary schools (``gymnasieskolor``): one per ~20,000 residents of a kommun
  (at least one), in its most populous cells, places 300–1,500;
- health centres (``vardcentraler``): one per ~10,000 residents of a kommun (at least one),
  at populated cells at least 1.5 km apart, with listed patients;
- sports facilities (``idrottsanlaggningar``): one per ~5,000 residents, at populated
  cells by population, of three kinds.

Points are placed at a random spot in their cell (EPSG:3006), never outside the county.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import rasterio
from shapely.geometry import Point, box

SEED = 20221231 + 45
FILE = "malpunkter.gpkg"
JOBS_PER_RESIDENT = 0.45
NODE_WEIGHT = {
    "regional stadskärna": 6.0,
    "sekundär regional kärna": 2.0,
    "utvecklingsnod": 1.0,
    "lokal nod": 1.0,
}


def _cells(grid: Path):
    with rasterio.open(grid) as src:
        data = src.read(1)
        rows, cols = np.nonzero(data > 0)
        xs, ys = rasterio.transform.xy(src.transform, rows, cols)
        return np.asarray(xs), np.asarray(ys), data[rows, cols].astype(float), src.res[0]


def _place(rng, xs, ys, cell, picks, county):
    """A random spot in each picked cell; a spot outside the county (a cell on the border)
    moves to a point of the cell's part inside it."""
    half = cell / 2 * 0.9
    x = xs[picks] + rng.uniform(-half, half, len(picks))
    y = ys[picks] + rng.uniform(-half, half, len(picks))
    for k in range(len(picks)):
        if not county.contains(Point(x[k], y[k])):
            c = picks[k]
            inside = box(xs[c] - half, ys[c] - half, xs[c] + half, ys[c] + half).intersection(
                county
            )
            spot = (
                inside.representative_point()
                if not inside.is_empty
                else county.representative_point()
            )
            x[k], y[k] = spot.x, spot.y
    return x, y


def _frame(columns, x, y, kommun):
    frame = gpd.GeoDataFrame(columns, geometry=[Point(a, b) for a, b in zip(x, y)], crs="EPSG:3006")
    joined = gpd.sjoin(frame, kommun[["kommunkod", "geometry"]], how="left", predicate="within")
    frame.insert(1, "kommunkod", joined["kommunkod"].to_numpy())
    return frame


def build(sample: Path) -> dict:
    rng = np.random.default_rng(SEED)
    xs, ys, pop, cell = _cells(sample / "befolkning_250m.tif")
    gpkg = sample / "exempellan.gpkg"
    kommun = gpd.read_file(gpkg, layer="kommun")
    nodes = gpd.read_file(gpkg, layer="regionplan_noder")
    county = gpd.read_file(gpkg, layer="lan").geometry.iloc[0]
    cell_kommun = gpd.sjoin(
        gpd.GeoDataFrame(geometry=[Point(a, b) for a, b in zip(xs, ys)], crs="EPSG:3006"),
        kommun[["kommunkod", "geometry"]],
        how="left",
        predicate="within",
    )["kommunkod"].to_numpy()
    residents = pop.sum()
    # --- workplaces
    total_jobs = int(round(JOBS_PER_RESIDENT * residents))
    centre = np.zeros(len(xs))
    for node in nodes.itertuples():
        c = node.geometry.centroid
        d = np.hypot(xs - c.x, ys - c.y)
        centre += NODE_WEIGHT.get(node.nodtyp, 1.0) * np.exp(-((d / 900.0) ** 2))
    n_places = int(total_jobs / 160)
    size = rng.lognormal(mean=2.6, sigma=1.25, size=n_places)
    jobs = np.maximum(1, np.round(size / size.sum() * total_jobs)).astype(int)
    core = np.argsort(-size)[: n_places // 3]  # the largest third of workplaces sit in centres
    where = np.empty(n_places, dtype=np.int64)
    where[core] = rng.choice(len(xs), len(core), p=centre / centre.sum())
    rest = np.setdiff1d(np.arange(n_places), core)
    where[rest] = rng.choice(len(xs), len(rest), p=pop / residents)
    x, y = _place(rng, xs, ys, cell, where, county)
    workplaces = _frame(
        {"arbetsplats_id": [f"AP{i:05d}" for i in range(n_places)], "antal_anstallda": jobs},
        x,
        y,
        kommun,
    )
    # --- schools and health centres: per kommun, by population
    schools, centres_ = [], []
    for code in sorted(kommun["kommunkod"]):
        mine = np.flatnonzero(cell_kommun == code)
        people = pop[mine].sum()
        n_school = max(1, int(round(people / 20_000)))
        dense = mine[np.argsort(-pop[mine], kind="stable")]
        chosen = []
        for i in dense:  # the most populous cells, 1.5 km apart
            if all(np.hypot(xs[i] - xs[j], ys[i] - ys[j]) >= 1500 for j in chosen):
                chosen.append(i)
            if len(chosen) == n_school:
                break
        schools.extend((code, i) for i in chosen)
        n_vc = max(1, int(round(people / 10_000)))
        chosen = []
        for i in rng.choice(mine, len(mine), replace=False, p=pop[mine] / people):
            if all(np.hypot(xs[i] - xs[j], ys[i] - ys[j]) >= 1500 for j in chosen):
                chosen.append(i)
            if len(chosen) == n_vc:
                break
        centres_.extend((code, i) for i in chosen)
    at = np.array([i for _, i in schools])
    x, y = _place(rng, xs, ys, cell, at, county)
    gymnasier = _frame(
        {
            "skola_id": [f"GY{i:03d}" for i in range(len(at))],
            "elevplatser": (rng.integers(6, 31, len(at)) * 50).astype(int),
        },
        x,
        y,
        kommun,
    )
    at = np.array([i for _, i in centres_])
    x, y = _place(rng, xs, ys, cell, at, county)
    vardcentraler = _frame(
        {
            "vardcentral_id": [f"VC{i:03d}" for i in range(len(at))],
            "listade_patienter": (rng.integers(40, 181, len(at)) * 100).astype(int),
        },
        x,
        y,
        kommun,
    )
    n_sport = int(round(residents / 5000))
    at = rng.choice(len(xs), n_sport, p=pop / residents)
    x, y = _place(rng, xs, ys, cell, at, county)
    kinds = np.array(["idrottshall", "fotbollsplan", "simhall"])
    sport = _frame(
        {
            "anlaggning_id": [f"IA{i:03d}" for i in range(n_sport)],
            "typ": kinds[rng.choice(3, n_sport, p=[0.45, 0.45, 0.10])],
        },
        x,
        y,
        kommun,
    )
    return {
        "arbetsplatser": workplaces,
        "gymnasieskolor": gymnasier,
        "vardcentraler": vardcentraler,
        "idrottsanlaggningar": sport,
    }


def write(sample: Path) -> dict:
    """Write ``malpunkter.gpkg`` into the sample folder; the number of features per layer."""
    layers = build(sample)
    path = sample / FILE
    if path.exists():
        path.unlink()
    for name, frame in layers.items():
        frame.to_file(path, layer=name, driver="GPKG", index=False)
    return {name: len(frame) for name, frame in layers.items()} | {
        "jobs": int(layers["arbetsplatser"]["antal_anstallda"].sum())
    }
