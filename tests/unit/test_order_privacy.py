"""Members' personal data on their orders (MEM-1): an order for a member keeps no name,
phone, email or address of theirs in clear text (the recipient is sealed, bound to the
order); every reader opens it through one helper; a desk without the data key sees
masks and is refused shipping labels with the recovery-kit message; walk-in orders are
unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from merchant_app.errors import KnownError
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import DataKeyMissing
from merchant_app.services import (
    label_jobs,
    member_keys,
    members,
    order_documents,
    order_queries,
    orders,
    packing,
)
from merchant_app.services.context import AppContext
from merchant_app.services.members import MemberInput
from merchant_app.services.order_privacy import MASK, SEALED_PREFIX
from merchant_app.services.order_queries import OrderFilter
from merchant_app.services.orders import OrderDraft
from tests.factories import ShopWorld
from tests.unit.test_packing import TOOLS, approved_order, ean13, goods, pdf_text, scan_all

NAME = "Zebediah Quuxworth"
PHONE = "13977665544"
EMAIL = "zeb.quuxworth@example.org"
ADDRESS = "77 Marigold Lane, Quuxville"


def test_member_order_keeps_no_personal_data_in_clear(world: ShopWorld, tmp_path: Path) -> None:
    m = members.register_member(
        world.ctx, world.owner, MemberInput(name=NAME, phone=PHONE, email=EMAIL)
    )
    g = goods(world)
    plain = approved_order(world, g, name="Walk In")  # no member: stored as typed
    draft = OrderDraft(
        lines=(orders.LineInput(g.cup, 1),),
        member_id=m.id,
        customer_name=NAME,
        customer_phone=PHONE,
        ship_name=NAME,
        ship_phone=PHONE,
        ship_address=ADDRESS,
        delivery_method="carrier",
    )
    mine = orders.place_order(world.ctx, world.owner, draft)
    assert (mine.customer_name, mine.customer_phone) == ("", "")
    info = orders.get_order(world.ctx, world.owner, mine.id)
    assert (info.ship_name, info.ship_phone, info.ship_address) == (NAME, PHONE, ADDRESS)
    assert info.customer_name == "" and info.member_id == m.id
    assert orders.get_order(world.ctx, world.owner, plain.id).customer_name == "Walk In"

    # the order list finds it by the member's phone, email or name, shows the recipient
    for text in (PHONE, EMAIL, "Zebediah"):
        rows = order_queries.search_orders(world.ctx, world.owner, OrderFilter(text=text))
        assert mine.id in [r.id for r in rows], text
        row = next(r for r in rows if r.id == mine.id)
        assert row.customer_name == NAME
    # packing view, slip and shipping label
    from merchant_app.services import order_payments, order_steps
    from merchant_app.services.orders import PaymentInput

    order_payments.take_payment(
        world.ctx, world.owner, mine.id, [PaymentInput("card", mine.total_minor)]
    )
    order_steps.review(world.ctx, world.owner, mine.id, None)
    order_steps.approve(world.ctx, world.owner, mine.id, "SF")
    view = packing.open_for_packing(world.ctx, world.owner, mine.number)
    assert (view.ship_name, view.ship_phone, view.ship_address) == (NAME, PHONE, ADDRESS)
    scan_all(world, mine.id, [ean13(2)])
    result = packing.finish(world.ctx, world.owner, mine.id)
    assert result.shipped and result.label_pdf is not None
    job = label_jobs.shipping_labels(world.ctx, world.owner, "shipped", None, "pdf")
    assert job.labels >= 1
    if TOOLS:
        text = pdf_text(result.label_pdf, tmp_path, "label")
        assert "Zebediah" in text and "Marigold" in text
        assert "Zebediah" in pdf_text(result.packing_slip_pdf, tmp_path, "slip")
    exported = members.export_member(world.ctx, world.owner, m.id)
    assert ADDRESS in exported  # the member's own export opens their orders

    # another desk without the data key: masks, and labels need the recovery kit
    other = AppContext(
        world.ctx.db, MemoryKeyStore(), world.clock, world.ctx.shop_id, world.ctx.desk_id
    )
    hidden = orders.get_order(other, world.owner, mine.id)
    assert (hidden.ship_name, hidden.ship_address) == (MASK, MASK)
    with other.db.transaction() as s, pytest.raises(DataKeyMissing) as err:
        order_documents.shipping_label_data(s, mine.id)
    assert "recovery kit" in err.value.message
    with pytest.raises(KnownError):
        label_jobs.shipping_labels(other, world.owner, "shipped", None, "pdf")
    member_keys.install_data_key(
        other, world.owner, member_keys.export_data_key(world.ctx, world.owner)
    )
    assert orders.get_order(other, world.owner, mine.id).ship_name == NAME

    if world.ctx.db.dialect != "sqlite":
        return
    with world.ctx.db.transaction() as s:
        from sqlalchemy import text as sql

        stored = s.execute(
            sql("SELECT ship_address FROM sales_order WHERE id = :i"), {"i": mine.id}
        ).scalar_one()
        assert stored.startswith(SEALED_PREFIX)
    world.ctx.db.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("shop.sqlite3*"))
    assert b"Walk In" in raw  # the walk-in order is stored as typed
    for secret in (
        NAME,
        "Zebediah",
        "Quuxworth",
        PHONE,
        EMAIL,
        "zeb.quux",
        ADDRESS,
        "Marigold",
    ):
        assert secret.encode("utf-8") not in raw, secret
