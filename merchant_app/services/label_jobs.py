"""Batch label jobs without the window (LBL-5 command line): product labels for a list of
SKUs, and shipping labels for every order in a state, as PDF or ZPL by the output file's
extension.  A layout is named as in the app: a shipped one (or its short name, such as
``product-50x30mm``) or one the shop made; shipping labels without a layout use the
shop's default shipping layout.  Both need ``label.print``; bad SKUs, states, layouts or
formats are refused before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from merchant_app.models import Product, ProductBarcode, SalesOrder, Shop
from merchant_app.money import format_with_symbol
from merchant_app.printing.data import LabelData, ProductLabelData, ShippingLabelData
from merchant_app.printing.layouts import Layout, LayoutKind, StockKind
from merchant_app.printing.pdf import render_pdf
from merchant_app.printing.zpl import render_zpl
from merchant_app.services import order_documents
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.label_layouts_store import find_layout, shipping_layout
from merchant_app.services.order_flow import OrderState
from merchant_app.services.permissions import authorize

FORMATS = ("pdf", "zpl")
MAX_COPIES = 1000


@dataclass(frozen=True)
class LabelJob:
    """The rendered output and what it holds."""

    data: bytes
    labels: int
    format: str


def output_format(path: str) -> str:
    """``pdf`` or ``zpl`` from the output file's extension, else :class:`InvalidInput`."""
    suffix = PurePath(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Write labels to a .pdf or .zpl file; “{path}” is neither."
            ),
            path=path,
            field="out",
        )
    return suffix


def _render(layout: Layout, labels: Sequence[LabelData], fmt: str, copies: int) -> LabelJob:
    if fmt == "zpl":
        if layout.stock.kind == StockKind.SHEET:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The layout “{name}” is a sheet for office printers; ZPL is for thermal "
                    "label printers. Write a .pdf or choose a roll layout.",
                ),
                name=layout.name,
                field="layout",
            )
        data = render_zpl(layout, labels, copies=copies)
    else:
        data = render_pdf(layout, labels, copies=copies)
    return LabelJob(data, len(labels) * copies, fmt)


def product_label_data(session: Session, skus: Sequence[str]) -> list[ProductLabelData]:
    """One label's data per SKU (in the order given, repeats kept): name, price in the
    shop's currency, SKU and the product's first barcode (its SKU as Code 128 when it has
    none).  Unknown SKUs are all named in one :class:`NotFound`."""
    currency = session.scalar(select(Shop.currency).limit(1)) or "CNY"
    rows = {
        r.sku: r
        for r in session.execute(
            select(Product.id, Product.sku, Product.name, Product.price_minor).where(
                Product.sku.in_(list(skus))
            )
        )
    }
    missing = [sku for sku in skus if sku not in rows]
    if missing:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No product has the SKU {skus}."),
            skus=", ".join(missing),
        )
    codes: dict[str, str] = {}
    for product_id, code in session.execute(
        select(ProductBarcode.product_id, ProductBarcode.code)
        .where(ProductBarcode.product_id.in_([r.id for r in rows.values()]))
        .order_by(ProductBarcode.code)
    ):
        codes.setdefault(product_id, code)
    return [
        ProductLabelData(
            rows[sku].name,
            format_with_symbol(rows[sku].price_minor, currency),
            sku,
            codes.get(rows[sku].id, sku),
        )
        for sku in skus
    ]


def product_labels(
    ctx: AppContext,
    actor: Actor,
    skus: Sequence[str],
    layout_name: str,
    fmt: str,
    copies: int = 1,
) -> LabelJob:
    """``copies`` labels of each SKU (in the order given) on ``layout_name``: name,
    price in the shop's currency, SKU and the product's first barcode (its SKU as Code 128
    when it has none).  Unknown SKUs are all named in one refusal."""
    if isinstance(copies, bool) or not 1 <= copies <= MAX_COPIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Copies must be between 1 and {max}."),
            max=MAX_COPIES,
            field="copies",
        )
    if not skus:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name at least one SKU."), field="sku")
    with ctx.db.transaction() as s:
        authorize(s, actor, "label.print")
        layout = find_layout(s, layout_name, LayoutKind.PRODUCT.value)
        labels = product_label_data(s, skus)
    return _render(layout, labels, fmt, copies)


def shipping_labels(
    ctx: AppContext, actor: Actor, state: str, layout_name: str | None, fmt: str
) -> LabelJob:
    """A shipping label for every order in ``state`` that is delivered (not picked up),
    oldest first; the layout is ``layout_name`` or the shop's shipping layout."""
    if state not in set(OrderState):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown order state “{state}”. Known: {known}."),
            state=state,
            known=", ".join(OrderState),
            field="state",
        )
    with ctx.db.transaction() as s:
        authorize(s, actor, "label.print")
        layout = (
            find_layout(s, layout_name, LayoutKind.SHIPPING.value)
            if layout_name
            else shipping_layout(s)
        )
        orders = s.scalars(
            select(SalesOrder)
            .where(SalesOrder.state == state)
            .order_by(SalesOrder.created_at, SalesOrder.id)
        ).all()
        labels: list[ShippingLabelData] = [
            order_documents.shipping_label_data(s, o.id)
            for o in orders
            if order_documents.needs_label(s, o)
        ]
    if not labels:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No order in the state “{state}” needs a label."),
            state=state,
        )
    return _render(layout, labels, fmt, 1)
