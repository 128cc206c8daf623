"""Printing labels (LBL-5): the shop's label printers, label jobs, ZPL to the network and
the reprint log.

* Printers (:class:`PrinterSettings`): an installed printer (printed through Qt by the
  window, with the printer's offset and scale), a ZPL printer on the network (raw TCP,
  port 9100) or a folder ZPL files are written to.  Reading them needs ``label.print``;
  saving and deleting need ``settings.manage`` (audited).
* Jobs (:class:`LabelRequest`): product labels for SKUs with copies each, or shipping
  labels for chosen orders, on a layout (shipped or the shop's), skipping used positions
  on a sheet.  :func:`make_labels` renders a job as PDF, or as ZPL with the printer's
  offset, darkness and resolution; :func:`preview_pdf` renders only its first page.
* The reprint log keeps what each job was made of (SKUs and copies, or order ids), never
  the bytes; :func:`reprint` makes the same labels again from it.

Nothing here imports Qt: printing through Qt (and applying a system printer's offset
and scale there) is the window's part.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.models import LabelPrinter, LabelPrintLog, Product, ProductBarcode, SalesOrder
from merchant_app.models import User as UserRow
from merchant_app.printing.data import LabelData
from merchant_app.printing.layouts import Layout, StockKind
from merchant_app.printing.pdf import render_label_pdf, render_pdf
from merchant_app.printing.zpl import ZPL_DPIS, render_zpl
from merchant_app.services import audit, order_documents
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_jobs import MAX_COPIES, product_label_data
from merchant_app.services.label_layouts_store import find_layout, sample_label
from merchant_app.services.order_flow import OrderState
from merchant_app.services.order_privacy import recipient_of
from merchant_app.services.packing import label_layout
from merchant_app.services.permissions import authorize

PRINT = "label.print"
MANAGE = "settings.manage"
PRINTER_KINDS = ("system", "zpl_network", "zpl_file")
JOB_KINDS = ("product", "shipping")
OUTPUTS = ("printer", "pdf", "zpl_network", "zpl_file")
DPIS = (203, 300, 600)
MAX_OFFSET_MM = 50.0
SCALE_RANGE = (50, 200)
MAX_ITEMS = 1000
MAX_ORDERS = 1000
SEND_TIMEOUT_S = 5.0

Progress = Callable[[int, int], None]


# ---------------------------------------------------------------------------- printers


@dataclass(frozen=True)
class PrinterSettings:
    """A label printer and its adjustments.  ``offset_*_mm`` move everything printed
    (right and down positive), ``scale_pct`` enlarges or shrinks it (system printers),
    ``darkness`` 0–30 is sent to ZPL printers (``None``: keep the printer's).  ``id`` is
    empty for a printer not saved yet."""

    name: str
    kind: str
    system_name: str = ""
    host: str = ""
    port: int = 9100
    folder: str = ""
    dpi: int = 203
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale_pct: int = 100
    darkness: int | None = None
    default_shipping: bool = False
    default_product: bool = False
    id: str = ""

    @property
    def is_zpl(self) -> bool:
        """Whether labels go to this printer as ZPL (not through Qt)."""
        return self.kind in ("zpl_network", "zpl_file")

    @property
    def address(self) -> str:
        """``host:port`` of a network printer."""
        return f"{self.host}:{self.port}"

    @property
    def zpl_dpi(self) -> int:
        """The resolution ZPL is written for (203 or 300 dots per inch)."""
        return self.dpi if self.dpi in ZPL_DPIS else 203

    def offset_dots(self) -> tuple[int, int]:
        """The offset in printer dots (for ZPL's ``^LH``)."""
        return (
            round(self.offset_x_mm * self.zpl_dpi / 25.4),
            round(self.offset_y_mm * self.zpl_dpi / 25.4),
        )


def _printer_dto(row: LabelPrinter) -> PrinterSettings:
    return PrinterSettings(
        name=row.name,
        kind=row.kind,
        system_name=row.system_name,
        host=row.host,
        port=row.port,
        folder=row.folder,
        dpi=row.dpi,
        offset_x_mm=row.offset_x_um / 1000,
        offset_y_mm=row.offset_y_um / 1000,
        scale_pct=row.scale_pct,
        darkness=row.darkness,
        default_shipping=row.default_shipping,
        default_product=row.default_product,
        id=row.id,
    )


def _bad(template: str, field: str, **params: object) -> InvalidInput:
    return InvalidInput(template, field=field, **params)


def check_printer(p: PrinterSettings) -> None:
    """Raise :class:`InvalidInput` naming the first bad setting of ``p``."""
    if not p.name.strip() or len(p.name.strip()) > 80:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "A printer needs a name of 1 to 80 characters."), "name"
        )
    if p.kind not in PRINTER_KINDS:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of printer “{kind}”."), "kind", kind=p.kind
        )
    if p.kind == "system" and not p.system_name.strip():
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Printer “{name}”: choose the installed printer to use."),
            "system_name",
            name=p.name,
        )
    if p.kind == "zpl_network":
        if not p.host.strip() or any(ch.isspace() for ch in p.host.strip()):
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "Printer “{name}”: enter its host name or IP address."),
                "host",
                name=p.name,
            )
        if not 1 <= p.port <= 65535:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors", "Printer “{name}”: the port must be 1 to 65535 (usually 9100)."
                ),
                "port",
                name=p.name,
            )
    if p.kind == "zpl_file" and not p.folder.strip():
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Printer “{name}”: choose the folder for the ZPL files."),
            "folder",
            name=p.name,
        )
    if p.dpi not in DPIS or (p.is_zpl and p.dpi not in ZPL_DPIS):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors", "Printer “{name}”: the resolution must be {allowed} dots per inch."
            ),
            "dpi",
            name=p.name,
            allowed="203 or 300" if p.is_zpl else "203, 300 or 600",
        )
    for key in ("offset_x_mm", "offset_y_mm"):
        if not abs(getattr(p, key)) <= MAX_OFFSET_MM:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors", "Printer “{name}”: an offset must be between −{max} and {max} mm."
                ),
                key,
                name=p.name,
                max=int(MAX_OFFSET_MM),
            )
    if not SCALE_RANGE[0] <= p.scale_pct <= SCALE_RANGE[1]:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors", "Printer “{name}”: the scale must be between {low} % and {high} %."
            ),
            "scale_pct",
            name=p.name,
            low=SCALE_RANGE[0],
            high=SCALE_RANGE[1],
        )
    if p.darkness is not None and not 0 <= p.darkness <= 30:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Printer “{name}”: the darkness must be 0 to 30."),
            "darkness",
            name=p.name,
        )


