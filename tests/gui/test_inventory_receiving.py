"""The Receiving and Replenishment tabs of the Inventory screen on a real shop (SQLite
file): placing drafts, receiving by scans into the dialog, over-receiving refused in the
dialog, the replenishment list and drafting purchase orders from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from merchant_app.gui.screens.inventory import InventoryScreen
from merchant_app.gui.screens.inventory.receiving import (
    PurchaseLinesModel,
    PurchaseOrdersModel,
    ReceiveDialog,
    ReceiveModel,
    ReceivingPanel,
)
from merchant_app.gui.screens.inventory.replenishment_panel import (
    ReplenishmentModel,
    ReplenishmentPanel,
)
from merchant_app.services import catalog, purchasing_queries, stock
from merchant_app.services.context import Actor
from merchant_app.services.permissions import MANAGER, SALES_CLERK, WAREHOUSE
from tests.catalog_factories import ean13, product
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import main_location, put_stock


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts QApplication.beep() calls (the refusal sound)."""
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def on_hand(world: ShopWorld, product_id: str) -> int:
    return sum(r.on_hand for r in stock.levels(world.ctx, world.owner, product_id))


def screen_on(qtbot, world: ShopWorld, actor: Actor, tab: str) -> InventoryScreen:  # type: ignore[no-untyped-def]
    screen = InventoryScreen(world.ctx, actor)
    qtbot.addWidget(screen)
    screen.resize(1180, 760)
    screen.show()
    screen.tabs.setCurrentWidget(getattr(screen, tab))  # refreshes the tab
    return screen


def cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def ok_button(dialog: ReceiveDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_table_models_pass_the_model_tester(qtmodeltester, world: ShopWorld) -> None:
    sup = catalog.create_supplier(world.ctx, world.owner, "Acme").id
    a = product(world, "A-1", barcodes=(ean13(1),), reorder_point=5, supplier_id=sup)
    po = stock.create_purchase_order(world.ctx, world.owner, sup, [(a.id, 3)])
    # (a lazy model is checked once filled: the tester fetches more inside modelReset)
    qtmodeltester.check(PurchaseOrdersModel())
    orders = PurchaseOrdersModel()
    orders.set_query(
        lambda after, n: purchasing_queries.list_purchase_orders(
            world.ctx, world.owner, limit=n, before=after
        )
    )
    assert orders.rowCount() == 1
    qtmodeltester.check(orders)
    detail = purchasing_queries.purchase_order_detail(world.ctx, world.owner, po.id)
    qtmodeltester.check(PurchaseLinesModel())
    lines = PurchaseLinesModel()
    lines.set_query(lambda after, _n: [] if after else list(detail.lines))
    qtmodeltester.check(lines)
    receive = ReceiveModel(detail.lines)
    receive.add(0, 2)
    qtmodeltester.check(receive)
    assert not receive.setData(receive.index(0, ReceiveModel.NOW), -1)
    assert not receive.setData(receive.index(0, ReceiveModel.DUE), 1)  # read-only column
    qtmodeltester.check(ReceiveModel(()))
    from merchant_app.services import replenishment

    rows = replenishment.replenishment_list(world.ctx, world.owner)
    qtmodeltester.check(ReplenishmentModel())
    repl = ReplenishmentModel()
    repl.set_query(lambda after, _n: [] if after else rows)
    assert repl.rowCount() == 1
    qtmodeltester.check(repl)


def test_receive_by_scanning_changes_stock_by_exactly_what_was_received(
    qtbot, world: ShopWorld, beeps: list[int]
) -> None:
    sup = catalog.create_supplier(world.ctx, world.owner, "Acme").id
    a = product(world, "A-1", barcodes=(ean13(1),))
    b = product(world, "B-1", barcodes=(ean13(2),))
    stranger = product(world, "C-1", barcodes=(ean13(3),))
    put_stock(world, a.id, main_location(world), 5)
    po = stock.create_purchase_order(world.ctx, world.owner, sup, [(a.id, 3), (b.id, 2)])
    keeper = world.add_user("wendy", WAREHOUSE)
    screen = screen_on(qtbot, world, keeper, "receiving")
    panel: ReceivingPanel = screen.receiving
    assert cells(panel.orders_model, PurchaseOrdersModel.NUMBER) == [po.number]
    assert cells(panel.orders_model, PurchaseOrdersModel.SUPPLIER) == ["Acme"]
    assert cells(panel.lines_model, PurchaseLinesModel.DUE) == ["3", "2"]
    assert not panel.place_button.isEnabled()
    assert panel.receive_button.isEnabled()

    # without the dialog a scan finds the line on the selected order
    screen.handle_scan(ean13(2))
    assert panel.lines.currentIndex().row() == 1
    screen.handle_scan(ean13(3))
    assert "is not on" in panel.notice.text()
    assert len(beeps) == 1

    qtbot.mouseClick(panel.receive_button, Qt.MouseButton.LeftButton)
    dialog = panel.receive_dialog
    assert dialog is not None and dialog.isVisible()
    for code in (ean13(1), ean13(1), "b-1"):  # two A by barcode, one B by SKU (any case)
        screen.handle_scan(code)
    assert dialog.model.now == [2, 1]
    assert len(beeps) == 1
    screen.handle_scan(ean13(3))  # a product that is not on this order
    screen.handle_scan("NO-SUCH-CODE")
    assert dialog.model.now == [2, 1]
    assert len(beeps) == 3
    assert "NO-SUCH-CODE is not on" in dialog.feedback.text()
    assert "Receiving 3 units on 2 of 2 lines" in dialog.totals.text()

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert panel.receive_dialog is None and not dialog.isVisible()
    assert on_hand(world, a.id) == 5 + 2
    assert on_hand(world, b.id) == 1
    assert on_hand(world, stranger.id) == 0
    info = purchasing_queries.purchase_order_detail(world.ctx, world.owner, po.id)
    assert info.order.status == "partly_received"
    assert [ln.received for ln in info.lines] == [2, 1]
    assert "Received 3 units" in panel.notice.text()
    assert cells(panel.orders_model, PurchaseOrdersModel.STATUS) == ["Partly received"]
    assert cells(panel.lines_model, PurchaseLinesModel.DUE) == ["1", "1"]

    # over-receiving is refused in the dialog, which stays open; nothing changes
    qtbot.mouseClick(panel.receive_button, Qt.MouseButton.LeftButton)
    dialog = panel.receive_dialog
    assert dialog is not None
    screen.handle_scan(ean13(1))
    screen.handle_scan(ean13(1))
    assert "only 1 still due" in dialog.feedback.text()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and panel.receive_dialog is dialog
    assert "would exceed the 3 ordered" in dialog.notice.text()
    assert on_hand(world, a.id) == 7
    # typed quantities: the rest of A, and everything due
    assert dialog.model.setData(dialog.model.index(0, ReceiveModel.NOW), 1)
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert dialog.model.now == [1, 1]
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert on_hand(world, a.id) == 5 + 3
    assert on_hand(world, b.id) == 2
    assert purchasing_queries.purchase_order_detail(world.ctx, world.owner, po.id).order.status == (
        "received"
    )
    assert panel.orders_model.rowCount() == 0  # no longer open
    assert not panel.receive_button.isEnabled()


def test_place_a_draft_then_receive_typing_the_quantity(qtbot, world: ShopWorld) -> None:
    a = product(world, "A-1")
    draft = stock.create_purchase_order(world.ctx, world.owner, None, [(a.id, 4)], draft=True)
    screen = screen_on(qtbot, world, world.owner, "receiving")
    panel: ReceivingPanel = screen.receiving
    assert cells(panel.orders_model, PurchaseOrdersModel.SUPPLIER) == ["(no supplier)"]
    assert cells(panel.orders_model, PurchaseOrdersModel.STATUS) == ["Draft"]
    assert panel.place_button.isEnabled() and not panel.receive_button.isEnabled()
    qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    assert f"{draft.number} is placed" in panel.notice.text()
    assert cells(panel.orders_model, PurchaseOrdersModel.STATUS) == ["Ordered"]
    assert not panel.place_button.isEnabled() and panel.receive_button.isEnabled()

    dialog = panel.open_receive_dialog()
    assert dialog is not None
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # nothing entered yet
    assert "Nothing to receive" in dialog.notice.text() and dialog.isVisible()
    index = dialog.model.index(0, ReceiveModel.NOW)
    dialog.table.setCurrentIndex(index)
    dialog.table.setFocus()
    qtbot.keyClicks(dialog.table, "4")  # any key starts editing "Receiving now"
    qtbot.keyClick(dialog.table.focusWidget(), Qt.Key.Key_Tab)  # commit the editor
    assert dialog.model.now == [4]
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert on_hand(world, a.id) == 4
    assert "Status: Received" in panel.notice.text()


def test_who_may_see_and_act(qtbot, world: ShopWorld) -> None:
    a = product(world, "A-1")
    stock.create_purchase_order(world.ctx, world.owner, None, [(a.id, 4)], draft=True)
    manager = world.add_user("max", MANAGER)  # report.view: may look, not receive
    panel = ReceivingPanel(world.ctx, manager, "CNY")
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.orders_model.rowCount() == 1
    assert not panel.place_button.isEnabled() and not panel.receive_button.isEnabled()
    clerk = world.add_user("cal", SALES_CLERK)
    panel = ReceivingPanel(world.ctx, clerk, "CNY")
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.orders_model.rowCount() == 0
    assert "stock.receive" in panel.notice.text()
    repl = ReplenishmentPanel(world.ctx, clerk, "CNY")
    qtbot.addWidget(repl)
    repl.refresh()
    assert "stock.receive" in repl.notice.text()


def test_replenishment_lists_low_stock_and_drafts_a_purchase_order(qtbot, world: ShopWorld) -> None:
    acme = catalog.create_supplier(world.ctx, world.owner, "Acme").id
    low = product(world, "LOW-1", reorder_point=5, reorder_qty=10, supplier_id=acme)
    fine = product(world, "FINE-1", reorder_point=5, reorder_qty=10, supplier_id=acme)
    main = main_location(world)
    put_stock(world, low.id, main, 2)
    put_stock(world, fine.id, main, 20)
    screen = screen_on(qtbot, world, world.owner, "replenishment")
    panel: ReplenishmentPanel = screen.replenishment
    model = panel.model
    assert cells(model, ReplenishmentModel.SKU) == ["LOW-1"]
    assert cells(model, ReplenishmentModel.SELLABLE) == ["2"]
    assert cells(model, ReplenishmentModel.REORDER_POINT) == ["5"]
    assert cells(model, ReplenishmentModel.SUGGESTED) == ["10"]
    assert cells(model, ReplenishmentModel.SUPPLIER) == ["Acme"]
    assert "1 product" in panel.count_label.text()
    assert not panel.draft_button.isEnabled()  # nothing selected
    panel.table.selectAll()
    assert panel.draft_button.isEnabled()
    qtbot.mouseClick(panel.draft_button, Qt.MouseButton.LeftButton)
    drafted = purchasing_queries.list_purchase_orders(world.ctx, world.owner)
    assert len(drafted) == 1 and drafted[0].status == "draft"
    assert drafted[0].supplier_name == "Acme"
    detail = purchasing_queries.purchase_order_detail(world.ctx, world.owner, drafted[0].id)
    assert [(ln.sku, ln.ordered) for ln in detail.lines] == [("LOW-1", 10)]
    assert drafted[0].number in panel.notice.text()
    assert cells(model, ReplenishmentModel.ON_ORDER) == ["10"]  # still low, now on order

    # the draft shows on the Receiving tab, ready to be placed
    screen.tabs.setCurrentWidget(screen.receiving)
    assert cells(screen.receiving.orders_model, PurchaseOrdersModel.NUMBER) == [drafted[0].number]
    assert screen.receiving.place_button.isEnabled()
