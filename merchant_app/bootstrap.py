"""Opening a shop: the keyring, the database, migrations and this desk.

Used by the command line and, on a worker thread, by the window; nothing here imports
Qt.  A real shop never runs without an OS keyring; only the demo shop (public passwords)
may, with an in-memory store the window title names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from merchant_app.config import Settings, save_settings
from merchant_app.database import Database
from merchant_app.errors import KeyringUnavailable
from merchant_app.migrations import upgrade
from merchant_app.security.keystore import DemoKeyStore, KeyStore, MemoryKeyStore, OsKeyStore
from merchant_app.security.server_secret import is_server_url
from merchant_app.services.context import AppContext
from merchant_app.services.shop import DeskInfo, ShopInfo, get_shop, open_shop

# Tests (and only tests) may select the in-memory store explicitly.
KEYRING_ENV = "MERCHANT_APP_KEYRING"


def choose_keystore(settings: Settings) -> KeyStore:
    """The OS keyring; the demo shop falls back to memory; otherwise explain and stop."""
    if os.environ.get(KEYRING_ENV) == "memory":  # nothing kept, but what the demo makes public
        return DemoKeyStore({}, _public_demo_secret) if settings.is_demo else MemoryKeyStore()
    try:
        return OsKeyStore()
    except KeyringUnavailable:
        if settings.is_demo:
            from merchant_app.services.demo import DEMO_PASSWORDS

            return DemoKeyStore(DEMO_PASSWORDS, _public_demo_secret)
        raise


def _public_demo_secret(shop_id: str, name: str) -> str | None:
    """The demo shop's other public secret (its member data key), imported when first
    asked for rather than while the shop opens."""
    from merchant_app.services.demo_members import public_demo_secret

    return public_demo_secret(shop_id, name)


@dataclass
class OpenedShop:
    """A ready context with the shop and this desk."""

    ctx: AppContext
    shop: ShopInfo | None
    desk: DeskInfo | None
    settings: Settings


def open_database(settings: Settings, keys: KeyStore | None = None) -> Database:
    """Open the database and migrate it to the newest schema (after a backup copy).

    A server's password comes from this desk's keyring (``keys``, else the OS keyring if
    there is one) into the engine's URL in memory only; a server that cannot be reached
    is a :class:`DatabaseUnavailable` whose message never holds the password."""
    from merchant_app.services.desk_connection import connection_failure, database_url_for

    if keys is None and is_server_url(settings.effective_database_url):
        try:
            keys = choose_keystore(settings)
        except KeyringUnavailable:
            keys = None  # libpq may still find the password (trust, .pgpass)
    url = database_url_for(settings, keys)
    db = Database(url)
    try:
        upgrade(db, backup_dir=settings.backup_dir)
    except OperationalError as exc:
        db.dispose()
        if not is_server_url(url):
            raise
        raise connection_failure(url, exc) from None
    return db


def open_app(settings: Settings, keys: KeyStore | None = None) -> OpenedShop:
    """Everything a desk needs before someone signs in.  ``shop`` is ``None`` when the
    database has no shop yet (first run)."""
    keys = keys or choose_keystore(settings)
    db: Database
    if is_server_url(settings.effective_database_url):  # a desk that can work offline
        from merchant_app.services.desk_router import open_desk_database

        db = open_desk_database(settings, keys)
    else:
        db = open_database(settings, keys)
    ctx = AppContext(db=db, keys=keys)
    if get_shop(ctx) is None:
        return OpenedShop(ctx, None, None, settings)
    shop, desk = open_shop(ctx, settings.desk_id)
    if (desk.id, shop.name, shop.is_demo) != (
        settings.desk_id,
        settings.shop_name,
        settings.is_demo,
    ):
        settings = settings.with_changes(desk_id=desk.id, shop_name=shop.name, is_demo=shop.is_demo)
        save_settings(settings)
    return OpenedShop(ctx, shop, desk, settings)
