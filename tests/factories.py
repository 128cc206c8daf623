"""Building blocks for tests: a migrated database, a shop with an Owner, more users."""

from __future__ import annotations

from dataclasses import dataclass

from merchant_app.clock import ManualClock
from merchant_app.database import Database
from merchant_app.migrations import upgrade
from merchant_app.security.keystore import KeyStore, MemoryKeyStore
from merchant_app.services import auth, shop, staff
from merchant_app.services.context import Actor, AppContext

OWNER_PASSWORD = "owner-pass-1"


@dataclass
class ShopWorld:
    """A fresh shop: its context, clock and signed-in Owner."""

    ctx: AppContext
    clock: ManualClock
    owner: Actor

    def role_id(self, name: str) -> str:
        return next(r.id for r in staff.list_roles(self.ctx, self.owner) if r.name == name)

    def add_user(self, login: str, role: str, password: str = "pass-word-1") -> Actor:
        staff.create_user(
            self.ctx,
            self.owner,
            login=login,
            display_name=login.title(),
            role_id=self.role_id(role),
            password=password,
        )
        return auth.authenticate(self.ctx, login, password)


def make_shop(url: str, keys: KeyStore | None = None) -> ShopWorld:
    db = Database(url)
    upgrade(db)
    clock = ManualClock()
    ctx = AppContext(db=db, keys=keys or MemoryKeyStore(), clock=clock)
    shop.create_shop(
        ctx,
        name="Test Shop",
        address="1 High St",
        currency="CNY",
        locale="zh_CN",
        owner_login="owner",
        owner_name="Olive Owner",
        owner_password=OWNER_PASSWORD,
    )
    owner = auth.authenticate(ctx, "owner", OWNER_PASSWORD)
    return ShopWorld(ctx, clock, owner)
