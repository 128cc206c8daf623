"""A read-only or full database seen from the window (SAFE-5): the user reads what is
wrong in a message, never a crash dialog, and the form keeps what was typed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event, func, select

from merchant_app.database import Database
from merchant_app.errors import DatabaseUnavailable
from merchant_app.gui import errors as gui_errors
from merchant_app.gui.screens.members.register_dialog import MemberDialog
from merchant_app.gui.screens.orders.entry import OrderEntryPanel
from merchant_app.gui.tasks import TaskRunner
from merchant_app.models import Member, SalesOrder
from merchant_app.services import members
from merchant_app.services.context import AppContext
from tests.catalog_factories import ean13, product
from tests.factories import ShopWorld, make_shop
from tests.stock_factories import main_location, put_stock

READ_ONLY = "The database is read-only, so nothing can be saved. Check the disk."
FULL = "The disk is full, so nothing was saved. Free some space and try again."
SHOTS = Path(os.environ.get("MERCHANT_SHOTS", "/tmp/shots"))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{(tmp_path / 'shop.sqlite3').as_posix()}")
    p = product(w, "TEA-1", barcodes=(ean13(1),), price_minor=1000)
    put_stock(w, p.id, main_location(w), 50)
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Message boxes and crash dialogs, recorded instead of shown (they would block)."""
    shown: dict[str, list[str]] = {"warning": [], "crash": []}

    def warning(_parent: Any, _title: str, message: str, *_a: Any) -> Any:
        shown["warning"].append(message)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        gui_errors.CrashDialog,
        "exec",
        lambda self: shown["crash"].append(self.details.toPlainText()),
    )
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    return shown


def read_only(world: ShopWorld) -> AppContext:
    """The shop opened read-only by SQLite (writes fail as on a read-only disk)."""
    path = world.ctx.db.engine.url.database
    db = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    return replace(world.ctx, db=db)


def full(world: ShopWorld) -> AppContext:
    """The shop with no room to grow (writes fail as on a full disk)."""
    with world.ctx.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db = Database(str(world.ctx.db.engine.url))

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    return replace(world.ctx, db=db)


def _count(world: ShopWorld, model: Any) -> int:
    with world.ctx.db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_show_error_puts_the_database_message_in_a_message_box(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    dialogs: dict[str, list[str]],
) -> None:
    ctx = read_only(world)
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            members.register_member(
                ctx, world.owner, members.MemberInput(name="Mei", phone="13800138000")
            )
    finally:
        ctx.db.dispose()
    gui_errors.show_error(None, err.value)
    assert dialogs == {"warning": [READ_ONLY], "crash": []}


def test_a_background_save_on_a_read_only_database_ends_in_a_message_box(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    dialogs: dict[str, list[str]],
) -> None:
    ctx = read_only(world)
    runner = TaskRunner(inline=True)
    try:

        def work(_progress: Any, _token: Any) -> Any:
            data = members.MemberInput(name="Mei", phone="13800138000")
            return members.register_member(ctx, world.owner, data)

        done: list[Any] = []
        runner.run(work, on_done=done.append)  # no on_error: the runner shows it
    finally:
        ctx.db.dispose()
    assert done == []
    assert dialogs == {"warning": [READ_ONLY], "crash": []}
    assert _count(world, Member) == 0


def test_the_member_form_says_the_database_is_read_only_and_keeps_the_input(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    dialogs: dict[str, list[str]],
) -> None:
    ctx = read_only(world)
    try:
        dialog = MemberDialog(ctx, world.owner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.name, "Wang Fang")
        qtbot.keyClicks(dialog.phone, "138 0013 8000")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert dialog.notice.text() == READ_ONLY
        assert dialog.result_member is None and dialog.isVisible()
        assert dialog.name.text() == "Wang Fang"
    finally:
        ctx.db.dispose()
    assert dialogs == {"warning": [], "crash": []}
    assert _count(world, Member) == 0


def test_placing_an_order_on_a_full_disk_says_so_and_keeps_the_order(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    dialogs: dict[str, list[str]],
) -> None:
    ctx = full(world)
    try:
        panel = OrderEntryPanel(ctx, world.owner)
        qtbot.addWidget(panel)
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        panel.handle_scan(ean13(1))
        panel.handle_scan(ean13(1))
        for _ in range(50):  # a little may still fit in the last pages
            if panel.place_order() is None:
                break
            panel.handle_scan(ean13(1))
        assert panel.notice.text() == FULL
        assert [ln.sku for ln in panel.model.lines()] == ["TEA-1"]  # the form keeps it
        SHOTS.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        panel.grab().save(str(SHOTS / "disk_full_order_entry.png"))
        placed = _count(world, SalesOrder)
        assert placed < 50
    finally:
        ctx.db.dispose()
    assert dialogs == {"warning": [], "crash": []}
