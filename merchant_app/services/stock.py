"""The stock ledger (INV-2, INV-3, INV-6): moves, levels, reservations, receiving,
transfers and adjustments.

Two figures per product and location (``stock_level``): **on hand** (ledger stock, what
is physically there; always the sum of the location's moves) and **reserved** (what open
orders hold).  **Sellable** = on hand − reserved.

Two layers:

* *Session-level primitives* (:func:`apply_move`, :func:`reserve`, :func:`release`,
  :func:`move_reservation`, :func:`ship`, :func:`return_to_stock`) work inside the
  caller's transaction and never commit; other services (orders, counts, imports) call
  them.  Each changes a level with ONE conditional UPDATE (``... WHERE on_hand - reserved
  >= :q``), so concurrent desks on PostgreSQL or SQLite can never oversell; a refusal is
  a :class:`InsufficientStock` (or :class:`NotReserved`) and changes nothing.
* *User-facing services* (:func:`receive`, :func:`create_purchase_order`,
  :func:`transfer`, :func:`adjust`, :func:`levels`, :func:`moves`, :func:`totals`) take
  an ``AppContext`` and an ``Actor``, own one transaction, check permissions and audit.

A product with ``allow_backorder`` may go below zero (on hand) and be reserved beyond
what is there; every other product never does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    String,
    Table,
    Update,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidInput,
    InvalidTransition,
    KnownError,
    NotFound,
)
from merchant_app.ids import new_id
from merchant_app.models import (
    Location,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    StockLevel,
    StockMove,
    Supplier,
    User,
)
from merchant_app.services import approvals, audit
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import default_location, get_location
from merchant_app.services.permissions import authorize, load_actor
from merchant_app.services.shop import next_number
from merchant_app.services.shop_rules import adjust_threshold, auto_delist_enabled

_level: Table = StockLevel.__table__  # type: ignore[assignment]
_move: Table = StockMove.__table__  # type: ignore[assignment]

ADJUST_REASONS = ("damage", "loss", "found", "correction")
MAX_ADJUST = 2**31 - 1  # stock columns are 32-bit integers on PostgreSQL
PO_RECEIVABLE = ("ordered", "partly_received")


class InsufficientStock(KnownError):
    """Not enough sellable (or ledger) stock for the change; nothing was changed."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Not enough stock of {sku} at {location}: {available} available, {asked} asked."
    )


class NotReserved(Conflict):
    """Releasing or shipping more than is reserved; nothing was changed."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Only {reserved} of {sku} are reserved at {location}; {asked} asked."
    )


# ---------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class LevelRow:
    """Stock of one product at one location."""

    location_id: str
    location_code: str
    location_name: str
    on_hand: int
    reserved: int
    sellable: int


@dataclass(frozen=True)
class StockTotals:
    """Stock of one product summed over every location."""

    on_hand: int
    reserved: int
    sellable: int


@dataclass(frozen=True)
class MoveRow:
    """One ledger entry as the history shows it; ``cursor`` pages to older entries."""

    id: str
    at: datetime
    location_id: str
    location_code: str
    quantity: int
    reason: str
    doc_type: str
    doc_id: str
    note: str
    user_login: str

    @property
    def cursor(self) -> tuple[datetime, str]:
        """Pass as ``before=`` to :func:`moves` for the next (older) page."""
        return (self.at, self.id)


@dataclass(frozen=True)
class PurchaseLineInfo:
    """A purchase order line with what has been received so far."""

    id: str
    product_id: str
    sku: str
    quantity: int
    received: int
    unit_cost_minor: int


@dataclass(frozen=True)
class PurchaseOrderInfo:
    """A purchase order with its lines."""

    id: str
    number: str
    supplier_id: str | None
    location_id: str
    status: str
    note: str
    created_at: datetime
    lines: tuple[PurchaseLineInfo, ...]


@dataclass(frozen=True)
class AdjustmentResult:
    """``applied`` with the move's id, or pending with the approval request."""

    applied: bool
    move_id: str | None
    approval: approvals.ApprovalInfo | None


# ---------------------------------------------------------------- session primitives


