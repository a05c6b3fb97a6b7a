"""How far the plugin's own area types agree with SCB's official ones, per RegSO.

The areas are matched on their RegSO code. Compared are the areas with a type on both sides;
the others are counted. Results:

- the agreement table: own type (rows) × official type (columns), 5 × 5, in areas and, where
  a residents field is given, in residents, with row and column totals;
- the share identical and the share within one type (|own − official| ≤ 1), of the areas
  compared and of their residents — each as numerator over denominator.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..common import codes as C
from ..common.area_type_codes import TYPES, parse_area_types
from ..common.dependencies import require
from ..common.errors import InputError
from .ses_index import numeric_column

OFFICIAL_COLUMNS = tuple(f"official_{t}" for t in TYPES)
AGREEMENT_FIELDS = ("measure", "own_type", *OFFICIAL_COLUMNS, "official_all")
AREAS, RESIDENTS = "areas", "residents"


@dataclass
class Agreement:
    table: object  # AGREEMENT_FIELDS, rows per measure: own types 1–5 and "all"
    n_compared: int
    n_identical: int
    n_within_one: int
    residents_compared: float
    residents_identical: float
    residents_within_one: float
    n_own_only: int  # own areas with a type whose RegSO has no official type or no row
    n_official_only: int  # official types for RegSO not typed in the own layer
    n_own_without_type: int

    @property
    def share_identical(self) -> float:
        return 100.0 * self.n_identical / self.n_compared if self.n_compared else float("nan")

    @property
    def share_within_one(self) -> float:
        return 100.0 * self.n_within_one / self.n_compared if self.n_compared else float("nan")

    def summary(self) -> list:
        if not self.n_compared:
            return ["No RegSO has both an own and an official type: nothing to compare."]
        lines = [
            f"Compared {self.n_compared} RegSO typed by both: {self.n_identical} identical "
            f"({self.share_identical:.1f} %), {self.n_within_one} within one type "
            f"({self.share_within_one:.1f} %)."
        ]
        if self.residents_compared == self.residents_compared and self.residents_compared > 0:
            total = self.residents_compared
            lines.append(
                f"Of their {total:,.0f} residents, {100 * self.residents_identical / total:.1f} % "
                f"live in an area with the same type and "
                f"{100 * self.residents_within_one / total:.1f} % within one type."
            )
        lines.append(
            f"Not compared: {self.n_own_only} own typed area(s) without an official type, "
            f"{self.n_official_only} official type(s) without an own typed area, "
            f"{self.n_own_without_type} own area(s) without a type."
        )
        return lines


def compare_types(
    own,
    own_code_field: str,
    own_type_field: str,
    official,
    population_field=None,
    official_code_field: str = "regsokod",
    official_type_field: str = "official_type",
) -> Agreement:
    """Agreement of ``own`` (a layer of RegSO with area types) with ``official`` (the table
    of :func:`official_types.read_official_types`)."""
    np = require("numpy")
    pd = require("pandas")
    for name in (own_code_field, own_type_field):
        if name not in own.columns:
            raise InputError(f"The area-type layer has no field '{name}'.")
    codes = own[own_code_field].map(C.normalise_code)
    if codes.notna().any() and not (codes.dropna().map(C.level_of) == C.REGSO).all():
        bad = codes.dropna()[codes.dropna().map(C.level_of) != C.REGSO].iloc[0]
        raise InputError(
            f"'{own_code_field}' holds {bad}, not a RegSO code: the official types are per "
            "RegSO; compare a RegSO layer (or choose its RegSO code field)."
        )
    mine = pd.DataFrame(
        {
            "code": codes.to_numpy(),
            "own": parse_area_types(own[own_type_field], own_type_field, codes=codes).to_numpy(),
            "pop": (
                numeric_column(own, population_field, "residents", codes).to_numpy()
                if population_field
                else np.nan
            ),
        }
    )
    theirs = pd.DataFrame(
        {
            "code": official[official_code_field].map(C.normalise_code).to_numpy(),
            "official": parse_area_types(
                official[official_type_field], official_type_field
            ).to_numpy(),
        }
    ).dropna(subset=["code"])
    theirs = theirs.drop_duplicates("code")
    merged = mine.merge(theirs, on="code", how="left")
    both = merged["own"].notna() & merged["official"].notna()
    pairs = merged[both]
    diff = (pairs["own"] - pairs["official"]).abs()
    pop = pairs["pop"].fillna(0.0)
    rows = []
    measures = [(AREAS, None)] + ([(RESIDENTS, pop)] if population_field else [])
    for measure, weights in measures:
        for t in (*TYPES, "all"):
            sel = pairs if t == "all" else pairs[pairs["own"] == t]
            row = {"measure": measure, "own_type": str(t)}
            for u, col in zip(TYPES, OFFICIAL_COLUMNS):
                hit = sel["official"] == u
                row[col] = (
                    float(hit.sum()) if weights is None else float(weights[hit.index[hit]].sum())
                )
            row["official_all"] = (
                float(len(sel)) if weights is None else float(weights[sel.index].sum())
            )
            rows.append(row)
    table = pd.DataFrame(rows, columns=list(AGREEMENT_FIELDS))
    own_typed = merged["own"].notna()
    typed_own_codes = set(merged.loc[own_typed, "code"].dropna())
    official_typed = theirs[theirs["official"].notna()]
    return Agreement(
        table=table,
        n_compared=int(both.sum()),
        n_identical=int((diff == 0).sum()),
        n_within_one=int((diff <= 1).sum()),
        residents_compared=float(pop.sum()) if population_field else float("nan"),
        residents_identical=float(pop[diff == 0].sum()) if population_field else float("nan"),
        residents_within_one=float(pop[diff <= 1].sum()) if population_field else float("nan"),
        n_own_only=int((own_typed & merged["official"].isna()).sum()),
        n_official_only=int((~official_typed["code"].isin(typed_own_codes)).sum()),
        n_own_without_type=int((~own_typed).sum()),
    )
