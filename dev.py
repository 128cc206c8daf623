#!/usr/bin/env python3
"""Set everything up, then run the app on the demo shop or run every check.

    python3 dev.py demo    # virtual environment, dependencies, demo shop, then the app
    python3 dev.py test    # the same set-up, system test tools, then lint, types, tests

Only the Python standard library is used here, so this works on a fresh machine with
just Python 3.11+.  On Debian/Ubuntu the test command also installs the system tools the
tests drive (a virtual X server, zbar, poppler, gnome-keyring, D-Bus); elsewhere it says
which ones are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DIR = ROOT / "demo-shop"
DEBIAN_PACKAGES = [
    "xvfb",
    "xauth",
    "zbar-tools",
    "poppler-utils",
    "gnome-keyring",
    "dbus",
    "dbus-x11",
    "libegl1",
    "libgl1",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libfontconfig1",
    "libdbus-1-3",
    "fonts-noto-cjk",
    "postgresql-client",
]
TOOLS = {
    "xvfb-run": "xvfb",
    "zbarimg": "zbar-tools",
    "pdftoppm": "poppler-utils",
    "gnome-keyring-daemon": "gnome-keyring",
    "dbus-daemon": "dbus",
    "pg_dump": "postgresql-client",
}


def run(*cmd: str | Path, **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def venv_bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def setup_python(extra: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before any venv exists
        sys.exit(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
    if not venv_python().exists():
        run(sys.executable, "-m", "venv", VENV)
    run(venv_python(), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(venv_python(), "-m", "pip", "install", "--quiet", "-e", f".{extra}", cwd=ROOT)


def setup_system_tools() -> None:
    missing = [pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None]
    if not missing and shutil.which("fc-list"):
        return
    if sys.platform.startswith("linux") and shutil.which("apt-get"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(*sudo, "apt-get", "update", "-qq", env=env)
        run(
            *sudo,
            "apt-get",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            *DEBIAN_PACKAGES,
            env=env,
        )
    else:
        print("Install these for the full test suite: " + ", ".join(missing), flush=True)


def ensure_postgres() -> None:
    """Start the local PostgreSQL cluster if one is installed but stopped."""
    if shutil.which("pg_isready") is None:
        return
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode == 0:
        return
    clusters = Path("/etc/postgresql")
    if shutil.which("pg_ctlcluster") and clusters.is_dir():
        for version in sorted(p.name for p in clusters.iterdir()):
            subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"])


def demo(args: list[str]) -> int:
    setup_python("")
    app = venv_bin("merchant-app")
    run(app, "demo", "--data-dir", DEMO_DIR)
    return subprocess.run([str(app), "--data-dir", str(DEMO_DIR), *args]).returncode


def test(args: list[str]) -> int:
    setup_python("[dev]")
    setup_system_tools()
    ensure_postgres()
    py = venv_python()
    os.chdir(ROOT)
    run(py, "-m", "ruff", "check", ".")
    run(py, "-m", "ruff", "format", "--check", ".")
    run(py, "-m", "mypy")
    return subprocess.run([str(py), "-m", "pytest", *args]).returncode


def main() -> int:
    commands = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    try:
        return commands[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        print(f"dev.py: step failed ({exc.returncode}): {' '.join(map(str, exc.cmd))}")
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
