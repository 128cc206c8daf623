"""The frozen app: build ``build.spec`` with PyInstaller and run what it produced.

Slow (about half a minute to build on a laptop; the build is cut off after 15 minutes).
The build goes to a temporary folder, once per test run; the checks then run the frozen
``merchant-app`` as a shop would: ``--version``, ``demo`` and ``selfcheck`` against a
real Secret Service (``secret_service_env``), ``selfcheck`` without any keyring, and the
window starting on Qt's offscreen platform.  A module the analysis missed, a data file
left out of the bundle or a Qt plugin filtered too eagerly shows up here, not at a shop.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from merchant_app import __version__
from merchant_app.bootstrap import KEYRING_ENV
from merchant_app.migrations import head_revision
from tests.integration.secret_service import environment_with

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC = REPO_ROOT / "build.spec"
BUILD_TIMEOUT_S = 15 * 60
RUN_TIMEOUT_S = 120
GUI_SMOKE_S = 5.0

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT_S + 5 * 60)]


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """Build ``build.spec`` once; the path of the console executable in the built folder."""
    pytest.importorskip(
        "PyInstaller",
        reason="PyInstaller is not installed, so the app cannot be built "
        "(pip install -e '.[dev]' installs it)",
    )
    out = tmp_path_factory.mktemp("pyinstaller")
    # No --clean: the work folder is new, so nothing stale can be reused, and --clean would
    # also empty the per-user PyInstaller cache that other builds may be using right now.
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(out / "dist"),
        "--workpath",
        str(out / "build"),
        str(SPEC),
    ]
    started = time.monotonic()
    try:
        result = subprocess.run(
            command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"PyInstaller took longer than {BUILD_TIMEOUT_S // 60} minutes")
    elapsed = time.monotonic() - started
    (out / "pyinstaller.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        pytest.fail(
            f"PyInstaller failed ({result.returncode}):\n{result.stderr[-4000:]}", pytrace=False
        )

    folder = out / "dist" / "merchant-app"
    # On Windows merchant-app.exe is the windowed program; the console twin prints.
    name = "merchant-app-cli.exe" if sys.platform == "win32" else "merchant-app"
    executable = folder / name
    assert executable.is_file(), f"no {name} in {folder}: {sorted(os.listdir(folder))}"
    _report(
        request,
        f"build.spec: built in {elapsed:.0f} s, {_folder_size(folder) / 2**20:.0f} MB in {folder}",
    )
    return executable


def _report(request: pytest.FixtureRequest, line: str) -> None:
    """Show ``line`` in the test run's output even though output is being captured."""
    plugins = request.config.pluginmanager
    reporter = plugins.get_plugin("terminalreporter")
    capture = plugins.get_plugin("capturemanager")
    if reporter is None:
        return
    if capture is None:
        reporter.write_line(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.ensure_newline()
        reporter.write_line(line)


def _run(
    executable: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        encoding="utf-8",
        errors="replace",
    )


def test_frozen_version(frozen_app: Path) -> None:
    result = _run(frozen_app, "--version")
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout
    assert result.stdout.strip() == f"merchant-app {__version__}"


def test_frozen_demo_and_selfcheck_with_secret_service(
    frozen_app: Path, secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    env = environment_with(secret_service_env)
    data_dir = tmp_path / "demo-shop"

    demo = _run(frozen_app, "demo", "--data-dir", str(data_dir), env=env)
    assert demo.returncode == 0, demo.stderr
    assert "demo shop created" in demo.stdout
    assert "(keyring: os)" in demo.stdout

    check = _run(frozen_app, "selfcheck", "--data-dir", str(data_dir), env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    # The migrations in _internal/db were found and run to the newest revision.
    assert f"database: sqlite at revision {head_revision()}" in lines, check.stdout
    assert any(line.startswith("shop: Demo Shop") for line in lines), check.stdout
    # keyring found its Secret Service backend (entry points, secretstorage, jeepney).
    assert "keyring: os keyring.backends.SecretService.Keyring" in lines, check.stdout
    assert "keyring round trip: ok" in lines, check.stdout
    assert check.stderr == ""


def test_frozen_selfcheck_without_keyring(frozen_app: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != KEYRING_ENV}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    data_dir = tmp_path / "shop"

    result = _run(frozen_app, "selfcheck", "--data-dir", str(data_dir), env=env)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("merchant-app selfcheck: ")
    assert "keyring" in lines[0].lower()
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_frozen_window_starts_offscreen(frozen_app: Path, tmp_path: Path) -> None:
    """The window comes up (Qt platform plugins, translations and all) and stays up."""
    if sys.platform == "win32":
        frozen_app = frozen_app.with_name("merchant-app.exe")  # the windowed program
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env[KEYRING_ENV] = "memory"  # the first-run window needs no keyring yet
    data_dir = tmp_path / "gui-shop"
    process = subprocess.Popen(
        [str(frozen_app), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    try:
        with contextlib.suppress(subprocess.TimeoutExpired):  # still running: good
            process.wait(timeout=GUI_SMOKE_S)
    finally:
        still_running = process.poll() is None
        if still_running:
            process.terminate()
        try:
            _, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
    assert still_running or process.returncode == 0, (
        f"the window exited with {process.returncode}:\n{stderr[-3000:]}"
    )
    logs = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in data_dir.glob("logs/*.log")
    )
    for problem in ("Traceback", "Fatal Python error", "could not load the Qt platform plugin"):
        assert problem not in stderr, stderr[-3000:]
        assert problem not in logs, logs[-3000:]
