"""The packing desk (ORD-8): open an order by scanning its number or waybill, verify each
unit by scanning it, then pack, ship and print the packing slip and shipping label in one
action; in batch mode, one pick list for many orders and their labels in the same order.

Every function checks ``warehouse.pack``.  A scan is one transaction and one conditional
UPDATE (``packed = packed + 1 WHERE packed < quantity``), so two desks scanning the same
order can never count more units than the order has; a wrong or extra item is refused
with a named error and changes nothing.  Stock is not touched here: packing and shipping
go through ``order_steps.pack`` and ``order_steps.ship``, which carry the stock effects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, InvalidTransition, NotFound
from merchant_app.models import Location, OrderLine, ProductBarcode, SalesOrder, Waybill
from merchant_app.printing.data import ShippingLabelData
from merchant_app.printing.documents import render_packing_slip, render_pick_list
from merchant_app.printing.layouts import Layout
from merchant_app.printing.pdf import render_pdf
from merchant_app.services import delivery, order_documents, order_steps
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_layouts_store import shipping_layout
from merchant_app.services.locations import location_code
from merchant_app.services.order_flow import STATE_LABELS, OrderState
from merchant_app.services.order_privacy import recipient_of, recipient_texts
from merchant_app.services.orders import load_order, write_event
from merchant_app.services.permissions import authorize

PERMISSION = "warehouse.pack"
MAX_BATCH = 500

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


# ---------------------------------------------------------------------------- errors


class WrongItem(InvalidInput):
    """The scanned code is not a product on the order being packed."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Wrong item: {code} is not on order {number}. Set it aside."
    )


