"""The window side of a desk that works offline (GROW-2): the status bar's sync
indicator, the offline banner and the background loop that sends the queue.

:class:`DeskSync` is attached to the main window of a desk on a server
(:func:`attach_desk_sync`).  The desk router tells its listeners on whatever thread
changed the state; a relay turns each call into a Qt signal, so the indicator and the
banner change on the GUI thread only.  A timer calls
:func:`~merchant_app.services.desk_router.tick` every few seconds on a task runner of
its own (one worker thread, never the window's runner), so a long sync never blocks the
GUI thread nor the window's other tasks; order entry keeps working meanwhile (the
router sends it to the local cache while syncing).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolButton, QWidget

from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.widgets import NoticeBar

log = logging.getLogger(__name__)

DOT_COLOURS = {"online": (46, 150, 67), "offline": (214, 120, 0), "syncing": (33, 118, 210)}


def works_offline(ctx: Any) -> bool:
    """Whether ``ctx``'s database is a desk router (a desk on a server with a local
    cache), without importing the router on a desk kept in a file."""
    return hasattr(ctx.db, "read_local") and hasattr(ctx.db, "add_listener")


def _dot(rgb: tuple[int, int, int], size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(*rgb))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class _Relay(QObject):
    """Turns the router's listener calls (any thread) into a queued Qt signal."""

    status = Signal(object)


class SyncIndicator(QToolButton):
    """The status bar's "Online" / "Offline — N waiting" / "Sending N…" with a coloured
    dot; clicking it opens the sync panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(12, 12))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state = ""

    def show_status(self, status: Any) -> None:
        """Show ``status`` (a :class:`~merchant_app.services.desk_router.RouterStatus`)."""
        self.state = status.state
        n = status.queue_length
        if status.state == "online":
            text = self.tr("Online")
            tip = self.tr("Connected to the shop's server. Click for the sync panel.")
        elif status.state == "syncing":
            text = self.tr("Sending {n}…").format(n=n)
            tip = self.tr("Sending what this desk did offline to the server.")
        else:
            text = self.tr("Offline — {n} waiting").format(n=n)
            tip = self.tr("The server cannot be reached: {reason}").format(
                reason=status.last_error or "—"
            )
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.setIcon(_dot(DOT_COLOURS.get(status.state, DOT_COLOURS["offline"])))


class DeskSync(QObject):
    """Keeps a server desk's window told about the connection and sends its queue.

    ``status_changed`` (a ``RouterStatus``) and ``synced`` (a ``SyncReport`` or refresh
    report) are emitted on the GUI thread.  :meth:`send_now` and :meth:`retry_failed`
    run in the background; :meth:`stop` ends the loop (a sync in progress stops between
    items) and stops listening to the router."""

    status_changed = Signal(object)
    synced = Signal(object)

    def __init__(
        self,
        window: Any,
        *,
        interval_ms: int = 5000,
        refresh_every_s: float = 300.0,
        inline: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.router = window.ctx.db
        self.runner = TaskRunner(self, inline=inline)
        self.refresh_every_s = refresh_every_s
        self._last_refresh = time.monotonic()
        self._stop = threading.Event()
        self._stopped = False
        self._relay = _Relay(self)
        self._relay.status.connect(self._on_status)
        self.router.add_listener(self._relay.status.emit)
        self.indicator = SyncIndicator()
        self.indicator.clicked.connect(self._on_indicator_clicked)
        window.statusBar().addPermanentWidget(self.indicator)
        self.banner = NoticeBar()
        window.add_banner(self.banner)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._on_hide_timer_timeout)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self._was_offline = False
        self._on_status(self.router.status())

    # -- the loop --------------------------------------------------------------------------

    def start(self) -> None:
        """Start probing and syncing every ``interval_ms`` (after sign-in)."""
        if not self._stopped:
            self.timer.start()

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Stop the loop and wait (at most ``timeout_ms``) for a running sync, which
        stops between items; stop listening to the router."""
        if self._stopped:
            return
        self._stopped = True
        self._stop.set()
        self.timer.stop()
        self._hide_timer.stop()
        self.router.remove_listener(self._relay.status.emit)
        self.runner.wait_idle(timeout_ms)

    def tick(self) -> None:
        """One step in the background: probe the server, send the queue when it is back,
        refresh the cache now and then while online.  Skipped while a step runs."""
        if self._stopped or self.runner.busy:
            return
        due = time.monotonic() - self._last_refresh >= self.refresh_every_s
        ctx, should_stop = self.ctx, self._stop.is_set

        def step(_p: Any, _t: Any) -> Any:
            from merchant_app.services.desk_router import tick

            return tick(ctx, refresh=due, should_stop=should_stop)

        def done(report: Any) -> None:
            if due and report is not None:
                self._last_refresh = time.monotonic()
            self._on_report(report)

        self.runner.run(step, on_done=done, on_error=self._on_step_error, quiet=True)

    def send_now(self) -> None:
        """Send the queue now (in the background), as the timer would."""
        self.tick()

    def retry_failed(self, actor: Any) -> None:
        """Put the failed items back in the queue, then send it (in the background)."""
        ctx, should_stop = self.ctx, self._stop.is_set

        def retry(_p: Any, _t: Any) -> Any:
            from merchant_app.services import sync
            from merchant_app.services.desk_router import tick

            sync.retry_failed(ctx, actor)
            return tick(ctx, should_stop=should_stop)

        self.runner.run(retry, on_done=self._on_report, on_error=self._on_step_error, quiet=True)

    def _on_step_error(self, exc: BaseException) -> None:
        from merchant_app.errors import KnownError

        if isinstance(exc, KnownError):  # the router's status already says why
            log.info("desk sync: %s", exc.message)
        else:
            log.error("desk sync failed", exc_info=exc)
        self.synced.emit(None)

    def _on_report(self, report: Any) -> None:
        sent = getattr(report, "sent", 0) + getattr(report, "already", 0)
        if getattr(report, "online", False) and sent and not self._stopped:
            self._show_back_online(sent)
        self.synced.emit(report)

    # -- status ------------------------------------------------------------------------------

    def _on_status(self, status: Any) -> None:
        self.indicator.show_status(status)
        if status.state == "offline":
            self._was_offline = True
            self._hide_timer.stop()
            self.banner.show_message(
                self.tr(
                    "The server cannot be reached. This desk keeps taking orders, payments "
                    "and members; they are sent when the server is back. Points earned now "
                    "are provisional."
                ),
                NoticeBar.WARNING,
            )
        elif status.state == "online" and self._was_offline:
            self._was_offline = False
            self.banner.show_message(self.tr("The server is back."), NoticeBar.SUCCESS)
            self._hide_timer.start(15_000)
        self.status_changed.emit(status)

    def _show_back_online(self, sent: int) -> None:
        self.banner.show_message(
            self.tr("The server is back: {n} items made offline were sent.").format(n=sent),
            NoticeBar.SUCCESS,
        )
        self._hide_timer.start(15_000)

    def _on_hide_timer_timeout(self) -> None:
        if self.banner.level == NoticeBar.SUCCESS:
            self.banner.hide()

    def _on_indicator_clicked(self) -> None:
        self.window.show_screen("sync")


def attach_desk_sync(window: Any, **options: Any) -> DeskSync | None:
    """Give a server desk's ``window`` its indicator, banner and loop (not started:
    call :meth:`DeskSync.start`); None on a desk kept in a file.  The window keeps it
    as ``window.desk_sync``."""
    if not works_offline(window.ctx):
        return None
    desk_sync = DeskSync(window, **options)
    window.desk_sync = desk_sync
    return desk_sync
