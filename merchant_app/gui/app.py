"""The window side of the composition root: QApplication, then the first window, then
the shop opened on a worker thread while the user types, then the main window.

The login window appears before SQLAlchemy and the services are imported: those load on
the worker thread (``bootstrap.open_app``) so the first paint is not kept waiting.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from merchant_app import APP_NAME, __version__
from merchant_app.config import Settings, load_settings, save_settings
from merchant_app.errors import KeyringUnavailable, KnownError
from merchant_app.gui.errors import (
    install_exception_hook,
    setup_logging,
    show_error,
    translate_error,
)
from merchant_app.gui.i18n import install_language
from merchant_app.gui.login import LoginWindow
from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.theme import apply_theme, configure_high_dpi

# What signing in needs before the main window paints (the window, its first screen and
# that screen's first tab), imported by the shop loader while the user types.
SIGN_IN_MODULES = (
    "merchant_app.gui.idle",
    "merchant_app.gui.scan",
    "merchant_app.gui.main_window",
    "merchant_app.gui.screens.orders.screen",
    "merchant_app.gui.screens.orders.entry",
    "merchant_app.gui.screens.orders.order_list",
)


# how long after the main window is shown its background helpers start
AFTER_PAINT_MS = 500


class ShopLoader(QThread):
    """Opens the shop (keyring, database, migrations, desk) off the GUI thread, then
    imports what signing in will need (:data:`SIGN_IN_MODULES`)."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, settings: Settings, keys: Any = None) -> None:
        super().__init__()
        self._settings = settings
        self._keys = keys
        # set on this thread before ``opened`` is emitted, read on the GUI thread after
        self.kit_prompt_due = False

    def run(self) -> None:
        try:
            from merchant_app.bootstrap import open_app

            opened = open_app(self._settings, self._keys)
            if opened.shop is not None:
                from merchant_app.services.recovery_kit import kit_prompt_due

                self.kit_prompt_due = kit_prompt_due(opened.ctx)
            self.opened.emit(opened)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.failed.emit(exc)
            return
        import importlib

        for name in SIGN_IN_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread imports it again and reports the error
                import logging  # not at module level: it would slow the first paint

                logging.getLogger(__name__).exception("preloading %s failed", name)


def keyring_note(keys: Any) -> str:
    """A warning for the window title when passwords are not in the OS keyring."""
    from PySide6.QtCore import QCoreApplication

    kind = getattr(keys, "kind", "os")
    if kind == "demo-memory":
        return QCoreApplication.translate(
            "App", "demo shop: passwords kept in memory, not in an OS keyring"
        )
    if kind == "memory":
        return QCoreApplication.translate("App", "test keyring in memory")
    return ""


