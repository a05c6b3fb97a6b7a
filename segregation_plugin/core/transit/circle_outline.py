"""The outline of the union of many circles' polygons, traced in numpy instead of by GEOS.

Every circle is the same regular polygon (corner k at angle 2πk/sides), scaled and moved.
The union's outline is made of pieces of the circles' edges: the parts of an edge that lie
in no other circle's polygon. So, for each circle:

1. Edges deep inside one neighbour (:func:`circle_union.deep_runs`) are left out at once.
2. Each remaining edge is clipped against every neighbour's polygon that may reach it (the
   neighbours are the pairs already found; which edges a neighbour may reach follows from
   the two circles, :func:`_reaches`). Clipping a segment against a convex polygon gives
   the interval of the segment inside it (Cyrus–Beck); only the neighbour's edges whose
   sector the segment passes through can bound it, so only those are tried.
3. What no interval covers is outline (:func:`_pieces`). A piece starts at a corner or where
   the edge leaves a neighbour's polygon, through that polygon's edge m, and ends at a
   corner or where it enters one. At a crossing of edges e and f the outline turns from one
   to the other: the piece ending there is followed by the piece starting there, and both
   name the crossing by the pair (e, f). The crossing point is computed once, from the pair.
4. Pieces are linked into rings (:func:`_rings`); rings turning left are outer rings, the
   others holes, each put in the outer ring of its group that holds it.

Where the pieces of a group do not pair up exactly (edges through a corner of another
polygon, or lying on top of each other), that group is left to GEOS: :func:`outline`
reports it. On the national benchmark every group pairs up.
"""

from __future__ import annotations

from ..common.dependencies import require
from .circle_union import MARGIN_RAD, deep_runs


def _spread(first, count):
    """Indices first[i] … first[i] + count[i] - 1 for all i, and which i each came from."""
    np = require("numpy")
    total = int(count.sum())
    owner = np.repeat(np.arange(len(count)), count)
    return np.repeat(first - (np.cumsum(count) - count), count) + np.arange(total), owner


def _reaches(x, y, radius, pairs, sides):
    """Pairs both ways (i, j) with the first edge of i that j's polygon may reach and how
    many edges (round the circle). j's polygon lies in j's circle; edge k of i lies in the
    sector of angles [k, k + 1]·step seen from i, between the circle inscribed in i's
    polygon and i's circle. The points of j's circle at distance ρ from i's centre lie at
    angles within α(ρ) of the direction φ to j: the widest α over that band bounds the
    edges (at its ends, or where a ray from i touches j's circle)."""
    np = require("numpy")
    pi, pj, pd = pairs
    i, j, d = np.r_[pi, pj], np.r_[pj, pi], np.r_[pd, pd]
    ri, rj = radius[i], radius[j]
    use = (ri > 0) & (rj > 0) & (d > 0) & (d < ri + rj)
    i, j, d, ri, rj = i[use], j[use], d[use], ri[use], rj[use]
    step = 2 * np.pi / sides
    r0 = ri * np.cos(np.pi / sides)
    c = np.minimum(
        (r0 * r0 + d * d - rj * rj) / (2 * r0 * d), (ri * ri + d * d - rj * rj) / (2 * ri * d)
    )
    touch = d * d - rj * rj
    inside = (touch > r0 * r0) & (touch < ri * ri)
    c[inside] = np.minimum(c[inside], np.sqrt(touch[inside]) / d[inside])
    meets = c < 1
    i, j, c, d = i[meets], j[meets], c[meets], d[meets]
    half = np.arccos(np.clip(c, -1.0, 1.0)) + MARGIN_RAD
    phi = np.arctan2(y[j] - y[i], x[j] - x[i])
    lo = np.floor((phi - half) / step).astype(np.int64)
    count = np.floor((phi + half) / step).astype(np.int64) - lo + 1
    everything = (c <= -1) | (count >= sides)
    lo[everything], count[everything] = 0, sides
    return i, j, lo % sides, count


