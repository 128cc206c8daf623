"""The packing desk panel on a real shop (SQLite file): scanning an order open, verifying
its items (a wrong one turns the strip red and beeps), finishing ships it and saves the
documents; switching orders asks first; batch mode makes a pick list and labels."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_app.config import Settings
from merchant_app.gui.screens.orders import packing as packing_gui
from merchant_app.gui.screens.orders.packing import (
    OrdersToPackModel,
    PackingLinesModel,
    PackingPanel,
)
from merchant_app.gui.tasks import TaskRunner
from merchant_app.services import order_payments, order_steps, orders, packing, stock
from merchant_app.services.context import Actor
from merchant_app.services.order_flow import OrderState
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.permissions import WAREHOUSE
from tests.catalog_factories import ean13, product
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import main_location, put_stock


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def opened() -> list[Path]:
    """The PDFs the panel would have opened in the desktop's viewer."""
    return []


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def goods(world: ShopWorld) -> list[str]:
    ids = []
    for n, sku in enumerate(("TEA-1", "CUP-1", "POT-1"), start=1):
        p = product(world, sku, f"Product {sku}", barcodes=(ean13(n),), price_minor=1000)
        put_stock(world, p.id, main_location(world), 20)
        ids.append(p.id)
    return ids


def approved(world: ShopWorld, lines: list[tuple[str, int]], paid: bool = True) -> orders.OrderInfo:
    draft = OrderDraft(
        lines=tuple(LineInput(pid, n) for pid, n in lines),
        customer_name="Wang Xiaoming",
        ship_name="王小明",
        ship_phone="+86 138 0013 8000",
        ship_address="广东省深圳市南山区科技园南区 深南大道 9988 号",
        delivery_method="carrier",
    )
    info = orders.place_order(world.ctx, world.owner, draft)
    if paid:
        order_payments.take_payment(
            world.ctx, world.owner, info.id, [PaymentInput("card", info.total_minor)]
        )
    order_steps.review(world.ctx, world.owner, info.id)
    return order_steps.approve(world.ctx, world.owner, info.id)


def panel_on(
    qtbot, world: ShopWorld, actor: Actor, tmp_path: Path, opened: list[Path], runner=None
) -> PackingPanel:  # type: ignore[no-untyped-def]
    main = SimpleNamespace(
        runner=runner,
        settings=Settings(data_dir=tmp_path / "data"),
        shop=SimpleNamespace(currency="CNY"),
    )
    panel = PackingPanel(world.ctx, actor, main)
    qtbot.addWidget(panel)
    panel.open_documents = opened.extend  # collects what would have been opened
    panel.resize(1280, 800)
    panel.show()
    return panel


