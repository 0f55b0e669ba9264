"""Evidence files: type detection, limits, lossless metadata stripping and local storage."""

from __future__ import annotations

import binascii
import hashlib
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from towncheck.config import Settings
from towncheck.errors import DomainError, ErrorCode
from towncheck.evidence.exif import orientation_tiff, read_orientation
from towncheck.evidence.inspect import (
    DEFAULT_LIMITS,
    MB,
    EvidenceError,
    Inspected,
    Kind,
    Limits,
    inspect_upload,
)
from towncheck.evidence.keys import evidence_key
from towncheck.evidence.storage import (
    LocalStorage,
    MissingObjectError,
    Storage,
    check_key,
    local_storage,
)

CORRUPTED = "照片文件已损坏，无法读取"
NOT_A_PHOTO = "不是照片（支持 JPEG、PNG、WebP）"
GPS_TEXT = b"GPS 39.9042N 116.4074E"


def _error(filename: str, content: bytes, *, kind: Kind, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(EvidenceError) as caught:
        inspect_upload(filename, content, kind=kind, limits=limits)
    return caught.value.message


def _exif_tiff(*, orientation: int | None = None) -> bytes:
    """A little-endian TIFF block: IFD0 (orientation, GPS pointer) and a GPS IFD."""
    entries = [struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)] if orientation else []
    gps_offset = 8 + 2 + 12 * (len(entries) + 1) + 4
    entries.append(struct.pack("<HHII", 0x8825, 4, 1, gps_offset))
    ifd0 = struct.pack("<H", len(entries)) + b"".join(entries) + struct.pack("<I", 0)
    gps = struct.pack("<HHHI2s2xI", 1, 1, 2, 2, b"N\x00", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd0 + gps + GPS_TEXT


# --- JPEG ---------------------------------------------------------------------------------


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


SOI = b"\xff\xd8"
EOI = b"\xff\xd9"
APP0 = _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
ICC = _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + b"profile-bytes")
DQT = _segment(0xDB, b"\x00" + b"\x01" * 64)
SOF0 = _segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00")  # 8-bit, 1x1, one component
# One one-bit code per table: DC category 0, and AC end-of-block.
DHT = _segment(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00") + _segment(
    0xC4, b"\x10\x01" + b"\x00" * 15 + b"\x00"
)
SOS = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
SCAN = b"\x3f"  # DC difference 0, end of block, then 1-bits to fill the byte
APP1_EXIF = _segment(0xE1, b"Exif\x00\x00" + _exif_tiff())
APP1_XMP = _segment(
    0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><exif:GPSLatitude>39,54.25N</x:xmpmeta>"
)
APP13 = _segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04" + GPS_TEXT)
COM = _segment(0xFE, b"taken at home " + GPS_TEXT)


def _jpeg(*metadata: bytes) -> bytes:
    return SOI + APP0 + b"".join(metadata) + ICC + DQT + SOF0 + DHT + SOS + SCAN + EOI


CLEAN_JPEG = _jpeg()


def test_jpeg_metadata_is_removed_and_the_rest_is_byte_identical() -> None:
    upload = _jpeg(APP1_EXIF, APP1_XMP, APP13, COM)
    result = inspect_upload("IMG_0001.JPG", upload, kind="photo")
    assert result.content == CLEAN_JPEG
    assert result.stripped == ("EXIF", "XMP", "IPTC", "COM")
    assert GPS_TEXT not in result.content and b"GPS" not in result.content
    assert (result.content_type, result.extension) == ("image/jpeg", "jpg")
    assert result.size == len(CLEAN_JPEG)
    assert result.sha256 == hashlib.sha256(CLEAN_JPEG).hexdigest()


def test_clean_jpeg_passes_through_unchanged() -> None:
    result = inspect_upload("a.jpg", CLEAN_JPEG, kind="photo")
    assert result == Inspected(
        content=CLEAN_JPEG,
        content_type="image/jpeg",
        extension="jpg",
        size=len(CLEAN_JPEG),
        sha256=hashlib.sha256(CLEAN_JPEG).hexdigest(),
        stripped=(),
    )


