"""The backups panel and the scheduler on real widgets and a real shop: back up now (on the
backup lane's own thread, the window's runner stays free) → listed as verified; verify a
damaged one; restore with confirmation, then the app restarts; the schedule is saved;
the scheduler makes the daily backup once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from merchant_app.config import Settings, load_settings
from merchant_app.gui.screens.safety.backups import (
    BackupLane,
    BackupScheduler,
    BackupsPanel,
    BackupsTableModel,
)
from merchant_app.gui.tasks import TaskRunner
from merchant_app.services.backup_files import list_backups, manifest_path
from merchant_app.services.backup_schedule import policy_from_settings
from merchant_app.services.shop import get_shop
from tests.factories import ShopWorld, make_shop
from tests.unit.test_backups import order_count, place_orders


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{(tmp_path / 'data' / 'shop.sqlite3').as_posix()}")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def window(world: ShopWorld, tmp_path: Path) -> Iterator[SimpleNamespace]:
    settings = Settings(data_dir=tmp_path / "data", extra={"backup.folder": str(tmp_path / "out")})
    win = SimpleNamespace(
        settings=settings,
        runner=TaskRunner(inline=True),
        shop=get_shop(world.ctx),
        backup_lane=BackupLane(inline=True),
    )
    yield win
    win.backup_lane.runner.wait_idle(30_000)


@dataclass
class Boxes:
    """Message boxes the panel showed (answered without blocking)."""

    questions: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    seen = Boxes()

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        seen.questions.append(text)
        return seen.answer

    def information(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        seen.infos.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return seen


def make_panel(qtbot: Any, world: ShopWorld, window: SimpleNamespace) -> BackupsPanel:
    panel = BackupsPanel(world.ctx, world.owner, window)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def statuses(panel: BackupsPanel) -> list[str]:
    model = panel.model
    return [model.data(model.index(r, BackupsTableModel.STATUS)) for r in range(model.rowCount())]


def test_back_up_now_on_its_own_thread_is_listed_as_verified(
    qtbot: Any, world: ShopWorld, window: SimpleNamespace, qtmodeltester: Any
) -> None:
    window.backup_lane = BackupLane()  # threaded, as in the app
    place_orders(world, 2)
    panel = make_panel(qtbot, world, window)
    assert panel.model.rowCount() == 0 and not panel.verify_button.isEnabled()
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert not panel.backup_button.isEnabled()  # busy: the button waits for the backup
    assert not window.runner.busy  # the window's runner is free for order entry
    qtbot.waitUntil(lambda: panel.task is None, timeout=60_000)
    assert statuses(panel) == ["Verified"]
    assert panel.backup_button.isEnabled() and panel.progress.isHidden()
    assert "written and verified" in panel.notice.text()
    [backup] = list_backups(Path(window.settings.extra["backup.folder"]))
    assert panel.selected_backup() == backup and backup.status == "ok"
    qtmodeltester.check(panel.model)


def test_verify_reports_a_damaged_backup(
    qtbot: Any, world: ShopWorld, window: SimpleNamespace
) -> None:
    panel = make_panel(qtbot, world, window)
    panel.backup_button.click()
    [backup] = list_backups(panel.folder)
    with open(backup.path, "r+b") as fh:
        fh.seek(backup.size // 2)
        fh.write(b"\xff" * 32)
    panel.table.selectRow(0)
    panel.verify_button.click()
    assert statuses(panel) == ["Damaged"]
    assert panel.notice.level == panel.notice.ERROR
    assert "is damaged and cannot be restored" in panel.notice.text()
    assert "checksum" in panel.notice.text()


def test_restore_asks_first_then_restarts_the_app(
    qtbot: Any, world: ShopWorld, window: SimpleNamespace, boxes: Boxes
) -> None:
    place_orders(world, 2)
    panel = make_panel(qtbot, world, window)
    restarts: list[bool] = []
    panel.restart = lambda: restarts.append(True)
    panel.backup_button.click()
    place_orders(world, 3)
    panel.table.selectRow(0)

    boxes.answer = QMessageBox.StandardButton.No
    panel.restore_button.click()
    assert len(boxes.questions) == 1 and "Test Shop" in boxes.questions[0]
    assert order_count(world.ctx.db.url) == 5 and restarts == []

    boxes.answer = QMessageBox.StandardButton.Yes
    panel.restore_button.click()
    assert restarts == [True] and "restarts" in boxes.infos[-1]
    assert order_count(world.ctx.db.url) == 2
    assert panel.lane.paused  # no scheduled backup until the app has restarted


def test_schedule_and_retention_are_saved_to_the_desk_settings(
    qtbot: Any, world: ShopWorld, window: SimpleNamespace
) -> None:
    panel = make_panel(qtbot, world, window)
    panel.enabled_check.setChecked(False)
    panel.time_edit.setTime(QTime(21, 15))
    panel.daily_spin.setValue(3)
    panel.monthly_spin.setValue(6)
    with qtbot.waitSignal(panel.settings_saved) as saved:
        panel.save_button.click()
    policy = policy_from_settings(load_settings(window.settings.data_dir))
    assert saved.args[0] is window.settings
    assert (policy.enabled, policy.at.hour, policy.at.minute) == (False, 21, 15)
    assert (policy.keep.daily, policy.keep.weekly, policy.keep.monthly) == (3, 4, 6)
    assert policy.folder == panel.folder


def test_scheduler_makes_the_daily_backup_once(
    qtbot: Any, world: ShopWorld, window: SimpleNamespace
) -> None:
    scheduler = BackupScheduler(world.ctx, window, interval_ms=50, first_check_ms=0)
    made: list[Any] = []
    scheduler.backup_made.connect(made.append)
    assert scheduler.check_now()
    assert len(made) == 1 and made[0].backup.kind == "daily"
    assert manifest_path(made[0].backup.path).exists()
    assert scheduler.check_now() and len(made) == 1  # not due again today
    window.backup_lane.paused = True
    assert not scheduler.check_now()
    window.backup_lane.paused = False
    scheduler.start()
    qtbot.wait(120)
    scheduler.stop()
    assert len(made) == 1 and len(list_backups(panel_folder(window))) == 1


def panel_folder(window: SimpleNamespace) -> Path:
    return policy_from_settings(window.settings).folder
