"""Lossless metadata removal from PNG files by walking the chunks.

Removed: eXIf, tEXt, zTXt, iTXt (XMP lives in an iTXt chunk), tIME and any bytes after
IEND. Kept byte for byte: every other chunk (IHDR, PLTE, IDAT, iCCP, sRGB, gAMA, pHYs,
tRNS, ...). A non-default Exif orientation survives as a minimal eXIf chunk.
"""

from __future__ import annotations

import binascii
import struct
from dataclasses import dataclass
from typing import Final

from towncheck.evidence.cleaning import Cleaned, MalformedImageError, cleaned
from towncheck.evidence.exif import orientation_tiff, read_orientation

SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_MAX_LENGTH: Final = 2**31 - 1  # the PNG specification's bound on a chunk's data length
_HEADER: Final = 8  # length + type
_CRC: Final = 4
_REMOVED: Final = {
    b"eXIf": "EXIF",
    b"tEXt": "tEXt",
    b"zTXt": "zTXt",
    b"iTXt": "iTXt",
    b"tIME": "tIME",
}
_XMP_KEYWORD: Final = b"XML:com.adobe.xmp\x00"


@dataclass(frozen=True, slots=True)
class Chunk:
    """One chunk: its type, its data, and where it starts and ends in the file."""

    kind: bytes
    body: bytes
    start: int
    end: int


def strip_png(data: bytes) -> Cleaned:
    """Remove metadata chunks; raise MalformedImageError if the structure is broken."""
    if not data.startswith(SIGNATURE):
        raise MalformedImageError("missing PNG signature")
    kept: list[bytes] = [SIGNATURE]
    removed: list[str] = []
    chunks = read_chunks(data)
    for chunk in chunks:
        label = _metadata_label(chunk)
        if label is None:
            kept.append(data[chunk.start : chunk.end])
            continue
        if label == "EXIF" and label not in removed:
            orientation = read_orientation(chunk.body)
            if orientation is not None:
                kept.append(make_chunk(b"eXIf", orientation_tiff(orientation)))
        removed.append(label)
    if chunks[-1].end < len(data):
        removed.append("trailer")
    return cleaned(kept, removed)


def read_chunks(data: bytes) -> list[Chunk]:
    """Every chunk from IHDR through IEND, each with its length and CRC checked."""
    chunks: list[Chunk] = []
    pos = len(SIGNATURE)
    while not chunks or chunks[-1].kind != b"IEND":
        chunk = _read_chunk(data, pos)
        if not chunks and chunk.kind != b"IHDR":
            raise MalformedImageError("the first chunk is not IHDR")
        chunks.append(chunk)
        pos = chunk.end
    return chunks


def make_chunk(kind: bytes, body: bytes) -> bytes:
    """A chunk with its length and CRC, as the specification lays it out."""
    crc = binascii.crc32(kind + body)
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def _read_chunk(data: bytes, pos: int) -> Chunk:
    if pos + _HEADER + _CRC > len(data):
        raise MalformedImageError(f"truncated chunk at {pos}")
    length = int.from_bytes(data[pos : pos + 4], "big")
    kind = data[pos + 4 : pos + _HEADER]
    end = pos + _HEADER + length + _CRC
    if length > _MAX_LENGTH or end > len(data):
        raise MalformedImageError(f"chunk length {length} out of bounds at {pos}")
    if not kind.isalpha() or not kind.isascii():
        raise MalformedImageError(f"bad chunk type at {pos}")
    crc = int.from_bytes(data[end - _CRC : end], "big")
    if binascii.crc32(memoryview(data)[pos + 4 : end - _CRC]) != crc:
        raise MalformedImageError(f"CRC mismatch in {kind!r} at {pos}")
    return Chunk(kind=kind, body=data[pos + _HEADER : end - _CRC], start=pos, end=end)


def _metadata_label(chunk: Chunk) -> str | None:
    label = _REMOVED.get(chunk.kind)
    if label == "iTXt" and chunk.body.startswith(_XMP_KEYWORD):
        return "XMP"
    return label
