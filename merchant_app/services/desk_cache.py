"""A desk's local cache of the shop (GROW-2): what it needs to keep selling offline.

:func:`refresh_cache` copies the server's reference data into the cache in ONE local
transaction (a reader of the cache sees the old copy or the new one, never half):
the shop and its settings, desks, locations, the catalog (categories, suppliers,
products, barcodes), stock levels, members (sealed columns as stored: the cache holds
no personal data in clear either), their name keys and points balances, promotions,
roles and permissions, and staff (so they can sign in offline: their password
verifiers are already in this desk's keyring).

What the desk did offline and has not sent yet survives a refresh:

* a member with a queued registration, edit or points change, or with a queued order,
  keeps the desk's rows (member, name keys, points balance);
* a promotion used by a queued order keeps the desk's row (its use count);
* stock levels are the server's plus what the desk's queued orders reserve.

This desk's offline number sequences are kept, and raised to what the server has seen
of them (a cache made again from scratch never repeats an offline number); the outbox
never hands out a ``seq`` the server already has a receipt for.

Rows are written with Core ``executemany`` in batches (SQLite upserts for tables other
rows point at, delete-and-insert for the rest).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from merchant_app.models import (
    Category,
    CouponUse,
    Desk,
    DeskSequence,
    Location,
    Member,
    MemberNameKey,
    MemberPoints,
    OrderLine,
    Permission,
    Product,
    ProductBarcode,
    Promotion,
    Role,
    SalesOrder,
    Shop,
    ShopSetting,
    StockLevel,
    Supplier,
    SyncOutbox,
    SyncReceipt,
    User,
    role_permission,
)
from merchant_app.services.desk_router import RoutingDatabase
from merchant_app.services.sync_outbox import PENDING

BATCH = 1000
OFFLINE_SEQUENCE_PREFIX = "offline:"
"""The server keeps a desk's offline sequences as ``offline:<kind>`` rows of its own."""


def _t(model: Any) -> Table:
    return model if isinstance(model, Table) else model.__table__


# Tables other rows point at: updated in place (an upsert), never deleted.
UPSERT_TABLES: tuple[Table, ...] = tuple(
    _t(m)
    for m in (
        Shop,
        Desk,
        Location,
        Category,
        Supplier,
        Product,
        Permission,
        Role,
        User,
        Member,
        Promotion,
    )
)
# Tables nothing points at: replaced (rows the server dropped go too).
REPLACE_TABLES: tuple[Table, ...] = tuple(
    _t(m) for m in (ShopSetting, ProductBarcode, role_permission, MemberNameKey, MemberPoints)
)
_level = _t(StockLevel)
_outbox = _t(SyncOutbox)


@dataclass(frozen=True)
class RefreshReport:
    """How many rows each table got, and how long reading the server and writing the
    cache took (seconds)."""

    rows: dict[str, int] = field(default_factory=dict)
    read_seconds: float = 0.0
    write_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        """The whole refresh."""
        return self.read_seconds + self.write_seconds


@dataclass
class _Snapshot:
    tables: dict[str, list[dict[str, Any]]]
    offline_sequences: dict[str, int]
    last_receipt: int


def _read_server(router: RoutingDatabase, desk_id: str) -> _Snapshot:
    tables: dict[str, list[dict[str, Any]]] = {}
    with router.server_transaction() as s:
        conn = s.connection()
        if conn.dialect.name == "postgresql":  # one snapshot for every table
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        for table in (*UPSERT_TABLES, *REPLACE_TABLES, _level):
            tables[table.name] = [dict(r) for r in conn.execute(select(table)).mappings()]
        seq = _t(DeskSequence)
        rows = conn.execute(
            select(seq.c.kind, seq.c.last_value).where(
                seq.c.desk_id == desk_id, seq.c.kind.startswith(OFFLINE_SEQUENCE_PREFIX)
            )
        )
        offline = {k.removeprefix(OFFLINE_SEQUENCE_PREFIX): int(v) for k, v in rows}
        receipt = _t(SyncReceipt)
        last = conn.execute(
            select(func.coalesce(func.max(receipt.c.outbox_seq), 0)).where(
                receipt.c.desk_id == desk_id
            )
        ).scalar_one()
    return _Snapshot(tables, offline, int(last or 0))


