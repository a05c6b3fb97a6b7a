#!/usr/bin/env python3
"""Build the sample layers' QML styles with the QGIS API (``make styles``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_styles.py [resources/styles]

Writes lan, kommun, regso, deso, regionplan_noder, op_markanvandning, planerade_bostader,
befolkning_250m and gtfs_stops ``.qml``. Run it with the oldest supported QGIS (3.22) so
that every supported version reads the files. Categories of the categorised styles are
the conventional values plus any other value found in ``resources/sample/exempellan.gpkg``
when it exists; unknown values still draw (a grey "all other values" class). Labels name
the font family of this QGIS's user interface (``outputs.ui_font_family()``, DejaVu Sans on
Debian); a QGIS without that family draws them in its own UI font.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Qt writes XML attributes in hash order: a fixed seed makes every run write the same bytes.
os.environ.setdefault("QT_HASH_SEED", "0")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

from segregation_plugin.processing import compat  # noqa: E402
from segregation_plugin.processing.outputs import halo_text_format  # noqa: E402

SAMPLE_GPKG = ROOT / "resources" / "sample" / "exempellan.gpkg"

# Planners' conventional land-use colours (översiktsplan maps), matched on words in the
# value; the first match wins. RGB, drawn semi-transparent.
LAND_USE_COLOURS = (
    (("blandad", "stadsbebyggelse", "centrum"), (192, 86, 58)),
    (("bostad", "bostäder", "bebyggelse"), (250, 196, 72)),
    (("verksamhet", "industri", "handel", "logistik"), (150, 120, 168)),
    (("grön", "park", "natur", "rekreation", "frilufts"), (92, 168, 84)),
    (("landsbygd", "jordbruk", "skog", "lantbruk"), (200, 226, 160)),
    (("vatten", "sjö"), (150, 196, 230)),
    (("infrastruktur", "trafik", "väg"), (170, 170, 170)),
)
LAND_USE_VALUES = (
    "bostäder",
    "blandad stadsbebyggelse",
    "verksamheter",
    "grönstruktur",
    "landsbygd",
)

# Regional plan nodes, from the most to the least central (darker purple first).
NODE_TYPES = ("regional stadskärna", "sekundär regional kärna", "utvecklingsnod", "lokal nod")
PURPLES = ((84, 39, 136), (117, 82, 170), (152, 128, 196), (188, 174, 220), (214, 206, 234))

# Planned housing projects by size (dwellings): class bounds and marker sizes (mm).
HOUSING_BREAKS = ((1, 50), (51, 150), (151, 400), (401, 1000), (1001, 100000))
HOUSING_SIZES = (1.8, 2.8, 4.0, 5.4, 7.0)

# Population per 250 m cell: upper bounds of the classes (YlOrRd; the sparsest class faint),
# 0 is transparent.
POPULATION_CLASSES = (
    (5, (255, 255, 204, 110), "1–5"),
    (25, (255, 237, 160), "6–25"),
    (50, (254, 217, 118), "26–50"),
    (100, (254, 178, 76), "51–100"),
    (250, (253, 141, 60), "101–250"),
    (500, (240, 59, 32), "251–500"),
    (float("inf"), (189, 0, 38), "> 500"),
)


def colour(rgb, alpha=255) -> QColor:
    return QColor(rgb[0], rgb[1], rgb[2], alpha)


def memory_layer(geometry: str, fields: str, name: str) -> QgsVectorLayer:
    uri = f"{geometry}?crs=EPSG:3006" + "".join(f"&field={f}" for f in fields.split())
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    return layer


def outline_only(rgb, width_mm: float, alpha: int = 255, fill_alpha: int = 0) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {
            "color": "255,255,255,0",
            "style": "solid" if fill_alpha else "no",
            "outline_color": ",".join(str(c) for c in (*rgb, alpha)),
            "outline_width": str(width_mm),
            "outline_width_unit": "MM",
            "joinstyle": "round",
        }
    )
    if fill_alpha:
        symbol.symbolLayer(0).setFillColor(QColor(255, 255, 255, fill_alpha))
    return symbol


def sample_values(layer_name: str, field: str) -> list:
    """Distinct values of ``field`` in the sample geopackage's layer (empty if absent)."""
    if not SAMPLE_GPKG.is_file():
        return []
    layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid() or layer.fields().indexOf(field) < 0:
        return []
    values = layer.uniqueValues(layer.fields().indexOf(field))
    return sorted(str(v) for v in values if v is not None and str(v) not in ("", "NULL"))


