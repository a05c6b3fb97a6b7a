"""Reading GTFS text files: only the needed columns, compactly, with errors that name the
file, the line and the problem.

Every value is read as text, in chunks (Cancel is checked between them). Columns with few
distinct values (times, sequences, route types, flags, the ids in stop_times) are kept as
categories of text and each distinct value is parsed once; ids become integer positions.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from ..common.dependencies import require
from ..common.errors import InputError
from ..common.progress import NO_PROGRESS, Progress
from .gtfs_plain_table import read_plain_table

REQUIRED_FILES = ("stops", "routes", "trips", "stop_times")
# file → {column: (required, kind)}; kind: "id", "cat" (few distinct values), "text", "num"
COLUMNS = {
    "stops": {
        "stop_id": (True, "id"),
        "stop_name": (False, "text"),
        "stop_lat": (True, "num"),
        "stop_lon": (True, "num"),
        "location_type": (False, "cat"),
        "parent_station": (False, "text"),
    },
    "routes": {
        "route_id": (True, "id"),
        "route_short_name": (False, "text"),
        "route_long_name": (False, "text"),
        "route_type": (True, "cat"),
        "route_color": (False, "text"),
    },
    "trips": {
        "route_id": (True, "cat"),
        "service_id": (True, "cat"),
        "trip_id": (True, "id"),
        "direction_id": (False, "cat"),
        "trip_headsign": (False, "cat"),
    },
    "stop_times": {
        "trip_id": (True, "cat"),
        "stop_id": (True, "cat"),
        "stop_sequence": (True, "cat"),
        "arrival_time": (True, "cat"),
        "departure_time": (True, "cat"),
    },
    "calendar": {
        "service_id": (True, "text"),
        **{day: (True, "cat") for day in ("monday", "tuesday", "wednesday", "thursday")},
        **{day: (True, "cat") for day in ("friday", "saturday", "sunday")},
        "start_date": (True, "text"),
        "end_date": (True, "text"),
    },
    "calendar_dates": {
        "service_id": (True, "cat"),
        "date": (True, "cat"),
        "exception_type": (True, "cat"),
    },
    "frequencies": {
        "trip_id": (True, "cat"),
        "start_time": (True, "cat"),
        "end_time": (True, "cat"),
        "headway_secs": (True, "cat"),
        "exact_times": (False, "cat"),
    },
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class FeedFiles:
    """The files of a feed in a zip (also nested one folder down) or a folder."""

    def __init__(self, path):
        path = Path(path)
        if path.is_file() and path.suffix.lower() == ".txt":
            path = path.parent  # a file of an unzipped feed: use its folder
        self.path = path
        self.members = {}
        if path.is_dir():
            for child in path.iterdir():
                if child.suffix.lower() == ".txt":
                    self.members[child.stem.lower()] = child
            self.zip = None
        elif path.is_file():
            try:
                self.zip = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise InputError(
                    f"{path.name} is not a zip file. Choose the GTFS zip file or the folder of "
                    "the unzipped feed."
                ) from exc
            for info in self.zip.infolist():
                name = info.filename.rsplit("/", 1)[-1]
                if name.lower().endswith(".txt") and not info.is_dir():
                    self.members.setdefault(name[:-4].lower(), info.filename)
        else:
            raise InputError(f"The GTFS feed {path} does not exist. Choose a zip file or a folder.")

    def has(self, name: str) -> bool:
        return name in self.members

    def open(self, name: str):
        member = self.members[name]
        if self.zip is not None:
            return self.zip.open(member)
        return open(member, "rb")

    def zip_info(self, name: str):
        """The zip's ZipInfo of ``<name>.txt`` (None for a folder)."""
        return None if self.zip is None else self.zip.getinfo(self.members[name])

    def size(self, name: str) -> int:
        """Size of the (uncompressed) file in bytes, 0 when unknown."""
        member = self.members[name]
        try:
            if self.zip is not None:
                return self.zip.getinfo(member).file_size
            return Path(member).stat().st_size
        except (KeyError, OSError):
            return 0

    def close(self):
        if self.zip is not None:
            self.zip.close()


def read_header(source: FeedFiles, name: str) -> list:
    with source.open(name) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")
        first = text.readline()
    if not first.strip():
        return []
    return next(csv.reader([first], skipinitialspace=True))


CHUNK_ROWS = 200_000  # rows read between two checks for Cancel (about 0.2 s of stop_times)