def list_printers(ctx: AppContext, actor: Actor) -> list[PrinterSettings]:
    """The shop's label printers by name."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        return [
            _printer_dto(r) for r in s.scalars(select(LabelPrinter).order_by(LabelPrinter.name))
        ]


def _printer_row(session: Session, printer_id: str) -> LabelPrinter:
    row = session.get(LabelPrinter, printer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That printer no longer exists."))
    return row


def save_printer(ctx: AppContext, actor: Actor, printer: PrinterSettings) -> PrinterSettings:
    """Add (empty ``id``) or change a printer after :func:`check_printer`.  Names are
    unique; making it the default for a job kind takes that role from any other."""
    check_printer(printer)
    p = replace(printer, name=printer.name.strip(), host=printer.host.strip())
    with ctx.db.transaction() as s:
        current = authorize(s, actor, MANAGE)
        clash = s.scalar(
            select(LabelPrinter.id).where(LabelPrinter.name == p.name, LabelPrinter.id != p.id)
        )
        if clash is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "There is already a printer called “{name}”."),
                name=p.name,
                field="name",
            )
        row = _printer_row(s, p.id) if p.id else LabelPrinter()
        row.name, row.kind, row.system_name = p.name, p.kind, p.system_name
        row.host, row.port, row.folder, row.dpi = p.host, p.port, p.folder, p.dpi
        row.offset_x_um = round(p.offset_x_mm * 1000)
        row.offset_y_um = round(p.offset_y_mm * 1000)
        row.scale_pct, row.darkness = p.scale_pct, p.darkness
        row.default_shipping, row.default_product = p.default_shipping, p.default_product
        row.updated_at = ctx.clock()
        if not p.id:
            s.add(row)
        s.flush()
        for flag in ("default_shipping", "default_product"):
            if getattr(p, flag):
                s.execute(
                    update(LabelPrinter).where(LabelPrinter.id != row.id).values({flag: False})
                )
        audit.record(s, ctx, current, "label.printer.save", row.name, {"kind": row.kind})
        return _printer_dto(row)


def delete_printer(ctx: AppContext, actor: Actor, printer_id: str) -> None:
    """Delete a printer (its reprint log entries keep its name)."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, MANAGE)
        row = _printer_row(s, printer_id)
        s.delete(row)
        audit.record(s, ctx, current, "label.printer.delete", row.name)


