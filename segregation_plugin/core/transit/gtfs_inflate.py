"""A large file of a feed read once from start to end, in pieces, as fast as zlib inflates.

zipfile's reader inflates a deflated member in steps of at most the size asked for, and
copies what zlib has not yet used into every next step; for a national stop_times.txt
that is a tenth of the decompression's time, on the thread that every other waits for.
Here the member's compressed bytes are read straight from the archive and inflated piece
by piece, and its CRC-32 is checked at the end as zipfile checks it. Any member zipfile
reads differently (stored, another method, encrypted) and any file of an unzipped feed is
read through :meth:`FeedFiles.open`.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., length of the name, of the extra field
COMPRESSION = 5  # about how many bytes of text a compressed byte gives (only the pieces' size)


def pieces(source, name: str, size: int):
    """The bytes of ``<name>.txt`` of ``source`` (a ``FeedFiles``) in pieces of about
    ``size`` bytes. A damaged member raises zipfile.BadZipFile, zlib.error or EOFError, as
    zipfile would."""
    info = source.zip_info(name)
    if info is None or info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        with source.open(name) as raw:
            while True:
                data = raw.read(size)
                if not data:
                    return
                yield data
    with open(source.path, "rb") as archive:
        archive.seek(info.header_offset)
        signature, name_length, extra_length = LOCAL_HEADER.unpack(archive.read(30))
        if signature != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"Bad magic number for file header of {info.filename}")
        archive.seek(info.header_offset + 30 + name_length + extra_length)
        inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        left, crc, step = info.compress_size, 0, max(size // COMPRESSION, 1 << 16)
        while left > 0 and not inflate.eof:
            data = archive.read(min(step, left))
            if not data:
                raise EOFError(f"{info.filename} ends before its end in the zip file")
            left -= len(data)
            text = inflate.decompress(data)
            if text:
                crc = zlib.crc32(text, crc)
                yield text
        text = inflate.flush()
        if text:
            crc = zlib.crc32(text, crc)
            yield text
    if not inflate.eof:
        raise EOFError(f"{info.filename} ends before its end in the zip file")
    if crc != info.CRC:
        raise zipfile.BadZipFile(f"Bad CRC-32 for file {info.filename!r}")
