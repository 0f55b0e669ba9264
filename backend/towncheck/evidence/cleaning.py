"""What the per-format metadata strippers share: their result and their failure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class MalformedImageError(ValueError):
    """The bytes do not follow the structure their format requires (truncated, bad lengths)."""


@dataclass(frozen=True, slots=True)
class Cleaned:
    """An image with its metadata removed and the names of what was removed, in file order."""

    content: bytes
    removed: tuple[str, ...]


def cleaned(parts: Iterable[bytes], removed: Iterable[str]) -> Cleaned:
    """Join the kept parts; each removed name is listed once even if it occurred repeatedly."""
    return Cleaned(content=b"".join(parts), removed=tuple(dict.fromkeys(removed)))
