"""Offline desks (GROW-2) in one process: the router, the outbox, the cache refresh, the
sync and the conflicts, on a private schema of the real PostgreSQL server with the desk
reaching it through a TCP proxy the test drops and restores, and the desk's cache in a
real SQLite file.  ``world`` is the server seen by another desk that stays online."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import delete, func, select, update

from merchant_app.config import Settings
from merchant_app.database import Database
from merchant_app.errors import DatabaseUnavailable, NotPermitted
from merchant_app.models import (
    AuditEntry,
    CouponUse,
    Member,
    OrderEvent,
    OrderLine,
    Payment,
    PointsEntry,
    Product,
    Promotion,
    SalesOrder,
    StockLevel,
    Supplier,
    SyncConflict,
    SyncOutbox,
    SyncReceipt,
)
from merchant_app.services import (
    audit,
    auth,
    catalog,
    member_points,
    members,
    order_payments,
    order_steps,
    orders,
    promotions,
    staff,
    stock,
    sync,
    sync_conflicts,
)
from merchant_app.services.context import AppContext, context_of
from merchant_app.services.desk_cache import refresh_cache
from merchant_app.services.desk_router import (
    OFFLINE,
    ONLINE,
    CacheNotReady,
    ReconnectLoop,
    RouterStatus,
    RoutingDatabase,
    open_desk_database,
    tick,
)
from merchant_app.services.member_points import PointsRules
from merchant_app.services.members import MemberInput
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.promotions import PromotionInput
from merchant_app.services.shop import open_shop
from merchant_app.services.sync_outbox import OFFLINE_NUMBER_BASE, NeedsServer
from tests.factories import OWNER_PASSWORD, ShopWorld, make_shop
from tests.integration.tcp_proxy import TcpProxy
from tests.stock_factories import add_product, main_location, put_stock

pytestmark = pytest.mark.postgres


@dataclass
class Rig:
    """The server (``world``, another desk online), the proxy, and desk 2 behind it."""

    world: ShopWorld
    proxy: TcpProxy
    router: RoutingDatabase
    ctx: AppContext
    product: str
    statuses: list[RouterStatus]

    def place(self, qty: int = 1, **draft: Any) -> orders.OrderInfo:
        pays = draft.pop("pays", ())
        return orders.place_order(
            self.ctx,
            self.world.owner,
            OrderDraft(lines=(LineInput(draft.pop("product", self.product), qty),), **draft),
            pays,
        )

    def server(self, query: Any) -> Any:
        with self.world.ctx.db.transaction() as s:
            return s.execute(query).all()

    def count(self, model: Any) -> int:
        with self.world.ctx.db.transaction() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

    def local(self, query: Any) -> Any:
        with self.router.local.transaction() as s:
            return s.execute(query).all()


def through(url: str, port: int) -> str:
    """``url`` with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) > 1 else host))


def second_desk(url: str) -> str:
    ctx = AppContext(db=Database(url), keys=None)  # type: ignore[arg-type]
    desk = open_shop(ctx, "")[1].id
    ctx.db.dispose()
    return desk


@pytest.fixture
def rig(pg_schema_url: str, tmp_path: Path) -> Iterator[Rig]:
    world = make_shop(pg_schema_url)
    pid = add_product(world, "A1", cost_minor=500)  # sells at 1000
    put_stock(world, pid, main_location(world), 10)
    parts = urlsplit(pg_schema_url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432).start()
    router = RoutingDatabase(through(pg_schema_url, proxy.port), tmp_path / "desk-cache.sqlite3")
    ctx = AppContext(
        db=router,
        keys=world.ctx.keys,
        clock=world.clock,
        shop_id=world.ctx.shop_id,
        desk_id=second_desk(pg_schema_url),
    )
    refresh_cache(router, ctx.desk_id)
    statuses: list[RouterStatus] = []
    router.add_listener(statuses.append)
    yield Rig(world, proxy, router, ctx, pid, statuses)
    router.dispose()
    proxy.close()
    world.ctx.db.dispose()


_phones = iter(range(10_000, 99_999))


def person(name: str) -> MemberInput:
    """A member's fields (a phone of their own)."""
    return MemberInput(name=name, phone=f"13900{next(_phones)}")


