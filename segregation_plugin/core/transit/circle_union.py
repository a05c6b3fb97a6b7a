"""The union of many overlapping circles, drawn as polygons, for the quality classes, by
GEOS: used for the groups :mod:`circle_outline` cannot trace, and for the corners deep
inside a neighbour, which both leave out (:func:`deep_runs`).

GEOS dissolves polygons a pair at a time, up a tree; a whole country's circles (about
100,000 over the six classes, 96 corners each) took about 10 s of CPU. Most of a circle's
outline, though, lies inside a neighbour and cannot be part of the union. Before the union
each circle therefore leaves out the corners that lie deep inside a neighbour
(:func:`kept_corners`): a run of corners inside the circle inscribed in one neighbour's
polygon (less a margin of a micrometre) is replaced by the straight chord between its ends.
What is cut off (the part between the chord and the outline, the hull of those corners)
lies inside that neighbour's polygon, which is convex, so the union covers the same ground
and its outline keeps the same corners; a circle left with fewer than three corners lies
wholly inside others and is left out. On the national benchmark five corners in six go,
and the union takes half the time (what remains is the outline itself, about a million
corners). Circles whose outlines touch are dissolved by groups (:func:`touching_groups`),
since groups far apart never overlap.

Why nothing is lost when two circles each cut a part off relying on the other: a cap is only
cut from circle i relying on neighbour j where j's *power* |q − c_j|² − r_j² is below i's at
every corner of the cap (it is, deep inside j: there it is negative, while i's is zero on
i's outline). The power difference is linear, so it holds over the whole cap; following, from
a point of a cap, the neighbour it relies on, the power falls at each step, so the chain
cannot come back and ends in a polygon that still holds the point.
"""

from __future__ import annotations

from ..common.dependencies import require
from .nearby import pairs_within

# a corner must lie this far (m) inside the circle inscribed in the neighbour's polygon,
# and its angle this far (rad) inside the arc: far above the rounding of coordinates
MARGIN_M = 1e-6
MARGIN_RAD = 1e-9


def touching_groups(x, y, reach):
    """Group number per circle, and the pairs (i < j) of circles that overlap: circles of
    radius ``reach`` that overlap, directly or through others, share a group."""
    np = require("numpy")
    n = len(x)
    label = np.arange(n)
    empty = np.array([], np.int64)
    if n < 2:
        return label, (empty, empty, np.array([], float))
    ii, jj, dd = [], [], []
    for i, j, d in pairs_within(x, y, x, y, 2 * float(reach.max())):
        near = (i < j) & (d < reach[i] + reach[j])
        ii.append(i[near])
        jj.append(j[near])
        dd.append(d[near])
    i, j, d = np.concatenate(ii), np.concatenate(jj), np.concatenate(dd)
    # each circle's neighbours, both ways, sorted by circle: the smallest label of the
    # neighbours by np.minimum.reduceat (np.minimum.at is slow before numpy 1.25)
    ends = np.concatenate([i, j])
    order = np.argsort(ends, kind="stable")
    other = np.concatenate([j, i])[order]
    ends = ends[order]
    starts = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]]) if len(ends) else ends
    owners = ends[starts]
    while len(starts):  # the smallest label spreads along the pairs until nothing changes
        low = np.minimum(label[owners], np.minimum.reduceat(label[other], starts))
        if (low == label[owners]).all():
            break
        label[owners] = low
        label = label[label]  # jump to the label's label
    return label, (i, j, d)


