"""The baseline's server process, and the two evidence files every visit refers to.

The real app is started with ``overhead.servers.start_server``. The baseline runs in its own
uvicorn process, one worker, on a socket the parent binds, with the app's login role and
the same connection pool size as the app.
"""

from __future__ import annotations

import socket
import struct
import sys
import zlib
from pathlib import Path
from typing import Final

import httpx
import orjson
import uvicorn

from overhead.common import HOST, REQUEST_TIMEOUT_SECONDS, BenchError
from overhead.processes import Children
from overhead.servers import Server, _wait_healthy
from selfcheck.baseline import visits_baseline_app
from towncheck.api.relay import node_id
from towncheck.config import Settings
from towncheck.db import Database

ENTRY_SCRIPT: Final = Path(__file__).resolve().parents[1] / "visit_submissions.py"
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


def serve_baseline(fd: int, database_url: str, redis_url: str, namespace: str) -> None:
    """Child process: the baseline app in one uvicorn worker on the parent's socket."""
    settings = Settings.from_env(
        database_url=database_url,
        app_database_url=None,
        redis_url=redis_url,
        redis_namespace=namespace,
    )
    app = visits_baseline_app(Database(settings.app_url()), settings)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[socket.socket(fileno=fd)])


def start_baseline(children: Children, settings: Settings) -> Server:
    """Start the baseline process and wait until it answers ``/healthz``."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(1024)
        port = int(listener.getsockname()[1])
        command = [
            sys.executable,
            str(ENTRY_SCRIPT),
            "serve-baseline",
            "--fd",
            str(listener.fileno()),
            "--database-url",
            settings.owner_url(),
            "--redis-url",
            settings.redis_url or "",
            "--namespace",
            settings.redis_namespace,
        ]
        process = children.start(command, pass_fds=[listener.fileno()])
    finally:
        listener.close()  # the child holds its own copy
    server = Server("baseline", port, process)
    _wait_healthy(server)
    return server


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
