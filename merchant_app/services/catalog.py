"""Products (INV-1): create and edit, variants, barcodes, listing status and delisting.

Edits need ``product.edit``; setting a price needs ``price.change`` (price changes after
creation go through :mod:`merchant_app.services.catalog_prices`).  Delisting by hand is
an approval (``product.delist``, approved with ``product.delist.approve``); delisting at
zero stock is the stock service's, when the shop setting ``auto_delist_at_zero`` is on.
Categories and suppliers are in :mod:`~merchant_app.services.catalog_categories`, the
screens' queries in :mod:`~merchant_app.services.catalog_queries`; both are re-exported
here so callers can use ``catalog.<name>`` for everything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from merchant_app import barcodes as bc
from merchant_app.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
)
from merchant_app.models import Category, Desk, Product, ProductBarcode, Supplier
from merchant_app.services import approvals, audit
from merchant_app.services.catalog_categories import (
    CategoryInfo,
    CategoryNode,
    SupplierInfo,
    category_ids_under,
    category_tree,
    create_category,
    create_supplier,
    delete_category,
    ensure_category_path,
    ensure_supplier,
    get_category,
    list_categories,
    list_suppliers,
    move_category,
    rename_category,
    update_supplier,
)
from merchant_app.services.catalog_queries import (
    BarcodeInfo,
    ProductDetail,
    ProductInfo,
    ProductListRow,
    VariantRow,
    find_by_barcode,
    get_product,
    product_detail,
    search_products,
)
from merchant_app.services.catalog_rules import (
    NUMBER_FIELDS,
    check_name,
    check_number,
    check_sku,
    check_status,
    check_unit,
    first_problem,
    search_key,
)
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number
from merchant_app.services.shop_rules import auto_delist_enabled as delist_if_empty_allowed

IN_STORE_SEQUENCE = "barcode.in_store"
IN_STORE_PER_DESK = 10**8  # serials of desk Dnn are nn·10⁸ … nn·10⁸ + 99,999,999


@dataclass(frozen=True)
class ProductInput:
    """The fields of a new product (money in minor units, tax in basis points, grams,
    millimetres).  ``status`` may be draft or listed at creation."""

    sku: str
    name: str
    description: str = ""
    category_id: str | None = None
    unit: str = "pcs"
    price_minor: int = 0
    cost_minor: int = 0
    tax_rate_bp: int = 0
    weight_g: int = 0
    length_mm: int = 0
    width_mm: int = 0
    height_mm: int = 0
    image_path: str = ""
    supplier_id: str | None = None
    status: str = "draft"
    reorder_point: int = 0
    reorder_qty: int = 0
    allow_backorder: bool = False
    is_parent: bool = False


# Fields update_product may change (prices: catalog_prices; status: set_listing_status).
EDITABLE = frozenset(
    {
        "sku",
        "name",
        "description",
        "category_id",
        "unit",
        "tax_rate_bp",
        "weight_g",
        "length_mm",
        "width_mm",
        "height_mm",
        "image_path",
        "supplier_id",
        "reorder_point",
        "reorder_qty",
        "allow_backorder",
    }
)


def product_or_fail(s: Session, product_id: str) -> Product:
    """The product, or :class:`NotFound`."""
    p = s.get(Product, product_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That product no longer exists."))
    return p


def _check_values(values: Mapping[str, Any]) -> None:
    checks: list[InvalidInput | None] = []
    if "sku" in values:
        checks.append(check_sku(values["sku"]))
    if "name" in values:
        checks.append(check_name(values["name"]))
    if "unit" in values:
        checks.append(check_unit(values["unit"]))
    if "status" in values:
        checks.append(check_status(values["status"]))
    checks.extend(check_number(f, values[f]) for f in NUMBER_FIELDS if f in values)
    for f in ("description", "image_path"):
        if f in values and (not isinstance(values[f], str) or "\x00" in values[f]):
            checks.append(
                InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The {field} must be text without NUL characters (code 0)."
                    ),
                    field=f,
                )
            )
    first_problem(checks)


def _check_references(s: Session, values: Mapping[str, Any], product_id: str = "") -> None:
    if values.get("category_id") and s.get(Category, values["category_id"]) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That category no longer exists."))
    if values.get("supplier_id") and s.get(Supplier, values["supplier_id"]) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That supplier no longer exists."))
    if "sku" in values:
        other = s.scalar(
            select(Product.name).where(Product.sku == values["sku"], Product.id != product_id)
        )
        if other is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "The SKU “{sku}” is already used by “{product}”."),
                sku=values["sku"],
                product=other,
            )


def _insert_product(
    s: Session, ctx: AppContext, actor: Actor, values: dict[str, Any], codes: Sequence[str]
) -> Product:
    values = {k: (v.strip() if k in ("name", "unit") else v) for k, v in values.items()}
    now = ctx.clock()
    p = Product(
        **values,
        name_key=search_key(values["name"]),
        sku_key=search_key(values["sku"]),
        created_at=now,
        updated_at=now,
    )
    s.add(p)
    try:
        s.flush()
    except IntegrityError:  # another desk took the SKU a moment ago
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The SKU “{sku}” is already used."), sku=values["sku"]
        ) from None
    for code in codes:
        _attach_barcode(s, p, code)
    audit.record(
        s,
        ctx,
        actor,
        "product.create",
        p.sku,
        {k: v for k, v in values.items() if k in ("name", "price_minor", "status", "parent_id")},
    )
    return p


def create_product(
    ctx: AppContext, actor: Actor, data: ProductInput, barcodes: Sequence[str] = ()
) -> ProductDetail:
    """A new product (or a parent, ``is_parent``, to group variants) with its barcodes.
    A non-zero price or cost needs ``price.change`` as well as ``product.edit``."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    _check_values(values)
    if data.status == "delisted":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A new product is either a draft or listed."),
            field="status",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        if data.price_minor or data.cost_minor:
            current = authorize(s, actor, "price.change")
        _check_references(s, values)
        p = _insert_product(s, ctx, current, values, barcodes)
        return product_detail(s, p.id, current)


