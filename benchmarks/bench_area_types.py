#!/usr/bin/env python3
"""Index and area types for all of Sweden: 6,160 DeSO and 3,363 RegSO, beside the same
computation done row by row with QGIS field-calculator expressions.

Data: SCB's real 2022 DeSO exports (low economic standard, education 25–64; 5,984 DeSO in
../shared/data/scb) when present, topped up to the 6,160 DeSO of the 2025 version with
DeSO drawn from them, and summed to the 3,363 RegSO with SCB's real key. V3 is not in the
real files: the unemployed share of persons 16–64 is drawn to follow V1 (as it does in
SCB's data, about 2 + 0.35 × V1 percent). Without the real files every value is drawn.

Peer: a memory layer holding the same fields; the field calculator's way: one pass writes
ses_index = (V1 + V2 + V3) / 3 per feature, a second writes area_type with CASE over
mean("ses_index") and stdev("ses_index"), each an edit session committed. Core's figure is
the best of three runs; the field calculator and the tool run in turn, each its best of five. Target (issue 4): index and types under 1 s in core.

Scaling (issue 12): the tool at ¼ and 4 × the DeSO, timed (:func:`scaling`), and the memory
one run adds at each size, in processes of their own (:func:`memory_growth`).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from segregation_plugin.core.areatypes.area_types import classify_areas  # noqa: E402
from segregation_plugin.core.areatypes.ses_index import Indicator  # noqa: E402
from segregation_plugin.core.statistics.aggregate import aggregate  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import peak_mb, reset_peak, resident_mb  # noqa: E402
from results import GROWTH_TARGET, record  # noqa: E402

SCB = ROOT.parent / "shared" / "data" / "scb"
N_DESO, N_REGSO = 6160, 3363
FACTORS = (0.25, 1, 4)  # the sizes of the scaling, in times the DeSO
FIELDS = ["low_pct", "forgym", "edu_total", "unemployed", "p16_64"]
V1 = Indicator.share("low_pct")
V2 = Indicator.counts("forgym", "edu_total")
V3 = Indicator.counts("unemployed", "p16_64")
INDEX = '("low_pct" + 100.0 * "forgym" / "edu_total" + 100.0 * "unemployed" / "p16_64") / 3'
TYPE = (
    'CASE WHEN "ses_index" IS NULL THEN NULL '
    'WHEN "ses_index" >= mean("ses_index") + 2 * stdev("ses_index") THEN 1 '
    'WHEN "ses_index" >= mean("ses_index") + stdev("ses_index") THEN 2 '
    'WHEN "ses_index" >= mean("ses_index") THEN 3 '
    'WHEN "ses_index" >= mean("ses_index") - stdev("ses_index") THEN 4 ELSE 5 END'
)


def real_deso():
    """(DeSO frame, source) from SCB's real exports, or None when they are absent."""
    files = [
        SCB / "deso2018_ekonomisk_standard_2022.xlsx",
        SCB / "deso2018_utbildningsniva_25-64_2022.xlsx",
    ]
    if not all(f.is_file() for f in files):
        return None
    from segregation_plugin.core.statistics.scb_export import read_scb_file
    from segregation_plugin.core.statistics.statistics_table import add_total, to_wide

    econ = to_wide(read_scb_file(files[0]), years=2022).set_index("region_code")
    edu = add_total(read_scb_file(files[1]), "edu_total")
    edu = to_wide(edu, years=2022).set_index("region_code")
    frame = pd.DataFrame(
        {
            "low_pct": econ["Låg ekonomisk standard, procent"],
            "persons": econ["Antal personer totalt"],
            "forgym": edu["förgymnasial utbildning"],
            "edu_total": edu["edu_total"],
        }
    )
    key = pd.read_csv(SCB / "koppling_deso2018_regso2020.csv", dtype=str, encoding="utf-8-sig")
    frame["regsokod"] = key.set_index("DeSO_2018")["RegSOkod_2020"].reindex(frame.index)
    return frame


def drawn_deso(n, rng):
    persons = rng.integers(700, 2800, n).astype(float)
    low = np.clip(rng.gamma(2.0, 6.0, n), 0, 80).round()
    edu_total = (persons * rng.uniform(0.45, 0.6, n)).round()
    forgym = (edu_total * np.clip(0.02 + 0.006 * low + rng.normal(0, 0.03, n), 0, 0.8)).round()
    frame = pd.DataFrame(
        {"low_pct": low, "persons": persons, "forgym": forgym, "edu_total": edu_total}
    )
    frame.index = [f"{114 + i // 25:04d}{'ABC'[i % 3]}{1000 + 10 * (i % 25):04d}" for i in range(n)]
    frame["regsokod"] = [f"{c[:4]}R{(i % 25) // 2:03d}" for i, c in enumerate(frame.index)]
    return frame


