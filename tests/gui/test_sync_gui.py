"""Offline mode in the window (GROW-2): the status bar's indicator, the offline banner,
the Sync screen and its conflicts, on a real main window whose desk reaches a private
schema of the real PostgreSQL server through a TCP proxy the test drops, with its local
cache in a real SQLite file.  ``world`` is the server seen by a desk that stays online.
The desk's sync runs through an inline runner (``DeskSync(inline=True)``), so each
``tick`` finishes before the test goes on.

With ``MERCHANT_SYNC_SHOTS`` set to a folder, the tests also save screenshots there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select, update

from merchant_app.config import Settings
from merchant_app.gui.main_window import MainWindow
from merchant_app.gui.screens.sync.desk_sync import DeskSync, attach_desk_sync
from merchant_app.gui.screens.sync.panel import SyncScreen
from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.theme import apply_theme
from merchant_app.gui.widgets import NoticeBar
from merchant_app.models import AuditEntry, SalesOrder, SyncConflict, SyncOutbox
from merchant_app.services import orders
from merchant_app.services.context import AppContext
from merchant_app.services.desk_cache import refresh_cache
from merchant_app.services.desk_router import OFFLINE, ONLINE, RoutingDatabase
from merchant_app.services.orders import LineInput, OrderDraft
from merchant_app.services.shop import open_shop
from tests.factories import ShopWorld, make_shop
from tests.integration.tcp_proxy import TcpProxy
from tests.stock_factories import add_product, main_location, put_stock

pytestmark = pytest.mark.postgres

BARCODE = "6901234567892"


@dataclass
class Desk:
    """The server (``world``), the proxy, and the desk's window behind it."""

    world: ShopWorld
    proxy: TcpProxy
    router: RoutingDatabase
    ctx: AppContext
    window: MainWindow
    sync: DeskSync
    product: str

    def server_count(self, query: Any) -> int:
        with self.world.ctx.db.transaction() as s:
            return int(s.scalar(query) or 0)

    def place(self, product: str = "", qty: int = 1) -> orders.OrderInfo:
        draft = OrderDraft(lines=(LineInput(product or self.product, qty),))
        return orders.place_order(self.ctx, self.world.owner, draft, ())

    def sync_screen(self) -> SyncScreen:
        assert self.window.show_screen("sync")
        QApplication.processEvents()  # the screen built now is shown by its layout
        screen = self.window.screens["sync"]
        assert screen.isVisible()
        assert isinstance(screen, SyncScreen)
        return screen