def reset_outbox(rig: Rig) -> None:
    with rig.router.local.transaction() as s:
        s.execute(update(SyncOutbox).values(status="pending", sent_at=None))


def server_figures(rig: Rig) -> dict[str, Any]:
    figures: dict[str, Any] = {
        m.__tablename__: rig.count(m)
        for m in (SalesOrder, OrderLine, OrderEvent, Payment, PointsEntry, CouponUse, Member)
    }
    figures["levels"] = sorted(rig.server(select(StockLevel.on_hand, StockLevel.reserved)))
    figures["used"] = sorted(rig.server(select(Promotion.code, Promotion.used_count)))
    figures["conflicts"] = rig.count(SyncConflict)
    return figures


# ---------------------------------------------------------------------- the router


def test_an_offline_order_is_kept_locally_and_reaches_the_server_exactly_once(rig: Rig) -> None:
    online = rig.place(pays=(PaymentInput("cash", 1000),))
    assert not online.number.split("-")[1].startswith("9") and rig.router.state == ONLINE
    assert rig.local(select(SyncOutbox.seq)) == []  # nothing queued online

    rig.proxy.drop()
    offline = rig.place(2, pays=(PaymentInput("cash", 2000),))  # the user's action succeeds
    assert rig.router.state == OFFLINE
    assert int(offline.number.split("-")[1]) == OFFLINE_NUMBER_BASE + 1
    assert rig.statuses[-1].state == OFFLINE and rig.statuses[-1].queue_length == 1
    assert rig.statuses[-1].last_error  # says why, without a password
    with rig.ctx.db.transaction() as s:
        assert s.info["offline"] is True
    assert rig.server(select(SalesOrder.number).where(SalesOrder.id == offline.id)) == []

    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)
    assert (report.sent, report.failed, report.remaining, report.online) == (1, 0, 0, True)
    assert report.refreshed is not None and rig.router.state == ONLINE
    assert rig.statuses[-1] == rig.router.status() and rig.statuses[-1].queue_length == 0
    assert rig.server(select(SalesOrder.number).where(SalesOrder.id == offline.id)) == [
        (offline.number,)
    ]
    assert rig.server(select(StockLevel.on_hand, StockLevel.reserved)) == [(10, 3)]
    assert rig.server(select(SalesOrder.paid_minor).where(SalesOrder.id == offline.id)) == [(2000,)]
    after = server_figures(rig)

    reset_outbox(rig)  # the same batch again: the receipts answer
    again = sync.sync_now(rig.router, rig.ctx)
    assert (again.sent, again.already) == (0, 1)
    assert server_figures(rig) == after

    reset_outbox(rig)  # and without receipts: the client ids answer
    with rig.world.ctx.db.transaction() as s:
        s.execute(delete(SyncReceipt))
    sync.sync_now(rig.router, rig.ctx)
    assert server_figures(rig) == after
    assert rig.place().number.startswith(offline.number.split("-")[0])  # online again
    assert rig.count(SalesOrder) == 3


def test_a_failure_in_the_middle_of_a_server_transaction_writes_nothing(rig: Rig) -> None:
    with pytest.raises(DatabaseUnavailable), rig.ctx.db.transaction() as s:
        s.execute(update(Product).values(name="half written"))
        rig.proxy.drop()
    assert rig.server(select(Product.name)) == [("Product A1",)]
    retry = rig.place()  # the retry goes to the cache
    assert rig.router.state == OFFLINE and retry.number.split("-")[1].startswith("9")


def test_offline_the_desk_refuses_what_the_server_must_decide(rig: Rig) -> None:
    rig.proxy.drop()
    rig.place()
    owner = rig.world.owner
    loc = main_location(rig.world)
    with pytest.raises(NeedsServer):
        stock.adjust(rig.ctx, owner, rig.product, loc, 5, "found")
    with pytest.raises(NeedsServer):
        catalog.update_product(rig.ctx, owner, rig.product, {"name": "Renamed offline"})
    with pytest.raises(NeedsServer):
        member_points.set_rules(rig.ctx, owner, PointsRules(value_minor=2, expiry_days=30))
    with pytest.raises(NeedsServer):
        staff.create_user(
            rig.ctx,
            owner,
            login="newbie",
            display_name="New",
            role_id=rig.world.role_id("Sales clerk"),
            password="pass-word-1",
        )
    with pytest.raises(NeedsServer), rig.ctx.db.transaction() as s:
        s.add(Supplier(name="Left in the unit of work"))  # flushed only at commit
    assert rig.local(select(Supplier.id)) == []
    assert rig.local(select(Product.name)) == [("Product A1",)]
    assert rig.local(select(StockLevel.on_hand, StockLevel.reserved)) == [(10, 1)]
    # signing in works offline (its bookkeeping and audit stay local until the sync)
    assert auth.authenticate(rig.ctx, "owner", OWNER_PASSWORD).login == "owner"


