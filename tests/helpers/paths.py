"""Paths of the project for tests: the checkout, the bundled sample and ``tests/data``."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
SAMPLE_GPKG = SAMPLE / "exempellan.gpkg"
TEST_DATA = ROOT / "tests" / "data"
SHARED_DATA = ROOT.parent / "shared" / "data"
