"""The Members screen and the order-entry seam on real widgets and a real shop file:
register a member by keys, find them by phone in order entry, points appear after
payment and disappear after a full return; a scanned card opens the member; promotions
and tickets panels.  Screenshots go to /tmp/shots/members_*.png."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_app.gui.screens.members import MembersScreen
from merchant_app.gui.screens.members.promotions_editor import PromotionDialog
from merchant_app.gui.screens.members.register_dialog import MemberDialog
from merchant_app.gui.screens.members.tickets import TicketDialog
from merchant_app.gui.screens.orders.entry import OrderEntryPanel
from merchant_app.services import (
    aftersales,
    member_points,
    members,
    order_steps,
    promotions,
    service_tickets,
)
from merchant_app.services.aftersales import CaseLineInput
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput
from merchant_app.services.promotions import PromotionInput
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import add_product, main_location, put_stock

SHOTS = Path(os.environ.get("MERCHANT_SHOTS", "/tmp/shots"))


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"members_{name}.png"))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


def show(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_register_by_keys_then_find_in_order_entry_points_follow_the_order(
    qtbot,
    world: ShopWorld,  # type: ignore[no-untyped-def]
) -> None:
    pid = add_product(world, "MUG-1", cost_minor=1000, barcode="6901234567892")
    put_stock(world, pid, main_location(world), 10)
    dialog = show(qtbot, MemberDialog(world.ctx, world.owner))
    dialog.resize(dialog.sizeHint())
    qtbot.keyClicks(dialog.name, "Wang Fang")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.phone, "138 0013 8000")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.email, "fang@example.com")
    shot(dialog, "register")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result_member is not None
    card = dialog.result_member.card_number

    # a second registration with the same phone warns and offers "Register anyway"
    again = show(qtbot, MemberDialog(world.ctx, world.owner))
    qtbot.keyClicks(again.name, "Fang W")
    qtbot.keyClicks(again.phone, "13800138000")
    again.phone.editingFinished.emit()
    assert card in again.duplicate_label.text()
    again.buttons.button(again.buttons.StandardButton.Save).click()
    assert "already registered" in again.notice.text() and again.result_member is None
    again.close()

    panel = show(qtbot, OrderEntryPanel(world.ctx, world.owner))
    qtbot.keyClicks(panel.customer.lookup, "13800138000")
    assert panel.customer.popup.isVisible()
    qtbot.keyClick(panel.customer.lookup, Qt.Key.Key_Return)
    assert panel.customer.member is not None and panel.customer.member.card_number == card
    assert "138****8000" in panel.customer.member_label.text()
    panel.handle_scan("6901234567892")
    panel.handle_scan("6901234567892")  # 2 × 20.00
    cash = panel.add_payment()
    cash.amount.clear()
    qtbot.keyClicks(cash.amount, "40")
    info = panel.place_order()
    assert info is not None and info.member_id == dialog.result_member.id
    member_id = dialog.result_member.id
    assert member_points.balance(world.ctx, world.owner, member_id) == 40

    order_steps.review(world.ctx, world.owner, info.id)
    order_steps.approve(world.ctx, world.owner, info.id)
    order_steps.pack(world.ctx, world.owner, info.id, unverified_reason="test")
    order_steps.ship(world.ctx, world.owner, info.id)
    line = info.lines[0]
    aftersales.open_case(
        world.ctx, world.owner, info.id, "return", "all back",
        (CaseLineInput(line.id, 2, "restock"),), amount_minor=4000, method="cash",
    )  # fmt: skip
    assert member_points.balance(world.ctx, world.owner, member_id) == 0

    # a scanned card opens the member on the Members screen
    screen = show(qtbot, MembersScreen(world.ctx, world.owner))
    screen.refresh()
    assert screen.handle_scan(card)
    assert screen.detail.member is not None and screen.detail.member.card_number == card
    screen.detail.tabs.setCurrentIndex(1)
    assert screen.detail.points_model.rowCount() == 2  # earned, then reversed
    shot(screen, "screen")


def test_masked_for_a_clerk_and_reveal_is_audited(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    for n, name in enumerate(("Alice Wong", "Bob Li", "王小明", "Carol Chan")):
        data = MemberInput(
            name=name,
            phone=f"1390000{n:04d}",
            email=f"m{n}@ex.com",
            addresses=("1 Long Road, Shanghai",),
            tags=("vip",),
        )
        members.register_member(world.ctx, world.owner, data)
    clerk = world.add_user("clerk", "Sales clerk")
    screen = show(qtbot, MembersScreen(world.ctx, clerk))
    screen.refresh()
    assert screen.model.rowCount() == 4
    names = {screen.model.row_at(r).name for r in range(4)}
    assert "Alice W." in names and "王**" in names
    screen.table.selectRow(0)
    assert not screen.detail.reveal_action.isEnabled()
    assert "*" in screen.detail.fields["phone"].text()
    shot(screen, "masked")

    owner = show(qtbot, MembersScreen(world.ctx, world.owner))
    owner.refresh()
    qtbot.keyClicks(owner.search, "alice")
    owner._on_timer_timeout()
    assert owner.model.rowCount() == 1
    owner.table.selectRow(0)
    owner.detail.reveal_action.trigger()
    assert owner.detail.fields["email"].text() == "m0@ex.com"
    shot(owner, "detail")


def test_promotions_and_tickets_panels(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    pid = add_product(world, "TEA-1", cost_minor=2500)
    promotions.create_promotion(
        world.ctx,
        world.owner,
        PromotionInput(
            name="Spring: spend 300 save 50",
            kind="spend_save",
            threshold_minor=30000,
            amount_minor=5000,
            repeat=True,
        ),
    )
    promotions.create_promotion(
        world.ctx,
        world.owner,
        PromotionInput(
            name="Welcome coupon",
            kind="fixed",
            code="WELCOME10",
            amount_minor=1000,
            usage_limit=100,
            min_spend_minor=5000,
        ),
    )
    promotions.create_promotion(
        world.ctx,
        world.owner,
        PromotionInput(
            name="Tea for members", kind="member_price", product_id=pid, price_minor=4500
        ),
    )
    m = members.register_member(
        world.ctx, world.owner, MemberInput(name="Tess", phone="13700001111")
    )
    service_tickets.open_ticket(
        world.ctx,
        world.owner,
        kind="complaint",
        category="delivery",
        subject="Parcel arrived late",
        member_id=m.id,
        follow_up_at=world.clock(),
    )
    service_tickets.open_ticket(
        world.ctx,
        world.owner,
        kind="enquiry",
        category="product",
        subject="Is the tea organic?",
        member_id=m.id,
    )
    # the coupon applies in pricing (order entry wiring is a later step)
    result = promotions.price_for(world.ctx, world.owner, [LineInput(pid, 2)], m.id, ["welcome10"])
    assert result.coupons == ("WELCOME10",) and result.lines[0].unit_price_minor == 4500
    screen = show(qtbot, MembersScreen(world.ctx, world.owner))
    screen.refresh()
    screen.tabs.setCurrentIndex(1)
    assert screen.promotions.model.rowCount() == 3
    shot(screen, "promotions")
    screen.tabs.setCurrentIndex(2)
    assert screen.tickets.model.rowCount() == 2
    screen.tickets.filter.setCurrentIndex(1)
    assert screen.tickets.model.rowCount() == 1
    screen.tickets.filter.setCurrentIndex(0)
    shot(screen, "tickets")
    editor = show(
        qtbot, PromotionDialog(world.ctx, world.owner, None, screen.promotions.model.row_at(0))
    )
    editor.resize(editor.sizeHint())
    shot(editor, "promotion_editor")
    editor.close()
    ticket = show(qtbot, TicketDialog(world.ctx, world.owner, None, member_id=m.id))
    ticket.resize(ticket.sizeHint())
    qtbot.keyClicks(ticket.subject, "Wants a refund")
    shot(ticket, "ticket_dialog")
    ticket._on_buttons_accepted()
    assert len(service_tickets.list_tickets(world.ctx, world.owner, member_id=m.id)) == 3


def test_missing_key_says_recovery_kit(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    from merchant_app.security.keystore import MemoryKeyStore
    from merchant_app.services.context import AppContext

    members.register_member(world.ctx, world.owner, MemberInput(name="K", phone="13600000000"))
    other = AppContext(
        world.ctx.db, MemoryKeyStore(), world.clock, world.ctx.shop_id, world.ctx.desk_id
    )
    screen = show(qtbot, MembersScreen(other, world.owner))
    screen.refresh()
    assert "recovery kit" in screen.notice.text()
    shot(screen, "no_key")
