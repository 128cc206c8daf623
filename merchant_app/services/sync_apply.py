"""Reading an offline desk's queued records from its cache and applying them on the
server (GROW-2), one outbox item at a time inside the caller's server transaction.

Every record keeps the id and the human number the desk gave it, and each row is only
inserted when the server does not have it yet (by id): applying the same item twice
changes nothing.  The server's own rules run again as the records arrive; what they
find is returned as :class:`Found` (the caller stores it as a ``sync_conflict``) and
never drops the record:

* an order's stock is reserved through ``services/stock.py``; what the server can no
  longer cover is reserved anyway, as a backorder (``stock_short``);
* a coupon used up or expired meanwhile keeps its use on the order (``coupon_refused``);
* points spent offline that the member's balance no longer covers are not taken
  (``points_short``); points earned offline are added to the server's ledger;
* payments on an order cancelled meanwhile are kept (``order_cancelled``);
* a member edited on the server after this desk last had them keeps the server's
  version; the offline edit waits in the conflict (``member_edited``); a member
  registered offline whose phone or email another member has is kept
  (``member_duplicate``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, insert, or_, select, update
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, NotFound
from merchant_app.models import (
    AuditEntry,
    CouponUse,
    Member,
    MemberNameKey,
    MemberPoints,
    OrderEvent,
    OrderLine,
    Payment,
    PointsEntry,
    Promotion,
    SalesOrder,
    StockLevel,
    SyncOutbox,
)
from merchant_app.services import audit, member_points, member_tiers, promotions, stock
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_payments import settle_status

CHUNK = 500


def _t(model: Any) -> Table:
    table: Table = model.__table__
    return table


_order, _line, _event, _payment = _t(SalesOrder), _t(OrderLine), _t(OrderEvent), _t(Payment)
_points, _coupon, _member, _keys = _t(PointsEntry), _t(CouponUse), _t(Member), _t(MemberNameKey)
_balance, _audit, _level = _t(MemberPoints), _t(AuditEntry), _t(StockLevel)
# the ledger's own conditional step (balance + delta >= 0, next seq), shared with
# member_points.post so both move a balance the same way
_STEP = member_points._STEP


class RecordMissing(NotFound):
    """The queued record is no longer in the desk's cache."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The {kind} queued on this desk ({record}) is no longer in its copy."
    )


@dataclass(frozen=True)
class Found:
    """A server rule's finding about a record that arrived (stored as a conflict)."""

    reason: str
    params: dict[str, Any]


@dataclass
class OrderBundle:
    """An order and everything hanging off it in the desk's cache."""

    order: dict[str, Any] | None
    lines: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    coupons: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MemberBundle:
    """A member's row and name keys in the desk's cache."""

    member: dict[str, Any] | None
    name_keys: list[str] = field(default_factory=list)


@dataclass
class Payloads:
    """What a batch of outbox items carries, read from the cache in one snapshot."""

    orders: dict[str, OrderBundle] = field(default_factory=dict)
    members: dict[str, MemberBundle] = field(default_factory=dict)
    points: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audit: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


