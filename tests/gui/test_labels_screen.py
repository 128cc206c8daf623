"""The Labels screen on real widgets and a real shop (SQLite file): the preview shows the
first label, scans add products, printing goes through a QPrinter (a PDF file here) with
the printer's offset, ZPL reaches a network printer, the layout editor saves a changed
layout, adds and removes fields (text, QR code, image with a picture) and changes what
they show and how, refuses a box off the label or without a size, a shipping layout is
made the packing desk's, and a reprint makes the same labels again."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from merchant_app.gui.screens.labels import LabelsScreen
from merchant_app.gui.screens.labels.preview import PdfPages, paint_page
from merchant_app.gui.screens.labels.print_log import PrintLogModel
from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.theme import apply_theme
from merchant_app.printing.data import ProductLabelData
from merchant_app.printing.layouts import FieldKind, shipped_layouts
from merchant_app.printing.pdf import render_pdf
from merchant_app.services import (
    label_layouts_store,
    label_printing,
    order_steps,
    orders,
    packing,
)
from merchant_app.services.label_printing import PrinterSettings
from merchant_app.services.orders import LineInput, OrderDraft
from tests.catalog_factories import ean13, product
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import main_location, put_stock
from tests.unit.test_label_jobs import decode_pdf
from tests.unit.test_label_printing import ZplServer

needs_tools = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils and zbar-tools",
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    for n, sku in enumerate(("TEA-1", "CUP-1"), start=1):
        p = product(w, sku, f"Product {sku} 绿茶", barcodes=(ean13(n),), price_minor=1250)
        put_stock(w, p.id, main_location(w), 10)
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def screen(qtbot, world: ShopWorld) -> LabelsScreen:  # type: ignore[no-untyped-def]
    widget = LabelsScreen(world.ctx, world.owner, SimpleNamespace(runner=TaskRunner(inline=True)))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.refresh()
    return widget


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_a_sample_then_the_scanned_product(screen: LabelsScreen) -> None:
    panel = screen.print_panel
    panel.update_preview()
    assert panel.preview.has_page() and "sample" in panel.preview_caption.text()
    screen.handle_scan(ean13(1))
    screen.handle_scan("CUP-1")
    screen.handle_scan(ean13(1))  # again: one more copy
    assert [(sku, n) for sku, _name, n in panel.items] == [("TEA-1", 2), ("CUP-1", 1)]
    panel.update_preview()
    assert panel.preview.has_page() and "first page" in panel.preview_caption.text()
    screen.handle_scan("NO-SUCH-CODE")
    assert "NO-SUCH-CODE" in panel.notice.text()
    assert panel.select_layout("Sheet A4 3×8 (70×37 mm)")
    assert panel.skip.isEnabled() and panel.skip.maximum() == 23
    assert not panel.zpl_button.isEnabled()  # a sheet is not for ZPL


@needs_tools
def test_print_through_a_qprinter_with_the_printers_settings(
    screen: LabelsScreen, world: ShopWorld, tmp_path: Path
) -> None:
    office = label_printing.save_printer(
        world.ctx,
        world.owner,
        PrinterSettings("Office", "system", system_name="Office", offset_x_mm=1.0, dpi=300),
    )
    screen.refresh()
    panel = screen.print_panel
    panel.add_code("TEA-1", copies=2)
    panel.add_code("CUP-1")
    assert panel.select_layout("Product 50×30 mm") and panel.select_printer("Office")
    out = tmp_path / "printed.pdf"
    asked: list[object] = []
    panel.choose_qprinter = lambda settings: asked.append(settings) or pdf_printer(out)  # type: ignore[method-assign]
    panel.print_button.click()
    assert asked == [office]
    assert "Printed 3 labels on Office" in panel.notice.text()
    assert PdfPages(out.read_bytes()).count == 3
    assert decode_pdf(out.read_bytes(), tmp_path) == [ean13(1), ean13(1), ean13(2)]
    [entry] = label_printing.list_print_log(world.ctx, world.owner)
    assert entry.output == "printer" and entry.printer_name == "Office" and entry.label_count == 3


def dark_columns(image: QImage) -> tuple[int, int]:
    """First and last column with a dark pixel."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    cols = [
        x
        for x in range(gray.width())
        if any(gray.pixelColor(x, y).value() < 128 for y in range(0, gray.height(), 2))
    ]
    return cols[0], cols[-1]


