"""Fixtures for tests against real outside services: the OS keyring (Secret Service).

``secret_service_env`` (session scope) starts a private D-Bus session bus and an unlocked
gnome-keyring once per test run and gives the environment variables that reach it; pass
them to subprocesses with ``env=environment_with(secret_service_env)`` (from
:mod:`tests.integration.secret_service`; it also drops ``PYTHON_KEYRING_BACKEND``).
``os_keyring`` puts them into this process's ``os.environ`` for one test and makes
``keyring`` use the Secret Service, so ``OsKeyStore()`` stores into that private keyring.

Without ``dbus-daemon``/``gnome-keyring-daemon`` the tests are skipped, except when the
``CI`` variable is set: CI installs both, so there a missing program is a failure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

from tests.integration.secret_service import (
    UNSET_VARIABLES,
    SecretServiceError,
    SecretServiceSession,
    keyring_backend,
    missing_programs,
)


def _unavailable(reason: str) -> None:
    """Skip with ``reason``; fail instead on CI, which must run these tests."""
    if os.environ.get("CI"):
        pytest.fail(f"Secret Service tests cannot run on CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def secret_service_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment variables of a private, unlocked Secret Service (gnome-keyring).

    The daemons run for the whole test session and are stopped at its end; the keyring
    files live in a temporary folder, never in the user's home."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Secret Service is the Linux keyring; this platform has another")
    missing = missing_programs()
    if missing:
        _unavailable(
            "needs "
            + " and ".join(missing)
            + " (Debian/Ubuntu: apt-get install dbus gnome-keyring)"
        )
    session = SecretServiceSession(tmp_path_factory.mktemp("secret-service"))
    try:
        env = session.start()
    except SecretServiceError as exc:
        _unavailable(f"the private Secret Service did not start: {exc}")
    try:
        yield dict(env)
    finally:
        session.stop()


@pytest.fixture
def os_keyring(
    secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[object]:
    """This process uses the private Secret Service for one test; yields the backend.

    ``os.environ`` points at the private session bus (and private ``HOME``/``XDG_*``), and
    keyring's cached backend is replaced by a fresh ``SecretService.Keyring``, so
    ``merchant_app.security.keystore.OsKeyStore()`` reads and writes the real thing."""
    for name, value in secret_service_env.items():
        monkeypatch.setenv(name, value)
    for name in UNSET_VARIABLES:
        monkeypatch.delenv(name, raising=False)

    from keyring.backends import SecretService

    try:
        priority = SecretService.Keyring.priority
    except Exception as exc:  # keyring raises RuntimeError subclasses when it cannot work
        pytest.fail(f"the private Secret Service is not usable: {exc}", pytrace=False)
    assert priority > 0
    with keyring_backend(SecretService.Keyring()) as backend:
        yield backend
