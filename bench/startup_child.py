"""Child process for bench/startup.py: starts one window and reports when it is painted.

Modes: ``bare`` (a plain PySide6 window: the floor), ``login`` (the app up to the painted
login window), ``main`` (the app, signing in as the demo Owner at once, up to the painted
main window).  Prints ``painted <name> <perf_counter>`` lines on stdout, then quits.
"""

from __future__ import annotations

import sys
import time


def bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    w = QLabel("Sign in")
    w.resize(460, 320)

    class Spy(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if obj is w and event.type() == QEvent.Type.Paint:
                print(f"painted bare {time.perf_counter()}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = Spy()
    w.installEventFilter(spy)
    w.show()
    return app.exec()


def app_run(data_dir: str, sign_in: bool) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from merchant_app.gui import app as gui_app

    original_start = gui_app.AppController.start

    class Spy(QObject):
        def __init__(self, controller) -> None:  # type: ignore[no-untyped-def]
            super().__init__()
            self.controller = controller
            self.seen: set[str] = set()

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() != QEvent.Type.Paint:
                return False
            name = obj.objectName()
            if name in ("LoginWindow", "MainWindow") and name not in self.seen:
                self.seen.add(name)
                print(f"painted {name} {time.perf_counter()}", flush=True)
                if name == "LoginWindow" and sign_in:
                    panel = self.controller.login_window.panel
                    panel.login.setText("owner")
                    panel.password.setText("owner-demo")
                    print(f"submitted login {time.perf_counter()}", flush=True)
                    panel.sign_in_button.click()
                elif name == "LoginWindow" or name == "MainWindow":
                    QTimer.singleShot(0, QApplication.instance().quit)
            return False

    def start(self):  # type: ignore[no-untyped-def]
        self._bench_spy = Spy(self)
        self.app.installEventFilter(self._bench_spy)
        original_start(self)

    gui_app.AppController.start = start  # type: ignore[method-assign]
    return gui_app.run_gui(__import__("pathlib").Path(data_dir))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        sys.exit(bare())
    sys.exit(app_run(sys.argv[2], sign_in=mode == "main"))
