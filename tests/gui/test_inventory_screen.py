"""The Inventory screen on real widgets and a real shop: search as you type, a scan opens
its product, stock adjustment, and a blind count by scans applied to the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.screens.inventory import InventoryScreen
from merchant_app.gui.screens.inventory.dialogs import AdjustStockDialog, ProductEditorDialog
from merchant_app.services import catalog, product_import, stock
from merchant_app.services.demo_catalog import demo_product_rows
from tests.factories import ShopWorld, make_shop


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    product_import.import_products(w.ctx, w.owner, demo_product_rows(60), dry_run=False)
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def screen(qtbot, world: ShopWorld) -> InventoryScreen:  # type: ignore[no-untyped-def]
    widget = InventoryScreen(world.ctx, world.owner)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    widget.refresh()
    return widget


def _skus(model: PagedTableModel) -> list[str]:  # type: ignore[type-arg]
    return [row.sku for row in model.loaded_rows()]


def test_models_pass_the_model_tester(qtmodeltester, screen: InventoryScreen) -> None:  # type: ignore[no-untyped-def]
    assert screen.products.model.rowCount() > 0
    qtmodeltester.check(screen.products.model)
    qtmodeltester.check(screen.stock.levels_model)
    qtmodeltester.check(screen.stock.moves_model)


def test_search_as_you_type_narrows_the_list(qtbot, screen: InventoryScreen) -> None:  # type: ignore[no-untyped-def]
    everything = screen.products.model.rowCount()
    qtbot.keyClicks(screen.products.search, "hoodie")
    rows = screen.products.model.loaded_rows()
    assert 0 < len(rows) < everything
    assert all("hoodie" in r.name.lower() for r in rows)
    screen.products.search.clear()
    qtbot.keyClicks(screen.products.search, "P0003")
    assert _skus(screen.products.model) == ["P0003"]


def test_a_scan_opens_the_product_and_shows_its_stock(screen: InventoryScreen) -> None:
    wanted = next(r for r in demo_product_rows(60) if r.sku == "P0005")
    screen.handle_scan(wanted.barcodes[0])
    current = screen.products.model.row_at(screen.products.table.currentIndex().row())
    assert current is not None and current.sku == "P0005"
    assert screen.stock.product.sku == "P0005"
    assert screen.stock.levels_model.rowCount() == 1
    level = screen.stock.levels_model.row_at(0)
    assert level.on_hand == wanted.stock


def test_an_unknown_scan_is_reported_not_ignored(screen: InventoryScreen) -> None:
    screen.handle_scan("2999999999998")
    assert "2999999999998" in screen.notice.text()


def test_adjusting_stock_writes_a_move(qtbot, world: ShopWorld, screen: InventoryScreen) -> None:  # type: ignore[no-untyped-def]
    row = catalog.search_products(world.ctx, world.owner, "P0007")[0]
    before = stock.levels(world.ctx, world.owner, row.id)[0].on_hand
    dialog = AdjustStockDialog(world.ctx, world.owner, row, screen)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("found"))
    dialog.quantity.setValue(3)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stock.levels(world.ctx, world.owner, row.id)[0].on_hand == before + 3
    history = stock.moves(world.ctx, world.owner, row.id)
    assert history[0].quantity == 3 and history[0].reason == "found"


def test_an_adjustment_that_would_go_negative_is_refused_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    screen: InventoryScreen,
) -> None:
    row = catalog.search_products(world.ctx, world.owner, "P0007")[0]
    before = stock.levels(world.ctx, world.owner, row.id)[0].on_hand
    dialog = AdjustStockDialog(world.ctx, world.owner, row, screen)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("correction"))
    dialog.quantity.setValue(-(before + 5))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "P0007" in dialog.notice.text()
    assert stock.levels(world.ctx, world.owner, row.id)[0].on_hand == before


def test_blind_count_by_scans_then_apply(
    monkeypatch: pytest.MonkeyPatch,
    world: ShopWorld,
    screen: InventoryScreen,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    rows = {r.sku: r for r in demo_product_rows(60)}
    target = rows["P0002"]
    screen.tabs.setCurrentWidget(screen.counts)
    screen.counts.start_button.click()
    assert screen.counts.count is not None
    for _ in range(2):
        screen.handle_scan(target.barcodes[0])
    screen.handle_scan("NOT-A-PRODUCT")
    assert "NOT-A-PRODUCT" in screen.counts.feedback.text()
    line = next(r for r in screen.counts.model.loaded_rows() if r.sku == "P0002")
    assert line.counted == 2
    assert line.difference == 2 - target.stock
    screen.counts.apply_button.click()
    assert "applied" in screen.counts.notice.text()
    product = catalog.search_products(world.ctx, world.owner, "P0002")[0]
    assert stock.levels(world.ctx, world.owner, product.id)[0].on_hand == 2


def test_the_editor_saves_fields_and_barcodes_or_nothing(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    rows = {r.sku: r for r in demo_product_rows(60)}
    row = catalog.search_products(world.ctx, world.owner, "P0004")[0]
    dialog = ProductEditorDialog(world.ctx, world.owner, row.id, "CNY")
    qtbot.addWidget(dialog)
    dialog.name.setText("Renamed mug")
    dialog.barcodes.setText(f"{rows['P0004'].barcodes[0]}, {rows['P0005'].barcodes[0]}")
    dialog.accept()  # the second code belongs to P0005: refused, nothing saved
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "P0005" in dialog.notice.text()
    assert catalog.get_product(world.ctx, world.owner, row.id).name == row.name
    dialog.barcodes.setText(rows["P0004"].barcodes[0])
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert catalog.get_product(world.ctx, world.owner, row.id).name == "Renamed mug"


DATA = Path(__file__).resolve().parent.parent / "data" / "imports"


def test_import_dialog_lists_problems_by_row_then_imports_a_good_file(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
) -> None:
    from merchant_app.gui.screens.inventory.import_dialog import ImportProductsDialog
    from merchant_app.gui.tasks import TaskRunner
    from tests.catalog_factories import dump

    dialog = ImportProductsDialog(world.ctx, world.owner, TaskRunner(inline=True))
    qtbot.addWidget(dialog)
    before = dump(world.ctx.db)
    dialog.path.setText(str(DATA / "broken_check_digit.csv"))
    dialog.start(dry_run=False)
    assert "row 3" in dialog.report.toPlainText()
    assert "6901234567890" in dialog.report.toPlainText()
    assert not dialog.imported
    assert dump(world.ctx.db) == before
    dialog.path.setText(str(DATA / "woocommerce_export.csv"))
    dialog.start(dry_run=True)
    assert not dialog.imported and dump(world.ctx.db) == before
    dialog.start(dry_run=False)
    assert dialog.imported
    assert dump(world.ctx.db) != before


def test_a_counter_sees_what_was_counted_never_the_expected_stock(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
) -> None:
    from merchant_app.gui.screens.inventory.counts import CountedModel

    counter = world.add_user("wang", "Warehouse")
    screen = InventoryScreen(world.ctx, counter)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentWidget(screen.counts)
    assert isinstance(screen.counts.model, CountedModel)
    assert not screen.counts.apply_button.isEnabled()
    target = next(r for r in demo_product_rows(60) if r.sku == "P0002")
    screen.counts.start_button.click()
    for _ in range(3):
        screen.handle_scan(target.barcodes[0])
    screen.handle_scan("NOT-A-PRODUCT")
    assert screen.counts.notice.text() == ""  # no refusal: the counter may do all this
    rows = screen.counts.model.loaded_rows()
    assert [(r.sku, r.counted) for r in rows] == [("P0002", 3)]
    assert not hasattr(rows[0], "expected")
    assert "1 unknown" in screen.counts.totals.text()


def test_the_editor_generates_codes_shows_price_history_and_requests_delisting(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    world: ShopWorld,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from merchant_app.barcodes import detect
    from merchant_app.services import catalog_prices

    row = catalog.search_products(world.ctx, world.owner, "P0006")[0]
    catalog_prices.change_price(world.ctx, world.owner, row.id, price_minor=row.price_minor + 100)
    dialog = ProductEditorDialog(world.ctx, world.owner, row.id, "CNY")
    qtbot.addWidget(dialog)
    assert dialog.history_model.rowCount() == 1
    dialog.generate_button.click()
    codes = dialog._codes()
    assert len(codes) == 2 and codes[1].startswith("20") and detect(codes[1]).value == "ean13"
    assert catalog.find_by_barcode(world.ctx, world.owner, codes[1]).id == row.id  # type: ignore[union-attr]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Discontinued", True))
    dialog.delist_button.click()
    assert catalog.get_product(world.ctx, world.owner, row.id).status == "delisted"
    assert not dialog.delist_button.isEnabled()
    dialog.accept()  # saving afterwards keeps both codes and the delisting
    saved = catalog.get_product(world.ctx, world.owner, row.id)
    assert saved.status == "delisted" and len(saved.barcodes) == 2


def test_a_count_can_cover_one_category(world: ShopWorld, screen: InventoryScreen) -> None:
    snacks = {r.sku for r in demo_product_rows(60) if r.category_path[0] == "Snacks 零食"}
    assert snacks
    screen.tabs.setCurrentWidget(screen.counts)
    combo = screen.counts.category
    combo.setCurrentIndex(combo.findText("Snacks 零食"))
    screen.counts.start_button.click()
    assert {r.sku for r in screen.counts.model.loaded_rows()} == snacks


def test_export_writes_the_catalog_in_the_background(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    world: ShopWorld,
    screen: InventoryScreen,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from merchant_app.gui.tasks import TaskRunner
    from merchant_app.services.product_export import export_products

    target = tmp_path / "out" / "products.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    screen.runner = TaskRunner(inline=True)
    screen.export_button.click()
    assert target.read_bytes() == export_products(world.ctx, world.owner)
    assert "60 products" in screen.notice.text()
