"""Member records (MEM-1): register, update, find, view, export and erase.

Personal fields are sealed (AES-GCM, bound to the row id) with the shop's data key from
the OS keyring (``member_keys.cipher_in``); the database holds only ciphertext and keyed
hashes.  Look-ups:

* phone: the keyed hash of ``orders.phone_key`` (digits, no country prefix or trunk
  zero); the last four digits have their own keyed hash (a clerk's "last four?");
* email: the keyed hash of the lower-cased address;
* name: keyed hashes of each normalised word and its prefixes (2 … 12 letters), and of
  CJK characters and their 2- and 3-character runs, in ``member_name_key``; a search
  matches members having every key of the text.  Chosen over decrypting a candidate set
  because it is an index look-up at any size (200,000 members) and works as the clerk
  types; the price is that equal name words are visibly equal hashes (no names);
* card number: in clear (it is printed on the card); scannable as Code 128 or QR.

Users without ``member.view_pii`` see masked values (``138****8000``); opening a
member's full record with it is audited.  Export gives one member's data as JSON
(``member.export``, audited).  Erasure anonymises: the sealed fields, hashes and name
keys go, the member's orders stay with their personal fields emptied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import Row, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from merchant_app.barcodes import gs1_check_digit
from merchant_app.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
)
from merchant_app.ids import new_id
from merchant_app.models import (
    Member,
    MemberNameKey,
    MemberPoints,
    PointsEntry,
    SalesOrder,
    ServiceTicket,
)
from merchant_app.security.member_crypto import (
    MemberCipher,
    SealedDataDamaged,
    normalise_email,
    phone_tail,
    query_keys,
)
from merchant_app.services import audit, sync_outbox
from merchant_app.services.checks import bounded_text
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_keys import cipher_in
from merchant_app.services.order_flow import OrderState
from merchant_app.services.order_privacy import recipient_texts
from merchant_app.services.orders import phone_key
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number

GENDERS = ("", "female", "male", "other")
GENDER_LABELS = {
    "": QT_TRANSLATE_NOOP("Gender", "Not given"),
    "female": QT_TRANSLATE_NOOP("Gender", "Female"),
    "male": QT_TRANSLATE_NOOP("Gender", "Male"),
    "other": QT_TRANSLATE_NOOP("Gender", "Other"),
}
MAX_ADDRESSES = 5
MAX_LIMIT = 200
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MASK = "*"
# Orders in these states still need the customer's details; erasure waits for them.
OPEN_STATES = (
    OrderState.PENDING_REVIEW.value,
    OrderState.AWAITING_WAREHOUSE.value,
    OrderState.WAREHOUSE_APPROVED.value,
    OrderState.PACKED.value,
    OrderState.ON_HOLD.value,
)


# ---------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class MemberInput:
    """What registration or an edit gives.  ``birthday`` is ISO ``YYYY-MM-DD`` or
    empty; ``tags`` are short labels (not personal data)."""

    name: str
    phone: str = ""
    email: str = ""
    gender: str = ""
    birthday: str = ""
    addresses: tuple[str, ...] = ()
    notes: str = ""
    tags: tuple[str, ...] = ()
    consent_marketing: bool = False
    consent_sms: bool = False
    consent_email: bool = False


@dataclass(frozen=True)
class MemberRow:
    """A member in a list or a look-up: masked unless the list was asked for by someone
    with ``member.view_pii`` (then the name is full; the phone is always masked)."""

    id: str
    card_number: str
    name: str
    phone_masked: str
    tier: str
    segment: str
    points: int
    status: str
    created_at: datetime
    last_order_at: datetime | None


@dataclass(frozen=True)
class MemberInfo:
    """One member's record.  ``revealed`` says whether the personal fields are in full
    (viewed with ``member.view_pii``, audited) or masked."""

    id: str
    card_number: str
    status: str
    revealed: bool
    name: str
    phone: str
    email: str
    gender: str
    birthday: str
    addresses: tuple[str, ...]
    notes: str
    tags: tuple[str, ...]
    consent_marketing: bool
    consent_sms: bool
    consent_email: bool
    tier: str
    segment: str
    points: int
    orders_12m: int
    spend_12m_minor: int
    last_order_at: datetime | None
    created_at: datetime
    phone_masked: str = ""


@dataclass(frozen=True)
class MemberOrder:
    """One of a member's orders, as the member detail lists them."""

    id: str
    number: str
    created_at: datetime
    state: str
    total_minor: int
    paid_minor: int


