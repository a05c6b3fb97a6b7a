"""The report's atlas layer: one feature per kommun (its boundary) whose fields hold the
report's text and its charts, and the map layers the layout shows.

The charts are held in the layer itself, each as its SVG text in QGIS's embedded form
(``base64:…``, which picture items read from QGIS 3.22 on), so a project saved with this
layer shows them wherever the folder is moved; the SVG files beside the PDF are a copy for
other uses (a slide, a web page).

The layer is a memory layer added to the project (group "Report"), so the layout stays
editable in the Layout Manager; saved with the project's layers (``package_project`` in the
demo) it is written with them. Its style draws the atlas kommun's boundary thick and the
other kommuner thin.
"""

from __future__ import annotations

import base64
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
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


def boundary_renderer(by_lan: bool = False) -> QgsRuleBasedRenderer:
    """The page's kommun (or län) drawn thick, the others thin."""
    root = QgsRuleBasedRenderer.Rule(None)
    labels = (
        (tr("Län boundary"), tr("Other län"))
        if by_lan
        else (tr("Kommun boundary"), tr("Other kommuner"))
    )
    for expression, width, colour, label in (
        ("@atlas_featureid = $id", "0.9", "#111111", labels[0]),
        ("ELSE", "0.35", "#7a7a7a", labels[1]),
    ):
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": colour, "outline_width": width}
        )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def kommun_lines_renderer() -> QgsSingleSymbolRenderer:
    """The kommun boundaries inside a län's page: thin grey lines."""
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#7a7a7a", "outline_width": "0.25"}
    )
    return QgsSingleSymbolRenderer(symbol)


def new_layer(crs, name: str, by_lan: bool = False) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes(
        [QgsField(field, compat.FIELD_TYPE_STRING) for field in TEXT_FIELDS]
    )
    layer.updateFields()
    layer.setRenderer(boundary_renderer(by_lan))
    layer.setCustomProperty("segregation/table", "report_kommuner")
    return layer


def embedded(svg: str) -> str:
    """An SVG drawing as a picture item's source held in a field or project, not a file."""
    return "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def chart_files(folder: Path, code: str, figures, tenure, transit, by_lan=False) -> dict:
    """Write the kommun's charts into ``folder``; by field name, each chart embedded
    (:func:`embedded`), so the layout does not depend on where the files are."""
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
            (
                tr("Län") if by_lan else tr("Kommun"),
                [float(tenure[f"share_{k}"]) for k in tenure_names],
            ),
        ]
        if not by_lan:
            shares.append((tr("County"), [float(tenure[f"lan_share_{k}"]) for k in tenure_names]))
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
    return {key: embedded(path.read_text(encoding="utf-8")) for key, path in paths.items()}


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
