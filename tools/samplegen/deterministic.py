"""Write zip-based files (xlsx, GTFS) with fixed timestamps so that every run is byte-identical."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FIXED_DATE = (2023, 6, 1, 0, 0, 0)


def write_zip(path: Path, members: list) -> None:
    """Write ``members`` (list of (name, bytes)) in the given order with a fixed date."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    Path(path).write_bytes(buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The same zip archive with every member's timestamp fixed."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, payload in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, payload)
    return out.getvalue()
