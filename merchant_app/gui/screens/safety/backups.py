"""Backups on the Owner's screen: back up now, the folder's list, verify, restore, and
the daily schedule with its retention; plus :class:`BackupScheduler`, the timer that
makes the daily backup while the app runs.

Backups and verifications run on their own worker (:class:`BackupLane`, a second
:class:`~merchant_app.gui.tasks.TaskRunner`): they only read the shop's database, so
order entry keeps going on the window's runner meanwhile, and their progress shows in
the panel instead of a modal dialog.  A restore runs on the window's runner (nothing
else may write meanwhile) and ends by restarting the app: every screen, cache and the
signed-in user belong to the database that was replaced, and the restored one may hold
other users, so starting afresh from the sign-in window is the one honest way on.
"""

from __future__ import annotations

import logging
import sys
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QProcess,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from merchant_app.config import Settings, save_settings
from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.tasks import TaskHandle, TaskRunner
from merchant_app.gui.widgets import (
    ROOT,
    ModelIndex,
    NoticeBar,
    RecordsTableModel,
    configure_table,
    heading_label,
    local_datetime_text,
    size_columns,
)
from merchant_app.services.backup_files import (
    STATUS_DAMAGED,
    STATUS_OK,
    BackupInfo,
    list_backups,
)
from merchant_app.services.backup_retention import MAX_KEEP, RetentionPolicy
from merchant_app.services.backup_schedule import (
    BackupPolicy,
    policy_from_settings,
    run_due_backup,
    settings_with_policy,
)

_log = logging.getLogger(__name__)
_NEVER_MS = 2**31 - 1  # the lane never opens a progress dialog: the panel shows progress
CHANGES_TAG = "backups"


class BackupLane(QObject):
    """The backups' own worker thread (a :class:`TaskRunner` of their own), shared by the
    panel and the scheduler so that one backup runs at a time and order entry never
    waits behind one.  ``paused`` stops the scheduler (set while a restore runs)."""

    def __init__(self, parent: QObject | None = None, inline: bool = False) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self, inline=inline, progress_delay_ms=_NEVER_MS)
        self.paused = False


def backup_lane(window: Any) -> BackupLane:
    """The window's backup lane (made on first use and kept as ``window.backup_lane``)."""
    lane = getattr(window, "backup_lane", None)
    if lane is None:
        lane = BackupLane(window if isinstance(window, QObject) else None)
        window.backup_lane = lane
    return lane  # type: ignore[no-any-return]


def restart_application() -> None:
    """Start the app again with the same command line, then quit this one."""
    frozen = getattr(sys, "frozen", False)
    QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
    QApplication.quit()


def status_text(status: str) -> str:
    """A backup's status in words."""
    if status == STATUS_OK:
        return QCoreApplication.translate("BackupsPanel", "Verified")
    if status == STATUS_DAMAGED:
        return QCoreApplication.translate("BackupsPanel", "Damaged")
    return QCoreApplication.translate("BackupsPanel", "Not verified")


def kind_text(kind: str) -> str:
    """A backup's kind in words."""
    if kind == "manual":
        return QCoreApplication.translate("BackupsPanel", "Manual")
    if kind == "daily":
        return QCoreApplication.translate("BackupsPanel", "Daily")
    return kind


def phase_text(phase: str) -> str:
    """What a backup, verification or restore is doing, in words."""
    texts = {
        "copy": QCoreApplication.translate("BackupsPanel", "Copying the database…"),
        "dump": QCoreApplication.translate("BackupsPanel", "Dumping the database…"),
        "integrity": QCoreApplication.translate("BackupsPanel", "Checking the copy…"),
        "foreign keys": QCoreApplication.translate("BackupsPanel", "Checking the copy…"),
        "counts": QCoreApplication.translate("BackupsPanel", "Counting rows…"),
        "checksum": QCoreApplication.translate("BackupsPanel", "Computing the checksum…"),
        "verify": QCoreApplication.translate("BackupsPanel", "Verifying the backup…"),
        "set aside": QCoreApplication.translate("BackupsPanel", "Keeping the current data…"),
        "restore": QCoreApplication.translate("BackupsPanel", "Restoring…"),
        "migrate": QCoreApplication.translate("BackupsPanel", "Opening the restored data…"),
    }
    return texts.get(phase, "")


