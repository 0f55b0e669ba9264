"""Lossless metadata removal from JPEG files by walking the marker segments.

Removed: APP1 (Exif, XMP and anything else in APP1), APP13 (Photoshop/IPTC), COM, APP2
"MPF" (it indexes images stored after EOI, which are dropped) and any bytes after EOI.
Kept byte for byte: every other segment (APP0 JFIF, APP2 ICC, APP14 Adobe, DQT, SOF, DHT,
DRI, SOS) and the entropy-coded scan data through EOI. A non-default orientation survives
as a minimal Exif segment (see ``exif``).
"""

from __future__ import annotations

import struct
from typing import Final

from towncheck.evidence.cleaning import Cleaned, MalformedImageError, cleaned
from towncheck.evidence.exif import EXIF_HEADER, orientation_tiff, read_orientation

SOI: Final = 0xD8
EOI: Final = 0xD9
SOS: Final = 0xDA
APP1: Final = 0xE1
APP2: Final = 0xE2
APP13: Final = 0xED
COM: Final = 0xFE
# Markers without a length field: TEM and the restart markers RST0–RST7.
_STANDALONE: Final = frozenset({0x01, *range(0xD0, 0xD8)})
_XMP_HEADERS: Final = (
    b"http://ns.adobe.com/xap/1.0/\x00",
    b"http://ns.adobe.com/xmp/extension/\x00",
)


def strip_jpeg(data: bytes) -> Cleaned:
    """Remove metadata segments; raise MalformedImageError if the structure is broken."""
    if not data.startswith(b"\xff\xd8"):
        raise MalformedImageError("missing SOI")
    kept: list[bytes] = [data[:2]]
    removed: list[str] = []
    scanned = False
    pos = 2
    while True:
        start = pos
        marker, pos = _read_marker(data, pos)
        if marker == EOI:
            break
        if marker in _STANDALONE:
            kept.append(data[start:pos])
            continue
        if marker == SOI:
            raise MalformedImageError("SOI inside the image")
        end = _segment_end(data, pos)
        _keep_or_remove(marker, data[start:end], data[pos + 2 : end], kept=kept, removed=removed)
        pos = end
        if marker == SOS:
            scanned = True
            pos = _skip_scan_data(data, end)
            kept.append(data[end:pos])
    if not scanned:
        raise MalformedImageError("EOI before any scan")
    kept.append(data[start:pos])
    if pos < len(data):
        removed.append("trailer")
    return cleaned(kept, removed)


def _keep_or_remove(
    marker: int, segment: bytes, payload: bytes, *, kept: list[bytes], removed: list[str]
) -> None:
    label = _metadata_label(marker, payload)
    if label is None:
        kept.append(segment)
        return
    # Only the first Exif block counts: a second one would be a stray copy.
    if label == "EXIF" and label not in removed:
        orientation = read_orientation(payload)
        if orientation is not None:
            kept.append(_orientation_segment(orientation))
    removed.append(label)


def _read_marker(data: bytes, pos: int) -> tuple[int, int]:
    """The marker at ``pos`` and the offset after it, skipping 0xFF fill bytes."""
    if pos >= len(data) or data[pos] != 0xFF:
        raise MalformedImageError(f"expected a marker at {pos}")
    while pos < len(data) and data[pos] == 0xFF:
        pos += 1
    if pos >= len(data) or data[pos] == 0x00:
        raise MalformedImageError(f"no marker after 0xFF at {pos}")
    return data[pos], pos + 1


def _segment_end(data: bytes, pos: int) -> int:
    """End of a segment whose big-endian length (which counts itself) is at ``pos``."""
    if pos + 2 > len(data):
        raise MalformedImageError("truncated segment length")
    length = int.from_bytes(data[pos : pos + 2], "big")
    end = pos + length
    if length < 2 or end > len(data):
        raise MalformedImageError(f"segment length {length} out of bounds at {pos}")
    return end


def _skip_scan_data(data: bytes, pos: int) -> int:
    """Offset of the marker that ends the entropy-coded data starting at ``pos``.

    Inside scan data 0xFF is always followed by 0x00 (a stuffed byte) or a restart marker;
    anything else is the next marker, possibly preceded by fill bytes.
    """
    while True:
        ff = data.find(b"\xff", pos)
        if ff < 0 or ff + 1 >= len(data):
            raise MalformedImageError("scan data runs past the end of the file")
        following = data[ff + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos = ff + 2
            continue
        return ff


def _metadata_label(marker: int, payload: bytes) -> str | None:
    """Name of the metadata a segment carries, or None for segments the image needs."""
    if marker == APP1:
        if payload.startswith(EXIF_HEADER):
            return "EXIF"
        return "XMP" if payload.startswith(_XMP_HEADERS) else "APP1"
    if marker == APP13:
        return "IPTC"
    if marker == COM:
        return "COM"
    if marker == APP2 and payload.startswith(b"MPF\x00"):
        return "MPF"
    return None


def _orientation_segment(orientation: int) -> bytes:
    payload = EXIF_HEADER + orientation_tiff(orientation)
    return struct.pack(">BBH", 0xFF, APP1, len(payload) + 2) + payload
