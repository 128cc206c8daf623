"""Label printing services on a real shop (SQLite and PostgreSQL): printers and their
settings, the shop's own layouts (copied, edited, validated), ZPL to a network printer (a
local socket server) or a folder, label jobs with per-product copies, and the reprint log
that makes the same labels again."""

from __future__ import annotations

import shutil
import socket
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from merchant_app.errors import Conflict, InvalidInput, NotFound, NotPermitted
from merchant_app.printing.layouts import layout_to_dict
from merchant_app.services import label_layouts_store as layouts
from merchant_app.services import label_printing as lp
from merchant_app.services import order_steps, orders
from merchant_app.services.label_printing import LabelRequest, PrinterSettings
from merchant_app.services.orders import LineInput, OrderDraft
from tests.factories import ShopWorld
from tests.stock_factories import add_product, main_location, put_stock
from tests.unit.test_label_jobs import decode_pdf

needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)


class ZplServer:
    """A one-connection TCP server on localhost that keeps what it received."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.received += chunk

    def close(self) -> bytes:
        self.thread.join(timeout=5)
        self.sock.close()
        return self.received


def decode(pdf: bytes, folder: Path) -> list[str]:
    folder.mkdir()
    return decode_pdf(pdf, folder)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def shipping_orders(world: ShopWorld, n: int = 2) -> list[orders.OrderInfo]:
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


# ---------------------------------------------------------------------------- printers


def test_printers_are_saved_validated_and_have_one_default(world: ShopWorld) -> None:
    zebra = lp.save_printer(
        world.ctx,
        world.owner,
        PrinterSettings(
            "Zebra desk",
            "zpl_network",
            host="10.0.0.9",
            offset_x_mm=1.5,
            offset_y_mm=-0.5,
            darkness=20,
            default_product=True,
        ),
    )
    assert zebra.id and zebra.offset_x_mm == 1.5 and zebra.offset_dots() == (12, -4)
    office = lp.save_printer(
        world.ctx,
        world.owner,
        PrinterSettings("Office", "system", system_name="HP", scale_pct=98, default_product=True),
    )
    printers = lp.list_printers(world.ctx, world.owner)
    assert [p.name for p in printers] == ["Office", "Zebra desk"]
    assert lp.default_printer(printers, "product") == office
    assert lp.default_printer(printers, "shipping") is None
    bad = [
        (PrinterSettings("", "system", system_name="HP"), "name"),
        (PrinterSettings("X", "laser"), "kind"),
        (PrinterSettings("X", "system"), "system_name"),
        (PrinterSettings("X", "zpl_network", host=""), "host"),
        (PrinterSettings("X", "zpl_network", host="h", port=70000), "port"),
        (PrinterSettings("X", "zpl_file"), "folder"),
        (PrinterSettings("X", "zpl_network", host="h", dpi=600), "dpi"),
        (PrinterSettings("X", "system", system_name="HP", offset_x_mm=80), "offset_x_mm"),
        (PrinterSettings("X", "system", system_name="HP", scale_pct=10), "scale_pct"),
        (PrinterSettings("X", "zpl_network", host="h", darkness=31), "darkness"),
    ]
    for printer, field in bad:
        with pytest.raises(InvalidInput) as refused:
            lp.save_printer(world.ctx, world.owner, printer)
        assert refused.value.params["field"] == field
    with pytest.raises(Conflict):
        lp.save_printer(world.ctx, world.owner, PrinterSettings("Office", "zpl_file", folder="/x"))
    moved = lp.save_printer(
        world.ctx, world.owner, PrinterSettings(**{**zebra.__dict__, "port": 6101})
    )
    assert moved.port == 6101 and moved.id == zebra.id
    lp.delete_printer(world.ctx, world.owner, zebra.id)
    assert [p.name for p in lp.list_printers(world.ctx, world.owner)] == ["Office"]
    clerk = world.add_user("clerk", "Sales clerk")  # may print, not manage printers
    assert lp.list_printers(world.ctx, clerk)
    with pytest.raises(NotPermitted):
        lp.save_printer(world.ctx, clerk, PrinterSettings("Mine", "system", system_name="HP"))


def test_send_zpl_over_tcp_and_to_a_folder(tmp_path: Path) -> None:
    server = ZplServer()
    printer = PrinterSettings("Zebra", "zpl_network", host="127.0.0.1", port=server.port)
    assert lp.send_zpl(printer, b"^XA^FDhello^FS^XZ\n") == f"127.0.0.1:{server.port}"
    assert server.close() == b"^XA^FDhello^FS^XZ\n"
    gone = PrinterSettings("Gone", "zpl_network", host="127.0.0.1", port=free_port())
    with pytest.raises(InvalidInput) as refused:
        lp.send_zpl(gone, b"^XA^XZ")
    assert f"127.0.0.1:{gone.port}" in refused.value.message and "Gone" in refused.value.message
    folder = PrinterSettings("Files", "zpl_file", folder=str(tmp_path / "zpl"))
    written = Path(lp.send_zpl(folder, b"^XA^XZ"))
    assert written.parent == tmp_path / "zpl" and written.read_bytes() == b"^XA^XZ"


# ---------------------------------------------------------------------------- layouts


def test_shop_layouts_copy_edit_validate_delete(world: ShopWorld) -> None:
    names = [i.name for i in layouts.list_layouts(world.ctx, world.owner, "product")]
    assert "Product 50×30 mm" in names and not any("Shipping" in n for n in names)
    copy = layouts.copy_layout(world.ctx, world.owner, "product-50x30mm", "Our tea label")
    assert copy.name == "Our tea label"
    info = next(
        i for i in layouts.list_layouts(world.ctx, world.owner) if i.name == "Our tea label"
    )
    assert not info.shipped and info.based_on == "Product 50×30 mm"
    with pytest.raises(Conflict):
        layouts.copy_layout(world.ctx, world.owner, "Our tea label", "Product 50×30 mm")
    with pytest.raises(Conflict):
        layouts.copy_layout(world.ctx, world.owner, "Our tea label", "sheet-a4-3x8")
    data = layout_to_dict(copy)
    data["fields"][0]["max_font_pt"] = 11.0
    data["name"] = "Tea label"
    saved = layouts.save_layout(world.ctx, world.owner, "Our tea label", data)
    assert saved.fields[0].max_font_pt == 11.0
    assert layouts.get_layout(world.ctx, world.owner, "Tea label") == saved
    outside = layout_to_dict(saved)
    outside["fields"][1]["x_mm"] = 45.0  # the price box now ends past the 50 mm label
    with pytest.raises(InvalidInput) as refused:
        layouts.save_layout(world.ctx, world.owner, "Tea label", outside)
    assert "price" in refused.value.message and "inside" in refused.value.message
    unknown = layout_to_dict(saved)
    unknown["fields"][0]["colour"] = "red"
    with pytest.raises(InvalidInput) as refused:
        layouts.save_layout(world.ctx, world.owner, "Tea label", unknown)
    assert "colour" in refused.value.message
    assert layouts.get_layout(world.ctx, world.owner, "Tea label") == saved  # unchanged
    with pytest.raises(InvalidInput):  # shipped layouts are read-only
        layouts.save_layout(world.ctx, world.owner, "Product 50×30 mm", data)
    kind = layout_to_dict(saved)
    kind["kind"] = "shipping"
    with pytest.raises(InvalidInput):
        layouts.save_layout(world.ctx, world.owner, "Tea label", kind)
    clerk = world.add_user("clerk", "Sales clerk")
    with pytest.raises(NotPermitted):
        layouts.copy_layout(world.ctx, clerk, "Tea label", "Mine")
    layouts.delete_layout(world.ctx, world.owner, "Tea label")
    with pytest.raises(NotFound):
        layouts.get_layout(world.ctx, world.owner, "Tea label")


# ---------------------------------------------------------------------------- jobs


@needs_tools
def test_product_job_with_copies_each_on_a_shop_layout(world: ShopWorld, tmp_path: Path) -> None:
    add_product(world, "TEA-1", barcode="2000000000015")
    add_product(world, "TEA-2")
    assert lp.find_product(world.ctx, world.owner, "2000000000015").sku == "TEA-1"
    assert lp.find_product(world.ctx, world.owner, "TEA-2").barcode == "TEA-2"
    with pytest.raises(NotFound):
        lp.find_product(world.ctx, world.owner, "nothing")
    layouts.copy_layout(world.ctx, world.owner, "sheet-a4-3x8", "Our sheet")
    request = LabelRequest("product", "Our sheet", (("TEA-1", 2), ("TEA-2", 1)), skip=4)
    out = lp.make_labels(world.ctx, world.owner, request)
    assert out.labels == 3 and out.refs == "TEA-1, TEA-2" and out.format == "pdf"
    # zbarimg reports equal codes on one page once: the sheet shows both products
    assert sorted(decode(out.data, tmp_path / "sheet")) == ["2000000000015", "TEA-2"]
    roll = lp.make_labels(
        world.ctx, world.owner, replace(request, layout_name="product-50x30mm", skip=0)
    )
    assert decode(roll.data, tmp_path / "roll") == ["2000000000015", "2000000000015", "TEA-2"]
    with pytest.raises(InvalidInput):  # a sheet is not ZPL
        lp.make_labels(world.ctx, world.owner, request, fmt="zpl")
    with pytest.raises(InvalidInput):
        lp.make_labels(world.ctx, world.owner, LabelRequest("product", "Our sheet"))
    with pytest.raises(InvalidInput):
        lp.make_labels(world.ctx, world.owner, LabelRequest("product", "Our sheet", (("X", 0),)))
    preview = lp.preview_pdf(world.ctx, world.owner, request)
    assert preview.startswith(b"%PDF") and preview.count(b"/Type /Page\n") <= 1


def test_zpl_job_carries_the_printers_offset_and_darkness(world: ShopWorld) -> None:
    add_product(world, "TEA-1", barcode="2000000000015")
    printer = PrinterSettings(
        "Zebra", "zpl_network", host="127.0.0.1", offset_x_mm=2.0, offset_y_mm=1.0, darkness=25
    )
    request = LabelRequest("product", "product-50x30mm", (("TEA-1", 3),))
    out = lp.make_labels(world.ctx, world.owner, request, fmt="zpl", printer=printer)
    text = out.data.decode()
    assert text.startswith("~SD25") and "^LH16,8" in text and "^PQ3" in text
    assert text.count("^XA") == text.count("^XZ") == 1 and "200000000001" in text
    assert out.request.layout_name == "Product 50×30 mm"


def test_reprint_makes_the_same_labels_and_the_log_pages_newest_first(
    world: ShopWorld,
) -> None:
    approved = shipping_orders(world, 3)
    refs = lp.orders_for_labels(world.ctx, world.owner, state="warehouse_approved")
    assert [r.number for r in refs] == [o.number for o in approved]
    assert all(r.printable for r in refs)
    chosen = lp.orders_for_labels(world.ctx, world.owner, numbers=[approved[1].number.lower()])
    assert [r.id for r in chosen] == [approved[1].id]
    with pytest.raises(NotFound) as missing:
        lp.orders_for_labels(world.ctx, world.owner, numbers=["NOPE-1"])
    assert "NOPE-1" in missing.value.message
    request = LabelRequest("shipping", "shipping-4x6in", order_ids=tuple(r.id for r in refs))
    first = lp.make_labels(world.ctx, world.owner, request)
    assert first.labels == 3 and approved[0].number in first.refs
    logged = lp.log_print(world.ctx, world.owner, first, "pdf")
    world.clock.advance(minutes=1)
    product_out = lp.make_labels(
        world.ctx, world.owner, LabelRequest("product", "product-50x30mm", (("MUG", 1),))
    )
    newer = lp.log_print(world.ctx, world.owner, product_out, "printer", printer_name="Office")
    entries = lp.list_print_log(world.ctx, world.owner)
    assert [e.id for e in entries] == [newer.id, logged.id]
    assert entries[1].request == first.request and entries[0].user_name == "Olive Owner"
    assert [e.id for e in lp.list_print_log(world.ctx, world.owner, after=newer.id)] == [logged.id]
    entry, again = lp.reprint(world.ctx, world.owner, logged.id)
    assert entry.id == logged.id and again.data == first.data and again.labels == 3
    lp.log_print(world.ctx, world.owner, again, "pdf", reprint_of=logged.id)
    assert lp.list_print_log(world.ctx, world.owner, limit=1)[0].reprint_of == logged.id
    with pytest.raises(NotFound):
        lp.reprint(world.ctx, world.owner, "no-such-entry")
    service = world.add_user("service", "Customer service")
    with pytest.raises(NotPermitted):
        lp.list_print_log(world.ctx, service)