def deep_runs(x, y, radius, pairs, sides: int):
    """For each circle and corner, the farthest corner ``e`` of a run of corners that
    starts at or before it and lies deep inside one neighbour (n × ``sides``; a run ``s`` …
    ``e`` may end past ``sides``, round the circle). Corners deep inside a neighbour lie
    inside the circle inscribed in its polygon, less a margin, so the run's corners and the
    edges between them lie strictly inside that polygon: edge k (corner k to k + 1) is
    covered where the value at k is at least k + 1.

    ``pairs`` are (i, j, distance) of circles that may overlap, each pair once; a circle of
    radius 0 has no polygon. Corner k lies at angle 2πk/sides."""
    np = require("numpy")
    x, y, radius = np.asarray(x, float), np.asarray(y, float), np.asarray(radius, float)
    m = len(x)
    step = 2 * np.pi / sides
    inner = radius * np.cos(np.pi / sides) - MARGIN_M  # inscribed circle, less the margin
    pi, pj, pd = pairs
    i = np.concatenate([pi, pj])  # both ways: i cut by j, j cut by i
    j = np.concatenate([pj, pi])
    d = np.concatenate([pd, pd])
    use = (radius[i] > 0) & (inner[j] > 0) & (d < radius[i] + inner[j])
    i, j, d = i[use], j[use], d[use]
    whole = radius[i] + d < inner[j]  # the circle lies wholly inside the neighbour
    part = ~whole & (d > 0)
    ip, jp, dp = i[part], j[part], d[part]
    ri, rj = radius[ip], inner[jp]
    # corners at angle θ from i's centre are inside j's circle where cos(θ − φ) > cos α
    cos_a = (ri * ri + dp * dp - rj * rj) / (2 * ri * dp)
    alpha = np.arccos(np.clip(cos_a, -1.0, 1.0)) - MARGIN_RAD
    phi = np.arctan2(y[jp] - y[ip], x[jp] - x[ip])
    lo = np.ceil((phi - alpha) / step).astype(np.int64)
    length = np.floor((phi + alpha) / step).astype(np.int64) - lo  # corners lo … lo+length
    run = length >= 1  # a run that holds at least one edge
    whole_count = int(whole.sum())
    start = np.concatenate([lo[run] % sides, np.zeros(whole_count, np.int64)])
    end = start + np.concatenate([np.minimum(length[run], sides), np.full(whole_count, sides)])
    owner = np.concatenate([ip[run], i[whole]])
    # a run across corner 0 also holds the corners from 0 to its end
    wrap = end > sides
    start = np.concatenate([start, np.zeros(int(wrap.sum()), np.int64)])
    owner = np.concatenate([owner, owner[wrap]])
    end = np.concatenate([end, end[wrap] - sides])
    far = np.zeros((m, sides), np.int32)  # farthest end of a run starting at each corner
    span = 2 * sides
    runs = np.sort((owner * sides + start) * span + end)  # by corner, the largest end last
    last = runs[np.r_[runs[1:] // span != runs[:-1] // span, True]] if len(runs) else runs
    far.flat[last // span] = last % span
    return np.maximum.accumulate(far, axis=1)  # … or starting before it (then it holds it)


def kept_corners(x, y, radius, pairs, sides: int, far=None):
    """Which corners (n × ``sides`` booleans) of each circle's polygon the union needs.

    Corners deep inside a neighbour (:func:`deep_runs`, or ``far`` from it) form runs; the
    circle keeps corner 0 and then, walking round, jumps from each kept corner to the
    farthest corner of a run that holds it (a chord that skips at least one corner). A
    circle keeping fewer than three corners lies inside the others."""
    np = require("numpy")
    radius = np.asarray(radius, float)
    if far is None:
        far = deep_runs(x, y, radius, pairs, sides)
    keep = np.zeros((len(radius), sides), bool)
    keep[:, 0] = radius > 0
    rows = np.flatnonzero(radius > 0)
    pos = np.zeros(len(rows), np.int64)
    while len(rows):
        nxt = np.minimum(np.maximum(pos + 1, far[rows, pos]), sides)
        keep[rows, nxt % sides] = True
        going = nxt < sides
        rows, pos = rows[going], nxt[going]
    return keep


def polygon_records(x, y, radius, keep, unit):
    """Well-known binary of one polygon per circle with at least three kept corners, laid
    out by numpy: the bytes, each circle's first byte (length n + 1) and whether it has a
    polygon. The corners are the circle's at the kept angles, computed as before."""
    np = require("numpy")
    counts = keep.sum(axis=1)
    has = counts >= 3
    counts = np.where(has, counts, 0)
    circle, corner = np.nonzero(keep & has[:, None])
    xy = unit[corner] * radius[circle, None] + np.c_[x, y][circle]
    points = np.where(has, counts + 1, 0)  # the ring closes on its first corner
    size = np.where(has, 13 + 16 * points, 0)
    offset = np.r_[0, np.cumsum(size)]
    head = np.zeros(
        int(has.sum()), [("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("n", "<u4")]
    )
    head["order"], head["type"], head["rings"], head["n"] = 1, 3, 1, points[has]
    first = np.cumsum(counts) - counts  # each circle's first corner in xy
    ring_start = np.cumsum(points) - points
    source = np.arange(int(points.sum())) - np.repeat(ring_start - first, points)
    source[(ring_start + points - 1)[has]] = first[has]  # the closing point
    is_head = np.zeros(int(offset[-1]), bool)
    is_head[offset[:-1][has, None] + np.arange(13)] = True
    data = np.empty(int(offset[-1]), np.uint8)
    data[is_head] = head.view(np.uint8)
    data[~is_head] = xy[source].astype("<f8").view(np.uint8).ravel()
    return data, offset, has


def multipolygon_wkb(data, offset, has, lo: int, hi: int) -> bytes:
    """The circles ``lo`` … ``hi - 1`` of :func:`polygon_records` as the well-known binary
    of one (overlapping, so not valid until dissolved) MultiPolygon."""
    np = require("numpy")
    count = int(has[lo:hi].sum())
    head = np.array([1], np.uint8).tobytes() + np.array([6, count], "<u4").tobytes()
    return head + data[offset[lo] : offset[hi]].tobytes()


def multipolygon(data, offset, has, lo: int, hi: int):
    """:func:`multipolygon_wkb` as a shapely MultiPolygon."""
    return require("shapely.wkb").loads(multipolygon_wkb(data, offset, has, lo, hi))


def dissolve_classes(ops, task):
    """One touching group's classes: ``task`` lists (class, well-known binary of its
    circles, how many), best class first; gives (class, well-known binary) of each class's
    reach (the union of its circles) less the better classes' reach, where that has an
    area. ``ops`` are one worker's overlays (:mod:`geos_threads`)."""
    pieces, previous = [], None
    try:
        for k, data, count in task:
            reach = ops.load(data) if count == 1 else ops.union(data)
            shape = reach if previous is None else ops.difference(reach, previous)
            if ops.area(shape) > 0:
                pieces.append((k, ops.dump(shape)))
            if shape is not reach:
                ops.free(shape)
            ops.free(previous)
            previous = reach
    finally:
        ops.free(previous)
    return pieces


def join_polygons(pieces):
    """One MultiPolygon of the polygons in ``pieces`` (well-known binary of polygons and
    multipolygons that do not overlap), joined as bytes instead of one Python object per
    polygon; in a collection only the polygons with an area are kept."""
    np = require("numpy")
    wkb = require("shapely.wkb")
    parts, count = [], 0
    for data in pieces:
        order = "<u4" if data[0] == 1 else ">u4"
        kind = int(np.frombuffer(data[1:5], order)[0])
        if kind == 3:
            parts.append(data)
            count += 1
        elif kind == 6:  # each part carries its own byte order
            count += int(np.frombuffer(data[5:9], order)[0])
            parts.append(data[9:])
        else:  # a mixed collection
            for g in getattr(wkb.loads(data), "geoms", []):
                if g.geom_type == "Polygon" and g.area > 0:
                    parts.append(g.wkb)
                    count += 1
    head = np.array([1], np.uint8).tobytes() + np.array([6, count], "<u4").tobytes()
    return wkb.loads(head + b"".join(parts))
