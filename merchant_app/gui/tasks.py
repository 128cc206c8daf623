"""One runner for long work: a single writer thread, delayed progress, cancel, refresh tags.

This is Anki's ``CollectionOp``/``taskman`` idea.  A screen hands the runner a function;
the function runs on the runner's one worker thread (SQLite wants a single writer), may
report progress and check a :class:`CancelToken`, and its result or exception comes back
to the GUI thread through Qt signals.  A progress dialog appears only when the work is
still running after a short delay, so quick actions never flash a dialog.  On success the
runner emits :attr:`TaskRunner.changes` with the task's tag so that screens showing the
changed data refresh themselves.

Tests build the runner with ``inline=True`` (Picard's fake thread pool): the function
runs at once in the calling thread and the callbacks are delivered before
:meth:`TaskRunner.run` returns, through the same code paths as in threaded mode.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from merchant_app.gui.errors import show_error

_QT_INT_MAX = 2**31 - 1


class TaskCancelled(Exception):
    """Raised inside a task (by :meth:`CancelToken.raise_if_cancelled`) to stop it early.

    It is not an error: the runner calls ``on_cancelled`` (if given) instead of
    ``on_done`` or ``on_error``, and shows nothing.
    """


class CancelToken:
    """A thread-safe flag the GUI sets and the task polls to stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was requested."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Ask the task to stop; it stops at its next check (it is not interrupted)."""
        self._event.set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`TaskCancelled` if cancellation was requested."""
        if self._event.is_set():
            raise TaskCancelled


class ProgressCallback(Protocol):
    """What a task calls to report progress; safe to call from the worker thread."""

    def __call__(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (``total`` 0: unknown) and a short text."""


TaskFunction = Callable[[ProgressCallback, CancelToken], Any]


@dataclass(frozen=True)
class _Outcome:
    """How a task ended: ``kind`` is ``"done"``, ``"error"`` or ``"cancelled"``."""

    kind: str
    value: Any = None


class _TaskBridge(QObject):
    """Lives in the GUI thread; the worker emits its signals, its slots run in the GUI.

    The slots are methods of this QObject (not plain callables) and the connections are
    queued, so they always run in the thread the bridge lives in: the GUI thread.
    """

    progressed = Signal()
    finished = Signal(object)

    def __init__(self, runner: TaskRunner, task: TaskHandle) -> None:
        super().__init__(runner)
        self._runner = runner
        self._task = task
        # emitted on the worker thread, so Qt queues them to this (GUI-thread) object; the
        # Qt namespace is not touched here because creating it costs ~20 ms at start-up
        self.progressed.connect(self._on_self_progressed)
        self.finished.connect(self._on_self_finished)

    @Slot()
    def _on_self_progressed(self) -> None:
        self._runner._show_progress(self._task)

    @Slot(object)
    def _on_self_finished(self, outcome: _Outcome) -> None:
        self._runner._deliver(self._task, outcome)

    @Slot()
    def _on_delay_timeout(self) -> None:
        self._runner._open_progress_dialog(self._task)


