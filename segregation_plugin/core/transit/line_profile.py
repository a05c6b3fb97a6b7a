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
    call there on the date, or in the whole feed without a date)."""
    np = require("numpy")
    pd = require("pandas")
    from .gtfs_calendar import active_trips

    trips = feed.trips
    chosen = trips["route"].to_numpy() == route_row
    if direction is not None and (trips["direction"].to_numpy()[chosen] >= 0).any():
        chosen &= trips["direction"].to_numpy() == direction
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
    return table


def catchment_statistics(
    stop_x,
    stop_y,
    areas,
    fields,
    radius: float = 800.0,
    type_field: Optional[str] = None,
    population_field: Optional[str] = None,
    points=None,
    warn: Optional[Callable[[str], None]] = None,
):
    """Statistics of the areas within ``radius`` of each stop (see the module docstring).

    ``areas`` is a GeoDataFrame in the same metric CRS as the stops; ``points`` residents'
    points (x, y, pop, area) from a population raster. Returns a DataFrame per stop with
    residents, one column per field, area_type and pct_type_12 when ``type_field`` is given,
    and areas (number of areas in the catchment). Text in a number field is an InputError;
    a value of ``type_field`` that is not an area type is too, or, with ``warn``, it counts
    as no type and ``warn`` gets the message.
    """
    np = require("numpy")
    pd = require("pandas")
    weights = _catchment_weights(stop_x, stop_y, areas, radius, population_field, points)
    n = len(stop_x)
    out = pd.DataFrame(index=range(n))
    w = weights
    if points is not None or population_field:
        out["residents"] = np.round(
            w.groupby("stop")["weight"].sum().reindex(range(n)).fillna(0), 0
        )
    out["areas"] = w.groupby("stop")["area"].nunique().reindex(range(n)).fillna(0).astype(np.int64)
    for field in fields:
        if field not in areas.columns:
            raise InputError(f"The area layer has no field '{field}'.")
        values = parse_numbers(areas[field], field).to_numpy(float)
        if np.isnan(values).all() and areas[field].notna().any():  # all SCB markers
            raise InputError(
                f"The field '{field}' is not numeric; choose number fields for the profile."
            )
        x = values[w["area"].to_numpy()]
        ok = ~np.isnan(x)
        num = pd.Series(w["weight"].to_numpy()[ok] * x[ok]).groupby(w["stop"].to_numpy()[ok]).sum()
        den = pd.Series(w["weight"].to_numpy()[ok]).groupby(w["stop"].to_numpy()[ok]).sum()
        out[field] = (num / den.where(den > 0)).reindex(range(n)).round(2).to_numpy()
    if type_field:
        from .transit_access import area_types

        types = area_types(areas[type_field], type_field, warn)[w["area"].to_numpy()]
        frame = pd.DataFrame(
            {"stop": w["stop"].to_numpy(), "type": types, "w": w["weight"].to_numpy()}
        )
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


def _catchment_weights(stop_x, stop_y, areas, radius, population_field, points):
    """DataFrame stop, area, weight (residents or m²) of each area in each catchment."""
    np = require("numpy")
    pd = require("pandas")
    if points is not None:
        frames = []
        for i, j, _ in pairs_within(
            stop_x, stop_y, points["x"].to_numpy(), points["y"].to_numpy(), radius
        ):
            frames.append(
                pd.DataFrame(
                    {
                        "stop": i,
                        "area": points["area"].to_numpy()[j],
                        "weight": points["pop"].to_numpy()[j],
                    }
                )
            )
        if not frames:
            return pd.DataFrame({"stop": [], "area": [], "weight": []})
        return pd.concat(frames).groupby(["stop", "area"], as_index=False)["weight"].sum()
    gpd = require("geopandas")
    shapely_geometry = require("shapely.geometry")
    circles = gpd.GeoDataFrame(
        {"stop": np.arange(len(stop_x))},
        geometry=[shapely_geometry.Point(x, y).buffer(radius, 32) for x, y in zip(stop_x, stop_y)],
        crs=areas.crs,
    )
    polys = gpd.GeoDataFrame(
        {"area": np.arange(len(areas))}, geometry=areas.geometry.values, crs=areas.crs
    )
    pairs = gpd.sjoin(circles, polys, how="inner", predicate="intersects")
    if population_field:  # missing and suppressed: no residents; text: an error
        people = parse_numbers(
            areas[population_field], population_field, what="a number of residents"
        )
        people = people.fillna(0).to_numpy(float)
    rows = []
    for stop, area in zip(pairs["stop"].to_numpy(), pairs["area"].to_numpy()):
        geom = polys.geometry.iat[area]
        overlap = circles.geometry.iat[stop].intersection(geom).area
        if overlap <= 0:
            continue
        if population_field:
            weight = people[area] * overlap / geom.area if geom.area > 0 else 0.0
        else:
            weight = overlap
        rows.append((stop, area, weight))
    return pd.DataFrame(rows, columns=["stop", "area", "weight"])


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