def test_facts_about_a_database_are_kept_per_database(rig: Rig) -> None:
    rig.place()
    assert "main_location" in rig.router.cache
    server_facts = rig.router.cache
    rig.proxy.drop()
    rig.place()
    assert rig.router.cache is rig.router.local.cache and rig.router.cache is not server_facts
    assert rig.router.cache["main_location"].id == server_facts["main_location"].id
    with rig.ctx.db.transaction() as s:  # the desk's context is found from a cache session
        assert context_of(s.get_bind()) is rig.ctx


# ---------------------------------------------------------------------- refresh


def test_a_refresh_keeps_what_the_queue_still_holds(rig: Rig) -> None:
    member = members.register_member(rig.world.ctx, rig.world.owner, person("Mei Lin"))
    refresh_cache(rig.router, rig.ctx.desk_id)
    rig.proxy.drop()
    rig.place(3)
    members.update_member(rig.ctx, rig.world.owner, member.id, person("Mei Lin-Wu"))
    orders.place_order(  # another desk sells 2 meanwhile
        rig.world.ctx, rig.world.owner, OrderDraft(lines=(LineInput(rig.product, 2),)), ()
    )
    rig.proxy.restore()
    report = refresh_cache(rig.router, rig.ctx.desk_id)  # still offline: nothing sent yet
    assert report.rows["product"] == 1 and report.seconds > 0
    assert rig.local(select(StockLevel.on_hand, StockLevel.reserved)) == [(10, 2 + 3)]
    local_name = members.get_member(rig.ctx, rig.world.owner, member.id, reveal=True).name
    assert local_name == "Mei Lin-Wu"
    assert rig.local(select(SyncOutbox.status)) == [("pending",), ("pending",)]


# ---------------------------------------------------------------------- conflicts


def test_stock_sold_out_and_a_used_up_coupon_keep_the_order_and_are_listed(rig: Rig) -> None:
    world = rig.world
    last = add_product(world, "LAST", cost_minor=500)
    put_stock(world, last, main_location(world), 2)
    promotions.create_promotion(
        world.ctx,
        world.owner,
        PromotionInput(name="Once", kind="fixed", code="ONCE", amount_minor=100, usage_limit=1),
    )
    refresh_cache(rig.router, rig.ctx.desk_id)
    rig.proxy.drop()
    rig.place(2, product=last)
    kept = rig.place(1, coupon_codes=("ONCE",))
    for draft in (
        OrderDraft(lines=(LineInput(last, 2),)),
        OrderDraft(lines=(LineInput(rig.product, 1),), coupon_codes=("ONCE",)),
    ):
        orders.place_order(world.ctx, world.owner, draft, ())
    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)
    assert (report.sent, report.conflicts, report.failed) == (2, 2, 0)
    assert rig.count(SalesOrder) == 4  # every sale kept
    assert rig.server(
        select(StockLevel.on_hand, StockLevel.reserved).where(StockLevel.product_id == last)
    ) == [(2, 4)]  # the offline order waits as a backorder
    assert rig.server(select(Promotion.used_count)) == [(1,)]
    assert rig.server(select(CouponUse.order_id).where(CouponUse.order_id == kept.id)) == [
        (kept.id,)
    ]
    found = sync_conflicts.list_conflicts(rig.ctx, world.owner)
    assert sorted(c.reason for c in found) == ["coupon_refused", "stock_short"]
    short = next(c for c in found if c.reason == "stock_short")
    assert short.params["sku"] == "LAST" and short.params["sellable"] == 0
    assert "LAST" in short.message and short.desk_code == "D02"
    clerk = world.add_user("clara", "Sales clerk")
    with pytest.raises(NotPermitted):
        sync_conflicts.list_conflicts(rig.ctx, clerk)
    done = sync_conflicts.resolve_conflict(rig.ctx, world.owner, short.id, "done", "ordered more")
    assert done.resolved_at is not None and done.resolved_by == "owner"
    assert [c.reason for c in sync_conflicts.list_conflicts(rig.ctx, world.owner)] == [
        "coupon_refused"
    ]
    assert rig.server(select(func.count()).where(AuditEntry.action == "sync.conflict_resolve")) == [
        (1,)
    ]


