"""The one Exif field worth keeping: orientation.

Stripping is lossless, so pixels are never rotated; a phone photo taken upright but stored
sideways with Orientation = 6 would display sideways once its Exif block was gone. The
strippers therefore replace the original Exif block with a minimal one holding only the
orientation tag, and drop it altogether when the orientation is the default.
"""

from __future__ import annotations

import struct
from typing import Final, Literal

ByteOrder = Literal["little", "big"]

EXIF_HEADER: Final = b"Exif\x00\x00"  # JPEG APP1 payloads (and some WebP chunks) start with it
_ORIENTATION_TAG: Final = 0x0112
_SHORT: Final = 3
_ENTRY_SIZE: Final = 12
_BYTE_ORDERS: Final[dict[bytes, ByteOrder]] = {b"II": "little", b"MM": "big"}


def read_orientation(tiff: bytes) -> int | None:
    """Orientation 2–8 from the first IFD of a TIFF-structured Exif block, else None.

    A damaged Exif block is not an error: it is being removed anyway, only the rotation hint
    is lost.
    """
    tiff = tiff.removeprefix(EXIF_HEADER)
    order = _BYTE_ORDERS.get(tiff[:2])
    if order is None or len(tiff) < 8 or _uint(tiff, 2, 2, order) != 42:
        return None
    ifd = _uint(tiff, 4, 4, order)
    if ifd + 2 > len(tiff):
        return None
    for index in range(_uint(tiff, ifd, 2, order)):
        entry = ifd + 2 + index * _ENTRY_SIZE
        if entry + _ENTRY_SIZE > len(tiff):
            return None
        if _uint(tiff, entry, 2, order) == _ORIENTATION_TAG:
            return _orientation_value(tiff, entry, order)
    return None


def _orientation_value(tiff: bytes, entry: int, order: ByteOrder) -> int | None:
    # An IFD entry: tag (2), type (2), count (4), then the value itself when it fits in 4.
    kind, count = _uint(tiff, entry + 2, 2, order), _uint(tiff, entry + 4, 4, order)
    value = _uint(tiff, entry + 8, 2, order)
    return value if kind == _SHORT and count == 1 and 2 <= value <= 8 else None


def _uint(data: bytes, pos: int, size: int, order: ByteOrder) -> int:
    return int.from_bytes(data[pos : pos + size], order)


def orientation_tiff(orientation: int) -> bytes:
    """A big-endian TIFF block whose only IFD holds one entry: the orientation."""
    header = b"MM\x00\x2a" + struct.pack(">I", 8)
    entry = struct.pack(">HHIHH", _ORIENTATION_TAG, _SHORT, 1, orientation, 0)
    return header + struct.pack(">H", 1) + entry + struct.pack(">I", 0)
