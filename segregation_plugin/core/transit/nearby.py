"""Which points lie within a distance of which others, for many points at once.

Homes (grid cells, points in an area) and stops are paired when the straight-line
distance is at most a radius. The stops are sorted into square cells as large as the
radius, so each home only looks at the stops of its own cell and the eight around it;
everything is done with numpy arrays, in chunks, so a whole country fits in memory.
"""

from __future__ import annotations

from ..common.dependencies import require


def pairs_within(ax, ay, bx, by, radius: float, chunk: int = 50_000):
    """Yield ``(i, j, d)`` arrays per chunk of the a-points: a-point i and b-point j lie
    within ``radius`` of each other at distance d (coordinates in metres). Points without
    a position (NaN or infinite, e.g. a stop without coordinates) are near nothing."""
    np = require("numpy")
    ax, ay = np.asarray(ax, float), np.asarray(ay, float)
    bx, by = np.asarray(bx, float), np.asarray(by, float)
    placed = np.isfinite(bx) & np.isfinite(by)
    if not placed.all():
        b_rows = np.flatnonzero(placed)
        for i, j, d in pairs_within(ax, ay, bx[placed], by[placed], radius, chunk):
            yield i, b_rows[j], d
        return
    if not (np.isfinite(ax) & np.isfinite(ay)).all():
        a_rows = np.flatnonzero(np.isfinite(ax) & np.isfinite(ay))
        for i, j, d in pairs_within(ax[a_rows], ay[a_rows], bx, by, radius, chunk):
            yield a_rows[i], j, d
        return
    if len(ax) == 0 or len(bx) == 0:
        return
    size = float(radius) if radius > 0 else 1.0
    x0, y0 = min(ax.min(), bx.min()) - size, min(ay.min(), by.min()) - size
    bcx = ((bx - x0) // size).astype(np.int64)
    bcy = ((by - y0) // size).astype(np.int64)
    width = int(max(bcx.max(), ((ax.max() - x0) // size))) + 3
    bkey = bcy * width + bcx
    order = np.argsort(bkey, kind="stable")
    bkey_sorted = bkey[order]
    r2 = float(radius) * float(radius)
    for lo in range(0, len(ax), chunk):
        hi = min(lo + chunk, len(ax))
        cx = ((ax[lo:hi] - x0) // size).astype(np.int64)
        cy = ((ay[lo:hi] - y0) // size).astype(np.int64)
        found_i, found_j, found_d = [], [], []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                key = (cy + dy) * width + (cx + dx)
                first = np.searchsorted(bkey_sorted, key, side="left")
                last = np.searchsorted(bkey_sorted, key, side="right")
                count = last - first
                total = int(count.sum())
                if total == 0:
                    continue
                i = np.repeat(np.arange(lo, hi), count)
                step = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
                j = order[np.repeat(first, count) + step]
                d2 = (ax[i] - bx[j]) ** 2 + (ay[i] - by[j]) ** 2
                near = d2 <= r2
                found_i.append(i[near])
                found_j.append(j[near])
                found_d.append(np.sqrt(d2[near]))
        if found_i:
            yield np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_d)
        else:
            empty = np.array([], np.int64)
            yield empty, empty, np.array([], float)


# --- metric coordinates --------------------------------------------------------------------
SWEDEN_LONLAT = (10.0, 54.5, 25.0, 69.5)  # west, south, east, north


def metric_crs(lon, lat) -> str:
    """A metric CRS for points given in longitude/latitude: SWEREF 99 TM (EPSG:3006) in
    and around Sweden, else the UTM zone of their middle (WGS 84)."""
    np = require("numpy")
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    ok = ~(np.isnan(lon) | np.isnan(lat))
    if not ok.any():
        return "EPSG:3006"
    mid_lon, mid_lat = float(np.median(lon[ok])), float(np.median(lat[ok]))
    west, south, east, north = SWEDEN_LONLAT
    if west <= mid_lon <= east and south <= mid_lat <= north:
        return "EPSG:3006"
    zone = int((mid_lon + 180) // 6) % 60 + 1
    return f"EPSG:{32600 + zone if mid_lat >= 0 else 32700 + zone}"


def project_lonlat(lon, lat, crs):
    """Longitude/latitude (WGS 84) → x, y in ``crs`` (numpy arrays). A point without a
    position (NaN), or one the projection cannot place (PROJ gives inf), is NaN."""
    np = require("numpy")
    pyproj = require("pyproj")
    transformer = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    x, y = transformer.transform(np.asarray(lon, float), np.asarray(lat, float))
    x, y = np.array(x, float), np.array(y, float)
    bad = ~(np.isfinite(x) & np.isfinite(y))
    x[bad], y[bad] = np.nan, np.nan
    return x, y


def check_metric(crs) -> None:
    """InputError when ``crs`` is not in metres (distances of 300 m need a projected CRS)."""
    pyproj = require("pyproj")
    from ..common.errors import InputError

    parsed = pyproj.CRS.from_user_input(crs)
    if (
        parsed.is_geographic
        or not parsed.axis_info
        or parsed.axis_info[0].unit_name
        not in (
            "metre",
            "meter",
        )
    ):
        raise InputError(
            f"The CRS {parsed.to_string()} is not in metres. Choose a projected CRS such as "
            "SWEREF 99 TM (EPSG:3006) for distances to stops."
        )