class AlreadyPacked(InvalidInput):
    """Every unit of the scanned product has been verified already: this one is extra."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Extra unit: all {quantity} × {sku} on order {number} are already scanned. "
        "Set this one aside.",
    )


# ---------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class PackingLine:
    """One order line at the packing desk: what to put in the box and how many were
    verified so far."""

    id: str
    line_no: int
    product_id: str
    sku: str
    name: str
    barcodes: tuple[str, ...]
    quantity: int
    packed: int
    location: str

    @property
    def done(self) -> bool:
        """Whether every unit of this line has been verified."""
        return self.packed >= self.quantity


@dataclass(frozen=True)
class PackingView:
    """An order opened at the packing desk."""

    order_id: str
    number: str
    state: str
    customer_name: str
    ship_name: str
    ship_phone: str
    ship_address: str
    delivery_method: str
    delivery_name: str
    tracking_number: str
    payment_terms: str
    payment_status: str
    balance_minor: int
    warehouse_note: str
    location: str
    lines: tuple[PackingLine, ...]

    @property
    def units(self) -> int:
        """Units on the order."""
        return sum(ln.quantity for ln in self.lines)

    @property
    def scanned(self) -> int:
        """Units verified so far."""
        return sum(min(ln.packed, ln.quantity) for ln in self.lines)

    @property
    def complete(self) -> bool:
        """Whether every unit has been verified."""
        return all(ln.done for ln in self.lines)


@dataclass(frozen=True)
class PackScan:
    """A unit verified: the line it counted on, and where the order stands now."""

    order_id: str
    line: PackingLine
    packed: int
    quantity: int
    order_scanned: int
    order_units: int
    complete: bool


@dataclass(frozen=True)
class PackResult:
    """What finishing an order did: packed, shipped or not (and why), and its documents.

    ``not_shipped_reason`` is ``""`` when shipped, ``"unpaid"`` when the order must be
    paid first (``balance_minor`` still owed) or ``"not_requested"`` when the caller
    asked not to ship.  ``label_pdf`` is ``None`` for a pickup order with no address."""

    order_id: str
    number: str
    state: str
    tracking_number: str
    shipped: bool
    not_shipped_reason: str
    balance_minor: int
    packing_slip_pdf: bytes
    label_pdf: bytes | None


@dataclass(frozen=True)
class OrderToPack:
    """A warehouse-approved order waiting at the packing desk (batch mode list)."""

    id: str
    number: str
    created_at: datetime
    customer_name: str
    delivery_name: str
    tracking_number: str
    location: str
    units: int
    payment_status: str = ""
    payment_terms: str = "prepaid"


# ---------------------------------------------------------------------------- helpers


def _find(session: Session, scanned: str) -> SalesOrder:
    """The order whose number, current tracking number or any waybill is ``scanned``."""
    text = scanned.strip().upper()
    order = None
    if text:
        order = session.scalars(
            select(SalesOrder).where(
                (SalesOrder.number == text) | (SalesOrder.tracking_number == text)
            )
        ).first()
        if order is None:
            order_id = session.scalar(select(Waybill.order_id).where(Waybill.number == text))
            if order_id is not None:
                order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No order has the number or waybill “{number}”."),
            number=scanned.strip(),
        )
    return order


def _require_state(order: SalesOrder, *states: str) -> None:
    if order.state not in states:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Order {number} is {state}: only warehouse-approved orders can be packed.",
            ),
            number=order.number,
            state=STATE_LABELS.get(order.state, order.state),
        )


def _barcodes(session: Session, product_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    rows = session.execute(
        select(ProductBarcode.product_id, ProductBarcode.code)
        .where(ProductBarcode.product_id.in_(list(product_ids)))
        .order_by(ProductBarcode.code)
    )
    for product_id, code in rows:
        out.setdefault(product_id, []).append(code)
    return {k: tuple(v) for k, v in out.items()}


def _packing_lines(session: Session, order: SalesOrder) -> tuple[PackingLine, ...]:
    lines = list(
        session.scalars(
            select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
        )
    )
    codes = _barcodes(session, [ln.product_id for ln in lines])
    location = location_code(session, order.location_id)
    return tuple(
        PackingLine(
            ln.id,
            ln.line_no,
            ln.product_id,
            ln.sku,
            ln.name,
            codes.get(ln.product_id, ()),
            ln.quantity,
            ln.packed,
            location,
        )
        for ln in lines
    )


def _view(session: Session, order: SalesOrder) -> PackingView:
    return PackingView(
        order_id=order.id,
        number=order.number,
        state=order.state,
        customer_name=order.customer_name,
        **recipient_texts(session, order),
        delivery_method=order.delivery_method,
        delivery_name=order_documents.method_name(session, order.delivery_method),
        tracking_number=order.tracking_number,
        payment_terms=order.payment_terms,
        payment_status=order.payment_status,
        balance_minor=order.total_minor - order.paid_minor,
        warehouse_note=order.warehouse_note,
        location=location_code(session, order.location_id),
        lines=_packing_lines(session, order),
    )


def may_ship(order: SalesOrder) -> bool:
    """ORD-5: an order ships when paid in full, or on cash on delivery or account terms."""
    return order.payment_terms != "prepaid" or order.total_minor - order.paid_minor <= 0


def label_layout(session: Session, layout_name: str | None = None) -> Layout:
    """The shipping label layout: ``layout_name``, else the shop's setting
    ``shipping_label_layout``, else 4×6 in for US shops and 100×150 mm elsewhere; a
    layout the shop made counts like a shipped one (see
    :func:`~merchant_app.services.label_layouts_store.shipping_layout`).
    :class:`InvalidInput` for an unknown name or a layout that is not for shipping."""
    return shipping_layout(session, layout_name)


def _label_pdf(
    session: Session, order_ids: Sequence[str], layout_name: str | None, title: str
) -> bytes | None:
    labels: list[ShippingLabelData] = []
    for order_id in order_ids:
        order = load_order(session, order_id)
        if order_documents.needs_label(session, order):
            labels.append(order_documents.shipping_label_data(session, order_id))
    if not labels:
        return None
    return render_pdf(label_layout(session, layout_name), labels, title=title)


# ---------------------------------------------------------------------------- the desk


def open_for_packing(ctx: AppContext, actor: Actor, scanned: str) -> PackingView:
    """The order whose number or waybill number was scanned, with its lines, barcodes,
    quantities and units verified so far.  :class:`InvalidTransition` (naming its state)
    unless it is ``warehouse_approved`` or ``packed`` (packed but not shipped, e.g. it was
    unpaid: finishing it ships it); nothing is changed."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        order = _find(s, scanned)
        _require_state(order, OrderState.WAREHOUSE_APPROVED, OrderState.PACKED)
        return _view(s, order)


