"""Reading stop_times.txt, the one large file of a feed, straight from its bytes.

A national feed has millions of stop times; parsing them as text with pandas (strings,
then categories, then a regular expression per distinct time) costs several times what the
bytes themselves do. Most feeds are plain: no quotes, one comma-separated row per line,
times written ``H:MM:SS``. Such a file is read here in blocks of bytes with numpy:

- one pass finds the commas and line ends, which give every field's start and end;
- times (``H:MM:SS`` or ``HH:MM:SS``) and stop_sequence are computed from the 8 bytes
  before each field's end, read as one 64-bit word (its digits checked and combined with
  integer arithmetic on the whole column at once);
- trip_id and stop_id become categories through 8-byte words of their bytes (exact: two
  ids share a code only when their bytes are equal). A row whose id equals the row
  before's (a trip's stop times follow each other) costs a comparison, not a lookup; ids
  are decoded to text once per distinct id of the whole file.

While a block is parsed the next one is decompressed in a second thread (zlib and numpy
both let go of Python's lock while they work).

Anything else (a quote, a row with another number of fields, a space before a value, an
empty id or sequence, a time in another form, a zero byte, text that is not UTF-8) makes
:func:`read_stop_times` return None, and the caller reads the file with the general reader
(``gtfs_tables.read_table``), which reads every form GTFS allows and names the line of any
error. The result is the same either way: the same categories and codes in the same order
of rows, times and sequences as numbers (here int32, -1 for a missing time; the general
reader's are floats, NaN for a missing time), and so the same timetable.
"""

from __future__ import annotations

import os
import queue
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, suppress

from ..common.dependencies import require
from ..common.memory import frame_of, release_free_memory
from ..common.progress import NO_PROGRESS, Progress
from . import gtfs_tables
from .gtfs_id_words import NotPlain, ids_of, join_ids, masks
from .gtfs_inflate import pieces
from .gtfs_plain_table import PAD, is_utf8, padded, split_fields, words_of
from .gtfs_tables import COLUMNS, FeedFiles, read_header

ROW_BYTES = 10  # a block holds gtfs_tables.CHUNK_ROWS × this many bytes (2 MB: its arrays stay in a core's cache)
WORKERS = max(1, min(2, os.cpu_count() or 1))  # blocks parsed at once (numpy lets go of the lock)
ZEROS = 0x3030303030303030  # "00000000"
HIGH = 0x8080808080808080
# "HH:MM:SS" as a little-endian word: byte i is character i
TIME_TEXT = 0x30303A30303A3030  # "00:00:00"
COLONS = 0x0000FF0000FF0000


def read_stop_times(source: FeedFiles, progress: Progress = NO_PROGRESS):
    """stop_times.txt as a frame (ids as categories; stop_sequence, arrival_time and
    departure_time as int32 numbers, a time -1 where it is empty), or None when the file is
    not plain (see the module's text) and needs the general reader."""
    header = read_header(source, "stop_times")
    names = [c.strip().lstrip("\ufeff").lower() for c in header]
    if any(c not in names for c in COLUMNS["stop_times"]):
        return None  # the general reader names what is missing
    where = {c: names.index(c) for c in COLUMNS["stop_times"]}
    size = source.size("stop_times")
    blocks, pending = [], deque()
    pool = ThreadPoolExecutor(max_workers=WORKERS)
    try:
        with closing(_texts(source)) as texts:  # closed at once: the reading thread stops
            for text, length, done in texts:
                progress.check()
                pending.append(pool.submit(_block, text, length, len(names), where))
                while len(pending) >= WORKERS:
                    blocks.append(pending.popleft().result())
                    progress.check()
                if size:
                    progress.set(100 * done / size)
            while pending:
                progress.check()
                blocks.append(pending.popleft().result())
    except NotPlain:
        return None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    release_free_memory()  # the blocks' temporaries, kept by the threads' heaps otherwise
    columns = {}
    with ThreadPoolExecutor(max_workers=1) as pool:  # the two ids at once: one core was idle
        stops = pool.submit(join_ids, blocks, "stop_id")
        try:  # (an id that is not UTF-8, or a byte order mark, is found while joining)
            columns["trip_id"] = join_ids(blocks, "trip_id")
            for column in COLUMNS["stop_times"]:  # one at a time: the blocks' let go
                if column == "stop_id":
                    columns[column] = stops.result()
                elif column != "trip_id":
                    columns[column] = _join_numbers(blocks, column)
                for block in blocks:  # (the stop_id thread reads only its own column)
                    block.pop(column, None)
        except NotPlain:
            return None
    frame = frame_of(columns)  # (setting them as columns would copy them)
    return frame


