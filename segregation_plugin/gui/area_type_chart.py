"""The dock's chart: residents per area type in each kommun, as stacked bars in the types'
colours (matplotlib inside Qt). The numbers come from core's :func:`residents_by_type`;
only the drawing is here. Without matplotlib the widget says how to install it.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..i18n import tr
from ..processing.areatypes.styles import (
    NO_TYPE_COLOUR,
    NO_TYPE_HATCH,
    TYPE_COLOURS,
    no_type_label,
    type_names,
)

TYPE_FIELD = "area_type"
MAX_BARS = 25  # with more regions, the chart shows those with most residents in types 1–2


def is_area_type_layer(layer) -> bool:
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.fields().indexOf(TYPE_FIELD) >= 0
    )


def chart_table(layer):
    """(table, measure) for ``layer``: residents (or areas) per kommun and type."""
    from ..core.areatypes.area_type_fields import guess_residents_field
    from ..core.areatypes.type_summary import residents_by_type
    from ..core.statistics.join import guess_area_code_field
    from ..processing.frames import source_to_frame

    frame = source_to_frame(layer, geometry=False, label=layer.name())
    columns = list(frame.columns)
    year = None
    if "stat_year" in columns and frame["stat_year"].notna().any():
        year = int(frame["stat_year"].dropna().iloc[0])
    population = guess_residents_field(columns, year)
    code = guess_area_code_field(frame)
    names = next((c for c in columns if c.lower() == "kommunnamn"), None)
    table = residents_by_type(frame, TYPE_FIELD, population, code_field=code, names=names)
    return table, table.attrs["measure"]


def draw(figure, table, measure: str) -> None:
    """Stacked horizontal bars, one per region, types 1 (left) to 5 and 'no type'."""
    axes = figure.add_subplot(111)
    shown = table
    if len(table) > MAX_BARS:
        shown = table.assign(_c=table["1"] + table["2"]).nlargest(MAX_BARS, "_c").drop(columns="_c")
        shown = shown.sort_index()
    labels = [
        f"{row['name']}" if "name" in shown.columns and isinstance(row["name"], str) else str(r)
        for r, row in shown.iterrows()
    ]
    positions = list(range(len(shown)))[::-1]  # first region on top
    left = [0.0] * len(shown)
    names = type_names()
    for t in (1, 2, 3, 4, 5):
        values = shown[str(t)].tolist()
        axes.barh(
            positions,
            values,
            left=left,
            color=TYPE_COLOURS[t],
            edgecolor="#6e6e6e",
            linewidth=0.4,
            label=f"{t} – {names[t]}",
        )
        left = [a + b for a, b in zip(left, values)]
    if shown["no type"].sum() > 0:
        axes.barh(
            positions,
            shown["no type"].tolist(),
            left=left,
            color=NO_TYPE_COLOUR,
            edgecolor=NO_TYPE_HATCH,
            hatch="///",
            linewidth=0.4,
            label=no_type_label(),
        )
    axes.set_yticks(positions)
    axes.set_yticklabels(labels)
    axes.set_xlabel(tr("Residents") if measure == "residents" else tr("Areas"))
    axes.xaxis.set_major_formatter(_thousands())
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    title = tr("Residents by area type") if measure == "residents" else tr("Areas by area type")
    if len(shown) < len(table):
        title += " " + tr("({} of {} kommuner: most residents in types 1–2)").format(
            len(shown), len(table)
        )
    axes.set_title(title, fontsize=10, loc="left")
    # the legend in one column under the bars; margins in inches, whatever the bar count
    height = figure.get_figheight()
    figure.legend(
        loc="lower left", bbox_to_anchor=(0.02, 0.01), ncol=1, fontsize=7.5, frameon=False
    )
    figure.subplots_adjust(
        left=0.22, right=0.96, top=1 - 0.35 / height, bottom=(LEGEND_INCHES + 0.45) / height
    )


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: f"{x:,.0f}".replace(",", "\u2009"))


LEGEND_INCHES = 1.35  # six legend lines under the bars
MIN_WIDTH_INCHES = 4.6  # room for "5 – Områden med mycket goda socioekonomiska förutsättningar"


def figure_height(rows: int) -> float:
    """Inches: room for the bars, the axis and the legend below them."""
    return LEGEND_INCHES + 1.0 + 0.34 * min(rows, MAX_BARS)


def _canvas_class():
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    except ImportError:  # matplotlib < 3.5
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
    return FigureCanvasQTAgg


class AreaTypeChart(QWidget):
    """Residents per kommun and area type for one layer; a message when it cannot draw."""

    def __init__(self, layer, parent=None):
        super().__init__(parent)
        self.layer_id = layer.id()
        self.canvas = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            from matplotlib.figure import Figure

            canvas_class = _canvas_class()
        except ImportError:
            layout.addWidget(self._message(tr("The chart needs matplotlib: {}").format(_hint())))
            return
        try:
            table, measure = chart_table(layer)
        except Exception as exc:  # a layer that cannot be read: say why, do not break the dock
            layout.addWidget(self._message(tr("No chart for {}: {}").format(layer.name(), exc)))
            return
        figure = Figure(figsize=(5.0, figure_height(len(table))), dpi=90)
        draw(figure, table, measure)
        self.table = table
        self.canvas = canvas_class(figure)
        self.canvas.setMinimumHeight(int(figure.get_figheight() * figure.dpi))
        # the legend's longest name must stay readable: a narrow dock scrolls sideways
        self.canvas.setMinimumWidth(int(MIN_WIDTH_INCHES * figure.dpi))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout.addWidget(scroll)

    def _message(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label
        return label


def _hint() -> str:
    from ..core.common.dependencies import install_hint

    return install_hint("matplotlib")
