"""Members' personal data on their orders (MEM-1 "a copy of the database file shows no
phone number, email or name of a member in clear text").

An order placed for a member keeps no name or phone of the customer (the member is the
order's ``member_id``) and its recipient (name, phone, address) is sealed with the
shop's data key, bound to the order id, into ``ship_address`` as ``SEALED_PREFIX`` +
base64; ``ship_name`` and ``ship_phone`` stay empty.  Orders without a member (walk-in
customers typed by hand) are stored as typed.

Every reader goes through :func:`recipient_of` (masked values when this desk has no
data key) or :func:`require_recipient` (labels: :class:`DataKeyMissing`, the
"recovery kit" message, instead of a label without an address).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy.orm import Session

from merchant_app.errors import KnownError
from merchant_app.security.member_crypto import DataKeyMissing, MemberCipher
from merchant_app.services.context import AppContext, context_of

SEALED_PREFIX = "sealed1:"
MASK = "••••"


@dataclass(frozen=True)
class Recipient:
    """Who an order goes to, as a reader may show it.  ``locked``: the values are
    sealed and this desk cannot open them (they are masks)."""

    name: str
    phone: str
    address: str
    locked: bool = False


def is_sealed(value: str | None) -> bool:
    """Whether a stored ``ship_address`` is a sealed recipient."""
    return bool(value) and str(value).startswith(SEALED_PREFIX)


def _row_id(order_id: str) -> str:
    return "order:" + order_id


def seal_recipient(
    session: Session, ctx: AppContext, order_id: str, name: str, phone: str, address: str
) -> dict[str, str]:
    """The stored columns for a member order's recipient: ``ship_address`` sealed (the
    three fields together, bound to ``order_id``), ``ship_name``/``ship_phone`` empty.
    Nothing to seal: all empty.  :class:`DataKeyMissing` when this desk has no key."""
    from merchant_app.services.member_keys import cipher_in

    if not (name or phone or address):
        return {"ship_name": "", "ship_phone": "", "ship_address": ""}
    cipher = cipher_in(session, ctx)
    blob = cipher.seal(_row_id(order_id), {"n": name, "p": phone, "a": address})
    text = SEALED_PREFIX + base64.b64encode(blob).decode("ascii")
    return {"ship_name": "", "ship_phone": "", "ship_address": text}


def _cipher(session: Session) -> MemberCipher:
    from merchant_app.services.member_keys import cipher_in

    ctx = context_of(session.get_bind())
    if ctx is None:
        raise DataKeyMissing()
    return cipher_in(session, ctx, create=False)


def _open(session: Session, order_id: str, stored: str) -> tuple[str, str, str]:
    cipher = _cipher(session)  # DataKeyMissing / DataKeyMismatch
    try:
        blob = base64.b64decode(stored[len(SEALED_PREFIX) :].encode("ascii"), validate=True)
        fields = cipher.open(_row_id(order_id), blob)
    except (InvalidTag, ValueError, binascii.Error):
        raise DataKeyMissing() from None
    return str(fields.get("n", "")), str(fields.get("p", "")), str(fields.get("a", ""))


def recipient_of(session: Session, order: Any) -> Recipient:
    """The recipient of ``order`` (anything with ``id``, ``ship_name``, ``ship_phone``,
    ``ship_address``): as stored for an order without a member, opened for a sealed
    one, masked when this desk cannot open it.  Never raises for a missing key."""
    stored = order.ship_address or ""
    if not is_sealed(stored):
        return Recipient(order.ship_name or "", order.ship_phone or "", stored)
    try:
        name, phone, address = _open(session, order.id, stored)
    except KnownError:
        return Recipient(MASK, MASK, MASK, locked=True)
    return Recipient(name, phone, address)


def require_recipient(session: Session, order: Any) -> Recipient:
    """:func:`recipient_of`, but a sealed recipient this desk cannot open raises
    :class:`DataKeyMissing` (the recovery kit is needed): for shipping labels."""
    stored = order.ship_address or ""
    if not is_sealed(stored):
        return Recipient(order.ship_name or "", order.ship_phone or "", stored)
    name, phone, address = _open(session, order.id, stored)
    return Recipient(name, phone, address)


def recipient_texts(session: Session, order: Any) -> dict[str, str]:
    """``ship_name``, ``ship_phone``, ``ship_address`` of ``order`` for a DTO (opened or
    masked, see :func:`recipient_of`)."""
    r = recipient_of(session, order)
    return {"ship_name": r.name, "ship_phone": r.phone, "ship_address": r.address}
