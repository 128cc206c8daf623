"""The after-sales and settlement panels on a real shop (SQLite file): a return case
opened by scanning the order number, a case closed with its resolution, and a
settlement with a cash difference whose report is saved as PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from merchant_app.gui.screens.orders.aftersales import (
    AfterSalesPanel,
    CasesModel,
    NewCaseDialog,
)
from merchant_app.gui.screens.orders.settlement import SettlementPanel, SettlementsModel
from merchant_app.services import aftersales, order_payments, order_steps, orders, settlement, stock
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo, PaymentInput
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock

SHOTS = Path("/tmp/shots")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


def shipped_order(
    world: ShopWorld, sku: str, qty: int, cash: int, method: str = "cash"
) -> OrderInfo:
    pid = add_product(world, sku)
    put_stock(world, pid, main_location(world), 10)
    draft = OrderDraft(lines=(LineInput(pid, qty, cash // qty),), customer_name="Lin Mei")
    info = orders.place_order(world.ctx, world.owner, draft, (PaymentInput(method, cash),))
    order_steps.review(world.ctx, world.owner, info.id)
    order_steps.approve(world.ctx, world.owner, info.id)
    order_steps.pack(world.ctx, world.owner, info.id, unverified_reason="test")
    world.clock.advance(minutes=1)
    return order_steps.ship(world.ctx, world.owner, info.id)


def on_hand(world: ShopWorld, product_id: str) -> int:
    return sum(r.on_hand for r in stock.levels(world.ctx, world.owner, product_id))


def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_models_pass_the_model_tester(qtmodeltester, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    order = shipped_order(world, "M-1", 2, 400)
    aftersales.open_case(world.ctx, world.owner, order.id, "delivery_exception", "late", (), "late")
    cases = CasesModel()
    cases.set_query(
        lambda after, n: aftersales.list_cases(world.ctx, world.owner, after=after, limit=n)
    )
    qtmodeltester.check(cases)
    settlement.settle(world.ctx, world.owner, {"cash": 390})
    past = SettlementsModel()
    past.set_rows(settlement.list_settlements(world.ctx, world.owner))
    qtmodeltester.check(past)


def test_a_scanned_order_number_opens_a_return_case(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    order = shipped_order(world, "RET-1", 3, 600)
    world.clock.advance(minutes=1)
    other = shipped_order(world, "EXC-1", 1, 300)
    aftersales.open_case(
        world.ctx, world.owner, other.id, "delivery_exception", "Box crushed", (), "damaged"
    )
    product_id = order.lines[0].product_id
    before = on_hand(world, product_id)
    panel = AfterSalesPanel(world.ctx, world.owner)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.refresh()
    assert panel.model.rowCount() == 1

    panel.handle_scan(order.number)

    dialog = panel.new_dialog
    assert isinstance(dialog, NewCaseDialog) and dialog.order is not None
    assert dialog.order.id == order.id and dialog.lines.rowCount() == 1
    dialog.set_quantity(0, 2, "restock")
    dialog.reason_edit.setPlainText("Wrong size")
    dialog.amount_edit.setText("4.00")
    dialog.resize(1280, 800)
    grab(dialog, "aftersales_new.png")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert panel.new_dialog is None
    assert on_hand(world, product_id) == before + 2
    again = orders.get_order(world.ctx, world.owner, order.id)
    assert again.lines[0].returned == 2 and again.paid_minor == 200
    assert panel.model.rowCount() == 2
    assert panel.case is not None and panel.case.kind == "return"
    assert "is open" in panel.notice.text()
    grab(panel, "aftersales.png")

    # start work, then close with a resolution (asked in a dialog)
    panel.progress_button.click()
    assert panel.case.status == "in_progress"


def test_an_unknown_scan_is_reported_in_the_dialog(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    panel = AfterSalesPanel(world.ctx, world.owner)
    qtbot.addWidget(panel)
    panel.show()
    panel.handle_scan("NOPE-1")
    assert panel.new_dialog is not None and panel.new_dialog.order is None
    assert "NOPE-1" in panel.new_dialog.notice.text()
    panel.new_dialog.reject()


def test_settle_with_a_cash_difference_and_save_the_report(  # type: ignore[no-untyped-def]
    qtbot, world: ShopWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped_order(world, "S-0", 1, 700)
    yesterday = settlement.settle(world.ctx, world.owner, {"cash": 700})
    world.clock.advance(hours=20)
    shipped_order(world, "S-1", 1, 1000)
    shipped_order(world, "S-2", 2, 500)
    card = shipped_order(world, "S-3", 1, 900, "card")
    order_payments.refund(world.ctx, world.owner, card.id, "card", 100, "scratch")
    panel = SettlementPanel(world.ctx, world.owner)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.refresh()
    assert panel.preview is not None and panel.preview.expected("cash") == 1500
    assert not panel.settle_button.isEnabled()  # cash must be counted

    panel.set_counted("cash", "14.80")

    assert panel.settle_button.isEnabled()
    diff = panel.table.item(0, panel.DIFFERENCE)
    assert diff.text() == "-¥0.20" and diff.foreground().color().red() == 205
    assert "Short by" in panel.total_label.text()
    panel.note_edit.setText("a coin fell")
    grab(panel, "settlement.png")
    info = panel.settle()

    assert info is not None
    cash = info.line("cash")
    assert cash is not None and (cash.expected_minor, cash.counted_minor) == (1500, 1480)
    assert panel.preview.payment_ids == ()
    card_line = info.line("card")
    assert card_line is not None and card_line.counted_minor == card_line.expected_minor == 800
    assert panel.past_model.rowCount() == 2
    assert panel.past_model.row_at(1).id == yesterday.id  # type: ignore[union-attr]
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    panel.report_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Report saved" in panel.notice.text()
