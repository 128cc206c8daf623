"""The order list's search and filters (ORD-9) on SQLite and PostgreSQL: each kind of
search text, each filter, keyset paging without gaps or repeats, combined filters, and
bad input refused naming the field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from merchant_app.errors import InvalidInput
from merchant_app.models import Desk
from merchant_app.services import members, order_payments, order_queries, order_steps
from merchant_app.services.members import MemberInput
from merchant_app.services.order_queries import OrderFilter, OrderRow, search_orders
from merchant_app.services.orders import LineInput, OrderDraft, OrderInfo, PaymentInput, place_order
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock


@dataclass
class Shop:
    """A shop with two products in stock and a helper to place orders."""

    world: ShopWorld
    tee: str
    mug: str

    def place(
        self,
        name: str = "Wang Fang",
        phone: str = "13800138000",
        product: str = "",
        member: str | None = None,
        hours: float = 1,
    ) -> OrderInfo:
        self.world.clock.advance(hours=hours)
        return place_order(
            self.world.ctx,
            self.world.owner,
            OrderDraft(
                lines=(LineInput(product or self.tee, 1),),
                customer_name=name,
                customer_phone=phone,
                member_id=member,
            ),
        )


@pytest.fixture
def shop(world: ShopWorld) -> Shop:
    tee = add_product(world, "TEE-1", barcode="6901234567892")
    mug = add_product(world, "MUG-1")
    loc = main_location(world)
    put_stock(world, tee, loc, 500)
    put_stock(world, mug, loc, 500)
    return Shop(world, tee, mug)


def _find(shop: Shop, **kw: object) -> list[OrderRow]:
    return search_orders(shop.world.ctx, shop.world.owner, OrderFilter(**kw), None, 100)  # type: ignore[arg-type]


def _numbers(rows: list[OrderRow]) -> list[str]:
    return [r.number for r in rows]


def _all_pages(shop: Shop, flt: OrderFilter, size: int) -> list[OrderRow]:
    out: list[OrderRow] = []
    after = None
    for _ in range(100):
        page = search_orders(shop.world.ctx, shop.world.owner, flt, after, size)
        out.extend(page)
        if len(page) < size:
            return out
        after = page[-1].key
    raise AssertionError("paging never ended")


def test_lists_newest_first_with_the_row_facts(shop: Shop) -> None:
    a = shop.place("Wang Fang")
    b = shop.place("Li Na", product=shop.mug)
    rows = _find(shop)
    assert _numbers(rows) == [b.number, a.number]
    top = rows[0]
    assert (top.customer_name, top.state, top.payment_status) == (
        "Li Na",
        "pending_review",
        "unpaid",
    )
    assert top.total_minor == b.total_minor and top.lines_count == 1
    assert top.desk_code == "D01" and top.created_at == b.created_at


def test_search_by_order_number_exact_and_prefix(shop: Shop) -> None:
    orders = [shop.place() for _ in range(3)]
    assert _numbers(_find(shop, text=orders[1].number)) == [orders[1].number]
    assert _numbers(_find(shop, text=orders[1].number.lower())) == [orders[1].number]
    prefix = orders[0].number[:-1]  # D01-00000 matches all three
    assert set(_numbers(_find(shop, text=prefix))) == {o.number for o in orders}
    assert _find(shop, text="D09-") == []


def test_search_by_tracking_number(shop: Shop) -> None:
    order = shop.place()
    shop.place()
    ctx, owner = shop.world.ctx, shop.world.owner
    order_steps.review(ctx, owner, order.id)
    approved = order_steps.approve(ctx, owner, order.id)
    assert approved.tracking_number
    assert _numbers(_find(shop, text=approved.tracking_number)) == [order.number]


def test_search_by_phone_in_any_format(shop: Shop) -> None:
    a = shop.place("Wang Fang", "+86 138-0013-8000")
    shop.place("Li Na", "13900139000")
    c = shop.place("Wang Fang", "138 0013 8000")
    for text in ("13800138000", "+86 138 0013 8000", "138-0013-8000"):
        assert _numbers(_find(shop, text=text)) == [c.number, a.number]
    assert _find(shop, text="13700000000") == []


def test_search_by_sku_or_barcode_finds_orders_holding_the_product(shop: Shop) -> None:
    tee = shop.place(product=shop.tee)
    mug = shop.place(product=shop.mug)
    assert _numbers(_find(shop, text="TEE-1")) == [tee.number]
    assert _numbers(_find(shop, text="6901234567892")) == [tee.number]
    assert _numbers(_find(shop, text="MUG-1")) == [mug.number]


def test_search_by_member_id(shop: Shop) -> None:
    member = members.register_member(
        shop.world.ctx, shop.world.owner, MemberInput(name="Chen Jing", phone="13900139000")
    ).id
    shop.place("Chen Jing", member=member)
    mine = shop.place("Chen Jing", member=member)
    shop.place("Chen Jing")
    rows = _find(shop, text=member)
    assert len(rows) == 2 and rows[0].number == mine.number


def test_search_by_customer_name_prefix_ignoring_case(shop: Shop) -> None:
    a = shop.place("Wang Fang")
    shop.place("Li Na")
    c = shop.place("wang lei")
    assert _numbers(_find(shop, text="WANG")) == [c.number, a.number]
    assert _numbers(_find(shop, text="wang f")) == [a.number]
    assert _find(shop, text="ang") == []  # a prefix, never "contains"
    assert _find(shop, text="100%") == []  # LIKE wildcards are taken literally


def test_filter_by_state_and_payment_status(shop: Shop) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    a, b, c = shop.place(), shop.place(), shop.place()
    order_steps.review(ctx, owner, b.id)
    order_payments.take_payment(ctx, owner, c.id, [PaymentInput("cash", c.total_minor)])
    assert _numbers(_find(shop, state="awaiting_warehouse")) == [b.number]
    assert _numbers(_find(shop, state="pending_review")) == [c.number, a.number]
    assert _numbers(_find(shop, payment_status="paid")) == [c.number]
    assert _numbers(_find(shop, payment_status="unpaid")) == [b.number, a.number]


def test_filter_by_desk(shop: Shop) -> None:
    ctx = shop.world.ctx
    first = shop.place()
    with ctx.db.transaction() as s:
        other = Desk(code="D02", name="Desk 2", created_at=ctx.clock())
        s.add(other)
        s.flush()
        other_id = other.id
    home = ctx.desk_id
    ctx.desk_id = other_id
    try:
        second = shop.place()
    finally:
        ctx.desk_id = home
    assert second.number.startswith("D02-")
    assert _numbers(_find(shop, desk_id=other_id)) == [second.number]
    assert _numbers(_find(shop, desk_id=home)) == [first.number]
    assert order_queries.desks(ctx, shop.world.owner) == [(home, "D01"), (other_id, "D02")]


def test_filter_by_dates_inclusive(shop: Shop) -> None:
    a = shop.place(hours=1)  # 2026-01-05
    b = shop.place(hours=24)  # 2026-01-06
    c = shop.place(hours=24)  # 2026-01-07
    day = a.created_at.date()
    assert _numbers(_find(shop, date_from=day, date_to=day)) == [a.number]
    assert _numbers(_find(shop, date_from=day + timedelta(days=1))) == [c.number, b.number]
    assert _numbers(_find(shop, date_to=day + timedelta(days=1))) == [b.number, a.number]


def test_combined_filters_and_text(shop: Shop) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    a = shop.place("Wang Fang", "13800138000")
    b = shop.place("Wang Fang", "13800138000", product=shop.mug)
    shop.place("Li Na", "13900139000")
    order_steps.review(ctx, owner, b.id)
    assert _numbers(_find(shop, text="13800138000", state="pending_review")) == [a.number]
    assert _numbers(_find(shop, text="wang", state="awaiting_warehouse")) == [b.number]
    assert _numbers(_find(shop, text="MUG-1", payment_status="unpaid")) == [b.number]
    assert _find(shop, text="MUG-1", state="pending_review") == []
    day = a.created_at.date()
    assert len(_find(shop, text="wang", date_from=day, date_to=day)) == 2


def test_paging_has_no_gaps_or_repeats_even_with_equal_times(shop: Shop) -> None:
    placed = [shop.place(hours=1 if i % 3 == 0 else 0) for i in range(10)]  # ties in time
    everything = _find(shop)
    assert len(everything) == 10
    for size in (1, 3, 4):
        pages = _all_pages(shop, OrderFilter(), size)
        assert [r.id for r in pages] == [r.id for r in everything]
    assert {r.id for r in everything} == {o.id for o in placed}
    keys = [r.key for r in everything]
    assert keys == sorted(keys, reverse=True)


def test_many_matches_for_one_key_are_filtered_on_the_walk(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key matching more orders than the candidate cap (a regular's phone, a
    best-selling product) filters the newest-first walk instead: same results."""
    monkeypatch.setattr(order_queries, "CANDIDATE_CAP", 2)
    mine = [shop.place("Wang Fang", "13800138000") for _ in range(4)]
    shop.place("Li Na", "13900139000", product=shop.mug)
    expected = [o.number for o in reversed(mine)]
    assert _numbers(_find(shop, text="13800138000")) == expected
    assert _numbers(_all_pages(shop, OrderFilter(text="TEE-1"), 3)) == expected
    assert _numbers(_all_pages(shop, OrderFilter(text="D01-00000"), 2))[:4] == [
        f"D01-{n:06d}" for n in (5, 4, 3, 2)
    ]
    assert _numbers(_find(shop, text="13800138000", state="pending_review")) == expected


