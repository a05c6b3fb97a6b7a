"""SCB's official area types per RegSO, read from a Statistikdatabasen export by name.

The export names its regions, not their codes: ``Kommun (RegSO-namn)``, e.g.
``Upplands Väsby (Bollstanäs)``, one column of a year, the type 1–5 as the value, and a long
explanatory footer. The names are matched to RegSO codes through SCB's DeSO–RegSO key
(``koppling_deso2018_regso2020.csv``: kommun code and name, DeSO code, RegSO name, RegSO
code):

- names are compared after normalising Unicode (NFC), case, runs of white space and the
  dashes (‐ ‑ ‒ – — − become -, spaces around them dropped) — nothing else, no spelling
  guesses;
- ``Kommun (namn)`` is looked up inside that kommun, so a RegSO name found in several kommuner
  (``Berga``, ``Tuna``…) is matched by its kommun;
- a bare name (no kommun) is matched only when exactly one RegSO in the key has it;
- every row that is not matched is reported with its reason, and so is a second row for a
  RegSO already matched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..common import codes as C
from ..common.dependencies import require
from ..common.errors import InputError
from ..common.numbers import NOT_A_NUMBER, read_number
from ..common.text_table import read_text_table

OFFICIAL_FIELDS = (
    "regsokod",
    "regsonamn",
    "kommunkod",
    "kommunnamn",
    "official_type",
    "official_year",
    "written_name",
    "source_row",
)
UNMATCHED_FIELDS = ("source_row", "written_name", "value", "reason")
_DASHES = re.compile(r"\s*[\u2010\u2011\u2012\u2013\u2014\u2212-]\s*")
_SPACES = re.compile(r"\s+")
_PREFIXED = re.compile(r"^([^()]*?)\s*\((.*)\)\s*$")
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\.0)?\s*$")


def normalise_name(value) -> str:
    """A name as compared: NFC, one space, plain dashes without spaces, case folded."""
    text = unicodedata.normalize("NFC", str(value or ""))
    text = _SPACES.sub(" ", text).strip()
    return _DASHES.sub("-", text).casefold()


@dataclass
class OfficialTypes:
    """The matched rows (``table``), the rows not matched (``unmatched``) and notes."""

    table: object
    unmatched: object
    year: Optional[int]
    n_rows: int
    source: str
    lines: list = field(default_factory=list)

    def summary(self) -> list:
        n = len(self.table)
        year = "" if self.year is None else f" {self.year}"
        lines = []
        lines.append(
            f"Official area types{year} read from "
            f"{self.source}: {self.n_rows} region row(s), {n} matched to a RegSO code, "
            f"{len(self.unmatched)} not matched."
        )
        return lines + list(self.lines)


# --- the key ------------------------------------------------------------------------------------
@dataclass
class RegsoNames:
    """RegSO codes by (kommun name, RegSO name) and by RegSO name, all normalised."""

    by_kommun: dict
    by_name: dict
    kommuner: dict  # normalised kommun name -> kommun code

    @classmethod
    def from_key(cls, table) -> RegsoNames:
        from ..statistics.aggregate import TARGET, TARGET_NAME, key_from_table

        key = key_from_table(table, C.DESO, C.REGSO)
        source = Path(table.attrs.get("source", "")).name
        named = f"The key table {source}" if source else "The key table"
        if key[TARGET_NAME].isna().all():
            raise InputError(
                f"{named} has no column of RegSO names (such as RegSO_2020): the official "
                "area types name their RegSO, so the key must too. Give SCB's "
                "koppling_deso2018_regso2020.csv, which has them."
            )
        kommun_names = _kommun_names(table)
        by_kommun, by_name, kommuner = {}, {}, {}
        for code, name in key[[TARGET, TARGET_NAME]].drop_duplicates().itertuples(index=False):
            kommun = code[:4]
            kname = kommun_names.get(kommun, "")
            entry = (code, str(name).strip(), kommun, kname)
            if kname:
                kommuner[normalise_name(kname)] = kommun
                by_kommun.setdefault((normalise_name(kname), normalise_name(name)), set()).add(
                    entry
                )
            by_name.setdefault(normalise_name(name), set()).add(entry)
        if not kommuner:
            raise InputError(
                f"{named} has no column of kommun names (such as Kommunnamn): names "
                "written 'Kommun (RegSO)' cannot be matched without it."
            )
        return cls(by_kommun, by_name, kommuner)

    def looks_prefixed(self, written: str) -> bool:
        """True for ``Kommun (…)`` with a kommun of the key, matched or not."""
        prefixed = _PREFIXED.match(normalise_name(written))
        return bool(prefixed) and prefixed.group(1) in self.kommuner

    def match(self, written: str) -> tuple:
        """``(entry, None)`` or ``(None, reason)`` for one written name."""
        norm = normalise_name(written)
        if not norm:
            return None, "no name"
        prefixed = _PREFIXED.match(norm)
        if prefixed and prefixed.group(1):
            kommun, name = prefixed.group(1), prefixed.group(2)
            if kommun not in self.kommuner:
                return None, f"no kommun named '{kommun}' in the key"
            found = self.by_kommun.get((kommun, name), set())
            if len(found) == 1:
                return next(iter(found)), None
            if found:
                codes = ", ".join(sorted(e[0] for e in found))
                return None, f"{len(found)} RegSO of that name in the kommun ({codes})"
            return None, f"kommun {self.kommuner[kommun]} has no RegSO named '{name}' in the key"
        found = self.by_name.get(norm, set())
        if len(found) == 1:
            return next(iter(found)), None
        if found:
            where = ", ".join(sorted(f"{e[3] or e[2]} ({e[0]})" for e in found))
            return None, (
                f"{len(found)} RegSO have this name ({where}); write it 'Kommun (name)' to tell "
                "them apart"
            )
        return None, "no RegSO of this name in the key"


def _kommun_names(table) -> dict:
    """Kommun code -> name from the key's kommun-name column (``Kommunnamn``)."""
    name_col = None
    for col in table.columns:
        low = str(col).lower()
        if "kommun" in low and "namn" in low:
            name_col = col
            break
    if name_col is None:
        return {}
    from ..statistics.aggregate import _code_column

    deso = _code_column(table, C.DESO)
    if deso is None:
        return {}
    out = {}
    for code, name in zip(table[deso], table[name_col]):
        code = C.normalise_code(code)
        if code and str(name).strip():
            out.setdefault(code[:4], str(name).strip())
    return out


