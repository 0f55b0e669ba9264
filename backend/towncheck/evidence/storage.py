"""Storing evidence files: a small interface and its local-disk implementation.

An S3-compatible implementation (MinIO, OSS, COS, ...) must provide the same four
coroutines without blocking the event loop (an async client, or a sync one run in a
thread):

- ``put``: PutObject with ``ContentType`` set. A single PutObject is already atomic: readers
  see the old object or the new one, never part of it. Keys are content-addressed, so an
  upload may skip the write when the object exists (HeadObject, or a conditional write with
  ``If-None-Match: *``).
- ``get``: GetObject returning the whole body; NoSuchKey becomes ``MissingObjectError``.
- ``delete``: DeleteObject; deleting a missing key is not an error (S3 behaves so already).
- ``exists``: HeadObject; 404 means False, any other failure is raised.

Keys are used as object names unchanged, optionally under a fixed prefix. Credentials,
endpoint and bucket belong in the settings, and server-side encryption should be on.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from pathlib import Path
from typing import Final, Protocol

from towncheck.config import Settings

_KEY: Final = re.compile(r"[a-z0-9/._-]+")
_MAX_KEY: Final = 1024  # S3's limit on object key length, so keys stay portable
_TEMP_SUFFIX: Final = ".tmp"


class MissingObjectError(LookupError):
    """No object is stored under the key."""


class Storage(Protocol):
    """Where evidence bytes are kept, by key (see ``keys.evidence_key``)."""

    async def put(self, key: str, content: bytes, *, content_type: str) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...

    async def exists(self, key: str) -> bool: ...


def check_key(key: str) -> str:
    """The key unchanged if it is a safe relative path; otherwise ValueError.

    No segment may start with a dot, which rules out ``.``, ``..`` and the names of the
    temporary files written next to the objects.
    """
    segments = key.split("/")
    if (
        len(key) > _MAX_KEY
        or not _KEY.fullmatch(key)
        or ".." in key
        or any(not segment or segment.startswith(".") for segment in segments)
    ):
        raise ValueError(f"bad storage key: {key!r}")
    return key


class LocalStorage:
    """Objects as files under a root folder, each written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def put(self, key: str, content: bytes, *, content_type: str) -> None:
        """Store ``content``; the content type is not kept since the database records it."""
        await asyncio.to_thread(_write, self.path(key), content)

    async def get(self, key: str) -> bytes:
        path = self.path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError as error:
            raise MissingObjectError(key) from error

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.path(key).unlink, missing_ok=True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self.path(key).is_file)


def local_storage(settings: Settings) -> LocalStorage:
    """The default store: ``evidence/`` in the data folder."""
    return LocalStorage(settings.data_dir / "evidence")


def _write(path: Path, content: bytes) -> None:
    if _holds(path, content):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary file sits in the target folder so that os.replace is a rename within
    # one file system, which readers observe as all or nothing. mkstemp makes it readable
    # by the service's own account only, which is what evidence needs.
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX
    )
    replaced = False
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        replaced = True
    finally:
        if not replaced:
            Path(temporary).unlink(missing_ok=True)
    _sync_folder(path.parent)


def _holds(path: Path, content: bytes) -> bool:
    """Whether the file already has exactly this content (the size check avoids most reads)."""
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except FileNotFoundError:
        return False


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, so a crash cannot lose a file the database refers to."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
