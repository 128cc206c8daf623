"""The main window: it composes the screens and wires them; it holds no business logic.

Navigation on the left (Ctrl+1 … Ctrl+9), the current screen on the right, who is signed
in at the bottom.  Locking the desk hides every screen behind the sign-in panel; whoever
signs in there takes over the desk.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_app import APP_NAME, __version__
from merchant_app.gui.dialogs import ChangePasswordDialog
from merchant_app.gui.login import LoginPanel
from merchant_app.gui.screens.placeholder import PLANNED, PlannedScreen
from merchant_app.gui.widgets import NoticeBar


def _screen(module: str, name: str) -> Callable[..., QWidget]:
    """A factory that imports the screen's module only when the screen is first built."""

    def build(*args: Any) -> QWidget:
        cls = getattr(importlib.import_module(f"merchant_app.gui.screens.{module}"), name)
        return cls(*args)  # type: ignore[no-any-return]

    return build


def _screen_specs() -> list[tuple[str, str, Callable[..., QWidget] | None, str]]:
    """(key, title, factory, permission) for every screen, in navigation order."""
    return [
        (
            "orders",
            QCoreApplication.translate("MainWindow", "Orders"),
            _screen("orders", "OrdersScreen"),
            "",
        ),
        (
            "inventory",
            QCoreApplication.translate("MainWindow", "Inventory"),
            _screen("inventory", "InventoryScreen"),
            "",
        ),
        (
            "members",
            QCoreApplication.translate("MainWindow", "Members"),
            _screen("members", "MembersScreen"),
            "member.view",
        ),
        (
            "labels",
            QCoreApplication.translate("MainWindow", "Labels"),
            _screen("labels", "LabelsScreen"),
            "label.print",
        ),
        (
            "reports",
            QCoreApplication.translate("MainWindow", "Reports"),
            _screen("reports.screen", "ReportsScreen"),
            "report.view",
        ),
        (
            "safety",
            QCoreApplication.translate("MainWindow", "Backups"),
            _screen("safety.screen", "SafetyScreen"),
            "backup.run",
        ),
        (
            "approvals",
            QCoreApplication.translate("MainWindow", "Approvals"),
            _screen("approvals", "ApprovalsScreen"),
            "",
        ),
        (
            "users",
            QCoreApplication.translate("MainWindow", "Users"),
            _screen("users", "UsersScreen"),
            "user.manage",
        ),
        (
            "roles",
            QCoreApplication.translate("MainWindow", "Roles"),
            _screen("roles", "RolesScreen"),
            "role.manage",
        ),
        (
            "audit",
            QCoreApplication.translate("MainWindow", "Audit log"),
            _screen("audit_log", "AuditScreen"),
            "audit.view",
        ),
        (
            "sync",
            QCoreApplication.translate("MainWindow", "Sync"),
            _screen("sync", "SyncScreen"),
            "",
        ),
        ("settings", QCoreApplication.translate("MainWindow", "Settings"), None, ""),
    ]


class ScreenSlot(QWidget):
    """A place in the stack for one screen, built the first time it is needed: signing
    in builds only the screen that shows first, not every screen the user may open."""

    def __init__(self, build: Callable[[], QWidget], key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"slot_{key}")
        self._build, self._key = build, key
        self.screen: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """The screen, built now if it was not yet."""
        if self.screen is None:
            self.screen = self._build()
            self.screen.setObjectName(f"screen_{self._key}")
            self.layout().addWidget(self.screen)
        return self.screen


class Screens(Mapping[str, QWidget]):
    """The user's screens by key; looking one up builds it."""

    def __init__(self) -> None:
        self.slots: dict[str, ScreenSlot] = {}

    def __getitem__(self, key: str) -> QWidget:
        return self.slots[key].ensure()

    def __iter__(self) -> Iterator[str]:
        return iter(self.slots)

    def __len__(self) -> int:
        return len(self.slots)

    def clear(self) -> None:
        """Forget every slot (the widgets are deleted by the stack)."""
        self.slots.clear()