def _level_update(
    values: Callable[[BindParameter[int]], Mapping[str, Any]],
    condition: Callable[[BindParameter[int], ColumnElement[bool]], ColumnElement[bool]],
) -> Update:
    """A conditional level UPDATE built once (bind parameters ``p_id``, ``l_id``, ``qty``):
    hot paths then skip statement construction and cache-key work."""
    p_id, l_id = bindparam("p_id", type_=String), bindparam("l_id", type_=String)
    qty = bindparam("qty", type_=Integer)
    backorder = (
        select(Product.allow_backorder).where(Product.id == p_id).scalar_subquery().is_(True)
    )
    return (
        update(_level)
        .where(_level.c.product_id == p_id, _level.c.location_id == l_id, condition(qty, backorder))
        .values(**values(qty))
    )


_on_hand, _reserved = _level.c.on_hand, _level.c.reserved
_RESERVE = _level_update(
    lambda q: {"reserved": _reserved + q}, lambda q, bo: or_(_on_hand - _reserved >= q, bo)
)
_RELEASE = _level_update(lambda q: {"reserved": _reserved - q}, lambda q, bo: _reserved >= q)
_SHIP = _level_update(
    lambda q: {"on_hand": _on_hand - q, "reserved": _reserved - q},
    lambda q, bo: and_(_reserved >= q, or_(_on_hand >= q, bo)),
)
_MOVE_IN = _level_update(lambda q: {"on_hand": _on_hand + q}, lambda q, bo: true())
_MOVE_OUT = _level_update(
    lambda q: {"on_hand": _on_hand + q}, lambda q, bo: or_(_on_hand + q >= _reserved, bo)
)
_MOVE_OUT_TO_ZERO = _level_update(
    lambda q: {"on_hand": _on_hand + q}, lambda q, bo: or_(_on_hand + q >= 0, bo)
)
_INSERT_MOVE = insert(_move)


def _update_level(
    session: Session,
    stmt: Update,
    product_id: str,
    location_id: str,
    qty: int,
    create: bool = True,
) -> bool:
    """Run one of the prebuilt conditional UPDATEs; inserts the missing level row first
    when ``create`` (insert-ignore, so racing desks both end up updating the same row)."""
    params = {"p_id": product_id, "l_id": location_id, "qty": qty}
    conn = session.connection()
    if conn.execute(stmt, params).rowcount == 1:
        return True
    if not create:
        return False
    exists = conn.execute(
        select(_level.c.on_hand).where(
            _level.c.product_id == product_id, _level.c.location_id == location_id
        )
    ).first()
    if exists is not None:
        return False
    insert_ignore(
        session,
        StockLevel,
        {"product_id": product_id, "location_id": location_id, "on_hand": 0, "reserved": 0},
    )
    return conn.execute(stmt, params).rowcount == 1


def _insert_move(
    session: Session,
    ctx: AppContext,
    actor_id: str | None,
    product_id: str,
    location_id: str,
    qty: int,
    reason: str,
    doc_type: str,
    doc_id: str,
    note: str,
) -> str:
    move_id = new_id()
    session.connection().execute(
        _INSERT_MOVE,
        {
            "id": move_id,
            "product_id": product_id,
            "location_id": location_id,
            "quantity": qty,
            "reason": reason,
            "note": note,
            "doc_type": doc_type,
            "doc_id": doc_id,
            "user_id": actor_id,
            "desk_id": ctx.desk_id or None,
            "at": ctx.clock(),
        },
    )
    return move_id


def _refuse_parent(session: Session, product_id: str) -> None:
    """A parent product only groups its variants: stock lives on the variants."""
    row = session.execute(
        select(Product.sku, Product.is_parent).where(Product.id == product_id)
    ).first()
    if row is not None and row.is_parent:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{sku} groups variants and holds no stock itself: choose one of its variants.",
            ),
            sku=row.sku,
            field="product",
        )


def _names(session: Session, product_id: str, location_id: str) -> tuple[str, str]:
    sku = session.scalar(select(Product.sku).where(Product.id == product_id))
    if sku is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The product “{product}” does not exist."),
            product=product_id,
        )
    code = session.scalar(select(Location.code).where(Location.id == location_id))
    if code is None:
        get_location(session, location_id)  # raises NotFound
    return sku, code or location_id


