"""Styles of the tenure and planning outputs, built in code so that legends follow QGIS's
language (Swedish or English).

- tenure mix per area: a pie per area (hyresrätt, bostadsrätt, äganderätt in three fixed
  colours, with a legend) over a fill by the dominant tenure (darker where the area is
  one-sided, ≥ 70 %) or by the entropy of the mix;
- planned projects: red where a project reinforces or creates a one-sided mix, green where it
  balances, grey otherwise; hollow when not counted, a black cross outside every area;
- planning table: plan polygons by the best public-transport class reached, labelled with the
  plan's name, class and dominant tenure;
- zonal statistics: the sum per polygon in five quantile classes.

Each styler is registered with ``outputs.output_style`` under a name (``tenure_mix``,
``planned_projects``, ``planning_table``, ``zonal_statistics``); an algorithm styles its
output with ``outputs.style_output(context, dest, name, **options)``. The plans' colours by
best class are the quality classes' own (``CLASS_COLOURS`` of ``transit/styles.py``).
"""

from __future__ import annotations

from functools import partial

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationQuantile,
    QgsDiagramLayerSettings,
    QgsDiagramSettings,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsPieDiagram,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleCategoryDiagramRenderer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor

from ...core.planning.tenure_mix import TENURE_NAMES, TENURES
from ...i18n import format_number, tr
from .. import compat
from ..colours import CLASS_COLOURS
from ..outputs import fill_symbol, halo_text_format, marker_symbol, output_style

# pie slices: strong colours that stay apart for colour-blind readers (ColorBrewer Dark2)
TENURE_COLOURS = {"hyresratt": "#d95f02", "bostadsratt": "#7570b3", "aganderatt": "#1b9e77"}
# area fill by dominant tenure: (one-sided, mixed) tints of the same hues
DOMINANT_FILLS = {
    "hyresratt": ("#fdbe85", "#feedde"),
    "bostadsratt": ("#cbc9e2", "#f2f0f7"),
    "aganderatt": ("#a1d99b", "#edf8e9"),
}
ENTROPY_CLASSES = (
    (0.0, 0.4, "#525252"),
    (0.4, 0.6, "#858585"),
    (0.6, 0.8, "#b3b3b3"),
    (0.8, 0.9, "#d9d9d9"),
    (0.9, 1.0001, "#f7f7f7"),
)
FLAG_RED = "#d7191c"


def tenure_labels() -> dict:
    return {
        "hyresratt": tr("hyresrätt (rental)"),
        "bostadsratt": tr("bostadsrätt (tenant-owned)"),
        "aganderatt": tr("äganderätt (owner-occupied)"),
    }


# the planning styles' symbols: fills with a thin grey outline, markers outlined in black
_fill = partial(fill_symbol, outline="#9e9e9e", width=0.15)
_marker = partial(marker_symbol, outline="#000000", width=0.4)


def _field(prefix: str, name: str) -> str:
    return f'"{prefix}{name}"'


# --- tenure mix per area ------------------------------------------------------------------
def tenure_pie_renderer(prefix: str = "", size_mm: float = 5.0):
    """(diagram renderer, layer settings) of a pie of ``{prefix}dwellings_*`` per area."""
    labels = tenure_labels()
    settings = QgsDiagramSettings()
    settings.enabled = True
    settings.categoryAttributes = [_field(prefix, f"dwellings_{t}") for t in TENURES]
    settings.categoryColors = [QColor(TENURE_COLOURS[t]) for t in TENURES]
    settings.categoryLabels = [labels[t] for t in TENURES]
    settings.size = QSizeF(size_mm, size_mm)
    settings.sizeType = compat.RENDER_MILLIMETERS
    settings.penColor = QColor("#ffffff")
    settings.penWidth = 0.15
    settings.scaleByArea = True
    settings.minimumSize = 0.0
    renderer = QgsSingleCategoryDiagramRenderer()
    renderer.setDiagram(QgsPieDiagram())
    renderer.setDiagramSettings(settings)
    renderer.setAttributeLegend(True)
    layer_settings = QgsDiagramLayerSettings()
    layer_settings.setPlacement(compat.DIAGRAM_OVER_POINT)
    layer_settings.setShowAllDiagrams(True)
    return renderer, layer_settings


def dominant_renderer(prefix: str = "", threshold: float = 70.0):
    """Fill by the dominant tenure, the darker tint where its share is ≥ ``threshold``."""
    dom, share = _field(prefix, "dominant_tenure"), _field(prefix, "dominant_share")
    cases = " ".join(
        f"WHEN {dom} = '{TENURE_NAMES[t]}' THEN '{t}' || "
        f"CASE WHEN {share} >= {threshold:g} THEN '_one_sided' ELSE '_mixed' END"
        for t in TENURES
    )
    expression = f"CASE {cases} WHEN {dom} IS NULL THEN 'none' ELSE 'tie' END"
    categories = []
    for t in TENURES:
        strong, light = DOMINANT_FILLS[t]
        categories.append(
            QgsRendererCategory(
                f"{t}_one_sided",
                _fill(strong),
                tr("{tenure} ≥ {pct} %: one-sided").format(
                    tenure=TENURE_NAMES[t], pct=format_number(threshold, None)
                ),
            )
        )
        categories.append(
            QgsRendererCategory(
                f"{t}_mixed",
                _fill(light),
                tr("{tenure} largest, < {pct} %").format(
                    tenure=TENURE_NAMES[t], pct=format_number(threshold, None)
                ),
            )
        )
    categories.append(QgsRendererCategory("tie", _fill("#f0f0f0"), tr("two or three tenures tie")))
    categories.append(
        QgsRendererCategory("none", _fill("#ffffff", opacity=0.6), tr("no dwellings or suppressed"))
    )
    return QgsCategorizedSymbolRenderer(expression, categories)