def _option_pairs(options: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    pairs = list(options.items() if isinstance(options, Mapping) else options)
    clean = [(str(k).strip(), str(v).strip()) for k, v in pairs]
    if (
        not clean
        or any(not k or not v for k, v in clean)
        or len({k for k, _ in clean}) != len(clean)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A variant needs its options, each with a name and a value "
                "(such as Size = M), each name once.",
            ),
            field="options",
        )
    return clean


def create_variant(
    ctx: AppContext,
    actor: Actor,
    parent_id: str,
    sku: str,
    options: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    name: str = "",
    price_minor: int | None = None,
    cost_minor: int | None = None,
    barcodes: Sequence[str] = (),
) -> ProductDetail:
    """A variant (its own SKU) under the parent product ``parent_id``.  It takes the
    parent's category, unit, prices, tax, sizes, supplier and status unless given; its
    name defaults to the parent's name with the option values (``Hoodie (M, Red)``).
    Two variants of one parent may not have the same options."""
    pairs = _option_pairs(options)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        parent = product_or_fail(s, parent_id)
        if not parent.is_parent:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{sku}” is not a parent product, so it cannot have variants."
                ),
                sku=parent.sku,
                field="parent",
            )
        text = json.dumps(dict(pairs), ensure_ascii=False)
        for other_sku, other_text in s.execute(
            select(Product.sku, Product.options).where(Product.parent_id == parent.id)
        ):
            if other_text and json.loads(other_text) == dict(pairs):
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The variant “{sku}” already has these options."),
                    sku=other_sku,
                )
        price = parent.price_minor if price_minor is None else price_minor
        cost = parent.cost_minor if cost_minor is None else cost_minor
        if (price_minor is not None or cost_minor is not None) and (price or cost):
            current = authorize(s, actor, "price.change")
        values: dict[str, Any] = {
            "sku": sku,
            "name": name.strip() or f"{parent.name} ({', '.join(v for _, v in pairs)})",
            "description": parent.description,
            "category_id": parent.category_id,
            "parent_id": parent.id,
            "is_parent": False,
            "options": text,
            "unit": parent.unit,
            "price_minor": price,
            "cost_minor": cost,
            "tax_rate_bp": parent.tax_rate_bp,
            "weight_g": parent.weight_g,
            "length_mm": parent.length_mm,
            "width_mm": parent.width_mm,
            "height_mm": parent.height_mm,
            "supplier_id": parent.supplier_id,
            "status": parent.status,
            "reorder_point": parent.reorder_point,
            "reorder_qty": parent.reorder_qty,
            "allow_backorder": parent.allow_backorder,
        }
        _check_values(values)
        _check_references(s, values)
        p = _insert_product(s, ctx, current, values, barcodes)
        return product_detail(s, p.id, current)