def merged(conventional, found) -> list:
    return list(conventional) + [v for v in found if v not in conventional]


def other_values_category(symbol) -> QgsRendererCategory:
    # A category with an empty value draws every value that no other category matches
    # (labelled in Swedish like the data's own values).
    return QgsRendererCategory("", symbol, "övrigt", True)


# --- styles --------------------------------------------------------------------------------
def style_lan():
    layer = memory_layer("MultiPolygon", "lanskod:string lansnamn:string", "lan")
    layer.setRenderer(QgsSingleSymbolRenderer(outline_only((30, 30, 30), 1.0)))
    return layer


def style_kommun():
    layer = memory_layer(
        "MultiPolygon", "kommunkod:string kommunnamn:string lanskod:string", "kommun"
    )
    layer.setRenderer(QgsSingleSymbolRenderer(outline_only((55, 55, 55), 0.8)))
    settings = QgsPalLayerSettings()
    settings.fieldName = "kommunnamn"
    settings.placement = compat.LABEL_HORIZONTAL
    settings.setFormat(halo_text_format(10, bold=True, colour=(50, 50, 50)))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def style_regso():
    layer = memory_layer(
        "MultiPolygon", "regsokod:string regsonamn:string kommunkod:string", "regso"
    )
    layer.setRenderer(QgsSingleSymbolRenderer(outline_only((130, 130, 130), 0.3)))
    return layer


def style_deso():
    layer = memory_layer("MultiPolygon", "desokod:string regsokod:string kommunkod:string", "deso")
    # An invisible fill keeps the areas clickable (identify, select) inside.
    layer.setRenderer(QgsSingleSymbolRenderer(outline_only((190, 190, 190), 0.12, fill_alpha=1)))
    return layer


def hatched(rgb, fill_alpha: int) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {
            "color": ",".join(str(c) for c in (*rgb, fill_alpha)),
            "style": "solid",
            "outline_color": ",".join(str(c) for c in (*rgb, 255)),
            "outline_width": "0.5",
            "outline_width_unit": "MM",
        }
    )
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(2.0)
    hatch.setSubSymbol(
        QgsLineSymbol.createSimple(
            {"line_color": ",".join(str(c) for c in (*rgb, 200)), "line_width": "0.3"}
        )
    )
    symbol.insertSymbolLayer(1, hatch)  # hatch above the fill, below nothing else
    return symbol


