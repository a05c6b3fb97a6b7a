"""Styles of the public-transport outputs, built in code so that legends follow QGIS's
language (Swedish or English).

- quality classes A–F: A darkest → F lightest (one hue family, so "darker is better" reads
  at a glance), for the polygons and the raster;
- stop categories I–VII, departures per hour at stops;
- PTAL bands 0–6b in TfL's colours (dark blue for 0 through green and yellow to dark red
  for 6b);
- access per area (share of residents in class A–B) and the line profile's stops by area
  type (in the area types' colours, from ``processing/colours.py``).

The quality classes' colours (:data:`CLASS_COLOURS`) are defined once in
``processing/colours.py``, shared with the planning table's style.

Each styler is registered with ``outputs.output_style`` under a name
(``quality_classes``, ``quality_raster``, ``stop_categories``, ``stop_service``, ``ptal``,
``transit_opportunities``, ``isochrones``,
``transit_access``, ``line_profile``); an algorithm styles its output with
``outputs.style_output(context, dest, name, **options)``.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsPalettedRasterRenderer,
    QgsRendererCategory,
    QgsRendererRange,
)
from qgis.PyQt.QtGui import QColor

from ...i18n import format_number, tr
from ..colours import CLASS_COLOURS, TYPE_COLOURS
from ..outputs import fill_symbol, marker_symbol, output_style

# A (best) darkest → F lightest (ColorBrewer YlGnBu).
PTAL_COLOURS = {
    "0": "#082f6d",
    "1a": "#1b6fb6",
    "1b": "#4fa9dc",
    "2": "#56b957",
    "3": "#b7d84b",
    "4": "#fde74c",
    "5": "#f6a13a",
    "6a": "#e4412c",
    "6b": "#8b1a2b",
}
CATEGORY_COLOURS = ("#3f007d", "#54278f", "#6a51a3", "#807dba", "#9e9ac8", "#bcbddc", "#dadaeb")


def class_labels() -> dict:
    return {
        "A": tr("A – very good service"),
        "B": tr("B – good service"),
        "C": tr("C – medium service"),
        "D": tr("D – basic service"),
        "E": tr("E – low service"),
        "F": tr("F – minimal service"),
    }


def area_type_labels() -> dict:
    return {
        1: tr("1 major socioeconomic challenges"),
        2: tr("2 socioeconomic challenges"),
        3: tr("3 socioeconomically mixed"),
        4: tr("4 good socioeconomic conditions"),
        5: tr("5 very good socioeconomic conditions"),
    }


def profile_field_labels() -> dict:
    """Readable axis titles for the area-type fields a line profile usually shows."""
    return {
        "v1_low_econ_pct": tr("Low economic standard (%)"),
        "v2_low_edu_pct": tr("Förgymnasial education (%)"),
        "v3_pct": tr("Unemployed or on assistance (%)"),
        "ses_index": tr("Socioeconomic index"),
        "residents": tr("Residents within reach"),
    }


@output_style("quality_classes")
def style_quality_classes(layer) -> None:
    labels = class_labels()
    categories = [
        QgsRendererCategory(letter, fill_symbol(colour), labels[letter])
        for letter, colour in CLASS_COLOURS.items()
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("quality_class", categories))
    layer.setOpacity(0.8)
    layer.triggerRepaint()


@output_style("quality_raster")
def style_quality_raster(layer) -> None:
    labels = class_labels()
    classes = [
        QgsPalettedRasterRenderer.Class(rank, QColor(colour), labels[letter])
        for rank, (letter, colour) in enumerate(CLASS_COLOURS.items(), start=1)
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    layer.setOpacity(0.8)
    layer.triggerRepaint()


@output_style("stop_categories")
def style_stop_categories(layer) -> None:
    names = ("I", "II", "III", "IV", "V", "VI", "VII")
    categories = [
        QgsRendererCategory(
            name, marker_symbol(colour, 3.4 - 0.3 * i), tr("category {}").format(name)
        )
        for i, (name, colour) in enumerate(zip(names, CATEGORY_COLOURS))
    ]
    categories.append(QgsRendererCategory("", marker_symbol("#bdbdbd", 1.2), tr("no category")))
    layer.setRenderer(QgsCategorizedSymbolRenderer("category", categories))
    layer.triggerRepaint()


@output_style("stop_service")
def style_stop_service(layer) -> None:
    bounds = (
        (0, 0, "#d9d9d9", 1.0),
        (0.001, 2, "#c6dbef", 1.6),
        (2, 4, "#6baed6", 2.2),
        (4, 8, "#3182bd", 2.8),
        (8, 15, "#08519c", 3.4),
        (15, 1e9, "#08306b", 4.2),
    )
    ranges = []
    for lower, upper, colour, size in bounds:
        if upper == 0:
            label = tr("no departures")
        elif upper >= 1e9:
            label = tr("{} or more per hour").format(format_number(lower, None))
        else:
            label = tr("{} – {} per hour").format(
                format_number(lower, None) if lower >= 1 else "0", format_number(upper, None)
            )
        ranges.append(QgsRendererRange(lower, upper, marker_symbol(colour, size), label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("per_hour", ranges))
    layer.triggerRepaint()


@output_style("ptal")
def style_ptal(layer, polygons: bool = True) -> None:
    categories = []
    for band, colour in PTAL_COLOURS.items():
        symbol = fill_symbol(colour) if polygons else fill_symbol(colour, outline="#ffffff")
        categories.append(QgsRendererCategory(band, symbol, tr("PTAL {}").format(band)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("ptal_band", categories))
    layer.setOpacity(0.85 if polygons else 1.0)
    layer.triggerRepaint()


@output_style("transit_access")
def style_access(layer) -> None:
    bounds = (
        (0, 0.05, "#ffffcc"),
        (0.05, 10, "#c7e9b4"),
        (10, 25, "#7fcdbb"),
        (25, 50, "#1d91c0"),
        (50, 75, "#225ea8"),
        (75, 100.01, "#0c2c84"),
    )
    ranges = []
    for lower, upper, colour in bounds:
        label = (
            tr("nobody in class A–B")
            if upper <= 0.05
            else tr("{} – {} % in class A–B").format(
                format_number(lower, None) if lower >= 1 else "0",
                format_number(min(upper, 100), None),
            )
        )
        ranges.append(QgsRendererRange(lower, upper, fill_symbol(colour, outline="#636363"), label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("pct_AB", ranges))
    layer.triggerRepaint()


@output_style("line_profile")
def style_profile(layer, colour: str = "#E2231A") -> None:
    labels = area_type_labels()
    categories = [
        QgsRendererCategory(t, marker_symbol(c, 3.2, outline=colour), labels[t])
        for t, c in TYPE_COLOURS.items()
    ]
    categories.append(
        QgsRendererCategory(
            "", marker_symbol("#ffffff", 3.2, outline=colour), tr("area type unknown")
        )
    )
    layer.setRenderer(QgsCategorizedSymbolRenderer("area_type", categories))
    layer.triggerRepaint()


@output_style("transit_opportunities")
def style_opportunities(layer, field: str = "pct_region_45min") -> None:
    """Areas by the share of the region's opportunities reachable (light: few; grey: none,
    a category of its own rather than the lightest step of the ramp)."""
    bounds = (
        (0, 0.05, "#d9d9d9"),
        (0.05, 5, "#ccebc5"),
        (5, 10, "#a8ddb5"),
        (10, 25, "#7bccc4"),
        (25, 50, "#43a2ca"),
        (50, 75, "#0868ac"),
        (75, 100.01, "#084081"),
    )
    ranges = []
    for lower, upper, colour in bounds:
        label = (
            tr("none reachable")
            if upper <= 0.05
            else tr("{} – {} % of the region's").format(
                format_number(lower, None) if lower >= 1 else "0",
                format_number(min(upper, 100), None),
            )
        )
        ranges.append(QgsRendererRange(lower, upper, fill_symbol(colour, outline="#636363"), label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))
    layer.triggerRepaint()


ISOCHRONE_COLOURS = ("#0c2c84", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4")


@output_style("isochrones")
def style_isochrones(layer) -> None:
    """Bands from dark (shortest) to light, drawn longest first (the tool writes them so).
    The bands are nested, so the symbols are opaque (a shorter band covers the longer ones
    and shows the legend's colour) and the layer as a whole is see-through. No outline: a
    white one drew each small patch of a shorter band inside a longer one as a white ring."""
    index = layer.fields().indexOf("minutes")
    values = (
        sorted({int(v) for v in layer.uniqueValues(index) if v is not None}) if index >= 0 else []
    )
    categories = [
        QgsRendererCategory(
            value,
            fill_symbol(ISOCHRONE_COLOURS[min(i, len(ISOCHRONE_COLOURS) - 1)], outline=None),
            tr("within {} min").format(value),
        )
        for i, value in enumerate(values)
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("minutes", categories))
    layer.setOpacity(0.8)
    layer.triggerRepaint()