def test_offset_and_scale_move_and_resize_the_printed_page() -> None:
    layout = shipped_layouts()["Product 50×30 mm"]
    pages = PdfPages(label_printing.test_label(layout, "pdf"))
    page = pages.render(0, 203)
    pages.close()

    def painted(offset: tuple[float, float], scale: int) -> tuple[int, int]:
        canvas = QImage(page.size() * 2, QImage.Format.Format_ARGB32)
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        paint_page(painter, page, 203, offset, scale)
        painter.end()
        return dark_columns(canvas)

    left, right = painted((0, 0), 100)
    moved = painted((5.0, 0), 100)
    assert moved == (left + 40, right + 40)  # 5 mm at 203 dpi
    half = painted((0, 0), 50)
    assert abs((half[1] - half[0]) - (right - left) / 2) <= 2


def test_send_zpl_to_a_network_printer(screen: LabelsScreen, world: ShopWorld) -> None:
    server = ZplServer()
    label_printing.save_printer(
        world.ctx,
        world.owner,
        PrinterSettings("Zebra", "zpl_network", host="127.0.0.1", port=server.port, darkness=20),
    )
    screen.refresh()
    panel = screen.print_panel
    panel.add_code("TEA-1", copies=4)
    assert panel.select_layout("Product 57×32 mm") and panel.select_printer("Zebra")
    assert panel.zpl_button.isEnabled() and not panel.print_button.isEnabled()
    panel.zpl_button.click()
    sent = server.close().decode()
    assert sent.startswith("~SD20") and "^PQ4" in sent and ean13(1)[:12] in sent
    assert "Sent 4 labels to Zebra" in panel.notice.text()


def test_layout_editor_saves_a_change_and_refuses_a_box_off_the_label(
    qtbot, screen: LabelsScreen, world: ShopWorld
) -> None:  # type: ignore[no-untyped-def]
    screen.tabs.setCurrentWidget(screen.layouts)
    panel = screen.layouts
    panel.select("Product 50×30 mm")
    editor = panel.editor
    assert editor.read_only and not editor.save_button.isEnabled()
    assert panel.copy_current("Shelf label")
    assert editor.original_name == "Shelf label" and not editor.read_only
    editor.fields.setCurrentRow(1)  # the price
    editor.box["y_mm"].setValue(9.5)
    editor.max_font.setValue(12.0)
    qtbot.waitUntil(lambda: editor.preview.has_page())
    assert editor.save()
    saved = label_layouts_store.get_layout(world.ctx, world.owner, "Shelf label")
    assert saved.field("price").y_mm == 9.5 and saved.field("price").max_font_pt == 12.0
    editor.box["x_mm"].setValue(30.0)  # 30 + 27.6 mm: past the 50 mm label
    assert "price" in editor.notice.text() and "inside" in editor.notice.text()
    assert not editor.save()
    assert "Not saved" in editor.notice.text() and "price" in editor.notice.text()
    assert label_layouts_store.get_layout(world.ctx, world.owner, "Shelf label") == saved
    screen.tabs.setCurrentWidget(screen.print_panel)
    assert screen.print_panel.select_layout("Shelf label")


