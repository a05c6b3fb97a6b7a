"""SCB tables fetched from PxWebAPI 2.0 and kept as files (the guided analysis's API source).

The guided analysis reads its statistics from a folder of exports. Without a folder it
fetches SCB's tables itself with the same client 'Import SCB table' uses
(:class:`~.pxweb.PxWebClient`, rate limit and offline message included) and writes each
table as SCB answered it, a JSON-stat 2.0 file, into a cache folder; the folder path then
reads those files as it reads any saved PxWebAPI response. When the client needed several
calls for a table (more cells than SCB allows per call), the answers are put together into
one dataset: every cell lands where its codes say, so the file is the table of all calls.
"""

from __future__ import annotations

import json
import os
import re
from typing import Optional, Sequence

import numpy as np

from ..common import codes
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from .pxweb import PxWebClient

CACHE_NAME = re.compile(r"^TAB\w+_[\d-]+\.json$")  # the files this module writes


class RecordingClient(PxWebClient):
    """A :class:`PxWebClient` that keeps the raw answer of every data call."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.answers = []

    def request(self, path: str, params: Optional[dict] = None, body=None) -> bytes:
        raw = super().request(path, params, body)
        if body is not None:
            self.answers.append(raw)
        return raw


def years_to_fetch(available: Sequence[str], year: Optional[int] = None, count: int = 2) -> list:
    """The years of a table to fetch: ``year`` and the one before it (for the change of
    area type) when the table has them, else the latest ``count`` years."""
    if year is not None:
        wanted = [str(y) for y in (year - 1, year) if str(y) in available]
        return wanted if str(year) in wanted else [str(year)]  # the client names what it has
    return list(available)[-count:]


def merge_datasets(parts: Sequence[dict]) -> dict:
    """One JSON-stat 2.0 dataset of the answers of several calls for the same table."""
    if len(parts) == 1:
        return parts[0]
    base = parts[0]
    ids = list(base["id"])
    union = {d: {} for d in ids}  # code → label, in the order of the calls
    for part in parts:
        if list(part["id"]) != ids:
            raise InputError("The answers of SCB's API for one table have different dimensions.")
        for d in ids:
            category = part["dimension"][d]["category"]
            for code in _ordered(category.get("index")):
                union[d].setdefault(code, (category.get("label") or {}).get(code, code))
    sizes = [len(union[d]) for d in ids]
    position = {d: {c: k for k, c in enumerate(union[d])} for d in ids}
    values = np.full(int(np.prod(sizes)), None, dtype=object)
    status = {}
    for part in parts:
        part_sizes = list(part["size"])
        where = [
            np.asarray(
                [position[d][c] for c in _ordered(part["dimension"][d]["category"]["index"])]
            )
            for d in ids
        ]
        flat = np.ravel_multi_index(np.ix_(*where), sizes).ravel()
        part_values = _cells(part.get("value"), int(np.prod(part_sizes)))
        values[flat] = part_values
        for k, marker in _cells_of_status(part.get("status")).items():
            status[str(int(flat[k]))] = marker
    merged = dict(base)
    merged["size"] = sizes
    merged["dimension"] = {}
    for d in ids:
        dimension = dict(base["dimension"][d])
        category = dict(dimension["category"])
        category["index"] = {c: k for k, c in enumerate(union[d])}
        category["label"] = dict(union[d])
        dimension["category"] = category
        merged["dimension"][d] = dimension
    merged["value"] = values.tolist()
    merged["status"] = status
    return merged


def _ordered(index) -> list:
    if isinstance(index, dict):
        return [c for c, _ in sorted(index.items(), key=lambda item: item[1])]
    return list(index or [])


def _cells(value, n: int) -> list:
    if isinstance(value, dict):
        cells = [None] * n
        for k, v in value.items():
            cells[int(k)] = v
        return cells
    return list(value or [None] * n)


def _cells_of_status(status) -> dict:
    if isinstance(status, dict):
        return {int(k): v for k, v in status.items()}
    if isinstance(status, list):
        return {k: v for k, v in enumerate(status) if v}
    return {}


def clear_cache(folder: str) -> list:
    """Remove the files an earlier fetch wrote into ``folder`` (only those: other files of
    the folder stay); their names."""
    if not os.path.isdir(folder):
        return []
    removed = sorted(name for name in os.listdir(folder) if CACHE_NAME.match(name))
    for name in removed:
        os.remove(os.path.join(folder, name))
    return removed


def fetch_to_file(
    client: RecordingClient,
    table: str,
    folder: str,
    year: Optional[int] = None,
    level: str = codes.DESO,
    progress: Progress = NO_PROGRESS,
) -> str:
    """Fetch ``table`` for every ``level`` area of Sweden (the years of
    :func:`years_to_fetch`) and write it to ``folder``; the file's path."""
    client.config()
    meta = client.metadata(table)
    time = meta.role("time")
    years = years_to_fetch(time.codes if time is not None else [], year)
    first = len(client.answers)
    client.fetch(table, years=years, level=level, progress=progress)
    parts = []
    for raw in client.answers[first:]:
        try:
            parts.append(json.loads(raw.decode("utf-8-sig")))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"SCB's API sent something that is not JSON for {table}.") from exc
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{table}_{'-'.join(years)}.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(merge_datasets(parts), handle, ensure_ascii=False)
    return path