# ---------------------------------------------------------------------- reading the cache


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _rows(conn: Connection, table: Table, column: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        out += [
            dict(r)
            for r in conn.execute(select(table).where(table.c[column].in_(chunk))).mappings()
        ]
    return out


def read_payloads(session: Session, items: Sequence[SyncOutbox | Any]) -> Payloads:
    """The records ``items`` name, as the cache holds them now (``session`` reads the
    cache)."""
    conn = session.connection()
    out = Payloads()
    order_ids = sorted({i.record_id for i in items if i.kind in ("order", "payment")})
    member_ids = sorted({i.record_id for i in items if i.kind == "member"})
    points_ids = sorted({i.record_id for i in items if i.kind == "points"})
    if order_ids:
        bundles = {r["id"]: OrderBundle(r) for r in _rows(conn, _order, "id", order_ids)}
        for key, table in (
            ("lines", _line),
            ("events", _event),
            ("payments", _payment),
            ("points", _points),
            ("coupons", _coupon),
        ):
            for row in _rows(conn, table, "order_id", order_ids):
                getattr(bundles[row["order_id"]], key).append(row)
        for b in bundles.values():
            b.lines.sort(key=lambda r: r["line_no"])
            b.points.sort(key=lambda r: (r["member_id"], r["seq"]))
        out.orders = bundles
    if member_ids:
        out.members = {r["id"]: MemberBundle(r) for r in _rows(conn, _member, "id", member_ids)}
        for row in _rows(conn, _keys, "member_id", member_ids):
            out.members[row["member_id"]].name_keys.append(row["key_hash"])
    if points_ids:
        for member_id in points_ids:
            out.points[member_id] = []
        for chunk in _chunks(points_ids):
            found = conn.execute(
                select(_points)
                .where(_points.c.member_id.in_(chunk), _points.c.order_id.is_(None))
                .order_by(_points.c.member_id, _points.c.seq)
            ).mappings()
            for entry in found:
                out.points[entry["member_id"]].append(dict(entry))
    for item in items:
        if item.kind == "audit":
            first, _, last = item.record_id.partition("-")
            out.audit[item.record_id] = [
                dict(r)
                for r in conn.execute(
                    select(_audit)
                    .where(_audit.c.seq >= int(first), _audit.c.seq <= int(last))
                    .order_by(_audit.c.seq)
                ).mappings()
            ]
    return out


# ---------------------------------------------------------------------- orders


def _missing(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows the server does not have yet (by id)."""
    if not rows:
        return []
    have = set(conn.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))))
    return [r for r in rows if r["id"] not in have]


def _sellable(conn: Connection, product_id: str, location_id: str) -> int:
    row = conn.execute(
        select(_level.c.on_hand - _level.c.reserved).where(
            _level.c.product_id == product_id, _level.c.location_id == location_id
        )
    ).first()
    return int(row[0]) if row else 0


def _reserve(s: Session, order: dict[str, Any], lines: Sequence[dict[str, Any]]) -> list[Found]:
    """Reserve the order's stock on the server; what it cannot cover is reserved anyway
    (a backorder) and reported."""
    wanted: dict[str, int] = {}
    skus: dict[str, str] = {}
    for ln in lines:
        wanted[ln["product_id"]] = wanted.get(ln["product_id"], 0) + ln["quantity"]
        skus[ln["product_id"]] = ln["sku"]
    location = order["location_id"]
    if not wanted or order["state"] == "cancelled":
        return []
    try:
        with s.begin_nested():
            stock.reserve_many(s, location, wanted)
        return []
    except stock.InsufficientStock:
        pass
    found = []
    for pid, qty in wanted.items():
        try:
            with s.begin_nested():
                stock.reserve(s, pid, location, qty)
        except stock.InsufficientStock:
            sellable = _sellable(s.connection(), pid, location)
            stock.reserve_backorder(s, pid, location, qty)
            found.append(
                Found(
                    "stock_short",
                    {
                        "order": order["number"],
                        "sku": skus[pid],
                        "asked": qty,
                        "sellable": max(0, sellable),
                    },
                )
            )
    return found


def _coupons(s: Session, ctx: AppContext, b: OrderBundle) -> list[Found]:
    assert b.order is not None
    conn = s.connection()
    found = []
    for use in b.coupons:
        there = conn.execute(
            select(_coupon.c.id).where(
                _coupon.c.promotion_id == use["promotion_id"], _coupon.c.order_id == use["order_id"]
            )
        ).first()
        if there is not None:
            continue
        code = conn.execute(
            select(Promotion.code).where(Promotion.id == use["promotion_id"])
        ).scalar_one_or_none()
        try:
            with s.begin_nested():
                promotions.use_coupons(s, ctx, use["order_id"], use["member_id"], [code or ""])
        except (Conflict, NotFound) as exc:
            conn.execute(insert(_coupon), use)  # the order did use it; the count stays
            found.append(
                Found(
                    "coupon_refused",
                    {"order": b.order["number"], "code": code or "", "why": exc.message},
                )
            )
    return found


def apply_points(
    s: Session, ctx: AppContext, entries: Sequence[dict[str, Any]], label: str
) -> tuple[list[Found], set[str]]:
    """Add the ledger entries the server lacks (by id) through the balance's conditional
    step: the server gives each its own ``seq`` and ``balance_after``.  Expiry entries
    made offline are left out (the server expires due points itself before any
    spending).  Returns the findings and the members whose balance moved."""
    conn = s.connection()
    found: list[Found] = []
    moved: set[str] = set()
    for e in _missing(conn, _points, entries):
        if e["kind"] == "expire":
            continue
        member_id, points = e["member_id"], int(e["points"])
        if points < 0:
            member_points.expire_member(s, ctx, member_id)
        params = {"b_member": member_id, "b_d": points}
        row = conn.execute(_STEP, params).one_or_none()
        if (
            row is None
            and not conn.execute(
                select(_balance.c.member_id).where(_balance.c.member_id == member_id)
            ).first()
        ):
            insert_ignore(s, MemberPoints, {"member_id": member_id, "balance": 0, "last_seq": 0})
            row = conn.execute(_STEP, params).one_or_none()
        if row is None:
            card = conn.execute(
                select(_member.c.card_number).where(_member.c.id == member_id)
            ).scalar()
            found.append(
                Found(
                    "points_short",
                    {
                        "card": card or "",
                        "needed": -points,
                        "balance": member_points.balance_in(s, member_id),
                        "record": label,
                    },
                )
            )
            continue
        conn.execute(
            insert(_points),
            {**e, "seq": int(row[1]), "balance_after": int(row[0])},
        )
        if e["expires_at"] is not None:
            conn.execute(
                update(_balance)
                .where(
                    _balance.c.member_id == member_id,
                    or_(
                        _balance.c.next_expiry_at.is_(None),
                        _balance.c.next_expiry_at > e["expires_at"],
                    ),
                )
                .values(next_expiry_at=e["expires_at"])
            )
        moved.add(member_id)
    return found, moved


def apply_order(
    s: Session, ctx: AppContext, b: OrderBundle, record_id: str, touched: set[str]
) -> list[Found]:
    """Bring the server's copy of an order up to the desk's: the order and its lines
    (placed: stock reserved) when new, then the history entries, payments, coupon uses
    and points entries it lacks; the payment status is worked out again.  Members whose
    points moved are added to ``touched`` (their tiers are worked out once per batch:
    :func:`refresh_members`)."""
    if b.order is None:
        raise RecordMissing(kind="order", record=record_id)
    conn = s.connection()
    order_id = b.order["id"]
    state = conn.execute(select(_order.c.state).where(_order.c.id == order_id)).scalar()
    placed = state is None
    found: list[Found] = []
    if placed:
        conn.execute(insert(_order), b.order)
        if b.lines:
            conn.execute(insert(_line), b.lines)
        found += _reserve(s, b.order, b.lines)
        events, payments = b.events, b.payments
    else:
        events, payments = _missing(conn, _event, b.events), _missing(conn, _payment, b.payments)
    if events:
        conn.execute(insert(_event), events)
    if payments:
        conn.execute(insert(_payment), payments)
        if state == "cancelled":
            found.append(
                Found(
                    "order_cancelled",
                    {"order": b.order["number"], "paid": sum(p["amount_minor"] for p in payments)},
                )
            )
    if b.coupons:
        found += _coupons(s, ctx, b)
    if b.points:
        more, moved = apply_points(s, ctx, b.points, b.order["number"])
        found += more
        touched |= moved
    if payments and not placed:
        settle_status(s, order_id)
    return found


# ---------------------------------------------------------------------- members

_EDITABLE = (
    "sealed",
    "phone_hash",
    "phone_tail_hash",
    "email_hash",
    "tags",
    "consent_marketing",
    "consent_sms",
    "consent_email",
    "updated_at",
)


def member_edit(row: dict[str, Any], name_keys: Sequence[str]) -> dict[str, Any]:
    """The edited columns of a member as JSON-ready values (kept in a conflict)."""
    out: dict[str, Any] = {}
    for key in _EDITABLE:
        value = row[key]
        if isinstance(value, bytes):
            value = base64.b64encode(value).decode("ascii")
        elif isinstance(value, datetime):
            value = value.isoformat()
        out[key] = value
    out["name_keys"] = list(name_keys)
    return out


def write_member_edit(s: Session, member_id: str, edit: dict[str, Any]) -> None:
    """Put an edit made by :func:`member_edit` on the server's member row."""
    values = {k: edit[k] for k in _EDITABLE}
    values["sealed"] = base64.b64decode(values["sealed"])
    values["updated_at"] = datetime.fromisoformat(values["updated_at"])
    conn = s.connection()
    conn.execute(update(_member).where(_member.c.id == member_id).values(**values))
    conn.execute(_keys.delete().where(_keys.c.member_id == member_id))
    keys = [{"member_id": member_id, "key_hash": k} for k in edit["name_keys"]]
    if keys:
        conn.execute(insert(_keys), keys)


def apply_member(s: Session, b: MemberBundle, record_id: str, base: datetime | None) -> list[Found]:
    """A member registered offline is added; an offline edit is applied unless the
    server's member changed after ``base`` (the version the desk started from)."""
    if b.member is None:
        raise RecordMissing(kind="member", record=record_id)
    conn = s.connection()
    row = b.member
    server = conn.execute(
        select(_member.c.updated_at, _member.c.status).where(_member.c.id == row["id"])
    ).first()
    if server is None:
        conn.execute(insert(_member), row)
        if b.name_keys:
            conn.execute(
                insert(_keys), [{"member_id": row["id"], "key_hash": k} for k in b.name_keys]
            )
        insert_ignore(s, MemberPoints, {"member_id": row["id"], "balance": 0, "last_seq": 0})
        return _duplicates(conn, row)
    server_version, status = server
    if server_version == row["updated_at"]:
        return []  # the server has this version already
    if status == "erased" or (base is not None and server_version > base):
        return [
            Found(
                "member_edited",
                {
                    "card": row["card_number"],
                    "server_updated_at": server_version.isoformat(),
                    "offline_updated_at": row["updated_at"].isoformat(),
                    "erased": status == "erased",
                    "edit": member_edit(row, b.name_keys),
                },
            )
        ]
    write_member_edit(s, row["id"], member_edit(row, b.name_keys))
    return []


def _duplicates(conn: Connection, row: dict[str, Any]) -> list[Found]:
    conds = [_member.c[col] == row[col] for col in ("phone_hash", "email_hash") if row[col]]
    if not conds:
        return []
    others = list(
        conn.scalars(
            select(_member.c.card_number)
            .where(and_(or_(*conds), _member.c.status == "active", _member.c.id != row["id"]))
            .limit(5)
        )
    )
    if not others:
        return []
    return [Found("member_duplicate", {"card": row["card_number"], "others": others})]


# ---------------------------------------------------------------------- points, audit


def apply_points_item(
    s: Session,
    ctx: AppContext,
    entries: Sequence[dict[str, Any]],
    member_id: str,
    touched: set[str],
) -> list[Found]:
    """Points adjustments made offline (entries without an order)."""
    found, moved = apply_points(s, ctx, entries, f"member {member_id}")
    touched |= moved
    return found


def refresh_members(s: Session, ctx: AppContext, member_ids: set[str]) -> None:
    """Work out the figures, tier and segment of members whose orders or points arrived
    (once per batch rather than once per order)."""
    if member_ids:
        member_tiers.recompute_in_session(s, ctx.clock(), sorted(member_ids))


def apply_audit(s: Session, ctx: AppContext, entries: Sequence[dict[str, Any]]) -> list[Found]:
    """Append the desk's offline audit entries to the server's chain, in their order,
    each naming when and where it happened (the chain's own time is the sync's)."""
    for e in entries:
        try:
            details = json.loads(e["details"] or "{}")
        except ValueError:
            details = {"text": e["details"]}
        if not isinstance(details, dict):
            details = {"value": details}
        details.update(offline_at=e["at"].isoformat(), offline_seq=e["seq"])
        actor = (
            Actor(e["actor_id"], e["actor_login"], "", "", frozenset()) if e["actor_id"] else None
        )
        audit.record(s, ctx, actor, e["action"], e["target"], details, actor_login=e["actor_login"])
    return []
