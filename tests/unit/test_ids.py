"""Client-generated ids: valid UUIDv7 strings, one at a time or in bulk."""

from __future__ import annotations

import time
import uuid

from merchant_app.ids import new_id, new_ids


def _check(value: str) -> uuid.UUID:
    u = uuid.UUID(value)
    assert str(u) == value  # canonical: lower case, 36 characters
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    return u


def _ms(u: uuid.UUID) -> int:
    return u.int >> 80


def test_new_id_is_uuid7() -> None:
    before = time.time_ns() // 1_000_000
    u = _check(new_id())
    assert before <= _ms(u) <= time.time_ns() // 1_000_000


def test_new_ids_are_uuid7_sorted_and_distinct() -> None:
    before = time.time_ns() // 1_000_000
    ids = new_ids(5000)
    after = time.time_ns() // 1_000_000
    assert len(ids) == 5000
    assert len(set(ids)) == 5000
    assert ids == sorted(ids)
    for value in ids:
        assert before <= _ms(_check(value)) <= after


def test_new_ids_use_every_variant_digit_and_random_bits() -> None:
    ids = new_ids(2000)
    assert {value[19] for value in ids} == set("89ab")
    # rand_a and rand_b are random: no column of hex digits is constant across many ids
    for position in [*range(15, 18), *range(20, 23), *range(24, 36)]:
        assert len({value[position] for value in ids}) > 1


def test_new_ids_of_nothing() -> None:
    assert new_ids(0) == []
    assert new_ids(-1) == []


def test_ids_made_in_the_same_millisecond_keep_their_order() -> None:
    made = [new_id() for _ in range(5000)]  # many share a millisecond
    assert made == sorted(made) and len(set(made)) == len(made)
    for text in made[:50]:
        value = uuid.UUID(text)
        assert value.version == 7 and value.variant == uuid.RFC_4122