def read_table(source: FeedFiles, name: str, progress: Progress = NO_PROGRESS):
    """Read the needed columns of ``<name>.txt`` (strings and categories) or raise.

    Every value is read as text (ids keep their leading zeros: pandas 3 would turn
    categories of digits into integers); columns of kind "cat" become categories, sorted. A
    plain file is read from its bytes (``gtfs_plain_table``); any other by pandas, in chunks
    of :data:`CHUNK_ROWS` rows with a check for Cancel between them."""
    pd = require("pandas")
    wanted = COLUMNS[name]
    raw_names = read_header(source, name)
    clean = [c.strip().lstrip("\ufeff").lower() for c in raw_names]
    missing = [c for c, (required, _) in wanted.items() if required and c not in clean]
    if missing:
        raise InputError(
            f"{name}.txt has no column {', '.join(missing)} (its columns: "
            f"{', '.join(clean) or 'none'}). The feed does not follow GTFS; ask its publisher "
            "for a corrected feed."
        )
    usecols, rename = [], {}
    for raw, norm in zip(raw_names, clean):
        if norm in wanted and norm not in rename.values():
            usecols.append(raw)
            rename[raw] = norm
    categorical = [raw for raw in usecols if wanted[rename[raw]][1] == "cat"]
    frame = None
    if name != "stop_times":  # (a plain one is read by gtfs_stop_times_read)
        frame = read_plain_table(source, name, raw_names, usecols, categorical)
    if frame is None:  # not plain: read in chunks by pandas
        frame = _read_chunks(source, name, usecols, categorical, progress)
    progress.check()
    frame = frame.rename(columns=rename)
    for column in wanted:
        if column not in frame.columns:
            empty = require("numpy").full(len(frame), None, dtype=object)
            frame[column] = pd.Series(empty, index=frame.index, dtype=object)
    return frame


def _read_chunks(source: FeedFiles, name: str, usecols, categorical, progress: Progress):
    pd = require("pandas")
    direct = categorical if _text_categories() else []
    size = source.size(name)
    chunks = []
    with source.open(name) as raw:
        try:
            reader = pd.read_csv(
                raw,
                usecols=usecols,
                dtype={c: "category" if c in direct else str for c in usecols},
                encoding="utf-8-sig",
                keep_default_na=False,
                na_values=[""],
                skipinitialspace=True,
                chunksize=CHUNK_ROWS,
            )
            with reader:
                for chunk in reader:
                    progress.check()
                    for column in categorical:
                        if column not in direct:
                            chunk[column] = chunk[column].astype("category")
                    chunks.append(chunk)
                    if size:
                        progress.set(100 * _tell(raw) / size)
        except (ValueError, pd.errors.ParserError) as exc:
            raise InputError(f"{name}.txt cannot be read as a CSV table: {exc}") from exc
    return _concat(chunks, usecols, categorical)


def require_rows(frame, name: str, meaning: str) -> None:
    """InputError when ``<name>.txt`` has a header and no rows."""
    if len(frame) == 0:
        raise InputError(
            f"{name}.txt has no rows, only its header: {meaning}. Check that you chose the "
            "whole feed, or ask its publisher for a corrected one."
        )


_TEXT_CATEGORIES = []


def _text_categories() -> bool:
    """True when read_csv keeps the categories of a "category" column as text (pandas < 3;
    faster than reading text and making categories). pandas 3 infers their type: "0123"
    would become the integer 123."""
    if not _TEXT_CATEGORIES:
        pd = require("pandas")
        probe = pd.read_csv(io.StringIO("id\n0123\n"), dtype="category")
        _TEXT_CATEGORIES.append(list(probe["id"].cat.categories) == ["0123"])
    return _TEXT_CATEGORIES[0]


def _tell(raw) -> int:
    try:
        return raw.tell()
    except (OSError, ValueError, AttributeError):
        return 0


def _concat(chunks, columns, categorical):
    """One frame of the chunks; categorical columns get the categories of all chunks, sorted
    (as one chunk's are, and as the plain reader gives them)."""
    pd = require("pandas")
    np = require("numpy")
    if len(chunks) == 1:
        return chunks[0].reset_index(drop=True)
    if not chunks:
        return pd.DataFrame({column: pd.Series([], dtype=object) for column in columns})
    frame = pd.concat([chunk.drop(columns=categorical) for chunk in chunks], ignore_index=True)
    for column in categorical:
        parts = [chunk[column].array for chunk in chunks]
        values = np.concatenate([np.asarray(p.categories, dtype=object) for p in parts])
        categories = (  # sorted, as each chunk's are
            pd.Index(np.sort(pd.unique(values))) if len(values) else pd.Index([], dtype=object)
        )
        codes = np.concatenate(
            [np.append(categories.get_indexer(p.categories), -1)[p.codes] for p in parts]
        )
        frame[column] = pd.Categorical.from_codes(codes, categories=categories)
    return frame[columns]


def line_of(position) -> int:
    """The line in the file of the data row at ``position`` (the header is line 1)."""
    return int(position) + 2


