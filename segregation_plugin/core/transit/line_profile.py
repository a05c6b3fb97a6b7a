"""Line profile: a route's stops in order with the areas around each stop.

Like the classic red-line map of Stockholm's metro (income stop by stop), for any route
and direction of any feed: the route's typical stop pattern (the most common sequence of
stops among its trips; grouped to stations), and for each stop the statistics of the areas
within a catchment radius, weighted by the residents who live there:

- with a population raster: the populated cells within the radius, each counting for the
  area that contains it;
- with a population field: each area counts with its population times the share of its
  surface inside the circle (residents assumed evenly spread);
- without population: by the surface inside the circle.

The dominant area type is the type of most residents in the catchment.
"""

from __future__ import annotations

from typing import Callable, Optional

from ..common.area_type_codes import CHALLENGED_TYPES
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import parse_numbers
from ..common.progress import NO_PROGRESS, Progress
from .nearby import pairs_within

AREA_TYPE_NAMES = {
    1: "1 major socioeconomic challenges",
    2: "2 socioeconomic challenges",
    3: "3 socioeconomically mixed",
    4: "4 good conditions",
    5: "5 very good conditions",
}


def find_route(feed, route: str) -> int:
    """Row of ``route`` in ``feed.routes``: by route_id, else by short or long name."""
    np = require("numpy")
    routes = feed.routes
    text = str(route or "").strip()
    for column in ("route_id", "route_short_name", "route_long_name"):
        hits = np.flatnonzero(
            routes[column].astype(str).str.strip().str.lower().to_numpy() == text.lower()
        )
        if len(hits) == 1:
            return int(hits[0])
        if len(hits) > 1:
            ids = ", ".join(routes["route_id"].iloc[hits].astype(str)[:10])
            raise InputError(
                f"'{text}' matches several routes by {column} ({ids}). Give the route_id."
            )
    examples = ", ".join(
        f"{r.route_id} ({r.route_short_name or r.route_long_name})"
        for r in routes.head(8).itertuples()
    )
    raise InputError(
        f"The feed has no route '{text}'. Give a route_id or a route's short name, e.g. {examples}."
    )


def route_pattern(feed, route_row: int, direction: Optional[int] = None, date=None):
    """The route's most common stop pattern: DataFrame seq, group (row in ``feed.stops``),
    stop_id, stop_name, stop_lat, stop_lon, trips (trips of the route and direction that
    call there on the date, or in the whole feed without a date).

    Where the route's trips have no ``direction_id``, the directions are read from the
    order of their stops (:mod:`trip_directions`: direction 0 is that of the route's most
    common pattern); ``.attrs["directions"]`` says ``"given"``, ``"inferred"`` or
    ``"inferred, partly"`` (some patterns got a direction of their own)."""
    np = require("numpy")
    pd = require("pandas")
    from .gtfs_calendar import active_trips

    trips = feed.trips
    chosen = trips["route"].to_numpy() == route_row
    directions, how = trips["direction"].to_numpy(), "given"
    if direction is not None and (directions[chosen] < 0).any():
        from .trip_directions import infer_directions

        directions, report = infer_directions(feed, np.flatnonzero(chosen))
        how = "inferred" if not report.separate else "inferred, partly"
    if direction is not None:
        chosen &= directions == direction
    if date is not None:
        chosen &= active_trips(feed, date)
    route_id = feed.routes["route_id"].iat[route_row]
    if not chosen.any():
        when = f" on {date}" if date is not None else ""
        which = f" in direction {direction}" if direction is not None else ""
        raise InputError(
            f"Route {route_id} has no trips{which}{when}. Choose another direction or date."
        )
    st = feed.stop_times
    rows = np.flatnonzero(chosen[st["trip"].to_numpy()])
    frame = pd.DataFrame(
        {
            "trip": st["trip"].to_numpy()[rows],
            "group": feed.stops["station"].to_numpy()[st["stop"].to_numpy()[rows]],
        }
    )
    patterns = frame.groupby("trip", sort=False)["group"].agg(tuple)
    counts = patterns.value_counts()
    top = counts.max()
    candidates = [p for p, c in counts.items() if c == top]
    pattern = max(candidates, key=len)
    calls = frame.groupby("group")["trip"].nunique()
    stops = feed.stops
    table = pd.DataFrame(
        {"seq": np.arange(1, len(pattern) + 1), "group": np.array(pattern, np.int64)}
    )
    table["stop_id"] = stops["stop_id"].to_numpy()[table["group"]]
    table["stop_name"] = stops["stop_name"].to_numpy()[table["group"]]
    table["stop_lat"] = stops["stop_lat"].to_numpy()[table["group"]]
    table["stop_lon"] = stops["stop_lon"].to_numpy()[table["group"]]
    table["trips"] = table["group"].map(calls).fillna(0).astype(np.int64).to_numpy()
    table.attrs["directions"] = how
    return table


