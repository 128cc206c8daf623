"""Client-generated ids.

Every record a desk creates gets its id on the desk, never from a server sequence, so
that a desk working offline can later send its records exactly once (GROW-2).  Ids are
UUID version 7: time-ordered (good index locality) and random enough never to collide.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last = 0  # the latest id made in this process, as an integer


def new_id() -> str:
    """A new UUIDv7 as its 36-character string, greater than every id this process made
    before (two records made in the same millisecond keep the order they were made in,
    as RFC 9562 allows: the later one is the earlier one plus one)."""
    global _last
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 68) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    with _lock:
        if value <= _last:
            value = _last + 1
            if (value >> 62) & 0b11 != 0b10:  # rand_b ran over: carry into rand_a
                value = (((_last >> 64) + 1) << 64) | (0b10 << 62)
        _last = value
    return str(uuid.UUID(int=value))


# Hex digit -> the same digit with the two RFC 4122 variant bits set (10xx), uniformly.
_VARIANT = {f"{i:x}": f"{0x8 | (i & 0x3):x}" for i in range(16)}


def new_ids(count: int) -> list[str]:
    """``count`` new UUIDv7 strings (as :func:`new_id` makes them), in ascending order.

    For bulk writes: one clock reading and one read of the system's random source for
    the lot, and no :class:`uuid.UUID` objects.  All share the millisecond timestamp;
    their 74 random bits are as random as :func:`new_id`'s, and sorting them keeps the
    index inserts of a batch in key order."""
    if count <= 0:
        return []
    ms = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    stamp = f"{ms:012x}"
    head = f"{stamp[:8]}-{stamp[8:]}-7"
    rand = os.urandom(10 * count).hex()  # 20 hex digits per id, 19 used (74 bits)
    var = _VARIANT
    ids = [
        f"{head}{rand[k : k + 3]}-{var[rand[k + 3]]}{rand[k + 4 : k + 7]}-{rand[k + 7 : k + 19]}"
        for k in range(0, 20 * count, 20)
    ]
    ids.sort()
    return ids


def format_number(desk_code: str, value: int, width: int = 6) -> str:
    """A desk-prefixed human number such as ``D01-000042``."""
    return f"{desk_code}-{value:0{width}d}"
