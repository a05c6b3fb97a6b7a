"""trip_id and stop_id of stop_times.txt as 8-byte words, and the words as categories.

An id's bytes are read as 64-bit words (``gtfs_stop_times_read`` finds where each id
starts and how long it is); the bytes after the id within its last word are zeros. An id
has no zero byte (such a file goes to the general reader), so two ids are equal exactly
when their rows of words are. A row whose id is the row before's (a trip's stop times
follow each other) costs one comparison, not a look-up; each distinct id of the whole file
is decoded to text once, when the blocks are joined.
"""

from __future__ import annotations

import inspect

from ..common.dependencies import require


class NotPlain(Exception):
    """The file needs the general reader."""


def _u64(value: int):
    np = require("numpy")
    return np.uint64(value)


def masks():
    """[n] → a word whose n low bytes are kept (n = 0–8)."""
    np = require("numpy")
    return np.array([(1 << (8 * n)) - 1 for n in range(9)], dtype=np.uint64)


def ids_of(words, start, length):
    """(codes, distinct ids as rows of 8-byte words) of the ids from ``start`` of
    ``length`` bytes; the words hold the id's bytes and zeros after them (an id has no
    zero byte), so equal rows of words are equal ids."""
    np = require("numpy")
    if not len(length):
        return np.zeros(0, np.int32), np.zeros((0, 1), np.uint64)
    if length.min() < 1 or length.max() > 64:
        raise NotPlain()
    rows = rows_of(words, start, length)
    n_words = rows.shape[1]
    if ((rows[:, 0] & _u64(0xFF)) == 32).any():
        raise NotPlain()  # a space before an id: the general reader skips it
    # a new run where the id differs from the row before's (a trip's stop times)
    new = np.empty(len(rows), bool)
    new[0] = True
    np.not_equal(rows[1:, 0], rows[:-1, 0], out=new[1:])  # word by word: any(axis=1) is
    for w in range(1, n_words):  # several times slower on narrow rows
        new[1:] |= rows[1:, w] != rows[:-1, w]
    firsts = np.flatnonzero(new)
    if len(firsts) > len(rows) // 2:  # few runs: each row on its own
        return _factorize_rows(rows)
    codes, distinct = _factorize_rows(rows[firsts])
    return np.repeat(codes, np.diff(np.r_[firsts, len(rows)])), distinct


def rows_of(words, start, length):
    """The values from ``start`` of ``length`` bytes (at most 64) as rows of 8-byte words,
    zeros after each value's bytes (an empty value: a row of zeros)."""
    np = require("numpy")
    n_words = max(1, (int(length.max()) + 7) // 8) if len(length) else 1
    last = len(words) - 1
    keep_bytes = masks()
    rows = np.empty((len(length), n_words), np.uint64)
    for w in range(n_words):
        keep = keep_bytes[np.minimum(length, 8) if w == 0 else np.clip(length - 8 * w, 0, 8)]
        rows[:, w] = words[np.minimum(start + 8 * w, last) if w else start] & keep
    return rows


def _factorize_rows(rows):
    """(codes in order of first appearance, the distinct rows) of a 2-d uint64 array."""
    np = require("numpy")
    pd = require("pandas")
    codes = None
    for w in range(rows.shape[1]):
        word_codes, uniques = pd.factorize(rows[:, w])
        if codes is None:
            codes = word_codes.astype(np.int64)
        else:
            codes, _ = pd.factorize(codes * len(uniques) + word_codes)
            codes = codes.astype(np.int64)
    codes = codes.astype(np.int32)
    first = np.empty(int(codes.max()) + 1 if len(codes) else 0, np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return codes, rows[first]


def join_ids(blocks, column):
    """One categorical of the blocks' codes and distinct ids (categories in order of first
    appearance over the whole file), each id decoded once."""
    np = require("numpy")
    pd = require("pandas")
    if not blocks:
        return pd.Categorical([])
    width = max(b[column][1].shape[1] for b in blocks)
    distinct = np.zeros((sum(len(b[column][1]) for b in blocks), width), np.uint64)
    at = 0
    for b in blocks:
        block_rows = b[column][1]
        distinct[at : at + len(block_rows), : block_rows.shape[1]] = block_rows
        at += len(block_rows)
    codes_of, rows = _factorize_rows(distinct)
    del distinct
    categories = pd.Index(decode(rows), dtype=object)
    if len(categories) and categories[0].startswith("\ufeff"):
        raise NotPlain()
    codes, at = [], 0
    for b in blocks:
        block_codes, block_rows = b[column]
        codes.append(codes_of[at : at + len(block_rows)][block_codes])
        at += len(block_rows)
    return _categorical(np.concatenate(codes).astype(np.int32), categories)


def _categorical(codes, categories):
    """pd.Categorical.from_codes without checking again that the categories are distinct
    (they are: one per distinct row of words; the check hashes every id once more)."""
    pd = require("pandas")
    if "validate" in inspect.signature(pd.Categorical.from_codes).parameters:  # pandas ≥ 2.1
        return pd.Categorical.from_codes(codes, categories=categories, validate=False)
    # pandas 1.x checks the categories in from_codes and again in the constructor; its
    # array's own _simple_new takes codes and a dtype as they are (codes in the width
    # pandas itself would choose)
    unchecked = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    simple = getattr(pd.Categorical, "_simple_new", None)
    if unchecked is None or simple is None or not len(categories):
        return pd.Categorical.from_codes(codes, categories=categories)
    np = require("numpy")
    width = next(
        t for t in (np.int8, np.int16, np.int32, np.int64) if len(categories) < np.iinfo(t).max
    )
    return simple(np.asarray(codes).astype(width, copy=False), unchecked(categories, False))


def decode(rows) -> list:
    """The ids held in rows of words (bytes up to the first zero), as text."""
    np = require("numpy")
    chars = np.zeros((len(rows), rows.shape[1] * 8 + 1), np.uint8)
    chars[:, :-1] = rows.view(np.uint8).reshape(len(rows), -1)
    keep = chars != 0
    ends = keep.sum(axis=1)
    chars[np.arange(len(rows)), ends] = 10  # one line end after each id
    keep[np.arange(len(rows)), ends] = True
    try:
        return chars[keep].tobytes().decode("utf-8").split("\n")[:-1]
    except UnicodeDecodeError:
        raise NotPlain() from None
