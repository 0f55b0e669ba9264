"""Where an evidence file lives in storage: addressed by its content, within its town."""

from __future__ import annotations

import re
from typing import Final

_SHA256: Final = re.compile(r"[0-9a-f]{64}")
_EXTENSION: Final = re.compile(r"[a-z0-9]{1,10}")


def evidence_key(*, town_id: int, sha256: str, extension: str) -> str:
    """``town-12/ab/cd/abcd….jpg``.

    The same file uploaded twice in a town maps to one object, so a retried upload stores
    nothing new; towns never share objects, so deleting one town's evidence cannot touch
    another's. The two fan-out levels keep any one folder small on local disk.
    """
    if isinstance(town_id, bool) or town_id <= 0:
        raise ValueError(f"bad town id: {town_id!r}")
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"bad sha256: {sha256!r}")
    if not _EXTENSION.fullmatch(extension):
        raise ValueError(f"bad extension: {extension!r}")
    return f"town-{town_id}/{sha256[:2]}/{sha256[2:4]}/{sha256}.{extension}"