def entropy_renderer(prefix: str = ""):
    """Fill by the normalised entropy of the mix (dark: one tenure; light: even thirds)."""
    labels = (
        tr("0 – 0.4: one tenure dominates"),
        tr("0.4 – 0.6"),
        tr("0.6 – 0.8"),
        tr("0.8 – 0.9"),
        tr("0.9 – 1: evenly mixed"),
    )
    ranges = [
        QgsRendererRange(lower, upper, _fill(colour), label)
        for (lower, upper, colour), label in zip(ENTROPY_CLASSES, labels)
    ]
    return QgsGraduatedSymbolRenderer(f"{prefix}tenure_entropy", ranges)


@output_style("tenure_mix")
def style_tenure_mix(layer, fill: str = "dominant", prefix: str = "", threshold: float = 70.0):
    """Pies of the mix over a fill by dominant tenure (``fill="dominant"``) or entropy
    (``fill="entropy"``). ``prefix="projected_"`` shows the mix after the planned projects."""
    if fill == "entropy":
        layer.setRenderer(entropy_renderer(prefix))
    else:
        layer.setRenderer(dominant_renderer(prefix, threshold))
    renderer, settings = tenure_pie_renderer(prefix)
    layer.setDiagramRenderer(renderer)
    layer.setDiagramLayerSettings(settings)
    layer.triggerRepaint()


# --- planned projects ---------------------------------------------------------------------
@output_style("planned_projects")
def style_projects(layer) -> None:
    """Projects by flag: red when they make an area (more) one-sided, green when balancing."""
    root = QgsRuleBasedRenderer.Rule(None)
    rules = (
        ('"area" IS NULL', _marker("#000000", 3.6, "cross2", width=0.8), tr("outside every area")),
        (
            "\"flag\" = 'reinforces'",
            _marker(FLAG_RED, 5.0, "circle", outline="#000000", width=0.6),
            tr("flag: reinforces a one-sided mix"),
        ),
        (
            "\"flag\" = 'makes_one_sided'",
            _marker(FLAG_RED, 5.4, "triangle", outline="#000000", width=0.6),
            tr("flag: makes the area one-sided"),
        ),
        (
            "\"flag\" = 'balancing'",
            _marker("#ffffff", 3.4, "diamond", outline="#1a9641", width=0.9),
            tr("balancing a one-sided area"),
        ),
        (
            'NOT coalesce("counted", false) AND "area" IS NOT NULL',
            _marker(None, 2.6, "circle", outline="#525252", width=0.6),
            tr("not counted (start year or status)"),
        ),
    )
    for expression, symbol, label in rules:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        root.appendChild(rule)
    # explicit rather than ELSE, so that every project matches exactly one rule
    other = 'coalesce("counted", false) AND "area" IS NOT NULL AND "flag" IS NULL'
    root.appendChild(QgsRuleBasedRenderer.Rule(_marker("#bdbdbd", 2.8), 0, 0, other, tr("no flag")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()


# --- planning table -----------------------------------------------------------------------
@output_style("planning_table")
def style_planning_table(layer, label_field: str = "") -> None:
    """Plan polygons by the best quality class reached (see-through, dark outline), labelled
    with their name, best class and dominant tenure."""
    names = {
        "A": tr("best class A – very good service"),
        "B": tr("best class B – good service"),
        "C": tr("best class C – medium service"),
        "D": tr("best class D – basic service"),
        "E": tr("best class E – low service"),
        "F": tr("best class F – minimal service"),
    }
    categories = [
        QgsRendererCategory(c, _fill(colour, outline="#252525", width=0.5, opacity=0.55), names[c])
        for c, colour in CLASS_COLOURS.items()
    ]
    categories.append(
        QgsRendererCategory(
            "", _fill("#ffffff", outline="#252525", width=0.5, opacity=0.4), tr("no class reached")
        )
    )
    has_class = layer.fields().indexOf("best_class") >= 0
    expression = "coalesce(\"best_class\", '')" if has_class else "''"
    layer.setRenderer(QgsCategorizedSymbolRenderer(expression, categories))
    text = f'"{label_field}"' if label_field else "@id"
    parts = [f"to_string({text})"]
    if has_class:
        parts.append(f"'{tr('class')} ' || \"best_class\"")
    if layer.fields().indexOf("dominant_tenure") >= 0:
        parts.append("\"dominant_tenure\" || ' ' || to_string(round(\"dominant_share\")) || ' %'")
    label = " || '\\n' || ".join(f"coalesce({p}, '')" for p in parts)
    settings = QgsPalLayerSettings()
    settings.fieldName = label
    settings.isExpression = True
    settings.setFormat(halo_text_format(7.5, colour=(0, 0, 0), halo=0.8))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


# --- zonal statistics ---------------------------------------------------------------------
@output_style("zonal_statistics")
def style_zonal(layer, field: str = "zonal_sum", classes: int = 5) -> None:
    """The statistic ``field`` per polygon in ``classes`` quantile classes (light to dark)."""
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(_fill("#ffffff", outline="#bdbdbd", width=0.1))
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor("#f7fbff"), QColor("#08306b")))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, classes)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
