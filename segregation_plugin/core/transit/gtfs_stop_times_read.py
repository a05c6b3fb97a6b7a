"""Reading stop_times.txt, the one large file of a feed, straight from its bytes.

A national feed has millions of stop times; parsing them as text with pandas (strings,
then categories, then a regular expression per distinct time) costs several times what the
bytes themselves do. Most feeds are plain: no quotes, one comma-separated row per line,
times written ``H:MM:SS``. Such a file is read here in blocks of bytes with numpy: the
positions of the commas and line ends give every field's start and end; times (``H:MM:SS``
or ``HH:MM:SS``) and stop_sequence are computed from their digits; trip_id and stop_id become categories through
8-byte words of their bytes (exact: two ids share a code only when their bytes are equal).

Anything else (a quote, a row with another number of fields, a space before a value, an
empty id or sequence, a time in another form, text that is not UTF-8) makes
:func:`read_stop_times` return None, and the caller reads the file with the general reader
(``gtfs_tables.read_table``), which reads every form GTFS allows and names the line of any
error. The result is the same either way: the same categories and codes in the same order
of rows, times and sequences as numbers (NaN for a missing time).
"""

from __future__ import annotations

from ..common.dependencies import require
from ..common.progress import NO_PROGRESS, Progress
from . import gtfs_tables
from .gtfs_tables import COLUMNS, FeedFiles, read_header

ROW_BYTES = 160  # a block holds gtfs_tables.CHUNK_ROWS × this many bytes (32 MB)
IDS = ("trip_id", "stop_id")
TIMES = ("arrival_time", "departure_time")


class NotPlain(Exception):
    """The file needs the general reader."""


def read_stop_times(source: FeedFiles, progress: Progress = NO_PROGRESS):
    """stop_times.txt as a frame (ids as categories; stop_sequence as int32, arrival_time
    and departure_time as float numbers, NaN where a time is empty), or None when the file is
    not plain (see the module's text) and needs the general reader."""
    pd = require("pandas")
    header = read_header(source, "stop_times")
    names = [c.strip().lstrip("\ufeff").lower() for c in header]
    if any(c not in names for c in COLUMNS["stop_times"]):
        return None  # the general reader names what is missing
    where = {c: names.index(c) for c in COLUMNS["stop_times"]}
    size = source.size("stop_times")
    blocks, done = [], 0
    try:
        with source.open("stop_times") as raw:
            first = raw.readline()  # the header
            done = len(first)
            rest = b""
            while True:
                progress.check()
                data = raw.read(gtfs_tables.CHUNK_ROWS * ROW_BYTES)
                text = rest + data
                if not data:
                    if text.strip(b"\r\n"):
                        blocks.append(_block(text, len(names), where, progress))
                    break
                cut = text.rfind(b"\n") + 1
                rest = text[cut:]
                if cut:
                    blocks.append(_block(text, len(names), where, progress, cut))
                del text
                done += len(data)
                if size:
                    progress.set(100 * done / size)
    except NotPlain:
        return None
    frame = pd.DataFrame(index=pd.RangeIndex(sum(len(b["stop_sequence"]) for b in blocks)))
    for column in COLUMNS["stop_times"]:  # one at a time: no copy into one block of floats
        join = _join_categories if column in IDS else _join_numbers
        frame[column] = join(blocks, column)
        for block in blocks:
            del block[column]
    return frame


PAD = 8  # zero bytes before and after a block: every 8-byte window of a field exists


def _block(
    text: bytes, n_fields: int, where: dict, progress: Progress = NO_PROGRESS, size=None
) -> dict:
    """The needed columns of the whole lines in the first ``size`` bytes of ``text`` (all
    of it when None); Cancel is checked between the columns."""
    np = require("numpy")
    size = len(text) if size is None else size
    if text.find(b'"', 0, size) >= 0:
        raise NotPlain()
    data = np.zeros(size + 2 * PAD, np.uint8)
    data[PAD:-PAD] = np.frombuffer(text, dtype=np.uint8, count=size)
    body = data[PAD:-PAD]
    ends = np.flatnonzero(body == 10)
    if not len(ends) or ends[-1] != len(body) - 1:
        ends = np.append(ends, len(body))
    starts = np.r_[0, ends[:-1] + 1]
    line_end = ends - (body[np.maximum(ends - 1, 0)] == 13)  # a CR before the LF
    if (line_end <= starts).any():
        raise NotPlain()  # an empty line: the general reader skips it
    commas = np.flatnonzero(body == 44)
    if len(commas) != len(ends) * (n_fields - 1):
        raise NotPlain()
    commas = commas.reshape(len(ends), n_fields - 1) if n_fields > 1 else commas[:, None]
    if n_fields > 1 and ((commas[:, 0] < starts).any() or (commas[:, -1] >= line_end).any()):
        raise NotPlain()  # some line has more commas, another fewer
    # every run of 8 bytes of the block, as rows of a (read-only) view
    windows = np.lib.stride_tricks.as_strided(data, (len(data) - 7, 8), (1, 1), writeable=False)
    out = {}
    for column, i in where.items():
        progress.check()
        start = (starts if i == 0 else commas[:, i - 1] + 1) + PAD
        end = (line_end if i == n_fields - 1 else commas[:, i]) + PAD
        length = end - start
        if column in IDS:  # (a space in a number or time is not a digit: NotPlain there)
            if (data[start] == 32).any():
                raise NotPlain()  # a space before an id: the general reader skips it
            out[column] = _categories(text, windows, start, length)
        elif column == "stop_sequence":
            out[column] = _integers(windows, end, length)
        else:
            out[column] = _times(windows, end, length)
    return out


