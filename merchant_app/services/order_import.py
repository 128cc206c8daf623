"""Order import (ORD-9): orders from an online shop's CSV export join the same flow.

:func:`import_orders` reads a file (:mod:`merchant_app.imports.order_csv`: the app's
own order format or Shopify's orders export) and places every order in ONE transaction
through :func:`~merchant_app.services.orders.place_in_session`, exactly as an order
typed at the counter: numbered by this desk, lines priced, sellable stock reserved, in
``pending_review``, with ``source`` "import" or "shopify" and the file's reference as
``external_ref``.  All or nothing: any problem (an unknown SKU, a product not on sale,
stock short, an unknown delivery method, …) and nothing is written;
:class:`ImportRefused` lists every problem by spreadsheet row and column.

* Re-importing is idempotent: an order whose reference was already imported from the
  same source (index ``ix_sales_order_source_ref``) is skipped and counted.
* Orders Shopify has closed (cancelled, refunded, fulfilled) are skipped and listed.
* The order keeps the file's date as its placing time (its history says when and by
  whom it was imported).  What was paid becomes a payment (Shopify "paid": the whole
  total, by the gateway mapped to a method, "card" when unknown), never more than the
  order's total.  A shipping charge in the file covers the delivery method's packaging
  fee, so the order's total is what the customer was charged; where it still differs
  (taxes charged on top of prices are not imported) the report lists the order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_app.bulk import gc_paused
from merchant_app.errors import QT_TRANSLATE_NOOP, KnownError, NotPermitted
from merchant_app.imports.order_csv import (
    FORMATS,
    ImportedOrder,
    OrderColumns,
    OrderParseResult,
    parse_orders,
)
from merchant_app.imports.product_rows import ImportIssue
from merchant_app.models import Product, SalesOrder
from merchant_app.services import audit, delivery
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.order_payments import settle_status
from merchant_app.services.orders import (
    LineInput,
    OrderDraft,
    PaymentInput,
    place_in_session,
    record_payments,
    write_event,
)
from merchant_app.services.permissions import authorize
from merchant_app.services.product_import import ImportCancelled
from merchant_app.services.stock import InsufficientStock

__all__ = [
    "FORMATS",
    "ImportCancelled",
    "ImportRefused",
    "ImportedOrderSummary",
    "OrderImportReport",
    "import_orders",
]

SOURCES = {"app": "import", "shopify": "shopify"}
PROGRESS_EVERY = 50  # orders placed between two progress reports / cancel polls
FUTURE_SLACK = timedelta(days=1)  # clocks and time zones of the exporting shop
_IN = 500  # values per IN (…) lookup

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

UNKNOWN_SKU = QT_TRANSLATE_NOOP("Imports", "no product in the shop has the SKU “{sku}”")
PARENT_SKU = QT_TRANSLATE_NOOP(
    "Imports", "“{sku}” groups variants: the file must name one of its variants"
)
NOT_ON_SALE = QT_TRANSLATE_NOOP("Imports", "“{sku}” is not on sale (its status is {status})")
UNKNOWN_DELIVERY = QT_TRANSLATE_NOOP(
    "Imports", "unknown delivery method “{value}”: use one of {allowed}"
)
IN_FUTURE = QT_TRANSLATE_NOOP("Imports", "the date {value} is in the future")


@dataclass(frozen=True)
class ImportedOrderSummary:
    """One order the import placed (or, for a dry run, would place): where it came from
    in the file and what it came to.  ``file_total_minor`` is the file's own total when
    it gives one."""

    row: int
    ref: str
    number: str
    lines: int
    total_minor: int
    paid_minor: int
    file_total_minor: int | None = None

    @property
    def differs(self) -> bool:
        """True when the file's total is not the order's total."""
        return self.file_total_minor is not None and self.file_total_minor != self.total_minor


@dataclass(frozen=True)
class OrderImportReport:
    """What an order import wrote (or, for a dry run, would write).  ``orders`` and
    ``lines`` count the orders placed; ``skipped_duplicates`` those imported before;
    ``skipped_closed`` lists (row, reference, why) for orders the online shop has
    closed."""

    dry_run: bool
    format: str
    orders: int
    lines: int
    skipped_duplicates: int
    skipped_closed: tuple[tuple[int, str, str], ...] = ()
    placed: tuple[ImportedOrderSummary, ...] = ()
    issues: tuple[ImportIssue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file had no problems."""
        return not self.issues

    @property
    def total_differences(self) -> tuple[ImportedOrderSummary, ...]:
        """The orders whose total is not the file's total."""
        return tuple(p for p in self.placed if p.differs)


