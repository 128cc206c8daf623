"""The order list and the order detail on real widgets and a real shop (SQLite file):
newest first, search as you type by number and phone, the state filter, the detail with
lines and history, review and approval through the buttons, cancelling with a reason
that gives the stock back, and a cash payment showing the change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from merchant_app.gui.screens.orders.order_detail import OrderDetailDialog, TakePaymentDialog
from merchant_app.gui.screens.orders.order_list import OrderListPanel
from merchant_app.services import order_steps, orders, stock
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def tee(world: ShopWorld) -> str:
    product = add_product(world, "TEE-1", barcode="6901234567892")
    put_stock(world, product, main_location(world), 50)
    return product


@pytest.fixture
def placed(world: ShopWorld, tee: str) -> list[OrderInfo]:
    out = []
    for name, phone in (
        ("Wang Fang", "13800138000"),
        ("Li Na", "13900139000"),
        ("Chen Jing", "13700137000"),
    ):
        world.clock.advance(hours=1)
        draft = OrderDraft(lines=(LineInput(tee, 2),), customer_name=name, customer_phone=phone)
        out.append(orders.place_order(world.ctx, world.owner, draft))
    return out


@pytest.fixture
def panel(qtbot, world: ShopWorld, placed: list[OrderInfo]) -> OrderListPanel:  # type: ignore[no-untyped-def]
    widget = OrderListPanel(world.ctx, world.owner)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    return widget


def _numbers(panel: OrderListPanel) -> list[str]:
    return [row.number for row in panel.model.loaded_rows()]


def _sellable(world: ShopWorld, product_id: str) -> int:
    return stock.levels(world.ctx, world.owner, product_id)[0].sellable


def _state(world: ShopWorld, order_id: str) -> str:
    return orders.get_order(world.ctx, world.owner, order_id).state


def test_the_list_shows_placed_orders_newest_first(
    qtmodeltester,  # type: ignore[no-untyped-def]
    panel: OrderListPanel,
    placed: list[OrderInfo],
) -> None:
    assert _numbers(panel) == [o.number for o in reversed(placed)]
    qtmodeltester.check(panel.model)
    top = panel.model.index(0, panel.model.CUSTOMER)
    assert panel.model.data(top) == "Chen Jing"
    assert panel.model.data(panel.model.index(0, panel.model.STATE)) == "Pending review"
    assert "3 order" in panel.count_label.text()


def test_typing_a_number_or_phone_finds_the_order(
    qtbot,  # type: ignore[no-untyped-def]
    panel: OrderListPanel,
    placed: list[OrderInfo],
) -> None:
    qtbot.keyClicks(panel.search, placed[1].number)
    qtbot.waitUntil(lambda: _numbers(panel) == [placed[1].number], timeout=2000)
    panel.search.clear()
    qtbot.keyClicks(panel.search, "138 0013 8000")
    qtbot.waitUntil(lambda: _numbers(panel) == [placed[0].number], timeout=2000)


def test_the_state_filter_narrows_the_list(
    world: ShopWorld, panel: OrderListPanel, placed: list[OrderInfo]
) -> None:
    order_steps.review(world.ctx, world.owner, placed[0].id)
    combo = panel.state_combo
    combo.setCurrentIndex(combo.findData("awaiting_warehouse"))
    assert _numbers(panel) == [placed[0].number]
    combo.setCurrentIndex(combo.findData("pending_review"))
    assert _numbers(panel) == [placed[2].number, placed[1].number]
    panel.clear_button.click()
    assert len(_numbers(panel)) == 3


def test_enter_in_the_search_opens_the_detail_with_lines_and_history(
    qtbot,  # type: ignore[no-untyped-def]
    qtmodeltester,  # type: ignore[no-untyped-def]
    panel: OrderListPanel,
    placed: list[OrderInfo],
) -> None:
    qtbot.keyClicks(panel.search, placed[0].number)
    with qtbot.waitSignal(panel.order_opened, timeout=2000) as opened:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert opened.args == [placed[0].id]
    dialog = panel.detail
    assert isinstance(dialog, OrderDetailDialog)
    assert dialog.lines_model.rowCount() == 1
    assert dialog.lines_model.text(0, 1) == "TEE-1"
    assert dialog.history_model.text(0, 2) == "Placed"
    for model in (dialog.lines_model, dialog.payments_model, dialog.history_model):
        qtmodeltester.check(model)
    dialog.close()


def test_review_and_approve_through_the_buttons(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    world: ShopWorld,
    placed: list[OrderInfo],
) -> None:
    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, items: list[str], current: int, _e: bool):  # type: ignore[no-untyped-def]
        offered.append(items)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    order = placed[0]
    dialog = OrderDetailDialog(world.ctx, world.owner, order.id)
    qtbot.addWidget(dialog)
    assert "approve" not in dialog.buttons
    dialog.buttons["review"].click()
    assert offered and not any(item.split(" ")[0].endswith("-PACK") for item in offered[0])
    assert _state(world, order.id) == "awaiting_warehouse"
    assert "review" not in dialog.buttons
    dialog.buttons["approve"].click()
    info = orders.get_order(world.ctx, world.owner, order.id)
    assert info.state == "warehouse_approved" and info.tracking_number
    assert "Approved" in dialog.notice.text()
    whats = [dialog.history_model.text(i, 2) for i in range(dialog.history_model.rowCount())]
    assert whats == ["Placed", "Reviewed", "Approved for warehouse"]
    assert info.tracking_number in dialog.history_model.text(2, 5)


def test_cancel_asks_a_reason_and_gives_the_stock_back(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    world: ShopWorld,
    tee: str,
    placed: list[OrderInfo],
) -> None:
    answers = iter([("", True), ("Customer changed their mind", True)])
    asked: list[str] = []

    def ask(_parent: Any, title: str, _label: str, *_a: Any, **_k: Any):  # type: ignore[no-untyped-def]
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    order = placed[0]
    before = _sellable(world, tee)
    dialog = OrderDetailDialog(world.ctx, world.owner, order.id)
    qtbot.addWidget(dialog)
    dialog.buttons["cancel"].click()  # an empty reason is refused, nothing changes
    assert "reason" in dialog.notice.text().lower()
    assert _state(world, order.id) == "pending_review"
    dialog.buttons["cancel"].click()
    assert asked == [f"Cancel order {order.number}"] * 2
    assert _state(world, order.id) == "cancelled"
    assert _sellable(world, tee) == before + 2
    assert "cancel" not in dialog.buttons
    assert dialog.history_model.text(1, 4) == "Customer changed their mind"


def test_a_cash_payment_shows_the_change(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    placed: list[OrderInfo],
) -> None:
    order = placed[0]
    detail = OrderDetailDialog(world.ctx, world.owner, order.id)
    qtbot.addWidget(detail)
    dialog = TakePaymentDialog(world.ctx, world.owner, detail.order, "CNY", detail)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    total = order.total_minor
    dialog.tendered.setText(f"{(total + 1000) / 100:.2f}")
    assert dialog.change_minor() == 1000
    assert "10.00" in dialog.change.text()
    dialog.accept()
    assert dialog.result_order is not None
    assert dialog.result_order.payment_status == "paid"
    assert dialog.result_order.payments[-1].change_minor == 1000
