"""What every service needs: the database, this desk's keyring, a clock, who is acting."""

from __future__ import annotations

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