def _level_now(session: Session, product_id: str, location_id: str) -> tuple[int, int]:
    row = session.execute(
        select(_level.c.on_hand, _level.c.reserved).where(
            _level.c.product_id == product_id, _level.c.location_id == location_id
        )
    ).first()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _insufficient(
    session: Session, product_id: str, location_id: str, asked: int
) -> InsufficientStock:
    sku, code = _names(session, product_id, location_id)
    on_hand, reserved = _level_now(session, product_id, location_id)
    return InsufficientStock(sku=sku, location=code, available=on_hand - reserved, asked=asked)


def _not_reserved(session: Session, product_id: str, location_id: str, asked: int) -> NotReserved:
    sku, code = _names(session, product_id, location_id)
    _, reserved = _level_now(session, product_id, location_id)
    return NotReserved(sku=sku, location=code, reserved=reserved, asked=asked)


def _positive(qty: int, field: str = "quantity") -> int:
    if isinstance(qty, bool) or not isinstance(qty, int) or qty <= 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The quantity must be a whole number above zero: {qty}."),
            qty=qty,
            field=field,
        )
    return qty


def apply_move(
    session: Session,
    ctx: AppContext,
    actor_id: str | None,
    product_id: str,
    location_id: str,
    qty: int,
    reason: str,
    doc_type: str = "",
    doc_id: str = "",
    note: str = "",
    *,
    allow_below_reserved: bool = False,
) -> str:
    """Append one stock move and change ledger stock by ``qty``; returns the move's id.

    Effect: on_hand += qty; reserved unchanged; sellable += qty.  A negative ``qty`` is
    refused with :class:`InsufficientStock` (nothing changed) when it would take on_hand
    below reserved (sellable below 0) — or, with ``allow_below_reserved`` (stock counts:
    the shelf is what it is), below 0 — unless the product allows backorders.  Positive
    moves are never refused.  The level row is created when missing.  After a negative
    move, the product may be delisted automatically (INV-6, see :func:`maybe_auto_delist`).
    """
    if isinstance(qty, bool) or not isinstance(qty, int) or qty == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A stock move needs a whole, non-zero quantity: {qty}."),
            qty=qty,
        )
    if not reason or len(reason) > 24:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown stock move reason “{reason}”."), reason=reason
        )
    _refuse_parent(session, product_id)
    if qty > 0:
        stmt = _MOVE_IN  # receipts and finds are never refused
    elif allow_below_reserved:
        stmt = _MOVE_OUT_TO_ZERO
    else:
        stmt = _MOVE_OUT
    if not _update_level(session, stmt, product_id, location_id, qty):
        raise _insufficient(session, product_id, location_id, -qty)
    move_id = _insert_move(
        session, ctx, actor_id, product_id, location_id, qty, reason, doc_type, doc_id, note
    )
    if qty < 0:
        maybe_auto_delist(session, ctx, product_id)
    return move_id


def reserve(session: Session, product_id: str, location_id: str, qty: int) -> None:
    """Hold ``qty`` for an open order (ORD-2: placing an order).

    Effect: reserved += qty; on_hand unchanged; sellable −= qty.  Refused with
    :class:`InsufficientStock` (nothing changed) when sellable < qty, unless the product
    allows backorders.  No move is written (a reservation is not ledger stock).
    """
    _positive(qty)
    ok = _update_level(session, _RESERVE, product_id, location_id, qty)
    if not ok:
        raise _insufficient(session, product_id, location_id, qty)


_LEVELS_FOR_RESERVE = (
    select(Product.id, Product.allow_backorder, _level.c.on_hand, _level.c.reserved)
    .select_from(Product)
    .outerjoin(
        _level,
        and_(_level.c.product_id == Product.id, _level.c.location_id == bindparam("loc")),
    )
    .where(Product.id.in_(bindparam("ids", expanding=True)))
)