def through(url: str, port: int) -> str:
    """``url`` with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) > 1 else host))


def shot(widget: QWidget, name: str) -> None:
    """Save a screenshot when ``MERCHANT_SYNC_SHOTS`` names a folder."""
    folder = os.environ.get("MERCHANT_SYNC_SHOTS")
    if not folder:
        return
    app = QApplication.instance()
    for theme in ("light", "dark"):
        apply_theme(app, theme)  # type: ignore[arg-type]
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"sync_{name}_{theme}.png"))
    apply_theme(app, "light")  # type: ignore[arg-type]


@pytest.fixture
def desk(qtbot, pg_schema_url: str, tmp_path: Path) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    world = make_shop(pg_schema_url)
    pid = add_product(world, "A1", cost_minor=500, barcode=BARCODE)
    put_stock(world, pid, main_location(world), 10)
    parts = urlsplit(pg_schema_url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432).start()
    router = RoutingDatabase(through(pg_schema_url, proxy.port), tmp_path / "desk-cache.sqlite3")
    ctx = AppContext(db=router, keys=world.ctx.keys, clock=world.clock)
    shop, info = open_shop(ctx, "")  # a second desk, registered on the server
    refresh_cache(router, ctx.desk_id)
    window = MainWindow(
        ctx=ctx,
        actor=world.owner,
        shop=shop,
        desk=info,
        settings=Settings(data_dir=tmp_path, desk_id=info.id, shop_name=shop.name),
        runner=TaskRunner(inline=True),
    )
    desk_sync = attach_desk_sync(window, inline=True)
    assert desk_sync is not None and window.desk_sync is desk_sync
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Desk(world, proxy, router, ctx, window, desk_sync, pid)
    desk_sync.stop()
    window.close()
    router.dispose()
    proxy.close()
    world.ctx.db.dispose()


def test_a_desk_on_a_file_has_no_sync_screen_nor_indicator(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    shop, info = open_shop(world.ctx, world.ctx.desk_id)
    window = MainWindow(
        ctx=world.ctx,
        actor=world.owner,
        shop=shop,
        desk=info,
        settings=Settings(data_dir=tmp_path, desk_id=info.id, shop_name=shop.name),
        runner=TaskRunner(inline=True),
    )
    qtbot.addWidget(window)
    assert "sync" not in window.screens and attach_desk_sync(window) is None
    world.ctx.db.dispose()


def test_offline_order_from_the_window_shows_the_banner_and_is_sent_once(desk: Desk) -> None:
    indicator, banner = desk.sync.indicator, desk.sync.banner
    assert indicator.text() == "Online" and banner.isHidden()

    desk.proxy.drop()
    entry = desk.window.screens["orders"].show_tab("entry")  # type: ignore[attr-defined]
    entry.handle_scan(BARCODE)
    placed = entry.place_order()
    assert placed is not None and desk.router.state == OFFLINE
    assert indicator.text() == "Offline — 1 waiting"
    assert banner.isVisible() and banner.level == NoticeBar.WARNING
    assert "The server cannot be reached" in banner.text() and "provisional" in banner.text()
    on_server = select(func.count()).select_from(SalesOrder).where(SalesOrder.id == placed.id)
    assert desk.server_count(on_server) == 0
    shot(desk.window, "offline_banner")

    desk.sync.tick()  # the server is still away: nothing changes
    assert indicator.text() == "Offline — 1 waiting" and banner.level == NoticeBar.WARNING

    desk.proxy.restore()
    desk.sync.tick()
    assert desk.router.state == ONLINE and indicator.text() == "Online"
    assert banner.level == NoticeBar.SUCCESS and "1 items made offline were sent" in banner.text()
    assert desk.server_count(on_server) == 1
    desk.sync.tick()  # a later step sends nothing twice
    assert desk.server_count(on_server) == 1


def test_the_sync_screen_lists_a_failed_item_and_retries_it(desk: Desk) -> None:
    desk.proxy.drop()
    order = desk.place()
    with desk.router.local.transaction() as s:  # the record vanished from the cache
        s.execute(update(SyncOutbox).values(record_id="missing-order"))
    screen = desk.sync_screen()
    assert [desk.sync.indicator.text(), screen.table.rowCount()] == ["Offline — 1 waiting", 1]
    assert screen.table.item(0, 0).text() == "Waiting"
    assert "server can be reached" in screen.conflict_note.text()

    desk.proxy.restore()
    desk.sync.tick()
    assert screen.table.item(0, 0).text() == "Failed"
    assert "no longer in its copy" in screen.table.item(0, 5).text()
    assert screen.table.item(0, 4).text() == "1" and screen.retry_button.isEnabled()
    assert "Failed: 1" in screen.counts.text()
    shot(desk.window, "panel_failed")

    with desk.router.local.transaction() as s:
        s.execute(update(SyncOutbox).values(record_id=order.id))
    screen.retry_button.click()
    assert screen.table.item(0, 0).text() == "Sent" and screen.table.item(0, 2).text() == (
        order.number
    )
    assert "Failed: 0" in screen.counts.text() and not screen.retry_button.isEnabled()
    on_server = select(func.count()).select_from(SalesOrder).where(SalesOrder.id == order.id)
    assert desk.server_count(on_server) == 1


def test_a_conflict_is_listed_and_resolved_from_the_sync_screen(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    world = desk.world
    last = add_product(world, "LAST", cost_minor=500)
    put_stock(world, last, main_location(world), 2)
    refresh_cache(desk.router, desk.ctx.desk_id)
    desk.proxy.drop()
    offline = desk.place(last, 2)
    desk.place()  # a second order waits too
    screen = desk.sync_screen()
    shot(desk.window, "panel_pending")
    orders.place_order(world.ctx, world.owner, OrderDraft(lines=(LineInput(last, 2),)), ())
    desk.proxy.restore()
    desk.sync.tick()
    assert [c.reason for c in screen.conflicts] == ["stock_short"]
    (card,) = screen.cards
    assert "LAST" in card.message.text() and offline.number in card.message.text()
    assert list(card.buttons) == ["done"] and card.buttons["done"].text() == "Dealt with"
    shot(desk.window, "conflict")

    dialog = screen.open_order(card.conflict)
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    card.buttons["done"].click()
    assert screen.cards == [] and "Conflict resolved" in screen.notice.text()
    assert "No conflicts" in screen.conflict_note.text()
    resolved = select(func.count()).where(
        SyncConflict.resolved_at.is_not(None), SyncConflict.resolution == "done"
    )
    assert desk.server_count(resolved) == 1
    audited = select(func.count()).where(AuditEntry.action == "sync.conflict_resolve")
    assert desk.server_count(audited) == 1


def test_a_clerk_sees_the_queue_but_not_the_conflicts(desk: Desk) -> None:
    clerk = desk.world.add_user("clara", "Sales clerk")
    refresh_cache(desk.router, desk.ctx.desk_id)  # the desk's copy knows her
    desk.window.actor = clerk
    desk.window._build_screens()
    screen = desk.sync_screen()
    assert not screen.can_resolve and screen.conflict_heading.isHidden()
    assert screen.table.rowCount() == 0


def test_points_earned_offline_show_as_provisional_until_sent(desk: Desk) -> None:
    from merchant_app.gui.screens.members.detail import MemberDetail
    from merchant_app.services import members, order_payments
    from merchant_app.services.members import MemberInput
    from merchant_app.services.orders import PaymentInput

    member = members.register_member(
        desk.world.ctx, desk.world.owner, MemberInput(name="Mei", phone="13800138000")
    )
    refresh_cache(desk.router, desk.ctx.desk_id)  # the desk knows the member
    desk.proxy.drop()
    draft = OrderDraft(lines=(LineInput(desk.product, 2),), member_id=member.id)
    order = orders.place_order(desk.ctx, desk.world.owner, draft, ())
    order_payments.take_payment(
        desk.ctx, desk.world.owner, order.id, [PaymentInput("cash", order.total_minor)]
    )
    assert desk.router.status().state == OFFLINE
    earned = members.get_member(desk.ctx, desk.world.owner, member.id).points
    assert earned > 0
    detail = MemberDetail(desk.ctx, desk.world.owner, "CNY", desk.window)
    detail.show_member(member.id)
    assert detail.fields["points"].text() == (
        f"{earned} ({earned} of them provisional until this desk syncs)"
    )
    desk.proxy.restore()
    desk.sync.tick()
    assert desk.router.status().state == ONLINE
    detail.show_member(member.id)
    assert detail.fields["points"].text() == str(earned)


def test_signing_in_on_a_server_desk_starts_the_sync_and_quitting_stops_it(
    qtbot, pg_schema_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from merchant_app.gui.app import AppController
    from tests.factories import OWNER_PASSWORD

    world = make_shop(pg_schema_url)
    controller = AppController(
        QApplication.instance(),
        Settings(data_dir=tmp_path, database_url=pg_schema_url),
        keys=world.ctx.keys,
        runner=TaskRunner(inline=True),
    )
    controller.start()
    qtbot.addWidget(controller.login_window)
    controller._start_loader()
    qtbot.waitUntil(lambda: controller.opened is not None, timeout=30_000)
    controller.loader.wait(30_000)
    assert isinstance(controller.opened.ctx.db, RoutingDatabase)
    panel = controller.login_window.panel
    panel.login.setText("owner")
    panel.password.setText(OWNER_PASSWORD)
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    window = controller.main_window
    qtbot.addWidget(window)
    sync = controller.desk_sync
    assert sync is not None and window.desk_sync is sync
    assert "sync" in window.screens.slots
    qtbot.waitUntil(lambda: sync.indicator.text() != "", timeout=10_000)
    controller._stop_desk_sync()  # what quitting does (aboutToQuit)
    assert controller.desk_sync is None
    for name in ("scan_recogniser", "idle_watcher"):
        QApplication.instance().removeEventFilter(getattr(controller, name))
    if controller.backup_scheduler is not None:
        controller.backup_scheduler.stop()
    controller.opened.ctx.db.dispose()
    world.ctx.db.dispose()
