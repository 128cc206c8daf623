"""Notice when nobody has used the app for a while (to lock the screen, say).

:class:`IdleWatcher` is an application event filter: any mouse press, mouse move, key
press, wheel turn or touch counts as use.  Recording use is cheap (it only notes the
time); a single timer checks the time when it fires and rearms itself for the rest of
the period, so busy mouse movement does not restart timers hundreds of times a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle_timeout` once after ``minutes`` without user input.

    Install it with ``QApplication.instance().installEventFilter(watcher)``; it starts
    watching at once.  After it fired it stays quiet until the next input (or
    :meth:`reset`) starts a new period.  While paused it never fires.
    """

    idle_timeout = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = _to_ms(minutes)
        self._last_input = time.monotonic()
        self._paused = False
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._arm(self._timeout_ms)

    @property
    def timeout_ms(self) -> int:
        """The idle period in milliseconds."""
        return self._timeout_ms

    @property
    def paused(self) -> bool:
        """Whether watching is paused."""
        return self._paused

    def set_timeout(self, minutes: float) -> None:
        """Change the idle period; the new period counts from the last input."""
        self._timeout_ms = _to_ms(minutes)
        if not self._paused and not self._fired:
            self._arm(self._remaining_ms())

    def reset(self) -> None:
        """Start a new idle period now, as if the user had just done something."""
        self._last_input = time.monotonic()
        self._fired = False
        if not self._paused:
            self._arm(self._timeout_ms)

    def pause(self) -> None:
        """Stop watching (for example while the lock screen itself is shown)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Watch again; a full idle period starts now."""
        self._paused = False
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note user input; never consumes an event."""
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
            if self._fired and not self._paused:
                self._fired = False
                self._arm(self._timeout_ms)
        return False

    def _remaining_ms(self) -> int:
        idle_ms = (time.monotonic() - self._last_input) * 1000
        return max(0, int(self._timeout_ms - idle_ms + 0.999))

    def _arm(self, ms: int) -> None:
        self._timer.start(max(ms, 1))

    def _on_timer_timeout(self) -> None:
        if self._paused or self._fired:
            return
        remaining = self._remaining_ms()
        if remaining > 0:
            self._arm(remaining)
            return
        self._fired = True
        self.idle_timeout.emit()


def _to_ms(minutes: float) -> int:
    """``minutes`` as whole milliseconds, at least one."""
    if minutes <= 0:
        raise ValueError("the idle timeout must be positive")
    return max(1, round(minutes * 60_000))