class DuplicateMember(Conflict):
    """Registration found members with the same phone or email."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "A member with this {what} is already registered (card {cards}). Open that member "
        "instead, or register anyway if they are different people.",
    )

    def __init__(self, what: str, cards: Sequence[str], ids: Sequence[str]) -> None:
        super().__init__(what=what, cards=", ".join(cards))
        self.member_ids = tuple(ids)


# ---------------------------------------------------------------------------- masking


def mask_phone(phone: str) -> str:
    """``13800138000`` → ``138****8000``; short numbers keep only their last two."""
    digits = phone_key(phone)
    if not digits:
        return ""
    if len(digits) >= 8:
        return digits[:3] + MASK * (len(digits) - 7) + digits[-4:]
    return MASK * max(0, len(digits) - 2) + digits[-2:]


def mask_email(email: str) -> str:
    """``alice@example.com`` → ``a****@example.com``."""
    if "@" not in email:
        return MASK * 4 if email else ""
    local, _, domain = email.partition("@")
    return f"{local[:1]}{MASK * 4}@{domain}"


def mask_name(name: str) -> str:
    """``Alice Wong`` → ``Alice W.``; ``王小明`` → ``王**``."""
    text = name.strip()
    if not text:
        return ""
    if " " not in text and any(ord(ch) > 0x2E80 for ch in text):
        return text[0] + MASK * (len(text) - 1)
    words = text.split()
    return " ".join([words[0], *(w[0] + "." for w in words[1:])])


def _masked_text(value: str) -> str:
    return MASK * 6 if value else ""


# ---------------------------------------------------------------------------- cards


def card_check_ok(code: str) -> bool:
    """Whether ``code`` looks like a member card number (digits, right check digit)."""
    value = code.strip()
    if not (8 <= len(value) <= 18) or not value.isdigit() or not value.isascii():
        return False
    return gs1_check_digit(value[:-1]) == int(value[-1])


def new_card_number(session: Session, desk_id: str) -> str:
    """The next card number of this desk: ``8`` + desk digits + sequence + check digit
    (digits only, so it scans as Code 128 or QR and types on any keypad)."""
    number = next_number(session, desk_id, "member_card")  # D01-000042
    code, _, seq = number.partition("-")
    body = "8" + "".join(ch for ch in code if ch.isdigit()).rjust(2, "0") + seq
    return body + str(gs1_check_digit(body))


# ---------------------------------------------------------------------------- validation


def clean_input(data: MemberInput) -> dict[str, Any]:
    """The personal fields, checked and tidied; :class:`InvalidInput` names the field."""
    name = bounded_text(data.name, 120, "name", what="name")
    if not name:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please enter the member's name."), field="name"
        )
    phone = bounded_text(data.phone, 40, "phone", what="phone number")
    if phone and (len(phone_key(phone)) < 5 or re.search(r"[^\d\s+()\-.]", phone)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{phone}” is not a phone number."),
            phone=phone,
            field="phone",
        )
    email = normalise_email(bounded_text(data.email, 200, "email", what="email address"))
    if email and (not EMAIL_RE.match(email) or not email.isprintable()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{email}” is not an email address."),
            email=email,
            field="email",
        )
    if not phone and not email:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a phone number or an email address."),
            field="phone",
        )
    if data.gender not in GENDERS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown gender “{gender}”."),
            gender=data.gender,
            field="gender",
        )
    raw_birthday = data.birthday
    birthday = raw_birthday.strip() if isinstance(raw_birthday, str) else str(raw_birthday)
    if birthday:
        try:
            born = date.fromisoformat(birthday)
        except ValueError:
            born = None
        if born is None or not 1900 <= born.year <= 2100:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The birthday “{value}” is not a date (YYYY-MM-DD)."),
                value=birthday,
                field="birthday",
            )
        birthday = born.isoformat()
    addresses = [bounded_text(a, 500, "addresses", what="address") for a in data.addresses]
    addresses = [a for a in addresses if a]
    if len(addresses) > MAX_ADDRESSES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A member can have at most {max} addresses."),
            max=MAX_ADDRESSES,
            field="addresses",
        )
    return {
        "name": name,
        "phone": phone,
        "email": email,
        "gender": data.gender,
        "birthday": birthday,
        "addresses": addresses,
        "notes": bounded_text(data.notes, 2000, "notes", what="note"),
    }


def clean_tags(tags: Iterable[str]) -> str:
    """Tags as stored: trimmed, unique, comma-separated, each at most 24 characters."""
    out: list[str] = []
    for tag in tags:
        if not isinstance(tag, str) or "\x00" in tag:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The tag “{tag}” is not text a tag can hold."),
                tag=str(tag).replace("\x00", "\ufffd"),
                field="tags",
            )
        t = tag.strip().replace(",", " ")
        if len(t) > 24:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The tag “{tag}” is longer than 24 characters."),
                tag=t,
                field="tags",
            )
        if t and t not in out:
            out.append(t)
    return ",".join(out)


# ---------------------------------------------------------------------------- internals


def _hashes(cipher: MemberCipher, fields: dict[str, Any]) -> dict[str, str]:
    key = phone_key(fields["phone"])
    return {
        "phone_hash": cipher.lookup_hash("phone", key),
        "phone_tail_hash": cipher.lookup_hash("tail", phone_tail(key)),
        "email_hash": cipher.lookup_hash("email", fields["email"]),
    }


def _write_name_keys(s: Session, cipher: MemberCipher, member_id: str, name: str) -> None:
    s.execute(delete(MemberNameKey).where(MemberNameKey.member_id == member_id))
    rows = [{"member_id": member_id, "key_hash": h} for h in sorted(cipher.name_hashes(name))]
    if rows:
        s.execute(insert(MemberNameKey), rows)


def _open(cipher: MemberCipher, member: Member | Row[Any]) -> dict[str, Any]:
    if member.status == "erased":
        return {}
    try:
        return cipher.open(member.id, member.sealed)
    except (InvalidTag, ValueError):
        raise SealedDataDamaged(card=member.card_number) from None


def _duplicates(
    s: Session, hashes: dict[str, str], exclude: str | None = None
) -> tuple[str, list[tuple[str, str]]]:
    for what, col, label in (
        ("phone", Member.phone_hash, QT_TRANSLATE_NOOP("Errors", "phone number")),
        ("email", Member.email_hash, QT_TRANSLATE_NOOP("Errors", "email address")),
    ):
        value = hashes[f"{what}_hash"]
        if not value:
            continue
        q = select(Member.id, Member.card_number).where(col == value, Member.status == "active")
        if exclude:
            q = q.where(Member.id != exclude)
        found = [(r.id, r.card_number) for r in s.execute(q.limit(5))]
        if found:
            return label, found
    return "", []


def _load(s: Session, member_id: str, *, lock: bool = False) -> Member:
    q = select(Member).where(Member.id == member_id)
    if lock:
        q = q.with_for_update()
    member = s.scalars(q).first()
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That member no longer exists."))
    return member


def points_of(s: Session, member_ids: Sequence[str]) -> dict[str, int]:
    """Points balances of members (0 for those without a balance row)."""
    if not member_ids:
        return {}
    rows = s.execute(
        select(MemberPoints.member_id, MemberPoints.balance).where(
            MemberPoints.member_id.in_(list(member_ids))
        )
    )
    return {m: int(b) for m, b in rows}


def _info(member: Member, fields: dict[str, Any], revealed: bool, points: int) -> MemberInfo:
    phone = fields.get("phone", "")
    email = fields.get("email", "")
    addresses = tuple(fields.get("addresses", ()))
    if revealed:
        shown = (
            fields.get("name", ""),
            phone,
            email,
            fields.get("birthday", ""),
            addresses,
            fields.get("notes", ""),
        )
    else:
        shown = (
            mask_name(fields.get("name", "")),
            mask_phone(phone),
            mask_email(email),
            _masked_text(fields.get("birthday", "")),
            tuple(_masked_text(a) for a in addresses),
            _masked_text(fields.get("notes", "")),
        )
    return MemberInfo(
        id=member.id,
        card_number=member.card_number,
        status=member.status,
        revealed=revealed,
        name=shown[0],
        phone=shown[1],
        email=shown[2],
        gender=fields.get("gender", "") if revealed else "",
        birthday=shown[3],
        addresses=shown[4],
        notes=shown[5],
        tags=tuple(t for t in member.tags.split(",") if t),
        consent_marketing=member.consent_marketing,
        consent_sms=member.consent_sms,
        consent_email=member.consent_email,
        tier=member.tier,
        segment=member.segment,
        points=points,
        orders_12m=member.orders_12m,
        spend_12m_minor=member.spend_12m_minor,
        last_order_at=member.last_order_at,
        created_at=member.created_at,
        phone_masked=mask_phone(phone),
    )


_ROW_COLUMNS = (
    Member.id,
    Member.card_number,
    Member.status,
    Member.sealed,
    Member.tier,
    Member.segment,
    Member.created_at,
    Member.last_order_at,
)


def rows_for(
    s: Session, cipher: MemberCipher, ids: Sequence[str], full_names: bool
) -> list[MemberRow]:
    """List rows for ``ids`` (in that order), opened and masked as allowed."""
    if not ids:
        return []
    found = {r.id: r for r in s.execute(select(*_ROW_COLUMNS).where(Member.id.in_(list(ids))))}
    points = points_of(s, list(found))
    out = []
    for member_id in ids:
        r = found.get(member_id)
        if r is None:
            continue
        fields = _open(cipher, r)
        name = fields.get("name", "")
        out.append(
            MemberRow(
                r.id,
                r.card_number,
                name if full_names else mask_name(name),
                mask_phone(fields.get("phone", "")),
                r.tier,
                r.segment,
                points.get(r.id, 0),
                r.status,
                r.created_at,
                r.last_order_at,
            )
        )
    return out


# ---------------------------------------------------------------------------- register/edit


def register_member(
    ctx: AppContext, actor: Actor, data: MemberInput, *, allow_duplicate: bool = False
) -> MemberInfo:
    """Register a member (``member.edit``): fields checked, personal fields sealed,
    look-up hashes and a new card number written in one transaction.  A phone or email
    already registered raises :class:`DuplicateMember` (naming the cards) unless
    ``allow_duplicate``.  The audit entry names the card, never the person."""
    fields = clean_input(data)
    tags = clean_tags(data.tags)
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.edit")
        cipher = cipher_in(s, ctx)
        hashes = _hashes(cipher, fields)
        if not allow_duplicate:
            what, found = _duplicates(s, hashes)
            if found:
                raise DuplicateMember(what, [c for _, c in found], [i for i, _ in found])
        now = ctx.clock()
        member_id = new_id()
        member = Member(
            id=member_id,
            card_number=new_card_number(s, ctx.desk_id),
            status="active",
            sealed=cipher.seal(member_id, fields),
            tags=tags,
            consent_marketing=data.consent_marketing,
            consent_sms=data.consent_sms,
            consent_email=data.consent_email,
            tier="regular",
            segment="new",
            orders_12m=0,
            spend_12m_minor=0,
            created_at=now,
            updated_at=now,
            created_by=current.user_id,
            **hashes,
        )
        s.add(member)
        s.flush()
        _write_name_keys(s, cipher, member_id, fields["name"])
        s.add(MemberPoints(member_id=member_id, balance=0, next_expiry_at=None))
        audit.record(
            s,
            ctx,
            current,
            "member.register",
            member.card_number,
            {"duplicate_allowed": allow_duplicate} if allow_duplicate else None,
        )
        sync_outbox.record(s, "member", member_id)  # queued for the server when offline
        return _info(member, fields, "member.view_pii" in current.permissions, 0)


def find_duplicates(
    ctx: AppContext, actor: Actor, phone: str = "", email: str = ""
) -> list[MemberRow]:
    """Active members already registered with this phone or email (``member.view``), so
    the registration form can warn while it is filled in."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.view")
        cipher = cipher_in(s, ctx)
        conds = []
        key = phone_key(phone)
        if len(key) >= 5:
            conds.append(Member.phone_hash == cipher.lookup_hash("phone", key))
        mail = normalise_email(email)
        if mail:
            conds.append(Member.email_hash == cipher.lookup_hash("email", mail))
        if not conds:
            return []
        ids = list(
            s.scalars(select(Member.id).where(or_(*conds), Member.status == "active").limit(10))
        )
        return rows_for(s, cipher, ids, "member.view_pii" in current.permissions)


