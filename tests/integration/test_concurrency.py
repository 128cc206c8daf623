"""Several desks at the same moment on one server: no forks, no double use."""

from __future__ import annotations

import threading
from collections.abc import Callable

from merchant_app.database import Database
from merchant_app.errors import AuthenticationFailed
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.services import audit, auth, shop
from merchant_app.services.context import AppContext
from tests.factories import make_shop


def in_parallel(*fns: Callable[[], object]) -> list[object]:
    barrier = threading.Barrier(len(fns))
    results: list[object] = [None] * len(fns)

    def wrap(i: int, fn: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[i] = fn()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=wrap, args=(i, f)) for i, f in enumerate(fns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def desk(url: str, clock: object) -> AppContext:
    ctx = AppContext(db=Database(url), keys=MemoryKeyStore(), clock=clock)  # type: ignore[arg-type]
    shop.open_shop(ctx)
    return ctx


def test_audit_chain_does_not_fork_under_concurrent_desks(db_url: str) -> None:
    world = make_shop(db_url)
    desks = [desk(db_url, world.clock) for _ in range(3)]

    def work(ctx: AppContext) -> Callable[[], None]:
        def run() -> None:
            for i in range(15):
                with ctx.db.transaction() as s:
                    audit.record(s, ctx, world.owner, "test.concurrent", str(i))

        return run

    results = in_parallel(*(work(c) for c in desks))
    assert all(r is None for r in results), results
    report = audit.verify_chain(world.ctx)
    assert report.ok, report
    assert len(audit.list_entries(world.ctx, world.owner, text="test.concurrent")) == 45


def test_enrolment_code_is_used_exactly_once_by_racing_desks(db_url: str) -> None:
    world = make_shop(db_url)
    clerk = world.add_user("clara", "Sales clerk")
    code = auth.issue_enrolment_code(world.ctx, world.owner, clerk.user_id)
    desks = [desk(db_url, world.clock) for _ in range(2)]
    results = in_parallel(
        *(lambda c=c: auth.enrol_with_code(c, "clara", code, "fresh-pass-1") for c in desks)
    )
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, AuthenticationFailed)]
    assert len(winners) == 1 and len(losers) == 1, results


def test_numbers_from_racing_actions_on_one_desk_are_unique(db_url: str) -> None:
    world = make_shop(db_url)
    ctx = world.ctx

    def take() -> list[str]:
        got = []
        other = AppContext(
            db=Database(db_url),
            keys=ctx.keys,
            clock=ctx.clock,
            shop_id=ctx.shop_id,
            desk_id=ctx.desk_id,
        )
        for _ in range(20):
            with other.db.transaction() as s:
                got.append(shop.next_number(s, ctx.desk_id, "order"))
        return got

    results = in_parallel(take, take, take)
    numbers = [n for r in results for n in r]  # type: ignore[union-attr]
    assert len(numbers) == 60 and len(set(numbers)) == 60


def test_desks_registering_at_once_get_distinct_codes(db_url: str) -> None:
    world = make_shop(db_url)

    def register() -> str:
        ctx = AppContext(db=Database(db_url), keys=MemoryKeyStore(), clock=world.clock)
        return shop.open_shop(ctx)[1].code

    codes = in_parallel(register, register, register)
    assert all(isinstance(c, str) for c in codes), codes
    assert len(set(codes)) == 3 and "D01" not in codes