def test_reprint_makes_the_same_labels_again(
    qtmodeltester, screen: LabelsScreen, world: ShopWorld, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mug = product(world, "MUG", "Mug", price_minor=900)
    put_stock(world, mug.id, main_location(world), 5)
    for name in ("王小明", "Ann Lee"):
        order = orders.place_order(
            world.ctx,
            world.owner,
            OrderDraft(
                lines=(LineInput(mug.id, 1),),
                delivery_method="carrier",
                ship_name=name,
                ship_address="深圳市南山区科苑路 15 号",
                payment_terms="cod",
            ),
        )
        order_steps.review(world.ctx, world.owner, order.id)
        order_steps.approve(world.ctx, world.owner, order.id)
    panel = screen.print_panel
    panel.kind.setCurrentIndex(panel.kind.findData("shipping"))
    panel.find_orders()
    assert len(panel.orders) == 2 and "2 labels" in panel.orders_total.text()
    first, second = tmp_path / "first.pdf", tmp_path / "again.pdf"
    panel.choose_path = lambda *_a: str(first)  # type: ignore[method-assign]
    panel.pdf_button.click()
    assert first.exists() and "Wrote 2 labels" in panel.notice.text()
    screen.tabs.setCurrentWidget(screen.log)
    assert screen.log.model.rowCount() == 1
    qtmodeltester.check(screen.log.model)
    panel.choose_path = lambda *_a: str(second)  # type: ignore[method-assign]
    screen.log.reprint_button.click()
    assert second.read_bytes() == first.read_bytes()
    entries = label_printing.list_print_log(world.ctx, world.owner)
    assert len(entries) == 2 and entries[0].reprint_of == entries[1].id
    assert screen.log.model.rowCount() == 2


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(PrintLogModel())


SHOTS = Path("/tmp/shots")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def decode_all(pdf: bytes, tmp_path: Path) -> list[str]:
    """Every barcode and QR code zbarimg reads on the PDF's pages (300 dpi)."""
    src = tmp_path / "check.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(src), str(tmp_path / "c")], check=True)
    codes: list[str] = []
    for png in sorted(tmp_path.glob("c*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
        assert out.returncode in (0, 4), out.stderr
        codes += [line for line in out.stdout.split("\n") if line]
    return codes


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


@needs_tools
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_layout_editor_adds_and_removes_fields_and_changes_what_they_show(
    qtbot, themed: QApplication, screen: LabelsScreen, world: ShopWorld, theme: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    apply_theme(themed, theme)
    screen.tabs.setCurrentWidget(screen.layouts)
    panel = screen.layouts
    panel.select("Product 57×32 mm")
    assert panel.copy_current("Shelf with QR")
    editor = panel.editor
    form = editor.field_form
    names = [editor.fields.item(i).text() for i in range(editor.fields.count())]
    assert names == ["name", "price", "sku", "barcode"]

    # the SKU line goes; the product name gets bold and stops wrapping
    editor.fields.setCurrentRow(2)
    qtbot.mouseClick(editor.remove_field_button, Qt.MouseButton.LeftButton)
    assert [editor.fields.item(i).text() for i in range(editor.fields.count())] == [
        "name",
        "price",
        "barcode",
    ]
    editor.fields.setCurrentRow(0)
    assert form.source.currentData() == "name" and form.wrap.isChecked()
    qtbot.mouseClick(form.bold, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.wrap, Qt.MouseButton.LeftButton)
    form.max_font.setValue(8.0)

    # a QR code of the SKU in the corner the SKU line left, the barcode made narrower
    editor.fields.setCurrentRow(2)
    form.box["w_mm"].setValue(38.0)
    editor.add_field("qr")
    assert editor.fields.currentItem().text() == "qr_1"
    assert not form.symbology.isVisibleTo(form) and not form.caption.isVisibleTo(form)
    assert form.source.currentData() == "sku"  # what a new QR code shows first
    for key, value in (("x_mm", 39.5), ("y_mm", 14.5), ("w_mm", 17.0), ("h_mm", 17.0)):
        form.box[key].setValue(value)

    # a fixed text with no data: the caption only
    editor.add_field("text")
    form.source.setCurrentIndex(form.source.findData(""))
    qtbot.keyClicks(form.caption, "SALE")
    qtbot.keyClicks(form.name, "_sale")  # renamed in the list too
    assert editor.fields.currentItem().text() == "text_1_sale"
    for key, value in (("x_mm", 39.5), ("y_mm", 9.5), ("w_mm", 17.0), ("h_mm", 5.0)):
        form.box[key].setValue(value)
    qtbot.waitUntil(lambda: not editor.preview_pending())
    assert editor.preview.has_page() and not editor.problem, editor.notice.text()
    shot(screen, f"layout_editor_{theme}")
    assert editor.save(), editor.notice.text()

    saved = label_layouts_store.get_layout(world.ctx, world.owner, "Shelf with QR")
    assert [f.name for f in saved.fields] == ["name", "price", "barcode", "qr_1", "text_1_sale"]
    name = saved.field("name")
    assert name.bold and not name.wrap and name.max_font_pt == 8.0
    qr = saved.field("qr_1")
    assert (qr.kind, qr.source, qr.x_mm, qr.w_mm) == (FieldKind.QR, "sku", 39.5, 17.0)
    assert saved.field("text_1_sale").text == "SALE" and not saved.field("text_1_sale").source
    label = ProductLabelData("Green tea 绿茶", "¥12.50", "TEA-1", ean13(1))
    assert sorted(decode_all(render_pdf(saved, [label]), tmp_path)) == sorted([ean13(1), "TEA-1"])


def test_layout_editor_refuses_a_box_without_a_size_and_names_the_field(
    screen: LabelsScreen, world: ShopWorld
) -> None:
    screen.tabs.setCurrentWidget(screen.layouts)
    panel = screen.layouts
    panel.select("Product 50×30 mm")
    assert panel.copy_current("Small")
    editor = panel.editor
    before = label_layouts_store.get_layout(world.ctx, world.owner, "Small")
    editor.fields.setCurrentRow(3)  # the barcode
    editor.box["h_mm"].setValue(0.0)
    assert "“barcode”" in editor.notice.text() and "width and a height" in editor.notice.text()
    assert not editor.save()
    assert "Not saved" in editor.notice.text()
    editor.box["h_mm"].setValue(12.0)
    editor.add_field("image")  # nothing to show yet: a picture is asked for
    assert "choose a picture" in editor.notice.text()
    assert not editor.save()
    assert label_layouts_store.get_layout(world.ctx, world.owner, "Small") == before


def test_layout_editor_image_field_shows_the_chosen_picture(
    qtbot, screen: LabelsScreen, world: ShopWorld, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    Image.new("L", (60, 30), 0).save(logo)
    not_png = tmp_path / "logo.txt"
    not_png.write_text("not a picture")
    screen.tabs.setCurrentWidget(screen.layouts)
    panel = screen.layouts
    panel.select("Shipping 100×150 mm")
    assert panel.copy_current("With logo")
    editor = panel.editor
    form = editor.field_form
    editor.add_field("image")
    assert form.source.currentData() == "logo" and form.picture_button.isVisibleTo(form)
    form.source.setCurrentIndex(form.source.findData(""))
    assert "choose a picture" in editor.notice.text()
    form.choose_picture_file = lambda: str(not_png)  # type: ignore[method-assign]
    qtbot.mouseClick(form.picture_button, Qt.MouseButton.LeftButton)
    assert "not a PNG or JPEG" in editor.notice.text() and not editor.save()
    form.choose_picture_file = lambda: str(logo)  # type: ignore[method-assign]
    qtbot.mouseClick(form.picture_button, Qt.MouseButton.LeftButton)
    for key, value in (("x_mm", 60.0), ("y_mm", 139.0), ("w_mm", 36.0), ("h_mm", 10.0)):
        form.box[key].setValue(value)
    qtbot.waitUntil(lambda: not editor.problem)
    assert "KB" in form.picture_status.text()
    assert editor.save(), editor.notice.text()
    saved = label_layouts_store.get_layout(world.ctx, world.owner, "With logo")
    assert saved.field("image_1").image and not saved.field("image_1").source
    pdf = render_pdf(saved, [label_layouts_store.sample_label("shipping")])
    assert pdf.count(b"/Subtype /Image") == 1


def test_a_shop_layout_becomes_the_packing_desks(screen: LabelsScreen, world: ShopWorld) -> None:
    screen.tabs.setCurrentWidget(screen.layouts)
    panel = screen.layouts
    automatic = label_layouts_store.default_shipping_layout(world.ctx, world.owner)
    assert not automatic.chosen
    panel.select("Product 50×30 mm")
    assert not panel.default_button.isEnabled()  # not a shipping layout
    panel.select(automatic.name)
    assert not panel.default_button.isEnabled()  # already the one
    assert "packing desk" in panel.list.currentItem().text()
    assert panel.copy_current("Desk 4×6")
    assert panel.default_button.isEnabled()
    panel.default_button.click()
    assert "Desk 4×6" in panel.editor.notice.text()
    assert "packing desk" in panel.list.currentItem().text()
    chosen = label_layouts_store.default_shipping_layout(world.ctx, world.owner)
    assert (chosen.name, chosen.chosen) == ("Desk 4×6", True)
    with world.ctx.db.transaction() as s:
        assert packing.label_layout(s).name == "Desk 4×6"
    screen.tabs.setCurrentWidget(screen.print_panel)  # shipping jobs start on it too
    panel_print = screen.print_panel
    panel_print.kind.setCurrentIndex(panel_print.kind.findData("shipping"))
    assert panel_print.current_layout().name == "Desk 4×6"  # type: ignore[union-attr]
