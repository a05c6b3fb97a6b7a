"""A bad-input case: a tool, a valid parameter set with one thing broken, and what the
hardening issue demands of the run.

``Case.build(dirs)`` writes the inputs into ``dirs.inp`` and returns the parameters; the
outputs go to files in ``dirs.out`` (:func:`outputs`) unless the case is about outputs.
``expect`` is ``"refuse"`` (a QgsProcessingException that names the thing and says what to
do: every item of ``words`` must be in the message, an item being a word, a tuple of
alternatives, or :class:`Named` — the parameter's description, the layer's or the file's
name), ``"succeed"`` (outputs written; ``check(run)`` asserts what a planner would check) or
``"either"`` (both are acceptable, each judged as above). ``isolate`` runs the case in its
own ``qgis_process`` (a segmentation fault must not take pytest down).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple, Optional

# the sinks and file destinations of every tool, with the file type each is written as
OUTPUTS = {
    "importscbtable": {"OUTPUT": "gpkg"},
    "joinstatistics": {"OUTPUT": "gpkg", "REPORT": "gpkg"},
    "aggregateareas": {"OUTPUT": "gpkg"},
    "checkareas": {"OUTPUT": "gpkg"},
    "areatypes": {"OUTPUT": "gpkg"},
    "typechange": {"TRANSITIONS": "gpkg", "CHANGED": "gpkg"},
    "inequalityindex": {"OUTPUT": "gpkg", "LAN_OUTPUT": "gpkg"},
    "segregationindices": {"OUTPUT": "gpkg"},
    "gtfsstopservice": {"OUTPUT": "gpkg", "HOURLY": "gpkg"},
    "transitqualityclasses": {"OUTPUT": "gpkg", "STOPS": "gpkg", "RASTER": "tif"},
    "ptal": {"OUTPUT": "gpkg"},
    "transitaccessbyarea": {"OUTPUT": "gpkg", "GAP_TABLE": "gpkg"},
    "lineprofile": {"OUTPUT": "gpkg", "CHART": "png"},
    "tenuremix": {"OUTPUT": "gpkg", "REFERENCES": "gpkg"},
    "plannedhousing": {"OUTPUT": "gpkg", "PROJECTED": "gpkg"},
    "tenuresplit": {"OUTPUT": "gpkg", "SPLITS": "gpkg"},
    "planningoverlay": {"OUTPUT": "gpkg", "TABLE": "gpkg"},
    "zonalraster": {"OUTPUT": "gpkg"},
    "getboundaries": {"OUTPUT": "gpkg"},
    "indicatorprofile": {"OUTPUT": "gpkg"},
    "kommunreport": {"OUTPUT": "pdf"},
    "officialtypes": {"OUTPUT": "gpkg", "UNMATCHED": "gpkg", "AGREEMENT": "gpkg"},
    "segregationanalysis": {
        "REGSO_TYPES": "gpkg",
        "DESO_TYPES": "gpkg",
        "CHANGED": "gpkg",
        "TRANSITIONS": "gpkg",
        "INEQUALITY": "gpkg",
        "JOIN_REPORT": "gpkg",
    },
    "traveltimematrix": {"OUTPUT": "gpkg"},
    "transitisochrones": {"OUTPUT": "gpkg"},
    "transitopportunities": {"OUTPUT": "gpkg", "GAP_TABLE": "gpkg"},
}
TOOLS = tuple(OUTPUTS)


class Dirs(NamedTuple):
    inp: Path
    out: Path


def make_dirs(base: Path) -> Dirs:
    dirs = Dirs(Path(base) / "in", Path(base) / "out")
    dirs.inp.mkdir(parents=True, exist_ok=True)
    dirs.out.mkdir(parents=True, exist_ok=True)
    return dirs


def outputs(dirs: Dirs, tool: str) -> dict:
    """Every output of ``tool`` as a file in ``dirs.out`` (``<PARAM>.<ext>``)."""
    return {name: str(dirs.out / f"{name.lower()}.{ext}") for name, ext in OUTPUTS[tool].items()}


@dataclass(frozen=True)
class Named:
    """A refusal must name the input of ``param``: its description (as the dialog shows it,
    without the part in brackets), the layer's name or the file's name."""

    param: str

    def alternatives(self, run) -> list:
        names = []
        definition = run.definition(self.param)
        if definition is not None:
            text = re.sub(r"\s*\(.*?\)", "", definition.description()).strip()
            names += [text, text.split(":")[0].strip()]
        value = run.params.get(self.param)
        if isinstance(value, str) and value:
            from .builders import file_of, layer_name_of

            names += [layer_name_of(value), Path(file_of(value)).name]
        elif hasattr(value, "name"):
            names.append(value.name())
        return [n for n in names if n]


@dataclass
class Case:
    tool: str
    kind: str
    build: Callable[[Dirs], dict]
    expect: str = "refuse"
    words: tuple = ()
    check: Optional[Callable] = None
    isolate: bool = False
    cancel: bool = False
    note: str = ""
    extra_inputs: tuple = field(default=())

    def __post_init__(self):
        assert self.expect in ("refuse", "succeed", "either"), self.expect
        assert self.tool in OUTPUTS, self.tool

    @property
    def id(self) -> str:
        return f"{self.tool}-{self.kind}"


def case(tool, kind, build, expect="refuse", words=(), check=None, **kw) -> Case:
    return Case(tool, kind, build, expect, tuple(words), check, **kw)


def with_changes(base: Callable[[Dirs], dict], **changes) -> Callable[[Dirs], dict]:
    """A builder: ``base``'s parameters with ``changes``; a callable value is called with
    the dirs (to write a broken input), ``None`` removes the parameter."""

    def build(dirs: Dirs) -> dict:
        params = base(dirs)
        for name, value in changes.items():
            if callable(value):
                value = value(dirs)
            if value is None:
                params.pop(name, None)
            else:
                params[name] = value
        return params

    return build