def style_regionplan_noder():
    layer = memory_layer(
        "MultiPolygon",
        "nod_id:integer namn:string nodtyp:string kommunkod:string",
        "regionplan_noder",
    )
    values = merged(NODE_TYPES, sample_values("regionplan_noder", "nodtyp"))
    categories = []
    for i, value in enumerate(values):
        rgb = PURPLES[min(i, len(PURPLES) - 1)]
        categories.append(QgsRendererCategory(value, hatched(rgb, 50), value, True))
    categories.append(other_values_category(hatched(PURPLES[-1], 40)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("nodtyp", categories))
    return layer


def land_use_colour(value: str):
    lowered = value.lower()
    for words, rgb in LAND_USE_COLOURS:
        if any(word in lowered for word in words):
            return rgb
    return (190, 190, 190)


def style_op_markanvandning():
    layer = memory_layer(
        "MultiPolygon",
        "omrade_id:integer namn:string kommunkod:string markanvandning:string status:string",
        "op_markanvandning",
    )
    values = merged(LAND_USE_VALUES, sample_values("op_markanvandning", "markanvandning"))
    categories = []
    for value in values:
        rgb = land_use_colour(value)
        symbol = QgsFillSymbol.createSimple(
            {
                "color": ",".join(str(c) for c in (*rgb, 150)),
                "style": "solid",
                "outline_color": ",".join(str(max(c - 60, 0)) for c in rgb),
                "outline_width": "0.3",
                "outline_width_unit": "MM",
            }
        )
        categories.append(QgsRendererCategory(value, symbol, value, True))
    grey = QgsFillSymbol.createSimple(
        {"color": "190,190,190,120", "outline_color": "130,130,130", "outline_width": "0.3"}
    )
    categories.append(other_values_category(grey))
    layer.setRenderer(QgsCategorizedSymbolRenderer("markanvandning", categories))
    return layer


def style_planerade_bostader():
    layer = memory_layer(
        "Point",
        "projekt_id:integer namn:string kommunkod:string hyresratt:integer bostadsratt:integer "
        "aganderatt:integer bostader_totalt:integer startar:integer markagare:string status:string",
        "planerade_bostader",
    )
    ranges = []
    for (low, high), size in zip(HOUSING_BREAKS, HOUSING_SIZES):
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": "227,74,51,200",
                "outline_color": "120,20,10",
                "outline_width": "0.3",
                "size": str(size),
            }
        )
        label = (
            f"{low:,}–{high:,}".replace(",", " ")
            if high < 100000
            else f"> {low - 1:,}".replace(",", " ")
        )
        ranges.append(QgsRendererRange(low - 0.5, high + 0.5, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("bostader_totalt", ranges)
    renderer.setGraduatedMethod(compat.GRADUATED_SIZE)
    renderer.setSymbolSizes(HOUSING_SIZES[0], HOUSING_SIZES[-1])
    layer.setRenderer(renderer)
    return layer


def style_gtfs_stops():
    layer = memory_layer("Point", "stop_id:string stop_name:string", "gtfs_stops")
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "35,35,35",
            "outline_color": "255,255,255",
            "outline_width": "0.25",
            "size": "1.2",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def style_befolkning_250m(workdir: Path):
    from osgeo import gdal

    path = workdir / "befolkning_250m.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 2, 2, 1, gdal.GDT_Int32)
    dataset.SetGeoTransform((600000, 250, 0, 6600000, 0, -250))
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset.GetRasterBand(1).Fill(0)
    dataset = None
    layer = QgsRasterLayer(str(path), "befolkning_250m", "gdal")
    assert layer.isValid(), path

    ramp = QgsColorRampShader()
    ramp.setColorRampType(compat.SHADER_DISCRETE)
    items = [QgsColorRampShader.ColorRampItem(0, QColor(255, 255, 255, 0), "0")]
    items += [
        QgsColorRampShader.ColorRampItem(
            bound, colour(rgb[:3], rgb[3] if len(rgb) > 3 else 255), label
        )
        for bound, rgb, label in POPULATION_CLASSES
    ]
    ramp.setColorRampItemList(items)
    ramp.setMinimumValue(0)
    ramp.setMaximumValue(POPULATION_CLASSES[-2][0])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0)
    renderer.setClassificationMax(POPULATION_CLASSES[-2][0])
    renderer.setOpacity(0.85)
    layer.setRenderer(renderer)
    return layer


VECTOR_STYLES = {
    "lan": style_lan,
    "kommun": style_kommun,
    "regso": style_regso,
    "deso": style_deso,
    "regionplan_noder": style_regionplan_noder,
    "op_markanvandning": style_op_markanvandning,
    "planerade_bostader": style_planerade_bostader,
    "gtfs_stops": style_gtfs_stops,
}


def save(layer, path: Path) -> None:
    category = QgsMapLayer.StyleCategory
    categories = category.Symbology | category.Labeling | category.Rendering
    message, ok = layer.saveNamedStyle(str(path), categories)
    if not ok:
        raise SystemExit(f"make_styles: could not write {path}: {message}")
    print(path)


def build(out: Path) -> list:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in VECTOR_STYLES.items():
        save(make(), out / f"{name}.qml")
        written.append(out / f"{name}.qml")
    with tempfile.TemporaryDirectory() as tmp:
        raster = style_befolkning_250m(Path(tmp))
        save(raster, out / "befolkning_250m.qml")
        del raster
    written.append(out / "befolkning_250m.qml")
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "styles"))
    args = parser.parse_args(argv)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        build(Path(args.out))
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
