"""Members in order entry (MEM-4): a registered member found by phone, promotions
applied as the order is typed with the reasons shown, a coupon typed (or scanned) and
counted in the order's own transaction, points earned on payment and taken back by a
full return; a coupon used up meanwhile refuses the order with nothing written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from merchant_app.errors import Conflict
from merchant_app.gui.screens.orders.entry import OrderEntryPanel
from merchant_app.models import Promotion, SalesOrder
from merchant_app.services import (
    aftersales,
    member_points,
    members,
    order_steps,
    orders,
    promotions,
)
from merchant_app.services.aftersales import CaseLineInput
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput, OrderDraft
from merchant_app.services.promotions import PromotionInput
from tests.gui.test_order_entry import Shop, open_panel, shop  # noqa: F401  (fixture)

PHONE = "13912340000"


def _setup(shop: Shop) -> str:  # noqa: F811
    w = shop.world
    promotions.create_promotion(
        w.ctx,
        w.owner,
        PromotionInput("Spend 200 save 20", "spend_save", amount_minor=2000, threshold_minor=20000),
    )
    promotions.create_promotion(
        w.ctx,
        w.owner,
        PromotionInput("Five off", "fixed", code="SAVE5", amount_minor=500, usage_limit=1),
    )
    return members.register_member(w.ctx, w.owner, MemberInput(name="Mia Member", phone=PHONE)).id


def _find_member(qtbot, panel: OrderEntryPanel) -> None:  # type: ignore[no-untyped-def]
    panel.customer.focus_lookup()
    qtbot.keyClicks(panel.customer.lookup, PHONE)
    qtbot.keyClick(panel.customer.lookup, Qt.Key.Key_Return)


def test_member_coupon_points_and_full_return(qtbot, shop: Shop) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    member_id = _setup(shop)
    w = shop.world
    panel = open_panel(qtbot, shop)
    _find_member(qtbot, panel)
    assert panel.customer.member is not None and panel.customer.member.id == member_id
    for _ in range(5):  # TEA-1 at 50.00: 250.00 reaches "spend 200 save 20"
        panel.handle_scan(shop.code("TEA-1"))
    panel.coupon.setFocus()
    qtbot.keyClicks(panel.coupon, "save5")
    qtbot.keyClick(panel.coupon, Qt.Key.Key_Return)
    panel.refresh_quote()
    reasons = panel.totals.reasons.text()
    assert "Spend 200 save 20" in reasons and "SAVE5" in reasons, reasons
    assert panel.totals.text_of("total") == panel.totals.text_of("total")  # shown
    assert panel._quote is not None and panel._quote.total_minor == 25000 - 2000 - 500
    panel.resize(1280, 800)
    panel.grab().save("/tmp/shots/order_entry_member_coupon.png")
    panel.add_payment()
    info = panel.place_order()
    assert info is not None, panel.notice.text() if hasattr(panel.notice, "text") else ""
    assert info.discount_minor == 2500 and info.member_id == member_id
    assert info.customer_name == "" and info.customer_phone == ""  # nothing in clear
    with w.ctx.db.transaction() as s:
        assert s.scalar(select(Promotion.used_count).where(Promotion.code == "SAVE5")) == 1
    points = member_points.balance(w.ctx, w.owner, member_id)
    assert points > 0  # earned on payment
    order_steps.review(w.ctx, w.owner, info.id)
    order_steps.approve(w.ctx, w.owner, info.id)
    order_steps.pack(w.ctx, w.owner, info.id, unverified_reason="test")
    order_steps.ship(w.ctx, w.owner, info.id)
    line = info.lines[0]
    aftersales.open_case(
        w.ctx, w.owner, info.id, "return", "all", (CaseLineInput(line.id, 5, "restock"),)
    )
    assert member_points.balance(w.ctx, w.owner, member_id) == 0  # taken back


def test_a_coupon_used_up_meanwhile_refuses_the_order(qtbot, shop: Shop) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    member_id = _setup(shop)
    w = shop.world
    panel = open_panel(qtbot, shop)
    _find_member(qtbot, panel)
    panel.handle_scan(shop.code("TEA-1"))
    panel.handle_scan("SAVE5")  # a scanned coupon goes into the coupon field
    assert panel.coupon.text() == "SAVE5"
    panel.refresh_quote()
    assert "SAVE5" in panel.totals.reasons.text()
    # another desk uses the last use meanwhile
    orders.place_order(
        w.ctx,
        w.owner,
        OrderDraft(lines=(LineInput(shop.ids["MUG-1"], 1),), coupon_codes=("SAVE5",)),
    )
    with w.ctx.db.transaction() as s:
        before = s.scalar(select(func.count()).select_from(SalesOrder))
    draft = panel.draft()
    assert draft.coupon_codes == ()  # re-priced: the coupon no longer applies
    # placing with the stale draft: the conditional UPDATE refuses, nothing is written
    stale = OrderDraft(lines=draft.lines, member_id=member_id, coupon_codes=("SAVE5",))
    with pytest.raises(Conflict) as err:
        orders.place_order(w.ctx, w.owner, stale)
    assert "used up" in err.value.message
    with w.ctx.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == before
    panel.refresh_quote()  # the panel now says why the coupon is refused
    assert "used up" in panel.totals.note.text()
