"""Order entry on real widgets and a real shop file: scans add and increment, unknown
codes and over-stock are refused, search as you type, line editing by keys, an order
placed by keys only with cash tendered, and a discount beyond the floor approved by a
manager at the desk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from merchant_app.gui.screens.orders import entry as entry_module
from merchant_app.gui.screens.orders.entry import OrderEntryPanel
from merchant_app.gui.screens.orders.entry_approval import ManagerApprovalDialog
from merchant_app.gui.screens.orders.entry_model import OrderLinesModel
from merchant_app.gui.widgets import NoticeBar
from merchant_app.services import audit, member_lookup, orders, stock
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock

# sku -> (barcode, cost (the price is twice the cost), stock, allows backorders)
PRODUCTS = {
    "MUG-1": ("6901234567892", 1000, 5, False),
    "TEA-1": ("6901234567908", 2500, 10, False),
    "LAST-1": ("6901234567915", 500, 1, False),
    "PRE-1": ("6901234567922", 3000, 0, True),
}


class Shop:
    """The test shop: the world and each product's id by SKU."""

    def __init__(self, world: ShopWorld) -> None:
        self.world = world
        self.ids: dict[str, str] = {}
        main = main_location(world)
        for sku, (code, cost, qty, backorder) in PRODUCTS.items():
            pid = add_product(world, sku, cost_minor=cost, barcode=code, allow_backorder=backorder)
            if qty:
                put_stock(world, pid, main, qty)
            self.ids[sku] = pid

    def code(self, sku: str) -> str:
        return PRODUCTS[sku][0]


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    world = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield Shop(world)
    world.ctx.db.dispose()


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def open_panel(qtbot, shop: Shop, actor=None) -> OrderEntryPanel:  # type: ignore[no-untyped-def]
    panel = OrderEntryPanel(shop.world.ctx, actor or shop.world.owner)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.search.setFocus()
    return panel


@pytest.fixture
def panel(qtbot, shop: Shop) -> OrderEntryPanel:  # type: ignore[no-untyped-def]
    return open_panel(qtbot, shop)