def packing_view(ctx: AppContext, actor: Actor, order_id: str) -> PackingView:
    """The order ``order_id`` as the packing desk shows it (any state; read only)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        return _view(s, load_order(s, order_id))


def scan_item(ctx: AppContext, actor: Actor, order_id: str, code: str) -> PackScan:
    """Verify one unit: ``code`` is a product barcode or SKU on the order.

    :class:`WrongItem` when no line of the order has that product, :class:`AlreadyPacked`
    when all its units are verified already; either way nothing changes.  Otherwise one
    line's ``packed`` goes up by one through a conditional UPDATE, so concurrent scans on
    two desks never count past the quantity."""
    text = code.strip()
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        order = load_order(s, order_id)
        _require_state(order, OrderState.WAREHOUSE_APPROVED)
        if not text:
            raise WrongItem(code=code, number=order.number)
        product_ids = set(
            s.scalars(select(ProductBarcode.product_id).where(ProductBarcode.code == text))
        )
        lines = list(
            s.scalars(
                select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
            )
        )
        folded = text.casefold()
        matching = [
            ln for ln in lines if ln.product_id in product_ids or ln.sku.casefold() == folded
        ]
        if not matching:
            raise WrongItem(code=text, number=order.number)
        for ln in matching:
            done = s.execute(
                update(OrderLine)
                .where(OrderLine.id == ln.id, OrderLine.packed < OrderLine.quantity)
                .values(packed=OrderLine.packed + 1)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if done == 1:
                s.expire_all()
                view = _view(s, order)
                line = next(x for x in view.lines if x.id == ln.id)
                return PackScan(
                    order.id,
                    line,
                    line.packed,
                    line.quantity,
                    view.scanned,
                    view.units,
                    view.complete,
                )
        first = matching[0]
        raise AlreadyPacked(
            quantity=sum(ln.quantity for ln in matching),
            sku=first.sku,
            number=order.number,
        )


def reset_scans(ctx: AppContext, actor: Actor, order_id: str) -> PackingView:
    """Start verifying the order again: every line's verified count goes back to zero
    (recorded in the order's history when anything had been scanned)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        order = load_order(s, order_id, lock=True)
        _require_state(order, OrderState.WAREHOUSE_APPROVED)
        cleared = s.execute(
            update(OrderLine)
            .where(OrderLine.order_id == order.id, OrderLine.packed > 0)
            .values(packed=0)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if cleared:
            write_event(s, ctx, current.user_id, order.id, "scans_reset")
        s.expire_all()
        return _view(s, order)


def finish(
    ctx: AppContext,
    actor: Actor,
    order_id: str,
    ship_now: bool = True,
    *,
    layout_name: str | None = None,
    tr: Translate = _same,
) -> PackResult:
    """Pack the order (``order_steps.pack``: every unit must have been verified), then
    ship it (``order_steps.ship``) when ``ship_now`` and it may ship (paid, cash on
    delivery or on account; otherwise it stays packed and the result says why), and
    return the packing slip and shipping label PDFs.  An order already packed is not
    packed again (it is shipped if it may, and its documents printed again).  The stock
    effects are those of ``order_steps``; a refusal of the pack step changes nothing."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        order = load_order(s, order_id)
        _require_state(order, OrderState.WAREHOUSE_APPROVED, OrderState.PACKED)
        state = order.state
    if state == OrderState.WAREHOUSE_APPROVED:
        order_steps.pack(ctx, actor, order_id)
    reason = "not_requested"
    if ship_now:
        with ctx.db.transaction() as s:
            reason = "" if may_ship(load_order(s, order_id)) else "unpaid"
        if not reason:
            try:
                order_steps.ship(ctx, actor, order_id)
            except order_steps.PaymentRequired:
                reason = "unpaid"
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        order = load_order(s, order_id)
        slip = render_packing_slip(order_documents.packing_slip_data(s, order.id), tr=tr)
        title = tr(QT_TRANSLATE_NOOP("Documents", "Shipping label {number}")).format(
            number=order.number
        )
        label = _label_pdf(s, [order.id], layout_name, title)
        return PackResult(
            order_id=order.id,
            number=order.number,
            state=order.state,
            tracking_number=order.tracking_number,
            shipped=order.state == OrderState.SHIPPED,
            not_shipped_reason="" if order.state == OrderState.SHIPPED else reason,
            balance_minor=order.total_minor - order.paid_minor,
            packing_slip_pdf=slip,
            label_pdf=label,
        )


# ---------------------------------------------------------------------------- batch mode


def orders_to_pack(ctx: AppContext, actor: Actor, limit: int = MAX_BATCH) -> list[OrderToPack]:
    """The warehouse-approved orders, oldest first (at most ``limit``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        units = (
            select(OrderLine.order_id, func.sum(OrderLine.quantity).label("units"))
            .group_by(OrderLine.order_id)
            .subquery()
        )
        rows = s.execute(
            select(SalesOrder, Location.code, units.c.units)
            .join(Location, Location.id == SalesOrder.location_id)
            .join(units, units.c.order_id == SalesOrder.id)
            .where(SalesOrder.state == OrderState.WAREHOUSE_APPROVED.value)
            .order_by(SalesOrder.created_at, SalesOrder.id)
            .limit(max(1, min(limit, MAX_BATCH)))
        ).all()
        names = {m.code: m.name for m in delivery.methods_in(s)}
        return [
            OrderToPack(
                order.id,
                order.number,
                order.created_at,
                recipient_of(s, order).name or order.customer_name,
                names.get(order.delivery_method, order.delivery_method),
                order.tracking_number,
                code,
                int(n or 0),
                order.payment_status,
                order.payment_terms,
            )
            for order, code, n in rows
        ]


def _batch(s: Session, order_ids: Sequence[str]) -> list[str]:
    ids = list(dict.fromkeys(order_ids))
    if not ids:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one order."), field="orders"
        )
    if len(ids) > MAX_BATCH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A batch can have at most {max} orders."),
            max=MAX_BATCH,
            field="orders",
        )
    for order_id in ids:
        _require_state(load_order(s, order_id), OrderState.WAREHOUSE_APPROVED)
    return ids


def pick_list(
    ctx: AppContext, actor: Actor, order_ids: Sequence[str], *, tr: Translate = _same
) -> bytes:
    """One pick list (PDF) for many warehouse-approved orders, grouped by location then
    SKU.  :class:`InvalidTransition` names the first order that is not approved."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        ids = _batch(s, order_ids)
        created = tr(QT_TRANSLATE_NOOP("Documents", "{count} orders · {when}")).format(
            count=len(ids), when=order_documents.datetime_text(ctx.clock())
        )
        data = order_documents.pick_list_data(s, ids, created=created, tr=tr)
        return render_pick_list(data, tr=tr)


def shipping_labels(
    ctx: AppContext,
    actor: Actor,
    order_ids: Sequence[str],
    layout_name: str | None = None,
    *,
    tr: Translate = _same,
) -> bytes:
    """The shipping labels of many warehouse-approved orders as one PDF, one label per
    order in the order given (the pick list's order); pickup orders without an address
    get none.  :class:`InvalidInput` when none of the orders needs a label."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        ids = _batch(s, order_ids)
        title = tr(QT_TRANSLATE_NOOP("Documents", "Shipping labels"))
        pdf = _label_pdf(s, ids, layout_name, title)
        if pdf is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "None of the chosen orders needs a shipping label."),
                field="orders",
            )
        return pdf


# ---------------------------------------------------------------------------- files


def _write(path: Path, data: bytes) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)


def save_documents(result: PackResult, folder: Path) -> list[Path]:
    """Write ``<order number>-packing-slip.pdf`` and (when there is a label)
    ``<order number>-label.pdf`` into ``folder`` (created if missing), each file
    replaced whole; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = _safe(result.number)
    paths = [_write(folder / f"{stem}-packing-slip.pdf", result.packing_slip_pdf)]
    if result.label_pdf is not None:
        paths.append(_write(folder / f"{stem}-label.pdf", result.label_pdf))
    return paths


def save_batch(pick_list_pdf: bytes, labels_pdf: bytes, folder: Path, when: datetime) -> list[Path]:
    """Write a batch's ``pick-list-<time>.pdf`` and ``labels-<time>.pdf`` into ``folder``
    (created if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.astimezone().strftime("%Y%m%d-%H%M%S")
    return [
        _write(folder / f"pick-list-{stamp}.pdf", pick_list_pdf),
        _write(folder / f"labels-{stamp}.pdf", labels_pdf),
    ]


__all__ = [
    "AlreadyPacked",
    "OrderToPack",
    "PackResult",
    "PackScan",
    "PackingLine",
    "PackingView",
    "WrongItem",
    "finish",
    "open_for_packing",
    "orders_to_pack",
    "pick_list",
    "reset_scans",
    "save_batch",
    "save_documents",
    "scan_item",
    "shipping_labels",
]
