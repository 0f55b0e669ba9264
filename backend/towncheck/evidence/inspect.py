"""Checking an uploaded evidence file: what it really is, whether it is allowed, and cleaning it.

The type comes from the file's leading bytes, never from its name, so a renamed program is
refused and a PDF called ``photo.jpg`` is stored as the PDF it is. Photos lose their
metadata (location above all) without being re-encoded; documents are stored unchanged.
"""

from __future__ import annotations

import hashlib
import io
import math
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from towncheck.errors import DomainError, ErrorCode
from towncheck.evidence.cleaning import Cleaned, MalformedImageError
from towncheck.evidence.jpeg import strip_jpeg
from towncheck.evidence.png import SIGNATURE as PNG_SIGNATURE
from towncheck.evidence.png import strip_png
from towncheck.evidence.webp import is_webp, strip_webp

Kind = Literal["photo", "document", "any"]
Family = Literal["photo", "document"]

KB: Final = 1024
MB: Final = 1024 * KB
# Reading more of [Content_Types].xml than this would only serve a zip bomb.
_CONTENT_TYPES_LIMIT: Final = 256 * KB
_OOXML: Final = "application/vnd.openxmlformats-officedocument."
_DOCX_TYPE: Final = _OOXML + "wordprocessingml.document"
_XLSX_TYPE: Final = _OOXML + "spreadsheetml.sheet"
# What [Content_Types].xml declares for the main part of each.
_DOCX_MAIN: Final = f"{_DOCX_TYPE}.main+xml".encode()
_XLSX_MAIN: Final = f"{_XLSX_TYPE}.main+xml".encode()
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    KeyError,  # no [Content_Types].xml
    RuntimeError,  # encrypted member
    NotImplementedError,  # unsupported compression method
    EOFError,
    ValueError,
    zlib.error,
)
_UNITS: Final = ((MB, "MB"), (KB, "KB"), (1, "字节"))
_NAME_LIMIT: Final = 60
_PHOTO_FORMATS: Final = "JPEG、PNG、WebP"
_DOCUMENT_FORMATS: Final = "PDF、Word .docx、Excel .xlsx"
_FAMILY_NAMES: Final[dict[Family, str]] = {"photo": "照片", "document": "文档"}


@dataclass(frozen=True, slots=True)
class Limits:
    """The largest accepted upload of each family, in bytes."""

    photo_bytes: int = 10 * MB
    document_bytes: int = 20 * MB

    def for_family(self, family: Family) -> int:
        return self.photo_bytes if family == "photo" else self.document_bytes


DEFAULT_LIMITS: Final = Limits()


@dataclass(frozen=True, slots=True)
class Inspected:
    """An accepted upload: the bytes to store and what they are."""

    content: bytes
    content_type: str
    extension: str
    size: int
    sha256: str
    stripped: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FileType:
    """A supported format: its family, MIME type, canonical extension and metadata stripper."""

    family: Family
    content_type: str
    extension: str
    strip: Callable[[bytes], Cleaned] | None


JPEG: Final = FileType("photo", "image/jpeg", "jpg", strip_jpeg)
PNG: Final = FileType("photo", "image/png", "png", strip_png)
WEBP: Final = FileType("photo", "image/webp", "webp", strip_webp)
PDF: Final = FileType("document", "application/pdf", "pdf", None)
DOCX: Final = FileType("document", _DOCX_TYPE, "docx", None)
XLSX: Final = FileType("document", _XLSX_TYPE, "xlsx", None)


class EvidenceError(DomainError):
    """An upload that cannot be accepted, with a message the uploader can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(ErrorCode.INVALID_INPUT, message)


def inspect_upload(
    filename: str, content: bytes, *, kind: Kind, limits: Limits = DEFAULT_LIMITS
) -> Inspected:
    """Identify, check and clean one upload; raise EvidenceError if it is not acceptable."""
    name = _display_name(filename)
    if not content:
        raise EvidenceError(f"文件“{name}”是空的")
    file_type = detect(content)
    if file_type is None or kind not in ("any", file_type.family):
        raise EvidenceError(_unsupported_message(name, kind=kind))
    limit = limits.for_family(file_type.family)
    if len(content) > limit:
        family = _FAMILY_NAMES[file_type.family]
        raise EvidenceError(f"{family}不能超过 {_size(limit)}（当前 {_size(len(content))}）")
    cleaned = _clean(file_type, content)
    return Inspected(
        content=cleaned.content,
        content_type=file_type.content_type,
        extension=file_type.extension,
        size=len(cleaned.content),
        sha256=hashlib.sha256(cleaned.content).hexdigest(),
        stripped=cleaned.removed,
    )


def detect(content: bytes) -> FileType | None:
    """The supported format the leading bytes announce, or None."""
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(PNG_SIGNATURE):
        return PNG
    if is_webp(content):
        return WEBP
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"PK\x03\x04"):
        return _office_type(content)
    return None


def _office_type(content: bytes) -> FileType | None:
    """DOCX or XLSX if the zip's [Content_Types].xml names their main part.

    Macro-enabled files and templates declare other main types and so are refused.
    """
    try:
        with (
            zipfile.ZipFile(io.BytesIO(content)) as archive,
            archive.open("[Content_Types].xml") as part,
        ):
            types = part.read(_CONTENT_TYPES_LIMIT)
    except _ZIP_ERRORS:
        return None
    if _DOCX_MAIN in types:
        return DOCX
    return XLSX if _XLSX_MAIN in types else None


def _clean(file_type: FileType, content: bytes) -> Cleaned:
    if file_type.strip is None:
        return Cleaned(content=content, removed=())
    try:
        return file_type.strip(content)
    except MalformedImageError as error:
        raise EvidenceError("照片文件已损坏，无法读取") from error


def _unsupported_message(name: str, *, kind: Kind) -> str:
    if kind == "photo":
        return f"文件“{name}”不是照片（支持 {_PHOTO_FORMATS}）"
    if kind == "document":
        return f"文件“{name}”不是支持的文档（支持 {_DOCUMENT_FORMATS}）"
    return f"文件“{name}”的类型不受支持（照片支持 {_PHOTO_FORMATS}，文档支持 {_DOCUMENT_FORMATS}）"


def _display_name(filename: str) -> str:
    """The name as the uploader knows it: no client-side folders, not overly long."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip() or "未命名"
    return name if len(name) <= _NAME_LIMIT else name[: _NAME_LIMIT - 1] + "…"


def _size(size: int) -> str:
    """A size for people, rounded up so that a file just over a limit never looks equal to it."""
    unit, label = next((unit, label) for unit, label in _UNITS if size >= unit or unit == 1)
    value = math.ceil(size * 10 / unit) / 10
    return f"{value:.1f}".removesuffix(".0") + f" {label}"