def problem_text(template: str, params: dict[str, str]) -> str:
    """A verification problem in the interface language."""
    text = QCoreApplication.translate("Errors", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class BackupsTableModel(RecordsTableModel[BackupInfo]):
    """The backups in the folder, newest first: date, size, status, kind, file."""

    DATE, SIZE, STATUS, KIND, FILE = range(5)
    COLUMNS = 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Made"),
            self.tr("Size"),
            self.tr("Status"),
            self.tr("Kind"),
            self.tr("File"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        backup = self.row_at(index.row()) if index.isValid() else None
        if backup is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return local_datetime_text(backup.created_at)
            if column == self.SIZE:
                return QLocale().formattedDataSize(backup.size)
            if column == self.STATUS:
                return status_text(backup.status)
            if column == self.KIND:
                return kind_text(backup.kind)
            return backup.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if backup.problems:
                return "\n".join(backup.problems)
            return str(backup.path)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.STATUS
            and backup.status == STATUS_DAMAGED
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return super().rowCount(parent)


class BackupsPanel(QWidget):
    """Backups of this shop: make, list, verify and restore them; the daily schedule.

    ``settings_saved(settings)`` is emitted after the panel saved new desk settings
    (folder, schedule, retention), so the application keeps them.
    """

    required_permission = "backup.run"
    settings_saved = Signal(object)

    def __init__(self, ctx: Any, actor: Any, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.window_ = ctx, actor, window
        self.lane = backup_lane(window)
        self.restart = restart_application  # tests replace it
        self.task: TaskHandle | None = None
        self._build()
        self.lane.runner.changes.connect(self._on_lane_changes)
        self._poll = QTimer(self)
        self._poll.setInterval(150)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._load_policy()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(heading_label(self.tr("Backups")))
        intro = QLabel(
            self.tr(
                "A backup is a complete copy of the shop's data, checked after it is "
                "written. Keep them on another disk, a USB stick or a synced folder."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)

        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        folder_label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        layout.addLayout(folder_row)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.undo_button = QPushButton(self.tr("&Undo last restore…"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        for button in (self.backup_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(260)
        self.progress_label = QLabel()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_label, 1)
        layout.addLayout(progress_row)
        self.progress.hide()
        self.progress_label.hide()

        self.model = BackupsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        size_columns(
            self.table,
            {
                BackupsTableModel.DATE: 20,
                BackupsTableModel.SIZE: 10,
                BackupsTableModel.STATUS: 14,
                BackupsTableModel.KIND: 8,
            },
            BackupsTableModel.FILE,
        )
        self.table.setMinimumHeight(220)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_schedule())

    def _build_schedule(self) -> QGroupBox:
        box = QGroupBox(self.tr("Daily backup"))
        form = QFormLayout(box)
        self.enabled_check = QCheckBox(self.tr("Back up &automatically every day"))
        form.addRow(self.enabled_check)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addStretch(1)
        form.addRow(self.tr("At the first chance &after:"), time_row)
        time_label = form.labelForField(time_row)
        if isinstance(time_label, QLabel):
            time_label.setBuddy(self.time_edit)
        keep_row = QHBoxLayout()
        self.daily_spin, self.weekly_spin, self.monthly_spin = (
            QSpinBox(),
            QSpinBox(),
            QSpinBox(),
        )
        for spin, text in (
            (self.daily_spin, self.tr("daily")),
            (self.weekly_spin, self.tr("weekly")),
            (self.monthly_spin, self.tr("monthly")),
        ):
            spin.setRange(0, MAX_KEEP)
            keep_row.addWidget(spin)
            keep_row.addWidget(QLabel(text))
        keep_row.addStretch(1)
        form.addRow(self.tr("&Keep:"), keep_row)
        keep_label = form.labelForField(keep_row)
        if isinstance(keep_label, QLabel):
            keep_label.setBuddy(self.daily_spin)
        note = QLabel(
            self.tr(
                "Manual backups are always kept, and so is the newest verified backup. "
                "Older daily backups are deleted from the folder."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.save_button = QPushButton(self.tr("&Save schedule"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow(save_row)
        return box

    # -- state -----------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """This desk's settings (the window's)."""
        return self.window_.settings  # type: ignore[no-any-return]

    @property
    def folder(self) -> Path:
        """The folder the backups go to and are listed from."""
        return policy_from_settings(self.settings).folder

    def _shop_id(self) -> str:
        shop = getattr(self.window_, "shop", None)
        return str(getattr(shop, "id", "") or "")

    def _load_policy(self) -> None:
        policy = policy_from_settings(self.settings)
        self.folder_edit.setText(str(policy.folder))
        self.enabled_check.setChecked(policy.enabled)
        self.time_edit.setTime(QTime(policy.at.hour, policy.at.minute))
        self.daily_spin.setValue(policy.keep.daily)
        self.weekly_spin.setValue(policy.keep.weekly)
        self.monthly_spin.setValue(policy.keep.monthly)

    def policy(self) -> BackupPolicy:
        """The policy the fields show."""
        at = self.time_edit.time()
        return BackupPolicy(
            folder=Path(self.folder_edit.text()),
            enabled=self.enabled_check.isChecked(),
            at=time(at.hour(), at.minute()),
            keep=RetentionPolicy(
                self.daily_spin.value(), self.weekly_spin.value(), self.monthly_spin.value()
            ),
        )

    def selected_backup(self) -> BackupInfo | None:
        """The backup selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """List the folder's backups again (cheap: names, sizes and manifests)."""
        selected = self.selected_backup()
        self.model.set_rows(list_backups(self.folder, self._shop_id()))
        if selected is not None:
            for row in range(self.model.rowCount()):
                backup = self.model.row_at(row)
                if backup is not None and backup.name == selected.name:
                    self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        chosen = self.selected_backup() is not None
        self.backup_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and chosen)
        self.restore_button.setEnabled(not busy and chosen)
        self.undo_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)

    def _save_policy(self, policy: BackupPolicy) -> bool:
        try:
            new = settings_with_policy(self.settings, policy)
            save_settings(new)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return False
        except OSError as exc:
            self.notice.show_message(
                self.tr("The settings could not be saved: {reason}").format(reason=str(exc)),
                NoticeBar.ERROR,
            )
            return False
        self.window_.settings = new
        self.settings_saved.emit(new)
        return True

    # -- background work -------------------------------------------------------------------

    def _start(self, fn: Any, on_done: Any, text: str) -> None:
        """Run ``fn(progress, token)`` on the backup lane with inline progress."""
        self.notice.clear()
        self.progress.setValue(0)
        self.progress_label.setText(text)
        self.progress.show()
        self.progress_label.show()
        self._poll.start()

        def done(result: Any) -> None:
            self._finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._finish()
            self._show_failure(exc)

        handle = self.lane.runner.run(
            fn, on_done=done, on_error=failed, parent_widget=self, changes=CHANGES_TAG
        )
        self.task = None if handle.finished else handle  # an inline runner is done already
        self._update_buttons()

    def _finish(self) -> None:
        self._poll.stop()
        self.task = None
        self.progress.hide()
        self.progress_label.hide()
        self._update_buttons()

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        else:
            show_error(self, exc)

    def _on_poll_timeout(self) -> None:
        task = self.task
        latest = task.latest_progress if task is not None else None
        if latest is None:
            return
        done, total, phase = latest
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        text = phase_text(phase)
        if text:
            self.progress_label.setText(text)

    def _on_lane_changes(self, tag: str) -> None:
        if tag == CHANGES_TAG:
            self.refresh()

    # -- actions ---------------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), str(self.folder)
        )
        if not folder:
            return
        policy = policy_from_settings(self.settings)
        if self._save_policy(BackupPolicy(Path(folder), policy.enabled, policy.at, policy.keep)):
            self.folder_edit.setText(folder)
            self.refresh()

    def _on_save_button_clicked(self) -> None:
        if self._save_policy(self.policy()):
            self.notice.show_message(self.tr("The backup schedule was saved."), NoticeBar.SUCCESS)

    def _on_backup_button_clicked(self) -> None:
        from merchant_app.services.backups import create_backup

        ctx, actor, folder = self.ctx, self.actor, self.folder

        def work(progress: Any, _token: Any) -> BackupInfo:
            return create_backup(ctx, actor, folder, progress=progress)

        def done(info: BackupInfo) -> None:
            self.refresh()
            self._select(info.name)
            self.notice.show_message(
                self.tr("Backup {name} written and verified ({size}).").format(
                    name=info.name, size=QLocale().formattedDataSize(info.size)
                ),
                NoticeBar.SUCCESS,
            )

        self._start(work, done, self.tr("Backing up…"))

    def _select(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            backup = self.model.row_at(row)
            if backup is not None and backup.name == name:
                self.table.selectRow(row)
                return

    def _on_verify_button_clicked(self) -> None:
        from merchant_app.services.backups import verify_backup

        backup = self.selected_backup()
        if backup is None:
            return
        ctx, actor, path = self.ctx, self.actor, backup.path

        def work(progress: Any, _token: Any) -> Any:
            return verify_backup(ctx, actor, path, progress=progress)

        def done(report: Any) -> None:
            self.refresh()
            if report.ok:
                self.notice.show_message(
                    self.tr("{name} is sound: it can be restored.").format(name=path.name),
                    NoticeBar.SUCCESS,
                )
                return
            problems = "\n".join(problem_text(p.template, dict(p.params)) for p in report.problems)
            self.notice.show_message(
                self.tr("{name} is damaged and cannot be restored:\n{problems}").format(
                    name=path.name, problems=problems
                ),
                NoticeBar.ERROR,
            )

        self._start(work, done, self.tr("Verifying…"))

    def _on_table_double_clicked(self, _index: Any) -> None:
        self._on_verify_button_clicked()

    def _on_selection_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def _on_restore_button_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        if self.lane.runner.busy:
            self.notice.show_message(
                self.tr("Wait until the backup being made is finished."), NoticeBar.WARNING
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the shop's data with the backup of {shop} made {date}?\n\n"
                "The backup is checked first. The current data is kept aside, so the "
                "restore can be undone. When it is done the app restarts and everyone "
                "signs in again; other desks must stop working until then."
            ).format(
                shop=backup.shop_name or backup.name, date=local_datetime_text(backup.created_at)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from merchant_app.services.backup_restore import restore_backup

        ctx, actor, settings, path = self.ctx, self.actor, self.settings, backup.path

        def work(progress: Any, _token: Any) -> Any:
            return restore_backup(path, settings, actor=actor, current=ctx, progress=progress)

        self._run_exclusive(
            work,
            self.tr("Restoring the backup…"),
            self.tr("The backup was restored. The app now restarts to open the restored shop."),
        )

    def _on_undo_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Undo the last restore"),
            self.tr(
                "Put back the data the last restore replaced? The data in use now is kept "
                "aside. When it is done the app restarts and everyone signs in again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from merchant_app.services.backup_restore import undo_restore

        ctx, actor, settings = self.ctx, self.actor, self.settings

        def work(_progress: Any, _token: Any) -> Any:
            return undo_restore(settings, actor=actor, current=ctx)

        self._run_exclusive(
            work,
            self.tr("Putting the previous data back…"),
            self.tr("The previous data is back. The app now restarts to open it."),
        )

    def _run_exclusive(self, work: Any, label: str, success: str) -> None:
        """Restore and undo: on the window's runner (no other work meanwhile, with its
        progress dialog), the scheduler paused; on success, say so and restart."""
        self.lane.paused = True
        self.notice.clear()

        def done(_result: Any) -> None:
            QMessageBox.information(self, self.tr("Restore"), success)
            self.restart()

        def failed(exc: BaseException) -> None:
            self.lane.paused = False
            self._show_failure(exc)

        self.window_.runner.run(
            work, on_done=done, on_error=failed, parent_widget=self, label=label
        )


class BackupScheduler(QObject):
    """Makes the daily backup while the app runs: checks soon after it starts and then
    every few minutes whether one is due (see ``backup_schedule.run_due_backup``), on
    the backup lane, never while a backup or a restore is under way.

    ``backup_made(outcome)`` follows a scheduled backup, ``backup_failed(message)`` a
    failed one; failures do not interrupt anyone (the window's status bar says it).
    """

    backup_made = Signal(object)
    backup_failed = Signal(str)

    def __init__(
        self,
        ctx: Any,
        window: Any,
        *,
        interval_ms: int = 5 * 60 * 1000,
        first_check_ms: int = 60 * 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or (window if isinstance(window, QObject) else None))
        self.ctx, self.window_ = ctx, window
        self.lane = backup_lane(window)
        self._first_check_ms = first_check_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Check after ``first_check_ms``, then every ``interval_ms``."""
        self.timer.start()
        QTimer.singleShot(self._first_check_ms, self, self._on_timer_timeout)

    def stop(self) -> None:
        """Stop checking (a backup under way finishes)."""
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        if self.timer.isActive():
            self.check_now()

    def check_now(self) -> bool:
        """Start a check (and the backup, if due) unless one is under way; returns
        whether a check was started."""
        if self.lane.paused or self.lane.runner.busy:
            return False
        policy = policy_from_settings(self.window_.settings)
        if not policy.enabled:
            return False
        ctx = self.ctx

        def work(progress: Any, _token: Any) -> Any:
            return run_due_backup(ctx, policy, progress=progress)

        self.lane.runner.run(
            work,
            on_done=self._on_done,
            on_error=self._on_error,
            changes=CHANGES_TAG,
        )
        return True

    def _on_done(self, outcome: Any) -> None:
        if outcome is not None:
            self.backup_made.emit(outcome)

    def _on_error(self, exc: BaseException) -> None:
        message = translate_error(exc) if isinstance(exc, KnownError) else str(exc)
        _log.warning("scheduled backup failed: %s", message, exc_info=exc)
        status = getattr(self.window_, "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr("The daily backup failed: {reason}").format(reason=message), 15000
            )
        self.backup_failed.emit(message)
