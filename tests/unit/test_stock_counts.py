"""Stock counts (INV-4): snapshot, blind scanning, variance with sales during the count,
applying only the differences, exactly once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from merchant_app.errors import InvalidTransition, NotPermitted
from merchant_app.models import StockMove
from merchant_app.services import audit, stock, stock_counts
from merchant_app.services.permissions import MANAGER, WAREHOUSE
from tests.factories import ShopWorld
from tests.stock_factories import add_category, add_location, add_product, main_location, put_stock


def on_hand(world: ShopWorld, pid: str, loc: str) -> tuple[int, int]:
    row = {r.location_id: r for r in stock.levels(world.ctx, world.owner, pid)}[loc]
    return row.on_hand, row.reserved


def count_moves(world: ShopWorld, count_id: str) -> list[tuple[str, int]]:
    with world.ctx.db.transaction() as s:
        rows = s.execute(
            select(StockMove.product_id, StockMove.quantity).where(
                StockMove.doc_type == "stock_count", StockMove.doc_id == count_id
            )
        )
        return sorted((p, q) for p, q in rows)


def test_blind_count_with_sales_during_the_count(world: ShopWorld) -> None:
    main = main_location(world)
    shirt = add_product(world, "SHIRT", cost_minor=250, barcode="4006381333931")
    socks = add_product(world, "SOCKS", cost_minor=80)
    hat = add_product(world, "HAT")
    put_stock(world, shirt, main, 10)
    put_stock(world, socks, main, 4)
    keeper = world.add_user("wes", WAREHOUSE)
    manager = world.add_user("max", MANAGER)

    count = stock_counts.start_count(world.ctx, keeper, main)
    assert (count.status, count.lines) == ("open", 2)
    # a sale of 2 shirts while counting
    world.clock.advance(minutes=5)
    with world.ctx.db.transaction() as s:
        stock.reserve(s, shirt, main, 2)
        stock.ship(s, world.ctx, world.owner.user_id, shirt, main, 2, "order", "o-1")
    # the counter scans 7 shirts (barcode and SKU), 4 socks, 1 hat, and one unknown code
    results = [stock_counts.scan(world.ctx, keeper, count.id, "4006381333931") for _ in range(6)]
    results.append(stock_counts.scan(world.ctx, keeper, count.id, " SHIRT "))
    assert [r.counted for r in results] == [1, 2, 3, 4, 5, 6, 7]
    assert results[0].known and results[0].sku == "SHIRT" and not results[0].added
    for _ in range(4):
        stock_counts.scan(world.ctx, keeper, count.id, "SOCKS")
    new = stock_counts.scan(world.ctx, keeper, count.id, "HAT")
    assert new.added and new.counted == 1
    unknown = stock_counts.scan(world.ctx, keeper, count.id, "9999999999994")
    again = stock_counts.scan(world.ctx, keeper, count.id, "9999999999994")
    assert (unknown.known, unknown.product_id, again.counted) == (False, None, 2)

    # the blind counter may not see expected figures nor apply
    with pytest.raises(NotPermitted):
        stock_counts.variance(world.ctx, keeper, count.id)
    with pytest.raises(NotPermitted):
        stock_counts.apply_count(world.ctx, keeper, count.id)

    report = stock_counts.variance(world.ctx, manager, count.id)
    lines = {ln.sku: ln for ln in report.lines}
    s_ = lines["SHIRT"]
    assert (s_.expected, s_.moves_since, s_.counted, s_.difference) == (10, -2, 7, -1)
    assert s_.value_minor == -250
    assert (lines["SOCKS"].difference, lines["HAT"].expected, lines["HAT"].difference) == (0, 0, 1)
    assert (report.units_over, report.units_short, report.value_minor) == (1, 1, -150)
    assert (report.total_difference, report.unknown_codes) == (0, ("9999999999994",))
    assert unknown.unknown and not results[0].unknown
    assert report.unknown_scans == (("9999999999994", 2),)

    applied = stock_counts.apply_count(world.ctx, manager, count.id)
    assert applied.status == "applied"
    assert [(ln.sku, ln.difference) for ln in applied.lines] == [
        ("HAT", 1),
        ("SHIRT", -1),
        ("SOCKS", 0),
    ]
    assert on_hand(world, shirt, main) == (7, 0)
    assert on_hand(world, hat, main) == (1, 0)
    assert count_moves(world, count.id) == sorted([(shirt, -1), (hat, 1)])  # only differences
    with pytest.raises(InvalidTransition, match="cannot be applied again"):
        stock_counts.apply_count(world.ctx, manager, count.id)
    with pytest.raises(InvalidTransition):
        stock_counts.scan(world.ctx, keeper, count.id, "SOCKS")
    assert count_moves(world, count.id) == sorted([(shirt, -1), (hat, 1)])
    # afterwards the report is history: same figures, visible to the counter without costs
    world.clock.advance(minutes=5)
    put_stock(world, shirt, main, 3)
    later = stock_counts.variance(world.ctx, keeper, count.id)
    shirt_line = next(ln for ln in later.lines if ln.sku == "SHIRT")
    assert (shirt_line.moves_since, shirt_line.difference, shirt_line.value_minor) == (-2, -1, None)
    assert audit.list_entries(world.ctx, world.owner, text="stock.count.apply")


def test_typed_quantities_and_untouched_lines_count_as_zero(world: ShopWorld) -> None:
    main = main_location(world)
    a, b = add_product(world, "A"), add_product(world, "B")
    put_stock(world, a, main, 5)
    put_stock(world, b, main, 3)
    count = stock_counts.start_count(world.ctx, world.owner, main)
    stock_counts.scan(world.ctx, world.owner, count.id, "A")
    assert stock_counts.set_counted(world.ctx, world.owner, count.id, a, 12) == 12
    stock_counts.apply_count(world.ctx, world.owner, count.id)
    assert on_hand(world, a, main) == (12, 0)
    assert on_hand(world, b, main) == (0, 0)  # in the snapshot, none found on the shelf


def test_count_by_category_includes_subcategories_only(world: ShopWorld) -> None:
    main = main_location(world)
    clothing = add_category(world, "Clothing")
    hoodies = add_category(world, "Clothing > Hoodies")
    toys = add_category(world, "Toys")
    ids = [
        add_product(world, "TEE", category_id=clothing),
        add_product(world, "HOOD", category_id=hoodies),
        add_product(world, "BALL", category_id=toys),
    ]
    for pid in ids:
        put_stock(world, pid, main, 2)
    count = stock_counts.start_count(world.ctx, world.owner, main, clothing)
    report = stock_counts.variance(world.ctx, world.owner, count.id)
    assert [ln.sku for ln in report.lines] == ["HOOD", "TEE"]


def test_count_below_what_orders_hold_is_applied_and_flagged(world: ShopWorld) -> None:
    main = main_location(world)
    wh = add_location(world, "WH")
    pid = add_product(world, "RARE")
    put_stock(world, pid, main, 5)
    put_stock(world, pid, wh, 5)
    with world.ctx.db.transaction() as s:
        stock.reserve(s, pid, main, 4)
    count = stock_counts.start_count(world.ctx, world.owner, main)
    stock_counts.set_counted(world.ctx, world.owner, count.id, pid, 1)
    line = stock_counts.variance(world.ctx, world.owner, count.id).lines[0]
    assert line.short_of_reserved and line.difference == -4
    stock_counts.apply_count(world.ctx, world.owner, count.id)
    assert on_hand(world, pid, main) == (1, 4)  # the shelf is what it is
    assert on_hand(world, pid, wh) == (5, 0)  # other locations untouched
