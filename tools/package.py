#!/usr/bin/env python3
"""Build the zip that QGIS's "Install from ZIP" accepts (``make package``).

    python tools/package.py --out dist

Writes ``dist/segregation_plugin-<version>.zip`` with one top folder, ``segregation_plugin/``,
holding the package's files, ``metadata.txt``, ``resources/`` (icons, styles, sample),
the compiled translations ``i18n/*.qm``, ``README.md``, ``LICENSE`` and the user docs
``docs/*.md`` (README links to them; ``DEVELOPING.md`` is for developers and stays out). The zip is
deterministic: sorted entries, fixed timestamps and permissions, so the same tree gives
the same bytes. Plain Python, no QGIS needed.
"""

from __future__ import annotations

import argparse
import configparser
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_plugin"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
TOP_LEVEL_FILES = ("metadata.txt", "README.md", "LICENSE")
DEVELOPER_DOCS = {"DEVELOPING.md"}
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
SKIP_SUFFIXES = (".pyc", ".pyo", ".gpkg-shm", ".gpkg-wal", ".aux.xml", ".orig", ".rej", "~")


class PackageError(Exception):
    """The tree cannot be packaged (a message saying what to do)."""


def version(root: Path = ROOT) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(root / "metadata.txt", encoding="utf-8")
    try:
        return parser["general"]["version"].strip()
    except KeyError as exc:
        raise PackageError(f"{root / 'metadata.txt'} has no [general] version.") from exc


def _wanted(path: Path, base: Path) -> bool:
    parts = path.relative_to(base).parts
    if any(p in SKIP_DIRS or p.startswith(".") for p in parts):
        return False
    return not path.name.endswith(SKIP_SUFFIXES)


def _tree(folder: Path) -> list:
    return sorted(p for p in folder.rglob("*") if p.is_file() and _wanted(p, folder))


def collect(root: Path = ROOT) -> dict:
    """``{name in the zip: file on disk}`` of everything the plugin zip holds."""
    entries = {}
    package = root / PACKAGE
    for path in _tree(package):
        entries[f"{PACKAGE}/{path.relative_to(package).as_posix()}"] = path
    for name in TOP_LEVEL_FILES:
        if (root / name).is_file():
            entries[f"{PACKAGE}/{name}"] = root / name
    if f"{PACKAGE}/metadata.txt" not in entries:
        raise PackageError(f"{root / 'metadata.txt'} is missing.")
    for path in sorted((root / "docs").glob("*.md")):
        if path.name not in DEVELOPER_DOCS:
            entries[f"{PACKAGE}/docs/{path.name}"] = path
    resources = root / "resources"
    for path in _tree(resources):
        entries[f"{PACKAGE}/resources/{path.relative_to(resources).as_posix()}"] = path

    i18n = root / "i18n"
    sources = sorted(i18n.glob("*.ts"))
    missing = [ts for ts in sources if not ts.with_suffix(".qm").is_file()]
    if missing:
        raise PackageError(
            "Compiled translations are missing: "
            + ", ".join(str(ts.with_suffix(".qm")) for ts in missing)
            + ". Run 'make translations' first (it needs lrelease, Debian package qttools5-dev-tools)."
        )
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.stat().st_mtime < ts.stat().st_mtime:
            print(
                f"package: warning: {qm} is older than {ts}; run 'make translations'.",
                file=sys.stderr,
            )
    for qm in sorted(i18n.glob("*.qm")):
        entries[f"{PACKAGE}/i18n/{qm.name}"] = qm

    metadata_files = [n for n in entries if n.endswith("metadata.txt")]
    if metadata_files != [f"{PACKAGE}/metadata.txt"]:
        # QGIS takes the plugin's folder from the first *metadata.txt in the zip.
        raise PackageError(f"Only {PACKAGE}/metadata.txt may end in metadata.txt: {metadata_files}")
    return entries


def _info(name: str, directory: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.create_system = 3  # unix, so the permissions below apply
    if directory:
        info.external_attr = (0o40755 << 16) | 0x10
    else:
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build(out_dir, root: Path = ROOT) -> Path:
    """Write the plugin zip into ``out_dir`` and return its path."""
    root = Path(root)
    entries = collect(root)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}-{version(root)}.zip"
    directories = set()
    for name in entries:
        parts = name.split("/")[:-1]
        directories.update("/".join(parts[: i + 1]) + "/" for i in range(len(parts)))
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(set(entries) | directories):
            if name.endswith("/"):
                archive.writestr(_info(name, directory=True), b"")
            else:
                archive.writestr(_info(name), entries[name].read_bytes(), compresslevel=9)
    tmp.replace(target)
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Build the QGIS plugin zip.")
    parser.add_argument("--out", default="dist", help="output folder (default: dist)")
    args = parser.parse_args(argv)
    try:
        path = build(args.out)
    except PackageError as exc:
        print(f"package: {exc}", file=sys.stderr)
        return 1
    size = path.stat().st_size
    print(f"{path} ({size / 1024:.1f} KiB, {size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
