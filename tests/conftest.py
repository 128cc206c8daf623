"""Shared fixtures: real SQLite files and the real local PostgreSQL server.

Service tests take the ``db_url`` fixture, which runs each test once on a fresh SQLite
file and once in a fresh schema of the local PostgreSQL server.  Set
``MERCHANT_TEST_PG_URL`` to point at another server; when no server answers, the
PostgreSQL half is reported as skipped (CI starts the server first, so it runs there).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing() -> Iterator[None]:
    """Tests create hundreds of users: argon2id with the production cost (64 MiB, 3 passes)
    would take most of the run.  In-process tests hash with a cheap argon2id instead;
    subprocess tests (command line, packaged app) keep the real cost, and a unit test checks
    the production parameters."""
    from argon2 import PasswordHasher

    from merchant_app.security import passwords

    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords._hasher = passwords.PRODUCTION_HASHER


PG_URL = os.environ.get("MERCHANT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
_pg_ok: bool | None = None


def pg_available() -> bool:
    global _pg_ok
    if _pg_ok is None:
        try:
            import psycopg

            with psycopg.connect(
                PG_URL.replace("postgresql://", "postgresql://", 1), connect_timeout=3
            ):
                _pg_ok = True
        except Exception:
            _pg_ok = False
    return _pg_ok


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections use a fresh, private schema (dropped afterwards)."""
    if not pg_available():
        if os.environ.get("CI"):
            pytest.fail("the PostgreSQL server is not reachable in CI")
        pytest.skip("no PostgreSQL server at " + PG_URL)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each service test runs on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'shop.sqlite3').as_posix()}"
    return request.getfixturevalue("pg_schema_url")
