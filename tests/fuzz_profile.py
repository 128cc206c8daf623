"""How hard the fuzz tests (SAFE-5) try: a few dozen examples each in CI, as many as
``MERCHANT_FUZZ_EXAMPLES`` says for a long local run, e.g.::

    MERCHANT_FUZZ_EXAMPLES=2000 .venv/bin/pytest tests/unit/test_fuzz_importers.py

PostgreSQL examples cost a round trip per statement, so they get a quarter of the count
(at least the number given for them).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_ENV = "MERCHANT_FUZZ_EXAMPLES"


def examples(default: int, *, postgres: bool = False, postgres_default: int = 0) -> int:
    """The number of examples a fuzz test runs: ``default`` (SQLite, pure functions) or
    ``postgres_default`` on PostgreSQL, unless the environment asks for more."""
    wanted = os.environ.get(_ENV, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        n = int(wanted)
        return max(n // 4, postgres_default or 1) if postgres else n
    return (postgres_default or max(default // 4, 1)) if postgres else default


def fuzz(default: int, *, dialect: str = "sqlite", postgres_default: int = 0) -> settings:
    """Hypothesis settings for one fuzz test: no deadline (a loaded machine is slow), the
    example count from :func:`examples`, and the health checks that complain about slow
    data generation or a database kept across examples turned off."""
    return settings(
        max_examples=examples(
            default, postgres=dialect == "postgresql", postgres_default=postgres_default
        ),
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
    )
