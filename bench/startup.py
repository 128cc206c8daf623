"""Start-up time: process start to the login window painted, and to the main window
painted after signing in on the demo shop, against a bare PySide6 window (the floor).

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/startup.py [--runs 7] [--data-dir DIR]
(the demo shop is created in a temporary folder unless --data-dir names one).
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
CHILD = HERE / "startup_child.py"


def one_run(mode: str, data_dir: Path) -> dict[str, float]:
    """Spawn the child; return seconds from spawn to each event it reports."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(HERE.parent) + os.pathsep + env.get("PYTHONPATH", "")
    start = time.perf_counter()  # same clock as the child's on Linux (CLOCK_MONOTONIC)
    out = subprocess.run(
        [sys.executable, str(CHILD), mode, str(data_dir)],
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


def main() -> None:
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
    bare = [one_run("bare", data_dir)["bare"] for _ in range(args.runs)]
    login = [one_run("login", data_dir)["LoginWindow"] for _ in range(args.runs)]
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
    emit("runs", args.runs, "count")
    tmp.cleanup()


if __name__ == "__main__":
    main()
