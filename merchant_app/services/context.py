"""What every service needs: the database, this desk's keyring, a clock, who is acting."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from merchant_app.clock import Clock, utc_now
from merchant_app.database import Database
from merchant_app.security.keystore import KeyStore


@dataclass
class AppContext:
    """Built once by the composition root; ``shop_id``/``desk_id`` are set once known."""

    db: Database
    keys: KeyStore
    clock: Clock = field(default=utc_now)
    shop_id: str = ""
    desk_id: str = ""

    def __post_init__(self) -> None:
        for engine in getattr(self.db, "engines", (self.db.engine,)):  # a desk router: two
            _CONTEXTS[id(engine)] = self


# the context owning each database engine, so a reader given only a session can reach
# this desk's keyring (orders sealed for members, services/order_privacy.py)
_CONTEXTS: weakref.WeakValueDictionary[int, AppContext] = weakref.WeakValueDictionary()


def context_of(engine: object) -> AppContext | None:
    """The latest :class:`AppContext` built on ``engine`` (None when there is none)."""
    return _CONTEXTS.get(id(engine))


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts.

    Permissions listed here only shape the screens; every service re-checks the user's
    current role and status in the database before acting.
    """

    user_id: str
    login: str
    display_name: str
    role_name: str
    permissions: frozenset[str]

    def can(self, permission: str) -> bool:
        """Whether the screens should offer actions that need ``permission``."""
        return permission in self.permissions
