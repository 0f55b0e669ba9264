"""The two evidence files every visit refers to, uploaded through ``/graphql``."""

from __future__ import annotations

import struct
import zlib
from typing import Final

import httpx
import orjson

from overhead.common import REQUEST_TIMEOUT_SECONDS, BenchError
from overhead.servers import Server
from towncheck.api.relay import node_id

UPLOAD: Final = (
    "mutation($town: ID!, $file: Upload!, $kind: String!) {"
    " uploadEvidence(townId: $town, file: $file, kind: $kind) {"
    " file { key kind } errors { code message } } }"
)
PDF: Final = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def png() -> bytes:
    """A valid 1x1 PNG (the evidence store checks the type, not the picture)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes([0, 0, 0, 0])))
        + chunk(b"IEND", b"")
    )


def upload_evidence(graphql: Server, token: str, town_id: int) -> tuple[str, str]:
    """Upload one photo and one document through ``uploadEvidence``; their storage keys."""
    keys = []
    with httpx.Client(base_url=graphql.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        for name, content, kind in (("门牌.png", png(), "photo"), ("收入.pdf", PDF, "document")):
            operations = {
                "query": UPLOAD,
                "variables": {"town": node_id("Town", town_id), "file": None, "kind": kind},
            }
            response = client.post(
                "/graphql",
                data={
                    "operations": orjson.dumps(operations).decode(),
                    "map": orjson.dumps({"0": ["variables.file"]}).decode(),
                },
                files={"0": (name, content, "application/octet-stream")},
                headers={"Authorization": f"Bearer {token}"},
            )
            payload = (
                (response.json().get("data") or {}).get("uploadEvidence")
                if response.status_code == 200
                else None
            )
            if not payload or payload.get("errors") or not payload.get("file"):
                raise BenchError(
                    f"uploading the {kind} failed: {response.status_code} {response.text[:500]}"
                )
            keys.append(str(payload["file"]["key"]))
    return keys[0], keys[1]
