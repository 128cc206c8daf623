"""Categories (a tree, INV-1) and suppliers.

A category's ``path`` is its full name (``Clothing > Hoodies``) and is unique, so a path
names one node; renaming or moving a node rewrites the paths below it in the same
transaction.  Edits need ``product.edit``; reading needs any signed-in user.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.ids import new_id
from merchant_app.models import Category, Product, StockCount, Supplier
from merchant_app.services import audit
from merchant_app.services.catalog_rules import (
    CATEGORY_SEPARATOR,
    check_category_name,
    check_category_path,
    check_supplier_name,
    first_problem,
)
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor


@dataclass(frozen=True)
class CategoryInfo:
    """One category: its name, parent and full path."""

    id: str
    name: str
    parent_id: str | None
    path: str


@dataclass(frozen=True)
class CategoryNode:
    """A category with its children (sorted by name) and how many products it holds
    directly (not counting those of its children)."""

    id: str
    name: str
    path: str
    product_count: int
    children: tuple[CategoryNode, ...]


@dataclass(frozen=True)
class SupplierInfo:
    """A supplier as lists and the product editor show it."""

    id: str
    name: str
    contact: str
    lead_time_days: int


def _info(c: Category) -> CategoryInfo:
    return CategoryInfo(c.id, c.name, c.parent_id, c.path)


def _category_or_fail(s: Session, category_id: str) -> Category:
    c = s.get(Category, category_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That category no longer exists."))
    return c


def _path_taken(s: Session, path: str, except_id: str = "") -> None:
    first_problem([check_category_path(path)])
    other = s.scalar(select(Category.id).where(Category.path == path, Category.id != except_id))
    if other is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "A category “{path}” already exists."), path=path
        )


def _rewrite_below(s: Session, old_path: str, new_path: str) -> None:
    prefix = old_path + CATEGORY_SEPARATOR
    below = s.scalars(select(Category).where(Category.path.startswith(prefix, autoescape=True)))
    for c in below:
        c.path = new_path + CATEGORY_SEPARATOR + c.path[len(prefix) :]
        first_problem([check_category_path(c.path)])


def category_ids_under(session: Session, category_id: str) -> list[str]:
    """The category and every category below it (for "products in this category")."""
    c = _category_or_fail(session, category_id)
    below = session.scalars(
        select(Category.id).where(
            Category.path.startswith(c.path + CATEGORY_SEPARATOR, autoescape=True)
        )
    )
    return [c.id, *below]


def ensure_category_path(session: Session, names: tuple[str, ...] | list[str]) -> str | None:
    """The id of the category at ``names`` (``("Clothing", "Hoodies")``), creating the
    missing nodes in the caller's transaction; ``None`` for an empty path.  Safe when
    another desk creates the same node at the same moment (the unique path decides)."""
    parent_id: str | None = None
    path = ""
    for raw in names:
        first_problem([check_category_name(raw)])
        name = raw.strip()
        path = f"{path}{CATEGORY_SEPARATOR}{name}" if path else name
        first_problem([check_category_path(path)])
        found = session.scalar(select(Category.id).where(Category.path == path))
        if found is None:
            values = {"id": new_id(), "name": name, "parent_id": parent_id, "path": path}
            insert_ignore(session, Category.__table__, values)
            found = session.scalar(select(Category.id).where(Category.path == path))
            if found is None:  # a node with this name under the parent but another path
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The category “{path}” could not be created."),
                    path=path,
                )
        parent_id = found
    return parent_id


def create_category(
    ctx: AppContext, actor: Actor, name: str, parent_id: str | None = None
) -> CategoryInfo:
    """A new category under ``parent_id`` (or at the top); refuses a duplicate path."""
    first_problem([check_category_name(name)])
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        parent = _category_or_fail(s, parent_id) if parent_id else None
        path = f"{parent.path}{CATEGORY_SEPARATOR}{name.strip()}" if parent else name.strip()
        _path_taken(s, path)
        c = Category(name=name.strip(), parent_id=parent_id, path=path)
        s.add(c)
        s.flush()
        audit.record(s, ctx, current, "category.create", path)
        return _info(c)


def rename_category(ctx: AppContext, actor: Actor, category_id: str, name: str) -> CategoryInfo:
    """Give a category a new name; the paths of its sub-categories follow."""
    first_problem([check_category_name(name)])
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        c = _category_or_fail(s, category_id)
        old_path = c.path
        head, sep, _ = old_path.rpartition(CATEGORY_SEPARATOR)
        new_path = f"{head}{sep}{name.strip()}"
        _path_taken(s, new_path, c.id)
        c.name, c.path = name.strip(), new_path
        _rewrite_below(s, old_path, new_path)
        s.flush()
        audit.record(s, ctx, current, "category.rename", old_path, {"to": new_path})
        return _info(c)


def move_category(
    ctx: AppContext, actor: Actor, category_id: str, new_parent_id: str | None
) -> CategoryInfo:
    """Put a category (with everything below it) under another parent, or at the top;
    refuses to move a category under itself or one of its own sub-categories."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        c = _category_or_fail(s, category_id)
        parent = _category_or_fail(s, new_parent_id) if new_parent_id else None
        if parent is not None and (
            parent.id == c.id or parent.path.startswith(c.path + CATEGORY_SEPARATOR)
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{path}” cannot be moved under itself or its own sub-category."
                ),
                path=c.path,
                field="parent",
            )
        old_path = c.path
        new_path = f"{parent.path}{CATEGORY_SEPARATOR}{c.name}" if parent else c.name
        _path_taken(s, new_path, c.id)
        c.parent_id, c.path = (parent.id if parent else None), new_path
        _rewrite_below(s, old_path, new_path)
        s.flush()
        audit.record(s, ctx, current, "category.move", old_path, {"to": new_path})
        return _info(c)


