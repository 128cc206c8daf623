"""A private, unlocked Secret Service for tests: D-Bus session bus plus gnome-keyring.

:class:`SecretServiceSession` starts its own ``dbus-daemon`` (with a minimal config: no
service activation, so nothing else is ever started on that bus) and a
``gnome-keyring-daemon`` with only the ``secrets`` component, unlocked with a password
written to its stdin.  Both run with ``HOME`` and the ``XDG_*`` folders pointing into a
private folder, so the user's real keyrings and ``keyringrc.cfg`` are never touched.

Used by the fixtures in ``tests/integration/conftest.py``; by hand::

    with SecretServiceSession(Path("/tmp/ss")) as session:
        subprocess.run([...], env=environment_with(session.env))

Needs ``dbus-daemon`` and ``gnome-keyring-daemon`` (Debian/Ubuntu packages ``dbus`` and
``gnome-keyring``) on Linux.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO

DBUS_DAEMON = "dbus-daemon"
GNOME_KEYRING_DAEMON = "gnome-keyring-daemon"
SECRETS_BUS_NAME = "org.freedesktop.secrets"
KEYRING_PASSWORD = "merchant-app-tests"
START_TIMEOUT_S = 15.0
# Unix socket paths longer than this do not fit in sockaddr_un (108 bytes on Linux).
_MAX_SOCKET_PATH = 100

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{listen}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# Variables the private session sets; the keyring environment variables a developer may
# have exported are removed instead (see :data:`UNSET_VARIABLES`).
UNSET_VARIABLES = ("PYTHON_KEYRING_BACKEND", "MERCHANT_APP_KEYRING", "GNOME_KEYRING_CONTROL")


class SecretServiceError(RuntimeError):
    """The private D-Bus session or gnome-keyring could not be started."""


def environment_with(session_env: Mapping[str, str]) -> dict[str, str]:
    """This process's environment for a child that should use the private session."""
    env = {k: v for k, v in os.environ.items() if k not in UNSET_VARIABLES}
    env.update(session_env)
    return env


def missing_programs() -> list[str]:
    """The programs this module needs that are not on ``PATH`` (empty when all are)."""
    return [name for name in (DBUS_DAEMON, GNOME_KEYRING_DAEMON) if shutil.which(name) is None]


def _die_with_parent(command: list[str]) -> list[str]:
    """``command`` run so that Linux stops it when the test process dies, even by SIGKILL
    (``setpriv --pdeathsig``, from util-linux; without it, left as it is)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return command
    return [setpriv, "--pdeathsig", "TERM", "--", *command]


def _read_line(stream: IO[bytes], timeout: float) -> str:
    """One line from a child's pipe, or ``""`` on end of file or timeout."""
    with selectors.DefaultSelector() as sel:
        sel.register(stream, selectors.EVENT_READ)
        if not sel.select(timeout):
            return ""
    return stream.readline().decode(errors="replace").strip()


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


