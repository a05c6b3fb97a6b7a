#!/usr/bin/env python3
"""The report per kommun at national scale: time per kommun and the projection to 290.

Data (generated deterministically in a temporary folder, EPSG:3006):

- 290 kommuner in 21 län, each a polygon of about 400 vertices, tiling a national extent;
- 6,160 areas like DeSO (21 per kommun on average, more in large kommuner), each a polygon
  of about 80 vertices, with an area type (1–5 or none, drawn with SCB's national shares),
  residents, dwellings by tenure and public-transport access (pct_AB, pct_EF_none,
  deps_400m); the same areas drawn again as the earlier year's types;
- the Ojämlikhetsindex table of the 290 kommuner, and 3,000 flagged housing projects.

The tool runs through Processing as a user runs it, with every optional layer given, once
for the first ``--small`` kommuner and once for all 290 (one PDF). Time per kommun is the
difference of the two runs over the difference of their kommuner (the fixed part — reading
the layers, computing the figures — is the rest); the projection to 290 is fixed part +
290 × time per kommun, printed beside the measured national run. The CPU time of each run
is printed too: on a shared machine the wall-clock time also holds the waits for the CPU. Target (issue 10): the
national report well under 5 minutes. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
QGIS_PLUGINS = Path(os.environ.get("QGIS_PREFIX_PATH", "/usr")) / "share/qgis/python/plugins"
if QGIS_PLUGINS.is_dir():
    sys.path.append(str(QGIS_PLUGINS))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

N_KOMMUNER, N_LAN, N_AREAS, N_PROJECTS = 290, 21, 6160, 3000
X0, Y0, WIDTH, HEIGHT = 270_000.0, 6_130_000.0, 650_000.0, 1_550_000.0
COLS, ROWS = 15, 20  # 300 cells; the first 290 are kommuner
TYPE_SHARES = [0.05, 0.09, 0.30, 0.38, 0.16, 0.02]  # types 1–5 and none, roughly national


def wiggly_box(x0, y0, x1, y1, per_side, rng, amplitude):
    """A rectangle with ``per_side`` vertices per side, nudged inwards (a valid polygon)."""
    from shapely.geometry import Polygon

    t = np.linspace(0.0, 1.0, per_side, endpoint=False)
    sides = [
        np.column_stack([x0 + t * (x1 - x0), np.full_like(t, y0)]),
        np.column_stack([np.full_like(t, x1), y0 + t * (y1 - y0)]),
        np.column_stack([x1 - t * (x1 - x0), np.full_like(t, y1)]),
        np.column_stack([np.full_like(t, x0), y1 - t * (y1 - y0)]),
    ]
    points = np.vstack(sides)
    centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    points += (centre - points) * rng.uniform(0, amplitude, (len(points), 1))
    return Polygon(points)


def make_layers(folder: Path, seed: int = 10) -> dict:
    import geopandas as gpd
    import pandas as pd

    rng = np.random.default_rng(seed)
    cell_w, cell_h = WIDTH / COLS, HEIGHT / ROWS
    weights = rng.zipf(1.6, N_KOMMUNER).astype(float).clip(1, 60)
    per_kommun = np.maximum(2, np.round(weights / weights.sum() * N_AREAS)).astype(int)
    per_kommun[0] += N_AREAS - per_kommun.sum()  # exactly 6,160
    kommuner, areas = [], []
    for k in range(N_KOMMUNER):
        lan = 1 + k * N_LAN // N_KOMMUNER
        first = -(-(lan - 1) * N_KOMMUNER // N_LAN)  # the first kommun of this län
        code = f"{lan:02d}{10 + k - first:02d}"  # 0110, 0111 … as SCB numbers them
        col, row = k % COLS, k // COLS
        x0, y0 = X0 + col * cell_w, Y0 + row * cell_h
        kommuner.append(
            {
                "kommunkod": code,
                "kommunnamn": f"Kommun {k + 1}",
                "lanskod": f"{lan:02d}",
                "geometry": wiggly_box(x0, y0, x0 + cell_w, y0 + cell_h, 100, rng, 0.01),
            }
        )
        n = int(per_kommun[k])
        nx = int(np.ceil(np.sqrt(n)))
        ny = int(np.ceil(n / nx))
        for i in range(n):
            ax, ay = x0 + (i % nx) * cell_w / nx, y0 + (i // nx) * cell_h / ny
            areas.append(
                {
                    "desokod": f"{code}C{i:04d}",
                    "kommunkod": code,
                    "lansnamn": f"Län {lan:02d}",
                    "geometry": wiggly_box(
                        ax, ay, ax + cell_w / nx, ay + cell_h / ny, 20, rng, 0.05
                    ),
                }
            )
    kommun = gpd.GeoDataFrame(kommuner, crs="EPSG:3006")
    frame = gpd.GeoDataFrame(areas, crs="EPSG:3006")
    n = len(frame)
    kinds = rng.choice([1, 2, 3, 4, 5, 0], n, p=TYPE_SHARES)
    frame["area_type"] = pd.array(np.where(kinds == 0, None, kinds), dtype="Int64")
    frame["folkmängd"] = rng.integers(700, 2700, n)
    before = rng.choice([1, 2, 3, 4, 5, 0], n, p=TYPE_SHARES)
    for tenure in ("hyresratt", "bostadsratt", "aganderatt"):
        frame[f"dwellings_{tenure}"] = rng.integers(0, 600, n)
    frame["residents"] = frame["folkmängd"]
    frame["pct_AB"] = rng.uniform(0, 60, n).round(1)
    frame["pct_EF_none"] = (100 - frame["pct_AB"] - rng.uniform(0, 30, n)).clip(0).round(1)
    frame["deps_400m"] = rng.uniform(0, 120, n).round(1)
    earlier = frame[["desokod", "kommunkod", "folkmängd", "geometry"]].copy()
    earlier["area_type"] = pd.array(np.where(before == 0, None, before), dtype="Int64")
    codes = kommun["kommunkod"].tolist()
    index = rng.uniform(15, 40, N_KOMMUNER)
    share = rng.uniform(0, 30, N_KOMMUNER)
    table = pd.DataFrame(
        {
            "region": codes,
            "ojamlikhetsindex": index,
            "rank_inequality": (-index).argsort().argsort() + 1,
            "ineq_ref_mean": index.mean(),
            "ineq_ref_sd": index.std(ddof=1),
            "ineq_threshold": index.mean() + index.std(ddof=1),
            "crit_inequality": index >= index.mean() + index.std(ddof=1),
            "share_type12_pct": share,
            "share_ref_mean": share.mean(),
            "share_ref_sd": share.std(ddof=1),
            "share_threshold": share.mean() + 1.5 * share.std(ddof=1),
            "crit_share": share >= share.mean() + 1.5 * share.std(ddof=1),
        }
    )
    table["criteria_met"] = table["crit_inequality"].astype(int) + table["crit_share"].astype(int)
    picks = rng.integers(0, n, N_PROJECTS)
    projects = gpd.GeoDataFrame(
        {
            "namn": [f"Projekt {i}" for i in range(N_PROJECTS)],
            "kommunkod": frame["kommunkod"].to_numpy()[picks],
            "flag": rng.choice(["reinforces", "makes_one_sided", "balancing", ""], N_PROJECTS),
            "planned_total": rng.integers(10, 400, N_PROJECTS),
        },
        geometry=frame.geometry.representative_point().to_numpy()[picks],
        crs="EPSG:3006",
    )
    paths = {}
    for name, data in (
        ("kommun", kommun),
        ("areas", frame),
        ("earlier", earlier),
        ("projects", projects),
    ):
        paths[name] = folder / f"{name}.gpkg"
        data.to_file(paths[name], driver="GPKG")
    paths["inequality"] = folder / "inequality.csv"
    table.to_csv(paths["inequality"], index=False)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=30, help="kommuner of the first run")
    args = parser.parse_args()
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from processing.core.Processing import Processing

        Processing.initialize()
        import processing

        from segregation_plugin.processing.provider import SegregationProvider

        provider = SegregationProvider()  # kept: the registry holds only a C++ pointer
        QgsApplication.processingRegistry().addProvider(provider)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            t0 = time.perf_counter()
            paths = make_layers(folder)
            print(
                f"data: {N_KOMMUNER} kommuner in {N_LAN} län, {N_AREAS:,} areas, "
                f"{N_PROJECTS:,} projects (generated in {time.perf_counter() - t0:.1f} s)"
            )
            project = QgsProject.instance()
            project.setCrs(QgsVectorLayer(str(paths["kommun"]), "k", "ogr").crs())
            layers = {
                name: QgsVectorLayer(str(path), name, "ogr")
                for name, path in paths.items()
                if name != "inequality"
            }
            layers["inequality"] = QgsVectorLayer(
                f"file://{paths['inequality']}?delimiter=,", "inequality", "delimitedtext"
            )
            codes = [f["kommunkod"] for f in layers["kommun"].getFeatures()]
            timings = {}
            for count in (args.small, N_KOMMUNER):
                context = QgsProcessingContext()
                context.setProject(project)
                t0, cpu0 = time.perf_counter(), time.process_time()
                result = processing.run(
                    "segregation:kommunreport",
                    {
                        "AREA_TYPES": layers["areas"],
                        "AREA_TYPES_BEFORE": layers["earlier"],
                        "BOUNDARIES": layers["kommun"],
                        "INEQUALITY": layers["inequality"],
                        "TRANSIT": layers["areas"],
                        "TENURE": layers["areas"],
                        "PROJECTS": layers["projects"],
                        "KOMMUNER": ",".join(sorted(codes)[:count]),
                        "OUTPUT": str(folder / f"report_{count}.pdf"),
                    },
                    context=context,
                    feedback=QgsProcessingFeedback(),
                )
                timings[count] = time.perf_counter() - t0
                cpu = time.process_time() - cpu0
                size = Path(result["OUTPUT"]).stat().st_size / 1e6
                print(
                    f"report of {result['KOMMUNER']:>3} kommuner: {timings[count]:6.1f} s "
                    f"({timings[count] / count:.2f} s per kommun; CPU {cpu:.1f} s, "
                    f"PDF {size:.1f} MB)"
                )
            per_kommun = (timings[N_KOMMUNER] - timings[args.small]) / (N_KOMMUNER - args.small)
            fixed = timings[args.small] - args.small * per_kommun
            print(
                f"time per kommun {per_kommun:.2f} s, fixed part {fixed:.1f} s; projection to "
                f"290 kommuner {fixed + 290 * per_kommun:.0f} s, measured "
                f"{timings[N_KOMMUNER]:.0f} s (target: well under 300 s)"
            )
            for layout in project.layoutManager().layouts():
                project.layoutManager().removeLayout(layout)
            project.removeAllMapLayers()
            # layers owned by Python must go before QGIS does (else a crash at exit)
            context.temporaryLayerStore().removeAllMapLayers()
            layers.clear()
            del context
        QgsApplication.processingRegistry().removeProvider(provider)
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
