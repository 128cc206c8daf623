"""The idle watcher: fires once after the period without input; input restarts it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from merchant_app.gui.idle import IdleWatcher

SHORT = 0.005  # minutes: 300 ms
SHORT_S = SHORT * 60


@pytest.fixture
def make_watcher(qtbot) -> Iterator[Callable[[float], IdleWatcher]]:
    app = QApplication.instance()
    made: list[IdleWatcher] = []

    def make(minutes: float) -> IdleWatcher:
        watcher = IdleWatcher(minutes)
        app.installEventFilter(watcher)
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        app.removeEventFilter(watcher)
        watcher.pause()


@pytest.fixture
def edit(qtbot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_fires_after_the_period_without_input(make_watcher, qtbot) -> None:
    start = time.monotonic()
    watcher = make_watcher(SHORT)

    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        pass

    assert watcher.timeout_ms == 300
    assert time.monotonic() - start >= SHORT_S


def test_fires_only_once_per_idle_period(make_watcher, qtbot) -> None:
    watcher = make_watcher(SHORT)
    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        pass

    with qtbot.assertNotEmitted(watcher.idle_timeout, wait=700):
        pass


def test_key_press_restarts_the_period(make_watcher, edit, qtbot) -> None:
    watcher = make_watcher(SHORT)
    qtbot.wait(150)
    last_input = time.monotonic()

    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        qtbot.keyClick(edit, "x")

    assert time.monotonic() - last_input >= SHORT_S
    assert edit.text() == "x"  # the watcher only looks, it never eats input


def test_mouse_press_restarts_the_period(make_watcher, edit, qtbot) -> None:
    watcher = make_watcher(SHORT)
    qtbot.wait(150)
    last_input = time.monotonic()

    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))

    assert time.monotonic() - last_input >= SHORT_S


def test_input_after_firing_starts_a_new_period(make_watcher, edit, qtbot) -> None:
    watcher = make_watcher(SHORT)
    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        pass

    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        qtbot.keyClick(edit, "y")


def test_pause_and_resume(make_watcher, qtbot) -> None:
    watcher = make_watcher(SHORT)
    watcher.pause()
    assert watcher.paused

    with qtbot.assertNotEmitted(watcher.idle_timeout, wait=600):
        pass

    resumed = time.monotonic()
    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        watcher.resume()
    assert time.monotonic() - resumed >= SHORT_S


def test_reset_and_set_timeout(make_watcher, qtbot) -> None:
    watcher = make_watcher(10)  # ten minutes: would not fire during the test
    assert watcher.timeout_ms == 600_000

    watcher.set_timeout(SHORT)
    reset_at = time.monotonic()
    with qtbot.waitSignal(watcher.idle_timeout, timeout=5000):
        watcher.reset()

    assert time.monotonic() - reset_at >= SHORT_S


def test_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        IdleWatcher(0)
