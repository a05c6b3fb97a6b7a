"""Change of area type between two years: per area, the transition table, the changed areas.

Give two classified tables (the output of :func:`area_types.classify_areas` joined to the
areas, or any table with an area-code field and an ``area_type`` field). Areas are matched
by code; an area that is in one year only, or has no type in a year, is counted under
"no type" in that year, and the per-area table says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from ..common import codes as C
from ..common.area_type_codes import TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from .ses_index import numeric_column

NO_TYPE = "no type"
# Row and column labels of the transition matrix, in order.
CATEGORIES = tuple(str(t) for t in TYPES) + (NO_TYPE,)

UNCHANGED = "unchanged"
TOWARDS_CHALLENGES = "towards challenges"  # to a lower type number (type 1 is the most challenged)
TOWARDS_GOOD = "towards good conditions"
NO_TYPE_IN_A_YEAR = "no type in one year"

AREA_FIELDS = (
    "code",
    "type_before",
    "type_after",
    "type_changed",
    "type_shift",
    "change_direction",
    "change_note",
    "residents",
)


@dataclass
class TypeChange:
    """Areas' types in two years and the transitions between them."""

    areas: Any  # DataFrame indexed by area code, columns AREA_FIELDS[1:]
    transitions: Any  # long table: from_type, to_type, areas, residents (all 36 pairs)
    year_before: Optional[int]
    year_after: Optional[int]
    residents_note: str
    matched: int = 0  # areas in both years' tables
    in_first: int = 0
    in_second: int = 0

    def match_line(self) -> tuple:
        """``(sentence, is_warning)``: how many areas are in both years. A warning when some
        are in one year only (they count as 'no type' in the other)."""
        yb = self.year_before or "the first year"
        ya = self.year_after or "the second year"
        if self.matched == self.in_first == self.in_second:
            return f"All {self.matched} areas are in both years.", False
        few = "Only " if self.matched < 0.5 * max(self.in_first, self.in_second) else ""
        are = "area is" if self.matched == 1 else "areas are"
        return (
            f"{few}{self.matched} {are} in both years: {self.matched} of the "
            f"{self.in_first} of {yb} and of the {self.in_second} of {ya}. The others count as "
            f"'no type' in the year they are missing from ('change_note' says which). Areas of "
            "another DeSO/RegSO version or another code field do not match: compare layers of "
            "the same areas.",
            True,
        )

    def matrix(self, value: str = "areas"):
        """Transition matrix (rows: type in the first year, columns: in the second) of
        ``areas`` or ``residents``, with totals."""
        m = self.transitions.pivot(index="from_type", columns="to_type", values=value)
        m = m.reindex(index=list(CATEGORIES), columns=list(CATEGORIES)).fillna(0)
        m.loc["total"] = m.sum(axis=0)
        m["total"] = m.sum(axis=1)
        m.index.name = f"type {self.year_before or 'before'}"
        m.columns.name = f"type {self.year_after or 'after'}"
        return m.astype(float if value == "residents" else int)

    def wide_table(self):
        """Both matrices side by side as one table for a spreadsheet: a row per type in the
        first year (``1``–``5``, ``no type``, ``total``) with ``areas_<to>`` and
        ``residents_<to>`` columns (``<to>`` = ``1``–``5``, ``no_type``, ``total``)."""
        pd = require("pandas")
        parts = []
        for value in ("areas", "residents"):
            m = self.matrix(value)
            m.columns = [f"{value}_{str(c).replace(' ', '_')}" for c in m.columns]
            parts.append(m)
        table = pd.concat(parts, axis=1)
        table.index.name = "from_type"
        table.columns.name = None
        if self.residents_note == "no residents field given":
            table = table[[c for c in table.columns if not c.startswith("residents_")]]
        return table.reset_index()

    def changed(self):
        """Per-area rows of the areas whose type differs between the years (both typed)."""
        return self.areas[self.areas["type_changed"]]

    def joined(self, frame, code_field: str, only_changed: bool = False):
        """A copy of ``frame`` (e.g. the second year's areas with geometry) with the change
        fields added by area code; ``only_changed`` keeps the areas whose type changed."""
        codes = frame[code_field].map(lambda v: C.normalise_code(v) or str(v).strip())
        out = frame.copy()
        fields = [f for f in AREA_FIELDS[1:] if f != "residents"]
        for name in fields:
            # .array keeps the nullable integer types (to_numpy() would make them objects,
            # written to a layer as text)
            out[name] = self.areas[name].reindex(codes.to_numpy()).array
        if only_changed:
            out = out[out["type_changed"].fillna(False).astype(bool)]
        return out


