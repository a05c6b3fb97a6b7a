"""Load the sample county's layers, styled, and check the area layers."""

TITLE = "Load the sample region and check its areas"


def run(demo):
    from segregation_plugin.gui.sample import SAMPLE_KEY, load_sample

    layers = load_sample(demo.project)
    demo.layers = {layer.customProperty(SAMPLE_KEY): layer for layer in layers}
    demo.say("loaded: " + ", ".join(f"{k} ({_count(v)})" for k, v in demo.layers.items()))
    for key, field in (("deso", "desokod"), ("regso", "regsokod"), ("kommun", "kommunkod")):
        result = demo.run(
            "checkareas",
            {"INPUT": demo.layers[key], "CODE_FIELD": field, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
        demo.say(f"check {key}: {result['ERRORS']} errors, {result['WARNINGS']} warnings")
        if result["ERRORS"]:
            raise SystemExit(f"the sample's {key} layer has errors; run make sample")
    demo.map_layers = [
        demo.layers[k]
        for k in ("gtfs_stops", "planerade_bostader", "kommun", "regso", "befolkning_250m")
        if k in demo.layers
    ]
    demo.map_title = "Exempelläns län (fictional sample): population, stops and planned housing"


def _count(layer):
    return (
        layer.featureCount()
        if hasattr(layer, "featureCount")
        else f"{layer.width()}×{layer.height()} cells"
    )
