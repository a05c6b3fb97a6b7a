"""Walking: from an origin to stops, between stops (a transfer) and from stops to a
destination, as straight-line distance × a detour factor at a walking speed.

Defaults (:class:`WalkRules`, METHODS.md §8): 5 km/h, detour factor 1.3 (streets are
rarely straight), at most 800 m walked to or from a stop (and directly from origin to
destination), at most 400 m walked between two stops for a transfer; and 60 s to change
vehicles, also at the same stop (an assumption of the plugin, as Conveyal's boarding slack).

transfers.txt, when the feed has it, refines the transfers stop by stop: type 3 forbids the
change, type 2 sets its time (``min_transfer_time``), types 0 and 1 allow it at walking time
even beyond 400 m. Rows that name trips or routes are not used (the router transfers
between stops). A station in transfers.txt stands for all its stops.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ...common.dependencies import require
from ..gtfs_tables import FeedFiles
from ..nearby import pairs_within


@dataclass(frozen=True)
class WalkRules:
    """How people walk: ``speed`` m/s (default 5 km/h), ``detour`` factor on straight lines, ``max_walk`` m
    walked to or from a stop (and directly), ``max_transfer`` m walked between stops,
    ``transfer_slack`` seconds to change vehicles."""

    speed: float = 5.0 / 3.6
    detour: float = 1.3
    max_walk: float = 800.0
    max_transfer: float = 400.0
    transfer_slack: int = 60

    def seconds(self, straight):
        """Walking time in whole seconds (rounded up) for straight-line metres."""
        np = require("numpy")
        seconds = np.asarray(straight, float) * self.detour / self.speed
        return np.ceil(seconds - 1e-6).astype(np.int32)  # 468.00000000000006 s is 468 s

    @property
    def reach(self) -> float:
        """The straight-line radius of ``max_walk``."""
        return self.max_walk / self.detour

    def describe(self) -> str:
        return (
            f"walking {self.speed * 3.6:g} km/h, detour factor {self.detour:g}, at most "
            f"{self.max_walk:g} m to or from a stop, {self.max_transfer:g} m between stops, "
            f"{self.transfer_slack} s to change"
        )


def walk_pairs(ax, ay, bx, by, rules: WalkRules):
    """(i, j, seconds) for every a-point i within walking distance of b-point j."""
    np = require("numpy")
    found = list(pairs_within(ax, ay, bx, by, rules.reach))
    if not found:
        empty = np.array([], np.int64)
        return empty, empty, np.array([], np.int32)
    i = np.concatenate([f[0] for f in found])
    j = np.concatenate([f[1] for f in found])
    d = np.concatenate([f[2] for f in found])
    return i, j, rules.seconds(d)


def transfer_edges(stop_x, stop_y, rules: WalkRules, rules_txt=None):
    """Transfers as (from stop, to stop, seconds) sorted by ``to``, the change time included:
    every stop to itself and to the stops within ``max_transfer`` walked, then the feed's
    transfers.txt (:func:`read_transfers`) applied on top."""
    np = require("numpy")
    pd = require("pandas")
    radius = rules.max_transfer / rules.detour
    found = list(pairs_within(stop_x, stop_y, stop_x, stop_y, radius))
    a = np.concatenate([f[0] for f in found]) if found else np.array([], np.int64)
    b = np.concatenate([f[1] for f in found]) if found else np.array([], np.int64)
    d = np.concatenate([f[2] for f in found]) if found else np.array([], float)
    placed = np.flatnonzero(np.isfinite(stop_x) & np.isfinite(stop_y))
    edges = pd.DataFrame({"from": a, "to": b, "seconds": rules.seconds(d) + rules.transfer_slack})
    self_loops = pd.DataFrame(
        {"from": placed, "to": placed, "seconds": np.int32(rules.transfer_slack)}
    )
    edges = pd.concat([self_loops, edges[edges["from"] != edges["to"]]], ignore_index=True)
    if rules_txt is not None and len(rules_txt):
        given = rules_txt.drop_duplicates(["from", "to"], keep="last")
        edges = edges.merge(given, on=["from", "to"], how="outer")
        walk = np.hypot(
            stop_x[edges["from"].to_numpy()] - stop_x[edges["to"].to_numpy()],
            stop_y[edges["from"].to_numpy()] - stop_y[edges["to"].to_numpy()],
        )
        walk_s = rules.seconds(np.nan_to_num(walk)) + rules.transfer_slack
        kind = edges["transfer_type"].to_numpy()
        seconds = edges["seconds"].to_numpy(float)
        seconds = np.where(np.isnan(seconds), walk_s, seconds)
        min_time = edges["min_transfer_time"].to_numpy(float)
        seconds = np.where((kind == 2) & ~np.isnan(min_time), min_time, seconds)
        edges["seconds"] = seconds
        edges = edges[kind != 3]
    edges = edges.sort_values(["to", "from"], kind="stable")
    return (
        edges["from"].to_numpy(np.int32),
        edges["to"].to_numpy(np.int32),
        edges["seconds"].to_numpy().astype(np.int32),
    )


def read_transfers(feed):
    """transfers.txt of ``feed`` as from, to (stop rows), transfer_type, min_transfer_time,
    or None without the file. Rows with unknown stops or naming trips/routes are skipped
    (counted in ``feed.problems``)."""
    np = require("numpy")
    pd = require("pandas")
    try:
        source = FeedFiles(feed.source)
    except Exception:  # a feed built in memory (tests) has no files
        return None
    try:
        if not source.has("transfers"):
            return None
        with source.open("transfers") as raw:
            table = pd.read_csv(
                io.TextIOWrapper(raw, encoding="utf-8-sig"), dtype=str, skipinitialspace=True
            )
    finally:
        source.close()
    table.columns = [c.strip().lower() for c in table.columns]
    if not {"from_stop_id", "to_stop_id"} <= set(table.columns):
        feed.warn("transfers", None, "transfers.txt has no from_stop_id/to_stop_id; not used.")
        return None
    for column in ("from_trip_id", "to_trip_id", "from_route_id", "to_route_id"):
        if column in table.columns:
            table = table[table[column].isna()]
    index = pd.Index(feed.stops["stop_id"].astype(str))
    a = index.get_indexer(table["from_stop_id"].astype(str))
    b = index.get_indexer(table["to_stop_id"].astype(str))
    kind = pd.to_numeric(table.get("transfer_type", pd.Series(0, index=table.index)), "coerce")
    minimum = pd.to_numeric(
        table.get("min_transfer_time", pd.Series(np.nan, index=table.index, dtype=float)), "coerce"
    )
    known = (a >= 0) & (b >= 0)
    unknown = int((~known).sum())
    if unknown:
        feed.warn(
            "transfers",
            None,
            f"{unknown} rows of transfers.txt name stops not in stops.txt; they are not used.",
        )
    given = pd.DataFrame(
        {
            "from": a[known],
            "to": b[known],
            "transfer_type": kind.fillna(0).to_numpy()[known],
            "min_transfer_time": minimum.to_numpy(float)[known],
        }
    )
    # a station stands for every stop grouped to it
    station = feed.stops["station"].to_numpy()
    children = pd.DataFrame({"station": station, "child": np.arange(len(station))})
    for end in ("from", "to"):
        given = given.merge(children, left_on=end, right_on="station", how="left")
        given[end] = np.where(given["child"].isna(), given[end], given["child"]).astype(np.int64)
        given = given.drop(columns=["station", "child"])
    return given.drop_duplicates(["from", "to"], keep="last").reset_index(drop=True)