# --- the export -------------------------------------------------------------------------------
def _rows_of(path: Path, label: str) -> list:
    if not path.is_file():
        raise InputError(f"The file {path} does not exist.")
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == b"PK\x03\x04":
        openpyxl = require("openpyxl")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises several kinds for a damaged workbook
            raise InputError(
                f"{label} could not be read as an Excel workbook ({exc}); download it again."
            ) from exc
        try:
            return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    return [list(r) for r in read_text_table(path, label).rows]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _year_column(rows: list, year: Optional[int], label: str) -> tuple:
    """(header row index, column, year) of the year heading; the first data row follows."""
    for i, row in enumerate(rows):
        years = {j: int(m.group(1)) for j, v in enumerate(row) if (m := _YEAR.match(_cell(v)))}
        years = {j: y for j, y in years.items() if j > 0}
        if not years:
            continue
        if year is not None:
            hits = [j for j, y in years.items() if y == year]
            if not hits:
                raise InputError(
                    f"{label} has no column for {year}; it has "
                    f"{', '.join(map(str, sorted(set(years.values()))))}."
                )
            return i, hits[0], year
        if len(set(years.values())) > 1:
            raise InputError(
                f"{label} has the years {', '.join(map(str, sorted(set(years.values()))))}: "
                "enter the year to read."
            )
        j = min(years)
        return i, j, years[j]
    raise InputError(
        f"{label} has no heading row with a year: it is not a Statistikdatabasen export of "
        "area types (title, heading with the year, one row per 'Kommun (RegSO)')."
    )