def _check_editable(changes: Mapping[str, Any]) -> None:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be changed here: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    _check_values(changes)


def _apply_changes(
    s: Session, ctx: AppContext, current: Actor, p: Product, changes: Mapping[str, Any]
) -> None:
    """Set the changed fields of ``p`` and audit them, old and new value each."""
    _check_references(s, changes, p.id)
    diff: dict[str, list[Any]] = {}
    for key, value in changes.items():
        value = value.strip() if key in ("name", "unit") else value
        if getattr(p, key) != value:
            diff[key] = [getattr(p, key), value]
            setattr(p, key, value)
    if diff:
        p.name_key, p.sku_key = search_key(p.name), search_key(p.sku)
        p.updated_at = ctx.clock()
        s.flush()
        audit.record(s, ctx, current, "product.update", p.sku, diff)


def update_product(
    ctx: AppContext, actor: Actor, product_id: str, changes: Mapping[str, Any]
) -> ProductDetail:
    """Change the given fields (any of :data:`EDITABLE`); the audit entry lists each
    changed field with its old and new value.  Prices: ``catalog_prices.change_price``;
    listing status: :func:`set_listing_status` / :func:`request_delist`."""
    _check_editable(changes)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        p = product_or_fail(s, product_id)
        _apply_changes(s, ctx, current, p, changes)
        return product_detail(s, p.id, current)


def save_product(
    ctx: AppContext,
    actor: Actor,
    product_id: str,
    changes: Mapping[str, Any],
    barcodes: Sequence[str],
    status: str,
) -> ProductDetail:
    """What the product editor saves, in one transaction: the changed fields (any of
    :data:`EDITABLE`), the product's whole set of barcodes (added ones checked, removed
    ones taken off) and its listing status (draft or listed; delisting needs
    :func:`request_delist`).  Any refusal changes nothing.  Prices are their own action
    (``catalog_prices.change_price``: it may need approval)."""
    _check_editable(changes)
    wanted = list(dict.fromkeys(c.strip() for c in barcodes if c.strip()))
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        p = product_or_fail(s, product_id)
        _apply_changes(s, ctx, current, p, changes)
        held = {
            row.code: row
            for row in s.scalars(select(ProductBarcode).where(ProductBarcode.product_id == p.id))
        }
        for code, row in held.items():
            if code not in wanted:
                s.delete(row)
                audit.record(s, ctx, current, "product.barcode_remove", p.sku, {"code": code})
        s.flush()
        for code in wanted:
            if code not in held:
                info = _attach_barcode(s, p, code)
                audit.record(s, ctx, current, "product.barcode_add", p.sku, {"code": info.code})
        if status != p.status:
            _set_status(s, ctx, current, p, status)
        return product_detail(s, p.id, current)


# --- barcodes --------------------------------------------------------------------------


def _attach_barcode(s: Session, p: Product, code: str) -> BarcodeInfo:
    symbology = bc.detect(code)
    value = code.strip()
    holder = s.scalar(
        select(Product)
        .join(ProductBarcode, ProductBarcode.product_id == Product.id)
        .where(ProductBarcode.code == value)
    )
    if holder is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "The barcode “{code}” already belongs to {sku} “{product}”."
            ),
            code=value,
            sku=holder.sku,
            product=holder.name,
        )
    s.add(ProductBarcode(code=value, product_id=p.id, symbology=str(symbology)))
    try:
        s.flush()
    except IntegrityError:  # another desk gave the code to a product a moment ago
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The barcode “{code}” was just given to another product."),
            code=value,
        ) from None
    return BarcodeInfo(value, str(symbology))


def add_barcode(ctx: AppContext, actor: Actor, product_id: str, code: str) -> BarcodeInfo:
    """Give a product a barcode after checking it (EAN-13/UPC-A check digits, else Code
    128); a code already on a product is refused naming that product."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        p = product_or_fail(s, product_id)
        info = _attach_barcode(s, p, code)
        audit.record(s, ctx, current, "product.barcode_add", p.sku, {"code": info.code})
        return info


def remove_barcode(ctx: AppContext, actor: Actor, product_id: str, code: str) -> None:
    """Take a barcode off a product."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        p = product_or_fail(s, product_id)
        row = s.get(ProductBarcode, code.strip())
        if row is None or row.product_id != p.id:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "{sku} has no barcode “{code}”."),
                sku=p.sku,
                code=code,
            )
        s.delete(row)
        audit.record(s, ctx, current, "product.barcode_remove", p.sku, {"code": row.code})


