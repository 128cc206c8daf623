"""Finding a member while an order is entered (ORD-1): by name, phone or member card.

The seam between order entry and the members feature (MEM-*): the same signatures the
entry screen was built against, answered by ``services/members.py``.  A member's phone
is only ever handed out masked; the name is masked too for a clerk without
``member.view_pii`` (``Alice W.``); the card number is as printed on the card.
"""

from __future__ import annotations

from dataclasses import dataclass

from merchant_app.services import members
from merchant_app.services.context import Actor, AppContext

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
    points: int = 0


def _ref(row: members.MemberRow) -> MemberRef:
    return MemberRef(row.id, row.name, row.phone_masked, row.card_number, row.tier, row.points)


def lookup_available(ctx: AppContext) -> bool:
    """Whether this shop can look members up (always, now that members exist; a desk
    without the data key gets the "recovery kit needed" message from the look-up)."""
    return True


def find_members(ctx: AppContext, actor: Actor, text: str, limit: int = 10) -> list[MemberRef]:
    """Members whose name has the words of ``text`` (prefixes too), whose phone is
    ``text`` or ends with its four digits, or whose card number is ``text``; at most
    ``limit`` (1 … 50).  Needs ``member.view``.  Empty text finds nobody."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    return [_ref(r) for r in members.search_members(ctx, actor, text, limit)]


def find_by_card(ctx: AppContext, actor: Actor, code: str) -> MemberRef | None:
    """The member whose card carries ``code`` (as scanned), or ``None``.  Needs
    ``member.view``."""
    row = members.find_by_card(ctx, actor, code)
    return _ref(row) if row else None