def test_a_member_edited_on_two_desks_keeps_the_server_version_until_resolved(
    rig: Rig,
) -> None:
    world = rig.world
    member = members.register_member(world.ctx, world.owner, person("Two Desks"))
    refresh_cache(rig.router, rig.ctx.desk_id)
    rig.proxy.drop()
    rig.place()
    members.update_member(rig.ctx, world.owner, member.id, person("Offline Edit"))
    new = members.register_member(rig.ctx, world.owner, person("New Offline"))
    assert new.card_number.startswith("802" + str(OFFLINE_NUMBER_BASE)[:1])
    world.clock.advance(minutes=5)
    members.update_member(world.ctx, world.owner, member.id, person("Online Edit"))
    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)  # order, edit, registration, audit entries
    assert (report.sent, report.conflicts, report.failed) == (4, 1, 0)
    name = members.get_member(world.ctx, world.owner, member.id, reveal=True).name
    assert name == "Online Edit"
    assert members.get_member(world.ctx, world.owner, new.id, reveal=True).name == "New Offline"
    (conflict,) = sync_conflicts.list_conflicts(rig.ctx, world.owner)
    assert conflict.reason == "member_edited" and "edit" not in conflict.params
    assert conflict.choices == ("keep_server", "use_offline")
    sync_conflicts.resolve_conflict(rig.ctx, world.owner, conflict.id, "use_offline")
    name = members.get_member(world.ctx, world.owner, member.id, reveal=True).name
    assert name == "Offline Edit"
    assert [m.id for m in members.search_members(world.ctx, world.owner, "Edit")] == [member.id]


def test_points_earned_offline_are_provisional_and_spent_points_are_checked(
    rig: Rig,
) -> None:
    world = rig.world
    member = members.register_member(world.ctx, world.owner, person("Points"))
    orders.place_order(  # 1000 paid: 10 points at the regular rate
        world.ctx,
        world.owner,
        OrderDraft(lines=(LineInput(rig.product, 1),), member_id=member.id),
        (PaymentInput("cash", 1000),),
    )
    earned = member_points.balance(world.ctx, world.owner, member.id)
    assert earned > 0
    refresh_cache(rig.router, rig.ctx.desk_id)
    rig.proxy.drop()
    rig.place(member_id=member.id, pays=(PaymentInput("cash", 1000),))  # earns again
    assert sync.provisional_points(rig.ctx, world.owner, member.id) == earned
    spend = OrderDraft(lines=(LineInput(rig.product, 1),), member_id=member.id)
    # offline: all the desk knows of (2 × earned); online meanwhile: the first half
    orders.place_order(rig.ctx, world.owner, spend, (PaymentInput("points", 2 * earned),))
    orders.place_order(world.ctx, world.owner, spend, (PaymentInput("points", earned),))
    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)
    assert (report.sent, report.failed) == (2, 0)
    assert sync.provisional_points(rig.ctx, world.owner, member.id) == 0
    (conflict,) = sync_conflicts.list_conflicts(rig.ctx, world.owner)
    assert conflict.reason == "points_short"
    with world.ctx.db.transaction() as s:
        balance = member_points.balance_in(s, member.id)
        assert balance == member_points.ledger_sum(s, member.id) >= 0
        seqs = list(s.scalars(select(PointsEntry.seq).where(PointsEntry.member_id == member.id)))
    assert sorted(seqs) == list(range(1, len(seqs) + 1))
    assert balance == earned  # earned twice, spent once (online); the offline spend refused


