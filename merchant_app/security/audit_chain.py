"""Hashing for the audit chain: each entry's hash covers its fields and the previous hash."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

GENESIS_HASH = "0" * 64


def entry_hash(
    *,
    seq: int,
    entry_id: str,
    at: datetime,
    actor_id: str | None,
    actor_login: str,
    desk_id: str | None,
    action: str,
    target: str,
    details: str,
    prev_hash: str,
) -> str:
    """SHA-256 over a canonical JSON of the entry's fields and the previous entry's hash."""
    canonical = json.dumps(
        [
            seq,
            entry_id,
            at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            actor_id,
            actor_login,
            desk_id,
            action,
            target,
            details,
            prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