def _batches(rows: Sequence[dict[str, Any]]) -> Iterable[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _upsert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = sqlite_insert(table)
    keys = [c.name for c in table.primary_key.columns]
    others = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    stmt = stmt.on_conflict_do_update(index_elements=keys, set_=others)
    for batch in _batches(rows):
        conn.execute(stmt, list(batch))


def _insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        conn.execute(table.insert(), list(batch))


def _pending(conn: Connection) -> tuple[set[str], set[str], dict[tuple[str, str], int]]:
    """Members and promotions the queue still holds, and what queued orders reserve."""
    items = conn.execute(
        select(_outbox.c.kind, _outbox.c.record_id).where(_outbox.c.status == PENDING)
    ).all()
    members = {r for k, r in items if k in ("member", "points")}
    orders = [r for k, r in items if k in ("order", "payment")]
    placed = [r for k, r in items if k == "order"]
    promotions: set[str] = set()
    reserved: dict[tuple[str, str], int] = {}
    order = _t(SalesOrder)
    line = _t(OrderLine)
    coupon = _t(CouponUse)
    for start in range(0, len(orders), BATCH):
        chunk = orders[start : start + BATCH]
        members.update(
            m
            for (m,) in conn.execute(
                select(order.c.member_id).where(
                    order.c.id.in_(chunk), order.c.member_id.is_not(None)
                )
            )
        )
        promotions.update(
            p
            for (p,) in conn.execute(
                select(coupon.c.promotion_id).where(coupon.c.order_id.in_(chunk))
            )
        )
    for start in range(0, len(placed), BATCH):
        chunk = placed[start : start + BATCH]
        rows = conn.execute(
            select(line.c.product_id, order.c.location_id, func.sum(line.c.quantity))
            .join(order, order.c.id == line.c.order_id)
            .where(order.c.id.in_(chunk), order.c.state != "cancelled")
            .group_by(line.c.product_id, order.c.location_id)
        )
        for pid, loc, qty in rows:
            reserved[(pid, loc)] = reserved.get((pid, loc), 0) + int(qty)
    return members, promotions, reserved


def _write_cache(router: RoutingDatabase, snap: _Snapshot, desk_id: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    with router.local.transaction() as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit
        kept_members, kept_promotions, reserved = _pending(conn)
        for table in (*UPSERT_TABLES, *REPLACE_TABLES):
            rows = snap.tables[table.name]
            key = {"member": "id", "promotion": "id"}.get(table.name) or (
                "member_id" if table.name in ("member_name_key", "member_points") else ""
            )
            kept = kept_promotions if table.name == "promotion" else kept_members
            if key:
                rows = [r for r in rows if r[key] not in kept]
            if table in REPLACE_TABLES:
                stmt = delete(table)
                if key and kept:
                    stmt = stmt.where(table.c[key].not_in(list(kept)))
                conn.execute(stmt)
                _insert(conn, table, rows)
            else:
                _upsert(conn, table, rows)
            counts[table.name] = len(rows)
        levels = []
        seen = set()
        for row in snap.tables[_level.name]:
            where = (row["product_id"], row["location_id"])
            seen.add(where)
            levels.append({**row, "reserved": row["reserved"] + reserved.get(where, 0)})
        levels += [
            {"product_id": p, "location_id": loc, "on_hand": 0, "reserved": qty}
            for (p, loc), qty in reserved.items()
            if (p, loc) not in seen
        ]
        conn.execute(delete(_level))
        _insert(conn, _level, levels)
        counts[_level.name] = len(levels)
        if desk_id:
            _keep_sequences(conn, desk_id, snap.offline_sequences)
        _outbox_starts_after(conn, snap.last_receipt)
    return counts


def _outbox_starts_after(conn: Connection, last: int) -> None:
    """The cache's next outbox ``seq`` comes after every one the server has a receipt
    for (SQLite keeps AUTOINCREMENT's high mark in ``sqlite_sequence``)."""
    conn.execute(
        text("UPDATE sqlite_sequence SET seq = :n WHERE name = 'sync_outbox' AND seq < :n"),
        {"n": last},
    )
    conn.execute(
        text(
            "INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox', :n WHERE NOT EXISTS "
            "(SELECT 1 FROM sqlite_sequence WHERE name = 'sync_outbox')"
        ),
        {"n": last},
    )


def _keep_sequences(conn: Connection, desk_id: str, offline: dict[str, int]) -> None:
    """The desk's offline sequences in the cache: at least what the server has seen."""
    seq = _t(DeskSequence)
    for kind, value in offline.items():
        stmt = sqlite_insert(seq).values(desk_id=desk_id, kind=kind, last_value=value)
        stmt = stmt.on_conflict_do_update(
            index_elements=["desk_id", "kind"],
            set_={"last_value": func.max(seq.c.last_value, stmt.excluded.last_value)},
        )
        conn.execute(stmt)


def refresh_cache(router: RoutingDatabase, desk_id: str) -> RefreshReport:
    """Copy the server's reference data into the desk's cache (see the module text for
    what is copied and what queued offline work keeps).  :class:`DatabaseUnavailable`
    when the server cannot be reached; the cache is then left as it was."""
    started = time.perf_counter()
    snap = _read_server(router, desk_id)
    read = time.perf_counter() - started
    started = time.perf_counter()
    counts = _write_cache(router, snap, desk_id)
    router.local.cache.clear()
    router.mark_cache_ready()
    return RefreshReport(counts, read, time.perf_counter() - started)