def reserve_many(
    session: Session,
    location_id: str,
    quantities: Mapping[str, int],
    levels: Mapping[str, tuple[int | None, int | None, bool]] | None = None,
) -> None:
    """:func:`reserve` for several products at one location (placing an order), in two
    round trips whatever the number of lines: one read of the levels (refusing with
    :class:`InsufficientStock` naming the first product short, before anything changes)
    and one batch of the same conditional UPDATEs.  Should another desk take the stock in
    between, the batch comes up short and :class:`InsufficientStock` is raised too: the
    caller's transaction must then roll back.  ``levels`` (on hand, reserved, allows
    backorder per product, None where no level row exists), when the caller has read
    them in this transaction, saves the read."""
    items = [(pid, _positive(qty)) for pid, qty in quantities.items()]
    conn = session.connection()
    if len(items) == 1 or not conn.dialect.supports_sane_multi_rowcount:
        for pid, qty in items:
            reserve(session, pid, location_id, qty)
        return
    if levels is None or any(pid not in levels for pid, _ in items):
        rows = conn.execute(
            _LEVELS_FOR_RESERVE, {"loc": location_id, "ids": [pid for pid, _ in items]}
        ).all()
        levels = {r.id: (r.on_hand, r.reserved, bool(r.allow_backorder)) for r in rows}
    for pid, qty in items:
        found = levels.get(pid)
        if found is None:
            _names(session, pid, location_id)  # NotFound naming the product
            continue
        on_hand, reserved, backorder = found
        if on_hand is None:
            insert_ignore(
                session,
                StockLevel,
                {"product_id": pid, "location_id": location_id, "on_hand": 0, "reserved": 0},
            )
        sellable = (on_hand or 0) - (reserved or 0)
        if sellable < qty and not backorder:
            raise _insufficient(session, pid, location_id, qty)
    params = [{"p_id": pid, "l_id": location_id, "qty": qty} for pid, qty in items]
    if conn.execute(_RESERVE, params).rowcount != len(items):
        pid, qty = items[0]
        raise _insufficient(session, pid, location_id, qty)


def reserve_backorder(session: Session, product_id: str, location_id: str, qty: int) -> None:
    """Hold ``qty`` even beyond sellable stock (GROW-2: an order a desk took offline whose
    stock another desk sold meanwhile is kept, as a backorder, when it reaches the
    server; the caller records the conflict).  Effect: reserved += qty in one UPDATE;
    on_hand unchanged, so the order ships only once stock arrives."""
    _positive(qty)
    _update_level(session, _RESERVE_ANYWAY, product_id, location_id, qty)


_RESERVE_ANYWAY = _level_update(lambda q: {"reserved": _reserved + q}, lambda q, bo: true())


def release(session: Session, product_id: str, location_id: str, qty: int) -> None:
    """Give back a reservation (ORD-3: cancelling in ``pending_review`` /
    ``awaiting_warehouse``).

    Effect: reserved −= qty; on_hand unchanged; sellable += qty.  Never takes reserved
    below 0: releasing more than is reserved raises :class:`NotReserved` (nothing changed).
    """
    _positive(qty)
    ok = _update_level(session, _RELEASE, product_id, location_id, qty, create=False)
    if not ok:
        raise _not_reserved(session, product_id, location_id, qty)


def move_reservation(
    session: Session, product_id: str, from_location_id: str, to_location_id: str, qty: int
) -> None:
    """Move a reservation to another location (ORD-2: customer-service review allocates
    the order at the location it will ship from).

    Effect: at ``from``: reserved −= qty (sellable += qty); at ``to``: reserved += qty
    (sellable −= qty); on_hand unchanged.  Refused as :func:`release` then
    :func:`reserve` would refuse; on refusal the caller's transaction must roll back.
    """
    if from_location_id == to_location_id:
        return
    release(session, product_id, from_location_id, qty)
    reserve(session, product_id, to_location_id, qty)


def ship(
    session: Session,
    ctx: AppContext,
    actor_id: str | None,
    product_id: str,
    location_id: str,
    qty: int,
    doc_type: str = "",
    doc_id: str = "",
    note: str = "",
) -> str:
    """Take reserved goods out of ledger stock (ORD-2: shipping); returns the move's id.

    Effect: on_hand −= qty and reserved −= qty in one UPDATE, plus a move with reason
    ``ship`` (−qty); sellable unchanged.  Refused with :class:`NotReserved` when fewer than
    ``qty`` are reserved there (reserve first), or :class:`InsufficientStock` when on_hand
    < qty (never for backorder products).  Nothing is changed on refusal.
    """
    _positive(qty)
    ok = _update_level(session, _SHIP, product_id, location_id, qty, create=False)
    if not ok:
        _, reserved = _level_now(session, product_id, location_id)
        if reserved < qty:
            raise _not_reserved(session, product_id, location_id, qty)
        raise _insufficient(session, product_id, location_id, qty)
    move_id = _insert_move(
        session, ctx, actor_id, product_id, location_id, -qty, "ship", doc_type, doc_id, note
    )
    maybe_auto_delist(session, ctx, product_id)
    return move_id


