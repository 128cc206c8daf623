"""The order list (ORD-9): search and filters that stay fast on a million orders.

Orders are listed newest first and paged by key (``created_at`` then ``id``, both
descending), never by ``OFFSET``, and nothing counts the whole table.  Every query is
served by an index of ``models/orders.py``:

* no search text: ``(created_at, id)`` or, with a filter, ``(state | desk_id |
  payment_status, created_at, id)``, walked newest first and stopped at ``LIMIT``;
* search text is looked up by exact keys first: an order number (exact, or a prefix
  such as ``D01-0000``), a tracking number, a phone number (``phone_key``), a product
  SKU or barcode (orders holding it, through ``order_line(product_id, order_id)``) and a
  member id.  Each lookup collects at most :data:`CANDIDATE_CAP` order ids through its
  index; the page is then read by primary key and sorted.  A key matching more orders
  than that (a regular customer's phone, a best-selling product) instead filters the
  newest-first walk, where matches are dense enough to fill a page quickly;
* only when none of those keys matches is the text taken as the start of a customer's
  name (case-insensitive).  No index holds names, so this is a filter on the
  newest-first walk, bounded to the newest :data:`NAME_WINDOW` orders that pass the
  other filters (a name nobody has would otherwise read the whole table); a date range
  moves the window to older orders.  Nothing ever runs ``LIKE '%text%'`` over the
  table.

Any signed-in, active user may list orders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from merchant_app.models import Desk, OrderLine, Product, ProductBarcode, SalesOrder
from merchant_app.services.catalog_rules import like_escape
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_flow import PAYMENT_STATUS_LABELS, OrderState
from merchant_app.services.order_privacy import is_sealed, recipient_of
from merchant_app.services.orders import phone_key
from merchant_app.services.permissions import load_actor

CANDIDATE_CAP = 2000  # ids an exact-key lookup may collect before it becomes a filter
NAME_WINDOW = 30_000  # newest orders (after the filters) a customer-name search reads
MAX_LIMIT = 1000
MAX_TEXT = 100
MEMBER_CAP = 50  # members a phone, email or name search of orders may designate
_TOP = chr(0x10FFFF)  # sorts after every other character
_NUMBER_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9]{0,7}-\d*")
_PHONE = re.compile(r"\+?[\d\s().-]+")


@dataclass(frozen=True)
class OrderFilter:
    """What the order list is narrowed to; empty values mean "any".  ``date_from`` and
    ``date_to`` are inclusive days (UTC)."""

    text: str = ""
    state: str = ""
    date_from: date | None = None
    date_to: date | None = None
    desk_id: str = ""
    payment_status: str = ""


@dataclass(frozen=True)
class OrderRow:
    """One order as the list shows it."""

    id: str
    number: str
    created_at: datetime
    state: str
    customer_name: str
    customer_phone: str
    total_minor: int
    paid_minor: int
    payment_status: str
    tracking_number: str
    desk_code: str
    lines_count: int

    @property
    def key(self) -> tuple[datetime, str]:
        """Where the next page starts (pass it as ``after``)."""
        return (self.created_at, self.id)


# ---------------------------------------------------------------------------- checks


def _bad(template: str, field: str, **params: Any) -> InvalidInput:
    return InvalidInput(template, field=field, **params)


def _check(flt: OrderFilter, after: tuple[datetime, str] | None, limit: int) -> None:
    if not isinstance(flt, OrderFilter):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "The order filter is not valid."), "filter")
    if not isinstance(flt.text, str) or len(flt.text) > MAX_TEXT or "\x00" in flt.text:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors", "The search text is too long (at most {limit} characters)."
            ),
            "text",
            limit=MAX_TEXT,
        )
    if flt.state and flt.state not in {s.value for s in OrderState}:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Unknown order state “{state}”."), "state", state=flt.state
        )
    if flt.payment_status and flt.payment_status not in PAYMENT_STATUS_LABELS:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Unknown payment status “{status}”."),
            "payment_status",
            status=flt.payment_status,
        )
    if not isinstance(flt.desk_id, str) or len(flt.desk_id) > 36:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "The desk is not valid."), "desk_id")
    for name, value in (("date_from", flt.date_from), ("date_to", flt.date_to)):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "The {which} date must be a calendar date."),
                name,
                which="start" if name == "date_from" else "end",
            )
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), "date_to")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 < limit <= MAX_LIMIT:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "The page size must be from 1 to {max}."),
            "limit",
            max=MAX_LIMIT,
        )
    if after is not None:
        ok = (
            isinstance(after, tuple)
            and len(after) == 2
            and isinstance(after[0], datetime)
            and after[0].tzinfo is not None
            and isinstance(after[1], str)
        )
        if not ok:
            raise _bad(QT_TRANSLATE_NOOP("Errors", "The page position is not valid."), "after")


# ---------------------------------------------------------------------------- pieces


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _filters(
    s: Session, flt: OrderFilter, after: tuple[datetime, str] | None, driving: bool
) -> list[ColumnElement[bool]]:
    """State, desk, payment, dates and the keyset position.  With ``driving`` False the
    terms are kept from steering SQLite to their indexes (the query is driven by a short
    list of ids instead)."""
    o = SalesOrder

    def col(column: Any) -> Any:
        return column if driving else _not_driving(s, column)

    terms: list[ColumnElement[bool]] = []
    if flt.state:
        terms.append(col(o.state) == flt.state)
    if flt.desk_id:
        terms.append(col(o.desk_id) == flt.desk_id)
    if flt.payment_status:
        terms.append(col(o.payment_status) == flt.payment_status)
    if flt.date_from:
        terms.append(col(o.created_at) >= _day_start(flt.date_from))
    if flt.date_to:
        terms.append(col(o.created_at) < _day_start(flt.date_to + timedelta(days=1)))
    if after is not None:
        at, last_id = after
        # a range on created_at (served by the index) plus the tie-break on id
        terms.append(col(o.created_at) <= at)
        terms.append(or_(col(o.created_at) < at, col(o.id) < last_id))
    return terms


def _capped(s: Session, q: Select[tuple[str]]) -> tuple[set[str], bool]:
    """At most CANDIDATE_CAP ids from ``q``; the flag says whether there were more."""
    ids = set(s.scalars(q.limit(CANDIDATE_CAP + 1)).all())
    return ids, len(ids) > CANDIDATE_CAP


def _not_driving(s: Session, column: Any) -> Any:
    """``column`` written so SQLite's planner will not drive the query by its index
    (a unary ``+``): used when a key matches so many orders that walking the
    newest-first index with it as a filter is the cheaper plan.  PostgreSQL's planner
    has statistics and decides for itself."""
    if s.get_bind().dialect.name == "sqlite":
        return UnaryExpression(column, operator=custom_op("+"), type_=column.type)
    return column


@dataclass
class _TextMatch:
    """Orders a search text designates: a small set of ids, and conditions for keys
    that match too many orders to collect."""

    ids: set[str]
    dense: list[ColumnElement[bool]]

    @property
    def found(self) -> bool:
        return bool(self.ids or self.dense)


def _member_ids(s: Session, ctx: AppContext, text: str) -> list[str]:
    """Members a text designates through members' keyed hashes (phone, email, card,
    name words); none when this desk has no data key."""
    from merchant_app.services.member_keys import cipher_in
    from merchant_app.services.members import match_ids

    try:
        cipher = cipher_in(s, ctx, create=False)
    except KnownError:
        return []
    return match_ids(s, cipher, text, MEMBER_CAP)


def _text_match(s: Session, ctx: AppContext, text: str) -> _TextMatch:
    o = SalesOrder
    match = _TextMatch(set(), [])

    def collect(q: Select[tuple[str]], dense: ColumnElement[bool]) -> None:
        ids, more = _capped(s, q)
        if more:
            match.dense.append(dense)
        else:
            match.ids |= ids

    upper = text.upper()
    # order number: exact, or a prefix (desk code, dash, digits)
    match.ids |= set(s.scalars(select(o.id).where(o.number.in_({text, upper}))))
    if _NUMBER_PREFIX.fullmatch(text):
        in_range = and_(o.number >= upper, o.number < upper + _TOP)
        collect(
            select(o.id).where(in_range),
            and_(_not_driving(s, o.number) >= upper, _not_driving(s, o.number) < upper + _TOP),
        )
    # tracking (waybill) number, exact
    match.ids |= set(s.scalars(select(o.id).where(o.tracking_number.in_({text, upper}))))
    # phone number: its digits, as phone_key
    if _PHONE.fullmatch(text) and sum(ch.isdigit() for ch in text) >= 5:
        key = phone_key(text)
        if key:
            collect(select(o.id).where(o.phone_key == key), _not_driving(s, o.phone_key) == key)
    # a product's SKU or barcode: the orders holding it
    products = set(s.scalars(select(Product.id).where(Product.sku == text)))
    products |= set(s.scalars(select(ProductBarcode.product_id).where(ProductBarcode.code == text)))
    if products:
        holding = select(OrderLine.order_id).where(OrderLine.product_id.in_(products))
        collect(holding.distinct(), _not_driving(s, o.id).in_(holding))
    # a member's phone, email or card (orders for members keep none of them in clear)
    if "@" in text or (_PHONE.fullmatch(text) and sum(ch.isdigit() for ch in text) >= 4):
        member_ids = _member_ids(s, ctx, text)
        if member_ids:
            collect(
                select(o.id).where(o.member_id.in_(member_ids)),
                _not_driving(s, o.member_id).in_(member_ids),
            )
    # a member id
    if len(text) <= 36:
        collect(select(o.id).where(o.member_id == text), _not_driving(s, o.member_id) == text)
    return match


def _name_prefix(text: str) -> ColumnElement[bool]:
    """Customer name starting with ``text``, ignoring case (a filter on the walk)."""
    return SalesOrder.customer_name.ilike(like_escape(text) + "%", escape="\\")


def _name_window(s: Session, flt: OrderFilter) -> list[ColumnElement[bool]]:
    """Keep a name search to the newest NAME_WINDOW orders passing the filters: the key
    of the oldest of them, read from the index alone."""
    o = SalesOrder
    edge = s.execute(
        select(o.created_at, o.id)
        .where(*_filters(s, flt, None, driving=True))
        .order_by(o.created_at.desc(), o.id.desc())
        .offset(NAME_WINDOW - 1)
        .limit(1)
    ).first()
    if edge is None:
        return []
    at, edge_id = edge
    return [o.created_at >= at, or_(o.created_at > at, o.id >= edge_id)]


_ROW_COLUMNS = (
    SalesOrder.id,
    SalesOrder.number,
    SalesOrder.created_at,
    SalesOrder.state,
    SalesOrder.customer_name,
    SalesOrder.customer_phone,
    SalesOrder.total_minor,
    SalesOrder.paid_minor,
    SalesOrder.payment_status,
    SalesOrder.tracking_number,
    SalesOrder.desk_id,
    SalesOrder.ship_name,
    SalesOrder.ship_phone,
    SalesOrder.ship_address,
)


# ---------------------------------------------------------------------------- queries


def search_orders(
    ctx: AppContext,
    actor: Actor,
    flt: OrderFilter,
    after: tuple[datetime, str] | None = None,
    limit: int = 100,
) -> list[OrderRow]:
    """Up to ``limit`` orders matching ``flt``, newest first, starting after the key
    ``after`` (the :attr:`OrderRow.key` of the last row of the previous page).  Pages
    neither skip nor repeat an order.  Bad filter values raise :class:`InvalidInput`
    naming the field; any signed-in, active user may list."""
    _check(flt, after, limit)
    text = flt.text.strip()
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        o = SalesOrder
        match = _text_match(s, ctx, text) if text else None
        if match is not None and match.ids and not match.dense:
            # a short list of ids drives the query; the filters only check them
            terms = [o.id.in_(match.ids), *_filters(s, flt, after, driving=False)]
        else:
            terms = _filters(s, flt, after, driving=True)
        if match is not None and match.dense:
            wanted: list[ColumnElement[bool]] = list(match.dense)
            if match.ids:
                wanted.append(_not_driving(s, o.id).in_(match.ids))
            terms.append(or_(*wanted))
        elif match is not None and not match.ids:
            if text.isdigit():  # digits are no one's name
                return []
            member_ids = _member_ids(s, ctx, text)  # members' names are only hashed
            named = _name_prefix(text)
            terms.append(or_(named, o.member_id.in_(member_ids)) if member_ids else named)
            terms.extend(_name_window(s, flt))
        q = (
            select(*_ROW_COLUMNS)
            .where(*terms)
            .order_by(o.created_at.desc(), o.id.desc())
            .limit(limit)
        )
        rows = s.execute(q).all()
        if not rows:
            return []
        ids = [r.id for r in rows]
        counts = dict(
            s.execute(
                select(OrderLine.order_id, func.count())
                .where(OrderLine.order_id.in_(ids))
                .group_by(OrderLine.order_id)
            )
            .tuples()
            .all()
        )
        desks = dict(s.execute(select(Desk.id, Desk.code)).tuples().all())
        sealed = {r.id: recipient_of(s, r) for r in rows if is_sealed(r.ship_address)}
        return [
            OrderRow(
                id=r.id,
                number=r.number,
                created_at=r.created_at,
                state=r.state,
                customer_name=r.customer_name or (sealed[r.id].name if r.id in sealed else ""),
                customer_phone=r.customer_phone or (sealed[r.id].phone if r.id in sealed else ""),
                total_minor=r.total_minor,
                paid_minor=r.paid_minor,
                payment_status=r.payment_status,
                tracking_number=r.tracking_number,
                desk_code=desks.get(r.desk_id or "", ""),
                lines_count=int(counts.get(r.id, 0)),
            )
            for r in rows
        ]


def desks(ctx: AppContext, actor: Actor) -> list[tuple[str, str]]:
    """Every desk as ``(id, code)``, by code, for the list's desk filter."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return list(s.execute(select(Desk.id, Desk.code).order_by(Desk.code)).tuples().all())
