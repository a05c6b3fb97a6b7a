"""Isochrones: the area reached from an origin within 15, 30, 45, 60 minutes.

For every stop the travel time from the origin (arrival by vehicle minus departure, at
the chosen percentile of the departure window) leaves some time to walk on: the stop's
circle has the radius walked in that time (straight line: time × speed ÷ detour), at most
the longest walk from a stop. The origin's own circle is the walk from it. The band's
polygon is the union of these circles: the places a planner's "within 30 minutes" means,
on straight lines (streets, water and barriers are not known to the router).
"""

from __future__ import annotations

from ...common.dependencies import require
from ...common.progress import NO_PROGRESS, Progress
from .raptor import INF
from .travel_times import percentile_minutes

BANDS = (15, 30, 45, 60)


def stop_minutes(router, ox, oy, percentile: int = 50, progress: Progress = NO_PROGRESS):
    """Minutes from each origin to each stop by vehicle (float32 origins × stops, NaN when
    not reached), at ``percentile`` of the departure window."""
    np = require("numpy")
    times = router.window.times
    out = np.full((len(ox), len(router.stop_x)), np.nan, dtype=np.float32)
    for rows, best in router.stop_arrivals(ox, oy, progress):
        seconds = best.astype(np.float64)
        seconds[best >= INF] = np.inf
        seconds = seconds - times[None, None, :]  # stops × origins × departures
        seconds[seconds > 60 * router.window.max_minutes] = np.inf
        out[rows] = percentile_minutes(seconds.transpose(1, 2, 0), percentile)
    return out


def isochrones(router, ox, oy, bands=BANDS, percentile: int = 50, progress: Progress = NO_PROGRESS):
    """Rows (origin, minutes, geometry) for every origin and band: the union of the walking
    circles of the origin and of the stops reached in time (shapely polygons; None when the
    origin has no position)."""
    np = require("numpy")
    require("shapely")
    from shapely.geometry import Point
    from shapely.ops import unary_union

    bands = sorted(int(b) for b in bands)
    walk = router.walk
    placed = np.isfinite(router.stop_x) & np.isfinite(router.stop_y)
    minutes = stop_minutes(router, ox, oy, percentile, progress.sub(0, 80))
    rows = []
    for i in range(len(ox)):
        progress.check()
        if not (np.isfinite(ox[i]) and np.isfinite(oy[i])):
            rows.extend({"origin": i, "minutes": b, "geometry": None} for b in bands)
            continue
        for band in bands:
            left = band * 60.0 - 60.0 * minutes[i].astype(float)
            reach = np.minimum(left * walk.speed / walk.detour, walk.reach)
            use = np.flatnonzero(np.isfinite(reach) & (reach > 0) & placed)
            own = min(band * 60.0 * walk.speed / walk.detour, walk.reach)
            circles = [Point(ox[i], oy[i]).buffer(own, 16)]
            circles.extend(
                Point(router.stop_x[j], router.stop_y[j]).buffer(reach[j], 16) for j in use
            )
            rows.append({"origin": i, "minutes": band, "geometry": unary_union(circles)})
        progress.set(80 + 20 * (i + 1) / max(1, len(ox)))
    return rows