def catchment_statistics(
    stop_x,
    stop_y,
    areas,
    fields=(),
    radius: float = 800.0,
    type_field: Optional[str] = None,
    population_field: Optional[str] = None,
    points=None,
    warn: Optional[Callable[[str], None]] = None,
    *,
    counts=(),
    shares=(),
    ratios=(),
    progress: Progress = NO_PROGRESS,
):
    """Statistics of the areas within ``radius`` of each stop (see the module docstring).

    ``areas`` is a GeoDataFrame in the same metric CRS as the stops; ``points`` residents'
    points (x, y, pop, area) from a population raster. Each area counts with the part of
    its residents (or, without population, of its surface) inside the circle. Returns a
    DataFrame per stop with residents, areas (number in the catchment) and:

    - ``fields``: means weighted by the residents in the circle (income, an index);
    - ``counts``: sums, each area's count times its part in the circle (people, dwellings);
    - ``shares``: (share field in %, base field) pairs; the share is rebuilt through its
      base, 100 · Σ share/100 · base · part / Σ base · part, in a column named as the share;
    - ``ratios``: (numerator, denominator, name) triples, 100 · Σ num · part / Σ den · part;
    - area_type and pct_type_12 when ``type_field`` is given.

    A mean or share uses the areas where its values are known; a count is left empty at a
    stop where an area in the circle has no value (the sum would be too small); ``warn``
    gets a message saying how many stops that concerned. Text in a number field is an
    InputError; a value of ``type_field`` that is not an area type is too, or, with
    ``warn``, it counts as no type and ``warn`` gets the message.
    """
    np = require("numpy")
    pd = require("pandas")
    shares = [tuple(s) for s in shares]
    ratios = [tuple(r) for r in ratios]
    names = list(fields) + list(counts) + [s[0] for s in shares] + [r[2] for r in ratios]
    doubled = sorted({n for n in names if names.count(n) > 1})
    if doubled:
        raise InputError(f"The profile would have the column '{doubled[0]}' twice; name it once.")
    for field in {
        f for group in (fields, counts, *shares, *[r[:2] for r in ratios]) for f in group
    }:
        if field not in areas.columns:
            raise InputError(f"The area layer has no field '{field}'.")
    w = _catchment_weights(stop_x, stop_y, areas, radius, population_field, points, progress)
    n = len(stop_x)
    stop, area = w["stop"].to_numpy(), w["area"].to_numpy()
    weight, part = w["weight"].to_numpy(), w["part"].to_numpy()
    out = pd.DataFrame(index=range(n))
    if points is not None or population_field:
        out["residents"] = np.round(np.bincount(stop, weights=weight, minlength=n), 0)
    out["areas"] = w.groupby("stop")["area"].nunique().reindex(range(n)).fillna(0).astype(np.int64)
    missing = {}

    def ratio(num, den, name):  # 100 · Σ num / Σ den (or the mean for den = weights)
        ok = ~(np.isnan(num) | np.isnan(den))
        top = np.bincount(stop[ok], weights=num[ok], minlength=n)
        bottom = np.bincount(stop[ok], weights=den[ok], minlength=n)
        missing[name] = int(np.bincount(stop[~ok], minlength=n).astype(bool).sum())
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(bottom > 0, top / bottom, np.nan)

    for field in fields:
        out[field] = np.round(ratio(weight * _numbers(areas, field)[area], weight, field), 2)
    for field in counts:
        value = _numbers(areas, field)[area] * part
        total = np.bincount(stop, weights=np.nan_to_num(value), minlength=n)
        gaps = np.bincount(stop, weights=np.isnan(value), minlength=n) > 0
        missing[field] = int(gaps.sum())
        out[field] = np.round(np.where(gaps, np.nan, total), 1)
    for share, base in shares:
        b = _numbers(areas, base)[area] * part
        num = _numbers(areas, share, "a share (%)")[area] / 100.0 * b
        out[share] = np.round(100.0 * ratio(num, b, share), 2)
    for numerator, denominator, name in ratios:
        num = _numbers(areas, numerator)[area] * part
        den = _numbers(areas, denominator)[area] * part
        out[name] = np.round(100.0 * ratio(num, den, name), 2)
    if warn is not None:
        for name, stops_ in missing.items():
            if stops_:
                left = "left empty" if name in counts else "computed from the other areas"
                warn(
                    f"'{name}': at {stops_} stops an area within {radius:g} m has no value "
                    f"(suppressed or missing); there the value is {left}."
                )
    if type_field:
        from .transit_access import area_types

        types = area_types(areas[type_field], type_field, warn)[area]
        frame = pd.DataFrame({"stop": stop, "type": types, "w": weight})
        frame = frame[frame["type"] > 0]
        by_type = frame.groupby(["stop", "type"])["w"].sum().unstack(fill_value=0.0)
        dominant = by_type.idxmax(axis=1) if len(by_type) else pd.Series(dtype=float)
        out["area_type"] = dominant.reindex(range(n)).astype("Int64").array
        low = by_type[[c for c in by_type.columns if c in CHALLENGED_TYPES]].sum(axis=1)
        total = by_type.sum(axis=1)
        out["pct_type_12"] = (
            (100.0 * low / total.where(total > 0)).reindex(range(n)).round(1).to_numpy()
        )
    return out


