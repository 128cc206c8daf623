"""Batch label jobs (the `labels` command line's service) on a real shop: product labels
by SKU and shipping labels for every order in a state, as PDF whose barcodes zbarimg reads
back exactly, or as ZPL; bad SKUs, states, layouts and formats are refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from merchant_app.errors import InvalidInput, NotFound, NotPermitted
from merchant_app.services import label_jobs, order_steps, orders
from merchant_app.services.orders import LineInput, OrderDraft
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)


def decode_pdf(pdf: bytes, tmp_path: Path) -> list[str]:
    src = tmp_path / "labels.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(src), str(tmp_path / "p")], check=True)
    codes: list[str] = []
    for png in sorted(tmp_path.glob("p*.png")):
        out = subprocess.run(
            ["zbarimg", "--raw", "-q", "-Sdisable", "-Sean13.enable", "-Scode128.enable", str(png)],
            capture_output=True,
            text=True,
        )
        assert out.returncode in (0, 4), out.stderr
        codes.extend(line for line in out.stdout.split("\n") if line)
    return codes


@needs_tools
def test_product_labels_decode_to_each_products_barcode(world: ShopWorld, tmp_path: Path) -> None:
    add_product(world, "TEA-1", barcode="2000000000015")
    add_product(world, "TEA-2")  # no barcode: its SKU as Code 128
    job = label_jobs.product_labels(
        world.ctx, world.owner, ["TEA-1", "TEA-2"], "product-50x30mm", "pdf", copies=2
    )
    assert job.labels == 4 and job.data.startswith(b"%PDF")
    assert sorted(decode_pdf(job.data, tmp_path)) == sorted(["2000000000015", "TEA-2"] * 2)


def test_product_labels_as_zpl_and_refusals(world: ShopWorld) -> None:
    add_product(world, "TEA-1", barcode="2000000000015")
    job = label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "product-57x32mm", "zpl")
    assert job.data.startswith(b"^XA") or b"^XA" in job.data
    assert b"2000000000015"[:12] in job.data
    with pytest.raises(NotFound) as missing:
        label_jobs.product_labels(
            world.ctx, world.owner, ["TEA-1", "NOPE", "GONE"], "product-50x30mm", "pdf"
        )
    assert "NOPE" in missing.value.message and "GONE" in missing.value.message
    with pytest.raises(InvalidInput):  # a sheet is not for a thermal printer
        label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "sheet-a4-3x8", "zpl")
    with pytest.raises(NotFound):
        label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "no-such-layout", "pdf")
    with pytest.raises(InvalidInput):  # a shipping layout for product labels
        label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "shipping-4x6in", "pdf")
    with pytest.raises(InvalidInput):
        label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "product-50x30mm", "pdf", 0)
    with pytest.raises(InvalidInput):
        label_jobs.output_format("labels.png")
    assert label_jobs.output_format("OUT.ZPL") == "zpl"


@needs_tools
def test_shipping_labels_for_a_state_carry_each_tracking_number(
    world: ShopWorld, tmp_path: Path
) -> None:
    pid = add_product(world, "MUG")
    put_stock(world, pid, main_location(world), 10)
    numbers = []
    for name in ("王小明", "Ann Lee"):
        draft = OrderDraft(
            lines=(LineInput(pid, 1),),
            delivery_method="carrier",
            ship_name=name,
            ship_address="深圳市南山区科苑路 15 号",
            payment_terms="cod",
        )
        order = orders.place_order(world.ctx, world.owner, draft)
        order_steps.review(world.ctx, world.owner, order.id)
        numbers.append(order_steps.approve(world.ctx, world.owner, order.id).tracking_number)
    pickup = orders.place_order(world.ctx, world.owner, OrderDraft(lines=(LineInput(pid, 1),)))
    order_steps.review(world.ctx, world.owner, pickup.id)
    order_steps.approve(world.ctx, world.owner, pickup.id)  # a pickup gets no label
    job = label_jobs.shipping_labels(
        world.ctx, world.owner, "warehouse_approved", "shipping-100x150mm", "pdf"
    )
    assert job.labels == 2
    assert decode_pdf(job.data, tmp_path) == numbers
    with pytest.raises(NotFound):
        label_jobs.shipping_labels(world.ctx, world.owner, "shipped", None, "pdf")
    with pytest.raises(InvalidInput):
        label_jobs.shipping_labels(world.ctx, world.owner, "lost_in_space", None, "pdf")


def test_labels_need_the_print_permission(world: ShopWorld) -> None:
    add_product(world, "TEA-1")
    clerk = world.add_user("service", "Customer service")
    with pytest.raises(NotPermitted):
        label_jobs.product_labels(world.ctx, clerk, ["TEA-1"], "product-50x30mm", "pdf")
