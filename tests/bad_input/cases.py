"""Every case of the suite, from the modules of each kind of bad input."""

from __future__ import annotations

from . import (
    cases_codes,
    cases_fields,
    cases_files,
    cases_gtfs,
    cases_guided,
    cases_layers,
    cases_outputs,
    cases_params,
    cases_routing,
)

CASES = [
    *cases_layers.cases(),
    *cases_fields.cases(),
    *cases_codes.cases(),
    *cases_params.cases(),
    *cases_files.cases(),
    *cases_gtfs.cases(),
    *cases_guided.cases(),
    *cases_routing.cases(),
    *cases_outputs.cases(),
]

_ids = [c.id for c in CASES]
assert len(_ids) == len(set(_ids)), sorted({i for i in _ids if _ids.count(i) > 1})
