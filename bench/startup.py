"""Start-up time: process start to the login window painted, and to the main window
painted after signing in on the demo shop, against a bare PySide6 window (the floor).

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/startup.py [--runs 7] [--data-dir DIR]
(the demo shop is created in a temporary folder unless --data-dir names one).

Each measured start is a child process of this script (``--child MODE DATA_DIR``):
``bare`` (a plain PySide6 window: the floor), ``login`` (the app up to the painted login
window), ``main`` (the app, signing in as the demo Owner at once, up to the painted main
window).  A child prints ``painted <name> <perf_counter>`` lines, then quits.

Signing in is also split at the moment the password is verified: click to verified
(the shop may still be opening when the click comes at once, then argon2) and verified
to the main window painted (building the window and its first screen).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
THIS = Path(__file__).resolve()


def one_run(mode: str, data_dir: Path) -> dict[str, float]:
    """Spawn the child; return seconds from spawn to each event it reports."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(HERE.parent) + os.pathsep + env.get("PYTHONPATH", "")
    start = time.perf_counter()  # same clock as the child's on Linux (CLOCK_MONOTONIC)
    out = subprocess.run(
        [sys.executable, str(THIS), "--child", mode, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if out.returncode != 0:
        raise SystemExit(f"{mode} run failed: {out.stderr.strip()[-2000:]}")
    events: dict[str, float] = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("painted", "submitted"):
            events[parts[1]] = float(parts[2]) - start
    return events


def emit(metric: str, value: float, unit: str) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 4), "unit": unit}), flush=True)


# -- the child process ------------------------------------------------------------


def bare_window() -> int:
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
    from merchant_app.gui import login as gui_login

    original_start = gui_app.AppController.start
    original_checked = gui_login.LoginPanel._on_checked

    def checked(self, actor):  # type: ignore[no-untyped-def]
        print(f"submitted verified {time.perf_counter()}", flush=True)  # argon2 done
        original_checked(self, actor)

    gui_login.LoginPanel._on_checked = checked  # type: ignore[method-assign]

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


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        mode, data_dir = sys.argv[2], sys.argv[3]
        sys.exit(bare_window() if mode == "bare" else app_run(data_dir, sign_in=mode == "main"))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    data_dir = args.data_dir or Path(tmp.name) / "demo"
    subprocess.run(
        [sys.executable, "-m", "merchant_app", "demo", "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
        cwd=HERE.parent,
    )
    one_run("bare", data_dir)  # warm the file cache once
    one_run("login", data_dir)
    # bare and login runs alternate, so a machine that gets busier or quieter during the
    # bench weighs on both alike
    bare: list[float] = []
    login: list[float] = []
    for _ in range(args.runs):
        bare.append(one_run("bare", data_dir)["bare"])
        login.append(one_run("login", data_dir)["LoginWindow"])
    mains = [one_run("main", data_dir) for _ in range(args.runs)]
    floor = statistics.median(bare)
    login_ms = statistics.median(login)
    emit("bare_pyside_window_painted", floor * 1000, "ms")
    emit("login_window_painted", login_ms * 1000, "ms")
    emit("login_window_over_bare_window", login_ms / floor, "x")
    emit(
        "main_window_painted_after_immediate_sign_in",
        statistics.median(m["MainWindow"] for m in mains) * 1000,
        "ms",
    )
    emit(
        "sign_in_click_to_main_window_painted",
        statistics.median(m["MainWindow"] - m["login"] for m in mains) * 1000,
        "ms",
    )
    emit(
        "sign_in_password_verified_to_main_window_painted",
        statistics.median(m["MainWindow"] - m["verified"] for m in mains) * 1000,
        "ms",
    )
    emit(
        "sign_in_click_to_password_verified",
        statistics.median(m["verified"] - m["login"] for m in mains) * 1000,
        "ms",
    )
    emit("runs", args.runs, "count")
    tmp.cleanup()


if __name__ == "__main__":
    main()