class SecretServiceSession:
    """A private session bus with an unlocked gnome-keyring; a context manager.

    :attr:`env` holds the variables a process needs to use it (``DBUS_SESSION_BUS_ADDRESS``,
    ``HOME`` and the ``XDG_*`` folders); :data:`UNSET_VARIABLES` must be removed as well.
    """

    def __init__(self, base_dir: Path, password: str = KEYRING_PASSWORD) -> None:
        self.base_dir = Path(base_dir)
        self.password = password
        self.env: dict[str, str] = {}
        self._bus: subprocess.Popen[bytes] | None = None
        self._keyring: subprocess.Popen[bytes] | None = None

    @property
    def log_file(self) -> Path:
        """Where both daemons' stderr goes (quoted in start-up errors)."""
        return self.base_dir / "daemons.log"

    def _private_env(self) -> dict[str, str]:
        folders = {
            "HOME": "home",
            "XDG_CONFIG_HOME": "config",
            "XDG_DATA_HOME": "data",
            "XDG_CACHE_HOME": "cache",
            "XDG_STATE_HOME": "state",
            "XDG_RUNTIME_DIR": "run",
        }
        env: dict[str, str] = {}
        for name, sub in folders.items():
            path = self.base_dir / sub
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o700)  # gnome-keyring refuses a runtime folder others can read
            env[name] = str(path)
        return env

    def _child_env(self) -> dict[str, str]:
        env = environment_with(self.env)
        if "DBUS_SESSION_BUS_ADDRESS" not in self.env:  # the bus itself: not the user's
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        return env

    def _log_tail(self) -> str:
        try:
            return self.log_file.read_text(errors="replace")[-2000:].strip() or "(empty log)"
        except OSError:
            return "(no log)"

    def start(self) -> dict[str, str]:
        """Start both daemons and wait until the Secret Service answers; returns :attr:`env`."""
        if not sys.platform.startswith("linux"):
            raise SecretServiceError("the Secret Service test session needs Linux")
        missing = missing_programs()
        if missing:
            raise SecretServiceError("not installed: " + ", ".join(missing))
        self.base_dir.mkdir(parents=True, exist_ok=True)
        self.env = self._private_env()
        socket = Path(self.env["XDG_RUNTIME_DIR"]) / "bus"
        listen = (
            f"unix:path={socket}" if len(str(socket)) < _MAX_SOCKET_PATH else "unix:tmpdir=/tmp"
        )
        config = self.base_dir / "session-bus.conf"
        config.write_text(_BUS_CONFIG.format(listen=listen), encoding="utf-8")
        try:
            self._start_bus(config)
            self._start_keyring()
        except BaseException:
            self.stop()
            raise
        return self.env

    def _start_bus(self, config: Path) -> None:
        with self.log_file.open("ab") as log:
            self._bus = subprocess.Popen(
                _die_with_parent(
                    [DBUS_DAEMON, f"--config-file={config}", "--nofork", "--print-address=1"]
                ),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                env=self._child_env(),
            )
        assert self._bus.stdout is not None
        address = _read_line(self._bus.stdout, START_TIMEOUT_S)
        if not address:
            raise SecretServiceError(f"{DBUS_DAEMON} printed no address:\n{self._log_tail()}")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_keyring(self) -> None:
        # --foreground rather than --daemonize: the process stays our child, so stopping it
        # needs no PID hunting, and it still reads the unlock password from stdin.
        with self.log_file.open("ab") as log:
            self._keyring = subprocess.Popen(
                _die_with_parent(
                    [GNOME_KEYRING_DAEMON, "--foreground", "--unlock", "--components=secrets"]
                ),
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=log,
                env=self._child_env(),
            )
        assert self._keyring.stdin is not None
        self._keyring.stdin.write(self.password.encode())
        self._keyring.stdin.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._secrets_on_bus():
            if self._keyring.poll() is not None:
                raise SecretServiceError(
                    f"{GNOME_KEYRING_DAEMON} exited with {self._keyring.returncode}:\n"
                    + self._log_tail()
                )
            if time.monotonic() > deadline:
                raise SecretServiceError(
                    f"{GNOME_KEYRING_DAEMON} did not claim {SECRETS_BUS_NAME} within "
                    f"{START_TIMEOUT_S:.0f} s:\n{self._log_tail()}"
                )
            time.sleep(0.05)

    def _secrets_on_bus(self) -> bool:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(self.env["DBUS_SESSION_BUS_ADDRESS"]) as conn:
            reply = conn.send_and_get_reply(message_bus.NameHasOwner(SECRETS_BUS_NAME))
        return bool(reply.body[0])

    def stop(self) -> None:
        """Stop gnome-keyring, then the bus (safe to call twice)."""
        _stop(self._keyring)
        _stop(self._bus)
        if self._bus is not None and self._bus.stdout is not None:
            self._bus.stdout.close()

    def __enter__(self) -> SecretServiceSession:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@contextlib.contextmanager
def keyring_backend(backend: object) -> Iterator[object]:
    """Make ``backend`` keyring's current backend for the block, then restore the old one.

    ``keyring`` caches its backend in ``keyring.core``; restoring ``None`` there makes the
    next ``keyring.get_keyring()`` discover one again, as in a fresh process."""
    import keyring.core

    previous = getattr(keyring.core, "_keyring_backend", None)
    keyring.core.set_keyring(backend)  # type: ignore[arg-type]
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous  # type: ignore[attr-defined]