def default_printer(printers: Sequence[PrinterSettings], job_kind: str) -> PrinterSettings | None:
    """The printer that is the default for ``job_kind`` labels, if any."""
    flag = "default_shipping" if job_kind == "shipping" else "default_product"
    return next((p for p in printers if getattr(p, flag)), None)


def send_zpl(printer: PrinterSettings, data: bytes, *, when: datetime | None = None) -> str:
    """Deliver ZPL: over TCP to a network printer (connect and send within
    :data:`SEND_TIMEOUT_S` seconds each), or as a new ``.zpl`` file in a file printer's
    folder.  Returns where it went; :class:`InvalidInput` naming the printer and
    ``host:port`` (or folder) when it cannot be delivered."""
    if printer.kind == "zpl_file":
        folder = Path(printer.folder)
        stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"labels-{stamp}.zpl"
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Cannot write the labels for “{name}” into {folder}: {problem}"
                ),
                name=printer.name,
                folder=printer.folder,
                problem=exc.strerror or str(exc),
                field="folder",
            ) from None
        return str(target)
    if printer.kind != "zpl_network":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The printer “{name}” does not take ZPL."),
            name=printer.name,
            field="printer",
        )
    try:
        with socket.create_connection((printer.host, printer.port), timeout=SEND_TIMEOUT_S) as conn:
            conn.sendall(data)
    except OSError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The label printer “{name}” at {address} cannot be reached ({problem}). "
                "Check that it is on and connected, and its host and port.",
            ),
            name=printer.name,
            address=printer.address,
            problem=exc.strerror or type(exc).__name__,
            field="host",
        ) from None
    return printer.address


# ---------------------------------------------------------------------------- jobs