def _numbers(areas, field, what="a number"):
    """A number field of the areas as floats (missing and suppressed: NaN); InputError for
    text, naming the field."""
    np = require("numpy")
    values = parse_numbers(areas[field], field, what=what).to_numpy(float)
    if len(values) and np.isnan(values).all() and areas[field].notna().any():  # all markers
        raise InputError(
            f"The field '{field}' is not numeric; choose number fields for the profile."
        )
    return values


def _catchment_weights(stop_x, stop_y, areas, radius, population_field, points, progress):
    """DataFrame stop, area, weight (residents or m² in the circle), part (the share of the
    area's residents, or surface, in the circle) of each area in each catchment."""
    np = require("numpy")
    pd = require("pandas")
    columns = {"stop": np.int64, "area": np.int64, "weight": float, "part": float}
    empty = pd.DataFrame({c: np.zeros(0, t) for c, t in columns.items()})
    if points is not None:
        if not len(points):
            return empty
        area = points["area"].to_numpy(np.int64)
        pop = points["pop"].to_numpy(float)
        total = np.bincount(area, weights=pop, minlength=len(areas))
        frames = [empty]
        for i, j, _ in pairs_within(
            stop_x, stop_y, points["x"].to_numpy(), points["y"].to_numpy(), radius
        ):
            progress.check()
            frames.append(pd.DataFrame({"stop": i, "area": area[j], "weight": pop[j]}))
        w = pd.concat(frames).groupby(["stop", "area"], as_index=False)["weight"].sum()
        w["part"] = w["weight"].to_numpy() / total[w["area"].to_numpy()]
        return w.astype(columns)
    gpd = require("geopandas")
    shapely_geometry = require("shapely.geometry")
    located = np.flatnonzero(~(areas.geometry.isna() | areas.geometry.is_empty).to_numpy())
    if not len(located) or not len(stop_x):
        return empty
    circles = gpd.GeoDataFrame(
        {"stop": np.arange(len(stop_x))},
        geometry=[shapely_geometry.Point(x, y).buffer(radius, 32) for x, y in zip(stop_x, stop_y)],
        crs=areas.crs,
    )
    polys = gpd.GeoDataFrame(
        {"area": located}, geometry=areas.geometry.values[located], crs=areas.crs
    )
    pairs = gpd.sjoin(circles, polys, how="inner", predicate="intersects")
    if population_field:  # missing and suppressed: no residents; text: an error
        people = parse_numbers(
            areas[population_field], population_field, what="a number of residents"
        )
        people = people.fillna(0).to_numpy(float)
    rows = []
    geometry = areas.geometry.values
    for k, (stop, area) in enumerate(zip(pairs["stop"].to_numpy(), pairs["area"].to_numpy())):
        if k % 500 == 0:
            progress.check()
        geom = geometry[area]
        overlap = circles.geometry.iat[stop].intersection(geom).area
        if overlap <= 0 or geom.area <= 0:
            continue
        part = overlap / geom.area
        rows.append((stop, area, people[area] * part if population_field else overlap, part))
    if not rows:
        return empty
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def along_km(stop_x, stop_y):
    """Cumulative straight-line distance (km) from the first stop."""
    np = require("numpy")
    x, y = np.asarray(stop_x, float), np.asarray(stop_y, float)
    steps = np.hypot(np.diff(x), np.diff(y)) if len(x) > 1 else np.array([])
    return np.round(np.r_[0.0, np.cumsum(steps)] / 1000.0, 2)


