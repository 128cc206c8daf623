"""The Labels screen on real widgets and a real shop (SQLite file): the preview shows the
first label, scans add products, printing goes through a QPrinter (a PDF file here) with
the printer's offset, ZPL reaches a network printer, the layout editor saves a changed
layout and refuses a box off the label, and a reprint makes the same labels again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from merchant_app.gui.screens.labels import LabelsScreen
from merchant_app.gui.screens.labels.preview import PdfPages, paint_page
from merchant_app.gui.screens.labels.print_log import PrintLogModel
from merchant_app.gui.tasks import TaskRunner
from merchant_app.printing.layouts import shipped_layouts
from merchant_app.services import label_layouts_store, label_printing, order_steps, orders
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
