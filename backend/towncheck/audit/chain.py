"""Hashing of audit entries: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import orjson

GENESIS = bytes(32)


def entry_digest(
    *,
    prev_hash: bytes,
    chain: str,
    seq: int,
    actor_user_id: int | None,
    actor_token_id: int | None,
    actor_label: str,
    action: str,
    target_type: str,
    target_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    created_at: datetime,
) -> bytes:
    body = orjson.dumps(
        {
            "chain": chain,
            "seq": seq,
            "actor_user_id": actor_user_id,
            "actor_token_id": actor_token_id,
            "actor_label": actor_label,
            "action": action,
            "target_type": target_type,
            "target_id": target_id,
            "before": before,
            "after": after,
            "created_at": created_at.isoformat(),
        },
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(prev_hash + body).digest()