class ImportRefused(KnownError):
    """The file has problems; nothing was written.  ``issues`` lists them by row."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The file has {count} problem(s), so no order was imported. First: {first}"
    )

    def __init__(self, issues: Sequence[ImportIssue], report: OrderImportReport) -> None:
        self.issues = list(issues)
        self.report = report
        super().__init__(count=len(self.issues), first=str(self.issues[0]) if issues else "")


class _DryRunDone(Exception):
    """Raised inside the transaction of a dry run so that it rolls back."""

    def __init__(self, report: OrderImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def _issue(row: int, column: str, template: str, **params: Any) -> ImportIssue:
    return ImportIssue(
        row,
        column,
        template.format(**params),
        template=template,
        params=tuple((k, str(v)) for k, v in params.items()),
    )


def _chunks(values: Sequence[str]) -> list[Sequence[str]]:
    return [values[i : i + _IN] for i in range(0, len(values), _IN)]


def _imported_before(s: Session, source: str, refs: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(refs):
        found.update(
            s.scalars(
                select(SalesOrder.external_ref).where(
                    SalesOrder.source == source, SalesOrder.external_ref.in_(chunk)
                )
            )
        )
    return found


def _products(s: Session, skus: list[str]) -> dict[str, tuple[str, bool, str]]:
    """sku -> (id, is_parent, status) for the SKUs the shop has."""
    out: dict[str, tuple[str, bool, str]] = {}
    for chunk in _chunks(skus):
        q = select(Product.sku, Product.id, Product.is_parent, Product.status).where(
            Product.sku.in_(chunk)
        )
        for sku, pid, is_parent, status in s.execute(q):
            out[sku] = (pid, bool(is_parent), status)
    return out


class _Methods:
    """The file's delivery-method text matched to the shop's methods: by code or name
    (ignoring case); for Shopify's free-text names, a pickup word means the shop's
    pickup method and anything else its first delivery method."""

    _PICKUP_WORDS = ("pickup", "pick up", "pick-up", "collect", "自提", "门店")

    def __init__(self, methods: Sequence[delivery.DeliveryMethod], free_text: bool) -> None:
        self.methods = tuple(methods)
        self.free_text = free_text
        self.by_key: dict[str, delivery.DeliveryMethod] = {}
        for m in methods:
            self.by_key.setdefault(m.code.casefold(), m)
            self.by_key.setdefault(m.name.casefold(), m)
        self.pickup = next((m for m in methods if m.kind == "pickup"), None)
        self.shipped = next((m for m in methods if m.kind != "pickup"), None)

    def match(self, text: str, has_address: bool) -> delivery.DeliveryMethod | None:
        key = text.strip().casefold()
        if key in self.by_key:
            return self.by_key[key]
        if key and not self.free_text:
            return None
        if any(word in key for word in self._PICKUP_WORDS) or (not key and not has_address):
            return self.pickup or self.shipped
        return self.shipped or self.pickup

    @property
    def allowed(self) -> str:
        return ", ".join(m.code for m in self.methods)


@dataclass
class _Prepared:
    """An order ready to place: its draft and what the report and payments need."""

    order: ImportedOrder
    draft: OrderDraft


def _prepare(
    s: Session,
    orders: list[ImportedOrder],
    cols: OrderColumns,
    source: str,
    now: datetime,
    free_text: bool,
) -> tuple[list[_Prepared], list[ImportIssue]]:
    """The drafts of ``orders`` and the problems that can be found before placing."""
    issues: list[ImportIssue] = []
    skus = sorted({ln.sku for o in orders for ln in o.lines})
    products = _products(s, skus)
    methods = _Methods(delivery.methods_in(s), free_text)
    prepared = []
    for order in orders:
        found: list[ImportIssue] = []
        lines = []
        for ln in order.lines:
            fact = products.get(ln.sku)
            if fact is None:
                found.append(_issue(ln.row, cols.sku, UNKNOWN_SKU, sku=ln.sku))
                continue
            pid, is_parent, status = fact
            if is_parent:
                found.append(_issue(ln.row, cols.sku, PARENT_SKU, sku=ln.sku))
            elif status != "listed":
                found.append(_issue(ln.row, cols.sku, NOT_ON_SALE, sku=ln.sku, status=status))
            lines.append(LineInput(pid, ln.quantity, ln.unit_price_minor, ln.discount_minor))
        method = methods.match(order.delivery_method, bool(order.ship_address))
        if method is None:
            found.append(
                _issue(
                    order.row,
                    cols.delivery_method,
                    UNKNOWN_DELIVERY,
                    value=order.delivery_method,
                    allowed=methods.allowed,
                )
            )
        if order.placed_at is not None and order.placed_at > now + FUTURE_SLACK:
            found.append(_issue(order.row, cols.date, IN_FUTURE, value=order.placed_at.date()))
        issues += found
        if found or method is None:
            continue
        fee = order.shipping_fee_minor
        if fee is not None:
            fee = max(0, fee - method.packaging_fee)  # the file's charge covers packaging
        draft = OrderDraft(
            lines=tuple(lines),
            customer_name=order.customer_name,
            customer_phone=order.customer_phone,
            ship_name=order.ship_name,
            ship_phone=order.ship_phone,
            ship_address=order.ship_address,
            delivery_method=method.code,
            shipping_fee_minor=fee,
            order_discount_minor=order.discount_minor,
            payment_terms=order.payment_terms,
            note=order.note,
            source=source,
            external_ref=order.ref,
        )
        prepared.append(_Prepared(order, draft))
    return prepared, issues


_LINE_FIELDS = {"quantity": "quantity", "discount": "line_discount", "price": "unit_price"}
_ORDER_FIELDS = {
    "ship_address": "ship_address",
    "order_discount": "discount",
    "order discount": "discount",
    "shipping fee": "shipping_fee",
    "delivery_method": "delivery_method",
    "method": "payment_method",
    "amount": "paid",
}


def _refusal(exc: KnownError, order: ImportedOrder, cols: OrderColumns) -> ImportIssue:
    """The service's refusal of one order as an issue on the row and column it is about."""
    params = exc.params
    field = str(params.get("field", ""))
    row, column = order.row, ""
    line = params.get("line")
    if isinstance(line, int) and 1 <= line <= len(order.lines):
        row = order.lines[line - 1].row
        column = getattr(cols, _LINE_FIELDS.get(field, "sku"))
    elif isinstance(exc, InsufficientStock):
        hit = next((ln for ln in order.lines if ln.sku == params.get("sku")), None)
        row = hit.row if hit else order.row
        column = cols.quantity
    elif field in _ORDER_FIELDS:
        column = getattr(cols, _ORDER_FIELDS[field])
    elif isinstance(exc, NotPermitted) and params.get("permission") == "discount.approve":
        column = cols.discount
    return ImportIssue(row, column, exc.message)