class AppController(QObject):
    """Moves the desk from the first window to the main window and back."""

    main_window_shown = Signal(object)

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        *,
        keys: Any = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self._keys = keys
        self.opened: Any = None
        self.login_window: LoginWindow | None = None
        self.wizard: Any = None
        self.main_window: Any = None
        self.loader: ShopLoader | None = None
        self.scan_recogniser: Any = None
        self.idle_watcher: Any = None
        self._loader_started = False
        self.log_to_file = False
        self.backup_scheduler: Any = None
        self.kit_dialog: Any = None
        self.desk_sync: Any = None
        app.aboutToQuit.connect(self._stop_desk_sync)

    # -- start -------------------------------------------------------------------------

    def start(self) -> None:
        """Show the first window at once and open the shop in the background."""
        if self.settings.database_exists():
            self.login_window = LoginWindow(self.runner, self.settings.shop_name)
            self.login_window.panel.enrol_requested.connect(self._on_login_enrol_requested)
            self.login_window.panel.kit_requested.connect(self._on_login_kit_requested)
            self.login_window.panel.signed_in.connect(self._on_signed_in)
            self.login_window.show()
        self.loader = ShopLoader(self.settings, self._keys)
        self.loader.opened.connect(self._on_loader_opened)
        self.loader.failed.connect(self._on_loader_failed)
        if self.login_window is None:
            self._start_logging()
            self.loader.start()
            self._show_wizard()
            return
        # Load once the window is on screen (imports would slow its first paint), or
        # after a short while if the platform never paints it (e.g. minimised).
        self.login_window.first_painted.connect(self._start_loader)
        QTimer.singleShot(400, self._start_loader)

    def _start_loader(self) -> None:
        if self.loader is not None and not self.loader.isRunning() and not self._loader_started:
            self._loader_started = True
            self._start_logging()
            self.loader.start()

    def _start_logging(self) -> None:
        """The log file, opened once the first window is up (its imports cost 10-20 ms
        of start-up); a bug before then still shows the crash dialog."""
        if self.log_to_file:
            self.log_to_file = False
            setup_logging(self.settings.log_dir)

    def _on_loader_opened(self, opened: Any) -> None:
        self.opened = opened
        self.settings = opened.settings
        if opened.shop is None:
            if self.login_window is not None:
                self.login_window.close()
                self.login_window = None
            if self.wizard is None:
                self._show_wizard()
            return
        if self.login_window is not None:
            self.login_window.panel.title.setText(opened.shop.name)
            self.login_window.set_keyring_note(keyring_note(opened.ctx.keys))
            self.login_window.panel.set_context(opened.ctx)
            if self.loader is not None and self.loader.kit_prompt_due:
                self._on_login_kit_requested()

    def _on_loader_failed(self, exc: BaseException) -> None:
        parent: QWidget | None = self.login_window or self.wizard
        if isinstance(exc, KnownError):
            title = (
                self.tr("No keyring")
                if isinstance(exc, KeyringUnavailable)
                else self.tr("The shop cannot be opened")
            )
            QMessageBox.critical(parent, title, translate_error(exc))
        else:
            show_error(parent, exc)
        self.app.exit(2)

    # -- first run ---------------------------------------------------------------------

    def _show_wizard(self) -> None:
        from merchant_app.gui.first_run import FirstRunWizard

        self.wizard = FirstRunWizard()
        self.wizard.submitted.connect(self._on_wizard_submitted)
        self.wizard.join_submitted.connect(self._on_wizard_join_submitted)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()

    def _on_wizard_join_submitted(self, values: dict[str, str]) -> None:
        """Join a shop on a server with a desk set-up bundle, then start over on it: the
        login window, where staff enrol with their codes."""
        settings = self.settings
        keys = self._keys or (self.opened.ctx.keys if self.opened is not None else None)

        def join(_p: Any, _t: Any) -> Any:
            from merchant_app.bootstrap import choose_keystore
            from merchant_app.services.desk_connection import join_with_bundle

            store = keys or choose_keystore(settings)
            return join_with_bundle(settings, store, values["text"], values["passphrase"])

        def done(joined: Any) -> None:
            if self.loader is not None:  # the wizard's empty local database: let it go
                self.loader.wait()
                self.loader.opened.disconnect(self._on_loader_opened)
            if self.opened is not None:
                self.opened.ctx.db.dispose()
            wizard, self.wizard = self.wizard, None
            self.opened, self._loader_started, self.settings = None, False, joined.settings
            self.start()
            if self.login_window is not None:
                self.login_window.panel.subtitle.setText(
                    self.tr(
                        "This desk has joined the shop. Staff enrol here with the enrolment "
                        "code the Owner gives them: “Enrol on this desk…”."
                    )
                )
            wizard.close_after_success()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                self.wizard.join_failed(translate_error(exc))
            else:
                self.wizard.creation_failed()
                show_error(self.wizard, exc)

        self.runner.run(
            join,
            on_done=done,
            on_error=failed,
            parent_widget=self.wizard,
            label=self.tr("Joining the shop…"),
        )

    def _on_wizard_submitted(self, values: dict[str, str]) -> None:
        if self.opened is None:
            QMessageBox.information(
                self.wizard,
                self.tr("One moment"),
                self.tr("The shop's database is still being prepared."),
            )
            self.wizard.creation_failed()
            return
        ctx = self.opened.ctx

        def create(_p: Any, _t: Any) -> Any:
            from merchant_app.services.auth import authenticate
            from merchant_app.services.shop import create_shop, open_shop

            create_shop(ctx, **values)
            shop, desk = open_shop(ctx, ctx.desk_id)
            return shop, desk, authenticate(ctx, values["owner_login"], values["owner_password"])

        def done(result: Any) -> None:
            shop, desk, actor = result
            self.opened.shop, self.opened.desk = shop, desk
            self.settings = self.settings.with_changes(desk_id=desk.id, shop_name=shop.name)
            save_settings(self.settings)
            self.opened.settings = self.settings
            self.wizard.close_after_success()
            self._on_signed_in(actor)

        def failed(exc: BaseException) -> None:
            self.wizard.creation_failed()
            show_error(self.wizard, exc)

        self.runner.run(
            create,
            on_done=done,
            on_error=failed,
            parent_widget=self.wizard,
            label=self.tr("Creating the shop…"),
        )

    # -- enrolment and sign-in -----------------------------------------------------------

    def _on_login_enrol_requested(self) -> None:
        from merchant_app.gui.dialogs import EnrolDialog

        dialog = EnrolDialog(self.login_window)
        if dialog.exec() != EnrolDialog.DialogCode.Accepted:
            return
        ctx = self.opened.ctx
        login, code, password = dialog.login.text(), dialog.code.text(), dialog.password.text()

        def enrol(_p: Any, _t: Any) -> Any:
            from merchant_app.services.auth import enrol_with_code

            return enrol_with_code(ctx, login, code, password)

        self.runner.run(enrol, on_done=self._on_signed_in, parent_widget=self.login_window)

    def _on_login_kit_requested(self) -> None:
        """Import the recovery kit at the sign-in window (a restore on a new computer)."""
        from merchant_app.gui.screens.safety.recovery_kit import (
            RecoveryKitDialog,
            import_summary,
        )

        if self.opened is None or self.login_window is None:
            return
        panel = self.login_window.panel
        dialog = RecoveryKitDialog(self.opened.ctx, self.runner, self.login_window)
        dialog.imported.connect(lambda r: panel.set_message(import_summary(r), error=False))
        dialog.open()
        self.kit_dialog = dialog

    def _on_signed_in(self, actor: Any) -> None:
        if self.loader is not None and self.loader.isRunning():
            self.loader.wait()  # still importing SIGN_IN_MODULES: one importer at a time
        from merchant_app.gui.idle import IdleWatcher
        from merchant_app.gui.main_window import MainWindow
        from merchant_app.gui.scan import ScanRecogniser

        window = MainWindow(
            ctx=self.opened.ctx,
            actor=actor,
            shop=self.opened.shop,
            desk=self.opened.desk,
            settings=self.settings,
            runner=self.runner,
            keyring_note=keyring_note(self.opened.ctx.keys),
            screen_hook=self._wire_screen,
        )
        self.main_window = window
        if self.scan_recogniser is None:
            self.scan_recogniser = ScanRecogniser(self)
            self.app.installEventFilter(self.scan_recogniser)
        self.scan_recogniser.scanned.connect(window.route_scan)
        if self.idle_watcher is None:
            self.idle_watcher = IdleWatcher(self.settings.idle_lock_minutes, self)
            self.app.installEventFilter(self.idle_watcher)
        self.idle_watcher.idle_timeout.connect(window.lock)
        self.idle_watcher.reset()
        window.show()
        if self.login_window is not None:
            self.login_window.close()
            self.login_window = None
        self._start_desk_sync(window)
        # the daily backup's scheduler and the kit reminder can wait until the window is
        # up (their modules are not needed to paint it)
        # (with the window as context: a window closed before then cancels them)
        QTimer.singleShot(AFTER_PAINT_MS, window, lambda: self._after_main_window_painted(window))
        self.main_window_shown.emit(window)

    def _after_main_window_painted(self, window: Any) -> None:
        if self.main_window is not window or not window.isVisible():
            return  # replaced or closed meanwhile (language change, sign-out, quit)
        self._start_backup_scheduler(window)
        if window.actor.can("backup.run"):
            self._remind_recovery_kit(window)

    def _start_backup_scheduler(self, window: Any) -> None:
        """The daily backup runs while the app runs, whoever is signed in."""
        from merchant_app.gui.screens.safety.backups import BackupScheduler

        if self.backup_scheduler is not None:
            self.backup_scheduler.stop()
            self.backup_scheduler.deleteLater()
        self.backup_scheduler = BackupScheduler(self.opened.ctx, window)
        self.backup_scheduler.start()

    def _start_desk_sync(self, window: Any) -> None:
        """On a desk on a server: the status bar's sync indicator, the offline banner and
        the background sync loop of ``window`` (a previous window's loop stops)."""
        self._stop_desk_sync()
        if not hasattr(self.opened.ctx.db, "read_local"):  # a shop kept in a file
            return
        from merchant_app.gui.screens.sync.desk_sync import attach_desk_sync

        self.desk_sync = attach_desk_sync(window)
        if self.desk_sync is not None:
            self.desk_sync.start()

    def _stop_desk_sync(self) -> None:
        """Stop the sync loop (the app quits, or the window is replaced)."""
        if self.desk_sync is not None:
            self.desk_sync.stop()
            self.desk_sync = None

    def _remind_recovery_kit(self, window: Any) -> None:
        """Until the Owner has made a recovery kit, say so once per sign-in."""
        ctx = self.opened.ctx

        def due(_p: Any, _t: Any) -> bool:
            from merchant_app.services.recovery_kit import kit_reminder_due

            return kit_reminder_due(ctx)

        def remind(is_due: bool) -> None:
            if not is_due or self.main_window is not window:
                return
            window.show_notice(
                self.tr(
                    "No recovery kit has been made for this shop yet. Without it, a backup "
                    "cannot be restored on a new computer with its member records."
                ),
                self.tr("Make a recovery kit…"),
                self._on_make_kit_requested,
            )

        self.runner.run(due, on_done=remind, on_error=lambda _e: None)

    def _on_make_kit_requested(self) -> None:
        window = self.main_window
        if window is not None and window.show_screen("safety"):
            window.screens["safety"].show_kit()

    # -- settings ------------------------------------------------------------------------

    def _wire_screen(self, key: str, screen: Any) -> None:
        if key == "settings":
            screen.language_chosen.connect(self._on_settings_language_chosen)
            screen.theme_chosen.connect(self._on_settings_theme_chosen)
            screen.idle_minutes_chosen.connect(self._on_settings_idle_minutes_chosen)
            screen.server_chosen.connect(self._on_desk_settings_saved)
        elif key == "safety":
            screen.settings_saved.connect(self._on_desk_settings_saved)

    def _on_desk_settings_saved(self, settings: Settings) -> None:
        """A screen saved new desk settings (Settings → Server, the backup schedule); keep
        them, so a later change of theme or language does not write the old ones."""
        self.settings = settings
        if self.opened is not None:
            self.opened.settings = settings
        if self.main_window is not None:
            self.main_window.settings = settings

    def _save(self, **changes: Any) -> None:
        self.settings = self.settings.with_changes(**changes)
        save_settings(self.settings)
        if self.opened is not None:
            self.opened.settings = self.settings
        if self.main_window is not None:
            self.main_window.settings = self.settings

    def _on_settings_language_chosen(self, language: str) -> None:
        if language == self.settings.language:
            return
        self._save(language=language)
        install_language(self.app, language)
        old = self.main_window
        if old is not None:  # rebuild so every screen is built in the new language
            geometry = old.saveGeometry()
            self.scan_recogniser.scanned.disconnect(old.route_scan)
            self.idle_watcher.idle_timeout.disconnect(old.lock)
            self._on_signed_in(old.actor)
            self.main_window.restoreGeometry(geometry)
            self.main_window.show_screen("settings")
            old.close()
            old.deleteLater()

    def _on_settings_theme_chosen(self, theme: str) -> None:
        self._save(theme=theme)
        apply_theme(self.app, theme)

    def _on_settings_idle_minutes_chosen(self, minutes: int) -> None:
        self._save(idle_lock_minutes=minutes)
        if self.idle_watcher is not None:
            self.idle_watcher.set_timeout(minutes)


def create_application(settings: Settings) -> QApplication:
    """The QApplication with this desk's theme and language."""
    configure_high_dpi()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("MerchantApp")
    apply_theme(app, settings.theme)
    install_language(app, settings.language)
    return app  # type: ignore[return-value]


def run_gui(data_dir: Path | None, database_url: str = "") -> int:
    """Start the window on the shop in ``data_dir``; returns the exit code."""
    settings = load_settings(data_dir)
    if database_url:
        settings = settings.with_changes(database_url=database_url)
    app = create_application(settings)
    install_exception_hook()
    controller = AppController(app, settings)
    controller.log_to_file = True
    controller.start()
    code = app.exec()
    controller.runner.wait_idle(5000)
    if controller.loader is not None:
        controller.loader.wait(5000)
    return code