@dataclass(frozen=True)
class LabelRequest:
    """What to print: ``product`` labels for ``items`` (SKU, copies) or ``shipping``
    labels for ``order_ids``, on ``layout_name``; on a sheet the first ``skip``
    positions are left empty (already used)."""

    kind: str
    layout_name: str
    items: tuple[tuple[str, int], ...] = ()
    order_ids: tuple[str, ...] = ()
    skip: int = 0

    def to_json(self) -> str:
        """The request as JSON (what the reprint log stores)."""
        return json.dumps(
            {
                "kind": self.kind,
                "layout": self.layout_name,
                "items": [list(i) for i in self.items],
                "order_ids": list(self.order_ids),
                "skip": self.skip,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LabelRequest:
        """The request :meth:`to_json` wrote."""
        data = json.loads(text)
        return cls(
            kind=str(data["kind"]),
            layout_name=str(data["layout"]),
            items=tuple((str(sku), int(n)) for sku, n in data.get("items", [])),
            order_ids=tuple(str(i) for i in data.get("order_ids", [])),
            skip=int(data.get("skip", 0)),
        )


@dataclass(frozen=True)
class OrderRef:
    """An order offered for shipping labels; ``needs_label`` is false for a pickup
    order without an address, ``has_tracking`` false before a waybill was assigned."""

    id: str
    number: str
    state: str
    recipient: str
    tracking_number: str
    needs_label: bool

    @property
    def printable(self) -> bool:
        """Whether a label can be made for it now."""
        return self.needs_label and bool(self.tracking_number.strip())


@dataclass(frozen=True)
class ProductRef:
    """A product found by a scan or a typed SKU."""

    sku: str
    name: str
    barcode: str


@dataclass(frozen=True)
class LabelOutput:
    """A rendered job: PDF or ZPL bytes, how many labels, and a short text naming
    what is on them (order numbers or SKUs) for the log."""

    request: LabelRequest
    format: str
    data: bytes
    labels: int
    refs: str
    printer: PrinterSettings | None = None


def find_product(ctx: AppContext, actor: Actor, code: str) -> ProductRef:
    """The product whose barcode or SKU is ``code`` (a scan or typed text)."""
    text = code.strip()
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        row = s.execute(
            select(Product.id, Product.sku, Product.name)
            .outerjoin(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(or_(ProductBarcode.code == text, Product.sku == text))
            .limit(1)
        ).first()
        if row is None or not text:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No product has the SKU or barcode “{code}”."),
                code=text,
            )
        barcode = s.scalar(
            select(ProductBarcode.code)
            .where(ProductBarcode.product_id == row.id)
            .order_by(ProductBarcode.code)
            .limit(1)
        )
        return ProductRef(row.sku, row.name, barcode or row.sku)


def _order_ref(session: Session, order: SalesOrder) -> OrderRef:
    return OrderRef(
        order.id,
        order.number,
        order.state,
        recipient_of(session, order).name or order.customer_name,
        order.tracking_number,
        order_documents.needs_label(session, order),
    )


def orders_for_labels(
    ctx: AppContext, actor: Actor, *, state: str = "", numbers: Sequence[str] = ()
) -> list[OrderRef]:
    """Orders to print shipping labels for: every order in ``state`` (oldest first, at
    most :data:`MAX_ORDERS`), or the orders with these ``numbers`` (or tracking numbers)
    in the order given; unknown numbers are all named in one :class:`NotFound`."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        if state:
            if state not in set(OrderState):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Unknown order state “{state}”."),
                    state=state,
                    field="state",
                )
            found = s.scalars(
                select(SalesOrder)
                .where(SalesOrder.state == state)
                .order_by(SalesOrder.created_at, SalesOrder.id)
                .limit(MAX_ORDERS)
            ).all()
            return [_order_ref(s, o) for o in found]
        wanted = [n.strip().upper() for n in numbers if n.strip()]
        out: list[OrderRef] = []
        missing: list[str] = []
        for number in dict.fromkeys(wanted):
            order = s.scalars(
                select(SalesOrder).where(
                    or_(SalesOrder.number == number, SalesOrder.tracking_number == number)
                )
            ).first()
            if order is None:
                missing.append(number)
            else:
                out.append(_order_ref(s, order))
        if missing:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No order has the number {numbers}."),
                numbers=", ".join(missing),
            )
        return out


def _check_request(request: LabelRequest) -> None:
    if request.kind not in JOB_KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of label job “{kind}”."),
            kind=request.kind,
            field="kind",
        )
    if request.kind == "product":
        if not request.items:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Add at least one product to print labels for."),
                field="items",
            )
        if len(request.items) > MAX_ITEMS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A job can have at most {max} products."),
                max=MAX_ITEMS,
                field="items",
            )
        for sku, copies in request.items:
            if not 1 <= copies <= MAX_COPIES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Copies of {sku} must be between 1 and {max}, not {copies}."
                    ),
                    sku=sku,
                    copies=copies,
                    max=MAX_COPIES,
                    field="copies",
                )
    elif not request.order_ids:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one order to print labels for."),
            field="orders",
        )
    elif len(request.order_ids) > MAX_ORDERS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A job can have at most {max} orders."),
            max=MAX_ORDERS,
            field="orders",
        )


def _layout(session: Session, request: LabelRequest) -> Layout:
    if not request.layout_name and request.kind == "shipping":
        return label_layout(session, None)
    return find_layout(session, request.layout_name, request.kind)


def _load(
    session: Session, request: LabelRequest, progress: Progress | None
) -> tuple[list[LabelData], list[int], str]:
    """The labels of a request, each one's copies, and the refs text."""
    if request.kind == "product":
        skus = [sku for sku, _n in request.items]
        labels: list[LabelData] = list(product_label_data(session, skus))
        if progress is not None:
            progress(len(skus), len(skus))
        return labels, [n for _sku, n in request.items], _refs(list(dict.fromkeys(skus)))
    shipping: list[LabelData] = []
    numbers: list[str] = []
    total = len(request.order_ids)
    for done, order_id in enumerate(request.order_ids, start=1):
        order = session.get(SalesOrder, order_id)
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "An order of this job no longer exists."))
        if order_documents.needs_label(session, order):
            shipping.append(order_documents.shipping_label_data(session, order_id))
            numbers.append(order.number)
        if progress is not None:
            progress(done, total)
    if not shipping:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "None of the chosen orders needs a shipping label."),
            field="orders",
        )
    return shipping, [1] * len(shipping), _refs(numbers)