def _texts(source: FeedFiles):
    """(bytes, length of the whole lines in them, bytes of the file read so far) for each
    block of the file after its header, read (and decompressed) in a thread meanwhile. The
    bytes are a bytearray of :data:`PAD` zero bytes, whole lines, and at least PAD zero
    bytes; a last line without a line end gets one."""
    texts = queue.Queue(maxsize=1)
    stop = threading.Event()

    def read():
        size = int(gtfs_tables.CHUNK_ROWS * ROW_BYTES)
        try:
            with closing(pieces(source, "stop_times", size)) as chunks:
                done, rest, header = 0, b"", True
                for data in chunks:
                    if stop.is_set():
                        break
                    done += len(data)
                    if header:  # the header line is left out
                        rest += data
                        end = rest.find(b"\n")
                        if end < 0:
                            continue
                        data, rest, header = rest[end + 1 :], b"", False
                    cut = data.rfind(b"\n") + 1
                    if not cut:  # no line end in the whole piece
                        rest += data
                        continue
                    texts.put((*padded(rest, memoryview(data)[:cut]), done))
                    rest = data[cut:]
                else:
                    if not header and rest.strip(b"\r\n"):
                        texts.put((*padded(rest, b"\n"), done))
            texts.put(None)
        except BaseException as exc:  # handed to the parsing thread
            texts.put(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        while True:
            item = texts.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # let a waiting put() finish
            with suppress(queue.Empty):
                texts.get(timeout=0.05)
        reader.join()


def _block(text: bytearray, size: int, n_fields: int, where: dict) -> dict:
    """The needed columns of the whole lines in ``text`` (``size`` bytes after PAD zero
    bytes, the last ending with a line end)."""
    np = require("numpy")
    if text.find(b'"') >= 0 or text.find(b"\0", PAD, PAD + size) >= 0:
        raise NotPlain()
    if not is_utf8(np.frombuffer(text, np.uint8, size, PAD)):
        raise NotPlain()  # (in any column: the general reader decodes the whole file)
    data, marks, lengths, cr = split_fields(text, size, n_fields)
    words = words_of(data)
    out = {}
    for column, i in where.items():
        last = marks[:, i] if cr is None or i < n_fields - 1 else marks[:, i] - cr
        length = np.ascontiguousarray(lengths[:, i])
        if column in ("trip_id", "stop_id"):
            out[column] = ids_of(words, last + PAD - length, length)
        elif column == "stop_sequence":
            out[column] = _integers(words[last], length)
        else:
            out[column] = (words[last], length)
    (word, length), (arrival_word, arrival_length) = out["departure_time"], out["arrival_time"]
    other = np.flatnonzero((word != arrival_word) | (length != arrival_length))
    arrival = _times(arrival_word, arrival_length)
    if len(other) > len(word) // 4:
        departure = _times(word, length)
    else:  # at most stops the departure is written as the arrival is
        departure = arrival.copy()
        if len(other):
            departure[other] = _times(word[other], length[other])
    out["arrival_time"], out["departure_time"] = arrival, departure
    return out


def _u64(value: int):
    np = require("numpy")
    return np.uint64(value)


def _check_digits(values, places: int = 2**64 - 1) -> None:
    """NotPlain unless every byte of ``values`` (digits minus "0") at ``places`` is 0–9."""
    np = require("numpy")
    bad = values + _u64(0x7676767676767676)
    bad |= values
    bad &= _u64(HIGH & places)
    if len(values) and np.bitwise_or.reduce(bad):
        raise NotPlain()


def _integers(word, length):
    """Whole numbers of 1–8 digits at the end of ``word`` (changed), as int32."""
    np = require("numpy")
    if len(length) and (length.min() < 1 or length.max() > 8):
        raise NotPlain()
    # the bytes before the number (the lower ones) become "0"
    keep = ~masks()[8 - length]
    word &= keep
    word |= _u64(ZEROS) & ~keep
    word ^= _u64(ZEROS)
    _check_digits(word)
    # pairs, then fours, then all eight digits (the first character is the lowest byte)
    value = word * _u64(10)
    value += word >> _u64(8)
    value &= _u64(0x00FF00FF00FF00FF)
    value *= _u64(6553601)
    value >>= _u64(16)
    value &= _u64(0x0000FFFF0000FFFF)
    value *= _u64(42949672960001)
    value >>= _u64(32)
    return value.astype(np.int32)


def _times(digits, length):
    """Seconds after midnight (int32) of ``H:MM:SS`` or ``HH:MM:SS`` at the end of
    ``digits`` (changed; three digits of hours go to the general reader); -1 where empty."""
    np = require("numpy")
    if not len(length):
        return np.zeros(0, np.int32)
    lo, hi = int(length.min()), int(length.max())
    if lo < 7 and (lo != 0 or ((length != 8) & (length != 7) & (length != 0)).any()):
        raise NotPlain()
    if hi > 8:
        raise NotPlain()
    if lo < 8:
        short = length == 7  # "H:MM:SS": the byte before is a comma: read as "0H:MM:SS"
        digits[short] = (digits[short] & ~_u64(0xFF)) | _u64(0x30)
        digits[length == 0] = TIME_TEXT
    digits ^= _u64(TIME_TEXT)
    if np.bitwise_or.reduce(digits & _u64(COLONS)):
        raise NotPlain()  # no colon where one belongs
    _check_digits(digits, ~COLONS & (2**64 - 1))
    # each byte times ten plus the next: hours in byte 0, minutes in byte 3, seconds in 6
    pairs = digits * _u64(10)
    pairs += digits >> _u64(8)
    del digits
    minutes = (pairs >> _u64(24)) & _u64(0xFF)
    seconds = (pairs >> _u64(48)) & _u64(0xFF)
    if np.maximum(minutes, seconds).max() > 59:
        raise NotPlain()  # the general reader names the line
    pairs &= _u64(0xFF)
    pairs *= _u64(3600)
    minutes *= _u64(60)
    pairs += minutes
    pairs += seconds
    value = pairs.view(np.int64).astype(np.int32)  # (floats when the blocks are joined)
    if lo == 0:
        value[length == 0] = -1
    return value


def _join_numbers(blocks, column):
    """The blocks' numbers as one int32 array (a missing time is -1)."""
    np = require("numpy")
    if not blocks:
        return np.zeros(0, np.int32)
    return np.concatenate([b[column] for b in blocks])