def return_to_stock(
    session: Session,
    ctx: AppContext,
    actor_id: str | None,
    product_id: str,
    location_id: str,
    qty: int,
    doc_type: str = "",
    doc_id: str = "",
    note: str = "",
) -> str:
    """Put goods back on the shelf (ORD-3: picked goods of a cancelled order; ORD-6:
    restocked returns); returns the move's id.

    Effect: on_hand += qty with a move of reason ``return``; reserved unchanged;
    sellable += qty.  Never refused (besides a bad quantity).
    """
    _positive(qty)
    return apply_move(
        session, ctx, actor_id, product_id, location_id, qty, "return", doc_type, doc_id, note
    )


def product_totals(
    session: Session, product_ids: Iterable[str], *, include_variants: bool = False
) -> dict[str, StockTotals]:
    """Stock of each product summed over all locations (zeros for products with none),
    in one grouped query per 500 ids.  With ``include_variants`` a parent's figures are
    the sums over its variants (what the product list shows for a parent)."""
    ids = list(dict.fromkeys(product_ids))
    out = {pid: StockTotals(0, 0, 0) for pid in ids}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        figures = select(
            _level.c.product_id.label("pid"),
            _level.c.on_hand.label("on_hand"),
            _level.c.reserved.label("reserved"),
        ).where(_level.c.product_id.in_(chunk))
        if include_variants:
            via_parent = (
                select(
                    Product.parent_id.label("pid"),
                    _level.c.on_hand.label("on_hand"),
                    _level.c.reserved.label("reserved"),
                )
                .join(_level, _level.c.product_id == Product.id)
                .where(Product.parent_id.in_(chunk))
            )
            figures = figures.union_all(via_parent)  # type: ignore[assignment]
        both = figures.subquery()
        rows = session.execute(
            select(both.c.pid, func.sum(both.c.on_hand), func.sum(both.c.reserved)).group_by(
                both.c.pid
            )
        )
        for pid, on_hand, reserved in rows:
            on_hand, reserved = int(on_hand or 0), int(reserved or 0)
            out[pid] = StockTotals(on_hand, reserved, on_hand - reserved)
    return out


def maybe_auto_delist(session: Session, ctx: AppContext, product_id: str) -> bool:
    """INV-6: when the shop setting ``auto_delist_at_zero`` is ``"1"`` and a listed
    product without backorders has no sellable stock left anywhere, delist it (audited
    as automatic, by ``system``).  Returns whether it was delisted now."""
    if not auto_delist_enabled(session):
        return False
    if product_totals(session, [product_id])[product_id].sellable > 0:
        return False
    changed = session.execute(
        update(Product)
        .where(
            Product.id == product_id,
            Product.status == "listed",
            Product.allow_backorder.is_(False),
        )
        .values(status="delisted", updated_at=ctx.clock())
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if changed != 1:
        return False
    sku = session.scalar(select(Product.sku).where(Product.id == product_id))
    audit.record(
        session,
        ctx,
        None,
        "product.delist.auto",
        sku or product_id,
        {"reason": "no sellable stock", "automatic": True},
        actor_login="system",
    )
    return True


# ------------------------------------------------------------------- purchase orders


def _product(session: Session, product_id: str) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The product “{product}” does not exist."),
            product=product_id,
        )
    return product


def po_info(session: Session, po_id: str) -> PurchaseOrderInfo:
    """A purchase order as a DTO (read fresh from the database)."""
    po = session.scalars(
        select(PurchaseOrder)
        .where(PurchaseOrder.id == po_id)
        .execution_options(populate_existing=True)
    ).first()
    if po is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That purchase order does not exist."))
    rows = session.execute(
        select(PurchaseOrderLine, Product.sku)
        .join(Product, Product.id == PurchaseOrderLine.product_id)
        .where(PurchaseOrderLine.purchase_order_id == po_id)
        .order_by(Product.sku)
        .execution_options(populate_existing=True)
    )
    lines = tuple(
        PurchaseLineInfo(ln.id, ln.product_id, sku, ln.quantity, ln.received, ln.unit_cost_minor)
        for ln, sku in rows
    )
    return PurchaseOrderInfo(
        po.id, po.number, po.supplier_id, po.location_id, po.status, po.note, po.created_at, lines
    )


