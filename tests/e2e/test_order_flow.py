"""A whole order on the real main window: a clerk enters it by scans and keys only and
takes cash; it appears in the order list; customer service reviews it and the warehouse
approves it; the packing desk verifies it by scans (a wrong item is refused), prints the
slip and the label, whose barcode decodes to the tracking number, and ships it; stock
has left the ledger exactly once."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_app.config import Settings
from merchant_app.gui.main_window import MainWindow
from merchant_app.gui.screens.orders import OrdersScreen
from merchant_app.gui.screens.orders.entry import OrderEntryPanel
from merchant_app.gui.screens.orders.order_list import OrderListPanel
from merchant_app.gui.screens.orders.packing import PackingPanel
from merchant_app.gui.tasks import TaskRunner
from merchant_app.models import StockMove
from merchant_app.services import order_steps, orders, stock
from merchant_app.services.shop import open_shop
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock

MUG, TEA = "6901234567892", "6901234567908"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    yield w
    w.ctx.db.dispose()


def window_for(qtbot, world: ShopWorld, actor, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    info, desk = open_shop(world.ctx, world.ctx.desk_id)
    settings = Settings(data_dir=tmp_path, desk_id=desk.id, shop_name=info.name)
    window = MainWindow(
        ctx=world.ctx,
        actor=actor,
        shop=info,
        desk=desk,
        settings=settings,
        runner=TaskRunner(inline=True),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def orders_screen(window: MainWindow) -> OrdersScreen:
    assert window.show_screen("orders")
    screen = window.current_screen()
    assert isinstance(screen, OrdersScreen)
    return screen


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler and zbar"
)
def test_scan_pay_list_review_pack_by_scans_and_ship(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    main = main_location(world)
    mug = add_product(world, "MUG-1", cost_minor=1000, barcode=MUG)
    tea = add_product(world, "TEA-1", cost_minor=2500, barcode=TEA)
    put_stock(world, mug, main, 5)
    put_stock(world, tea, main, 10)
    clerk = world.add_user("clerk", "Sales clerk")
    service = world.add_user("service", "Customer service")
    warehouse = world.add_user("warehouse", "Warehouse")

    # -- the counter: scans and keys only ------------------------------------------------
    window = window_for(qtbot, world, clerk, tmp_path)
    screen = orders_screen(window)
    entry = screen.current_panel()
    assert isinstance(entry, OrderEntryPanel)
    window.route_scan(MUG)  # the main window routes scanner bursts to the screen in front
    window.route_scan(MUG)
    window.route_scan(TEA)
    assert [(ln.sku, ln.quantity) for ln in entry.model.lines()] == [("MUG-1", 2), ("TEA-1", 1)]
    qtbot.keyClick(entry.search, Qt.Key.Key_F4)
    qtbot.keyClick(entry.customer.lookup, Qt.Key.Key_Tab)
    qtbot.keyClicks(entry.customer.name, "Li Wei")
    qtbot.keyClick(entry.customer.name, Qt.Key.Key_F5)  # delivery: by carrier
    assert QApplication.focusWidget() is entry.delivery.method
    while entry.delivery.method_code != "carrier":
        qtbot.keyClick(entry.delivery.method, Qt.Key.Key_Down)
    qtbot.keyClicks(entry.delivery.ship_name, "Li Wei")
    # Chinese arrives through the input method as committed text, not as key codes
    # (QTest can only type ASCII)
    entry.delivery.address.insertPlainText("深圳市南山区科苑路 15 号")
    qtbot.keyClick(entry.customer.name, Qt.Key.Key_F9)
    row = entry.payment.rows[0]
    qtbot.keyClicks(row.tendered, "100")
    with qtbot.waitSignal(entry.order_placed) as placed:
        qtbot.keyClick(row.tendered, Qt.Key.Key_F12)
    order = placed.args[0]
    assert order.payment_status == "paid" and order.delivery_method == "carrier"
    assert order.total_minor == 9000 + order.shipping_fee_minor + order.extra_fees_minor

    listing = screen.show_tab("list")
    assert isinstance(listing, OrderListPanel)
    qtbot.waitUntil(lambda: listing.model.rowCount() >= 1)
    assert listing.model.loaded_rows()[0].number == order.number

    # -- review and warehouse approval (their own roles) ---------------------------------
    order_steps.review(world.ctx, service, order.id)
    approved = order_steps.approve(world.ctx, warehouse, order.id)
    assert approved.tracking_number

    # -- the packing desk: scans only ----------------------------------------------------
    window.close()
    window = window_for(qtbot, world, warehouse, tmp_path)
    screen = orders_screen(window)
    packing = screen.show_tab("packing")
    assert isinstance(packing, PackingPanel)
    monkeypatch.setattr(packing, "open_documents", lambda paths: None)
    window.route_scan(order.number)
    window.route_scan(MUG)
    window.route_scan("6901234567915")  # not on this order: refused, nothing counted
    assert "Wrong item" in packing.status.text()
    window.route_scan(MUG)
    window.route_scan(TEA)
    qtbot.keyClick(packing.scan_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: packing.last_result is not None)
    shipped = orders.get_order(world.ctx, warehouse, order.id)
    assert shipped.state == "shipped"

    label = next(p for p in packing.saved_paths if p.name.endswith("-label.pdf"))
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(label), str(tmp_path / "l")], check=True)
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Scode128.enable", str(tmp_path / "l-1.png")],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert decoded == [approved.tracking_number]

    # -- stock: out of the ledger exactly once, nothing left reserved --------------------
    for pid, sold, start in ((mug, 2, 5), (tea, 1, 10)):
        totals = stock.totals(world.ctx, world.owner, [pid])[pid]
        assert (totals.on_hand, totals.reserved) == (start - sold, 0)
        with world.ctx.db.transaction() as s:
            ships = [
                m.quantity for m in s.query(StockMove).filter_by(product_id=pid, reason="ship")
            ]
        assert ships == [-sold]