def with_v3(frame, rng):
    out = frame.copy()
    out["p16_64"] = (out["persons"] * rng.uniform(0.55, 0.7, len(out))).round()
    share = np.clip(2 + 0.35 * out["low_pct"].fillna(10) + rng.normal(0, 1.5, len(out)), 0.3, 40)
    out["unemployed"] = (out["p16_64"] * share / 100).round()
    return out


def national(rng):
    real = real_deso()
    source = (
        "SCB's real 2022 DeSO exports + 176 DeSO drawn from them" if real is not None else "drawn"
    )
    if real is None:
        deso = drawn_deso(N_DESO, rng)
    else:
        extra = real.sample(N_DESO - len(real), random_state=1).copy()
        extra.index = [f"9999C{1000 + i:04d}" for i in range(len(extra))]
        extra["regsokod"] = None  # new DeSO of the 2025 version: not in the 2018 key
        deso = pd.concat([real, extra])
    deso = with_v3(deso, rng)
    keyed = deso[deso["regsokod"].notna()]
    low_count = (keyed["low_pct"] * keyed["persons"] / 100).rename("low")
    counts = keyed[["persons", "forgym", "edu_total", "unemployed", "p16_64"]].join(low_count)
    regso = aggregate(
        counts.assign(desokod=counts.index),
        keyed["regsokod"],
        counts=list(counts.columns),
        code_field="desokod",
    )
    regso["low_pct"] = 100 * regso["low"] / regso["persons"]
    if real is None:  # drawn RegSO: fill up to 3,363 by splitting the largest groups
        regso = regso.sample(N_REGSO, replace=True, random_state=2).reset_index(drop=True)
    return deso.reset_index(drop=True), regso.reset_index(drop=True), source


def best_of(runs, job):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return min(times), result


