"""Finding a member while an order is entered (ORD-1): by name, phone or member card.

This module is the seam between order entry and the members feature (MEM-*).  Until the
members service lands, the shop has no members: :func:`find_members` and
:func:`find_by_card` check the actor as they will then, and find nothing, and
:func:`lookup_available` says so, so the entry screen can tell the clerk that members
are not set up rather than that nobody matched.  The members service will provide the
real look-ups behind these same signatures (keep them stable): a member's phone is only
ever handed out masked, the card number as printed on the card.
"""

from __future__ import annotations

from dataclasses import dataclass

from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize

MAX_LIMIT = 50


@dataclass(frozen=True)
class MemberRef:
    """A member as the order entry screen shows and records it: the id goes on the
    order; ``phone_masked`` (``138****8000``) is safe to show at the counter."""

    id: str
    name: str
    phone_masked: str
    card_number: str
    tier: str = ""


def lookup_available(ctx: AppContext) -> bool:
    """Whether this shop can look members up (``False`` until the members feature is
    installed; the screens then say "members not set up yet")."""
    return False


def find_members(ctx: AppContext, actor: Actor, text: str, limit: int = 10) -> list[MemberRef]:
    """Members whose name contains ``text``, whose phone ends with its digits, or whose
    card number is ``text``; at most ``limit`` (1 … 50), best matches first.  Needs
    ``member.view``.  Empty text finds nobody.  Until the members service lands: always
    an empty list."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
    if not text.strip():
        return []
    return []


def find_by_card(ctx: AppContext, actor: Actor, code: str) -> MemberRef | None:
    """The member whose card carries ``code`` (as scanned), or ``None``.  Needs
    ``member.view``.  Until the members service lands: always ``None``."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
    if not code.strip():
        return None
    return None