class MainWindow(QMainWindow):
    """Composes the screens the signed-in user may use."""

    actor_changed = Signal(object)
    signed_out = Signal()

    def __init__(
        self,
        *,
        ctx: Any,
        actor: Any,
        shop: Any,
        desk: Any,
        settings: Any,
        runner: Any,
        keyring_note: str = "",
        screen_hook: Callable[[str, QWidget], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.ctx, self.actor, self.shop, self.desk = ctx, actor, shop, desk
        self.settings, self.runner = settings, runner
        self.keyring_note = keyring_note
        self._screen_hook = screen_hook
        self.screens = Screens()
        self._build_menus()
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.work = QWidget()
        row = QHBoxLayout(self.work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { padding: 8px 6px; }"
            "QListWidget#navigation::item { padding: 6px 10px; }"
        )
        self.stack = QStackedWidget()
        self.notice = NoticeBar()
        right = self.top_area = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.pages.addWidget(self.work)
        self.lock_page = QWidget()
        self.lock_panel = LoginPanel(runner, "", parent=self.lock_page)
        self.lock_panel.setMinimumWidth(460)
        self.lock_panel.setMaximumWidth(560)
        self.lock_panel.set_context(ctx)
        self.lock_panel.signed_in.connect(self._on_lock_panel_signed_in)
        self.lock_panel.enrol_button.hide()
        self.lock_panel.kit_button.hide()
        centred = QGridLayout(self.lock_page)
        centred.addWidget(self.lock_panel, 1, 1)
        centred.setRowStretch(0, 1)
        centred.setRowStretch(2, 2)
        centred.setColumnStretch(0, 1)
        centred.setColumnStretch(2, 1)
        self.pages.addWidget(self.lock_page)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._build_screens()
        self.resize(1180, 760)

    # -- composition -----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock desk"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.switch_action = QAction(self.tr("&Switch user…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self._on_switch_action_triggered)
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.triggered.connect(self._on_password_action_triggered)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.switch_action, self.password_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _build_screens(self) -> None:
        """(Re)build the screens for the current actor's permissions."""
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.clear()
        self.go_menu.clear()
        self.screens.clear()
        for key, title, factory, permission in _screen_specs():
            if permission and not self.actor.can(permission):
                continue
            if key == "sync" and not hasattr(self.ctx.db, "read_local"):
                continue  # only a desk on a server has a queue to send
            slot = ScreenSlot(self._screen_builder(key, title, factory), key, self.stack)
            self.screens.slots[key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            index = self.nav.count()
            action = self.go_menu.addAction(title)
            if index <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, row=index - 1: self.nav.setCurrentRow(row))
        self.nav.setCurrentRow(0)
        self._update_identity()

    def _screen_builder(
        self, key: str, title: str, factory: Callable[..., QWidget] | None
    ) -> Callable[[], QWidget]:
        def build() -> QWidget:
            screen: QWidget
            if key == "settings":
                from merchant_app.gui.screens.settings import SettingsScreen

                screen = SettingsScreen(
                    self.ctx,
                    self.actor,
                    self,
                    settings=self.settings,
                    desk=self.desk,
                    shop=self.shop,
                )
            elif factory is None:
                screen = PlannedScreen(title, PLANNED[key][1], self.ctx, self.actor, self)
            else:
                screen = factory(self.ctx, self.actor, self)
            if self._screen_hook:
                self._screen_hook(key, screen)
            return screen

        return build

    def _update_identity(self) -> None:
        title = f"{self.shop.name} — {self.actor.display_name} — {APP_NAME}"
        if self.keyring_note:
            title += f" — {self.keyring_note}"
        self.setWindowTitle(title)
        self.user_label.setText(
            self.tr("{name} ({role}) · desk {desk} · {db}").format(
                name=self.actor.display_name,
                role=self.actor.role_name,
                desk=self.desk.code,
                db="PostgreSQL" if self.ctx.db.dialect == "postgresql" else "SQLite",
            )
        )

    def show_screen(self, key: str) -> bool:
        """Bring a screen to the front; False when this user does not have it."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def show_notice(self, text: str, action_text: str = "", on_action: Any = None) -> None:
        """A message above every screen until dismissed (e.g. "make a recovery kit");
        its button, if any, dismisses it and runs ``on_action``."""
        self.notice.show_message(text, NoticeBar.WARNING, action_text, on_action)

    def add_banner(self, widget: QWidget) -> None:
        """Put ``widget`` above every screen, over the notice (e.g. the offline banner)."""
        self.top_area.insertWidget(0, widget)

    def current_screen(self) -> QWidget | None:
        """The screen in front (built if it was not yet)."""
        slot = self.stack.currentWidget()
        return slot.ensure() if isinstance(slot, ScreenSlot) else slot

    # -- desk lock and user switch -----------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide everything behind the sign-in panel (idle lock, Ctrl+L)."""
        if self.is_locked:
            return
        self.lock_panel.title.setText(self.tr("This desk is locked"))
        self.lock_panel.subtitle.setText(
            self.tr(
                "{name} was signed in. Sign in to continue; anyone else who signs in "
                "takes over the desk."
            ).format(name=self.actor.display_name)
        )
        self.lock_panel.subtitle.show()
        self.lock_panel.reset(self.actor.login)
        self.pages.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.lock_panel.password.setFocus()

    def _on_switch_action_triggered(self) -> None:
        self.lock()
        self.lock_panel.reset("")

    def _on_lock_panel_signed_in(self, actor: Any) -> None:
        changed = actor.user_id != self.actor.user_id
        self.actor = actor
        if changed:
            self._build_screens()
            self.actor_changed.emit(actor)
        else:
            self._update_identity()
        self.pages.setCurrentWidget(self.work)
        self.menuBar().setEnabled(True)

    # -- screens and scans ---------------------------------------------------------------

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        slot = self.stack.currentWidget()
        built_now = isinstance(slot, ScreenSlot) and slot.screen is None
        screen = self.current_screen()
        if built_now and getattr(screen, "loads_when_built", False):
            return  # it has just loaded what it shows: loading again would only cost time
        refresh = getattr(screen, "refresh", None)
        if callable(refresh):
            refresh()

    def route_scan(self, code: str) -> None:
        """A scanner read ``code``: give it to the current screen if it takes scans."""
        if self.is_locked:
            return
        handler = getattr(self.current_screen(), "handle_scan", None)
        if callable(handler):
            handler(code)
        else:
            self.statusBar().showMessage(
                self.tr("Scanned {code}; this screen does not take scans.").format(code=code),
                5000,
            )

    def _on_password_action_triggered(self) -> None:
        dialog = ChangePasswordDialog(self)
        if dialog.exec() != ChangePasswordDialog.DialogCode.Accepted:
            return
        old, new = dialog.old.text(), dialog.new.text()
        ctx, actor = self.ctx, self.actor

        def change(_p: Any, _t: Any) -> None:
            from merchant_app.services.auth import change_password

            change_password(ctx, actor, old, new)

        self.runner.run(
            change,
            parent_widget=self,
            on_done=lambda _r: self.statusBar().showMessage(
                self.tr("Your password was changed."), 5000
            ),
        )

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr("{app} {version}\nQt {qt}").format(
                app=APP_NAME, version=__version__, qt=qVersion()
            ),
        )