def memory_layer(frame):
    from qgis.core import QgsFeature, QgsVectorLayer

    uri = "None?" + "&".join(f"field={f}:double" for f in FIELDS)
    uri += "&field=ses_index:double&field=area_type:integer"
    layer = QgsVectorLayer(uri, "areas", "memory")
    features = []
    for row in frame[FIELDS].itertuples(index=False):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([None if v != v else float(v) for v in row] + [None, None])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def field_calculator(layer):
    """ses_index, then area_type, row by row as QGIS's field calculator writes them."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    for name, text in (("ses_index", INDEX), ("area_type", TYPE)):
        expression = QgsExpression(text)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        expression.prepare(context)
        index = layer.fields().indexOf(name)
        layer.startEditing()
        for feature in layer.getFeatures():
            context.setFeature(feature)
            layer.changeAttributeValue(feature.id(), index, expression.evaluate(context))
        layer.commitChanges()
    return [f["area_type"] for f in layer.getFeatures()]


def bench(label, frame, v1):
    from qgis.core import NULL

    t_core, result = best_of(3, lambda: classify_areas(frame, v1, V2, V3, year=2022))
    counts = result.counts()
    layer = memory_layer(frame)
    # the field calculator and the tool in turn, five rounds, each keeping its best: the
    # first runs in a process pay for warming up, and a machine slowed for a while slows both
    t_qgis = t_tool = float("inf")
    for _ in range(5):
        seconds, types = best_of(1, lambda: field_calculator(layer))
        t_qgis = min(t_qgis, seconds)
        seconds, _ = best_of(1, lambda: run_tool(layer))
        t_tool = min(t_tool, seconds)
    qgis_counts = {t: sum(1 for v in types if v == t) for t in range(1, 6)}
    qgis_counts[None] = sum(1 for v in types if v is None or v == NULL)
    same = qgis_counts == counts
    print(
        f"{label}: {len(frame):,} areas; types {[counts[t] for t in range(1, 6)]}, none {counts[None]}"
    )
    print(f"  core classify_areas (index + μ, σ + types + fields) {t_core:.3f} s (target < 1 s)")
    print(
        f"  QGIS field calculator, row by row (two expressions) {t_qgis:.3f} s; same types: {same}"
    )
    print(f"  ratio field calculator / core = {t_qgis / t_core:.1f}")
    print(
        f"  the areatypes tool through Processing (read the layer, classify, write a new "
        f"layer) {t_tool:.3f} s; ratio field calculator / tool = {t_qgis / t_tool:.1f}"
    )
    what = label.split(" ")[0]
    record("bench_area_types", f"{what}: classify_areas in core", t_core, max_value=1.0)
    record(
        "bench_area_types",
        f"{what}: areatypes tool through Processing",
        t_tool,
        "field calculator",
        t_qgis,
        max_ratio=1.0,
    )


def scaling(deso) -> None:
    """The tool at a quarter, once and four times the DeSO (rows repeated): how its time
    grows with the number of areas. Linear growth keeps time / (areas ratio × time at 1 ×)
    near 1. Each sample is as many areas as one run at 4 ×: 16 runs in a row at ¼, 4 at
    1 ×, timed together (a short run can fall into one of this machine's fast moments where a
    long one cannot; see ``planning_scaling.py``). The three sizes run in turn, five rounds,
    and each keeps its best sample, as time per run: a machine that slows down for a while
    then slows all three alike (timed one after another, the 4 × runs against a 1 × time from
    minutes before swung by ±6 % either way)."""
    base = len(deso)
    factors = FACTORS
    layers = {
        f: memory_layer(deso.iloc[np.arange(int(base * f)) % base].reset_index(drop=True))
        for f in factors
    }
    best = {f: float("inf") for f in factors}
    for _ in range(5):
        for factor in factors:
            runs = round(max(factors) / factor)
            started = time.perf_counter()
            for _ in range(runs):
                run_tool(layers[factor])
            best[factor] = min(best[factor], (time.perf_counter() - started) / runs)
    print(
        "scaling: the areatypes tool through Processing (sizes in turn, five rounds, each "
        "sample 16 runs in a row at ¼, 4 at 1 ×, 1 at 4 ×; best time per run)"
    )
    for factor in (0.25, 4):
        n, seconds, expected = int(base * factor), best[factor], best[1] * factor
        print(
            f"  {n:>6,} areas ({factor:g} ×): {seconds:.3f} s = {seconds / best[1]:.2f} × the "
            f"time for {base:,}, {best[1]:.3f} s ({seconds / expected:.2f} of linear growth)"
        )
        record(
            "bench_area_types",
            f"areatypes tool at {factor:g} × the DeSO ({n:,} areas)",
            seconds,
            f"{factor:g} × its time at {base:,} (4 runs in a row)",
            expected,
            max_ratio=GROWTH_TARGET if factor > 1 else None,
        )


def run_tool(layer):
    import processing

    params = {
        "INPUT": layer,
        "V1_SHARE": "low_pct",
        "V2_NUMERATOR": "forgym",
        "V2_DENOMINATOR": "edu_total",
        "V3_NUMERATOR": "unemployed",
        "V3_DENOMINATOR": "p16_64",
        "YEAR": 2022,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    return processing.run("segregation:areatypes", params)


def memory_growth() -> None:
    """The memory one run of the tool adds at its peak, at ¼, 1 × and 4 × the DeSO, each size
    in a process of its own (:func:`added_memory`): in one process a run reuses the memory an
    earlier, larger run let go, and adds nothing the resident size shows."""
    import json
    import subprocess

    added = {}
    for factor in FACTORS:
        done = subprocess.run(
            [sys.executable, __file__, "--memory", str(factor)],
            check=True,
            capture_output=True,
            text=True,
        )
        added[factor] = json.loads(done.stdout.splitlines()[-1])["added"]
    if None in added.values():
        print("  (the memory a run adds: not measurable on this system)")
        return
    growth = ", ".join(
        f"{a:g}→{b:g} {added[b] / max(added[a], 1e-9) / (b / a):.2f}"
        for a, b in ((0.25, 1), (1, 4))
    )
    print(
        "  peak memory one run adds (each size in its own process): "
        + ", ".join(f"{added[f]:.1f} MB at {int(N_DESO * f):,}" for f in FACTORS)
        + f"; growth / data growth {growth}"
    )


def added_memory(factor: float) -> dict:
    """In this process: the layer at ``factor`` × the DeSO, then one run of the tool; the
    most memory the run held above what the process held before it (MB), or None where
    the peak cannot be started again (:func:`memory.reset_peak`)."""
    import gc

    deso = national(np.random.default_rng(20221231))[0]
    base = len(deso)
    layer = memory_layer(deso.iloc[np.arange(int(base * factor)) % base].reset_index(drop=True))
    gc.collect()
    if not reset_peak():
        return {"added": None}
    before = resident_mb()
    run_tool(layer)
    return {"added": peak_mb() - before}


def with_qgis(job):
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    from segregation_plugin.processing.provider import SegregationProvider

    Processing.initialize()
    provider = SegregationProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        return job()
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
        app.exitQgis()


def main() -> int:
    def job():
        rng = np.random.default_rng(20221231)
        deso, regso, source = national(rng)
        print(f"data: {source}")
        bench("DeSO", deso, V1)
        bench("RegSO (counts summed with the real key)", regso, V1)
        scaling(deso)

    with_qgis(job)
    memory_growth()
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory":
        import json

        print(json.dumps(with_qgis(lambda: added_memory(float(sys.argv[2])))))
    else:
        sys.exit(main())
