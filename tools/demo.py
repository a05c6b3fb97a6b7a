#!/usr/bin/env python3
"""``make demo``: the plugin's main job on the bundled sample region, headless.

Starts QGIS without a screen, registers the plugin's Processing provider and runs the steps
in ``tools/demo_steps/step_*.py`` in name order. Each step is the workflow a planner would
click through in the dock, run through the same Processing algorithms; together they write
``out/sample.gpkg`` (every layer, with its style stored inside), ``out/sample.qgz`` (a QGIS
project that opens with the styled layers), ``out/map.png`` and the summary tables in
``out/tables/``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))  # the demo's own modules (demo_map)
QGIS_PLUGINS = Path(os.environ.get("QGIS_PREFIX_PATH", "/usr")) / "share/qgis/python/plugins"
if QGIS_PLUGINS.is_dir():
    sys.path.append(str(QGIS_PLUGINS))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)


class QuietFeedback(QgsProcessingFeedback):
    """Prints the algorithms' messages (not their progress) so the demo log stays readable."""

    def __init__(self, verbose=False):
        super().__init__()
        self.verbose = verbose

    def pushInfo(self, info):  # noqa: N802
        if self.verbose:
            print(f"    {info}")

    def pushWarning(self, warning):  # noqa: N802
        print(f"    ! {warning}")

    def reportError(self, error, fatalError=False):  # noqa: N802
        print(f"    ERROR {error}")


class Demo:
    """What the steps share: output folder, project, Processing context, map settings."""

    def __init__(self, out: Path, verbose: bool = False):
        from segregation_plugin.paths import sample_dir

        self.out = out
        self.tables_dir = out / "tables"
        self.sample = sample_dir()
        self.project = QgsProject.instance()
        self.project.clear()
        self.project.setCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
        self.project.setTitle("Segregation – Exempelläns län (fiktivt exempel)")
        self.feedback = QuietFeedback(verbose)
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.context.setFeedback(self.feedback)
        self.layers = {}  # sample layers by key ("deso", "regso", ...)
        self.results = {}  # step outputs for later steps, by name
        self.map_layers = []  # layers of out/map.png, top first
        self.map_legend = None  # legend layers (default: map_layers)
        self.map_title = "Exempelläns län"
        self.written = []  # paths of tables and files the steps wrote

    # --- helpers for the steps ---------------------------------------------------------
    def run(self, alg_id: str, params: dict) -> dict:
        import processing

        if ":" not in alg_id:
            alg_id = f"segregation:{alg_id}"
        return processing.run(alg_id, params, context=self.context, feedback=self.feedback)

    def group(self, name: str) -> QgsLayerTreeGroup:
        root = self.project.layerTreeRoot()
        group = root.findGroup(name)
        return group if group is not None else root.insertGroup(0, name)

    def add_layer(
        self, layer, group: str = None, style: str = None, table: str = None, visible: bool = True
    ):
        """Add a result layer to the project (in ``group``), styled, returned."""
        from segregation_plugin.processing.outputs import apply_style

        if isinstance(layer, str):
            layer = self.context.getMapLayer(layer) or QgsVectorLayer(
                layer, Path(layer).stem, "ogr"
            )
        if layer is None or not layer.isValid():
            raise RuntimeError(f"demo: result layer is not valid: {layer}")
        if style:
            apply_style(layer, style)
        if table:
            layer.setCustomProperty("segregation/table", table)
        # take ownership away from the Processing context's temporary store
        if self.context.temporaryLayerStore().mapLayer(layer.id()) is not None:
            self.context.temporaryLayerStore().takeMapLayer(layer)
        self.project.addMapLayer(layer, False)
        node = (self.group(group) if group else self.project.layerTreeRoot()).insertLayer(0, layer)
        node.setItemVisibilityChecked(visible)
        return layer

    def table_path(self, name: str) -> Path:
        self.tables_dir.mkdir(parents=True, exist_ok=True)
        path = self.tables_dir / name
        self.written.append(path)
        return path

    def say(self, message: str) -> None:
        print(f"  {message}")


def steps():
    folder = ROOT / "tools" / "demo_steps"
    for path in sorted(folder.glob("step_*.py")):
        spec = importlib.util.spec_from_file_location(f"demo_steps.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield path.stem, module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--verbose", action="store_true", help="print every algorithm message")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from processing.core.Processing import Processing

        Processing.initialize()
        from segregation_plugin.i18n import install_translators
        from segregation_plugin.processing.provider import SegregationProvider

        install_translators("en")
        provider = SegregationProvider()
        QgsApplication.processingRegistry().addProvider(provider)

        demo = Demo(out, args.verbose)
        started = time.time()
        for name, module in steps():
            t0 = time.time()
            print(f"[{name}] {module.TITLE}")
            module.run(demo)
            print(f"  ({time.time() - t0:.1f} s)")
        print(f"\nDemo finished in {time.time() - started:.1f} s. Outputs in {out}:")
        for path in [out / "sample.gpkg", out / "sample.qgz", out / "map.png", *demo.written]:
            if path.exists():
                print(f"  {path}")
        QgsApplication.processingRegistry().removeProvider(provider)
        # layers the tools read from paths (the guided analysis's boundaries) wait in the
        # context's store: drop them while QGIS runs, not when Python lets the context go
        demo.context.temporaryLayerStore().removeAllMapLayers()
        QgsProject.instance().clear()
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