def test_digits_that_match_nothing_find_nothing(shop: Shop) -> None:
    shop.place()
    assert _find(shop, text="42") == []


@pytest.mark.parametrize(
    ("flt", "field"),
    [
        (OrderFilter(state="lost"), "state"),
        (OrderFilter(payment_status="free"), "payment_status"),
        (OrderFilter(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)), "date_to"),
        (OrderFilter(date_from="2026-01-01"), "date_from"),  # type: ignore[arg-type]
        (OrderFilter(text="x" * 101), "text"),
        (OrderFilter(desk_id="d" * 37), "desk_id"),
    ],
)
def test_bad_filters_are_refused_naming_the_field(shop: Shop, flt: OrderFilter, field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        search_orders(shop.world.ctx, shop.world.owner, flt, None, 10)
    assert err.value.params["field"] == field


def test_bad_page_arguments_are_refused(shop: Shop) -> None:
    ctx, owner = shop.world.ctx, shop.world.owner
    with pytest.raises(InvalidInput) as err:
        search_orders(ctx, owner, OrderFilter(), None, 0)
    assert err.value.params["field"] == "limit"
    with pytest.raises(InvalidInput) as err:
        search_orders(ctx, owner, OrderFilter(), ("yesterday", "x"), 10)  # type: ignore[arg-type]
    assert err.value.params["field"] == "after"


def test_any_signed_in_user_may_list(shop: Shop) -> None:
    order = shop.place()
    packer = shop.world.add_user("packer", "Warehouse")
    rows = search_orders(shop.world.ctx, packer, OrderFilter(), None, 10)
    assert _numbers(rows) == [order.number]


def test_a_name_search_reads_only_the_newest_orders_unless_dates_move_it(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(order_queries, "NAME_WINDOW", 2)
    old = shop.place("Zhao Min", hours=24)
    shop.place("Li Na", hours=24)
    new = shop.place("Zhao Min", hours=24)
    assert _numbers(_find(shop, text="zhao")) == [new.number]
    day = old.created_at.date()
    assert _numbers(_find(shop, text="zhao", date_to=day)) == [old.number]
    assert _numbers(_all_pages(shop, OrderFilter(text="zhao", date_to=day), 1)) == [old.number]