def _place(
    s: Session,
    ctx: AppContext,
    current: Actor,
    item: _Prepared,
    file_format: str,
) -> ImportedOrderSummary:
    """Place one prepared order (with its payment) in the caller's transaction."""
    order = item.order
    at_ctx = ctx
    when = order.placed_at
    if when is not None:
        at_ctx = replace(ctx, clock=lambda: when)
    info = place_in_session(s, at_ctx, current, item.draft, (), current)
    paid = info.total_minor if order.paid_in_full else min(order.paid_minor, info.total_minor)
    if paid > 0 and order.payment_method:
        record_payments(
            s,
            at_ctx,
            current,
            info.id,
            None,
            info.total_minor,
            [PaymentInput(order.payment_method, paid, reference=order.ref[:64])],
        )
        write_event(
            s,
            at_ctx,
            current.user_id,
            info.id,
            "payment",
            details={"payments": [[order.payment_method, paid]]},
        )
        settle_status(s, info.id)
    write_event(
        s,
        ctx,
        current.user_id,
        info.id,
        "imported",
        details={"format": file_format, "ref": order.ref, "row": order.row},
    )
    return ImportedOrderSummary(
        order.row,
        order.ref,
        info.number,
        len(order.lines),
        info.total_minor,
        paid if order.payment_method else 0,
        order.file_total_minor,
    )


