"""Client-generated ids.

Every record a desk creates gets its id on the desk, never from a server sequence, so
that a desk working offline can later send its records exactly once (GROW-2).  Ids are
UUID version 7: time-ordered (good index locality) and random enough never to collide.
"""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> str:
    """A new UUIDv7 as its 36-character string."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 68) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    return str(uuid.UUID(int=value))


def format_number(desk_code: str, value: int, width: int = 6) -> str:
    """A desk-prefixed human number such as ``D01-000042``."""
    return f"{desk_code}-{value:0{width}d}"
