"""End-of-day settlement (ORD-5) on SQLite and PostgreSQL: expected per method is
payments minus refunds of this desk, settling marks exactly the payments read, the
differences are counted − expected, and the report PDF says so."""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from merchant_app.errors import Conflict, InvalidInput, NotPermitted
from merchant_app.models import Payment, Settlement
from merchant_app.services import order_payments, orders, settlement
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo, PaymentInput
from merchant_app.services.permissions import FINANCE, SALES_CLERK
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

_skus = itertools.count(1)


def sale(world: ShopWorld, *payments: PaymentInput) -> OrderInfo:
    """An order worth the payments' sum (one product at that price), paid by them."""
    total = sum(p.amount_minor for p in payments) or 100
    pid = add_product(world, f"ST-{next(_skus)}")
    put_stock(world, pid, main_location(world), 5)
    draft = OrderDraft(lines=(LineInput(pid, 1, total),))
    world.clock.advance(seconds=10)
    return orders.place_order(world.ctx, world.owner, draft, payments)


def settled_ids(world: ShopWorld, settlement_id: str) -> set[str]:
    with world.ctx.db.transaction() as s:
        return set(s.scalars(select(Payment.id).where(Payment.settlement_id == settlement_id)))


def test_preview_is_payments_minus_refunds_per_method(world: ShopWorld) -> None:
    a = sale(world, PaymentInput("cash", 1000, tendered_minor=2000), PaymentInput("card", 500))
    sale(world, PaymentInput("card", 700))
    order_payments.refund(world.ctx, world.owner, a.id, "cash", 300, "one back")

    pre = settlement.preview(world.ctx, world.owner)

    figures = {
        m.method: (m.taken_minor, m.refunded_minor, m.expected_minor, m.count) for m in pre.methods
    }
    assert figures == {"cash": (1000, 300, 700, 2), "card": (1200, 0, 1200, 2)}
    assert pre.desk_code == "D01" and len(pre.payment_ids) == 4
    assert pre.expected("wallet") == 0


def test_settle_marks_exactly_the_payments_read_and_keeps_the_figures(world: ShopWorld) -> None:
    sale(world, PaymentInput("cash", 1000))
    sale(world, PaymentInput("card", 400))
    pre = settlement.preview(world.ctx, world.owner)
    late = sale(world, PaymentInput("cash", 50))  # taken while the drawer is counted

    done = settlement.settle(
        world.ctx, world.owner, {"cash": 990}, "till short", payment_ids=pre.payment_ids
    )

    assert settled_ids(world, done.id) == set(pre.payment_ids)
    assert done.payments_count == 2 and done.number.startswith("D01-")
    cash, card = done.line("cash"), done.line("card")
    assert cash is not None and card is not None
    assert (cash.expected_minor, cash.counted_minor, cash.difference_minor) == (1000, 990, -10)
    assert (card.expected_minor, card.counted_minor, card.difference_minor) == (400, 400, 0)
    with world.ctx.db.transaction() as s:
        row = s.get(Settlement, done.id)
        assert row is not None
        assert json.loads(row.figures) == {"cash": [1000, 990], "card": [400, 400]}
    # the payment taken meanwhile is counted next time
    nxt = settlement.preview(world.ctx, world.owner)
    assert list(nxt.payment_ids) == [late.payments[0].id]
    assert nxt.expected("cash") == 50


def test_settling_twice_the_same_payments_is_refused(world: ShopWorld) -> None:
    sale(world, PaymentInput("cash", 100))
    pre = settlement.preview(world.ctx, world.owner)
    settlement.settle(world.ctx, world.owner, {"cash": 100}, payment_ids=pre.payment_ids)
    with pytest.raises(Conflict):
        settlement.settle(world.ctx, world.owner, {"cash": 100}, payment_ids=pre.payment_ids)
    assert len(settlement.list_settlements(world.ctx, world.owner)) == 1


def test_without_ids_it_settles_what_it_reads(world: ShopWorld) -> None:
    sale(world, PaymentInput("cash", 100))
    sale(world, PaymentInput("wallet", 80))
    done = settlement.settle(world.ctx, world.owner, {"cash": 120, "wallet": 80})
    assert done.payments_count == 2
    assert done.line("cash").difference_minor == 20  # type: ignore[union-attr]
    assert settlement.preview(world.ctx, world.owner).payment_ids == ()


def test_counted_cash_is_required_and_checked(world: ShopWorld) -> None:
    sale(world, PaymentInput("cash", 100))
    for counted in ({}, {"card": 5}, {"cash": -1}, {"cash": 10, "bitcoin": 1}, {"cash": "10"}):
        with pytest.raises(InvalidInput):
            settlement.settle(world.ctx, world.owner, counted)  # type: ignore[arg-type]
    assert settlement.list_settlements(world.ctx, world.owner) == []


def test_needs_the_settlement_permission(world: ShopWorld) -> None:
    clerk = world.add_user("clerk", SALES_CLERK)
    with pytest.raises(NotPermitted):
        settlement.preview(world.ctx, clerk)
    finance = world.add_user("fin", FINANCE)
    assert settlement.settle(world.ctx, finance, {"cash": 0}).payments_count == 0


def test_the_report_pdf_shows_expected_counted_and_difference(
    world: ShopWorld, tmp_path: Path
) -> None:
    sale(world, PaymentInput("cash", 1000))
    sale(world, PaymentInput("card", 250))
    done = settlement.settle(world.ctx, world.owner, {"cash": 985})

    pdf = settlement.report_pdf(world.ctx, world.owner, done.id)

    assert pdf.startswith(b"%PDF")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert done.number in text and "D01" in text
    assert "CNY 10.00" in text and "CNY 9.85" in text and "-CNY 0.15" in text
    assert "Card" in text and "CNY 2.50" in text
    data = settlement.report_data(world.ctx, world.owner, done.id, money=str)
    assert [(r.method, r.expected, r.counted, r.difference) for r in data.rows] == [
        ("Cash", "1000", "985", "-15"),
        ("Card", "250", "250", "0"),
    ]
