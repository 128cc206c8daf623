"""The login window appears before the costly parts of Qt's Python layer are created.

Creating PySide6's ``Qt`` namespace (hundreds of enums) costs 15-30 ms, about a fifth of
the whole start-up budget (bench/startup.py); the login window and everything run before
its first paint avoid it, and the log file is opened only after the first paint.  This
test fails when a change on that path brings either back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
import PySide6.QtCore as core
from merchant_app.config import Settings
from merchant_app.gui import app as gui_app

settings = Settings(data_dir=__import__("pathlib").Path(sys.argv[1]))
application = gui_app.create_application(settings)
gui_app.install_exception_hook()
window = gui_app.LoginWindow(gui_app.TaskRunner(), "Shop")
window.panel.set_message("Opening the shop…", error=False)
window.show()
application.processEvents()
print("qt-namespace", "Qt" in vars(core))
print("log-handlers", "logging.handlers" in sys.modules)
"""


def test_login_window_paints_without_the_qt_namespace(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines["qt-namespace"] == "False"
    assert lines["log-handlers"] == "False"