def import_orders(
    ctx: AppContext,
    actor: Actor,
    data: bytes,
    fmt: str = "auto",
    minor_digits: int = 2,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> OrderImportReport:
    """Import the orders of a CSV file (``fmt`` "app", "shopify" or "auto": from the
    header) all or nothing, in one transaction; returns what was (or, for a dry run,
    would be) placed.

    Needs ``order.create``, and ``payment.take`` when the file has paid orders.  Every
    problem of the file and of its orders against the shop is found in one pass and
    raised as :class:`ImportRefused` listing them by row; nothing is written then, nor
    for a dry run (which places every order and rolls back, so stock is checked too).
    ``cancel()`` is polled between orders (:class:`ImportCancelled`, nothing written);
    ``progress(done, total)`` is called as orders are placed.  One audit entry
    ``order.import`` records the counts."""
    parsed = parse_orders(data, None if fmt == "auto" else fmt, minor_digits)
    try:
        with gc_paused(), ctx.db.transaction() as s:
            report = _import(s, ctx, actor, parsed, dry_run, progress, cancel)
            if dry_run:
                raise _DryRunDone(report)
            return report
    except _DryRunDone as done:
        return done.report


def _import(
    s: Session,
    ctx: AppContext,
    actor: Actor,
    parsed: OrderParseResult,
    dry_run: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> OrderImportReport:
    current = authorize(s, actor, "order.create")
    if any(o.paid_minor or o.paid_in_full for o in parsed.orders if not o.closed):
        current = authorize(s, actor, "payment.take")
    source = SOURCES.get(parsed.format, "import")
    cols = parsed.columns
    closed = tuple((o.row, o.ref, o.closed) for o in parsed.orders if o.closed)
    candidates = [o for o in parsed.orders if not o.closed]
    before = _imported_before(s, source, [o.ref for o in candidates])
    fresh = [o for o in candidates if o.ref not in before]
    now = ctx.clock()
    fresh.sort(key=lambda o: (o.placed_at or now, o.row))  # numbers follow the dates
    prepared, issues = _prepare(s, fresh, cols, source, now, parsed.format == "shopify")
    placed: list[ImportedOrderSummary] = []
    for done, item in enumerate(prepared, start=1):
        if cancel is not None and done % PROGRESS_EVERY == 1 and cancel():
            raise ImportCancelled()
        try:
            with s.begin_nested():
                placed.append(_place(s, ctx, current, item, parsed.format))
        except KnownError as exc:
            if isinstance(exc, ImportCancelled):
                raise
            issues.append(_refusal(exc, item.order, cols))
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(prepared)):
            progress(done, len(prepared))
    if cancel is not None and cancel():
        raise ImportCancelled()
    all_issues = sorted([*parsed.issues, *issues], key=lambda i: (i.row, i.column))
    report = OrderImportReport(
        dry_run=dry_run,
        format=parsed.format,
        orders=len(placed),
        lines=sum(p.lines for p in placed),
        skipped_duplicates=len(candidates) - len(fresh),
        skipped_closed=closed,
        placed=tuple(placed),
        issues=tuple(all_issues),
    )
    if all_issues:
        raise ImportRefused(all_issues, report)
    if not dry_run:
        audit.record(
            s,
            ctx,
            current,
            "order.import",
            f"{len(placed)} orders",
            {
                "format": parsed.format,
                "orders": len(placed),
                "lines": report.lines,
                "skipped_duplicates": report.skipped_duplicates,
                "skipped_closed": len(closed),
            },
        )
    return report
