"""Lossless metadata removal from WebP files by walking the RIFF chunks.

Removed: the EXIF and "XMP " chunks, and any bytes after the RIFF container. Kept byte for
byte: every other chunk (VP8X apart from its EXIF/XMP flags, ICCP, ANIM, ANMF, ALPH, VP8,
VP8L). The RIFF size is recomputed. A non-default Exif orientation survives as a minimal
EXIF chunk, with the VP8X EXIF flag left set for it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Final

from towncheck.evidence.cleaning import Cleaned, MalformedImageError, cleaned
from towncheck.evidence.exif import orientation_tiff, read_orientation

_HEADER: Final = 12  # "RIFF", size, "WEBP"
_CHUNK_HEADER: Final = 8  # FourCC, size
_VP8X_SIZE: Final = 10
EXIF_FLAG: Final = 0x08
XMP_FLAG: Final = 0x04
_REMOVED: Final = {b"EXIF": "EXIF", b"XMP ": "XMP"}
_IMAGE_CHUNKS: Final = frozenset({b"VP8 ", b"VP8L", b"VP8X"})


@dataclass(frozen=True, slots=True)
class Chunk:
    """One chunk: its FourCC, its data, and its bytes in the file including padding."""

    fourcc: bytes
    body: bytes
    raw: bytes


def is_webp(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def strip_webp(data: bytes) -> Cleaned:
    """Remove metadata chunks; raise MalformedImageError if the structure is broken."""
    if len(data) < _HEADER or not is_webp(data):
        raise MalformedImageError("missing RIFF/WEBP header")
    riff_size = int.from_bytes(data[4:8], "little")
    end = 8 + riff_size
    if end > len(data):
        raise MalformedImageError("RIFF size runs past the end of the file")
    chunks = read_chunks(data, end=end)
    removed = [label for chunk in chunks if (label := _REMOVED.get(chunk.fourcc))]
    if end < len(data):
        removed.append("trailer")
    content = b"".join(_rebuild(chunks, orientation=_orientation(chunks)))
    header = b"RIFF" + struct.pack("<I", 4 + len(content)) + b"WEBP"
    return cleaned([header, content], removed)


def read_chunks(data: bytes, *, end: int) -> list[Chunk]:
    """Every chunk between the RIFF header and ``end``; the first must be an image chunk."""
    chunks: list[Chunk] = []
    pos = _HEADER
    while pos < end:
        if pos + _CHUNK_HEADER > end:
            raise MalformedImageError(f"truncated chunk header at {pos}")
        fourcc = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + _CHUNK_HEADER], "little")
        body_end = pos + _CHUNK_HEADER + size
        chunk_end = body_end + (size & 1)  # odd-sized chunks carry one padding byte
        if chunk_end > end:
            raise MalformedImageError(f"chunk size {size} out of bounds at {pos}")
        raw = data[pos:chunk_end]
        chunks.append(Chunk(fourcc=fourcc, body=raw[_CHUNK_HEADER : _CHUNK_HEADER + size], raw=raw))
        pos = chunk_end
    if not chunks or chunks[0].fourcc not in _IMAGE_CHUNKS:
        raise MalformedImageError("no image chunk first")
    if chunks[0].fourcc == b"VP8X" and len(chunks[0].body) < _VP8X_SIZE:
        raise MalformedImageError("VP8X chunk too short")
    return chunks


def make_chunk(fourcc: bytes, body: bytes) -> bytes:
    """A chunk with its size and, for odd sizes, its padding byte."""
    return struct.pack("<4sI", fourcc, len(body)) + body + b"\x00" * (len(body) & 1)


def _orientation(chunks: list[Chunk]) -> int | None:
    # Only the extended (VP8X) layout may carry an EXIF chunk at all.
    if chunks[0].fourcc != b"VP8X":
        return None
    first_exif = next((chunk for chunk in chunks if chunk.fourcc == b"EXIF"), None)
    return None if first_exif is None else read_orientation(first_exif.body)


def _rebuild(chunks: list[Chunk], *, orientation: int | None) -> list[bytes]:
    """The chunks of the cleaned file: the first EXIF chunk is replaced in place if needed."""
    parts: list[bytes] = []
    replaced = False
    for chunk in chunks:
        if chunk.fourcc == b"VP8X":
            parts.append(_vp8x(chunk, exif=orientation is not None))
        elif chunk.fourcc == b"EXIF" and orientation is not None and not replaced:
            parts.append(make_chunk(b"EXIF", orientation_tiff(orientation)))
            replaced = True
        elif chunk.fourcc not in _REMOVED:
            parts.append(chunk.raw)
    return parts


def _vp8x(chunk: Chunk, *, exif: bool) -> bytes:
    """The VP8X chunk with its XMP flag cleared and its EXIF flag matching what is kept."""
    flags = chunk.body[0] & ~(EXIF_FLAG | XMP_FLAG)
    if exif:
        flags |= EXIF_FLAG
    return chunk.raw[:_CHUNK_HEADER] + bytes([flags]) + chunk.raw[_CHUNK_HEADER + 1 :]
