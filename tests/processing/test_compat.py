"""processing/compat.py: its names work in this QGIS, and nothing else spells the old enums.

The old spellings (``QgsProcessing.TypeVectorPolygon``, ``QVariant.Double`` …) are deprecated
from QGIS 3.30–3.38 and gone in QGIS 4; only compat may name them.
"""

from __future__ import annotations

import re
import types

from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
)

from segregation_plugin.processing import compat
from tests.helpers.paths import ROOT

PLUGIN = ROOT / "segregation_plugin"
# where QGIS is used: everything but core (which imports no QGIS) and compat itself
CHECKED = [
    *sorted((PLUGIN / "processing").rglob("*.py")),
    *sorted((PLUGIN / "gui").rglob("*.py")),
    PLUGIN / "plugin.py",
    *sorted((ROOT / "tools").rglob("*.py")),
]
OLD_SPELLINGS = {
    r"QgsProcessing\.Type\w+": "compat.VECTOR…",
    r"QgsProcessingParameterNumber\.(Integer|Double)\b": "compat.NUMBER_…",
    r"QgsProcessingParameterField\.(Any|Numeric|String|DateTime)\b": "compat.FIELD_…",
    r"QgsProcessingParameterDefinition\.Flag": "compat.FLAG_…",
    r"QgsProcessingParameterDateTime\.(Date|DateTime|Time|Type)\b": "compat.DATETIME_DATE",
    r"QgsProcessingParameterFile\.(File|Folder|Behavior)\b": "compat.FILE_BEHAVIOR_FILE",
    r"QgsWkbTypes\.": "compat.WKB_… / GEOMETRY_…",
    r"QgsFeatureRequest\.(NoGeometry|NoFlags|SubsetOfAttributes|ExactIntersect|Flag)\b": (
        "compat.NO_GEOMETRY"
    ),
    r"QgsFeatureSink\.(FastInsert|Flag)\b": "compat.FAST_INSERT",
    r"QgsVectorFileWriter\.(CreateOrOverwrite\w*|AppendToLayer\w*|NoError|Err\w+)": (
        "compat.CREATE_OR_OVERWRITE_… / WRITER_NO_ERROR"
    ),
    r"QgsUnitTypes\.": "compat.…_MILLIMETERS / DISTANCE_… / unit_factor",
    r"QgsPalLayerSettings\.(Horizontal|AroundPoint|OverPoint|Line|Curved|Free)\b": (
        "compat.LABEL_…"
    ),
    r"QgsGraduatedSymbolRenderer\.Graduated\w+": "compat.GRADUATED_SIZE",
    r"QgsColorRampShader\.(Discrete|Interpolated|Exact)\b": "compat.SHADER_DISCRETE",
    r"QgsLegendStyle\.(Subgroup|SymbolLabel|Group|Title|Symbol|Hidden)\b": "compat.LEGEND_…",
    r"QgsDiagramLayerSettings\.(OverPoint|AroundPoint|Line|Curved|Horizontal|Free)\b": (
        "compat.DIAGRAM_OVER_POINT"
    ),
    r"QVariant\.(Type\b|Int|LongLong|Double|String|Bool|Date|Invalid)": "compat.FIELD_TYPE_…",
    r"\bQMetaType\b": "compat.FIELD_TYPE_…",
    r"getattr\(\s*Qgis\b": "a name resolved once in compat",
    r"QGIS_VERSION_INT": "a name resolved once in compat",
}


def test_old_enum_spellings_only_in_compat():
    assert (PLUGIN / "processing" / "compat.py") in CHECKED
    found = []
    for path in CHECKED:
        if path.name == "compat.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, instead in OLD_SPELLINGS.items():
                if re.search(pattern, line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()} → {instead}")
    assert not found, "old enum spellings (use compat):\n" + "\n".join(found)


def test_processing_parameters_built_with_compat_names():
    number = QgsProcessingParameterNumber("N", "n", compat.NUMBER_DOUBLE, optional=True)
    assert number.dataType() == compat.NUMBER_DOUBLE
    assert number.flags() & compat.FLAG_OPTIONAL
    integer = QgsProcessingParameterNumber("I", "i", compat.NUMBER_INTEGER)
    assert integer.dataType() == compat.NUMBER_INTEGER != compat.NUMBER_DOUBLE
    field = QgsProcessingParameterField("F", "f", type=compat.FIELD_NUMERIC)
    assert field.dataType() == compat.FIELD_NUMERIC
    assert QgsProcessingParameterField("A", "a", type=compat.FIELD_ANY).dataType() == (
        compat.FIELD_ANY
    )
    source = QgsProcessingParameterFeatureSource("S", "s", [compat.VECTOR_POLYGON])
    assert list(source.dataTypes()) == [compat.VECTOR_POLYGON]
    date = QgsProcessingParameterDateTime("D", "d", type=compat.DATETIME_DATE)
    assert date.dataType() == compat.DATETIME_DATE
    assert QgsProcessingParameterFile("G", "g", behavior=compat.FILE_BEHAVIOR_FILE).behavior() == (
        compat.FILE_BEHAVIOR_FILE
    )
    flag = QgsProcessingParameterBoolean("B", "b")
    assert not flag.flags() & compat.FLAG_ADVANCED
    flag.setFlags(flag.flags() | compat.FLAG_ADVANCED)
    assert flag.flags() & compat.FLAG_ADVANCED
    assert len({compat.VECTOR, compat.VECTOR_ANY_GEOMETRY, compat.VECTOR_POINT,
                compat.VECTOR_LINE, compat.VECTOR_POLYGON}) == 5  # fmt: skip


def test_layer_and_field_names():
    points = QgsVectorLayer("Point?crs=EPSG:3006", "p", "memory")
    polygons = QgsVectorLayer("MultiPolygon?crs=EPSG:3006", "a", "memory")
    table = QgsVectorLayer("None?field=a:integer", "t", "memory")
    assert points.geometryType() == compat.GEOMETRY_POINT
    assert polygons.geometryType() == compat.GEOMETRY_POLYGON
    assert polygons.wkbType() == compat.WKB_MULTIPOLYGON
    assert compat.is_multi_type(polygons.wkbType())
    assert compat.multi_type(compat.WKB_POINT) == compat.WKB_MULTIPOINT
    assert table.wkbType() == compat.WKB_NO_GEOMETRY
    request = QgsFeatureRequest().setFlags(compat.NO_GEOMETRY)
    assert request.flags() & compat.NO_GEOMETRY
    kinds = (
        compat.FIELD_TYPE_INT,
        compat.FIELD_TYPE_DOUBLE,
        compat.FIELD_TYPE_STRING,
        compat.FIELD_TYPE_BOOL,
    )
    assert len({_as_int(kind) for kind in kinds}) == 4
    for kind in kinds:
        assert _as_int(QgsField("x", kind).type()) == _as_int(kind)


def _as_int(value) -> int:
    return int(getattr(value, "value", value))


def test_resolve_prefers_the_new_enum(monkeypatch):
    old = types.SimpleNamespace(Type=types.SimpleNamespace(Old=1))
    new = types.SimpleNamespace(NewEnum=types.SimpleNamespace(Value=2))
    monkeypatch.setattr(compat, "Qgis", new)
    assert compat._resolve("NewEnum.Value", old, "Type.Old") == 2
    assert compat._resolve("MissingEnum.Value", old, "Type.Old") == 1
