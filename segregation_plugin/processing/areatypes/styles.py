"""Styles of the area-type tools' outputs, built in code so the legend speaks the UI's language.

- Area types: five colours from ColorBrewer's RdBu (colour-blind safe, prints in grey), split
  where the types split, at the mean μ: types 1–3 lie above the mean index (more challenges)
  and get the warm colours, darkest for type 1; types 4–5 lie below it and get the cool
  colours, darkest for type 5. Type 3 (μ to μ + σ) is the light warm ``#fddbc7``, which
  still shows on white. Areas without a type are light grey with a grey hatch, so they are
  told from every type without colour vision. Labels are the official Swedish names when
  QGIS runs in Swedish and the English names in an English UI (through ``tr``).
- Change of type: warm for a move towards challenges (a lower type number), cool for a move
  towards good conditions, darker for two or more steps; hatched grey where a year lacks a
  type.
- Ojämlikhetsindex per kommun: a graduated yellow-to-red fill with the kommun's name and
  index as labels.

The colours of the types (:data:`TYPE_COLOURS`, :data:`NO_TYPE_COLOUR`) are defined once in
``processing/colours.py``, for every map style and chart that shows area types (the maps,
the dock's chart, the line profile's markers and chart).

Each styler is registered with ``outputs.output_style`` under a name (``area_types``,
``type_change``, ``inequality``); an algorithm styles its output with
``outputs.style_output(context, dest, "area_types")``, and a layer at hand is styled by
calling the function (:func:`apply_area_type_style` …) or ``outputs.apply_style``.
"""

from __future__ import annotations

from functools import partial

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ...i18n import format_number, tr
from ..colours import NO_TYPE_COLOUR, TYPE_COLOURS
from ..outputs import fill_symbol, halo_text_format, output_style

# Map colours of the types, shared by every style and chart: ColorBrewer RdBu (colour-blind
# safe), warm above the mean (types 1–3, type 1 darkest), cool below it (types 4–5).
NO_TYPE_HATCH = "#8c8c8c"
OUTLINE = "#6e6e6e"
CHANGE_COLOURS = {-2: "#b2182b", -1: "#ef8a62", 0: "#f0f0f0", 1: "#67a9cf", 2: "#2166ac"}


def type_names() -> dict:
    """The name of each type in the UI's language (the official Swedish names in Swedish)."""
    return {
        1: tr("Areas with major socioeconomic challenges"),
        2: tr("Areas with socioeconomic challenges"),
        3: tr("Socioeconomically mixed areas"),
        4: tr("Areas with good socioeconomic conditions"),
        5: tr("Areas with very good socioeconomic conditions"),
    }


def no_type_label() -> str:
    return tr("No type (missing or suppressed statistics)")


# the area styles' fills: a thin grey outline with round corners
_fill = partial(fill_symbol, outline=OUTLINE, width=0.15, join="round")


def _hatched(colour: str = NO_TYPE_COLOUR, hatch: str = NO_TYPE_HATCH) -> QgsFillSymbol:
    symbol = _fill(colour)
    lines = QgsLinePatternFillSymbolLayer()
    lines.setLineAngle(45)
    lines.setDistance(1.6)
    lines.setSubSymbol(QgsLineSymbol.createSimple({"line_color": hatch, "line_width": "0.2"}))
    symbol.insertSymbolLayer(1, lines)
    return symbol


def area_type_renderer(field: str = "area_type") -> QgsCategorizedSymbolRenderer:
    """Six categories: types 1–5 and 'no type' (NULL), labelled in the UI's language."""
    names = type_names()
    categories = [
        QgsRendererCategory(t, _fill(TYPE_COLOURS[t]), f"{t} – {names[t]}", True) for t in names
    ]
    # an empty value matches NULL (and any value that is not a type)
    categories.append(QgsRendererCategory("", _hatched(), no_type_label(), True))
    return QgsCategorizedSymbolRenderer(field, categories)


def type_change_renderer(field: str = "type_shift") -> QgsRuleBasedRenderer:
    """Warm for moves towards challenges, cool towards good conditions; hatched: no type."""
    root = QgsRuleBasedRenderer.Rule(None)
    quoted = f'"{field}"'
    rules = (
        (f"{quoted} <= -2", _fill(CHANGE_COLOURS[-2]), tr("Two or more types towards challenges")),
        (f"{quoted} = -1", _fill(CHANGE_COLOURS[-1]), tr("One type towards challenges")),
        (f"{quoted} = 0", _fill(CHANGE_COLOURS[0]), tr("Unchanged")),
        (f"{quoted} = 1", _fill(CHANGE_COLOURS[1]), tr("One type towards good conditions")),
        (
            f"{quoted} >= 2",
            _fill(CHANGE_COLOURS[2]),
            tr("Two or more types towards good conditions"),
        ),
        (f"{quoted} IS NULL", _hatched(), tr("No type in one of the years")),
    )
    for expression, symbol, label in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def _labels(expression: str) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(halo_text_format(9, bold=True))
    return QgsVectorLayerSimpleLabeling(settings)


def inequality_renderer(layer, field: str = "ojamlikhetsindex", classes: int = 5):
    """Graduated yellow-to-red fill by ``field`` in equal intervals over the layer's values."""
    values = [f[field] for f in layer.getFeatures()]
    values = [float(v) for v in values if isinstance(v, (int, float))]
    low, high = (min(values), max(values)) if values else (0.0, 100.0)
    if high <= low:
        high = low + 1.0
    ramp = QgsGradientColorRamp(QColor("#ffffb2"), QColor("#bd0026"))
    step = (high - low) / classes
    ranges = []
    for i in range(classes):
        lower, upper = low + i * step, low + (i + 1) * step
        colour = ramp.color(i / max(classes - 1, 1))
        symbol = _fill(colour.name(), outline="#505050", width=0.4)
        ranges.append(
            QgsRendererRange(
                lower, upper, symbol, f"{format_number(lower, 1)} – {format_number(upper, 1)}"
            )
        )
    return QgsGraduatedSymbolRenderer(field, ranges)


@output_style("area_types")
def apply_area_type_style(layer, field: str = "area_type") -> bool:
    if layer is None or layer.fields().indexOf(field) < 0:
        return False
    layer.setRenderer(area_type_renderer(field))
    layer.triggerRepaint()
    return True


@output_style("type_change")
def apply_type_change_style(layer, field: str = "type_shift") -> bool:
    if layer is None or layer.fields().indexOf(field) < 0:
        return False
    layer.setRenderer(type_change_renderer(field))
    layer.triggerRepaint()
    return True


@output_style("inequality")
def apply_inequality_style(layer, field: str = "ojamlikhetsindex", name_field: str = None):
    if layer is None or layer.fields().indexOf(field) < 0:
        return False
    layer.setRenderer(inequality_renderer(layer, field))
    value = f'format_number("{field}", 1)'
    if name_field and layer.fields().indexOf(name_field) >= 0:
        value = f"\"{name_field}\" || '\\n' || {value}"
    layer.setLabeling(_labels(value))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
    return True
