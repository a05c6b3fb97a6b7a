#!/usr/bin/env python3
"""Write the bundled layout template of the report per kommun (``make report-template``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_report_template.py \
        [resources/layouts/kommun_report.qpt]

The page is drawn by ``processing/reports/parts/layout.build_default`` (A4 portrait: map,
legend, scale bar, north arrow, the text items and the chart pictures, each with its item
id). Run it with the oldest supported QGIS (3.22) so that every supported version reads the
file. A kommun makes its own template from this one in QGIS's layout designer (Layout ▸
Save as Template) and keeps the item ids.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_HASH_SEED", "0")  # attributes in a fixed order: the same bytes

from qgis.core import QgsApplication, QgsPrintLayout, QgsProject, QgsReadWriteContext  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    default = ROOT / "resources" / "layouts" / "kommun_report.qpt"
    parser.add_argument("path", nargs="?", type=Path, default=default)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from segregation_plugin.processing.reports.parts.layout import build_default

        layout = QgsPrintLayout(QgsProject.instance())
        build_default(layout)
        args.path.parent.mkdir(parents=True, exist_ok=True)
        if not layout.saveAsTemplate(str(args.path), QgsReadWriteContext()):
            print(f"could not write {args.path}", file=sys.stderr)
            return 1
        print(f"wrote {args.path}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