def update_member(ctx: AppContext, actor: Actor, member_id: str, data: MemberInput) -> MemberInfo:
    """Replace a member's fields (``member.edit`` and ``member.view_pii``: an edit starts
    from the full record).  The record is sealed again, hashes and name keys rewritten;
    another active member with the same phone or email is refused."""
    fields = clean_input(data)
    tags = clean_tags(data.tags)
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view_pii")
        current = authorize(s, actor, "member.edit")
        cipher = cipher_in(s, ctx)
        member = _load(s, member_id, lock=True)
        if member.status == "erased":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "Member {card} was erased; it cannot be edited."),
                card=member.card_number,
            )
        old = _open(cipher, member)
        hashes = _hashes(cipher, fields)
        what, found = _duplicates(s, hashes, exclude=member.id)
        if found:
            raise DuplicateMember(what, [c for _, c in found], [i for i, _ in found])
        member.sealed = cipher.seal(member.id, fields)
        for k, v in hashes.items():
            setattr(member, k, v)
        member.tags = tags
        member.consent_marketing = data.consent_marketing
        member.consent_sms = data.consent_sms
        member.consent_email = data.consent_email
        sync_outbox.record(s, "member", member.id, base=member.updated_at)  # before it moves
        member.updated_at = ctx.clock()
        if old.get("name") != fields["name"]:
            _write_name_keys(s, cipher, member.id, fields["name"])
        s.flush()
        changed = sorted(k for k in fields if old.get(k) != fields[k])
        audit.record(s, ctx, current, "member.update", member.card_number, {"fields": changed})
        return _info(member, fields, True, points_of(s, [member.id]).get(member.id, 0))


