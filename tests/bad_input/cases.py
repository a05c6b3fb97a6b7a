"""Every case of the suite, from the modules of each kind of bad input."""

from __future__ import annotations

from . import cases_layers

CASES = [*cases_layers.cases()]

_ids = [c.id for c in CASES]
assert len(_ids) == len(set(_ids)), sorted({i for i in _ids if _ids.count(i) > 1})
