"""Cases about where the outputs go, and a cancel: an output in a folder that does not
exist, an output onto the input's own GeoPackage (several layers and a style in
layer_styles), two outputs of one run into one GeoPackage, and a user pressing Cancel."""

from __future__ import annotations

from . import builders as b
from . import expect as e
from .bases import BASES
from .case import OUTPUTS, TOOLS, case
from .inputs import KEYS, LAYERS

MAIN_OUTPUT = {tool: next(iter(OUTPUTS[tool])) for tool in TOOLS}
SAME_FILE = ("same file", "one file", "twice", "different", "already")


def missing_folder_cases() -> list:
    out = []
    for tool in TOOLS:
        name = MAIN_OUTPUT[tool]

        def build(dirs, tool=tool, name=name):
            params = BASES[tool](dirs)
            ext = OUTPUTS[tool][name]
            params[name] = str(dirs.out / "nonexistent" / f"{name.lower()}.{ext}")
            return params

        words = ("nonexistent", ("folder", "directory", "does not exist"))
        out.append(case(tool, "output-folder-missing", build, "either", words))
    return out


def _in_region(tool: str):
    """The tool's first layer input in region.gpkg (with another layer and a style)."""
    param, key = LAYERS[tool][0]
    rows, _, layer, kind, fields = KEYS[key]

    def make(dirs):
        return b.region_gpkg(dirs.inp, layer, kind, fields, rows())

    return key, make


def onto_input_cases() -> list:
    out = []
    for tool in LAYERS:
        key, make = _in_region(tool)
        name = MAIN_OUTPUT[tool]

        def build(dirs, tool=tool, key=key, make=make, name=name):
            params = BASES[tool](dirs, **{key: make(dirs)})
            params[name] = str(dirs.inp / "region.gpkg")
            return params

        words = ("region.gpkg", ("input", "overwrite", "replace", "same file"))
        out.append(case(tool, "output-onto-input-gpkg", build, "either", words))
    for tool, n in (("zonalraster", 8), ("tenuremix", 8), ("plannedhousing", 4)):
        key, make = _in_region(tool)

        def build(dirs, tool=tool, key=key, make=make):
            params = BASES[tool](dirs, **{key: make(dirs)})
            path = dirs.inp / "region.gpkg"
            params["OUTPUT"] = f"ogr:dbname='{path}' table=\"resultat\" (geom)"
            return params

        def check(run, n=n):
            from qgis.core import QgsVectorLayer

            path = run.dirs.inp / "region.gpkg"
            layer = QgsVectorLayer(f"{path}|layername=resultat", "resultat", "ogr")
            assert layer.isValid() and layer.featureCount() == n, (
                f"the new layer resultat in region.gpkg has {layer.featureCount()} features, not {n}"
            )

        out.append(case(tool, "output-as-new-layer-of-input-gpkg", build, "succeed", (), check))
    return out


def one_gpkg_cases() -> list:
    out = []
    for tool, outputs in OUTPUTS.items():
        sinks = [n for n, ext in outputs.items() if ext == "gpkg"]
        if tool == "importscbtable":
            sinks = ["OUTPUT", "VARIABLES"]
        if tool == "officialtypes":  # every name matches: 'Names not matched' is empty
            sinks = ["OUTPUT", "AGREEMENT"]
        if len(sinks) < 2:
            continue

        def build(dirs, tool=tool, sinks=sinks):
            params = BASES[tool](dirs)
            for sink in sinks[:2]:
                params[sink] = str(dirs.out / "both.gpkg")
            return params

        check = e.layers_in(lambda run: str(run.dirs.out / "both.gpkg"), 2)
        words = ("both.gpkg", SAME_FILE)
        out.append(case(tool, "two-outputs-one-gpkg", build, "either", words, check))
    return out


def cancel_cases() -> list:
    return [case(tool, "cancel", BASES[tool], "either", (), cancel=True) for tool in TOOLS]


def cases() -> list:
    return [*missing_folder_cases(), *onto_input_cases(), *one_gpkg_cases(), *cancel_cases()]