def _clip(cx, cy, radius, ux, uy, circle, corner, other, sides):
    """The interval (t_in, t_out) of each edge (circle, corner → corner + 1) inside the
    polygon of ``other``, with the other's edges that bound it (−1 when none); an empty
    interval has t_in ≥ t_out."""
    np = require("numpy")
    if len(circle) == 0:
        empty = np.zeros(0)
        return empty, empty, np.zeros(0, np.int64), np.zeros(0, np.int64)
    step = 2 * np.pi / sides
    nxt = (corner + 1) % sides
    ax = ux[corner] * radius[circle] + cx[circle]  # as polygon_records computes corners
    ay = uy[corner] * radius[circle] + cy[circle]
    bx = ux[nxt] * radius[circle] + cx[circle]
    by = uy[nxt] * radius[circle] + cy[circle]
    ox, oy = cx[other], cy[other]
    sector_a = np.floor(np.arctan2(ay - oy, ax - ox) / step).astype(np.int64)
    sector_b = np.floor(np.arctan2(by - oy, bx - ox) / step).astype(np.int64)
    turn = (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)
    first = np.where(turn >= 0, sector_a, sector_b)  # the sectors the edge passes, seen
    span = np.where(turn >= 0, sector_b - sector_a, sector_a - sector_b) % sides  # from j
    m, row = _spread(first - 1, np.minimum(span + 3, sides))  # and one more each side
    m %= sides
    m2 = (m + 1) % sides
    o = other[row]
    qx = ux[m] * radius[o] + cx[o]
    qy = uy[m] * radius[o] + cy[o]
    ex = ux[m2] * radius[o] + cx[o] - qx
    ey = uy[m2] * radius[o] + cy[o] - qy
    num = ex * (ay[row] - qy) - ey * (ax[row] - qx)  # inside where num + t·den > 0
    den = ex * (by - ay)[row] - ey * (bx - ax)[row]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -num / den
    enter = np.where(den > 0, t, -np.inf)
    leave = np.where(den < 0, t, np.inf)
    leave[(den == 0) & (num <= 0)] = -np.inf  # parallel and outside: nothing inside
    starts = np.r_[0, np.cumsum(np.minimum(span + 3, sides))[:-1]]
    t_in = np.maximum.reduceat(enter, starts)
    t_out = np.minimum.reduceat(leave, starts)
    m_in = _which(enter, t_in[row], row, len(starts), m)
    m_out = _which(leave, t_out[row], row, len(starts), m)
    return t_in, t_out, m_in, m_out


def _which(values, best, row, n, m):
    """The edge m of the first constraint per row whose value is the row's best."""
    np = require("numpy")
    out = np.full(n, -1, np.int64)
    hit = np.flatnonzero((values == best) & np.isfinite(values))
    rows, first = np.unique(row[hit], return_index=True)
    out[rows] = m[hit[first]]
    return out


def _cummax(values, segment):
    """Running maximum of ``values`` within runs of equal ``segment``, with the position
    that holds it (a scan in log steps, exact)."""
    np = require("numpy")
    best, arg = values.copy(), np.arange(len(values))
    shift = 1
    while shift < len(values):
        same = segment[shift:] == segment[:-shift]
        better = same & (best[:-shift] > best[shift:])
        take = np.flatnonzero(better) + shift
        best[take], arg[take] = best[take - shift], arg[take - shift]
        if not same.any():
            break
        shift *= 2
    return best, arg


def outline(x, y, radius, pairs, sides: int, unit, group):
    """The union of the circles' polygons (``radius`` 0: none), traced as above.

    ``pairs`` are (i, j, distance) of circles that may overlap; ``group`` numbers the
    circles so that overlapping circles share a number. Gives {group: well-known binary of
    its MultiPolygon} and the groups left to GEOS (their pieces did not pair up)."""
    np = require("numpy")
    x, y, radius = np.asarray(x, float), np.asarray(y, float), np.asarray(radius, float)
    radius = _without_twins(x, y, radius)
    ux, uy = np.ascontiguousarray(unit[:, 0]), np.ascontiguousarray(unit[:, 1])
    far = deep_runs(x, y, radius, pairs, sides)
    open_edges = (far < np.arange(1, sides + 1)) & (radius > 0)[:, None]
    del far
    cand = np.flatnonzero(open_edges.ravel())  # edges in no one neighbour: circle·sides + k
    del open_edges
    i, j, lo, count = _reaches(x, y, radius, pairs, sides)
    base = i * sides
    a1 = np.searchsorted(cand, base + lo)
    b1 = np.searchsorted(cand, base + np.minimum(lo + count, sides))
    a2 = np.searchsorted(cand, base)
    b2 = np.searchsorted(cand, base + np.maximum(lo + count - sides, 0))
    e1, o1 = _spread(a1, b1 - a1)
    e2, o2 = _spread(a2, b2 - a2)
    edge, other = np.r_[e1, e2], j[np.r_[o1, o2]]
    del i, j, lo, count, base, a1, b1, a2, b2, e1, o1, e2, o2
    t_in, t_out, m_in, m_out = _clip(
        x, y, radius, ux, uy, cand[edge] // sides, cand[edge] % sides, other, sides
    )
    lo_t, hi_t = np.maximum(t_in, 0.0), np.minimum(t_out, 1.0)
    hit = np.flatnonzero(lo_t < hi_t)
    order = hit[np.lexsort((lo_t[hit], edge[hit]))]
    pieces = _pieces(
        cand,
        edge[order],
        lo_t[order],
        hi_t[order],
        other[order],
        m_in[order],
        m_out[order],
        sides,
        len(x) * sides,
    )
    del t_in, t_out, m_in, m_out, lo_t, hi_t, hit, order, edge, other
    return _rings(pieces, x, y, radius, ux, uy, sides, np.asarray(group))