class _ProgressDialog(QProgressDialog):
    """A progress dialog the user can dismiss only by cancelling a cancellable task."""

    def __init__(self, parent: QWidget | None, cancellable: bool) -> None:
        super().__init__(parent)
        self._cancellable = cancellable
        self._task_over = False

    def finish(self) -> None:
        """Close for good: the task is over."""
        self._task_over = True
        self.close()

    def reject(self) -> None:
        """Escape cancels a cancellable task and is ignored otherwise."""
        if self._cancellable:
            self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window counts as Cancel; refused while a non-cancellable task runs."""
        if self._task_over or self._cancellable:
            super().closeEvent(event)
        else:
            event.ignore()


class TaskHandle:
    """A running (or finished) task: cancel it, or look at its state and progress dialog.

    ``progress_dialog`` is the dialog while it is open; ``progress_shown`` says whether
    one was ever shown; ``finished`` turns true just before the outcome is delivered.
    """

    def __init__(
        self,
        *,
        label: str,
        cancellable: bool,
        changes: str,
        parent_widget: QWidget | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
    ) -> None:
        self.token = CancelToken()
        self.label = label
        self.cancellable = cancellable
        self.changes = changes
        self.parent_widget = parent_widget
        self.on_done = on_done
        self.on_error = on_error
        self.on_cancelled = on_cancelled
        self.progress_dialog: _ProgressDialog | None = None
        self.progress_shown = False
        self.finished = False
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._progress_pending = False
        self._bridge: _TaskBridge | None = None
        self._delay_timer: QTimer | None = None

    def cancel(self) -> None:
        """Ask the task to stop (see :class:`CancelToken`)."""
        self.token.cancel()

    @property
    def latest_progress(self) -> tuple[int, int, str] | None:
        """The last ``(done, total, text)`` the task reported, if any."""
        with self._lock:
            return self._latest


class TaskRunner(QObject):
    """Runs tasks one at a time on a single worker thread and reports back in the GUI.

    ``changes`` is emitted (on the GUI thread) with a task's ``changes`` tag after the
    task succeeded, before its ``on_done`` callback runs.  ``idle`` is emitted when the
    last outstanding task has been delivered.
    """

    changes = Signal(str)
    idle = Signal()

    def __init__(
        self, parent: QObject | None = None, inline: bool = False, progress_delay_ms: int = 600
    ) -> None:
        super().__init__(parent)
        self._inline = inline
        self._progress_delay_ms = progress_delay_ms
        self._tasks: list[TaskHandle] = []
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Keep the one worker thread alive: the writer stays the same thread.
        self._pool.setExpiryTimeout(-1)

    @property
    def busy(self) -> bool:
        """Whether a task is queued, running, or waiting for its result to be delivered."""
        return bool(self._tasks)

    def run(
        self,
        fn: TaskFunction,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        parent_widget: QWidget | None = None,
        label: str = "",
        cancellable: bool = False,
        changes: str = "",
        quiet: bool = False,
    ) -> TaskHandle:
        """Run ``fn(progress, token)`` on the worker thread; returns the task's handle.

        ``on_done(result)``, ``on_error(exc)`` and ``on_cancelled()`` are called on the
        GUI thread.  Without ``on_error`` an exception is shown with
        :func:`~merchant_app.gui.errors.show_error` over ``parent_widget``.  A task that
        raises :class:`TaskCancelled` is cancelled, not failed; a task that returns
        normally succeeded even if cancellation was requested (it may have committed).
        ``quiet``: never open the progress dialog (the caller shows its own busy state).
        """
        task = TaskHandle(
            label=label,
            cancellable=cancellable,
            changes=changes,
            parent_widget=parent_widget,
            on_done=on_done,
            on_error=on_error,
            on_cancelled=on_cancelled,
        )
        self._tasks.append(task)
        if self._inline:
            self._deliver(task, self._execute(fn, task, partial(self._store_progress, task)))
            return task
        bridge = _TaskBridge(self, task)
        task._bridge = bridge
        if not quiet:
            timer = QTimer(bridge)
            timer.setSingleShot(True)
            timer.timeout.connect(bridge._on_delay_timeout)
            timer.start(self._progress_delay_ms)
            task._delay_timer = timer
        self._pool.start(partial(self._work, fn, task, bridge))
        return task

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every task has finished and been delivered.

        Returns whether the runner is idle (``False``: the timeout passed first).  For
        shutdown and tests; it runs a local event loop, so callbacks do run meanwhile.
        """
        if not self._tasks:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        if self._tasks:
            loop.exec()
        timer.stop()
        self.idle.disconnect(loop.quit)
        return not self._tasks

    # -- worker side -------------------------------------------------------------------

    def _work(self, fn: TaskFunction, task: TaskHandle, bridge: _TaskBridge) -> None:
        """Runs on the worker thread; hands the outcome back by a queued signal."""

        def progress(done: int, total: int, text: str = "") -> None:
            if self._store_progress(task, done, total, text):
                bridge.progressed.emit()

        outcome = self._execute(fn, task, progress)
        bridge.finished.emit(outcome)

    @staticmethod
    def _execute(fn: TaskFunction, task: TaskHandle, progress: ProgressCallback) -> _Outcome:
        try:
            return _Outcome("done", fn(progress, task.token))
        except TaskCancelled:
            return _Outcome("cancelled")
        except Exception as exc:
            return _Outcome("error", exc)

    @staticmethod
    def _store_progress(task: TaskHandle, done: int, total: int, text: str = "") -> bool:
        """Keep the latest progress; True when the GUI must be told (none pending).

        Coalescing keeps a task that reports thousands of steps from flooding the
        event queue: at most one progress notification is in flight at a time.
        """
        with task._lock:
            task._latest = (int(done), int(total), str(text))
            if task._progress_pending:
                return False
            task._progress_pending = True
            return True

    # -- GUI side ----------------------------------------------------------------------

    def _show_progress(self, task: TaskHandle) -> None:
        with task._lock:
            task._progress_pending = False
            latest = task._latest
        if latest is not None and task.progress_dialog is not None and not task.finished:
            _update_dialog(task.progress_dialog, *latest)

    def _open_progress_dialog(self, task: TaskHandle) -> None:
        if task.finished:
            return
        dialog = _ProgressDialog(task.parent_widget, task.cancellable)
        dialog.setWindowTitle(QCoreApplication.translate("TaskRunner", "Please wait"))
        dialog.setLabelText(task.label or QCoreApplication.translate("TaskRunner", "Working…"))
        if task.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("TaskRunner", "Cancel"))
            dialog.canceled.connect(task.token.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)
        from PySide6.QtCore import Qt

        dialog.setWindowModality(
            Qt.WindowModality.WindowModal
            if task.parent_widget is not None
            else Qt.WindowModality.ApplicationModal
        )
        latest = task.latest_progress
        if latest is not None:
            _update_dialog(dialog, *latest)
        task.progress_dialog = dialog
        task.progress_shown = True
        dialog.show()

    def _deliver(self, task: TaskHandle, outcome: _Outcome) -> None:
        """Close the dialog, then report the outcome; always leaves the task finished."""
        task.finished = True
        if task._delay_timer is not None:
            task._delay_timer.stop()
        if task.progress_dialog is not None:
            task.progress_dialog.finish()
            task.progress_dialog.deleteLater()
            task.progress_dialog = None
        if task._bridge is not None:
            task._bridge.deleteLater()
            task._bridge = None
            task._delay_timer = None
        self._tasks.remove(task)
        try:
            if outcome.kind == "done":
                if task.changes:
                    self.changes.emit(task.changes)
                if task.on_done is not None:
                    task.on_done(outcome.value)
            elif outcome.kind == "cancelled":
                if task.on_cancelled is not None:
                    task.on_cancelled()
            elif task.on_error is not None:
                task.on_error(outcome.value)
            else:
                show_error(task.parent_widget, outcome.value)
        finally:
            if not self._tasks:
                self.idle.emit()


def _update_dialog(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    """Show ``done`` of ``total`` (busy indicator when ``total`` is 0) and ``text``."""
    if total > _QT_INT_MAX:  # QProgressDialog counts in C ints: scale big totals down
        done = done * _QT_INT_MAX // total
        total = _QT_INT_MAX
    total = max(total, 0)
    dialog.setRange(0, total)
    if total:
        dialog.setValue(min(max(done, 0), total))
    if text:
        dialog.setLabelText(text)
