"""Members at scale (MEM-1, MEM-3): look-up by phone among N members (keyed-hash index,
then opening the sealed record) and segment recomputation over all of them with their
orders, on a SQLite file in WAL mode.

Prints one JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
Usage: python bench/members.py [--members 200000] [--orders 400000] [--lookups 500]
Aims: look-up by phone under 20 ms; segment recomputation under 5 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from merchant_app.ids import new_ids
from merchant_app.models import Member, SalesOrder
from merchant_app.services import locations, member_tiers, members
from merchant_app.services.member_keys import cipher_in
from merchant_app.services.orders import phone_key
from tests.factories import make_shop


def emit(metric: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, **extra}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--orders", type=int, default=400_000)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="members-bench-"))
    world = make_shop(f"sqlite:///{(folder / 'shop.sqlite3').as_posix()}")
    ctx, owner = world.ctx, world.owner
    rng = random.Random(7)
    now = ctx.clock()
    phones = [f"13{rng.randrange(10**9):09d}" for _ in range(args.members)]
    t0 = time.perf_counter()
    ids = new_ids(args.members)
    with ctx.db.transaction() as s:
        cipher = cipher_in(s, ctx)
        location = locations.default_location(s).id
        rows = []
        for n, (member_id, phone) in enumerate(zip(ids, phones, strict=True)):
            fields = {"name": f"Member {n}", "phone": phone, "email": f"m{n}@example.com",
                      "gender": "", "birthday": "", "addresses": [], "notes": ""}  # fmt: skip
            key = phone_key(phone)
            created = now - timedelta(days=rng.randrange(800))
            rows.append(
                {
                    "id": member_id,
                    "card_number": f"9{n:09d}",
                    "status": "active",
                    "sealed": cipher.seal(member_id, fields),
                    "phone_hash": cipher.lookup_hash("phone", key),
                    "phone_tail_hash": cipher.lookup_hash("tail", key[-4:]),
                    "email_hash": cipher.lookup_hash("email", fields["email"]),
                    "tags": "",
                    "consent_marketing": False,
                    "consent_sms": False,
                    "consent_email": False,
                    "tier": "regular",
                    "segment": "new",
                    "last_order_at": None,
                    "orders_12m": 0,
                    "spend_12m_minor": 0,
                    "created_at": created,
                    "updated_at": created,
                    "created_by": None,
                    "erased_at": None,
                }
            )
        for i in range(0, len(rows), 20_000):
            s.execute(insert(Member), rows[i : i + 20_000])
    emit("members_insert", time.perf_counter() - t0, "s", members=args.members)
    t0 = time.perf_counter()
    order_ids = new_ids(args.orders)
    with ctx.db.transaction() as s:
        batch = []
        for n, order_id in enumerate(order_ids):
            at = now - timedelta(days=rng.randrange(700), minutes=rng.randrange(1440))
            total = rng.randrange(1_000, 200_000)
            batch.append(
                {
                    "id": order_id,
                    "number": f"B-{n:08d}",
                    "desk_id": None,
                    "created_by": None,
                    "created_at": at,
                    "updated_at": at,
                    "state": "cancelled" if n % 20 == 0 else "completed",
                    "held_from": "",
                    "revision": 0,
                    "member_id": ids[rng.randrange(args.members)],
                    "customer_name": "",
                    "customer_phone": "",
                    "phone_key": "",
                    "ship_name": "",
                    "ship_phone": "",
                    "ship_address": "",
                    "ship_zone": "",
                    "delivery_method": "pickup",
                    "location_id": location,
                    "payment_terms": "prepaid",
                    "subtotal_minor": total,
                    "discount_minor": 0,
                    "shipping_fee_minor": 0,
                    "extra_fees_minor": 0,
                    "total_minor": total,
                    "paid_minor": total,
                    "payment_status": "paid",
                    "tracking_number": "",
                    "warehouse_note": "",
                    "note": "",
                    "source": "bench",
                    "external_ref": "",
                }
            )
            if len(batch) == 20_000:
                s.execute(insert(SalesOrder), batch)
                batch = []
        if batch:
            s.execute(insert(SalesOrder), batch)
    emit("orders_insert", time.perf_counter() - t0, "s", orders=args.orders)

    members.search_members(ctx, owner, phones[0])  # warm up
    times = []
    for _ in range(args.lookups):
        n = rng.randrange(args.members)
        t = time.perf_counter()
        found = members.search_members(ctx, owner, phones[n])
        times.append((time.perf_counter() - t) * 1000)
        assert any(r.card_number == f"9{n:09d}" for r in found)
    times.sort()
    emit("member_lookup_by_phone_median", statistics.median(times), "ms", members=args.members)
    emit("member_lookup_by_phone_p95", times[int(len(times) * 0.95)], "ms", aim_ms=20)

    for label in ("first", "again"):
        t = time.perf_counter()
        changed = member_tiers.recompute(ctx, owner)
        emit(f"segment_recompute_{label}", time.perf_counter() - t, "s",
             members=args.members, orders=args.orders, changed=changed, aim_s=5)  # fmt: skip
    counts = member_tiers.segment_counts(ctx, owner)
    print(json.dumps({"metric": "segment_counts", "value": counts}))
    ctx.db.dispose()


if __name__ == "__main__":
    main()
