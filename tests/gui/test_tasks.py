"""The task runner: results, errors, cancel, delayed progress dialog, single worker."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from merchant_app.errors import InvalidInput
from merchant_app.gui import tasks
from merchant_app.gui.tasks import CancelToken, TaskCancelled, TaskRunner


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    """A threaded runner with a short progress delay; checked idle afterwards."""
    task_runner = TaskRunner(progress_delay_ms=100)
    yield task_runner
    assert task_runner.wait_idle(10_000), "a task was still running at the end of the test"


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open_progress_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_cancel_token_raises_once_cancelled() -> None:
    token = CancelToken()
    token.raise_if_cancelled()
    assert not token.cancelled
    token.cancel()
    assert token.cancelled
    with pytest.raises(TaskCancelled):
        token.raise_if_cancelled()


def test_result_is_delivered_on_the_gui_thread(runner: TaskRunner, qtbot) -> None:
    seen: dict[str, object] = {}

    def work(progress, token):
        seen["worker"] = threading.current_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    with qtbot.waitSignal(runner.changes, timeout=5000) as changes:
        handle = runner.run(work, on_done=done, changes="orders")
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)

    assert seen["result"] == 42
    assert changes.args == ["orders"]
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert handle.finished
    assert not runner.busy


def test_error_goes_to_on_error_and_nothing_else(runner: TaskRunner, qtbot) -> None:
    errors: list[BaseException] = []
    done: list[object] = []
    changed: list[str] = []
    runner.changes.connect(changed.append)

    def work(progress, token):
        raise InvalidInput("Quantity must be positive.")

    runner.run(work, on_done=done.append, on_error=errors.append, changes="stock")
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)

    assert isinstance(errors[0], InvalidInput)
    assert done == []
    assert changed == []


def test_error_without_handler_is_shown(runner: TaskRunner, qtbot, parent, monkeypatch) -> None:
    shown: list[tuple[QWidget | None, BaseException]] = []
    monkeypatch.setattr(tasks, "show_error", lambda widget, exc: shown.append((widget, exc)))

    def work(progress, token):
        raise RuntimeError("bug")

    runner.run(work, parent_widget=parent)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)

    widget, exc = shown[0]
    assert widget is parent
    assert isinstance(exc, RuntimeError)


def test_cancel_through_the_handle(runner: TaskRunner, qtbot) -> None:
    started = threading.Event()
    cancelled: list[bool] = []
    done: list[object] = []

    def work(progress, token):
        started.set()
        while True:
            token.raise_if_cancelled()
            time.sleep(0.005)

    handle = runner.run(work, on_done=done.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)

    assert done == []
    assert handle.token.cancelled


def test_cancel_button_in_the_progress_dialog(runner: TaskRunner, qtbot, parent) -> None:
    cancelled: list[bool] = []
    changed: list[str] = []
    runner.changes.connect(changed.append)

    def work(progress, token):
        step = 0
        while True:
            token.raise_if_cancelled()
            progress(step, 0, "Counting")
            step += 1
            time.sleep(0.005)

    handle = runner.run(
        work,
        parent_widget=parent,
        label="Importing products",
        cancellable=True,
        changes="products",
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: handle.progress_dialog is not None, timeout=5000)
    dialog = handle.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)

    assert handle.token.cancelled
    assert changed == []
    assert _open_progress_dialogs() == []


def test_no_progress_dialog_for_a_fast_task(qtbot) -> None:
    runner = TaskRunner(progress_delay_ms=500)
    results: list[int] = []

    runner.run(lambda progress, token: 7, on_done=results.append, label="Quick")
    qtbot.waitUntil(lambda: results == [7], timeout=5000)
    qtbot.wait(700)  # past the delay: the stopped timer must not open a dialog late

    assert _open_progress_dialogs() == []


def test_progress_dialog_for_a_slow_task(runner: TaskRunner, qtbot, parent) -> None:
    release = threading.Event()
    results: list[str] = []

    def work(progress, token):
        progress(3, 10, "Printing label 3 of 10")
        assert release.wait(10)
        return "printed"

    handle = runner.run(work, on_done=results.append, parent_widget=parent, label="Printing")
    qtbot.waitUntil(lambda: handle.progress_dialog is not None, timeout=5000)
    dialog = handle.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: dialog.value() == 3, timeout=5000)

    assert dialog.maximum() == 10
    assert dialog.labelText() == "Printing label 3 of 10"
    assert dialog.parentWidget() is parent
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.findChild(QPushButton) is None  # not cancellable: no Cancel button

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be dismissed while the task runs
    assert dialog.isVisible()
    assert not handle.token.cancelled

    release.set()
    qtbot.waitUntil(lambda: results == ["printed"], timeout=5000)
    assert handle.progress_shown
    assert handle.progress_dialog is None
    assert _open_progress_dialogs() == []


def test_gui_thread_stays_responsive_during_a_long_task(runner: TaskRunner, qtbot) -> None:
    running = threading.Event()
    ticks_while_running: list[int] = []
    results: list[str] = []

    def work(progress, token):
        running.set()
        time.sleep(1.0)
        running.clear()
        return "slept"

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks_while_running.append(1) if running.is_set() else None)
    timer.start()
    runner.run(work, on_done=results.append)
    qtbot.waitUntil(lambda: results == ["slept"], timeout=10_000)
    timer.stop()

    assert len(ticks_while_running) >= 5


def test_tasks_run_one_at_a_time_on_one_thread(runner: TaskRunner, qtbot) -> None:
    lock = threading.Lock()
    active = 0
    most_active = 0
    threads: set[int] = set()
    order: list[int] = []

    def make(n):
        def work(progress, token):
            nonlocal active, most_active
            with lock:
                active += 1
                most_active = max(most_active, active)
            threads.add(threading.get_ident())
            time.sleep(0.02)
            with lock:
                active -= 1
            return n

        return work

    for n in range(5):
        runner.run(make(n), on_done=order.append)
    assert runner.wait_idle(10_000)

    assert order == [0, 1, 2, 3, 4]
    assert most_active == 1
    assert len(threads) == 1
    assert threading.get_ident() not in threads


def test_wait_idle_times_out_while_a_task_is_blocked(runner: TaskRunner) -> None:
    release = threading.Event()
    runner.run(lambda progress, token: release.wait(10))

    assert runner.wait_idle(50) is False
    assert runner.busy
    release.set()
    assert runner.wait_idle(5000) is True
    assert not runner.busy


def test_inline_runner_delivers_before_run_returns(qtbot) -> None:
    runner = TaskRunner(inline=True)
    seen: list[object] = []
    runner.changes.connect(lambda tag: seen.append(("changes", tag)))

    def work(progress, token):
        progress(1, 2, "half")
        return threading.current_thread()

    handle = runner.run(work, on_done=seen.append, changes="members")

    assert seen == [("changes", "members"), threading.main_thread()]
    assert handle.finished
    assert handle.latest_progress == (1, 2, "half")
    assert runner.wait_idle(0)


def test_inline_runner_reports_errors_and_cancellation(qtbot) -> None:
    runner = TaskRunner(inline=True)
    errors: list[BaseException] = []
    cancelled: list[bool] = []

    def fail(progress, token):
        raise ValueError("no")

    def give_up(progress, token):
        raise TaskCancelled

    runner.run(fail, on_error=errors.append)
    runner.run(give_up, on_cancelled=lambda: cancelled.append(True), on_error=errors.append)

    assert [type(e) for e in errors] == [ValueError]
    assert cancelled == [True]