def test_a_payment_taken_offline_reaches_the_order_even_if_it_was_cancelled(rig: Rig) -> None:
    rig.proxy.drop()
    order = rig.place()
    rig.proxy.restore()
    sync.sync_now(rig.router, rig.ctx)
    order_steps.cancel(rig.world.ctx, rig.world.owner, order.id, "customer left")
    rig.proxy.drop()
    paid = order_payments.take_payment(
        rig.ctx, rig.world.owner, order.id, (PaymentInput("cash", 1000),)
    )
    assert paid.paid_minor == 1000 and rig.router.state == OFFLINE  # the desk's copy
    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)
    assert (report.sent, report.conflicts, report.failed) == (1, 1, 0)
    assert rig.server(select(Payment.amount_minor).where(Payment.order_id == order.id)) == [(1000,)]
    (conflict,) = sync_conflicts.list_conflicts(rig.ctx, rig.world.owner)
    assert conflict.reason == "order_cancelled" and conflict.params["paid"] == 1000


def test_points_adjusted_offline_reach_the_ledger(rig: Rig) -> None:
    world = rig.world
    member = members.register_member(world.ctx, world.owner, person("Adjusted"))
    refresh_cache(rig.router, rig.ctx.desk_id)
    rig.proxy.drop()
    rig.place()
    result = member_points.adjust(rig.ctx, world.owner, member.id, 50, "goodwill")
    assert result.applied  # the Owner approves their own adjustment
    assert member_points.balance(rig.ctx, world.owner, member.id) == 50
    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)
    assert report.failed == 0
    with world.ctx.db.transaction() as s:
        assert (
            member_points.balance_in(s, member.id) == 50 == member_points.ledger_sum(s, member.id)
        )


# ---------------------------------------------------------------------- sync robustness