def _type_colour(value, type_colours: dict) -> str:
    pd = require("pandas")
    if value is None or pd.isna(value):
        return "#ffffff"
    return type_colours.get(int(value), "#ffffff")


def profile_chart(
    profile,
    fields,
    path,
    title: str,
    colour: str = "#E2231A",
    note: str = "",
    type_names: Optional[dict] = None,
    legend_title: str = "area type (most residents)",
    field_labels: Optional[dict] = None,
    *,
    type_colours: dict,
):
    """Write the profile as a PNG chart: one panel per field (at most four), stops along the
    x axis, markers coloured by the dominant area type (``type_colours``: type → colour, the
    map style's; legend texts ``type_names`` and ``legend_title``, e.g. translated);
    ``field_labels`` gives readable axis titles. Stops without a type have white markers."""
    type_names = type_names or AREA_TYPE_NAMES
    require("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fields = list(fields)[:4] or (["residents"] if "residents" in profile.columns else [])
    if not fields:
        raise InputError("Choose at least one statistics field (or give population) for the chart.")
    colour = colour if str(colour).startswith("#") else f"#{colour}" if colour else "#E2231A"
    n = len(fields)
    fig = Figure(figsize=(max(8.0, 0.42 * len(profile) + 3), 2.6 * n + 1.4), dpi=120)
    FigureCanvasAgg(fig)  # draws without pyplot, leaving QGIS's own backend alone
    axes = [fig.add_subplot(n, 1, k + 1) for k in range(n)]
    x = range(len(profile))
    types = profile["area_type"] if "area_type" in profile.columns else None
    for ax, field in zip(axes, fields):
        values = profile[field].to_numpy(dtype=float)
        ax.plot(list(x), values, color=colour, linewidth=3, zorder=1)
        colours = [
            _type_colour(t, type_colours)
            for t in (types if types is not None else [None] * len(profile))
        ]
        ax.scatter(list(x), values, s=46, c=colours, edgecolors=colour, linewidths=1.5, zorder=2)
        ax.set_ylabel((field_labels or {}).get(field, field), fontsize=9)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_xlim(-0.5, len(profile) - 0.5)
        ax.set_xticks(list(x))
        ax.set_xticklabels([])
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[-1].set_xticklabels(list(profile["stop_name"]), rotation=60, ha="right", fontsize=8)
    axes[0].set_title(title, fontsize=11, loc="left")
    if types is not None:
        present = sorted({int(t) for t in types.dropna() if int(t) in type_colours})
        handles = [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor=type_colours[t],
                markeredgecolor=colour,
                markersize=7,
                label=type_names[t],
            )
            for t in present
        ]
        if handles:
            axes[0].legend(
                handles=handles,
                title=legend_title,
                fontsize=7,
                title_fontsize=7,
                loc="upper left",
                bbox_to_anchor=(1.0, 1.0),
                frameon=False,
            )
    if note:
        fig.text(0.01, 0.005, note, fontsize=7, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(str(path))
    return path
