"""Bad input at the scanner (SAFE-5): generated key sequences through the scan
recogniser, and absurd codes into the screens that take scans.

The recogniser is fed key events with window-system timestamps (fast and slow gaps),
non-printable and command keys, auto-repeats, Shift, non-ASCII text, very long bursts
and Enter alone.  What it must do is written out as a small model: a scan is a burst of
at least ``min_length`` printable keys, each within ``gap_ms`` of the one before, ended
by an Enter within ``gap_ms``; every other key reaches the widget, in order.  Real time
passes only where the sequence waits (the gap timer then hands held keys over), so the
model is exact however loaded the machine is.

The order entry, packing desk and inventory screens are handed absurd codes (NUL and
other control characters, huge, blank, format fields, SQL): each ends in a message on
the screen, never an exception or a crash dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from merchant_app.config import Settings
from merchant_app.gui import errors as gui_errors
from merchant_app.gui.scan import ScanRecogniser
from merchant_app.gui.screens.inventory.screen import InventoryScreen
from merchant_app.gui.screens.orders.entry import OrderEntryPanel
from merchant_app.gui.screens.orders.packing import PackingPanel
from tests.catalog_factories import ean13, product
from tests.factories import ShopWorld, make_shop
from tests.fuzz_profile import fuzz
from tests.stock_factories import main_location, put_stock

GAP_MS = 50
MIN_LENGTH = 4

# ---------------------------------------------------------------------------- key model


@dataclass(frozen=True)
class Char:
    """A printable key pressed and released ``dt`` ms after the previous key."""

    text: str
    dt: int
    auto_repeat: bool = False


@dataclass(frozen=True)
class Enter:
    """Return (or the keypad's Enter) ``dt`` ms after the previous key."""

    dt: int
    keypad: bool = False


@dataclass(frozen=True)
class Other:
    """A key that types nothing and moves nothing: Escape, a function key, Shift, or a
    command (Ctrl+F12)."""

    key: Qt.Key
    ctrl: bool = False


@dataclass(frozen=True)
class Wait:
    """Real time passing, longer than the gap: the recogniser's timer fires."""


_PRINTABLE = st.characters(categories=["L", "M", "N", "P", "S"])  # any script, emoji
# typed by hand but not printable to the recogniser: it hands over what it holds and lets
# them through (a line edit inserts them)
_UNPRINTABLE = st.sampled_from(["\u00a0", "\u3000", "\u200b", "\u00ad", "\ue000"])
_FAST = st.integers(0, GAP_MS)
_ANY_GAP = st.one_of(_FAST, _FAST, st.integers(GAP_MS + 1, 5000))
_KEY = st.one_of(
    st.builds(Char, st.sampled_from("0123456789ABCDEFabc-. /"), _ANY_GAP),
    st.builds(Char, _PRINTABLE, _ANY_GAP),
    st.builds(Char, _UNPRINTABLE, _ANY_GAP),
    st.builds(Char, st.sampled_from("aZ9"), _FAST, st.just(True)),
    st.builds(Enter, _ANY_GAP, st.booleans()),
    st.builds(
        Other,
        st.sampled_from([Qt.Key.Key_Escape, Qt.Key.Key_F2, Qt.Key.Key_F9, Qt.Key.Key_Shift]),
    ),
    st.builds(Other, st.just(Qt.Key.Key_F12), st.just(True)),
    st.just(Wait()),
)
_BURST = st.tuples(
    st.text(st.sampled_from("0123456789ABCDEF-"), min_size=1, max_size=300),
    st.booleans(),
).map(
    lambda t: [Char(c, 1) for c in t[0]] + ([Enter(2)] if t[1] else [])
)  # a long scanner burst, with or without its Enter
SEQUENCES = st.lists(st.one_of(_KEY.map(lambda k: [k]), _BURST), min_size=1, max_size=12).map(
    lambda parts: [k for part in parts for k in part]
)


def expected(keys: list[object]) -> tuple[list[str], str, int]:
    """The scans, the widget's final text and the Enters it receives, as the
    recogniser's rules say."""
    scans: list[str] = []
    typed: list[str] = []
    enters = 0
    burst: list[str] = []
    last = 0  # timestamp of the last printable key held
    now = 1000

    def hand_over() -> None:
        typed.extend(burst)
        burst.clear()

    for key in keys:
        if isinstance(key, Char):
            now += key.dt
            if key.auto_repeat or not key.text.isprintable():
                hand_over()
                typed.append(key.text)
                continue
            if burst and now - last > GAP_MS:
                hand_over()
            burst.append(key.text)
            last = now
        elif isinstance(key, Enter):
            now += key.dt
            if len(burst) >= MIN_LENGTH and now - last <= GAP_MS:
                scans.append("".join(burst))
                burst.clear()
            else:
                hand_over()
                enters += 1
        elif isinstance(key, Other):
            if key.key != Qt.Key.Key_Shift or key.ctrl:
                hand_over()
        else:  # Wait
            hand_over()
    hand_over()  # the sequence ends with a wait: nothing stays held
    return scans, "".join(typed), enters


def _send(widget: QWidget, kind: QEvent.Type, key: int, mods, text: str, ts: int, rep=False):  # type: ignore[no-untyped-def]
    event = QKeyEvent(kind, key, mods, text, rep)
    event.setTimestamp(ts)
    QApplication.sendEvent(widget, event)


def play(qtbot, edit: QLineEdit, keys: list[object]) -> None:  # type: ignore[no-untyped-def]
    """Deliver ``keys`` to ``edit`` as the window system would (timestamps in ms);
    the event loop runs only at a Wait and at the end."""
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    none = Qt.KeyboardModifier.NoModifier
    now = 1000
    for key in keys:
        if isinstance(key, Char):
            now += key.dt
            code = ord(key.text.upper()) if key.text.isascii() else Qt.Key.Key_unknown.value
            _send(edit, press, code, none, key.text, now, key.auto_repeat)
            _send(edit, release, code, none, key.text, now, key.auto_repeat)
        elif isinstance(key, Enter):
            now += key.dt
            code = Qt.Key.Key_Enter if key.keypad else Qt.Key.Key_Return
            mods = Qt.KeyboardModifier.KeypadModifier if key.keypad else none
            _send(edit, press, code.value, mods, "\r", now)
            _send(edit, release, code.value, mods, "\r", now)
        elif isinstance(key, Other):
            mods = Qt.KeyboardModifier.ControlModifier if key.ctrl else none
            _send(edit, press, key.key.value, mods, "", now)
            _send(edit, release, key.key.value, mods, "", now)
        else:
            qtbot.wait(GAP_MS + 30)
    qtbot.wait(GAP_MS + 30)


@pytest.fixture
def recogniser(qtbot) -> Iterator[ScanRecogniser]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    scan = ScanRecogniser(gap_ms=GAP_MS, min_length=MIN_LENGTH)
    app.installEventFilter(scan)
    yield scan
    app.removeEventFilter(scan)


@pytest.fixture
def edit(qtbot) -> QLineEdit:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.resize(300, 60)
    line = QLineEdit(window)
    line.setGeometry(10, 10, 280, 24)
    line.setMaxLength(100_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    line.setFocus()
    line.window_ref = window  # keeps the window (and so the line edit) alive
    return line


def test_key_sequences_give_exactly_the_fast_bursts_as_scans(
    qtbot,  # type: ignore[no-untyped-def]
    recogniser: ScanRecogniser,
    edit: QLineEdit,
) -> None:
    scans: list[str] = []
    enters: list[bool] = []
    recogniser.scanned.connect(scans.append)
    edit.returnPressed.connect(lambda: enters.append(True))

    @fuzz(60)
    @given(keys=SEQUENCES)
    def check(keys: list[object]) -> None:
        scans.clear()
        enters.clear()
        edit.clear()
        play(qtbot, edit, keys)
        want_scans, want_text, want_enters = expected(keys)
        assert scans == want_scans
        assert edit.text() == want_text  # every key typed by hand arrives, in order
        assert len(enters) == want_enters

    check()


def test_enter_alone_and_long_bursts(qtbot, recogniser: ScanRecogniser, edit: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    scans: list[str] = []
    recogniser.scanned.connect(scans.append)
    long_code = "9" * 5000
    play(qtbot, edit, [Enter(0), *(Char(c, 1) for c in long_code), Enter(1), Enter(1)])
    assert scans == [long_code] and edit.text() == ""


# ---------------------------------------------------------------------------- screens

ABSURD_CODES = st.one_of(
    st.sampled_from(
        [
            "\x00",
            "69012\x0034567892",
            "\x1b[2J",
            "\u202e1234",
            "{code}",
            "{0}{1}",
            "%s",
            "'; DELETE FROM product; --",
            "%",
            "_",
            "9" * 10_000,
            "x" * 100_000,
            "８０１０００００１０",
            "tea-1\t",
            "🙂🙂🙂🙂",
            "D01-000001",
            ean13(1)[:-1] + str((int(ean13(1)[-1]) + 1) % 10),  # a wrong check digit
        ]
    ),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=60),
).filter(lambda c: c.strip())


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box or crash dialog would block: each is recorded instead."""
    shown: list[str] = []

    def box(*args, **_kwargs):  # type: ignore[no-untyped-def]
        shown.append(" ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    monkeypatch.setattr(
        gui_errors.CrashDialog, "exec", lambda self: shown.append(self.details.toPlainText())
    )
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    return shown


@pytest.fixture
def scan_world(db_url: str) -> Iterator[ShopWorld]:
    w = make_shop(db_url)
    p = product(w, "TEA-1", barcodes=(ean13(1),), price_minor=1000)
    put_stock(w, p.id, main_location(w), 50)
    yield w
    w.ctx.db.dispose()


def _panels(qtbot, world: ShopWorld, tmp_path: Path):  # type: ignore[no-untyped-def]
    entry = OrderEntryPanel(world.ctx, world.owner)
    main = SimpleNamespace(
        runner=None, settings=Settings(data_dir=tmp_path / "data"), shop=SimpleNamespace(
            currency="CNY")
    )  # fmt: skip
    packing = PackingPanel(world.ctx, world.owner, main)
    inventory = InventoryScreen(world.ctx, world.owner)
    for widget in (entry, packing, inventory):
        qtbot.addWidget(widget)
        widget.resize(1200, 760)
        widget.show()
    inventory.refresh()
    return entry, packing, inventory


def test_absurd_codes_end_in_a_message_on_every_screen(
    qtbot,  # type: ignore[no-untyped-def]
    scan_world: ShopWorld,
    tmp_path: Path,
    no_dialogs: list[str],
) -> None:
    entry, packing, inventory = _panels(qtbot, scan_world, tmp_path)
    inventory.tabs.setCurrentWidget(inventory.counts)
    inventory.counts.start_button.click()
    assert inventory.counts.count is not None

    @fuzz(25, dialect=scan_world.ctx.db.dialect, postgres_default=8)
    @given(code=ABSURD_CODES)
    def check(code: str) -> None:
        ours = code.strip() == ean13(1) or code.strip().casefold() == "tea-1"
        entry.notice.clear()
        entry.handle_scan(code)
        assert entry.notice.text() or ours, code

        packing.status.setText("")
        packing.handle_scan(code)
        assert packing.status.text(), code

        inventory.tabs.setCurrentIndex(0)  # the products page
        inventory.notice.clear()
        inventory.handle_scan(code)
        assert inventory.notice.text() or code.strip() == ean13(1), code

        inventory.tabs.setCurrentWidget(inventory.counts)
        inventory.counts.feedback.setText("")
        inventory.handle_scan(code)
        assert inventory.counts.feedback.text(), code

        inventory.tabs.setCurrentWidget(inventory.receiving)
        inventory.receiving.notice.clear()
        inventory.handle_scan(code)
        assert inventory.receiving.notice.text(), code

        assert no_dialogs == [], no_dialogs

    check()
