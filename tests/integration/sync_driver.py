"""A desk process for the offline-desk tests (GROW-2).

Run as ``python -m tests.integration.sync_driver --spec SPEC.json``.  The spec (JSON, written
by the test) names the server URL this desk uses (straight to the server, or through the
test's TCP proxy), the desk's cache file, the shop, the desk, the Owner acting, the member
data key and the clock's time.  The desk opens as the app opens a server desk
(:class:`~merchant_app.services.desk_router.RoutingDatabase` with its cache, copied from
the server when it has no copy yet; queued offline work makes it start offline), prints
``{"ready": ...}`` and then answers commands, one JSON object per line on stdin, with one
JSON line each on stdout:

* ``{"op": "place", "product": ID, "count": N, "qty": Q, "member": ID?, "pays": [[m, a]]}``
  places N orders, each through ``orders.place_order`` (the router decides where):
  ``{"numbers": [...], "offline": [bool, ...], "refused": [message, ...]}``;
* ``{"op": "sync", "batch": B, "pause": S}``: ``sync_now``; after each batch noted in the
  cache it prints ``{"batch": k}`` (and sleeps S seconds, so a test can kill it
  midway); the answer is the report;
* ``{"op": "replay"}``: every outbox item back to pending, then ``sync_now`` (the same
  batch sent again);
* ``{"op": "status"}``: state and queue length; ``{"op": "quit"}``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from merchant_app.clock import ManualClock
from merchant_app.errors import KnownError
from merchant_app.models import SyncOutbox
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.services import orders, sync
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.desk_cache import refresh_cache
from merchant_app.services.desk_router import RoutingDatabase
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput
from merchant_app.services.permissions import load_actor


def _say(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload, default=str) + "\n")
    sys.stdout.flush()


def open_desk(spec: dict[str, Any]) -> tuple[AppContext, Actor]:
    """The desk's context on its router, and the Owner."""
    keys = MemoryKeyStore()
    if spec.get("data_key"):
        keys.set(spec["shop_id"], DATA_KEY_NAME, spec["data_key"])
    router = RoutingDatabase(spec["url"], Path(spec["cache"]), connect_timeout=2)
    ctx = AppContext(
        db=router,
        keys=keys,
        clock=ManualClock(datetime.fromisoformat(spec["now"])),
        shop_id=spec["shop_id"],
        desk_id=spec["desk_id"],
    )
    if not router.cache_ready:
        refresh_cache(router, ctx.desk_id)
    if router.count_pending():
        router.go_offline("offline work still queued")
    with ctx.db.transaction() as s:
        owner = load_actor(s, spec["owner_id"])
    return ctx, owner


def place(ctx: AppContext, owner: Actor, cmd: dict[str, Any]) -> dict[str, Any]:
    """Place ``count`` orders; each one's number, or the refusal's message."""
    router = ctx.db
    assert isinstance(router, RoutingDatabase)
    numbers: list[str] = []
    offline: list[bool] = []
    refused: list[str] = []
    draft = OrderDraft(
        lines=(LineInput(cmd["product"], int(cmd.get("qty", 1))),),
        member_id=cmd.get("member"),
    )
    pays = tuple(PaymentInput(m, int(a)) for m, a in cmd.get("pays", ()))
    for _ in range(int(cmd.get("count", 1))):
        try:
            numbers.append(orders.place_order(ctx, owner, draft, pays).number)
            offline.append(router.status().offline)
        except KnownError as exc:
            refused.append(exc.message)
    return {"numbers": numbers, "offline": offline, "refused": refused}


def run_sync(ctx: AppContext, cmd: dict[str, Any]) -> dict[str, Any]:
    """``sync_now``, telling each batch (and pausing after it when asked)."""
    router = ctx.db
    assert isinstance(router, RoutingDatabase)
    batches = 0
    pause = float(cmd.get("pause", 0))

    def after_batch() -> None:
        nonlocal batches
        batches += 1
        _say({"batch": batches})
        if pause:
            time.sleep(pause)

    report = sync.sync_now(router, ctx, batch=int(cmd.get("batch", 100)), after_batch=after_batch)
    out = dataclasses.asdict(report)
    out.pop("refreshed", None)
    out["state"] = router.state
    return out


def main() -> None:
    """Open the desk, then answer commands until ``quit`` or the end of stdin."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", required=True, type=Path)
    args = parser.parse_args()
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    ctx, owner = open_desk(spec)
    router = ctx.db
    assert isinstance(router, RoutingDatabase)
    _say({"ready": router.state, "queue": router.status().queue_length})
    for line in sys.stdin:
        cmd = json.loads(line)
        op = cmd["op"]
        if op == "place":
            _say(place(ctx, owner, cmd))
        elif op == "sync":
            _say(run_sync(ctx, cmd))
        elif op == "replay":
            with router.local.transaction() as s:
                s.execute(update(SyncOutbox).values(status="pending", sent_at=None))
            router.count_pending()
            _say(run_sync(ctx, cmd))
        elif op == "status":
            status = router.status()
            _say({"state": status.state, "queue": status.queue_length})
        elif op == "quit":
            break
        else:
            _say({"error": f"unknown op {op}"})
    router.dispose()


if __name__ == "__main__":
    main()