def packed_column(panel: PackingPanel) -> list[str]:
    m = panel.lines_model
    return [m.data(m.index(r, PackingLinesModel.PACKED)) for r in range(m.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, world: ShopWorld) -> None:
    tea, cup, _pot = goods(world)
    order = approved(world, [(tea, 2), (cup, 1)])
    view = packing.open_for_packing(world.ctx, world.owner, order.number)
    qtmodeltester.check(PackingLinesModel())
    lines = PackingLinesModel()
    lines.set_lines(view.lines)
    qtmodeltester.check(lines)
    qtmodeltester.check(OrdersToPackModel())
    batch = OrdersToPackModel()
    batch.set_rows(packing.orders_to_pack(world.ctx, world.owner))
    assert batch.setData(batch.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert batch.checked_ids() == [order.id]
    assert not batch.setData(
        batch.index(0, 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtmodeltester.check(batch)


def test_scan_the_order_then_its_items_and_finish_ships_it(
    qtbot, world: ShopWorld, tmp_path: Path, beeps: list[int], opened: list[Path]
) -> None:
    tea, cup, _pot = goods(world)
    order = approved(world, [(tea, 2), (cup, 1)])
    keeper = world.add_user("wendy", WAREHOUSE)
    panel = panel_on(qtbot, world, keeper, tmp_path, opened)
    assert not panel.finish_button.isEnabled()

    panel.handle_scan(order.number)
    assert panel.view is not None and panel.view.order_id == order.id
    assert order.number in panel.number_label.text()
    assert panel.tracking_label.text() == order.tracking_number
    assert "王小明" in panel.customer_label.text()
    assert packed_column(panel) == ["0 / 2", "0 / 1"]

    panel.handle_scan(ean13(1))
    assert panel.status.text() == "OK — 1 of 3 scanned"
    assert panel.status.styleSheet() == packing_gui._GOOD
    assert packed_column(panel) == ["1 / 2", "0 / 1"]

    panel.handle_scan(ean13(3))  # not on the order
    assert panel.status.styleSheet() == packing_gui._BAD
    assert "Wrong item" in panel.status.text() and ean13(3) in panel.status.text()
    assert beeps == [1]
    assert packed_column(panel) == ["1 / 2", "0 / 1"]

    # typed into the scan field and Enter, like a person would
    qtbot.keyClicks(panel.scan_edit, "cup-1")
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Return)
    assert panel.scan_edit.text() == ""
    assert panel.status.text() == "OK — 2 of 3 scanned"
    panel.handle_scan(ean13(2))  # one cup too many
    assert "Extra unit" in panel.status.text() and len(beeps) == 2
    panel.handle_scan(ean13(1))
    assert panel.status.styleSheet() == packing_gui._GOOD
    assert panel.status.text().startswith("OK — all 3 scanned")
    assert panel.finish_button.isEnabled()

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert orders.get_order(world.ctx, world.owner, order.id).state == OrderState.SHIPPED
    assert panel.status.text() == f"Shipped with {order.tracking_number}"
    folder = tmp_path / "data" / "documents"
    assert [p.name for p in opened] == [
        f"{order.number}-packing-slip.pdf",
        f"{order.number}-label.pdf",
    ]
    assert all(p.parent == folder and p.read_bytes().startswith(b"%PDF") for p in opened)
    assert sum(r.on_hand for r in stock.levels(world.ctx, world.owner, tea)) == 18
    assert not panel.finish_button.isEnabled()
    assert QApplication.focusWidget() is panel.scan_edit  # focus went back to the scan field


def test_unpaid_order_is_packed_but_not_shipped(
    qtbot, world: ShopWorld, tmp_path: Path, beeps: list[int], opened: list[Path]
) -> None:
    tea, _cup, _pot = goods(world)
    order = approved(world, [(tea, 1)], paid=False)
    panel = panel_on(qtbot, world, world.owner, tmp_path, opened)
    panel.handle_scan(order.tracking_number)  # the waybill opens it too
    panel.handle_scan("TEA-1")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_F12)
    assert orders.get_order(world.ctx, world.owner, order.id).state == OrderState.PACKED
    assert panel.status.text().startswith("Packed; not shipped: unpaid")
    assert panel.status.styleSheet() == packing_gui._BAD


def test_another_order_number_switches_only_when_confirmed(
    qtbot,
    world: ShopWorld,
    tmp_path: Path,
    beeps: list[int],
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tea, cup, _pot = goods(world)
    first = approved(world, [(tea, 2)])
    second = approved(world, [(cup, 1)])
    panel = panel_on(qtbot, world, world.owner, tmp_path, opened)
    panel.handle_scan(first.number)
    panel.handle_scan(ean13(1))
    answers: list[bool] = [False, True]
    monkeypatch.setattr(panel, "confirm_switch", lambda _cur, _other: answers.pop(0))
    panel.handle_scan(second.number)
    assert panel.view is not None and panel.view.order_id == first.id
    assert "was not opened" in panel.status.text()
    panel.handle_scan(second.number)
    assert panel.view.order_id == second.id
    assert answers == []
    panel.handle_scan(ean13(2))  # complete now: switching back needs no question
    panel.handle_scan(first.number)
    assert panel.view.order_id == first.id
    assert packed_column(panel) == ["1 / 2"]  # its scans were kept
    assert beeps == []


def test_batch_makes_a_pick_list_and_labels_for_the_ticked_orders(
    qtbot, world: ShopWorld, tmp_path: Path, opened: list[Path]
) -> None:
    tea, cup, pot = goods(world)
    a = approved(world, [(tea, 1)])
    b = approved(world, [(cup, 2), (pot, 1)])
    c = approved(world, [(pot, 1)])
    panel = panel_on(qtbot, world, world.owner, tmp_path, opened, TaskRunner(inline=True))
    panel.tabs.setCurrentWidget(panel.batch)
    model = panel.batch_model
    assert [r.number for r in model.rows] == [a.number, b.number, c.number]
    assert not panel.batch_button.isEnabled()
    panel.select_all_button.click()
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [a.id, c.id]
    assert panel.batch_summary.text() == "2 of 3 orders ticked"
    panel.batch_button.click()
    names = [p.name for p in opened]
    assert names[0].startswith("pick-list-") and names[1].startswith("labels-")
    assert "2 orders" in panel.batch_notice.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(opened[1]), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert a.tracking_number in text and c.tracking_number in text
        assert text.index(a.tracking_number) < text.index(c.tracking_number)
        assert b.tracking_number not in text
    # nothing changed state: a batch only prints
    assert {r.number for r in packing.orders_to_pack(world.ctx, world.owner)} == {
        a.number,
        b.number,
        c.number,
    }
