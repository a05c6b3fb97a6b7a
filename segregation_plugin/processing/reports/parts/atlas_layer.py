"""The report's atlas layer: one feature per kommun (its boundary) whose fields hold the
report's text and the paths of its charts, and the map layers the layout shows.

The layer is a memory layer added to the project (group "Report"), so the layout stays
editable in the Layout Manager; saved with the project's layers (``package_project`` in the
demo) it is written with them. Its style draws the atlas kommun's boundary thick and the
other kommuner thin.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ....i18n import tr
from ... import compat
from ...colours import NO_TYPE_COLOUR, TYPE_COLOURS
from ...outputs import ui_font_family
from . import charts, report_text

TEXT_FIELDS = (
    "kommunkod",
    "kommunnamn",
    "title",
    "subtitle",
    "key_figures_title",
    "key_figures",
    "types_names",
    "types_areas",
    "types_residents",
    "types_share",
    "inequality_title",
    "inequality",
    "tenure",
    "transit_title",
    "transit",
    "projects_title",
    "projects",
    "source",
    "chart_types",
    "chart_tenure",
    "chart_transit",
)
TENURE_COLOURS = {"hyresratt": "#8c510a", "bostadsratt": "#d8b365", "aganderatt": "#5ab4ac"}


def boundary_renderer() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, width, colour, label in (
        ("@atlas_featureid = $id", "0.9", "#111111", tr("Kommun boundary")),
        ("ELSE", "0.35", "#7a7a7a", tr("Other kommuner")),
    ):
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": colour, "outline_width": width}
        )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def new_layer(crs, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes(
        [QgsField(field, compat.FIELD_TYPE_STRING) for field in TEXT_FIELDS]
    )
    layer.updateFields()
    layer.setRenderer(boundary_renderer())
    layer.setCustomProperty("segregation/table", "report_kommuner")
    return layer


def chart_files(folder: Path, code: str, figures, tenure, transit) -> dict:
    """Write the kommun's charts into ``folder``; the paths by field name."""
    family = ui_font_family()
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        (tr("Type {n}").format(n=t), float(figures[f"residents_{t}"]), TYPE_COLOURS[t])
        for t in report_text.TYPES
    ]
    rows.append((tr("No type"), float(figures["residents_none"]), NO_TYPE_COLOUR))
    paths = {"chart_types": folder / f"{code}_types.svg"}
    paths["chart_types"].write_text(
        charts.bar_chart(rows, tr("Residents by area type"), family), encoding="utf-8"
    )
    if tenure is not None:
        tenure_names = report_text.tenure_names()
        parts = [(tenure_names[k], TENURE_COLOURS[k]) for k in tenure_names]
        shares = [
            (tr("Kommun"), [float(tenure[f"share_{k}"]) for k in tenure_names]),
            (tr("County"), [float(tenure[f"lan_share_{k}"]) for k in tenure_names]),
        ]
        paths["chart_tenure"] = folder / f"{code}_tenure.svg"
        paths["chart_tenure"].write_text(
            charts.stacked_shares(shares, parts, tr("Tenure mix of dwellings"), family),
            encoding="utf-8",
        )
    if transit is not None:
        colours = {"1–2": TYPE_COLOURS[1], "3": TYPE_COLOURS[3], "4–5": TYPE_COLOURS[5]}
        rows = [(report_text.type_group(g), float(transit[f"ab_{g}"]), colours[g]) for g in colours]
        paths["chart_transit"] = folder / f"{code}_transit.svg"
        paths["chart_transit"].write_text(
            charts.bar_chart(
                rows, tr("Residents in class A–B (%)"), family, " %", 1, maximum=100.0
            ),
            encoding="utf-8",
        )
    return {key: str(path) for key, path in paths.items()}


TITLED = ("key_figures", "inequality", "transit", "projects")


def with_titles(values: dict) -> dict:
    """The first line of each titled text as its own field (``<field>_title``, drawn bold)."""
    out = dict(values)
    for field in TITLED:
        title, _, body = (values.get(field) or "").partition("\n")
        out[f"{field}_title"], out[field] = title, body
    return out


def add_feature(layer, geometry, values: dict) -> None:
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    for field in TEXT_FIELDS:
        feature[field] = values.get(field, "")
    layer.dataProvider().addFeature(feature)
