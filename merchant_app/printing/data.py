"""What labels and documents show: frozen dataclasses, text already formatted by the caller.

Money arrives as text (``"¥12.50"``), formatted by the caller in the shop's currency; the
renderers never do arithmetic on it.  Label data exposes its values by the ``source`` keys
layouts refer to (:meth:`ShippingLabelData.values`, :meth:`ProductLabelData.values`).
"""

from __future__ import annotations

from dataclasses import dataclass

from merchant_app.barcodes import Symbology, detect
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

_EMPTY = QT_TRANSLATE_NOOP("Errors", "The label for “{label}” has no {field}.")


@dataclass(frozen=True)
class ShippingLabelData:
    """A parcel's shipping label.  Addresses may span lines and be in any script.

    ``qr_payload`` defaults to the tracking number when empty.  ``logo_png`` is the bytes
    of an image the layout's ``image`` field with source ``"logo"`` shows."""

    sender: str
    recipient_name: str
    recipient_phone: str
    recipient_address: str
    order_number: str
    weight_g: int
    tracking_number: str
    qr_payload: str = ""
    delivery_method: str = ""
    logo_png: bytes | None = None

    def __post_init__(self) -> None:
        if not self.tracking_number.strip():
            raise InvalidInput(_EMPTY, label=self.order_number, field="tracking number")
        if not self.recipient_address.strip():
            raise InvalidInput(_EMPTY, label=self.order_number, field="recipient address")
        if self.weight_g < 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The weight of “{label}” cannot be negative."),
                label=self.order_number,
                field="weight",
            )

    def values(self) -> dict[str, str]:
        """The label's values by layout source key."""
        return {
            "sender": self.sender,
            "recipient_name": self.recipient_name,
            "recipient_phone": self.recipient_phone,
            "recipient_address": self.recipient_address,
            "order_number": self.order_number,
            "weight": format_weight(self.weight_g),
            "tracking_number": self.tracking_number.strip(),
            "qr_payload": self.qr_payload or self.tracking_number.strip(),
            "delivery_method": self.delivery_method,
        }

    def images(self) -> dict[str, bytes]:
        """The label's images by layout source key."""
        return {"logo": self.logo_png} if self.logo_png else {}


@dataclass(frozen=True)
class ProductLabelData:
    """A product or shelf label.  ``symbology`` ``None`` means detect it from the code
    (13 digits EAN-13, 12 digits UPC-A, anything else Code 128).  The SKU is required."""

    name: str
    price_text: str
    sku: str
    barcode: str
    symbology: Symbology | None = None

    def __post_init__(self) -> None:
        if not self.sku.strip():
            raise InvalidInput(_EMPTY, label=self.name, field="SKU")
        if not self.barcode.strip():
            raise InvalidInput(_EMPTY, label=self.name, field="barcode")

    @property
    def resolved_symbology(self) -> Symbology:
        """The symbology the barcode is drawn in (validates the code when detecting)."""
        return self.symbology if self.symbology is not None else detect(self.barcode)

    def values(self) -> dict[str, str]:
        """The label's values by layout source key."""
        return {
            "name": self.name,
            "price": self.price_text,
            "sku": self.sku.strip(),
            "barcode": self.barcode.strip(),
            "symbology": self.resolved_symbology.value,
        }

    def images(self) -> dict[str, bytes]:
        """Product labels carry no images."""
        return {}


LabelData = ShippingLabelData | ProductLabelData


def format_weight(grams: int) -> str:
    """A weight for a label: ``"850 g"`` below a kilogram, else ``"1.25 kg"``."""
    if grams < 1000:
        return f"{grams} g"
    return f"{grams / 1000:.3f}".rstrip("0").rstrip(".") + " kg"


# --- documents (LBL-3) -------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """A name with a (multi-line) address and optional phone, as printed on documents."""

    name: str
    address: str
    phone: str = ""


@dataclass(frozen=True)
class SlipLine:
    """One product line on a packing slip or pick list."""

    sku: str
    name: str
    quantity: int
    location: str = ""


@dataclass(frozen=True)
class PackingSlipData:
    """A packing slip: the order number is printed as a Code 128 barcode."""

    shop: Party
    recipient: Party
    order_number: str
    order_date: str
    lines: tuple[SlipLine, ...]
    delivery_method: str = ""
    note: str = ""


@dataclass(frozen=True)
class PickItem:
    """One thing to pick: a product at a location for an order."""

    location: str
    sku: str
    name: str
    quantity: int
    order_number: str


@dataclass(frozen=True)
class PickListData:
    """A pick list for many orders; the renderer groups items by location."""

    title: str
    created: str
    items: tuple[PickItem, ...]


@dataclass(frozen=True)
class InvoiceLine:
    """An invoice line; money as text."""

    name: str
    quantity: int
    unit_price: str
    total: str
    sku: str = ""


@dataclass(frozen=True)
class InvoiceData:
    """An invoice or receipt (``title`` says which); money as text."""

    title: str
    number: str
    issued: str
    seller: Party
    buyer: Party | None
    lines: tuple[InvoiceLine, ...]
    totals: tuple[tuple[str, str], ...]
    """Label/amount pairs under the lines, e.g. ``(("Subtotal", "¥90.00"), ("Total", …))``."""
    payment: str = ""
    footer: str = ""


@dataclass(frozen=True)
class CountRow:
    """One row of a stock count sheet; the count column is left blank for a pen."""

    location: str
    sku: str
    name: str
    barcode: str


@dataclass(frozen=True)
class StockCountSheetData:
    """A stock count sheet."""

    title: str
    created: str
    rows: tuple[CountRow, ...]


@dataclass(frozen=True)
class SettlementRow:
    """Expected vs counted money for one payment method at one desk; money as text."""

    desk: str
    method: str
    expected: str
    counted: str
    difference: str


@dataclass(frozen=True)
class SettlementReportData:
    """An end-of-day settlement report."""

    title: str
    business_day: str
    rows: tuple[SettlementRow, ...]
    prepared_by: str = ""
