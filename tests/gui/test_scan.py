"""The scan recogniser: fast bursts become scans, human typing arrives intact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from merchant_app.gui.scan import ScanRecogniser

EAN13 = "4006381333931"


class KeyLog(QObject):
    """Records the key events a widget itself receives (after the application filter)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, str]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.events.append(("press", event.text()))
        elif event.type() == QEvent.Type.KeyRelease:
            self.events.append(("release", event.text()))
        return False


@pytest.fixture
def recogniser(qtbot) -> Iterator[ScanRecogniser]:
    app = QApplication.instance()
    scan = ScanRecogniser(gap_ms=50, min_length=4)
    app.installEventFilter(scan)
    yield scan
    app.removeEventFilter(scan)


@pytest.fixture
def window(qtbot) -> QWidget:
    # Placed by hand: a layout on a top-level window makes the offscreen platform
    # warn ("does not support propagateSizeHints"), and Qt warnings fail tests here.
    widget = QWidget()
    widget.resize(240, 80)
    widget.line_edit = QLineEdit(widget)
    widget.line_edit.setGeometry(10, 10, 220, 24)
    widget.other_edit = QLineEdit(widget)
    widget.other_edit.setGeometry(10, 44, 220, 24)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.line_edit.setFocus()
    return widget


def test_fast_burst_ending_in_enter_is_a_scan(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit
    log = KeyLog()
    edit.installEventFilter(log)

    with qtbot.waitSignal(recogniser.scanned, timeout=1000) as blocker:
        qtbot.keyClicks(edit, EAN13)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.wait(100)  # well past the gap: nothing held comes back later

    assert blocker.args == [EAN13]
    assert edit.text() == ""
    assert log.events == []  # neither the presses nor their releases reached the widget


def test_slow_typing_arrives_verbatim(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit
    log = KeyLog()
    edit.installEventFilter(log)
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))

    with qtbot.assertNotEmitted(recogniser.scanned, wait=100):
        for char in "12345678":
            qtbot.keyClick(edit, char)
            qtbot.wait(120)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert edit.text() == "12345678"
    assert returns == [True]
    typed = [("press", c) for c in "12345678"]
    assert [e for e in log.events if e[0] == "press"] == [*typed, ("press", "\r")]
    # every press is followed by its own release, in order
    assert log.events[:4] == [("press", "1"), ("release", "1"), ("press", "2"), ("release", "2")]


def test_fast_typing_without_enter_is_replayed_in_order(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit

    with qtbot.assertNotEmitted(recogniser.scanned, wait=0):
        qtbot.keyClicks(edit, "hello world")
        held_back = edit.text()
        qtbot.waitUntil(lambda: edit.text() == "hello world", timeout=1000)

    assert held_back == ""


def test_short_fast_burst_is_replayed_with_its_enter(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit

    with (
        qtbot.assertNotEmitted(recogniser.scanned, wait=100),
        qtbot.waitSignal(edit.returnPressed, timeout=1000),
    ):
        qtbot.keyClicks(edit, "ab")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert edit.text() == "ab"


def test_non_printable_key_flushes_the_held_keys_first(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit

    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)

    assert edit.text() == "ab"


def test_ctrl_a_still_selects_all(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit

    qtbot.keyClicks(edit, "abc")  # fast, still held when Ctrl+A comes
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    assert edit.text() == "abc"
    assert edit.selectedText() == "abc"


def test_window_shortcut_still_fires(recogniser, window, qtbot) -> None:
    triggered: list[bool] = []
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+S"))
    action.triggered.connect(lambda: triggered.append(True))
    window.addAction(action)
    window.activateWindow()
    qtbot.waitActive(window)

    qtbot.keyClicks(window.line_edit, "12")
    qtbot.keyClick(window.line_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert triggered == [True]
    assert window.line_edit.text() == "12"


def test_shift_inside_a_scan_is_consumed(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit
    shift = Qt.KeyboardModifier.ShiftModifier

    with qtbot.waitSignal(recogniser.scanned, timeout=1000) as blocker:
        qtbot.keyClicks(edit, "123")
        qtbot.keyPress(edit, Qt.Key.Key_Shift, shift)
        qtbot.keyClick(edit, "A", shift)
        qtbot.keyRelease(edit, Qt.Key.Key_Shift)
        qtbot.keyClicks(edit, "45")
        qtbot.keyClick(edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    assert blocker.args == ["123A45"]
    assert edit.text() == ""


def test_focus_change_between_bursts(recogniser, window, qtbot) -> None:
    codes: list[str] = []
    recogniser.scanned.connect(codes.append)

    qtbot.keyClicks(window.line_edit, "AB-1001")
    qtbot.keyClick(window.line_edit, Qt.Key.Key_Return)
    window.other_edit.setFocus()
    qtbot.keyClicks(window.other_edit, "xy")
    qtbot.waitUntil(lambda: window.other_edit.text() == "xy", timeout=1000)
    qtbot.keyClicks(window.other_edit, "AB-1002")
    qtbot.keyClick(window.other_edit, Qt.Key.Key_Return)

    assert codes == ["AB-1001", "AB-1002"]
    assert window.line_edit.text() == ""
    assert window.other_edit.text() == "xy"


def test_disabled_recogniser_lets_everything_through(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit
    recogniser.set_enabled(False)

    with qtbot.assertNotEmitted(recogniser.scanned, wait=0):
        qtbot.keyClicks(edit, EAN13)
        assert edit.text() == EAN13  # not held back at all
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    recogniser.set_enabled(True)
    assert recogniser.enabled


def test_disabling_replays_held_keys(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit

    qtbot.keyClicks(edit, "987")
    assert edit.text() == ""
    recogniser.set_enabled(False)

    assert edit.text() == "987"


def test_marked_autorepeat_goes_straight_through(recogniser, window, qtbot) -> None:
    edit: QLineEdit = window.line_edit
    with qtbot.assertNotEmitted(recogniser.scanned, wait=0):
        for _ in range(6):  # a held-down key: auto-repeat, fast, but a person
            press = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1", True
            )
            QApplication.sendEvent(edit, press)
        assert edit.text() == "111111"  # not held back
        qtbot.keyClick(edit, Qt.Key.Key_Return)