def test_a_sync_cut_off_after_the_server_applied_finishes_without_duplicates(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig.proxy.drop()
    placed = [rig.place() for _ in range(5)]
    rig.proxy.restore()

    class Killed(BaseException):
        """The desk dies after the server applied the batch, before the cache noted it."""

    def killed(router: RoutingDatabase, marks: list[dict[str, Any]]) -> None:
        raise Killed

    monkeypatch.setattr(sync, "_mark", killed)
    with pytest.raises(Killed):
        sync.sync_now(rig.router, rig.ctx)
    monkeypatch.undo()
    assert rig.count(SyncReceipt) == 5 and rig.router.state == OFFLINE
    assert rig.local(select(func.count()).where(SyncOutbox.status == "pending")) == [(5,)]
    second = sync.sync_now(rig.router, rig.ctx)
    assert (second.sent, second.already, second.remaining, second.online) == (0, 5, 0, True)
    assert rig.count(SalesOrder) == 5 and rig.count(SyncReceipt) == 5
    numbers = {n for (n,) in rig.server(select(SalesOrder.number))}
    assert numbers == {o.number for o in placed}


def test_orders_taken_while_the_sync_runs_are_sent_by_it(rig: Rig) -> None:
    rig.proxy.drop()
    for _ in range(4):
        rig.place()
    rig.proxy.restore()
    during: list[str] = []

    def take_an_order() -> None:  # the desk keeps selling: these go to the cache
        if len(during) < 2:
            during.append(rig.place().number)
            assert rig.router.state == "syncing"

    report = sync.sync_now(rig.router, rig.ctx, batch=2, after_batch=take_an_order)
    assert (report.sent, report.remaining, report.online) == (6, 0, True)
    assert all(n.split("-")[1].startswith("9") for n in during)
    assert rig.count(SalesOrder) == 6 and rig.router.state == ONLINE


def test_a_cache_made_again_repeats_no_offline_number_and_no_queue_seq(
    rig: Rig, tmp_path: Path
) -> None:
    rig.proxy.drop()
    first = [rig.place().number for _ in range(3)]
    rig.proxy.restore()
    sync.sync_now(rig.router, rig.ctx)
    rig.router.dispose()
    again = RoutingDatabase(rig.router.url, tmp_path / "made-again.sqlite3")
    ctx = AppContext(
        db=again,
        keys=rig.ctx.keys,
        clock=rig.ctx.clock,
        shop_id=rig.ctx.shop_id,
        desk_id=rig.ctx.desk_id,
    )
    refresh_cache(again, ctx.desk_id)
    rig.proxy.drop()
    draft = OrderDraft(lines=(LineInput(rig.product, 1),))
    later = orders.place_order(ctx, rig.world.owner, draft, ()).number
    assert later not in first and int(later.split("-")[1]) == OFFLINE_NUMBER_BASE + 4
    with again.local.transaction() as s:
        assert s.scalar(select(SyncOutbox.seq)) == 4  # after the server's receipts 1-3
    rig.proxy.restore()
    report = sync.sync_now(again, ctx)
    assert (report.sent, report.failed) == (1, 0)
    assert rig.count(SalesOrder) == 4
    again.dispose()


def test_a_refused_item_is_failed_with_its_reason_and_retried_on_request(rig: Rig) -> None:
    rig.proxy.drop()
    order = rig.place()
    with rig.router.local.transaction() as s:  # the record vanished from the cache
        s.execute(update(SyncOutbox).values(record_id="missing-order"))
    rig.proxy.restore()
    report = sync.sync_now(rig.router, rig.ctx)
    assert (report.failed, report.online) == (1, True)
    (item,) = sync.list_outbox(rig.ctx, rig.world.owner, statuses=("failed",))
    assert "no longer in its copy" in item.last_error and item.attempts == 1
    with rig.router.local.transaction() as s:
        s.execute(update(SyncOutbox).values(record_id=order.id))
    assert sync.retry_failed(rig.ctx, rig.world.owner) == 1
    assert sync.sync_now(rig.router, rig.ctx).sent == 1
    assert sync.outbox_counts(rig.ctx) == {"sent": 1}
    assert sync.list_outbox(rig.ctx, rig.world.owner)[0].label == order.number


def test_offline_audit_entries_join_the_servers_chain(rig: Rig) -> None:
    rig.proxy.drop()
    rig.place()
    auth.authenticate(rig.ctx, "owner", OWNER_PASSWORD)
    rig.proxy.restore()
    sync.sync_now(rig.router, rig.ctx)
    rows = rig.server(
        select(AuditEntry.action, AuditEntry.desk_id, AuditEntry.details).where(
            AuditEntry.desk_id == rig.ctx.desk_id, AuditEntry.details.contains("offline_at")
        )
    )
    assert [r.action for r in rows] == ["login.ok"] and "offline_at" in rows[0].details
    assert audit.verify_chain(rig.world.ctx).ok


def test_the_reconnect_tick_notices_the_server_and_syncs(rig: Rig) -> None:
    rig.proxy.drop()
    rig.place()
    assert tick(rig.ctx) is None and rig.router.state == OFFLINE
    rig.proxy.restore()
    report = tick(rig.ctx)
    assert isinstance(report, sync.SyncReport) and report.sent == 1
    assert rig.router.state == ONLINE
    rig.proxy.drop()
    assert tick(rig.ctx) is None and rig.router.state == OFFLINE  # noticed without an action


def test_the_reconnect_loop_sends_the_queue_when_the_server_returns(rig: Rig) -> None:
    reports: list[Any] = []
    loop = ReconnectLoop(rig.ctx, interval=0.05, refresh_every=3600, on_report=reports.append)
    loop.start()
    try:
        rig.proxy.drop()
        rig.place()
        assert rig.router.state == OFFLINE
        rig.proxy.restore()
        deadline = time.monotonic() + 20
        while rig.router.state != ONLINE and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        loop.stop()
    assert rig.router.state == ONLINE and rig.count(SalesOrder) == 1
    assert any(isinstance(r, sync.SyncReport) and r.sent == 1 for r in reports)


def test_a_desk_opens_offline_on_its_cache(rig: Rig, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url=rig.router.url, desk_id=rig.ctx.desk_id)
    desk = open_desk_database(settings)
    assert desk.state == ONLINE and desk.cache_ready  # the copy made at once
    desk.dispose()
    rig.proxy.drop()
    desk = open_desk_database(settings, connect_timeout=2)
    assert desk.state == OFFLINE and desk.status().last_error
    desk.dispose()
    empty = Settings(data_dir=tmp_path / "new", database_url=rig.router.url)
    with pytest.raises(CacheNotReady):
        open_desk_database(empty, connect_timeout=2)