def _refs(names: Sequence[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" … (+{len(names) - limit})" if len(names) > limit else "")


def _render(
    layout: Layout,
    labels: Sequence[LabelData],
    copies: Sequence[int],
    fmt: str,
    skip: int,
    printer: PrinterSettings | None,
) -> bytes:
    if fmt == "zpl":
        if layout.stock.kind is StockKind.SHEET:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The layout “{name}” is a sheet for office printers; ZPL is for thermal "
                    "label printers. Print it, save it as PDF or choose a roll layout.",
                ),
                name=layout.name,
                field="layout",
            )
        dpi = printer.zpl_dpi if printer else (layout.dpi if layout.dpi in ZPL_DPIS else 203)
        offset = printer.offset_dots() if printer else (0, 0)
        darkness = printer.darkness if printer else None
        parts = [
            render_zpl(
                layout,
                [label],
                copies=n,
                offset_dots=offset,
                darkness=darkness if i == 0 else None,
                dpi=dpi,
            )
            for i, (label, n) in enumerate(zip(labels, copies, strict=True))
        ]
        return b"".join(parts)
    if len(set(copies)) == 1:
        return render_pdf(layout, labels, skip=skip, copies=copies[0])
    expanded = [label for label, n in zip(labels, copies, strict=True) for _ in range(n)]
    return render_pdf(layout, expanded, skip=skip)


def make_labels(
    ctx: AppContext,
    actor: Actor,
    request: LabelRequest,
    *,
    fmt: str = "pdf",
    printer: PrinterSettings | None = None,
    progress: Progress | None = None,
) -> LabelOutput:
    """Render ``request`` as ``pdf`` or ``zpl`` (with ``printer``'s offset, darkness
    and resolution).  ``progress(done, total)`` is called as label data is loaded (it
    may raise to cancel; nothing is changed either way).  Bad items, orders without a
    tracking number, invalid barcodes and sheets sent as ZPL are refused before any
    output exists."""
    if fmt not in ("pdf", "zpl"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Labels are made as PDF or ZPL, not “{format}”."),
            format=fmt,
            field="format",
        )
    _check_request(request)
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        layout = _layout(s, request)
        labels, copies, refs = _load(s, request, progress)
    data = _render(layout, labels, copies, fmt, request.skip, printer)
    return LabelOutput(
        replace(request, layout_name=layout.name), fmt, data, sum(copies), refs, printer
    )


def preview_pdf(ctx: AppContext, actor: Actor, request: LabelRequest) -> bytes:
    """The first page of ``request`` as PDF, cheaply (only the labels on it are
    loaded): one label for a roll, the first sheet with its skipped positions for a
    sheet; a sample label when the job is still empty.  Label edges are outlined."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        layout = _layout(s, request)
        room = max(1, layout.stock.per_page - request.skip)
        if request.kind == "product" and request.items:
            first: list[tuple[str, int]] = []
            for sku, n in request.items:
                if sum(c for _s, c in first) >= room:
                    break
                first.append((sku, n))
            labels, copies, _ = _load(s, replace(request, items=tuple(first)), None)
        elif request.kind == "shipping" and request.order_ids:
            labels = []
            for order_id in request.order_ids:
                order = s.get(SalesOrder, order_id)
                if order is not None and order_documents.needs_label(s, order):
                    try:
                        labels.append(order_documents.shipping_label_data(s, order_id))
                    except InvalidInput:
                        continue
                if len(labels) >= room:
                    break
            copies = [1] * len(labels)
        else:
            labels, copies = [], []
    if not labels:
        labels, copies = [sample_label(layout.kind)], [1]
    if layout.stock.kind is StockKind.ROLL:
        return render_label_pdf(layout, labels[0])
    expanded = [label for label, n in zip(labels, copies, strict=True) for _ in range(n)][:room]
    return render_pdf(layout, expanded, skip=request.skip, outlines=True)


def test_label(layout: Layout, fmt: str, printer: PrinterSettings | None = None) -> bytes:
    """A sample label on ``layout`` with its edges outlined (PDF) or as ZPL with the
    printer's settings: a test print that shows where the label lands."""
    label = sample_label(layout.kind)
    if fmt == "zpl":
        return _render(layout, [label], [1], "zpl", 0, printer)
    if layout.stock.kind is StockKind.ROLL:
        return render_label_pdf(layout, label)
    return render_pdf(layout, [label], outlines=True)


