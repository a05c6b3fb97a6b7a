"""Planning layers of the sample: regional-plan nodes, översiktsplan development areas and
planned housing projects (points with dwellings per tenure, start year, land owner, status)."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
from shapely.geometry import Point, Polygon

from .geography import CRS, TOWNS, Geography, _round, regso_name
from .statistics import BUMPS

NODE_TYPES = {
    "9901": ("regional stadskärna", 2_200),
    "9902": ("sekundär regional kärna", 1_300),
    "9903": ("sekundär regional kärna", 1_300),
    "9904": ("sekundär regional kärna", 1_400),
    "9905": ("lokal nod", 800),
    "9906": ("lokal nod", 800),
}
LAND_USE = ["bostäder", "blandad stadsbebyggelse", "verksamheter", "grönstruktur"]
STATUS = ["översiktsplan", "planprogram", "detaljplan pågår", "detaljplan antagen", "byggstart"]


def _blob(rng, x, y, radius, n=24, roughness=0.18):
    angles = np.linspace(0, 2 * math.pi, n, endpoint=False)
    r = radius * (1 + rng.normal(0, roughness, n))
    r = np.convolve(np.r_[r[-2:], r, r[:2]], np.ones(5) / 5, mode="valid")
    return Polygon(zip(x + r * np.cos(angles), y + r * np.sin(angles))).buffer(0)


def regional_plan_nodes(rng, geo: Geography) -> gpd.GeoDataFrame:
    rows = []
    for i, t in enumerate(TOWNS, start=1):
        kind, radius = NODE_TYPES[t.kommun]
        rows.append(
            (
                f"RP{i:02d}",
                f"{t.name} {('centrum' if i > 1 else 'city')}",
                kind,
                t.kommun,
                _round(_blob(rng, t.x, t.y, radius).intersection(geo.land)),
            )
        )
    # development nodes at rail halts between towns (regional plan's new nodes)
    extra = [
        ("Mellanby", TOWNS[3].x + 11_000, TOWNS[3].y - 1_000, "9904"),
        ("Storstad Södra", TOWNS[0].x - 1_500, TOWNS[0].y - 8_000, "9901"),
    ]
    for j, (name, x, y, kommun) in enumerate(extra, start=len(rows) + 1):
        rows.append(
            (
                f"RP{j:02d}",
                f"{name} stationsnod",
                "utvecklingsnod",
                kommun,
                _round(_blob(rng, x, y, 900).intersection(geo.land)),
            )
        )
    return gpd.GeoDataFrame(
        {
            "nod_id": [r[0] for r in rows],
            "namn": [r[1] for r in rows],
            "nodtyp": [r[2] for r in rows],
            "kommunkod": [r[3] for r in rows],
        },
        geometry=[r[4] for r in rows],
        crs=CRS,
    )


def development_areas(rng, geo: Geography) -> gpd.GeoDataFrame:
    """ÖP development areas: near stations, in villa suburbs, in challenged estates, in the countryside."""
    city = TOWNS[0]
    specs = [
        # (name, x, y, radius, land use, status, horizon)
        (
            "{regso} komplettering",
            BUMPS[0].x + 400,
            BUMPS[0].y - 300,
            600,
            "bostäder",
            "omvandlingsområde",
            2030,
        ),
        (
            "{regso} centrum",
            BUMPS[1].x - 300,
            BUMPS[1].y + 200,
            550,
            "blandad stadsbebyggelse",
            "omvandlingsområde",
            2030,
        ),
        (
            "Hamnstaden",
            city.x + 2_500,
            city.y + 2_600,
            700,
            "blandad stadsbebyggelse",
            "utvecklingsområde",
            2035,
        ),
        (
            "Sjöstaden etapp 2",
            city.x + 3_200,
            city.y - 2_500,
            600,
            "bostäder",
            "utvecklingsområde",
            2030,
        ),
        (
            "Västra villastaden",
            city.x - 8_500,
            city.y + 3_000,
            900,
            "bostäder",
            "utvecklingsområde",
            2040,
        ),
        (
            "Storstad Södra stationsområde",
            city.x - 1_500,
            city.y - 7_700,
            800,
            "blandad stadsbebyggelse",
            "utvecklingsområde",
            2035,
        ),
        (
            "Norra verksamhetsområdet",
            city.x + 3_000,
            city.y + 11_000,
            1_000,
            "verksamheter",
            "utvecklingsområde",
            2035,
        ),
        (
            "Norrvik södra",
            TOWNS[1].x - 1_200,
            TOWNS[1].y - 3_200,
            800,
            "bostäder",
            "utvecklingsområde",
            2030,
        ),
        (
            "Norrvik stationsstad",
            TOWNS[1].x + 300,
            TOWNS[1].y - 400,
            500,
            "blandad stadsbebyggelse",
            "förtätning",
            2030,
        ),
        ("Söderås östra", BUMPS[3].x, BUMPS[3].y, 500, "bostäder", "omvandlingsområde", 2030),
        (
            "Söderås strand",
            TOWNS[2].x - 2_800,
            TOWNS[2].y - 1_800,
            700,
            "bostäder",
            "utvecklingsområde",
            2040,
        ),
        (
            "Västerby norra",
            BUMPS[2].x - 200,
            BUMPS[2].y + 300,
            550,
            "bostäder",
            "omvandlingsområde",
            2030,
        ),
        (
            "Västerby stationsområde",
            TOWNS[3].x + 400,
            TOWNS[3].y - 300,
            450,
            "blandad stadsbebyggelse",
            "förtätning",
            2030,
        ),
        (
            "Mellanby",
            TOWNS[3].x + 11_000,
            TOWNS[3].y - 700,
            700,
            "bostäder",
            "utvecklingsområde",
            2040,
        ),
        (
            "Åkerlunda ängar",
            TOWNS[4].x + 1_300,
            TOWNS[4].y - 900,
            600,
            "bostäder",
            "utvecklingsområde",
            2035,
        ),
        (
            "Skogsmark skogsbyn",
            TOWNS[5].x - 1_500,
            TOWNS[5].y + 1_000,
            600,
            "bostäder",
            "utvecklingsområde",
            2040,
        ),
        (
            "Fjordparken",
            city.x + 6_000,
            city.y + 800,
            700,
            "grönstruktur",
            "utvecklingsområde",
            2030,
        ),
    ]
    rows = []
    for i, (name, x, y, radius, use, status, horizon) in enumerate(specs, start=1):
        geom = _round(_blob(rng, x, y, radius).intersection(geo.land))
        kommun = geo.kommun[geo.kommun.contains(geom.representative_point())]["kommunkod"].iloc[0]
        name = name.format(regso=regso_name(geo, x, y))
        rows.append((f"OP{i:02d}", name, kommun, use, status, horizon, geom))
    return gpd.GeoDataFrame(
        {
            "omrade_id": [r[0] for r in rows],
            "namn": [r[1] for r in rows],
            "kommunkod": [r[2] for r in rows],
            "markanvandning": [r[3] for r in rows],
            "status": [r[4] for r in rows],
            "tidshorisont": [r[5] for r in rows],
        },
        geometry=[r[6] for r in rows],
        crs=CRS,
    )


def planned_housing(rng, geo: Geography, areas: gpd.GeoDataFrame, factor) -> gpd.GeoDataFrame:
    """Housing projects: mostly inside development areas, a few infill projects elsewhere.

    The tenure split follows what happens in practice: rentals where the kommun owns the
    land in challenged areas (making one-sided areas more one-sided), owner-occupied houses
    in affluent villa areas, and mixed projects near stations.
    """
    rows = []
    n = 0
    deso = geo.deso.assign(factor=factor)
    for _, area in areas.iterrows():
        if area["markanvandning"] in ("grönstruktur", "verksamheter"):
            continue
        k = int(rng.integers(2, 5))
        for _ in range(k):
            for _try in range(50):
                minx, miny, maxx, maxy = area.geometry.bounds
                p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
                if area.geometry.contains(p):
                    break
            n += 1
            f = float(deso[deso.contains(p)]["factor"].iloc[0]) if deso.contains(p).any() else 0.0
            total = int(rng.choice([40, 60, 80, 120, 150, 200, 250, 300]))
            owner = "kommun" if rng.uniform() < 0.55 else "privat"
            if f > 1.2:  # challenged: the kommun often builds rentals on its own land
                shares = [0.85, 0.15, 0.0] if owner == "kommun" else [0.3, 0.6, 0.1]
            elif f < -1.0:  # affluent: owner-occupied
                shares = [0.0, 0.25, 0.75] if owner == "privat" else [0.2, 0.5, 0.3]
            else:
                shares = list(rng.dirichlet([3, 3, 2]))
            counts = np.floor(np.array(shares) * total).astype(int)
            counts[int(np.argmax(shares))] += total - counts.sum()
            rows.append(
                dict(
                    projekt_id=f"P{n:03d}",
                    namn=f"{area['namn']} kv. {n}",
                    kommunkod=area["kommunkod"],
                    hyresratt=int(counts[0]),
                    bostadsratt=int(counts[1]),
                    aganderatt=int(counts[2]),
                    bostader_totalt=total,
                    startar=int(rng.integers(2023, 2033)),
                    markagare=owner,
                    status=str(rng.choice(STATUS)),
                    geometry=p,
                )
            )
    # the largest project: 600 rentals in the most challenged estate (a case for a split proposal)
    b = BUMPS[0]
    n += 1
    rows.append(
        dict(
            projekt_id=f"P{n:03d}",
            namn=f"{regso_name(geo, b.x, b.y)} nya kvarter",
            kommunkod=TOWNS[0].kommun,
            hyresratt=600,
            bostadsratt=0,
            aganderatt=0,
            bostader_totalt=600,
            startar=2025,
            markagare="kommun",
            status="detaljplan pågår",
            geometry=Point(round(b.x + 250, 1), round(b.y - 150, 1)),
        )
    )
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    frame["geometry"] = [_round(g) for g in frame.geometry]
    return frame