def new_purchase_order(
    session: Session,
    ctx: AppContext,
    actor: Actor,
    supplier_id: str | None,
    location_id: str,
    lines: Sequence[tuple[str, int]],
    note: str = "",
    status: str = "ordered",
    unit_costs: Mapping[str, int] | None = None,
) -> PurchaseOrderInfo:
    """Create a purchase order in the caller's transaction (permission already checked);
    quantities of the same product are added up; unit cost defaults to the product's."""
    if supplier_id is not None and session.get(Supplier, supplier_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That supplier does not exist."))
    get_location(session, location_id)
    merged: dict[str, int] = {}
    for product_id, qty in lines:
        merged[product_id] = merged.get(product_id, 0) + _positive(qty)
    if not merged:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A purchase order needs at least one line."))
    po = PurchaseOrder(
        number=next_number(session, ctx.desk_id, "purchase_order"),
        supplier_id=supplier_id,
        location_id=location_id,
        status=status,
        note=note.strip(),
        created_by=actor.user_id,
        created_at=ctx.clock(),
    )
    session.add(po)
    session.flush()
    for product_id, qty in merged.items():
        product = _product(session, product_id)
        _refuse_parent(session, product_id)
        cost = (unit_costs or {}).get(product_id, product.cost_minor)
        session.add(
            PurchaseOrderLine(
                purchase_order_id=po.id,
                product_id=product_id,
                quantity=qty,
                received=0,
                unit_cost_minor=cost,
            )
        )
    session.flush()
    audit.record(
        session,
        ctx,
        actor,
        "purchase_order.create",
        po.number,
        {"status": status, "lines": len(merged), "supplier_id": supplier_id},
    )
    return po_info(session, po.id)


def create_purchase_order(
    ctx: AppContext,
    actor: Actor,
    supplier_id: str | None,
    lines: Sequence[tuple[str, int]],
    location_id: str | None = None,
    note: str = "",
    draft: bool = False,
    unit_costs: Mapping[str, int] | None = None,
) -> PurchaseOrderInfo:
    """A purchase order to ``supplier_id`` for ``lines`` of (product id, quantity), to be
    received at ``location_id`` (default ``MAIN``); status ``ordered`` (ready to receive)
    or ``draft``.  Needs ``stock.receive``; the number is desk-prefixed; audited."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.receive")
        loc = location_id or default_location(s).id
        status = "draft" if draft else "ordered"
        return new_purchase_order(
            s, ctx, current, supplier_id, loc, lines, note, status, unit_costs
        )


def place_purchase_order(
    ctx: AppContext, actor: Actor, purchase_order_id: str
) -> PurchaseOrderInfo:
    """Turn a draft purchase order into an ordered one (ready to receive).  Needs
    ``stock.receive``; only a draft can be placed (:class:`InvalidTransition`)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.receive")
        changed = s.execute(
            update(PurchaseOrder)
            .where(PurchaseOrder.id == purchase_order_id, PurchaseOrder.status == "draft")
            .values(status="ordered")
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        info = po_info(s, purchase_order_id)
        if changed != 1:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Purchase order {number} is {status}, not a draft; it cannot be placed.",
                ),
                number=info.number,
                status=info.status,
            )
        audit.record(s, ctx, current, "purchase_order.place", info.number)
        return info


