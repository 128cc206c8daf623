"""The Backups screen in the real window: the Owner is reminded to make a recovery kit
until one exists, the reminder opens the kit tab, scans reach it, the daily backup
scheduler runs with the window, and a desk without the shop's keys offers the kit at
the sign-in window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from merchant_app.config import DATABASE_FILE, Settings
from merchant_app.gui.app import AppController
from merchant_app.gui.tasks import TaskRunner
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import members, recovery_kit
from merchant_app.services.members import MemberInput
from tests.factories import OWNER_PASSWORD, make_shop

PASSPHRASE = "lantern harbour copper 42"


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "desk"
    world = make_shop(f"sqlite:///{(data_dir / DATABASE_FILE).as_posix()}")
    members.register_member(world.ctx, world.owner, MemberInput(name="Mei", phone="13800138000"))
    yield world, data_dir
    world.ctx.db.dispose()


@pytest.fixture
def controllers() -> Iterator[list[AppController]]:
    """The controllers a test starts; afterwards their application-wide event filters
    (scan recogniser, idle watcher) and the backup scheduler are taken away again, so
    later tests type into an application without them."""
    made: list[AppController] = []
    yield made
    app = QApplication.instance()
    for controller in made:
        for name in ("scan_recogniser", "idle_watcher"):
            watcher = getattr(controller, name)
            if watcher is not None:
                app.removeEventFilter(watcher)
        if controller.backup_scheduler is not None:
            controller.backup_scheduler.stop()
        if controller.opened is not None:
            controller.opened.ctx.db.dispose()


def start(qtbot, data_dir: Path, keys, made: list[AppController]) -> AppController:  # type: ignore[no-untyped-def]
    controller = AppController(
        QApplication.instance(),
        Settings(data_dir=data_dir),
        keys=keys,
        runner=TaskRunner(inline=True),
    )
    made.append(controller)
    controller.start()
    qtbot.addWidget(controller.login_window)
    controller._start_loader()
    qtbot.waitUntil(lambda: controller.opened is not None, timeout=30_000)
    controller.loader.wait(30_000)
    return controller


def sign_in(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    panel = controller.login_window.panel
    panel.login.setText("owner")
    panel.password.setText(OWNER_PASSWORD)
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    qtbot.addWidget(controller.main_window)
    # the scheduler and the kit reminder start just after the window is up
    qtbot.waitUntil(lambda: controller.backup_scheduler is not None, timeout=10_000)


def test_owner_is_reminded_to_make_a_kit_and_the_reminder_opens_it(
    qtbot, shop, controllers
) -> None:  # type: ignore[no-untyped-def]
    world, data_dir = shop
    controller = start(qtbot, data_dir, world.ctx.keys, controllers)
    assert not controller.login_window.panel.kit_button.isHidden()
    assert controller.kit_dialog is None  # this desk has the keys: no prompt
    sign_in(qtbot, controller)
    window = controller.main_window
    assert controller.backup_scheduler is not None and controller.backup_scheduler.timer.isActive()
    assert "recovery kit" in window.notice.text()
    window.notice.action_button.click()
    screen = window.current_screen()
    assert screen.objectName() == "screen_safety"
    assert screen.tabs.currentWidget() is screen.kit
    assert window.notice.text() == ""
    controller.backup_scheduler.stop()
    controller.opened.ctx.db.dispose()


def test_no_reminder_once_a_kit_exists(qtbot, shop, controllers) -> None:  # type: ignore[no-untyped-def]
    world, data_dir = shop
    recovery_kit.export_kit(world.ctx, world.owner, PASSPHRASE)
    controller = start(qtbot, data_dir, world.ctx.keys, controllers)
    sign_in(qtbot, controller)
    assert controller.main_window.notice.text() == ""
    controller.backup_scheduler.stop()
    controller.opened.ctx.db.dispose()


def test_a_new_computer_is_offered_the_kit_at_sign_in(
    qtbot, shop, controllers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world, data_dir = shop
    kit = recovery_kit.export_kit(world.ctx, world.owner, PASSPHRASE)
    world.ctx.db.dispose()
    new_dir = tmp_path / "new-computer"
    new_dir.mkdir()
    shutil.copy(data_dir / DATABASE_FILE, new_dir / DATABASE_FILE)
    controller = start(qtbot, new_dir, MemoryKeyStore(), controllers)
    dialog = controller.kit_dialog
    assert dialog is not None and dialog.isVisible()  # owned by the login window
    dialog.form.text.setPlainText(kit.text)
    dialog.form.passphrase.setText(PASSPHRASE)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert "data key" in controller.login_window.panel.message.text()
    sign_in(qtbot, controller)
    assert controller.main_window.actor.login == "owner"
    controller.backup_scheduler.stop()
    controller.opened.ctx.db.dispose()
