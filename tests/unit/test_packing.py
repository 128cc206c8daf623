"""The packing desk (ORD-8) on SQLite and PostgreSQL: opening an order by number or
waybill, verifying units by scan (wrong and extra items refused with nothing changed),
finishing (pack → ship, stock out, or packed-but-unpaid), documents whose barcodes
decode to the tracking number, and batch pick lists grouped by location."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from merchant_app.errors import InvalidInput, InvalidTransition, NotFound, NotPermitted
from merchant_app.services import order_payments, order_steps, orders, packing, stock
from merchant_app.services.order_flow import OrderState
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.permissions import SALES_CLERK, WAREHOUSE
from tests.catalog_factories import dump, ean13, product
from tests.factories import ShopWorld
from tests.stock_factories import add_location, main_location, put_stock

TOOLS = bool(shutil.which("pdftoppm") and shutil.which("zbarimg") and shutil.which("pdftotext"))
needs_tools = pytest.mark.skipif(not TOOLS, reason="needs poppler-utils and zbar-tools")


@dataclass
class Goods:
    tea: str  # barcode ean13(1), 2 on the order
    cup: str  # barcode ean13(2), 1 on the order
    pot: str  # barcode ean13(3), not on the order


def goods(world: ShopWorld, location: str | None = None) -> Goods:
    where = location or main_location(world)
    ids = []
    for n, sku in enumerate(("TEA-1", "CUP-1", "POT-1"), start=1):
        p = product(world, sku, barcodes=(ean13(n),), price_minor=1000, weight_g=300)
        put_stock(world, p.id, where, 10)
        ids.append(p.id)
    return Goods(*ids)


def approved_order(
    world: ShopWorld,
    g: Goods,
    *,
    paid: bool = True,
    terms: str = "prepaid",
    location: str | None = None,
    lines: tuple[tuple[str, int], ...] | None = None,
    name: str = "王小明",
) -> orders.OrderInfo:
    """An order for 2 tea + 1 cup by carrier, reviewed (at ``location``) and approved."""
    wanted = lines or ((g.tea, 2), (g.cup, 1))
    draft = OrderDraft(
        lines=tuple(LineInput(pid, qty) for pid, qty in wanted),
        customer_name=name,
        ship_name=name,
        ship_phone="+86 138 0013 8000",
        ship_address="广东省深圳市南山区科技园南区\n深南大道 9988 号",
        delivery_method="carrier",
        payment_terms=terms,
    )
    info = orders.place_order(world.ctx, world.owner, draft)
    if paid:
        order_payments.take_payment(
            world.ctx, world.owner, info.id, [PaymentInput("card", info.total_minor)]
        )
    order_steps.review(world.ctx, world.owner, info.id, location)
    return order_steps.approve(world.ctx, world.owner, info.id, "SF")


def on_hand(world: ShopWorld, product_id: str) -> int:
    return sum(r.on_hand for r in stock.levels(world.ctx, world.owner, product_id))


def scan_all(world: ShopWorld, order_id: str, codes: list[str]) -> packing.PackScan:
    result = None
    for code in codes:
        result = packing.scan_item(world.ctx, world.owner, order_id, code)
    assert result is not None
    return result


def rasterise(pdf: bytes, tmp_path: Path, stem: str, dpi: int = 203) -> list[Path]:
    src = tmp_path / f"{stem}.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(tmp_path / stem)], check=True)
    return sorted(tmp_path.glob(f"{stem}*.png"))


def decode(png: Path, symbology: str = "code128") -> list[str]:
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", f"-S{symbology}.enable", str(png)],
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 4), result.stderr
    return [line for line in result.stdout.split("\n") if line]


def pdf_text(pdf: bytes, tmp_path: Path, stem: str) -> str:
    src = tmp_path / f"{stem}.pdf"
    src.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(src), "-"], capture_output=True, text=True, check=True
    ).stdout


# ---------------------------------------------------------------------------- opening


def test_open_by_number_or_waybill_lists_the_lines(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g)
    assert order.tracking_number.startswith("WB")
    view = packing.open_for_packing(world.ctx, world.owner, f"  {order.number.lower()} ")
    assert view.order_id == order.id
    assert [(ln.sku, ln.quantity, ln.packed) for ln in view.lines] == [
        ("TEA-1", 2, 0),
        ("CUP-1", 1, 0),
    ]
    assert view.lines[0].barcodes == (ean13(1),)
    assert view.lines[0].location == "MAIN"
    assert view.tracking_number == order.tracking_number
    assert (view.units, view.scanned, view.complete) == (3, 0, False)
    by_waybill = packing.open_for_packing(world.ctx, world.owner, order.tracking_number)
    assert by_waybill.order_id == order.id


def test_open_refuses_an_order_that_is_not_approved_and_an_unknown_number(
    world: ShopWorld,
) -> None:
    g = goods(world)
    draft = OrderDraft(lines=(LineInput(g.tea, 1),), customer_name="A")
    pending = orders.place_order(world.ctx, world.owner, draft)
    with pytest.raises(InvalidTransition) as err:
        packing.open_for_packing(world.ctx, world.owner, pending.number)
    assert pending.number in err.value.message
    assert "Pending review" in err.value.message
    with pytest.raises(NotFound) as missing:
        packing.open_for_packing(world.ctx, world.owner, "NOPE-1")
    assert "NOPE-1" in missing.value.message


def test_packing_needs_the_pack_permission(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g)
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted):
        packing.open_for_packing(world.ctx, clerk, order.number)
    with pytest.raises(NotPermitted):
        packing.scan_item(world.ctx, clerk, order.id, ean13(1))
    keeper = world.add_user("wendy", WAREHOUSE)
    assert packing.scan_item(world.ctx, keeper, order.id, ean13(1)).packed == 1


# ---------------------------------------------------------------------------- scanning


def test_scans_count_up_and_say_when_the_order_is_verified(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g)
    first = packing.scan_item(world.ctx, world.owner, order.id, ean13(1))
    assert (first.line.sku, first.packed, first.quantity) == ("TEA-1", 1, 2)
    assert (first.order_scanned, first.order_units, first.complete) == (1, 3, False)
    by_sku = packing.scan_item(world.ctx, world.owner, order.id, "cup-1")
    assert (by_sku.line.sku, by_sku.packed, by_sku.complete) == ("CUP-1", 1, False)
    last = packing.scan_item(world.ctx, world.owner, order.id, ean13(1))
    assert (last.packed, last.order_scanned, last.complete) == (2, 3, True)


def test_wrong_item_and_extra_unit_are_refused_and_nothing_changes(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g)
    scan_all(world, order.id, [ean13(2)])
    before = dump(world.ctx.db)
    with pytest.raises(packing.WrongItem) as wrong:
        packing.scan_item(world.ctx, world.owner, order.id, ean13(3))
    assert ean13(3) in wrong.value.message and order.number in wrong.value.message
    with pytest.raises(packing.WrongItem):
        packing.scan_item(world.ctx, world.owner, order.id, "no-such-code")
    with pytest.raises(packing.AlreadyPacked) as extra:
        packing.scan_item(world.ctx, world.owner, order.id, ean13(2))
    assert "CUP-1" in extra.value.message and order.number in extra.value.message
    assert isinstance(extra.value, InvalidInput)
    assert dump(world.ctx.db) == before


def test_a_product_on_two_lines_fills_both_then_is_extra(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g, lines=((g.tea, 1), (g.cup, 1), (g.tea, 1)))
    scan_all(world, order.id, [ean13(1), ean13(1)])
    view = packing.packing_view(world.ctx, world.owner, order.id)
    assert [ln.packed for ln in view.lines] == [1, 0, 1]
    with pytest.raises(packing.AlreadyPacked):
        packing.scan_item(world.ctx, world.owner, order.id, ean13(1))


def test_reset_starts_again(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g)
    scan_all(world, order.id, [ean13(1), ean13(2)])
    view = packing.reset_scans(world.ctx, world.owner, order.id)
    assert view.scanned == 0
    kinds = [e.kind for e in orders.history(world.ctx, world.owner, order.id)]
    assert kinds[-1] == "scans_reset"


# ---------------------------------------------------------------------------- finishing


@needs_tools
def test_finish_ships_moves_stock_out_and_the_label_decodes_to_the_waybill(
    world: ShopWorld, tmp_path: Path
) -> None:
    g = goods(world)
    order = approved_order(world, g)
    assert on_hand(world, g.tea) == 10  # picked to the packing area, still on hand
    with pytest.raises(InvalidTransition):
        packing.finish(world.ctx, world.owner, order.id)  # nothing scanned yet
    assert orders.get_order(world.ctx, world.owner, order.id).state == OrderState.WAREHOUSE_APPROVED
    scan_all(world, order.id, [ean13(1), ean13(2), ean13(1)])
    result = packing.finish(world.ctx, world.owner, order.id)
    assert result.shipped and result.not_shipped_reason == ""
    assert result.state == OrderState.SHIPPED
    assert orders.get_order(world.ctx, world.owner, order.id).state == OrderState.SHIPPED
    assert (on_hand(world, g.tea), on_hand(world, g.cup), on_hand(world, g.pot)) == (8, 9, 10)

    assert result.label_pdf is not None
    pages = rasterise(result.label_pdf, tmp_path, "label")
    assert len(pages) == 1
    assert decode(pages[0]) == [order.tracking_number]
    assert decode(pages[0], "qrcode") == [order.tracking_number]
    slip = rasterise(result.packing_slip_pdf, tmp_path, "slip", 150)
    assert decode(slip[0]) == [order.number]
    text = pdf_text(result.packing_slip_pdf, tmp_path, "slip")
    assert "TEA-1" in text and "王小明" in text and "Test Shop" in text

    paths = packing.save_documents(result, tmp_path / "docs")
    assert [p.name for p in paths] == [
        f"{order.number}-packing-slip.pdf",
        f"{order.number}-label.pdf",
    ]
    assert paths[1].read_bytes() == result.label_pdf


def test_an_unpaid_prepaid_order_stays_packed_and_ships_once_paid(world: ShopWorld) -> None:
    g = goods(world)
    order = approved_order(world, g, paid=False)
    scan_all(world, order.id, [ean13(1), ean13(1), ean13(2)])
    result = packing.finish(world.ctx, world.owner, order.id)
    assert not result.shipped
    assert (result.state, result.not_shipped_reason) == (OrderState.PACKED, "unpaid")
    assert result.balance_minor == order.total_minor
    assert result.packing_slip_pdf.startswith(b"%PDF")
    assert on_hand(world, g.tea) == 10  # nothing left the shop
    order_payments.take_payment(
        world.ctx, world.owner, order.id, [PaymentInput("cash", order.total_minor)]
    )
    again = packing.finish(world.ctx, world.owner, order.id)
    assert again.shipped and on_hand(world, g.tea) == 8


def test_cash_on_delivery_ships_unpaid_and_ship_now_false_keeps_it_packed(
    world: ShopWorld,
) -> None:
    g = goods(world)
    cod = approved_order(world, g, paid=False, terms="cod")
    scan_all(world, cod.id, [ean13(1), ean13(1), ean13(2)])
    assert packing.finish(world.ctx, world.owner, cod.id).shipped
    kept = approved_order(world, g)
    scan_all(world, kept.id, [ean13(1), ean13(1), ean13(2)])
    result = packing.finish(world.ctx, world.owner, kept.id, ship_now=False)
    assert (result.state, result.not_shipped_reason) == (OrderState.PACKED, "not_requested")


# ---------------------------------------------------------------------------- batch mode


@needs_tools
def test_pick_list_groups_by_location_and_labels_follow_the_orders(
    world: ShopWorld, tmp_path: Path
) -> None:
    back = add_location(world, "BACK")
    g = goods(world)
    for pid in (g.tea, g.cup, g.pot):
        put_stock(world, pid, back, 10)
    first = approved_order(world, g, name="Ann")
    second = approved_order(world, g, location=back, lines=((g.pot, 3),), name="Bob")
    third = approved_order(world, g, lines=((g.tea, 1),), name="Cy")
    listed = packing.orders_to_pack(world.ctx, world.owner)
    assert [o.number for o in listed] == [first.number, second.number, third.number]
    assert [o.units for o in listed] == [3, 3, 1]
    assert [o.location for o in listed] == ["MAIN", "BACK", "MAIN"]

    chosen = [third.id, second.id, first.id]
    text = pdf_text(packing.pick_list(world.ctx, world.owner, chosen), tmp_path, "pick")
    back_at, main_at = text.index("Location BACK — 3 pcs"), text.index("Location MAIN — 4 pcs")
    assert back_at < main_at
    back_part, main_part = text[back_at:main_at], text[main_at:]
    assert "POT-1" in back_part and second.number in back_part
    assert "TEA-1" not in back_part
    assert main_part.index("CUP-1") < main_part.index("TEA-1")  # then by SKU
    assert first.number in main_part and third.number in main_part

    labels = packing.shipping_labels(world.ctx, world.owner, chosen, "Shipping 4×6 in")
    pages = rasterise(labels, tmp_path, "labels")
    assert [decode(p) for p in pages] == [
        [third.tracking_number],
        [second.tracking_number],
        [first.tracking_number],
    ]


def test_batch_refuses_orders_that_are_not_approved(world: ShopWorld) -> None:
    g = goods(world)
    ok = approved_order(world, g)
    pending = orders.place_order(
        world.ctx, world.owner, OrderDraft(lines=(LineInput(g.tea, 1),), customer_name="A")
    )
    with pytest.raises(InvalidTransition) as err:
        packing.pick_list(world.ctx, world.owner, [ok.id, pending.id])
    assert pending.number in err.value.message
    with pytest.raises(InvalidInput):
        packing.shipping_labels(world.ctx, world.owner, [])
    with pytest.raises(InvalidInput):
        packing.shipping_labels(world.ctx, world.owner, [ok.id], "No such layout")


def test_simultaneous_scans_on_several_desks_never_count_past_the_quantity(
    world: ShopWorld,
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    g = goods(world)
    order = approved_order(world, g)  # 2 tea

    def scan(_n: int) -> str:
        try:
            packing.scan_item(world.ctx, world.owner, order.id, ean13(1))
        except packing.AlreadyPacked:
            return "extra"
        return "ok"

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = sorted(pool.map(scan, range(6)))
    assert outcomes == ["extra"] * 4 + ["ok"] * 2
    view = packing.packing_view(world.ctx, world.owner, order.id)
    assert [ln.packed for ln in view.lines] == [2, 0]