def receive(
    ctx: AppContext, actor: Actor, purchase_order_id: str, lines: Sequence[tuple[str, int]]
) -> PurchaseOrderInfo:
    """Receive goods against an ordered purchase order: ``lines`` of (line id, quantity).

    Each line becomes a ``receive`` move at the order's location; the order turns
    ``partly_received`` or ``received``.  Receiving more than ordered (in total, across
    receipts) is refused and nothing is written.  Needs ``stock.receive``; audited.  Two
    desks receiving the same order queue on its row, so the status is always right.
    """
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.receive")
        po = s.scalars(
            select(PurchaseOrder).where(PurchaseOrder.id == purchase_order_id).with_for_update()
        ).first()
        if po is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That purchase order does not exist."))
        if po.status not in PO_RECEIVABLE:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "Errors", "Purchase order {number} is {status}; goods cannot be received."
                ),
                number=po.number,
                status=po.status,
            )
        if not lines:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Nothing to receive."))
        received: list[dict[str, Any]] = []
        for line_id, qty in lines:
            _positive(qty)
            line = s.get(PurchaseOrderLine, line_id)
            if line is None or line.purchase_order_id != po.id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "Line “{line}” is not on purchase order {number}."),
                    line=line_id,
                    number=po.number,
                )
            ok = s.execute(
                update(PurchaseOrderLine)
                .where(
                    PurchaseOrderLine.id == line_id,
                    PurchaseOrderLine.received + qty <= PurchaseOrderLine.quantity,
                )
                .values(received=PurchaseOrderLine.received + qty)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if ok != 1:
                s.refresh(line)
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Receiving {asked} of {sku} would exceed the {ordered} ordered on "
                        "{number} ({received} already received).",
                    ),
                    asked=qty,
                    sku=_product(s, line.product_id).sku,
                    ordered=line.quantity,
                    received=line.received,
                    number=po.number,
                    field="quantity",
                )
            apply_move(
                s,
                ctx,
                current.user_id,
                line.product_id,
                po.location_id,
                qty,
                "receive",
                "purchase_order",
                po.id,
            )
            received.append({"line": line_id, "product_id": line.product_id, "qty": qty})
        open_lines = s.scalar(
            select(func.count())
            .select_from(PurchaseOrderLine)
            .where(
                PurchaseOrderLine.purchase_order_id == po.id,
                PurchaseOrderLine.received < PurchaseOrderLine.quantity,
            )
        )
        po.status = "partly_received" if open_lines else "received"
        s.flush()
        audit.record(
            s, ctx, current, "stock.receive", po.number, {"lines": received, "status": po.status}
        )
        return po_info(s, po.id)


# ------------------------------------------------------------ transfers, adjustments


def transfer(
    ctx: AppContext,
    actor: Actor,
    product_id: str,
    from_location_id: str,
    to_location_id: str,
    qty: int,
    note: str = "",
) -> str:
    """Move ``qty`` of a product between two locations: two moves (``transfer_out``,
    ``transfer_in``) sharing one transfer id (returned), in one transaction.  Refused with
    :class:`InsufficientStock` when the source lacks sellable stock.  Needs
    ``stock.receive``; audited."""
    _positive(qty)
    if from_location_id == to_location_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A transfer needs two different locations."),
            field="to_location",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.receive")
        sku = _product(s, product_id).sku
        src, dst = get_location(s, from_location_id), get_location(s, to_location_id)
        transfer_id = new_id()
        apply_move(
            s,
            ctx,
            current.user_id,
            product_id,
            src.id,
            -qty,
            "transfer_out",
            "transfer",
            transfer_id,
            note,
        )
        apply_move(
            s,
            ctx,
            current.user_id,
            product_id,
            dst.id,
            qty,
            "transfer_in",
            "transfer",
            transfer_id,
            note,
        )
        audit.record(
            s,
            ctx,
            current,
            "stock.transfer",
            sku,
            {"from": src.code, "to": dst.code, "qty": qty, "transfer_id": transfer_id},
        )
        return transfer_id


def _check_adjustment(qty: int, reason: str) -> None:
    if reason not in ADJUST_REASONS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unknown adjustment reason “{reason}”: use damage, loss, found or correction.",
            ),
            reason=reason,
            field="reason",
        )
    if isinstance(qty, bool) or not isinstance(qty, int) or qty == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An adjustment needs a whole, non-zero quantity: {qty}."),
            qty=qty,
            field="quantity",
        )
    if not -MAX_ADJUST <= qty <= MAX_ADJUST:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "An adjustment of {qty} is too large: at most {max} units at a time."
            ),
            qty=qty,
            max=MAX_ADJUST,
            field="quantity",
        )
    if (reason in ("damage", "loss") and qty > 0) or (reason == "found" and qty < 0):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A “{reason}” adjustment cannot be {qty}: damage and loss take stock "
                "out, found puts it in.",
            ),
            reason=reason,
            qty=qty,
            field="quantity",
        )


def _adjust_now(
    s: Session,
    ctx: AppContext,
    by: Actor,
    requested_by: str,
    p: Mapping[str, Any],
    approved: bool = False,
) -> str:
    move_id = apply_move(
        s,
        ctx,
        requested_by,
        p["product_id"],
        p["location_id"],
        int(p["qty"]),
        p["reason"],
        "adjustment",
        "",
        p.get("note", ""),
    )
    sku, code = _names(s, p["product_id"], p["location_id"])
    details = {
        "location": code,
        "qty": p["qty"],
        "reason": p["reason"],
        "note": p.get("note"),
        "requested_by": requested_by,
        "approved": approved,
    }
    audit.record(s, ctx, by, "stock.adjust", sku, details)
    return move_id


