"""A layout the shop made is usable wherever a layout is chosen (SQLite and PostgreSQL):
by name in a batch job (the command line's service), and as the shop's default shipping
layout, which the packing desk prints on; the default follows a rename, returns to the
automatic choice when its layout is deleted, and only a shipping layout can be it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from merchant_app.errors import InvalidInput, NotPermitted
from merchant_app.models import AuditEntry
from merchant_app.printing.layouts import FieldKind, layout_to_dict
from merchant_app.services import label_jobs, order_steps, orders, packing
from merchant_app.services import label_layouts_store as layouts
from merchant_app.services.orders import LineInput, OrderDraft
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock

needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)


def decode(pdf: bytes, folder: Path) -> list[str]:
    """Every barcode and QR code on every page (300 dpi), page by page."""
    folder.mkdir(exist_ok=True)
    src = folder / "labels.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(src), str(folder / "p")], check=True)
    codes: list[str] = []
    for png in sorted(folder.glob("p*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        assert out.returncode in (0, 4), out.stderr
        codes += sorted(line for line in out.stdout.split("\n") if line)
    return codes


def approved_orders(world: ShopWorld, n: int = 2) -> list[orders.OrderInfo]:
    pid = add_product(world, "MUG")
    put_stock(world, pid, main_location(world), 10)
    out = []
    for i in range(n):
        draft = OrderDraft(
            lines=(LineInput(pid, 1),),
            delivery_method="carrier",
            ship_name=f"王小明 {i}",
            ship_address="深圳市南山区科苑路 15 号",
            payment_terms="cod",
        )
        order = orders.place_order(world.ctx, world.owner, draft)
        order_steps.review(world.ctx, world.owner, order.id)
        out.append(order_steps.approve(world.ctx, world.owner, order.id))
    return out


def audit_actions(world: ShopWorld) -> list[str]:
    with world.ctx.db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def desk_layout(world: ShopWorld, name: str = "Desk labels") -> None:
    """A copy of the 100×150 mm layout whose QR code shows the order number."""
    copy = layouts.copy_layout(world.ctx, world.owner, "Shipping 100×150 mm", name)
    data = layout_to_dict(copy)
    for field in data["fields"]:
        if field["kind"] == FieldKind.QR.value:
            field["source"] = "order_number"
    layouts.save_layout(world.ctx, world.owner, name, data)


@needs_tools
def test_a_shop_layout_is_used_by_name_in_a_batch_job(world: ShopWorld, tmp_path: Path) -> None:
    add_product(world, "TEA-1", barcode="2000000000015")
    copy = layouts.copy_layout(world.ctx, world.owner, "product-50x30mm", "SKU labels")
    data = layout_to_dict(copy)
    for field in data["fields"]:
        if field["kind"] == "barcode":
            field.update(source="sku", symbology="code128")
    layouts.save_layout(world.ctx, world.owner, "SKU labels", data)
    job = label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "SKU labels", "pdf")
    assert decode(job.data, tmp_path / "pdf") == ["TEA-1"]  # the shop's barcode, not the EAN
    zpl = label_jobs.product_labels(world.ctx, world.owner, ["TEA-1"], "SKU labels", "zpl")
    assert b"^BC" in zpl.data and b"^FDTEA-1^FS" in zpl.data
    with pytest.raises(InvalidInput):  # a product layout does not print shipping labels
        label_jobs.shipping_labels(
            world.ctx, world.owner, "warehouse_approved", "SKU labels", "pdf"
        )


@needs_tools
def test_the_packing_desk_prints_on_the_shops_default_shipping_layout(
    world: ShopWorld, tmp_path: Path
) -> None:
    placed = approved_orders(world)
    ids = [o.id for o in placed]
    automatic = layouts.default_shipping_layout(world.ctx, world.owner)
    assert automatic == layouts.ShippingDefault("Shipping 100×150 mm", chosen=False)
    before = decode(packing.shipping_labels(world.ctx, world.owner, ids), tmp_path / "before")
    assert all(o.tracking_number in before and o.number not in before for o in placed)

    desk_layout(world)
    chosen = layouts.set_default_shipping_layout(world.ctx, world.owner, "Desk labels")
    assert chosen == layouts.ShippingDefault("Desk labels", chosen=True)
    assert "label.layout.default_shipping" in audit_actions(world)
    desk = decode(packing.shipping_labels(world.ctx, world.owner, ids), tmp_path / "desk")
    # the QR codes now carry the order numbers: the shop's layout was used
    assert desk == [code for o in placed for code in sorted([o.tracking_number, o.number])]
    job = label_jobs.shipping_labels(world.ctx, world.owner, "warehouse_approved", None, "pdf")
    assert decode(job.data, tmp_path / "cli") == desk

    renamed = layout_to_dict(layouts.get_layout(world.ctx, world.owner, "Desk labels"))
    renamed["name"] = "Packing desk labels"
    layouts.save_layout(world.ctx, world.owner, "Desk labels", renamed)
    assert layouts.default_shipping_layout(world.ctx, world.owner).name == "Packing desk labels"
    layouts.delete_layout(world.ctx, world.owner, "Packing desk labels")
    assert layouts.default_shipping_layout(world.ctx, world.owner) == automatic
    with world.ctx.db.transaction() as s:
        assert packing.label_layout(s).name == automatic.name


def test_only_a_shipping_layout_can_be_the_default_and_only_a_manager_sets_it(
    world: ShopWorld,
) -> None:
    desk_layout(world)
    layouts.set_default_shipping_layout(world.ctx, world.owner, "Desk labels")
    for name in ("Product 50×30 mm", "No such layout"):
        with pytest.raises(InvalidInput) as refused:
            layouts.set_default_shipping_layout(world.ctx, world.owner, name)
        assert name in refused.value.message
        assert layouts.default_shipping_layout(world.ctx, world.owner).name == "Desk labels"
    packer = world.add_user("packer", "Warehouse")
    with pytest.raises(NotPermitted):
        layouts.set_default_shipping_layout(world.ctx, packer, "Shipping 4×6 in")
    shipped = layouts.set_default_shipping_layout(world.ctx, world.owner, "shipping-4x6in")
    assert shipped == layouts.ShippingDefault("Shipping 4×6 in", chosen=True)
    automatic = layouts.set_default_shipping_layout(world.ctx, world.owner, "")
    assert automatic == layouts.ShippingDefault("Shipping 100×150 mm", chosen=False)