def _without_twins(x, y, radius):
    """``radius`` with 0 for each circle that repeats an earlier one (same centre and
    radius): twins' edges lie on top of each other, and one covers the same ground."""
    np = require("numpy")
    order = np.lexsort((radius, y, x))
    xo, yo, ro = x[order], y[order], radius[order]
    twin = (xo[1:] == xo[:-1]) & (yo[1:] == yo[:-1]) & (ro[1:] == ro[:-1]) & (ro[1:] > 0)
    if not twin.any():
        return radius
    radius = radius.copy()
    radius[order[1:][twin]] = 0
    return radius


def _pieces(cand, edge, lo, hi, other, m_in, m_out, sides, n_edges):
    """The outline's pieces from the intervals covered (sorted by edge, then start): per
    piece its edge, where it starts along the edge, and the keys of its two ends (a corner
    −(corner id + 1), a crossing of edges e < f e·n_edges + f), and the edge it starts
    crossing (−1 at a corner)."""
    np = require("numpy")
    first = np.r_[True, edge[1:] != edge[:-1]]
    last = np.r_[edge[1:] != edge[:-1], True]
    best, arg = _cummax(hi, edge)
    gid = cand[edge]  # the edges' ids
    crossing_in = other * sides + m_in
    crossing_out = other * sides + m_out

    def key(e, f):
        return np.minimum(e, f) * n_edges + np.maximum(e, f)

    def corner_after(e):
        return -((e // sides) * sides + (e % sides + 1) % sides + 1)

    prev_best, prev_arg = np.r_[0.0, best[:-1]], np.r_[0, arg[:-1]]
    head = first & (lo > 0)  # from the edge's first corner into a polygon
    middle = ~first & (lo > prev_best)  # from one polygon to the next
    tail = last & (best < 1)  # from the last polygon to the edge's end
    bare = np.ones(len(cand), bool)
    bare[edge] = False
    bare = np.flatnonzero(bare)  # edges no polygon touches
    h, mi, tl = np.flatnonzero(head), np.flatnonzero(middle), np.flatnonzero(tail)
    leave_m, leave_t = crossing_out[prev_arg[mi]], prev_best[mi]
    tail_from = crossing_out[arg[tl]]
    piece_edge = np.r_[edge[h], edge[mi], edge[tl], bare]
    piece_t = np.r_[np.zeros(len(h)), leave_t, best[tl], np.zeros(len(bare))]
    g = np.r_[gid[h], gid[mi], gid[tl], cand[bare]]
    cross = np.r_[np.full(len(h), -1), leave_m, tail_from, np.full(len(bare), -1)]
    start = np.where(cross < 0, -(g + 1), key(g, cross))
    end = np.r_[
        key(gid[h], crossing_in[h]),
        key(gid[mi], crossing_in[mi]),
        corner_after(gid[tl]),
        corner_after(cand[bare]),
    ]
    order = np.lexsort((piece_t, piece_edge))
    return g[order], start[order], end[order], cross[order]


def _corners(e, x, y, radius, ux, uy, sides, after=False):
    """Coordinates of edge e's first corner (or, ``after``, its second), computed as
    :func:`circle_union.polygon_records` computes them."""
    circle, k = e // sides, e % sides
    if after:
        k = (k + 1) % sides
    return ux[k] * radius[circle] + x[circle], uy[k] * radius[circle] + y[circle]


def _link(pieces, group, sides):
    """Each piece's successor (the piece starting where it ends), and the groups whose
    pieces do not pair up one to one; those groups' pieces are dropped."""
    np = require("numpy")
    failed = set()
    while True:
        g, start, end, _ = pieces
        order = np.argsort(start, kind="stable")
        sk = start[order]
        pos = np.minimum(np.searchsorted(sk, end), max(len(sk) - 1, 0))
        bad = np.zeros(len(g), bool)
        if len(g):
            bad |= sk[pos] != end
            twin = np.flatnonzero(sk[1:] == sk[:-1])
            bad[order[twin]] = bad[order[twin + 1]] = True
            ends = np.sort(end)
            bad |= np.isin(end, ends[1:][ends[1:] == ends[:-1]])
        if not bad.any():
            return order[pos] if len(g) else pos, pieces, failed
        failed |= set(np.unique(group[g[bad] // sides]).tolist())
        keep = ~np.isin(group[g // sides], sorted(failed))
        pieces = tuple(a[keep] for a in pieces)


def _rings(pieces, x, y, radius, ux, uy, sides, group):
    """Pieces linked into rings, and the rings into polygons per group (see :func:`outline`)."""
    np = require("numpy")
    succ, pieces, failed = _link(pieces, group, sides)
    g, _, _, cross = pieces
    n = len(g)
    if n == 0:
        return {}, failed
    head = np.ones(n, bool)
    head[1:] = succ[:-1] != np.arange(1, n)
    run_of = np.cumsum(head) - 1
    heads = np.flatnonzero(head)
    run_len = np.diff(np.r_[heads, n])
    nxt = run_of[succ[heads + run_len - 1]].tolist()
    seen = bytearray(len(heads))
    runs, bounds = [], [0]
    for r0 in range(len(heads)):  # runs of pieces one after another, by circle and edge
        r = r0
        while not seen[r]:
            seen[r] = 1
            runs.append(r)
            r = nxt[r]
        if len(runs) > bounds[-1]:
            bounds.append(len(runs))
    runs = np.asarray(runs, np.int64)
    idx, _ = _spread(heads[runs], run_len[runs])
    size = np.add.reduceat(run_len[runs], np.asarray(bounds[:-1], np.int64))
    g, cross = g[idx], cross[idx]
    px, py = _corners(g, x, y, radius, ux, uy, sides)
    at = np.flatnonzero(cross >= 0)  # pieces starting at a crossing of edges e1 < e2
    e1, e2 = np.minimum(g[at], cross[at]), np.maximum(g[at], cross[at])
    ax, ay = _corners(e1, x, y, radius, ux, uy, sides)
    bx, by = _corners(e1, x, y, radius, ux, uy, sides, after=True)
    cx, cy = _corners(e2, x, y, radius, ux, uy, sides)
    dx, dy = _corners(e2, x, y, radius, ux, uy, sides, after=True)
    s = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / (
        (bx - ax) * (dy - cy) - (by - ay) * (dx - cx)
    )
    px[at], py[at] = ax + s * (bx - ax), ay + s * (by - ay)
    first = np.cumsum(size) - size
    ring = np.repeat(np.arange(len(size)), size)
    after = np.arange(n) + 1
    after[first + size - 1] = first
    rx, ry = px - px[first][ring], py - py[first][ring]  # small numbers for the area
    area = np.bincount(ring, rx * ry[after] - rx[after] * ry, minlength=len(size)) / 2
    ring_group = group[g[first] // sides]
    polygons, unheld = _polygons(px, py, first, size, area, ring_group)
    return polygons, failed | unheld


def _polygons(px, py, first, size, area, ring_group):
    """{group: MultiPolygon WKB}: outer rings (turning left) with the holes they hold; and
    the groups with a hole that no outer ring holds (left to GEOS)."""
    np = require("numpy")
    import struct

    xy = np.c_[px, py].astype("<f8")
    outers, holes = {}, {}
    for r in np.flatnonzero((size >= 3) & (area != 0)).tolist():
        (outers if area[r] > 0 else holes).setdefault(int(ring_group[r]), []).append(r)
    polygons, failed = {}, set(holes) - set(outers)
    for grp, outer in outers.items():
        inside = {o: [] for o in outer}
        for h in holes.get(grp, []):
            o = _holder(h, outer, px, py, first, size)
            if o is None:
                failed.add(grp)
                break
            inside[o].append(h)
        if grp in failed:
            continue
        parts = []
        for o in outer:
            parts.append(b"\x01" + struct.pack("<II", 3, 1 + len(inside[o])))
            for r in [o] + inside[o]:
                ring = xy[first[r] : first[r] + size[r]]  # closed on its first point
                parts.append(
                    struct.pack("<I", int(size[r]) + 1) + ring.tobytes() + ring[0].tobytes()
                )
        polygons[grp] = b"\x01" + struct.pack("<II", 6, len(outer)) + b"".join(parts)
    return polygons, failed


def _holder(h, outer, px, py, first, size):
    """The outer ring that holds hole ``h``: the only one, or the one holding its first
    point (crossings of a ray to the right); None when none does."""
    np = require("numpy")
    if len(outer) == 1:
        return outer[0]
    qx, qy = px[first[h]], py[first[h]]
    for o in outer:
        lo, n = first[o], size[o]
        xs, ys = px[lo : lo + n], py[lo : lo + n]
        if not (xs.min() <= qx <= xs.max() and ys.min() <= qy <= ys.max()):
            continue
        x2, y2 = np.roll(xs, -1), np.roll(ys, -1)
        spans = (ys > qy) != (y2 > qy)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = xs + (qy - ys) * (x2 - xs) / (y2 - ys)
        if np.count_nonzero(spans & (at > qx)) % 2:
            return o
    return None
