"""Run the planning tools that crashed QGIS on empty input, in a process of their own.

``python -m tests.helpers.empty_layers_run`` (from the project root; used by
``tests/processing/planning/test_empty_layers.py``). A spatial index built from an empty stream
ends this process with a segmentation fault, as libspatialindex does in some QGIS installs
(:mod:`tests.helpers.empty_index`), so a tool that builds one shows as a negative return code,
as it did for the tester running ``qgis_process``. Prints ``CASE <name>: ok <outputs>`` or
``CASE <name>: error <message>`` per case, and ``DONE`` at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
QGIS_PLUGINS = Path(os.environ.get("QGIS_PREFIX_PATH", "/usr")) / "share/qgis/python/plugins"
if QGIS_PLUGINS.is_dir():
    sys.path.append(str(QGIS_PLUGINS))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from tests.helpers.empty_index import install  # noqa: E402

PROJECTS = [
    ("POINT(50 50)", "S1", 60, 0, 0, 2026, "kommun", "detaljplan antagen"),
    ("POINT(150 50)", "S2", 0, 0, 40, 2027, "privat", "byggstart"),
]


class Feedback(QgsProcessingFeedback):
    def pushWarning(self, warning):  # noqa: N802
        print(f"WARNING {warning}", flush=True)


def _cases():
    from tests.helpers.layers import memory_layer, square
    from tests.helpers.planning_layers import deso_layer, projects_layer

    project = QgsProject.instance()
    deso, projects = deso_layer(), projects_layer(PROJECTS)
    filtered = deso_layer()
    filtered.setSubsetString("\"desokod\" = 'none'")  # a filter that matches nothing
    empty_deso = deso_layer()
    empty_deso.dataProvider().truncate()
    plans = memory_layer(
        "Polygon", {"omrade": str}, [(square(0, 0, 250), {"omrade": "O1"})], name="plans"
    )
    empty_plans = memory_layer("Polygon", {"omrade": str}, [], name="plans")
    for layer in (deso, projects, filtered, empty_deso, plans, empty_plans):
        project.addMapLayer(layer, False)
    out = {"OUTPUT": "TEMPORARY_OUTPUT"}
    return [
        ("plannedhousing, empty areas", "plannedhousing", {"PROJECTS": projects, "AREAS": empty_deso, **out, "PROJECTED": "TEMPORARY_OUTPUT"}),
        ("tenuresplit, filtered areas", "tenuresplit", {"PROJECTS": projects, "AREAS": filtered, **out}),
        ("planningoverlay, empty areas", "planningoverlay", {"PLANS": plans, "AREAS": empty_deso, "POP_FIELD": "folk", "PROJECTS": projects, **out}),
        ("planningoverlay, empty plans", "planningoverlay", {"PLANS": empty_plans, "AREAS": deso, "POP_FIELD": "folk", "PROJECTS": projects, **out}),
    ]  # fmt: skip


def main() -> int:
    install(crash=True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        import processing
        from processing.core.Processing import Processing

        from segregation_plugin.processing.provider import SegregationProvider

        Processing.initialize()
        provider = SegregationProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        for name, alg, params in _cases():
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
            print(f"RUN {name}", flush=True)
            try:
                result = processing.run(
                    f"segregation:{alg}", params, feedback=Feedback(), context=context
                )
            except QgsProcessingException as exc:
                print(f"CASE {name}: error {exc}", flush=True)
                continue
            counts = {k: v.featureCount() for k, v in result.items() if hasattr(v, "featureCount")}
            print(f"CASE {name}: ok {counts}", flush=True)
        QgsApplication.processingRegistry().removeProvider(provider)
        QgsProject.instance().clear()
    finally:
        app.exitQgis()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