def _by_code(frame, code_field, type_field, residents_field, label):
    """Type (and residents) per normalised area code; checks codes and type values."""
    pd = require("pandas")
    for name in (code_field, type_field):
        if name not in frame.columns:
            raise InputError(
                f"The {label} table has no field '{name}' (fields: "
                f"{', '.join(map(str, frame.columns))})."
            )
    codes = frame[code_field].map(lambda v: C.normalise_code(v) or (str(v).strip() or None))
    if codes.isna().any():
        first = codes[codes.isna()].index[0]
        raise InputError(
            f"Feature {first} of the {label} table has no area code in '{code_field}'."
        )
    dup = codes[codes.duplicated()]
    if len(dup):
        raise InputError(
            f"The code {dup.iloc[0]} occurs more than once in the {label} table; each area must "
            "appear once per year."
        )
    types = parse_area_types(frame[type_field], type_field, codes=codes, noun=f"{label} area")
    out = pd.DataFrame({"type": types.to_numpy()}, index=codes.to_numpy())
    if residents_field and residents_field in frame.columns:
        out["residents"] = numeric_column(frame, residents_field, "residents", codes).to_numpy()
    else:
        out["residents"] = float("nan")
    return out


def compare_area_types(
    before,
    after,
    code_field: str,
    *,
    type_field: str = "area_type",
    residents_field: Optional[str] = None,
    year_before: Optional[int] = None,
    year_after: Optional[int] = None,
) -> TypeChange:
    """Match two classified tables by area code and count the transitions.

    ``residents_field`` gives the residents counted in the residents matrix: the second
    year's value, or the first year's for an area that is not in the second.
    """
    np = require("numpy")
    pd = require("pandas")
    first = _by_code(before, code_field, type_field, residents_field, "first year's")
    second = _by_code(after, code_field, type_field, residents_field, "second year's")
    _check_matches(first.index, second.index, year_before, year_after)
    codes = first.index.union(second.index)
    a = first["type"].reindex(codes)
    b = second["type"].reindex(codes)
    residents = second["residents"].reindex(codes).fillna(first["residents"].reindex(codes))
    residents_note = "no residents field given"
    if residents_field:
        if residents.isna().all():
            raise InputError(
                f"Neither table has values in the residents field '{residents_field}'."
            )
        residents_note = (
            f"residents from '{residents_field}' in {year_after or 'the second year'} "
            "(the first year's for an area absent in the second)"
        )
    both = a.notna() & b.notna()
    shift = (b - a).where(both)
    direction = np.where(
        ~both,
        NO_TYPE_IN_A_YEAR,
        np.where(shift < 0, TOWARDS_CHALLENGES, np.where(shift > 0, TOWARDS_GOOD, UNCHANGED)),
    )
    in0, in1 = codes.isin(first.index), codes.isin(second.index)
    yb, ya = year_before or "the first year", year_after or "the second year"
    note = np.full(len(codes), "", dtype=object)
    note[a.isna().to_numpy() & in0] = f"no type in {yb}"
    note[~in0] = f"not in {yb}"
    note_after = np.where(
        ~in1, f"not in {ya}", np.where(b.isna().to_numpy(), f"no type in {ya}", "")
    )
    note = np.array(
        ["; ".join(x for x in pair if x) for pair in zip(note, note_after)], dtype=object
    )

    areas = pd.DataFrame(
        {
            "type_before": pd.array(a.to_numpy(), dtype="Int64"),
            "type_after": pd.array(b.to_numpy(), dtype="Int64"),
            "type_changed": (both & (a != b)).to_numpy(),
            "type_shift": pd.array(shift.to_numpy(), dtype="Int64"),
            "change_direction": direction,
            "change_note": note,
            "residents": residents.to_numpy(),
        },
        index=pd.Index(codes, name="code"),
    )

    label0 = a.map(lambda v: NO_TYPE if v != v else str(int(v)))
    label1 = b.map(lambda v: NO_TYPE if v != v else str(int(v)))
    pairs = pd.DataFrame(
        {
            "from_type": label0.to_numpy(),
            "to_type": label1.to_numpy(),
            "areas": 1,
            "residents": residents.to_numpy(),
        }
    )
    grouped = pairs.groupby(["from_type", "to_type"]).agg(
        areas=("areas", "sum"), residents=("residents", lambda s: s.sum(min_count=1))
    )
    full = pd.MultiIndex.from_product([CATEGORIES, CATEGORIES], names=["from_type", "to_type"])
    transitions = grouped.reindex(full)
    transitions["areas"] = transitions["areas"].fillna(0).astype(int)
    if residents_field:
        transitions["residents"] = transitions["residents"].fillna(0.0)
    transitions = transitions.reset_index()
    matched = int(first.index.isin(second.index).sum())
    return TypeChange(
        areas,
        transitions,
        year_before,
        year_after,
        residents_note,
        matched,
        len(first),
        len(second),
    )


def _check_matches(first, second, year_before, year_after):
    """Refuse tables without areas, and two tables that share no area code (every area
    would be 'no type' in one year and '0 changed' would be read as 'no change')."""
    label_before = year_before or "the first year"
    label_after = year_after or "the second year"
    for index, label in ((first, label_before), (second, label_after)):
        if not len(index):
            raise InputError(
                f"The table of {label} has no areas: there is nothing to compare. Choose a "
                "layer with areas (is a filter hiding them?)."
            )
    if not first.isin(second).any():
        raise InputError(
            f"No area is in both years: the codes of {label_before} "
            f"({', '.join(map(str, first[:3]))}, …) and of {label_after} "
            f"({', '.join(map(str, second[:3]))}, …) share none. Compare layers of the same "
            "areas (the same DeSO/RegSO version) and check the code field."
        )
