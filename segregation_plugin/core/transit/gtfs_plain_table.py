"""The smaller files of a plain feed (trips, stops, routes, calendars) read from their bytes.

These files are read while stop_times.txt's blocks are parsed in other threads, on the
same cores and under the same Python lock, which pandas' CSV reader keeps while it makes
the text of every value (with trips and stops read beforehand, a national feed's reading
took 1.8-1.9 s against 2.4-2.6 s). Most files are plain (no quotes, every row with the
header's number of fields, no space before a value, UTF-8), and such a file is split here
with numpy, as stop_times.txt is (``gtfs_stop_times_read``), the lock let go during each
pass:

- one pass finds the commas and line ends, which give every field's start and length;
- a column of few distinct values (kind "cat") becomes categories through 8-byte words of
  its values (``gtfs_id_words``), each distinct value decoded to text once;
- any other column is decoded to text in one piece and split.

The frame is the one the general reader (``gtfs_tables.read_table``) gives: the same
columns, text (empty values missing), categories sorted. Any file that is not plain makes
:func:`read_plain_table` return None, and the general reader reads it and names the line
of any error.
"""

from __future__ import annotations

from ..common.dependencies import require
from .gtfs_id_words import NotPlain, decode, ids_of, join_ids, rows_of

PAD = 8  # zero bytes before and after the text: the 8-byte word before each field end exists
LARGEST = 256 * 2**20  # a larger file is read in chunks by the general reader (Cancel)
IDS_BYTES = 64  # longest value read as words (``gtfs_id_words``); longer ones as text


def padded(*parts) -> tuple:
    """(bytearray of PAD zero bytes, the parts, PAD zero bytes; the parts' length)."""
    length = sum(len(p) for p in parts)
    text = bytearray(PAD + length + PAD)
    at = PAD
    for part in parts:
        text[at : at + len(part)] = part
        at += len(part)
    return text, length


def split_fields(text: bytearray, size: int, n_fields: int):
    """(body, marks, lengths, cr) of the whole lines in ``text`` (``size`` bytes after PAD
    zero bytes, the last ending with a line end): the bytes as numpy, the position of the
    comma or line end after each field (lines × fields), each field's length without a CR
    before the line end, and which lines end with CR LF (None: none). NotPlain unless every
    line has ``n_fields`` fields."""
    np = require("numpy")
    data = np.frombuffer(text, dtype=np.uint8)
    body = data[PAD : PAD + size]
    breaks = body == 10
    marks = np.flatnonzero(breaks | (body == 44))  # every comma and line end
    n_lines = int(np.count_nonzero(breaks))
    del breaks
    if n_fields < 2 or len(marks) != n_lines * n_fields:
        raise NotPlain()
    marks = marks.reshape(n_lines, n_fields)  # the mark after each field of each line
    if (body[marks[:, -1]] != 10).any():  # (as many line ends as lines: the rest are commas)
        raise NotPlain()  # some line has more commas, another fewer
    # from the mark before each field (-1 before the first), in one pass over all marks
    flat = marks.ravel()
    lengths = np.empty_like(flat)
    lengths[:1] = flat[:1] + 1  # (the mark before the first field is at -1)
    np.subtract(flat[1:], flat[:-1], out=lengths[1:])  # (np.diff with prepend copies)
    lengths -= 1
    lengths = lengths.reshape(marks.shape)
    cr = None
    if text.find(b"\r") >= 0:
        cr = body[np.maximum(marks[:, -1] - 1, 0)] == 13  # a CR before the LF
        lengths[:, -1] -= cr
    return data, marks, lengths, cr


def words_of(data):
    """The 8 bytes from every position of ``data`` as one (unaligned) little-endian word;
    with PAD = 8, ``words[mark]`` is the word that ends with the field before the mark."""
    np = require("numpy")
    return np.ndarray(shape=(len(data) - 7,), dtype="<u8", buffer=data, strides=(1,))