def test_jpeg_scan_data_is_copied_verbatim_across_stuffing_restarts_and_scans() -> None:
    # 0xFF00 stuffing and RST markers stay inside the scan; a COM between two scans
    # (as in progressive files) is removed; fill bytes before a marker are allowed.
    scan1 = b"\x12\xff\x00\x34\xff\xd0\x56\xff\xd7\x78"
    scan2 = b"\x9a\xff\x00\xbc"
    head = SOI + APP0 + DQT + SOF0 + DHT
    upload = head + SOS + scan1 + COM + DHT + SOS + scan2 + b"\xff\xff" + EOI
    result = inspect_upload("p.jpg", upload, kind="photo")
    assert result.content == head + SOS + scan1 + DHT + SOS + scan2 + b"\xff\xff" + EOI
    assert result.stripped == ("COM",)


def test_jpeg_bytes_after_eoi_are_dropped() -> None:
    result = inspect_upload(
        "p.jpg", CLEAN_JPEG + b"\xff\xd8 embedded preview " + GPS_TEXT, kind="photo"
    )
    assert result.content == CLEAN_JPEG
    assert result.stripped == ("trailer",)


def test_jpeg_orientation_survives_as_a_minimal_exif_segment() -> None:
    upload = _jpeg(_segment(0xE1, b"Exif\x00\x00" + _exif_tiff(orientation=6)))
    result = inspect_upload("p.jpg", upload, kind="photo")
    kept_exif = _segment(0xE1, b"Exif\x00\x00" + orientation_tiff(6))
    assert result.content == _jpeg(kept_exif)
    assert GPS_TEXT not in result.content
    assert read_orientation(orientation_tiff(6)) == 6
    assert result.stripped == ("EXIF",)


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(CLEAN_JPEG[: len(SOI + APP0) - 3], id="truncated-segment"),
        pytest.param(CLEAN_JPEG[:-2], id="no-eoi"),
        pytest.param(SOI + b"\xff\xe0\x00\x01" + CLEAN_JPEG[2:], id="length-below-two"),
        pytest.param(SOI + b"\xff\xe0\xff\xf0" + CLEAN_JPEG[2:], id="length-past-end"),
        pytest.param(SOI + APP0 + b"junk" + DQT + SOF0 + DHT + SOS + SCAN + EOI, id="junk"),
        pytest.param(SOI + APP0 + DQT + EOI, id="no-scan"),
        pytest.param(SOI + APP0 + SOI + DQT + SOS + SCAN + EOI, id="nested-soi"),
        pytest.param(b"\xff\xd8\xff", id="marker-only"),
    ],
)
def test_malformed_jpeg_is_refused(upload: bytes) -> None:
    assert _error("p.jpg", upload, kind="photo") == CORRUPTED