def fail_first(mask, values, file: str, column: str, problem: str, action: str):
    """Raise InputError naming the first row where ``mask`` is true. ``values`` is an array
    of the rows' values, a function of the row position, or None (the value is empty)."""
    np = require("numpy")
    mask = np.asarray(mask)
    if not mask.any():
        return
    bad = np.flatnonzero(mask)
    first = bad[0]
    more = f" ({len(bad) - 1} more rows like it)" if len(bad) > 1 else ""
    if values is None:
        shown = f"{column} is empty"
    else:
        value = values(first) if callable(values) else values[first]
        shown = f"{column} '{value}'"
    problem = f" {problem}" if problem else ""
    raise InputError(f"{file}.txt line {line_of(first)}: {shown}{problem}{more}. {action}")


def parse_category(series, parse, file: str, column: str, problem: str, action: str):
    """Parse the categories of a categorical column once; numpy array per row (NaN missing)."""
    np = require("numpy")
    pd = require("pandas")
    cat = series.astype("category") if series.dtype.name != "category" else series
    cats = pd.Series(cat.cat.categories.astype(str))
    parsed = parse(cats)
    codes = cat.cat.codes.to_numpy()
    bad_cats = np.flatnonzero(np.isnan(parsed))
    if len(bad_cats):
        bad_rows = np.isin(codes, bad_cats)
        fail_first(bad_rows, lambda i: cat.iat[i], file, column, problem, action)
    values = np.append(parsed, np.nan)[codes]  # code −1 (empty) → NaN
    return values


def parse_times(cats):
    np = require("numpy")
    parts = cats.str.strip().str.extract(r"^(\d{1,3}):(\d{1,2}):(\d{1,2})$")
    hours, minutes, secs = (parts[i].astype(float).to_numpy() for i in range(3))
    seconds = hours * 3600 + minutes * 60 + secs  # a new array (pandas 3 gives read-only ones)
    seconds[(minutes > 59) | (secs > 59)] = np.nan
    return seconds


def counted(n, one: str, many: str) -> str:
    """``1 stop has`` / ``3 stops have``: a count with its words in the right number."""
    return f"{int(n):,} {one if int(n) == 1 else many}"


def format_time(seconds) -> str:
    """Seconds after midnight as GTFS writes them, ``HH:MM:SS`` (hours may pass 24)."""
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def parse_integers(cats):
    """Whole numbers of GTFS text (NaN where not); parse_category reports every NaN."""
    pd = require("pandas")
    values = pd.to_numeric(cats.str.strip(), errors="coerce").to_numpy(dtype=float, copy=True)
    values[values != values.round()] = float("nan")
    return values


def parse_time_text(text: str) -> int:
    """``"06:00"``, ``"6:00:00"`` or ``"25:30"`` → seconds after midnight; InputError if not."""
    import re

    m = re.fullmatch(r"\s*(\d{1,3}):(\d{2})(?::(\d{2}))?\s*", str(text or ""))
    if not m or int(m.group(2)) > 59 or int(m.group(3) or 0) > 59:
        raise InputError(f"'{text}' is not a time; write it as HH:MM, e.g. 06:00 or 25:30.")
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0)


def parse_dates(values, file: str, column: str):
    pd = require("pandas")
    np = require("numpy")
    text = pd.Series(values).astype(str).str.strip()
    parsed = pd.to_datetime(text, format="%Y%m%d", errors="coerce")  # not silent: fail_first
    fail_first(
        parsed.isna().to_numpy(),
        text.to_numpy(),
        file,
        column,
        "is not a date of the form YYYYMMDD",
        "Correct the date in the feed.",
    )
    return parsed.to_numpy().astype("datetime64[D]").astype(np.dtype("datetime64[D]"))


def check_unique(frame, column: str, file: str):
    dup = frame[column].duplicated().to_numpy()
    fail_first(
        dup,
        frame[column].to_numpy(),
        file,
        column,
        "occurs more than once",
        "Each id must be unique; ask the feed's publisher for a corrected feed.",
    )
    empty = frame[column].isna().to_numpy()
    fail_first(empty, None, file, column, "", "Every row needs an id.")


def positions(values, index, file: str, column: str, target: str):
    """Integer rows of ``values`` in ``index`` (a pandas Index of ids); unknown → error."""
    np = require("numpy")
    cat = values if values.dtype.name == "category" else values.astype("category")
    codes = cat.cat.codes.to_numpy()
    if cat.cat.categories.equals(index):  # the ids in the same order (common): no lookup
        positions, unknown_ids = codes.astype(np.int32), False  # (a copy: callers own it)
    else:
        lookup = index.get_indexer(cat.cat.categories).astype(np.int32)
        positions = np.append(lookup, np.int32(-1))[codes]
        unknown_ids = bool((lookup < 0).any())
    if unknown_ids:
        fail_first(
            (positions < 0) & (codes >= 0),
            lambda i: cat.iat[i],
            file,
            column,
            f"is not in {target}",
            "The feed is inconsistent; ask its publisher for a corrected feed.",
        )
    fail_first(codes < 0, None, file, column, "", "Fill it in.")
    return positions