def read_official_types(path, key_table, year: Optional[int] = None, label: Optional[str] = None):
    """Read an official area-type export (xlsx or csv) and match its names to RegSO codes.

    ``key_table``: the DeSO–RegSO key as a frame (:func:`statistics.aggregate.read_key_table`).
    Returns :class:`OfficialTypes`; rows after the last region (the footer) are not regions.
    """
    pd = require("pandas")
    path = Path(path)
    label = label or path.name
    names = RegsoNames.from_key(key_table)
    rows = _rows_of(path, label)
    head, col, year = _year_column(rows, year, label)
    matched, unmatched, seen = [], [], {}
    n_rows = 0
    for i in range(head + 1, len(rows)):
        row = rows[i]
        written = _cell(row[0]) if row else ""
        raw = _cell(row[col]) if len(row) > col else ""
        if not written and not raw:
            continue
        entry, reason = names.match(written)
        if not raw and entry is None and not names.looks_prefixed(written):
            continue  # a title, note or footer line: text in the first column only
        n_rows += 1
        source_row = i + 1
        if entry is None:
            unmatched.append((source_row, written, raw, reason))
            continue
        number, marker = read_number(raw)
        if marker == NOT_A_NUMBER or (marker is None and number not in (1, 2, 3, 4, 5)):
            unmatched.append((source_row, written, raw, "the value is not an area type 1–5"))
            continue
        if entry[0] in seen:
            unmatched.append(
                (source_row, written, raw, f"{entry[0]} already matched on row {seen[entry[0]]}")
            )
            continue
        seen[entry[0]] = source_row
        value = int(number) if marker is None else None
        matched.append((*entry, value, year, written, source_row))
    if not n_rows:
        raise InputError(f"{label} has no region rows under the heading {year}.")
    table = pd.DataFrame(matched, columns=list(OFFICIAL_FIELDS))
    table["official_type"] = pd.array(table["official_type"].tolist(), dtype="Int64")
    unmatched = pd.DataFrame(unmatched, columns=list(UNMATCHED_FIELDS))
    lines = []
    kommuner = set(table["kommunkod"])
    in_key = {e[0] for entries in names.by_name.values() for e in entries if e[2] in kommuner}
    absent = sorted(in_key - set(table["regsokod"]))
    if absent:
        lines.append(
            f"{len(absent)} RegSO of the key in the same kommuner have no row in the export "
            f"(first: {', '.join(absent[:5])})."
        )
    n_missing = int(table["official_type"].isna().sum())
    if n_missing:
        lines.append(f"{n_missing} matched RegSO have no official type (marked missing).")
    for r in unmatched.itertuples(index=False):
        lines.append(f"Row {r.source_row}, '{r.written_name}': not matched — {r.reason}.")
    return OfficialTypes(table, unmatched, year, n_rows, label, lines)


def is_official_types_export(path) -> bool:
    """Whether ``path`` is an export of SCB's official area types, by its content: a title
    or footer about områdestyp (or SCB's code 000007QJ), a heading row with a year, and
    regions written ``Kommun (RegSO-namn)`` below it. False for anything unreadable."""
    path = Path(path)
    try:
        rows = _rows_of(path, path.name)
    except (InputError, OSError, UnicodeError, ValueError):
        return False
    first = [_cell(row[0]).lower() for row in rows if row]
    if not any("områdestyp" in text or "000007qj" in text for text in first):
        return False
    for i, row in enumerate(rows):
        if any(_YEAR.match(_cell(v)) for v in row[1:]):
            return any(row and _PREFIXED.match(_cell(row[0])) for row in rows[i + 1 :])
    return False