# --- PNG ----------------------------------------------------------------------------------


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = binascii.crc32(kind + body)
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """An independent chunk walk that checks every CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack_from(">I", data, pos)
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack_from(">I", data, pos + 8 + length)
        assert binascii.crc32(kind + body) == crc
        chunks.append((kind, body))
        pos += 12 + length
    assert pos == len(data)
    return chunks


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
IHDR = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))  # 1x1 grey
PIXELS = b"\x00\x80"  # filter type 0, one mid-grey pixel
IDAT = _chunk(b"IDAT", zlib.compress(PIXELS))
PHYS = _chunk(b"pHYs", struct.pack(">IIB", 3780, 3780, 1))
IEND = _chunk(b"IEND", b"")
PNG_METADATA = (
    _chunk(b"tEXt", b"Comment\x00" + GPS_TEXT),
    _chunk(b"eXIf", _exif_tiff()),
    _chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta/>"),
    _chunk(b"zTXt", b"Location\x00\x00" + zlib.compress(GPS_TEXT)),
    _chunk(b"tIME", struct.pack(">HBBBBB", 2025, 6, 1, 9, 30, 0)),
)
CLEAN_PNG = PNG_SIGNATURE + IHDR + PHYS + IDAT + IEND


def test_png_metadata_chunks_are_removed_and_the_rest_is_byte_identical() -> None:
    upload = PNG_SIGNATURE + IHDR + PNG_METADATA[0] + PHYS + PNG_METADATA[1] + IDAT
    upload += b"".join(PNG_METADATA[2:]) + IEND
    result = inspect_upload("scan.png", upload, kind="photo")
    assert result.content == CLEAN_PNG
    assert result.stripped == ("tEXt", "EXIF", "XMP", "zTXt", "tIME")
    chunks = _png_chunks(result.content)
    assert [kind for kind, _ in chunks] == [b"IHDR", b"pHYs", b"IDAT", b"IEND"]
    assert zlib.decompress(chunks[2][1]) == PIXELS
    assert (result.content_type, result.extension, result.size) == (
        "image/png",
        "png",
        len(CLEAN_PNG),
    )
    assert result.sha256 == hashlib.sha256(CLEAN_PNG).hexdigest()


def test_png_orientation_survives_as_a_minimal_exif_chunk() -> None:
    upload = PNG_SIGNATURE + IHDR + _chunk(b"eXIf", _exif_tiff(orientation=8)) + IDAT + IEND
    result = inspect_upload("scan.png", upload, kind="photo")
    assert (
        result.content == PNG_SIGNATURE + IHDR + _chunk(b"eXIf", orientation_tiff(8)) + IDAT + IEND
    )
    assert GPS_TEXT not in result.content
    _png_chunks(result.content)


def test_png_bytes_after_iend_are_dropped() -> None:
    result = inspect_upload("scan.png", CLEAN_PNG + GPS_TEXT, kind="photo")
    assert (result.content, result.stripped) == (CLEAN_PNG, ("trailer",))


def _bad_crc() -> bytes:
    chunk = bytearray(PHYS)
    chunk[-1] ^= 0xFF
    return PNG_SIGNATURE + IHDR + bytes(chunk) + IDAT + IEND


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(CLEAN_PNG[:-6], id="truncated"),
        pytest.param(PNG_SIGNATURE + IHDR + IDAT, id="no-iend"),
        pytest.param(PNG_SIGNATURE + IDAT + IHDR + IEND, id="ihdr-not-first"),
        pytest.param(_bad_crc(), id="bad-crc"),
        pytest.param(PNG_SIGNATURE + IHDR + b"\xff\xff\xff\xf0IDAT" + IEND, id="length-past-end"),
        pytest.param(PNG_SIGNATURE + IHDR + _chunk(b"ID4T", b"") + IEND, id="bad-chunk-type"),
    ],
)
def test_malformed_png_is_refused(upload: bytes) -> None:
    assert _error("scan.png", upload, kind="photo") == CORRUPTED


# --- WebP ---------------------------------------------------------------------------------


def _riff_chunk(fourcc: bytes, body: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) & 1)


def _webp(*chunks: bytes) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _vp8x(flags: int) -> bytes:
    return _riff_chunk(b"VP8X", bytes([flags, 0, 0, 0]) + b"\x00\x00\x00" * 2)  # 1x1 canvas


ICC_FLAG, EXIF_FLAG, XMP_FLAG = 0x20, 0x08, 0x04
# A 1x1 lossless bitstream; its 13-byte size makes the chunk carry a padding byte.
VP8L = _riff_chunk(b"VP8L", bytes.fromhex("2f 00 00 00 10 07 10 11 11 88 88 fe 07"))
ICCP = _riff_chunk(b"ICCP", b"profile-bytes")
WEBP_EXIF = _riff_chunk(b"EXIF", _exif_tiff() + b"!")  # odd size: padded
WEBP_XMP = _riff_chunk(b"XMP ", b"<x:xmpmeta><exif:GPSLatitude>39,54.25N</x:xmpmeta>")
CLEAN_WEBP = _webp(_vp8x(ICC_FLAG), ICCP, VP8L)


def test_webp_metadata_chunks_are_removed_flags_cleared_and_size_fixed() -> None:
    upload = _webp(_vp8x(ICC_FLAG | EXIF_FLAG | XMP_FLAG), ICCP, VP8L, WEBP_EXIF, WEBP_XMP)
    result = inspect_upload("p.webp", upload, kind="photo")
    assert result.content == CLEAN_WEBP
    assert struct.unpack_from("<I", result.content, 4)[0] == len(result.content) - 8
    assert result.stripped == ("EXIF", "XMP")
    assert (result.content_type, result.extension) == ("image/webp", "webp")
    assert result.sha256 == hashlib.sha256(CLEAN_WEBP).hexdigest()


def test_simple_webp_passes_through_unchanged() -> None:
    simple = _webp(VP8L)
    assert len(simple) == 34
    assert inspect_upload("p.webp", simple, kind="photo").content == simple


def test_webp_orientation_keeps_a_minimal_exif_chunk_and_its_flag() -> None:
    exif = _riff_chunk(b"EXIF", b"Exif\x00\x00" + _exif_tiff(orientation=3))
    result = inspect_upload("p.webp", _webp(_vp8x(EXIF_FLAG | XMP_FLAG), VP8L, exif), kind="photo")
    assert result.content == _webp(
        _vp8x(EXIF_FLAG), VP8L, _riff_chunk(b"EXIF", orientation_tiff(3))
    )


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(CLEAN_WEBP[:-3], id="riff-size-past-end"),
        pytest.param(_webp(_vp8x(0), VP8L[:-5]), id="chunk-past-end"),
        pytest.param(_webp(_vp8x(0), VP8L[:-1]), id="missing-padding"),
        pytest.param(_webp(ICCP, VP8L), id="no-image-chunk-first"),
        pytest.param(_webp(_riff_chunk(b"VP8X", b"\x00\x00"), VP8L), id="short-vp8x"),
        pytest.param(_webp(), id="no-chunks"),
    ],
)
def test_malformed_webp_is_refused(upload: bytes) -> None:
    assert _error("p.webp", upload, kind="photo") == CORRUPTED


# --- Detection and limits -----------------------------------------------------------------

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 56 + b"This program cannot be run in DOS mode"


def _office(main_type: str | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if main_type is not None:
            override = f'<Override PartName="/main.xml" ContentType="{main_type}.main+xml"/>'
            archive.writestr("[Content_Types].xml", f"<Types>{override}</Types>")
        archive.writestr("main.xml", "<document/>")
    return buffer.getvalue()


OOXML = "application/vnd.openxmlformats-officedocument."
DOCX = _office(OOXML + "wordprocessingml.document")
XLSX = _office(OOXML + "spreadsheetml.sheet")


def test_type_comes_from_the_bytes_not_the_name() -> None:
    result = inspect_upload("photo.jpg", PDF, kind="any")
    assert (result.content_type, result.extension, result.stripped) == (
        "application/pdf",
        "pdf",
        (),
    )
    assert result.content == PDF
    assert inspect_upload("photo.jpg", PDF, kind="document").extension == "pdf"
    assert inspect_upload("scan.pdf", CLEAN_PNG, kind="any").content_type == "image/png"


def test_renamed_program_is_refused() -> None:
    assert _error("photo.jpg", EXE, kind="photo") == f"文件“photo.jpg”{NOT_A_PHOTO}"
    assert "的类型不受支持" in _error("photo.jpg", EXE, kind="any")
    assert "不是支持的文档" in _error("photo.jpg", EXE, kind="document")


def test_documents_are_not_photos_and_photos_are_not_documents() -> None:
    assert _error("x.exe", PDF, kind="photo") == f"文件“x.exe”{NOT_A_PHOTO}"
    assert _error("a.jpg", CLEAN_JPEG, kind="document") == (
        "文件“a.jpg”不是支持的文档（支持 PDF、Word .docx、Excel .xlsx）"
    )


def test_office_documents_are_recognised_by_their_content_types() -> None:
    docx = inspect_upload("report.docx", DOCX, kind="document")
    assert (docx.extension, docx.content_type) == ("docx", OOXML + "wordprocessingml.document")
    assert docx.content == DOCX
    assert inspect_upload("table.bin", XLSX, kind="any").extension == "xlsx"


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(_office(None), id="plain-zip"),
        pytest.param(_office("application/vnd.ms-word.document.macroEnabled"), id="docm"),
        pytest.param(_office(OOXML + "presentationml.presentation"), id="pptx"),
        pytest.param(DOCX[:40], id="truncated-zip"),
    ],
)
def test_other_zips_are_refused(upload: bytes) -> None:
    assert "不是支持的文档" in _error("report.docx", upload, kind="document")


def test_empty_file_is_refused() -> None:
    assert _error("空白.jpg", b"", kind="any") == "文件“空白.jpg”是空的"


def test_message_names_the_file_without_client_folders() -> None:
    message = _error("C:\\Users\\cadre\\Desktop\\setup.exe", EXE, kind="photo")
    assert message == f"文件“setup.exe”{NOT_A_PHOTO}"


def test_limits_apply_per_family_and_the_limit_itself_is_allowed() -> None:
    limits = Limits(photo_bytes=len(CLEAN_JPEG), document_bytes=len(PDF) - 1)
    assert inspect_upload("a.jpg", CLEAN_JPEG, kind="photo", limits=limits).size == len(CLEAN_JPEG)
    too_big = _jpeg(COM)
    assert _error("a.jpg", too_big, kind="photo", limits=limits) == (
        f"照片不能超过 {len(CLEAN_JPEG)} 字节（当前 {len(too_big)} 字节）"
    )
    assert _error("a.pdf", PDF, kind="any", limits=limits).startswith("文档不能超过 ")


def test_size_limit_is_checked_on_the_upload_before_stripping() -> None:
    # Stripping would bring it under the limit, but the uploader sent the larger file.
    upload = _jpeg(APP1_EXIF)
    limits = Limits(photo_bytes=len(CLEAN_JPEG))
    assert _error("a.jpg", upload, kind="photo", limits=limits).startswith("照片不能超过")


def test_default_photo_limit_message() -> None:
    upload = b"\xff\xd8\xff" + bytes(int(12.3 * MB) - 3)
    assert _error("big.jpg", upload, kind="photo") == "照片不能超过 10 MB（当前 12.3 MB）"


def test_evidence_error_is_an_invalid_input_domain_error() -> None:
    with pytest.raises(DomainError) as caught:
        inspect_upload("a.jpg", b"\xff\xd8\xff\xe0", kind="photo")
    assert caught.value.code is ErrorCode.INVALID_INPUT
    assert caught.value.message == CORRUPTED


# --- Keys and storage ---------------------------------------------------------------------

SHA = hashlib.sha256(b"evidence").hexdigest()


def test_evidence_key_is_content_addressed_per_town() -> None:
    key = evidence_key(town_id=12, sha256=SHA, extension="jpg")
    assert key == f"town-12/{SHA[:2]}/{SHA[2:4]}/{SHA}.jpg"
    assert check_key(key) == key


@pytest.mark.parametrize(
    ("town_id", "sha256", "extension"),
    [
        (0, SHA, "jpg"),
        (True, SHA, "jpg"),
        (1, SHA.upper(), "jpg"),
        (1, SHA[:10], "jpg"),
        (1, SHA, ".jpg"),
        (1, SHA, ""),
    ],
)
def test_evidence_key_refuses_bad_parts(town_id: int, sha256: str, extension: str) -> None:
    with pytest.raises(ValueError, match="bad"):
        evidence_key(town_id=town_id, sha256=sha256, extension=extension)


def _files(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


async def test_local_storage_round_trip(tmp_path: Path) -> None:
    storage: Storage = LocalStorage(tmp_path)
    key = evidence_key(town_id=3, sha256=SHA, extension="pdf")
    assert not await storage.exists(key)
    await storage.put(key, PDF, content_type="application/pdf")
    assert await storage.exists(key)
    assert await storage.get(key) == PDF
    assert _files(tmp_path) == [key]  # no temporary files left behind
    await storage.delete(key)
    assert not await storage.exists(key)
    await storage.delete(key)  # deleting again is not an error
    with pytest.raises(MissingObjectError):
        await storage.get(key)


async def test_put_of_identical_content_does_not_rewrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = LocalStorage(tmp_path)
    await storage.put("town-1/a.jpg", CLEAN_JPEG, content_type="image/jpeg")
    inode = (tmp_path / "town-1/a.jpg").stat().st_ino

    def no_writes(*args: object, **kwargs: object) -> tuple[int, str]:
        raise AssertionError("an identical put must not write")

    monkeypatch.setattr("tempfile.mkstemp", no_writes)
    await storage.put("town-1/a.jpg", CLEAN_JPEG, content_type="image/jpeg")
    assert (tmp_path / "town-1/a.jpg").stat().st_ino == inode


async def test_put_of_different_content_replaces(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path)
    await storage.put("k.bin", b"old", content_type="application/octet-stream")
    await storage.put("k.bin", b"new!", content_type="application/octet-stream")
    assert await storage.get("k.bin") == b"new!"
    assert _files(tmp_path) == ["k.bin"]


async def test_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = LocalStorage(tmp_path)

    def failing_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        await storage.put("town-1/ab/x.jpg", CLEAN_JPEG, content_type="image/jpeg")
    assert _files(tmp_path) == []


@pytest.mark.parametrize(
    "key",
    [
        "",
        "../etc/passwd",
        "/etc/passwd",
        "a/../b",
        "a//b",
        "a/b/",
        "./a",
        ".hidden",
        "a/.b",
        "A.jpg",
        "a b.jpg",
        "a\\b",
        "town-1/x..jpg",
        "é.jpg",
        "a" * 1025,
    ],
)
async def test_bad_keys_are_refused(tmp_path: Path, key: str) -> None:
    storage = LocalStorage(tmp_path)
    with pytest.raises(ValueError, match="bad storage key"):
        await storage.put(key, b"x", content_type="text/plain")
    for operation in (storage.get, storage.delete, storage.exists):
        with pytest.raises(ValueError, match="bad storage key"):
            await operation(key)
    assert _files(tmp_path) == []


def test_default_storage_lives_in_the_data_folder(tmp_path: Path) -> None:
    assert local_storage(Settings(data_dir=tmp_path)).root == tmp_path / "evidence"
