"""Permissions as data (AUTH-1): the catalogue, the six default roles, and the check.

Every service calls :func:`authorize` before it acts.  It re-reads the user's status and
role in the same transaction, so deactivating a user or editing a role takes effect on
every desk at that user's next action.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, NotPermitted
from merchant_app.models import Permission, Role, User, role_permission
from merchant_app.services.context import Actor

# name -> English description (shown in the role editor, translated in the window)
PERMISSIONS: dict[str, str] = {
    "order.create": QT_TRANSLATE_NOOP("Permissions", "Enter orders and take payments"),
    "order.review": QT_TRANSLATE_NOOP("Permissions", "Review orders (customer service)"),
    "order.modify": QT_TRANSLATE_NOOP("Permissions", "Modify orders before warehouse approval"),
    "order.cancel": QT_TRANSLATE_NOOP("Permissions", "Cancel orders"),
    "order.approve_change": QT_TRANSLATE_NOOP("Permissions", "Approve order changes after review"),
    "discount.approve": QT_TRANSLATE_NOOP("Permissions", "Approve discounts below the floor"),
    "warehouse.review": QT_TRANSLATE_NOOP("Permissions", "Approve orders for the warehouse"),
    "warehouse.pack": QT_TRANSLATE_NOOP("Permissions", "Pick, pack, label and ship"),
    "stock.receive": QT_TRANSLATE_NOOP("Permissions", "Receive goods and transfer stock"),
    "stock.adjust": QT_TRANSLATE_NOOP("Permissions", "Adjust stock"),
    "stock.adjust.approve": QT_TRANSLATE_NOOP(
        "Permissions", "Approve stock adjustments above the threshold"
    ),
    "stock.count": QT_TRANSLATE_NOOP("Permissions", "Count stock"),
    "stock.count.apply": QT_TRANSLATE_NOOP("Permissions", "Approve and apply stock counts"),
    "product.edit": QT_TRANSLATE_NOOP("Permissions", "Edit products and categories"),
    "product.delist.approve": QT_TRANSLATE_NOOP("Permissions", "Approve delisting products"),
    "price.change": QT_TRANSLATE_NOOP("Permissions", "Change prices"),
    "price.change.approve": QT_TRANSLATE_NOOP("Permissions", "Approve price changes"),
    "member.view": QT_TRANSLATE_NOOP("Permissions", "Look up members"),
    "member.edit": QT_TRANSLATE_NOOP("Permissions", "Register and edit members"),
    "member.view_pii": QT_TRANSLATE_NOOP("Permissions", "See members' personal data"),
    "member.export": QT_TRANSLATE_NOOP("Permissions", "Export and erase member data"),
    "payment.take": QT_TRANSLATE_NOOP("Permissions", "Take payments"),
    "refund.issue": QT_TRANSLATE_NOOP("Permissions", "Issue refunds"),
    "refund.approve": QT_TRANSLATE_NOOP("Permissions", "Approve refunds above the threshold"),
    "settlement.run": QT_TRANSLATE_NOOP("Permissions", "End-of-day settlement"),
    "aftersales.handle": QT_TRANSLATE_NOOP("Permissions", "Handle after-sales and tickets"),
    "label.print": QT_TRANSLATE_NOOP("Permissions", "Print labels and documents"),
    "report.view": QT_TRANSLATE_NOOP("Permissions", "See reports"),
    "report.view_cost": QT_TRANSLATE_NOOP("Permissions", "See cost and margin figures"),
    "backup.run": QT_TRANSLATE_NOOP("Permissions", "Make and restore backups"),
    "user.manage": QT_TRANSLATE_NOOP(
        "Permissions", "Create users, reset passwords, unlock, issue enrolment codes"
    ),
    "role.manage": QT_TRANSLATE_NOOP("Permissions", "Edit roles and approve role changes"),
    "audit.view": QT_TRANSLATE_NOOP("Permissions", "See, verify and export the audit trail"),
    "settings.manage": QT_TRANSLATE_NOOP("Permissions", "Change shop settings"),
}

OWNER = "Owner"
MANAGER = "Manager"
SALES_CLERK = "Sales clerk"
CUSTOMER_SERVICE = "Customer service"
WAREHOUSE = "Warehouse"
FINANCE = "Finance"

DEFAULT_ROLES: dict[str, frozenset[str]] = {
    OWNER: frozenset(PERMISSIONS),
    MANAGER: frozenset(
        {
            "order.create",
            "order.review",
            "order.modify",
            "order.cancel",
            "order.approve_change",
            "discount.approve",
            "warehouse.review",
            "stock.adjust",
            "stock.adjust.approve",
            "stock.count",
            "stock.count.apply",
            "product.edit",
            "product.delist.approve",
            "price.change",
            "price.change.approve",
            "member.view",
            "member.edit",
            "member.view_pii",
            "payment.take",
            "refund.issue",
            "refund.approve",
            "settlement.run",
            "aftersales.handle",
            "label.print",
            "report.view",
            "report.view_cost",
        }
    ),
    SALES_CLERK: frozenset(
        {
            "order.create",
            "order.modify",
            "member.view",
            "member.edit",
            "payment.take",
            "label.print",
        }
    ),
    CUSTOMER_SERVICE: frozenset(
        {
            "order.review",
            "order.modify",
            "order.cancel",
            "member.view",
            "member.edit",
            "member.view_pii",
            "aftersales.handle",
            "refund.issue",
        }
    ),
    WAREHOUSE: frozenset(
        {
            "warehouse.review",
            "warehouse.pack",
            "stock.receive",
            "stock.adjust",
            "stock.count",
            "label.print",
        }
    ),
    FINANCE: frozenset(
        {"payment.take", "refund.issue", "settlement.run", "report.view", "report.view_cost"}
    ),
}


def sync_permissions(session: Session) -> None:
    """Add permissions the code knows but the database does not, and give each new one to
    the default roles that ship with it.  Existing grants the Owner edited are kept."""
    known = set(session.scalars(select(Permission.name)))
    new = [name for name in PERMISSIONS if name not in known]
    for name in new:
        session.add(Permission(name=name, description=PERMISSIONS[name]))
    session.flush()
    if not new:
        return
    perms = {p.name: p for p in session.scalars(select(Permission))}
    for role in session.scalars(select(Role).where(Role.builtin.is_(True))):
        for name in new:
            if name in DEFAULT_ROLES.get(role.name, frozenset()):
                role.permissions.add(perms[name])


_ACTOR_ROWS = (
    select(User.login, User.display_name, User.active, Role.name, role_permission.c.permission_name)
    .join(Role, Role.id == User.role_id)
    .outerjoin(role_permission, role_permission.c.role_id == Role.id)
    .where(User.id == bindparam("user_id"))
)


def load_actor(session: Session, user_id: str) -> Actor:
    """The current view of a user, refusing an inactive or unknown one (one query: every
    service calls this first, so it is on every hot path)."""
    rows = session.execute(_ACTOR_ROWS, {"user_id": user_id}).all()
    if not rows or not rows[0].active:
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("Errors", "This account has been deactivated.")
        )
    first = rows[0]
    return Actor(
        user_id=user_id,
        login=first.login,
        display_name=first.display_name,
        role_name=first.name,
        permissions=frozenset(r.permission_name for r in rows if r.permission_name),
    )


def authorize(session: Session, actor: Actor, permission: str) -> Actor:
    """Raise :class:`NotPermitted` unless the user, as the database has them now, holds
    ``permission``; returns the fresh actor."""
    current = load_actor(session, actor.user_id)
    if permission not in current.permissions:
        raise NotPermitted(permission=permission)
    return current
