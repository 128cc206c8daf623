"""Catalog rules shared by the interactive services and the bulk import: field limits,
search keys and the checks every product value must pass.

Checks return :class:`~merchant_app.errors.InvalidInput` values (never raise) so the
import can collect every problem of every row, while the services raise the first.
"""

from __future__ import annotations

from collections.abc import Iterable

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

STATUSES = ("draft", "listed", "delisted")
SKU_MAX = 64
NAME_MAX = 200
UNIT_MAX = 16
CATEGORY_NAME_MAX = 80
CATEGORY_SEPARATOR = " > "
CATEGORY_PATH_MAX = 500  # the stored path, names joined by CATEGORY_SEPARATOR
SUPPLIER_NAME_MAX = 120

# Integer fields a product carries; none may be negative.
NUMBER_FIELDS = (
    "price_minor",
    "cost_minor",
    "tax_rate_bp",
    "weight_g",
    "length_mm",
    "width_mm",
    "height_mm",
    "reorder_point",
    "reorder_qty",
)
MAX_INT = 2**31 - 1  # the columns are 32-bit integers on PostgreSQL


def search_key(text: str) -> str:
    """The lower-cased form names and SKUs are searched by (works for any script)."""
    return text.strip().lower()


def _bad_text(value: object) -> bool:
    """Not text, or text with a NUL character (no database stores it in a text column)."""
    return not isinstance(value, str) or "\x00" in value


def check_sku(sku: str) -> InvalidInput | None:
    """A SKU is 1–64 characters without spaces at either end or inside (nor NUL)."""
    # str.split() splits on exactly the characters str.isspace() calls spaces, so one
    # piece equal to the SKU means no space anywhere in it (and not empty).
    if not isinstance(sku, str) or len(sku) > SKU_MAX or sku.split() != [sku] or "\x00" in sku:
        return InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The SKU “{sku}” is not valid: use 1 to {limit} characters, no spaces."
            ),
            sku=sku,
            limit=SKU_MAX,
            field="sku",
        )
    return None


def check_name(name: str) -> InvalidInput | None:
    """A product name has 1–200 characters (no NUL)."""
    if _bad_text(name) or not name.strip() or len(name.strip()) > NAME_MAX:
        return InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The product name must have 1 to {limit} characters."),
            limit=NAME_MAX,
            field="name",
        )
    return None


def check_unit(unit: str) -> InvalidInput | None:
    """A unit (``pcs``, ``kg``…) has 1–16 characters."""
    if _bad_text(unit) or not unit.strip() or len(unit.strip()) > UNIT_MAX:
        return InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The unit must have 1 to {limit} characters."),
            limit=UNIT_MAX,
            field="unit",
        )
    return None


def check_status(status: str) -> InvalidInput | None:
    """Listing status is draft, listed or delisted."""
    if status not in STATUSES:
        return InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown listing status “{status}”: use draft, listed or delisted."
            ),
            status=status,
            field="status",
        )
    return None


def check_number(field: str, value: int | None) -> InvalidInput | None:
    """Money, tax, weight, sizes, reorder figures and stock are whole numbers ≥ 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > MAX_INT:
        return InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{field}” must be a whole number of 0 or more."),
            field=field,
            value=value,
        )
    return None


def check_category_name(name: str) -> InvalidInput | None:
    """A category name has 1–80 characters and no “>” (it separates path levels)."""
    value = name.strip()
    if not value or len(value) > CATEGORY_NAME_MAX or ">" in value or "\x00" in value:
        return InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The category name “{name}” is not valid: use 1 to {limit} characters without “>”.",
            ),
            name=name,
            limit=CATEGORY_NAME_MAX,
            field="category",
        )
    return None


def check_category_path(path: str) -> InvalidInput | None:
    """A category's whole path ("Clothing > Hoodies > Zip") has at most 500 characters."""
    if len(path) > CATEGORY_PATH_MAX:
        return InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The category path “{path}” is too long ({length} characters, at most "
                "{limit}): use fewer levels or shorter names.",
            ),
            path=path[:60] + "…",
            length=len(path),
            limit=CATEGORY_PATH_MAX,
            field="category",
        )
    return None


def check_supplier_name(name: str) -> InvalidInput | None:
    """A supplier name has 1–120 characters."""
    if _bad_text(name) or not name.strip() or len(name.strip()) > SUPPLIER_NAME_MAX:
        return InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The supplier name must have 1 to {limit} characters."),
            limit=SUPPLIER_NAME_MAX,
            field="supplier",
        )
    return None


def first_problem(problems: Iterable[InvalidInput | None]) -> None:
    """Raise the first problem found, if any (for the interactive services)."""
    for problem in problems:
        if problem is not None:
            raise problem


def like_escape(text: str) -> str:
    """``text`` with LIKE's wildcards escaped (escape character ``\\``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