test_label.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


# ---------------------------------------------------------------------------- the log


@dataclass(frozen=True)
class PrintLogEntry:
    """One job in the reprint log."""

    id: str
    printed_at: datetime
    user_name: str
    job_kind: str
    layout_name: str
    output: str
    printer_name: str
    label_count: int
    refs: str
    reprint_of: str | None
    request: LabelRequest


def _entry(row: LabelPrintLog, user_name: str) -> PrintLogEntry:
    return PrintLogEntry(
        row.id,
        row.printed_at,
        user_name,
        row.job_kind,
        row.layout_name,
        row.output,
        row.printer_name,
        row.label_count,
        row.refs,
        row.reprint_of,
        LabelRequest.from_json(row.request_json),
    )


def log_print(
    ctx: AppContext,
    actor: Actor,
    output: LabelOutput,
    destination: str,
    *,
    printer_name: str = "",
    reprint_of: str | None = None,
) -> PrintLogEntry:
    """Record that ``output`` was printed, saved or sent (``destination``: ``printer``,
    ``pdf``, ``zpl_network`` or ``zpl_file``), with what is needed to make it again."""
    if destination not in OUTPUTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown label destination “{value}”."),
            value=destination,
            field="destination",
        )
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        row = LabelPrintLog(
            printed_at=ctx.clock(),
            user_id=actor.user_id,
            job_kind=output.request.kind,
            layout_name=output.request.layout_name,
            output=destination,
            printer_name=printer_name or (output.printer.name if output.printer else ""),
            label_count=output.labels,
            refs=output.refs,
            request_json=output.request.to_json(),
            reprint_of=reprint_of,
        )
        s.add(row)
        s.flush()
        return _entry(row, actor.display_name)


def list_print_log(
    ctx: AppContext, actor: Actor, after: str | None = None, limit: int = 100
) -> list[PrintLogEntry]:
    """The reprint log, newest first, ``limit`` entries (at most 500) older than the
    entry ``after`` (keyset paging: pass the last entry's id for the next page)."""
    limit = max(1, min(limit, 500))
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        query = (
            select(LabelPrintLog, UserRow.display_name)
            .outerjoin(UserRow, UserRow.id == LabelPrintLog.user_id)
            .order_by(LabelPrintLog.printed_at.desc(), LabelPrintLog.id.desc())
            .limit(limit)
        )
        if after:
            mark = s.get(LabelPrintLog, after)
            if mark is not None:
                query = query.where(
                    or_(
                        LabelPrintLog.printed_at < mark.printed_at,
                        and_(
                            LabelPrintLog.printed_at == mark.printed_at,
                            LabelPrintLog.id < mark.id,
                        ),
                    )
                )
        return [_entry(row, name or "") for row, name in s.execute(query)]


def reprint(
    ctx: AppContext,
    actor: Actor,
    log_id: str,
    *,
    printer: PrinterSettings | None = None,
    progress: Progress | None = None,
) -> tuple[PrintLogEntry, LabelOutput]:
    """Make the labels of log entry ``log_id`` again from what it recorded (current
    product names and prices, current tracking numbers), in its format: ZPL when it was
    sent as ZPL (with ``printer``'s settings), else PDF.  Returns the entry and the
    output; log the reprint with :func:`log_print` (``reprint_of``) once delivered.
    :class:`NotFound` when its layout or orders are gone."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PRINT)
        row = s.get(LabelPrintLog, log_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That print job is not in the log."))
        name = s.scalar(select(UserRow.display_name).where(UserRow.id == row.user_id)) or ""
        entry = _entry(row, name)
    fmt = "zpl" if entry.output.startswith("zpl") else "pdf"
    return entry, make_labels(
        ctx, actor, entry.request, fmt=fmt, printer=printer, progress=progress
    )


__all__ = [
    "LabelOutput",
    "LabelRequest",
    "OrderRef",
    "PrintLogEntry",
    "PrinterSettings",
    "ProductRef",
    "check_printer",
    "default_printer",
    "delete_printer",
    "find_product",
    "list_print_log",
    "list_printers",
    "log_print",
    "make_labels",
    "orders_for_labels",
    "preview_pdf",
    "reprint",
    "save_printer",
    "send_zpl",
    "test_label",
]