def delete_category(ctx: AppContext, actor: Actor, category_id: str) -> None:
    """Delete an empty category: no sub-categories, no products, no stock count of it."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        c = _category_or_fail(s, category_id)
        children = s.scalar(select(func.count()).where(Category.parent_id == c.id)) or 0
        products = s.scalar(select(func.count()).where(Product.category_id == c.id)) or 0
        counts = s.scalar(select(func.count()).where(StockCount.category_id == c.id)) or 0
        if children or products or counts:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The category “{path}” is not empty ({children} sub-categories, "
                    "{products} products, {counts} stock counts); it cannot be deleted.",
                ),
                path=c.path,
                children=children,
                products=products,
                counts=counts,
            )
        s.delete(c)
        audit.record(s, ctx, current, "category.delete", c.path)


def category_tree(ctx: AppContext, actor: Actor) -> list[CategoryNode]:
    """The whole tree, top-level categories first, each level sorted by name."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        rows = s.execute(select(Category.id, Category.name, Category.parent_id, Category.path))
        counts = dict(
            s.execute(
                select(Product.category_id, func.count())
                .where(Product.category_id.is_not(None))
                .group_by(Product.category_id)
            )
            .tuples()
            .all()
        )
        by_parent: dict[str | None, list[tuple[str, str, str]]] = {}
        for cid, name, parent_id, path in rows:
            by_parent.setdefault(parent_id, []).append((cid, name, path))

    def build(parent_id: str | None) -> tuple[CategoryNode, ...]:
        kids = sorted(by_parent.get(parent_id, []), key=lambda k: (k[1].lower(), k[1]))
        return tuple(
            CategoryNode(cid, name, path, int(counts.get(cid, 0)), build(cid))
            for cid, name, path in kids
        )

    return list(build(None))


def list_categories(ctx: AppContext, actor: Actor) -> list[CategoryInfo]:
    """Every category as a flat list in path order (parents before their children)."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return [_info(c) for c in s.scalars(select(Category).order_by(Category.path))]


def get_category(ctx: AppContext, actor: Actor, category_id: str) -> CategoryInfo:
    """One category."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return _info(_category_or_fail(s, category_id))


# --- suppliers -------------------------------------------------------------------------


def _supplier_info(x: Supplier) -> SupplierInfo:
    return SupplierInfo(x.id, x.name, x.contact, x.lead_time_days)


def _check_lead_time(days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The lead time must be 0 to 365 days."),
            field="lead_time_days",
        )


def _supplier_name_free(s: Session, name: str, except_id: str = "") -> None:
    taken = s.scalar(select(Supplier.id).where(Supplier.name == name, Supplier.id != except_id))
    if taken is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "A supplier named “{name}” already exists."), name=name
        )


def create_supplier(
    ctx: AppContext, actor: Actor, name: str, contact: str = "", lead_time_days: int = 7
) -> SupplierInfo:
    """A new supplier with a unique name."""
    first_problem([check_supplier_name(name)])
    _check_lead_time(lead_time_days)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        _supplier_name_free(s, name.strip())
        x = Supplier(name=name.strip(), contact=contact.strip(), lead_time_days=lead_time_days)
        s.add(x)
        s.flush()
        audit.record(s, ctx, current, "supplier.create", x.name)
        return _supplier_info(x)


def update_supplier(
    ctx: AppContext,
    actor: Actor,
    supplier_id: str,
    *,
    name: str | None = None,
    contact: str | None = None,
    lead_time_days: int | None = None,
) -> SupplierInfo:
    """Change the given fields of a supplier (``None`` keeps a field)."""
    if name is not None:
        first_problem([check_supplier_name(name)])
    if lead_time_days is not None:
        _check_lead_time(lead_time_days)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "product.edit")
        x = s.get(Supplier, supplier_id)
        if x is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That supplier no longer exists."))
        if name is not None:
            _supplier_name_free(s, name.strip(), x.id)
            x.name = name.strip()
        if contact is not None:
            x.contact = contact.strip()
        if lead_time_days is not None:
            x.lead_time_days = lead_time_days
        s.flush()
        audit.record(s, ctx, current, "supplier.update", x.name)
        return _supplier_info(x)


def list_suppliers(ctx: AppContext, actor: Actor) -> list[SupplierInfo]:
    """Every supplier, by name."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        return [_supplier_info(x) for x in s.scalars(select(Supplier).order_by(Supplier.name))]


def ensure_supplier(session: Session, name: str) -> str:
    """The id of the supplier called ``name``, created (lead time 7 days) if missing, in
    the caller's transaction; safe against another desk creating it at the same moment."""
    first_problem([check_supplier_name(name)])
    value = name.strip()
    found = session.scalar(select(Supplier.id).where(Supplier.name == value))
    if found is None:
        insert_ignore(
            session,
            Supplier.__table__,
            {"id": new_id(), "name": value, "contact": "", "lead_time_days": 7},
        )
        found = session.scalar(select(Supplier.id).where(Supplier.name == value))
    assert found is not None
    return found