def _digits(windows, end, places):
    """The 8 bytes before ``end`` as digits (int16, rows × 8); NotPlain where a byte at a
    place where ``places`` (rows × 8) is true is not a digit."""
    np = require("numpy")
    digits = windows[end - 8].astype(np.int16) - 48
    if (((digits < 0) | (digits > 9)) & places).any():
        raise NotPlain()
    return digits


def _integers(windows, end, length):
    np = require("numpy")
    if len(length) and (length.min() < 1 or length.max() > 8):
        raise NotPlain()
    places = np.arange(8) >= 8 - length[:, None]
    digits = _digits(windows, end, places)
    digits[~places] = 0
    return (digits.astype(np.int64) @ (10 ** np.arange(7, -1, -1, dtype=np.int64))).astype(np.int32)


def _times(windows, end, length):
    """Seconds after midnight of ``H:MM:SS`` (1–2 digits of hours; three digits go to the
    general reader); NaN where empty."""
    np = require("numpy")
    if len(length) and length.min() == 8 and length.max() == 8:  # all HH:MM:SS
        chars = windows[end - 8]
        if not ((chars[:, 2] == 58) & (chars[:, 5] == 58)).all():
            raise NotPlain()
        digits = chars[:, [0, 1, 3, 4, 6, 7]] - np.uint8(48)
        if (digits > 9).any():
            raise NotPlain()
        d = digits.astype(np.int32)
        mins, secs = d[:, 2] * 10 + d[:, 3], d[:, 4] * 10 + d[:, 5]
        if (mins > 59).any() or (secs > 59).any():
            raise NotPlain()
        return ((d[:, 0] * 10 + d[:, 1]) * 3600 + mins * 60 + secs).astype(float)
    given = length > 0
    if ((length[given] < 7) | (length[given] > 8)).any():
        raise NotPlain()
    places = (np.arange(8) >= 8 - length[:, None]) & given[:, None]
    places[:, [2, 5]] = False  # the colons
    digits = _digits(windows, end, places)
    colons = digits[:, [2, 5]] == 58 - 48
    if not colons[given].all():
        raise NotPlain()
    d = digits[:, [0, 1, 3, 4, 6, 7]].astype(np.int32)  # h h : m m : s s
    hours = np.where(length == 8, d[:, 0] * 10, 0) + d[:, 1]
    mins, secs = d[:, 2] * 10 + d[:, 3], d[:, 4] * 10 + d[:, 5]
    if ((mins > 59) | (secs > 59))[given].any():
        raise NotPlain()  # the general reader names the line
    seconds = (hours * 3600 + mins * 60 + secs).astype(float)
    seconds[~given] = np.nan
    return seconds


def _categories(text: bytes, windows, start, length):
    """(codes, categories) of the ids from ``start`` of ``length`` bytes: exact codes from
    8-byte words of the ids' bytes, categories decoded once per distinct id."""
    np = require("numpy")
    pd = require("pandas")
    if not len(length):
        return np.zeros(0, np.int64), []
    if length.min() < 1 or length.max() > 64:
        raise NotPlain()
    codes = None
    for w in range((int(length.max()) + 7) // 8):
        word = np.ascontiguousarray(windows[start + 8 * w]).view("<u8").ravel()
        keep = np.clip(length - 8 * w, 0, 8).astype(np.uint64)
        mask = np.where(keep >= 8, np.uint64(2**64 - 1), (np.uint64(1) << (8 * keep)) - 1)
        word_codes, uniques = pd.factorize(word & mask.astype(np.uint64))
        if codes is None:
            codes = word_codes.astype(np.int64)
        else:
            codes, _ = pd.factorize(codes * len(uniques) + word_codes)
            codes = codes.astype(np.int64)
    codes = codes.astype(np.int32)
    n = int(codes.max()) + 1
    first = np.empty(n, np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    begin = start[first] - PAD
    try:
        categories = [text[s:e].decode("utf-8") for s, e in zip(begin, begin + length[first])]
    except UnicodeDecodeError:
        raise NotPlain() from None
    if any(c.startswith("\ufeff") for c in categories[:1]):
        raise NotPlain()
    return codes, categories


def _join_numbers(blocks, column):
    np = require("numpy")
    if not blocks:
        return np.zeros(0)
    return np.concatenate([b[column] for b in blocks])


def _join_categories(blocks, column):
    """One categorical of the blocks' codes and categories (categories in order of first
    appearance over the whole file)."""
    np = require("numpy")
    pd = require("pandas")
    if not blocks:
        return pd.Categorical([])
    categories = pd.Index(
        pd.unique(np.concatenate([np.asarray(b[column][1], dtype=object) for b in blocks]))
    )
    codes = np.concatenate(
        [categories.get_indexer(b[column][1])[b[column][0]] for b in blocks]
    ).astype(np.int32)
    return pd.Categorical.from_codes(codes, categories=categories)