def adjust(
    ctx: AppContext,
    actor: Actor,
    product_id: str,
    location_id: str,
    qty: int,
    reason: str,
    note: str = "",
) -> AdjustmentResult:
    """Adjust ledger stock by ``qty`` with a reason (damage/loss take out, found puts in,
    correction either way).  Needs ``stock.adjust``.  Above the threshold (units, see
    :func:`adjust_threshold`) an actor without ``stock.adjust.approve`` gets a pending
    approval (kind ``stock.adjust``) instead, applied exactly once when approved."""
    _check_adjustment(qty, reason)
    payload = {
        "product_id": product_id,
        "location_id": location_id,
        "qty": qty,
        "reason": reason,
        "note": bounded_text(note, 2000, "note"),
    }
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.adjust")
        sku, code = _names(s, product_id, location_id)
        if abs(qty) <= adjust_threshold(s) or "stock.adjust.approve" in current.permissions:
            move_id = _adjust_now(s, ctx, current, current.user_id, payload)
            return AdjustmentResult(True, move_id, None)
    payload["requested_by"] = actor.user_id
    summary = f"Adjust {sku} at {code} by {qty:+d} ({reason})"
    info = approvals.submit(ctx, actor, "stock.adjust", payload, summary, reason=note)
    return AdjustmentResult(False, None, info)


def _apply_approved_adjustment(
    s: Session, ctx: AppContext, approver: Actor, payload: dict[str, Any]
) -> None:
    _adjust_now(s, ctx, approver, payload["requested_by"], payload, approved=True)


approvals.register(
    approvals.ApprovalKind(
        "stock.adjust", "stock.adjust", "stock.adjust.approve", _apply_approved_adjustment
    )
)


# --------------------------------------------------------------------------- queries


def levels(ctx: AppContext, actor: Actor, product_id: str) -> list[LevelRow]:
    """On hand, reserved and sellable of one product per location (by location code);
    any signed-in, active user may look."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        _product(s, product_id)
        rows = s.execute(
            select(Location.id, Location.code, Location.name, _level.c.on_hand, _level.c.reserved)
            .join(_level, _level.c.location_id == Location.id)
            .where(_level.c.product_id == product_id)
            .order_by(Location.code)
        )
        return [LevelRow(i, c, n, oh, r, oh - r) for i, c, n, oh, r in rows]


def totals(ctx: AppContext, actor: Actor, product_ids: Iterable[str]) -> dict[str, StockTotals]:
    """Stock of each product over all locations; any signed-in, active user may look."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return product_totals(s, product_ids)


def moves(
    ctx: AppContext,
    actor: Actor,
    product_id: str,
    location_id: str | None = None,
    limit: int = 100,
    before: tuple[datetime, str] | None = None,
) -> list[MoveRow]:
    """A product's ledger, newest first, ``limit`` at a time; pass the last row's
    ``cursor`` as ``before`` for the next page (keyset paging: as fast at any depth)."""
    limit = max(1, min(int(limit), 1000))
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        q = (
            select(
                _move.c.id,
                _move.c.at,
                _move.c.location_id,
                Location.code,
                _move.c.quantity,
                _move.c.reason,
                _move.c.doc_type,
                _move.c.doc_id,
                _move.c.note,
                User.login,
            )
            .join(Location, Location.id == _move.c.location_id)
            .outerjoin(User, User.id == _move.c.user_id)
            .where(_move.c.product_id == product_id)
            .order_by(_move.c.at.desc(), _move.c.id.desc())
            .limit(limit)
        )
        if location_id is not None:
            q = q.where(_move.c.location_id == location_id)
        if before is not None:
            at, move_id = before
            q = q.where(or_(_move.c.at < at, and_(_move.c.at == at, _move.c.id < move_id)))
        return [
            MoveRow(i, at, loc, code, qty, reason, dt, di, note, login or "")
            for i, at, loc, code, qty, reason, dt, di, note, login in s.execute(q)
        ]
