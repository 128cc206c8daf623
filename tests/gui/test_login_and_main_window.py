"""The login window, backoff, locking and switching user, and what each role sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_app.config import Settings
from merchant_app.gui.login import LoginPanel
from merchant_app.gui.main_window import MainWindow
from merchant_app.gui.tasks import TaskRunner
from merchant_app.services import auth
from merchant_app.services.shop import open_shop
from tests.factories import OWNER_PASSWORD, ShopWorld, make_shop


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def runner(qtbot) -> TaskRunner:  # type: ignore[no-untyped-def]
    return TaskRunner(inline=True)


def show(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def sign_in(qtbot, panel: LoginPanel, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    panel.login.setText("")
    panel.password.setText("")
    qtbot.keyClicks(panel.login, login)
    qtbot.keyClick(panel.login, Qt.Key.Key_Return)
    assert panel.password.hasFocus() or not panel.isVisible()
    qtbot.keyClicks(panel.password, password)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)


def make_window(qtbot, world: ShopWorld, runner: TaskRunner, actor=None) -> MainWindow:  # type: ignore[no-untyped-def]
    info, desk = open_shop(world.ctx, world.ctx.desk_id)
    settings = Settings(data_dir=Path("."), desk_id=desk.id, shop_name=info.name)
    window = MainWindow(
        ctx=world.ctx,
        actor=actor or world.owner,
        shop=info,
        desk=desk,
        settings=settings,
        runner=runner,
    )
    return show(qtbot, window)


def test_login_signs_in_by_keyboard_only(qtbot, world: ShopWorld, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, LoginPanel(runner, "Test Shop"))
    panel.set_context(world.ctx)
    with qtbot.waitSignal(panel.signed_in) as blocker:
        sign_in(qtbot, panel, "owner", OWNER_PASSWORD)
    assert blocker.args[0].login == "owner"
    assert panel.password.text() == ""


def test_enter_before_the_shop_is_open_signs_in_when_ready(
    qtbot, world: ShopWorld, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, LoginPanel(runner, "Test Shop"))
    sign_in(qtbot, panel, "owner", OWNER_PASSWORD)
    assert "Opening the shop" in panel.message.text()
    with qtbot.waitSignal(panel.signed_in):
        panel.set_context(world.ctx)


def test_wrong_password_backs_off_then_locks(qtbot, world: ShopWorld, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    world.add_user("clara", "Sales clerk")
    panel = show(qtbot, LoginPanel(runner, "Test Shop"))
    panel.set_context(world.ctx)
    messages = []
    for _ in range(auth.FREE_ATTEMPTS + 1):
        sign_in(qtbot, panel, "clara", "wrong-password")
        messages.append(panel.message.text())
    assert messages[0] == "Wrong login or password."
    sign_in(qtbot, panel, "clara", "pass-word-1")  # right password, but must wait
    assert "Wait 1 seconds" in panel.message.text()
    assert panel.password.text() == "" and panel.password.hasFocus()
    for _ in range(auth.LOCK_AFTER):
        world.clock.advance(minutes=5)
        sign_in(qtbot, panel, "clara", "wrong-password")
    assert "locked" in panel.message.text()


def test_clerk_sees_no_user_management(qtbot, world: ShopWorld, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    clerk = world.add_user("clara", "Sales clerk")
    window = make_window(qtbot, world, runner, clerk)
    assert "users" not in window.screens and "roles" not in window.screens
    assert "audit" not in window.screens
    assert not window.show_screen("users")
    assert {"orders", "inventory", "members", "approvals", "settings"} <= set(window.screens)
    owner_window = make_window(qtbot, world, runner)
    assert {"users", "roles", "audit"} <= set(owner_window.screens)
    assert owner_window.show_screen("users")
    assert "Olive Owner" in owner_window.windowTitle()


def test_lock_hides_work_and_another_user_takes_over(
    qtbot, world: ShopWorld, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    world.add_user("clara", "Sales clerk")
    window = make_window(qtbot, world, runner)
    window.show_screen("users")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert not window.work.isVisible() and not window.menuBar().isEnabled()
    panel = window.lock_panel
    assert panel.login.text() == "owner"  # the signed-in user is suggested
    with qtbot.waitSignal(window.actor_changed):
        sign_in(qtbot, panel, "clara", "pass-word-1")
    assert not window.is_locked
    assert window.actor.login == "clara"
    assert "users" not in window.screens  # the clerk's screens, not the owner's
    assert "Clara" in window.windowTitle()


def test_same_user_unlocks_without_rebuilding(qtbot, world: ShopWorld, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, world, runner)
    window.show_screen("audit")
    window.lock()
    sign_in(qtbot, window.lock_panel, "owner", "wrong-password")
    assert window.is_locked
    sign_in(qtbot, window.lock_panel, "owner", OWNER_PASSWORD)
    assert not window.is_locked
    assert window.current_screen() is window.screens["audit"]


def test_scan_goes_to_the_current_screen(qtbot, world: ShopWorld, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, world, runner)
    got: list[str] = []
    window.current_screen().handle_scan = got.append  # type: ignore[union-attr]
    window.route_scan("4006381333931")
    assert got == ["4006381333931"]
    window.show_screen("settings")
    window.route_scan("123456")
    assert "123456" in window.statusBar().currentMessage()
    QApplication.processEvents()