# ---------------------------------------------------------------------------- read


def get_member(
    ctx: AppContext, actor: Actor, member_id: str, *, reveal: bool = False
) -> MemberInfo:
    """One member (``member.view``), masked; with ``reveal`` the personal fields in full,
    which needs ``member.view_pii`` and writes an audit entry."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.view")
        if reveal:
            current = authorize(s, actor, "member.view_pii")
        cipher = cipher_in(s, ctx)
        member = _load(s, member_id)
        fields = _open(cipher, member)
        if reveal:
            audit.record(s, ctx, current, "member.view_pii", member.card_number)
        return _info(member, fields, reveal, points_of(s, [member.id]).get(member.id, 0))


def search_members(ctx: AppContext, actor: Actor, text: str, limit: int = 20) -> list[MemberRow]:
    """Members matching ``text`` (``member.view``), best first, at most ``limit``:

    * a card number (digits with a valid check digit) → that card;
    * 5 or more digits (spaces, ``+``, ``-`` allowed) → the phone's keyed hash;
    * exactly 4 digits → phones ending with them;
    * text with ``@`` → the email's keyed hash;
    * otherwise → members whose name has every word of ``text`` (word prefixes too).
    Empty text finds nobody.  Names are in full only for ``member.view_pii``."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    query = text.strip()
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.view")
        if not query:
            return []
        cipher = cipher_in(s, ctx)
        ids = match_ids(s, cipher, query, limit)
        return rows_for(s, cipher, ids, "member.view_pii" in current.permissions)