def quantities(panel: OrderEntryPanel) -> dict[str, int]:
    return {ln.sku: ln.quantity for ln in panel.model.lines()}


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the deferred re-quote run."""
    qtbot.wait(1)
    QApplication.processEvents()


# ---------------------------------------------------------------------------- scans


def test_scans_add_a_line_then_increase_it(shop: Shop, panel: OrderEntryPanel) -> None:
    panel.handle_scan(shop.code("MUG-1"))
    panel.handle_scan(shop.code("TEA-1"))
    panel.handle_scan(shop.code("MUG-1"))
    panel.handle_scan("tea-1")  # an exact SKU (any case) works like its barcode
    assert quantities(panel) == {"MUG-1": 2, "TEA-1": 2}
    assert [ln.sku for ln in panel.model.lines()] == ["MUG-1", "TEA-1"]
    assert panel.table.currentIndex().row() == 1  # the line just scanned is current
    line = panel.model.line_at(0)
    assert line is not None and line.price_minor == 2000 and line.sellable == 5


def test_a_scan_lands_on_the_order_wherever_the_focus_is(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    panel.customer.name.setFocus()
    qtbot.keyClicks(panel.customer.name, "Li")
    panel.handle_scan(shop.code("TEA-1"))
    assert quantities(panel) == {"TEA-1": 1}
    assert panel.customer.name.text() == "Li"


def test_an_unknown_code_is_refused_and_adds_nothing(
    shop: Shop, panel: OrderEntryPanel, beeps: list[int]
) -> None:
    panel.handle_scan(shop.code("MUG-1"))
    panel.handle_scan("2999999999998")
    assert quantities(panel) == {"MUG-1": 1}
    assert panel.notice.level == NoticeBar.ERROR
    assert "No product or member has the code 2999999999998" in panel.notice.text()
    assert beeps == [1]
    panel.handle_scan(shop.code("MUG-1"))  # the next good scan clears the red notice
    assert panel.notice.text() == ""


def test_more_than_the_sellable_stock_is_refused_naming_the_product(
    shop: Shop, panel: OrderEntryPanel, beeps: list[int]
) -> None:
    panel.handle_scan(shop.code("LAST-1"))
    panel.handle_scan(shop.code("LAST-1"))
    assert quantities(panel) == {"LAST-1": 1}
    text = panel.notice.text()
    assert "LAST-1" in text and "1 available" in text and "2 asked" in text
    assert beeps == [1]
    # typing a quantity over the stock is refused the same way
    row = panel.model.row_of(shop.ids["MUG-1"])
    assert row == -1
    panel.handle_scan(shop.code("MUG-1"))
    row = panel.model.row_of(shop.ids["MUG-1"])
    index = panel.model.index(row, OrderLinesModel.QTY)
    assert panel.model.setData(index, 9) is False
    assert "MUG-1" in panel.notice.text() and "5 available" in panel.notice.text()
    assert quantities(panel)["MUG-1"] == 1


def test_stock_taken_by_another_desk_is_noticed_before_refusing(
    shop: Shop, panel: OrderEntryPanel
) -> None:
    panel.handle_scan(shop.code("MUG-1"))
    with shop.world.ctx.db.transaction() as s:  # another desk reserves 4 of the 5
        stock.reserve(s, shop.ids["MUG-1"], main_location(shop.world), 4)
    panel.handle_scan(shop.code("MUG-1"))
    assert quantities(panel) == {"MUG-1": 1}
    assert "1 available" in panel.notice.text()


def test_a_product_not_on_sale_is_refused(
    shop: Shop, panel: OrderEntryPanel, beeps: list[int]
) -> None:
    add_product(shop.world, "OLD-1", barcode="6901234567939", status="draft")
    panel.handle_scan("6901234567939")
    assert panel.model.rowCount() == 0
    assert "OLD-1" in panel.notice.text() and "not on sale" in panel.notice.text()
    assert beeps == [1]


def test_a_backorder_product_may_go_beyond_its_stock(shop: Shop, panel: OrderEntryPanel) -> None:
    for _ in range(3):
        panel.handle_scan(shop.code("PRE-1"))
    assert quantities(panel) == {"PRE-1": 3}
    index = panel.model.index(0, OrderLinesModel.SELLABLE)
    assert "backorder" in panel.model.data(index)
    assert panel.notice.level != NoticeBar.ERROR or not panel.notice.text()


# ---------------------------------------------------------------------------- search


def test_search_as_you_type_then_keys_add_the_product(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    qtbot.keyClicks(panel.search, "product")
    assert panel.popup.isVisible()
    skus = [panel.popup_model.record_at(r).sku for r in range(panel.popup_model.rowCount())]
    assert skus == sorted(PRODUCTS)
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    chosen = panel.popup.current_record().sku
    assert chosen == skus[2]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert quantities(panel) == {chosen: 1}
    assert panel.search.text() == "" and not panel.popup.isVisible()
    # Esc closes the list and adds nothing
    qtbot.keyClicks(panel.search, "tea")
    assert panel.popup.isVisible()
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert not panel.popup.isVisible()
    assert quantities(panel) == {chosen: 1}


def test_an_exact_sku_typed_and_enter_adds_it_directly(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    qtbot.keyClicks(panel.search, "TEA-1")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.search, "tea-1")
    qtbot.keyClick(panel.search, Qt.Key.Key_Enter)
    assert quantities(panel) == {"TEA-1": 2}
    qtbot.keyClicks(panel.search, "nothing-like-this")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert quantities(panel) == {"TEA-1": 2}
    assert "nothing-like-this" in panel.notice.text()


# ---------------------------------------------------------------------------- lines


def test_quantity_and_discount_are_edited_by_keys(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    panel.handle_scan(shop.code("MUG-1"))
    panel.handle_scan(shop.code("TEA-1"))
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, OrderLinesModel.QTY))
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Minus)
    assert quantities(panel) == {"MUG-1": 2, "TEA-1": 1}
    # with the search empty, + and - work on the current line from there too
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Plus)
    assert quantities(panel)["MUG-1"] == 3 and panel.search.text() == ""
    # F3 edits the current line's discount
    qtbot.keyClick(panel.search, Qt.Key.Key_F3)
    assert panel.table.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "5.50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot)  # the delegate commits after the editor had the key
    line = panel.model.line_at(0)
    assert line is not None and line.discount_minor == 550
    assert line.total_minor == 3 * 2000 - 550
    # a discount above the line's value is refused
    assert not panel.model.setData(panel.model.index(0, OrderLinesModel.DISCOUNT), "99999")
    assert "MUG-1" in panel.notice.text()
    # Delete removes the current line
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, OrderLinesModel.QTY))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert quantities(panel) == {"MUG-1": 3}
    settle(qtbot)
    assert panel.totals.text_of("total") == "¥54.50"


def test_the_lines_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    for sku in ("MUG-1", "TEA-1", "PRE-1", "TEA-1"):
        panel.handle_scan(shop.code(sku))
    qtmodeltester.check(panel.model)
    panel.model.set_quantity(0, 3)
    panel.model.remove(1)
    qtmodeltester.check(panel.model)
    panel.search.setText("product")
    qtmodeltester.check(panel.popup_model)


# ---------------------------------------------------------------------------- placing


def test_an_order_placed_by_keys_only_with_cash_tendered(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    panel.handle_scan(shop.code("MUG-1"))
    panel.handle_scan(shop.code("MUG-1"))
    panel.handle_scan(shop.code("TEA-1"))
    qtbot.keyClick(panel.search, Qt.Key.Key_F4)
    assert QApplication.focusWidget() is panel.customer.lookup
    qtbot.keyClick(panel.customer.lookup, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.customer.name
    qtbot.keyClicks(panel.customer.name, "Li Wei")
    qtbot.keyClick(panel.customer.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.customer.phone, "13800138000")
    qtbot.keyClick(panel.customer.phone, Qt.Key.Key_F9)
    assert len(panel.payment.rows) == 1
    row = panel.payment.rows[0]
    assert row.method_code == "cash" and row.amount.text() == "90.00"  # what is owed
    assert QApplication.focusWidget() is row.tendered
    qtbot.keyClicks(row.tendered, "100")
    assert panel.totals.text_of("change") == "¥10.00"
    assert panel.totals.text_of("paid") == "¥90.00"
    with qtbot.waitSignal(panel.order_placed) as placed:
        qtbot.keyClick(row.tendered, Qt.Key.Key_F12)
    info = placed.args[0]
    assert panel.notice.level == NoticeBar.SUCCESS
    assert info.number in panel.notice.text() and "¥10.00" in panel.notice.text()
    # the form is empty for the next customer, the cursor back in the search
    assert panel.model.rowCount() == 0 and not panel.payment.rows
    assert panel.customer.name.text() == ""
    assert QApplication.focusWidget() is panel.search
    saved = orders.get_order(shop.world.ctx, shop.world.owner, info.id)
    assert [(ln.sku, ln.quantity, ln.total_minor) for ln in saved.lines] == [
        ("MUG-1", 2, 4000),
        ("TEA-1", 1, 5000),
    ]
    assert saved.customer_name == "Li Wei" and saved.customer_phone == "13800138000"
    assert saved.state == "pending_review" and saved.payment_status == "paid"
    [pay] = saved.payments
    assert (pay.method, pay.amount_minor, pay.tendered_minor, pay.change_minor) == (
        "cash",
        9000,
        10000,
        1000,
    )
    levels = stock.levels(shop.world.ctx, shop.world.owner, shop.ids["MUG-1"])
    assert [(lv.on_hand, lv.reserved) for lv in levels] == [(5, 2)]


def test_a_partial_split_payment_leaves_the_order_part_paid(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    panel.handle_scan(shop.code("TEA-1"))
    panel.handle_scan(shop.code("TEA-1"))  # ¥100.00
    card = panel.add_payment()
    card.method.setCurrentIndex(card.method.findData("card"))
    card.amount.clear()
    qtbot.keyClicks(card.amount, "30")
    cash = panel.add_payment()
    assert cash.method_code == "cash"
    assert cash.amount.text() == "70.00"  # prefilled with the rest
    cash.amount.clear()
    qtbot.keyClicks(cash.amount, "20")
    info = panel.place_order()
    assert info is not None
    assert info.paid_minor == 5000 and info.payment_status == "partial"
    assert sorted((p.method, p.amount_minor) for p in info.payments) == [
        ("card", 3000),
        ("cash", 2000),
    ]


def test_store_credit_needs_a_member(shop: Shop, panel: OrderEntryPanel) -> None:
    panel.handle_scan(shop.code("TEA-1"))
    row = panel.add_payment()
    model = row.method.model()
    credit = row.method.findData("store_credit")
    assert not model.item(credit).isEnabled()
    panel.customer.set_member(member_lookup.MemberRef("m1", "Wang Fang", "138****8000", "C-1"))
    assert model.item(credit).isEnabled()
    panel.customer.set_member(None)
    assert not model.item(credit).isEnabled()


def test_a_refusal_keeps_everything_on_screen(qtbot, shop: Shop, panel: OrderEntryPanel) -> None:  # type: ignore[no-untyped-def]
    panel.handle_scan(shop.code("MUG-1"))
    panel.customer.name.setText("Li Wei")
    panel.delivery.method.setCurrentIndex(panel.delivery.method.findData("carrier"))
    assert panel.place_order() is None  # a carrier needs an address
    assert "address" in panel.notice.text()
    assert quantities(panel) == {"MUG-1": 1} and panel.customer.name.text() == "Li Wei"
    panel.delivery.address.setPlainText("88 Nanjing Rd, Shanghai")
    with qtbot.waitSignal(panel.order_placed) as placed:  # Ctrl+Enter places too
        qtbot.keyClick(panel.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    info = placed.args[0]
    assert info.ship_name == "Li Wei"  # the customer receives it
    assert info.delivery_method == "carrier" and info.shipping_fee_minor == 800


def test_delivery_fee_is_quoted_and_can_be_typed_over(
    qtbot,  # type: ignore[no-untyped-def]
    shop: Shop,
    panel: OrderEntryPanel,
) -> None:
    panel.handle_scan(shop.code("MUG-1"))
    panel.delivery.method.setCurrentIndex(panel.delivery.method.findData("carrier"))
    panel.delivery.zone.setEditText("remote")
    settle(qtbot)
    assert panel.totals.text_of("shipping") == "¥23.00"  # 8.00 + 15.00 remote
    assert panel.totals.text_of("extras") == "¥1.00"  # packaging
    panel.delivery.fee_override.setText("5")
    settle(qtbot)
    assert panel.totals.text_of("shipping") == "¥5.00"
    assert panel.totals.text_of("total") == "¥26.00"


def test_a_discount_beyond_the_floor_is_approved_by_a_manager(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    shop: Shop,
) -> None:
    clerk = shop.world.add_user("clerk", "Sales clerk")
    shop.world.add_user("boss", "Manager", password="boss-pass-1")
    panel = open_panel(qtbot, shop, clerk)
    panel.handle_scan(shop.code("TEA-1"))
    panel.order_discount.setText("25")  # half off: beyond the 20 % floor
    settle(qtbot)
    assert "manager" in panel.totals.note.text()
    asked: list[str] = []

    def refuse(reason: str, parent=None):  # type: ignore[no-untyped-def]
        asked.append(reason)
        return None

    monkeypatch.setattr(ManagerApprovalDialog, "ask", staticmethod(refuse))
    assert panel.place_order() is None
    assert asked and "50.0 %" in asked[0]
    assert quantities(panel) == {"TEA-1": 1} and panel.order_discount.text() == "25"
    monkeypatch.setattr(
        ManagerApprovalDialog, "ask", staticmethod(lambda *_a, **_k: ("clerk", "pass-word-1"))
    )
    assert panel.place_order() is None  # a clerk cannot approve
    assert "Clerk" in panel.notice.text()
    monkeypatch.setattr(
        ManagerApprovalDialog, "ask", staticmethod(lambda *_a, **_k: ("boss", "boss-pass-1"))
    )
    info = panel.place_order()
    assert info is not None and info.discount_minor == 2500 and info.total_minor == 2500
    entries = audit.list_entries(shop.world.ctx, shop.world.owner, text="discount_override")
    assert [(e.action, e.actor_login) for e in entries] == [("order.discount_override", "boss")]


def test_no_member_matches(qtbot, shop: Shop, panel: OrderEntryPanel) -> None:  # type: ignore[no-untyped-def]
    # members are set up (services/members.py); finding and scanning them is tested in
    # tests/gui/test_members_screen.py
    assert member_lookup.find_members(shop.world.ctx, shop.world.owner, "Wang") == []
    assert member_lookup.find_by_card(shop.world.ctx, shop.world.owner, "C-1") is None
    qtbot.keyClicks(panel.customer.lookup, "Wang")
    assert "No member matches" in panel.customer.hint.text()
    assert not panel.customer.popup.isVisible()


def test_currency_comes_from_the_shop(shop: Shop, panel: OrderEntryPanel) -> None:
    assert panel.currency == "CNY"
    assert entry_module.shop_currency(shop.world.ctx, None) == "CNY"
