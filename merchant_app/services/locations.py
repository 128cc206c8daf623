"""Stock locations (INV-2): shops and warehouses, and bins inside them.

Every stock figure is per product and location.  ``MAIN`` is the location that exists in
every shop (created on first use by :func:`default_location`); product imports that name
no location put their stock there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.ids import new_id
from merchant_app.models import Location
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import authorize, load_actor

DEFAULT_CODE = "MAIN"
KINDS = ("shop", "warehouse", "bin")
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,31}$")


@dataclass(frozen=True)
class LocationInfo:
    """A location as lists and pickers show it; ``parent_id`` is set for bins."""

    id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    active: bool


def _info(loc: Location) -> LocationInfo:
    return LocationInfo(loc.id, loc.code, loc.name, loc.kind, loc.parent_id, loc.active)


_MAIN = select(Location.id, Location.code, Location.name, Location.kind, Location.active).where(
    Location.code == DEFAULT_CODE
)


def default_location(session: Session) -> LocationInfo:
    """The ``MAIN`` location, created (as a shop) if missing; safe when two desks create it
    at the same moment (insert-ignore on the unique code)."""
    row = session.connection().execute(_MAIN).first()
    if row is not None:
        return LocationInfo(row.id, row.code, row.name, row.kind, None, row.active)
    loc = session.scalars(select(Location).where(Location.code == DEFAULT_CODE)).first()
    if loc is None:
        insert_ignore(
            session,
            Location,
            {
                "id": new_id(),
                "code": DEFAULT_CODE,
                "name": "Main",
                "kind": "shop",
                "parent_id": None,
                "active": True,
            },
        )
        loc = session.scalars(select(Location).where(Location.code == DEFAULT_CODE)).one()
    return _info(loc)


def get_location(session: Session, location_id: str) -> Location:
    """The location ``location_id``, or :class:`NotFound`."""
    loc = session.get(Location, location_id)
    if loc is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The stock location “{location}” does not exist."),
            location=location_id,
        )
    return loc


def location_code(session: Session, location_id: str) -> str:
    """The code of ``location_id`` ("" when there is no such location)."""
    return session.scalar(select(Location.code).where(Location.id == location_id)) or ""


def normalise_code(code: str) -> str:
    """Location codes are upper case, 1 to 32 letters, digits, dots, dashes, underscores."""
    value = code.strip().upper()
    if not CODE_RE.match(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The location code “{code}” is not valid: use 1 to 32 letters, digits, dots, "
                "dashes or underscores.",
            ),
            code=code,
            field="code",
        )
    return value


def create_location(
    ctx: AppContext,
    actor: Actor,
    code: str,
    name: str,
    kind: str,
    parent_id: str | None = None,
) -> LocationInfo:
    """Create a shop or warehouse (no parent), or a bin inside one (``parent_id`` required;
    bins do not nest).  Needs ``settings.manage``; codes are unique; audited."""
    value = normalise_code(code)
    if kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of location “{kind}”."), kind=kind
        )
    if not name.strip() or len(name.strip()) > 120:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The location name must have 1 to 120 characters."),
            field="name",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "settings.manage")
        if kind == "bin":
            if parent_id is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "A bin must be inside a shop or a warehouse."),
                    field="parent",
                )
            parent = get_location(s, parent_id)
            if parent.kind == "bin":
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The bin “{code}” cannot be inside another bin ({parent})."
                    ),
                    code=value,
                    parent=parent.code,
                    field="parent",
                )
        elif parent_id is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Only bins can be inside another location."),
                field="parent",
            )
        if s.scalars(select(Location.id).where(Location.code == value)).first():
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "A location with the code “{code}” already exists."),
                code=value,
            )
        loc = Location(code=value, name=name.strip(), kind=kind, parent_id=parent_id, active=True)
        s.add(loc)
        s.flush()
        audit.record(s, ctx, current, "location.create", value, {"kind": kind, "name": name})
        return _info(loc)


def list_locations(
    ctx: AppContext, actor: Actor, include_inactive: bool = False
) -> list[LocationInfo]:
    """Every location by code (any signed-in, active user may see them); ``MAIN`` is
    created if the shop has none yet."""
    with ctx.db.transaction() as s:
        load_actor(s, actor.user_id)
        default_location(s)
        q = select(Location).order_by(Location.code)
        if not include_inactive:
            q = q.where(Location.active.is_(True))
        return [_info(loc) for loc in s.scalars(q)]


PACKING_SUFFIX = "-PACK"


def packing_area(session: Session, location_id: str) -> str:
    """The id of the packing area of ``location_id`` (a bin ``<CODE>-PACK`` inside it,
    created on first use): where picked goods wait for shipping (ORD-2).  Goods there
    still count as the shop's stock and stay reserved for their order; they are off
    the shelf, so a count of the shelf finds what is really on it."""
    loc = get_location(session, location_id)
    if loc.code.endswith(PACKING_SUFFIX):
        return loc.id
    code = loc.code[: 32 - len(PACKING_SUFFIX)] + PACKING_SUFFIX
    found = session.scalar(select(Location.id).where(Location.code == code))
    if found is not None:
        return found
    insert_ignore(
        session,
        Location,
        {
            "id": new_id(),
            "code": code,
            "name": f"{loc.name} packing area",
            "kind": "bin",
            "parent_id": loc.parent_id if loc.kind == "bin" else loc.id,
            "active": True,
        },
    )
    return session.scalars(select(Location.id).where(Location.code == code)).one()