def match_ids(s: Session, cipher: MemberCipher, query: str, limit: int) -> list[str]:
    """Ids of members matching ``query`` (see :func:`search_members`), in the caller's
    transaction."""
    compact = re.sub(r"[\s\-()+.]", "", query)
    active = Member.status == "active"
    ids: list[str] = []
    if compact.isdigit() and compact.isascii():
        if card_check_ok(compact):
            ids += s.scalars(select(Member.id).where(Member.card_number == compact))
        if len(compact) == 4:
            h = cipher.lookup_hash("tail", compact)
            ids += s.scalars(
                select(Member.id).where(Member.phone_tail_hash == h, active).limit(limit)
            )
        elif len(compact) >= 5:
            h = cipher.lookup_hash("phone", phone_key(query))
            ids += s.scalars(select(Member.id).where(Member.phone_hash == h, active).limit(limit))
    elif "@" in query:
        h = cipher.lookup_hash("email", normalise_email(query))
        ids += s.scalars(select(Member.id).where(Member.email_hash == h, active).limit(limit))
    else:
        keys = query_keys(query)
        if not keys:
            return []
        hashes = list({cipher.lookup_hash("name", k) for k in keys})
        q = (
            select(MemberNameKey.member_id)
            .join(Member, Member.id == MemberNameKey.member_id)
            .where(MemberNameKey.key_hash.in_(hashes), active)
            .group_by(MemberNameKey.member_id)
            .having(func.count() == len(hashes))
            .order_by(MemberNameKey.member_id.desc())
            .limit(limit)
        )
        ids += s.scalars(q)
    seen: dict[str, None] = {}
    for i in ids:
        seen.setdefault(i, None)
    return list(seen)[:limit]


def find_by_card(ctx: AppContext, actor: Actor, code: str) -> MemberRow | None:
    """The active member whose card carries ``code`` as scanned (``member.view``)."""
    value = code.strip()
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.view")
        if not card_check_ok(value):
            return None
        member_id = s.scalar(
            select(Member.id).where(Member.card_number == value, Member.status == "active")
        )
        if member_id is None:
            return None
        cipher = cipher_in(s, ctx)
        rows = rows_for(s, cipher, [member_id], "member.view_pii" in current.permissions)
        return rows[0] if rows else None


def list_members(
    ctx: AppContext,
    actor: Actor,
    *,
    segment: str = "",
    tier: str = "",
    after: tuple[datetime, str] | None = None,
    limit: int = 100,
) -> list[MemberRow]:
    """Members newest first, optionally of one segment or tier (``member.view``), one
    keyset page after ``after`` (the last row's ``(created_at, id)``)."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.view")
        q = select(Member.id).where(Member.status == "active")
        if segment:
            q = q.where(Member.segment == segment)
        if tier:
            q = q.where(Member.tier == tier)
        if after is not None:
            at, last_id = after
            q = q.where(
                or_(Member.created_at < at, and_(Member.created_at == at, Member.id < last_id))
            )
        ids = list(s.scalars(q.order_by(Member.created_at.desc(), Member.id.desc()).limit(limit)))
        if not ids:
            return []
        cipher = cipher_in(s, ctx)
        return rows_for(s, cipher, ids, "member.view_pii" in current.permissions)


def count_members(ctx: AppContext, actor: Actor) -> int:
    """How many active members the shop has (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        return int(
            s.scalar(select(func.count()).select_from(Member).where(Member.status == "active")) or 0
        )


def member_orders(
    ctx: AppContext, actor: Actor, member_id: str, limit: int = 200
) -> list[MemberOrder]:
    """A member's orders, newest first (``member.view``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view")
        rows = s.execute(
            select(
                SalesOrder.id,
                SalesOrder.number,
                SalesOrder.created_at,
                SalesOrder.state,
                SalesOrder.total_minor,
                SalesOrder.paid_minor,
            )
            .where(SalesOrder.member_id == member_id)
            .order_by(SalesOrder.created_at.desc())
            .limit(max(1, min(limit, 1000)))
        )
        return [MemberOrder(*r) for r in rows]


# ---------------------------------------------------------------------------- export/erase


def export_member(ctx: AppContext, actor: Actor, member_id: str) -> str:
    """One member's data as JSON for the member (``member.export`` and
    ``member.view_pii``; audited): the record, points ledger, orders and tickets."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "member.view_pii")
        current = authorize(s, actor, "member.export")
        cipher = cipher_in(s, ctx)
        member = _load(s, member_id)
        fields = _open(cipher, member)
        info = _info(member, fields, True, points_of(s, [member.id]).get(member.id, 0))
        ledger = [
            {
                "at": e.at.isoformat(),
                "kind": e.kind,
                "points": e.points,
                "balance_after": e.balance_after,
                "expires_at": e.expires_at.isoformat() if e.expires_at else None,
                "reference": e.reference,
            }
            for e in s.scalars(
                select(PointsEntry)
                .where(PointsEntry.member_id == member.id)
                .order_by(PointsEntry.at, PointsEntry.id)
            )
        ]
        orders = [
            {
                "number": o.number,
                "at": o.created_at.isoformat(),
                "state": o.state,
                "total_minor": o.total_minor,
                **recipient_texts(s, o),  # sealed on member orders: opened here
            }
            for o in s.scalars(
                select(SalesOrder)
                .where(SalesOrder.member_id == member.id)
                .order_by(SalesOrder.created_at)
            )
        ]
        tickets = [
            {
                "number": t.number,
                "at": t.created_at.isoformat(),
                "kind": t.kind,
                "category": t.category,
                "subject": t.subject,
                "status": t.status,
                "resolution": t.resolution,
            }
            for t in s.scalars(select(ServiceTicket).where(ServiceTicket.member_id == member.id))
        ]
        record = asdict(info)
        record.pop("revealed", None)
        record.pop("phone_masked", None)
        for key in ("created_at", "last_order_at"):
            value = record.get(key)
            record[key] = value.isoformat() if value else None
        audit.record(s, ctx, current, "member.export", member.card_number)
        return json.dumps(
            {"member": record, "points": ledger, "orders": orders, "tickets": tickets},
            ensure_ascii=False,
            indent=2,
        )


def erase_member(ctx: AppContext, actor: Actor, member_id: str, reason: str) -> MemberInfo:
    """Anonymise a member on request (``member.export``; reason required; audited):
    sealed fields, look-up hashes, name keys, tags and consents are removed; the member's
    orders stay with their customer and shipping fields emptied.  Refused while one of
    their orders is still open (it needs the address)."""
    why = bounded_text(reason, 1000, "reason", what="reason")
    if not why:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give a reason for erasing the member's data."),
            field="reason",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "member.export")
        member = _load(s, member_id, lock=True)
        if member.status == "erased":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("Errors", "Member {card} was already erased."),
                card=member.card_number,
            )
        open_orders = list(
            s.scalars(
                select(SalesOrder.number)
                .where(SalesOrder.member_id == member.id, SalesOrder.state.in_(OPEN_STATES))
                .limit(5)
            )
        )
        if open_orders:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Member {card} still has open orders ({orders}); erase after they are "
                    "shipped or cancelled.",
                ),
                card=member.card_number,
                orders=", ".join(open_orders),
            )
        now = ctx.clock()
        s.execute(delete(MemberNameKey).where(MemberNameKey.member_id == member.id))
        member.sealed = b""
        member.phone_hash = member.phone_tail_hash = member.email_hash = ""
        member.tags = ""
        member.consent_marketing = member.consent_sms = member.consent_email = False
        member.status = "erased"
        member.erased_at = now
        member.updated_at = now
        wiped = s.execute(
            update(SalesOrder)
            .where(SalesOrder.member_id == member.id)
            .values(
                customer_name="",
                customer_phone="",
                phone_key="",
                ship_name="",
                ship_phone="",
                ship_address="",
            )
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        s.flush()
        audit.record(
            s, ctx, current, "member.erase", member.card_number, {"reason": why, "orders": wiped}
        )
        return _info(member, {}, False, points_of(s, [member.id]).get(member.id, 0))
