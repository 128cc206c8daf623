"""Recognise barcode scans among keyboard input, application-wide.

A USB or Bluetooth barcode scanner is a keyboard: it types the code as a burst of keys,
each a few milliseconds after the previous one, and ends with Enter.  A person types far
slower.  :class:`ScanRecogniser` watches every key press in the application and holds
printable keys back for a moment:

* another key within ``gap_ms``: keep holding (it may be a scan);
* no further key within ``gap_ms``: the keys were typed by hand; they are replayed, in
  order, to the widget they were meant for (a person sees at most ``gap_ms`` latency);
* Enter after a fast burst of at least ``min_length`` characters: it was a scan; the keys
  and the Enter are dropped and :attr:`ScanRecogniser.scanned` carries the code;
* anything else (a short burst then Enter, a non-printable key, a key with Ctrl, Alt or
  Meta, an auto-repeated key): the held keys are replayed first, then the new key goes
  through untouched, so shortcuts keep working.

Key releases: while keys are held, releases are held with them (and replayed in order);
the releases of keys consumed by a scan are dropped, including those arriving after the
Enter, so widgets never see a release without its press.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_ENTER_KEYS = frozenset({Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value})
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift.value,
        Qt.Key.Key_Control.value,
        Qt.Key.Key_Alt.value,
        Qt.Key.Key_AltGr.value,
        Qt.Key.Key_Meta.value,
        Qt.Key.Key_CapsLock.value,
        Qt.Key.Key_NumLock.value,
    }
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class _HeldKey:
    """A key event held back, copied (the original is gone once delivery returns)."""

    receiver: QObject
    event: QKeyEvent
    is_press: bool
    key: int


class ScanRecogniser(QObject):
    """Application event filter that turns fast key bursts ending in Enter into scans.

    Install it with ``QApplication.instance().installEventFilter(recogniser)``.  Human
    typing is never lost or reordered; see the module documentation for the rules.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, gap_ms: int = 50, min_length: int = 4):
        super().__init__(parent)
        self._gap_ms = gap_ms
        self._min_length = min_length
        self._enabled = True
        self._replaying = False
        self._held: list[_HeldKey] = []
        self._chars: list[str] = []
        self._last_timestamp = 0
        self._releases_to_drop: Counter[int] = Counter()
        self._gap_timer = QTimer(self)
        self._gap_timer.setSingleShot(True)
        self._gap_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._gap_timer.setInterval(gap_ms)
        self._gap_timer.timeout.connect(self._on_gap_timer_timeout)

    @property
    def enabled(self) -> bool:
        """Whether key bursts are being recognised (off: every key goes straight through)."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Turn recognition on or off; turning it off replays anything held at once."""
        if not enabled:
            self.flush()
        self._enabled = enabled

    def flush(self) -> None:
        """Replay every held key event, in order, to its original receiver."""
        held = self._held
        self._held = []
        self._chars = []
        self._gap_timer.stop()
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                if shiboken6.isValid(item.receiver):
                    QCoreApplication.sendEvent(item.receiver, item.event)
        finally:
            self._replaying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold, replay or consume key events; every other event passes untouched."""
        kind = event.type()
        if kind != _KEY_PRESS and kind != _KEY_RELEASE:
            return False
        # Key events reach the window (a QWindow) first and then its focus widget: act at
        # the widget, which is also where test tools and replays deliver them.
        if self._replaying or not self._enabled or not watched.isWidgetType():
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if kind == _KEY_PRESS:
            return self._key_pressed(watched, event)
        return self._key_released(watched, event)

    # -- the rules ---------------------------------------------------------------------

    def _key_pressed(self, receiver: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._releases_to_drop[key]:
            del self._releases_to_drop[key]  # that release never came; stop waiting for it
        if event.isAutoRepeat() or event.modifiers() & _COMMAND_MODIFIERS:
            self.flush()
            return False
        if key in _ENTER_KEYS:
            return self._enter_pressed(event)
        if key in _MODIFIER_KEYS:
            if self._held:
                self._hold(receiver, event, is_press=True)
                return True
            return False
        text = event.text()
        if not text or not text.isprintable():
            self.flush()
            return False
        if self._held and (receiver is not self._held[0].receiver or self._slow(event)):
            self.flush()
        self._hold(receiver, event, is_press=True)
        self._chars.append(text)
        self._last_timestamp = event.timestamp()
        self._gap_timer.start()
        return True

    def _enter_pressed(self, event: QKeyEvent) -> bool:
        if not self._chars:
            self.flush()
            return False
        if len(self._chars) < self._min_length or self._slow(event):
            self.flush()
            return False
        code = "".join(self._chars)
        unreleased: Counter[int] = Counter()
        orphan_releases: list[_HeldKey] = []
        for item in self._held:
            if item.is_press:
                unreleased[item.key] += 1
            elif unreleased[item.key]:
                unreleased[item.key] -= 1
            else:  # released a key pressed before the burst: that belongs to its widget
                orphan_releases.append(item)
        self._held = orphan_releases
        self.flush()
        self._releases_to_drop.update(+unreleased)
        self._releases_to_drop[event.key()] += 1
        self.scanned.emit(code)
        return True

    def _key_released(self, receiver: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if not event.isAutoRepeat() and self._releases_to_drop[key]:
            self._releases_to_drop[key] -= 1
            if not self._releases_to_drop[key]:
                del self._releases_to_drop[key]
            return True
        if self._held:
            self._hold(receiver, event, is_press=False)
            return True
        return False

    def _hold(self, receiver: QObject, event: QKeyEvent, *, is_press: bool) -> None:
        self._held.append(_HeldKey(receiver, QKeyEvent(event), is_press, event.key()))

    def _slow(self, event: QKeyEvent) -> bool:
        """Whether the window system's timestamps show a gap longer than ``gap_ms``.

        Events that queued up while the GUI thread was busy arrive together; their
        timestamps still tell typing from scanning.  Synthetic events carry none.
        """
        now = event.timestamp()
        if not now or not self._last_timestamp:
            return False
        return not 0 <= now - self._last_timestamp <= self._gap_ms

    def _on_gap_timer_timeout(self) -> None:
        self.flush()