def assign_in_store_barcode(ctx: AppContext, actor: Actor, product_id: str) -> BarcodeInfo:
    """Make and attach a new in-store EAN-13 (prefix 20).  The serial comes from this
    desk's atomic counter, in a range of its own (desk D03: 3·10⁸ upwards), so two desks
    never make the same code; a code already taken (imported) is skipped."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        p = product_or_fail(s, product_id)
        desk = s.get(Desk, ctx.desk_id) if ctx.desk_id else None
        if desk is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This desk is not registered."))
        desk_no = int("".join(ch for ch in desk.code if ch.isdigit()) or "0")
        for _ in range(1000):
            serial = int(next_number(s, desk.id, IN_STORE_SEQUENCE).rpartition("-")[2])
            code = bc.in_store_ean13(desk_no * IN_STORE_PER_DESK + serial)
            if s.get(ProductBarcode, code) is None:
                break
        else:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "No free in-store barcode was found."))
        info = _attach_barcode(s, p, code)
        audit.record(s, ctx, current, "product.barcode_add", p.sku, {"code": code})
        return info


# --- listing status ----------------------------------------------------------------------


def _set_status(s: Session, ctx: AppContext, current: Actor, p: Product, status: str) -> None:
    first_problem([check_status(status)])
    if status == "delisted":
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("Errors", "Delisting a product needs approval: request it.")
        )
    if p.status != status:
        old = p.status
        p.status, p.updated_at = status, ctx.clock()
        audit.record(s, ctx, current, "product.status", p.sku, {"from": old, "to": status})


def set_listing_status(
    ctx: AppContext, actor: Actor, product_id: str, status: str
) -> ProductDetail:
    """Move a product between draft and listed (also relisting a delisted one).
    Delisting is an approval: :func:`request_delist`."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        p = product_or_fail(s, product_id)
        _set_status(s, ctx, current, p, status)
        return product_detail(s, p.id, current)


def request_delist(
    ctx: AppContext, actor: Actor, product_id: str, reason: str = ""
) -> approvals.ApprovalInfo:
    """Ask to delist a product; applied at once for a holder of
    ``product.delist.approve``, otherwise pending until one approves it."""
    with ctx.db.transaction() as s:
        p = product_or_fail(s, product_id)
        if p.status == "delisted":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "{sku} is already delisted."), sku=p.sku
            )
        summary = f"{p.sku} {p.name}: {p.status} → delisted"
    return approvals.submit(
        ctx, actor, "product.delist", {"product_id": product_id}, summary, reason
    )


def _apply_delist(s: Session, ctx: AppContext, approver: Actor, payload: dict[str, Any]) -> None:
    p = product_or_fail(s, payload["product_id"])
    changed = s.execute(
        update(Product)
        .where(Product.id == p.id, Product.status != "delisted")
        .values(status="delisted", updated_at=ctx.clock())
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    s.expire(p)
    if changed:
        audit.record(s, ctx, approver, "product.delist", p.sku, {"approved": True})


approvals.register(
    approvals.ApprovalKind(
        "product.delist", "product.edit", "product.delist.approve", _apply_delist
    )
)

__all__ = [
    "BarcodeInfo",
    "CategoryInfo",
    "CategoryNode",
    "ProductDetail",
    "ProductInfo",
    "ProductInput",
    "ProductListRow",
    "SupplierInfo",
    "VariantRow",
    "add_barcode",
    "assign_in_store_barcode",
    "category_ids_under",
    "category_tree",
    "create_category",
    "create_product",
    "create_supplier",
    "create_variant",
    "delete_category",
    "delist_if_empty_allowed",
    "ensure_category_path",
    "ensure_supplier",
    "find_by_barcode",
    "get_category",
    "get_product",
    "list_categories",
    "list_suppliers",
    "move_category",
    "product_or_fail",
    "remove_barcode",
    "rename_category",
    "request_delist",
    "save_product",
    "search_products",
    "set_listing_status",
    "update_product",
    "update_supplier",
]
