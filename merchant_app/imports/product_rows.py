"""The shape every product file is parsed into, whatever its format.

A parser (the app's own CSV, WooCommerce's or Shopify's product export) turns a file into
:class:`ProductRow` values and a list of :class:`ImportIssue`; the catalog service then
writes the rows in one transaction.  Money is in integer minor units, weights in grams,
sizes in millimetres, tax rates in basis points (13 % = 1300).
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("draft", "listed", "delisted")


@dataclass(frozen=True)
class ProductRow:
    """One product or variant as read from a file.

    ``row`` is the 1-based line of the file it came from (the header is line 1), so that
    every error can name it.  ``None`` means "the file does not say": an existing
    product keeps its value, a new one gets the default.
    """

    row: int
    sku: str
    name: str
    parent_sku: str = ""
    is_parent: bool = False
    options: tuple[tuple[str, str], ...] = ()
    description: str = ""
    category_path: tuple[str, ...] = ()
    barcodes: tuple[str, ...] = ()
    unit: str = "pcs"
    price_minor: int | None = None
    cost_minor: int | None = None
    tax_rate_bp: int | None = None
    weight_g: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    supplier: str = ""
    status: str = "listed"
    reorder_point: int | None = None
    reorder_qty: int | None = None
    stock: int | None = None
    location_code: str = ""


@dataclass(frozen=True)
class ImportIssue:
    """What is wrong, and where: the file's line and the column's name as the file has it
    (``row`` 0 and ``column`` "" for problems of the whole file)."""

    row: int
    column: str
    message: str
    # The untranslated English template and its fields, so that the window can translate
    # the message (context "Imports"); not part of equality.
    template: str = field(default="", compare=False, repr=False)
    params: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        if self.column:
            where += f", column “{self.column}”"
        return f"{where}: {self.message}"


@dataclass
class ParseResult:
    """The rows read and the problems found; an import may go ahead only when
    ``issues`` is empty."""

    format: str
    rows: list[ProductRow] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues
