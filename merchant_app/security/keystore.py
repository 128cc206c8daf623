"""Where password verifiers and keys live: the OS keyring (AUTH-2, AUTH-5).

:class:`OsKeyStore` goes through ``keyring`` to Windows Credential Manager, the macOS
Keychain or the Secret Service on Linux.  When no such backend exists it raises
:class:`KeyringUnavailable` with instructions; it never falls back to a file.
:class:`MemoryKeyStore` keeps secrets in memory only: for tests, and for the demo shop
whose passwords are public (the window title says so).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

from merchant_app.errors import QT_TRANSLATE_NOOP, KeyringUnavailable

SERVICE_PREFIX = "merchant-app"


class KeyStore(Protocol):
    """Secrets of this desk, by shop and name."""

    kind: str

    def get(self, shop_id: str, name: str) -> str | None: ...

    def set(self, shop_id: str, name: str, secret: str) -> None: ...

    def delete(self, shop_id: str, name: str) -> None: ...


def _service(shop_id: str) -> str:
    return f"{SERVICE_PREFIX}/{shop_id}"


def keyring_help() -> str:
    """How to get a usable keyring on this platform (English; translated by the window)."""
    if sys.platform.startswith("linux"):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "No OS keyring is available, and this app keeps staff passwords only there. "
            "Install and start a Secret Service provider (for example the gnome-keyring "
            "or KeePassXC package) in your desktop session, make sure a D-Bus session "
            "is running, then start the app again.",
        )
    return QT_TRANSLATE_NOOP(
        "Errors",
        "The OS keyring (Windows Credential Manager or macOS Keychain) cannot be used. "
        "Sign in to your computer account normally (not as a guest) and start the app "
        "again.",
    )


class MemoryKeyStore:
    """Secrets in this process's memory only; gone when the app closes."""

    kind = "memory"

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}

    def get(self, shop_id: str, name: str) -> str | None:
        return self._data.get((shop_id, name))

    def set(self, shop_id: str, name: str, secret: str) -> None:
        self._data[(shop_id, name)] = secret

    def delete(self, shop_id: str, name: str) -> None:
        self._data.pop((shop_id, name), None)


class OsKeyStore:
    """The OS keyring through ``keyring``; refuses to work on a fail/plain-text backend."""

    kind = "os"

    def __init__(self) -> None:
        import keyring
        from keyring.errors import KeyringError

        self._keyring = keyring
        self._errors: tuple[type[BaseException], ...] = (KeyringError,)
        backend = keyring.get_keyring()
        if not self.is_usable_backend(backend):
            raise KeyringUnavailable(keyring_help())
        self.backend_name = f"{type(backend).__module__}.{type(backend).__name__}"

    @staticmethod
    def is_usable_backend(backend: object) -> bool:
        """True for a real OS keyring; false for the fail, null and plain-file backends."""
        module = type(backend).__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return False
        if module.startswith("keyrings.alt"):  # plain-text or weakly encrypted files
            return False
        if module.startswith("keyring.backends.chainer"):
            return bool(getattr(backend, "backends", []))
        priority = getattr(backend, "priority", 0)
        return bool(priority and priority > 0)

    def get(self, shop_id: str, name: str) -> str | None:
        try:
            return self._keyring.get_password(_service(shop_id), name)
        except self._errors as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The OS keyring could not be read: {reason}"),
                reason=str(exc),
            ) from exc

    def set(self, shop_id: str, name: str, secret: str) -> None:
        try:
            self._keyring.set_password(_service(shop_id), name, secret)
        except self._errors as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The OS keyring could not be written: {reason}"),
                reason=str(exc),
            ) from exc

    def delete(self, shop_id: str, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring.delete_password(_service(shop_id), name)
        except PasswordDeleteError:
            pass
        except self._errors as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The OS keyring could not be written: {reason}"),
                reason=str(exc),
            ) from exc


def verifier_name(login: str) -> str:
    """The keyring entry name that holds a user's password verifier."""
    return f"verifier:{login}"


class DemoKeyStore(MemoryKeyStore):
    """The demo shop's store when the machine has no OS keyring: in memory, and it knows
    the demo users' public passwords, hashing one the first time it is asked for, and
    the demo's other public secrets (``public_secret(shop_id, name)``: the member data
    key), so the demo shop opens again in a new process."""

    kind = "demo-memory"

    def __init__(
        self,
        demo_passwords: dict[str, str],
        public_secret: Callable[[str, str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self._passwords = demo_passwords
        self._public_secret = public_secret

    def get(self, shop_id: str, name: str) -> str | None:
        found = super().get(shop_id, name)
        if found is None and name.startswith("verifier:"):
            password = self._passwords.get(name.removeprefix("verifier:"))
            if password is not None:
                from merchant_app.security.passwords import hash_password

                found = hash_password(password)
                self.set(shop_id, name, found)
        elif found is None and self._public_secret is not None:
            found = self._public_secret(shop_id, name)
        return found