def is_utf8(data) -> bool:
    """Whether the bytes of ``data`` (a uint8 array) are UTF-8, as decoding them all would
    say, at the cost of decoding only their bytes of 0x80 and above. A character of several
    bytes is all such bytes and cannot span an ASCII byte, so those bytes, each run of them
    followed by a space, decode exactly when the whole does."""
    np = require("numpy")
    high = np.flatnonzero(data >= 0x80)
    if not len(high):
        return True  # ASCII
    ends = np.append(high[1:] != high[:-1] + 1, True)  # the last byte of each run
    at = np.arange(len(high))
    at[1:] += np.cumsum(ends[:-1])  # a space after every run before
    kept = np.full(len(high) + int(ends.sum()), 0x20, np.uint8)
    kept[at] = data[high]
    try:
        kept.tobytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_plain_table(source, name: str, header: list, usecols: list, categorical: list):
    """The columns ``usecols`` (names as in ``header``) of ``<name>.txt`` as the general
    reader gives them, those in ``categorical`` as categories; None when the file is not
    plain or too large to read at once."""
    if not 0 < source.size(name) <= LARGEST or any('"' in c for c in header):
        return None
    with source.open(name) as raw:
        raw.readline()  # the header (read by the caller)
        rest = raw.read()
    rest = rest.rstrip(b"\r\n")  # blank lines at the end: the general reader skips them
    if not rest:
        return None
    try:  # the whole file, as the general reader decodes it (a column not read too)
        rest.decode("utf-8")
    except UnicodeDecodeError:
        return None  # the general reader names the problem
    text, size = padded(rest, b"\n")
    del rest
    if text.find(b'"') >= 0 or text.find(b"\0", PAD, PAD + size) >= 0:
        return None
    if text.find(b"\r") >= 0 and text.count(b"\r") != text.count(b"\r\n"):
        return None  # a CR alone ends a line for the general reader
    try:
        return _frame(text, size, header, usecols, categorical)
    except NotPlain:
        return None


def _frame(text, size, header, usecols, categorical):
    np = require("numpy")
    pd = require("pandas")
    data, marks, lengths, cr = split_fields(text, size, len(header))
    words = words_of(data)
    frame = pd.DataFrame(index=pd.RangeIndex(len(marks)))
    for column in usecols:
        i = header.index(column)
        last = marks[:, i] if cr is None or i < len(header) - 1 else marks[:, i] - cr
        length = np.ascontiguousarray(lengths[:, i])
        start = last + PAD - length  # in ``data``
        if (data[start[length > 0]] == 32).any():
            raise NotPlain()  # a space before a value: the general reader skips it
        if column in categorical:
            frame[column] = _categories(data, words, start, length)
        else:
            frame[column] = pd.Series(_texts(data, words, start, length), dtype=text_dtype())
    return frame


def _texts(data, words, start, length):
    """The values as an object array of text (NaN where empty)."""
    np = require("numpy")
    if not len(length) or length.max() <= IDS_BYTES:  # (most columns) through 8-byte words
        values = decode(rows_of(words, start, length))
    else:
        values = _long_texts(data, start, length)
    out = np.empty(len(values), dtype=object)
    out[:] = values
    out[length == 0] = np.nan
    return out


def _long_texts(data, start, length) -> list:
    """The values as text, each as long as it is."""
    np = require("numpy")
    ends = np.cumsum(length + 1)  # each value and a line end after it, one after another
    spans = length + 1
    at = np.repeat(start - (ends - spans), spans) + np.arange(int(ends[-1]) if len(ends) else 0)
    chars = data[at]
    chars[ends - 1] = 10
    try:
        return chars.tobytes().decode("utf-8").split("\n")[:-1]
    except UnicodeDecodeError:
        raise NotPlain() from None  # the general reader names the problem


def _categories(data, words, start, length):
    """The values as a categorical with sorted categories (empty values missing)."""
    np = require("numpy")
    pd = require("pandas")
    full = length > 0
    codes = np.full(len(length), -1, np.int32)
    if full.any():
        if int(length.max()) <= IDS_BYTES:
            block = {"values": ids_of(words, start[full], length[full])}
            values = join_ids([block], "values")
        else:
            values = pd.Categorical(_long_texts(data, start[full], length[full]))
        order = np.argsort(np.asarray(values.categories, dtype=object), kind="stable")
        rank = np.empty(len(order), np.int32)
        rank[order] = np.arange(len(order), dtype=np.int32)
        codes[full] = rank[np.asarray(values.codes)]
        categories = np.asarray(values.categories, dtype=object)[order]
    else:
        categories = np.zeros(0, dtype=object)
    return pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype=text_dtype()))


_TEXT_DTYPE = []


def text_dtype():
    """The type read_csv gives a column read as text (object; pandas 3: its text type)."""
    if not _TEXT_DTYPE:
        import io

        pd = require("pandas")
        probe = pd.read_csv(io.StringIO("id\nx\n"), dtype=str)
        _TEXT_DTYPE.append(probe["id"].dtype)
    return _TEXT_DTYPE[0]
