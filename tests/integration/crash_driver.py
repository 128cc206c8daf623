"""The process the crash tests kill (SAFE-3): it opens a real shop and works in a loop.

Run as ``python -m tests.integration.crash_driver --spec SPEC.json --kind KIND --seed N``.
The shop is described by a :class:`ShopSpec` file the test writes (database URL, the
Owner's user id, the member data key for this process's in-memory key store, products
and members to use).  The driver opens the shop the way the app does
(:func:`merchant_app.bootstrap.open_app`), waits for a line on stdin when given ``--wait``,
prints ``armed`` and then runs one kind of work until it is killed (or ``--max-seconds``
pass).

Every action is announced on stdout before it starts (``begin KIND fields…``) and
reported after its transaction has committed (``committed KIND fields…``); a refusal the
user would see is ``refused KIND error``.  Each line is flushed at once, so whatever the
test reads as ``committed`` is in the database, and at most the last ``begin`` is an
action that may or may not have committed when the process died.

Adding a kind of work is one function ``(shop, rng, journal) -> None`` registered in
:data:`KINDS` (the matching journal check lives in :mod:`tests.integration.crash_checks`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from merchant_app.errors import KnownError
from merchant_app.services import orders
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.orders import LineInput, OrderDraft, PaymentInput

if TYPE_CHECKING:
    from merchant_app.security.keystore import MemoryKeyStore

# ---------------------------------------------------------------------------- the shop


@dataclass(frozen=True)
class ProductRef:
    """A product the driver may sell, count or import orders for."""

    id: str
    sku: str
    barcode: str


@dataclass(frozen=True)
class ShopSpec:
    """What the driver needs to open and use a shop made by the test.  ``data_key`` is
    the member data key (``None`` when the shop has none yet): the driver's key store is
    in memory, so the key travels in this file, as the recovery kit would carry it."""

    url: str
    data_dir: str
    shop_id: str
    desk_id: str
    owner_id: str
    main_location: str
    data_key: str | None
    products: tuple[ProductRef, ...]
    members: tuple[str, ...] = ()
    points_members: tuple[str, ...] = ()  # members holding plenty of points
    notes: dict[str, str] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        """Write the spec as JSON."""
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ShopSpec:
        """Read a spec written by :meth:`save`."""
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["products"] = tuple(ProductRef(**p) for p in raw["products"])
        raw["members"] = tuple(raw.get("members", ()))
        raw["points_members"] = tuple(raw.get("points_members", ()))
        return cls(**raw)


@dataclass
class DriverShop:
    """The opened shop: its context, the Owner acting, and the spec."""

    ctx: AppContext
    owner: Actor
    spec: ShopSpec


def memory_keys(spec: ShopSpec) -> MemoryKeyStore:
    """An in-memory key store holding the shop's member data key (when it has one)."""
    from merchant_app.security.keystore import MemoryKeyStore
    from merchant_app.security.member_crypto import DATA_KEY_NAME

    keys = MemoryKeyStore()
    if spec.data_key is not None:
        keys.set(spec.shop_id, DATA_KEY_NAME, spec.data_key)
    return keys


def open_driver_shop(spec: ShopSpec) -> DriverShop:
    """Open the shop as a desk does at start (settings → database → migrations → shop
    and desk), with the spec's desk so no new desk is registered."""
    from merchant_app.bootstrap import open_app
    from merchant_app.config import Settings
    from merchant_app.services.permissions import load_actor

    settings = Settings(
        data_dir=Path(spec.data_dir),
        database_url=spec.url,
        desk_id=spec.desk_id,
        shop_name="Test Shop",
    )
    opened = open_app(settings, keys=memory_keys(spec))
    if opened.shop is None or opened.ctx.desk_id != spec.desk_id:
        raise SystemExit(f"the shop did not open as desk {spec.desk_id}: {opened}")
    with opened.ctx.db.transaction() as s:
        owner = load_actor(s, spec.owner_id)
    return DriverShop(opened.ctx, owner, spec)


# ---------------------------------------------------------------------------- journal


def _stdout(line: str) -> None:
    sys.stdout.write(line)
    sys.stdout.flush()


class Journal:
    """The lines the test reads, written one by one in order (to stdout, flushed, unless
    ``write`` says otherwise).  The work goes on until ``deadline`` (``time.monotonic``)
    or, with ``max_actions``, until that many actions have committed."""

    def __init__(
        self,
        deadline: float,
        write: Callable[[str], None] = _stdout,
        max_actions: int | None = None,
    ) -> None:
        self.deadline = deadline
        self.write = write
        self.max_actions = max_actions
        self.done = 0

    def _line(self, *parts: object) -> None:
        self.write(" ".join(str(p) for p in parts) + "\n")

    def armed(self) -> None:
        """The work loop starts now (setup done)."""
        self._line("armed")

    def begin(self, kind: str, *fields: object) -> None:
        """``kind`` is about to run; it may commit or not if the process dies now."""
        self._line("begin", kind, *fields)

    def committed(self, kind: str, *fields: object) -> None:
        """``kind`` has committed (its transaction returned)."""
        self.done += 1
        self._line("committed", kind, *fields)

    def refused(self, kind: str, exc: KnownError) -> None:
        """``kind`` was refused with a message for the user; nothing was written."""
        self._line("refused", kind, type(exc).__name__)

    def more(self) -> bool:
        """Whether to go on (the test normally kills the driver long before)."""
        if self.max_actions is not None and self.done >= self.max_actions:
            return False
        return time.monotonic() < self.deadline


Kind = Callable[[DriverShop, random.Random, Journal], None]


# ---------------------------------------------------------------------------- orders


def _random_draft(shop: DriverShop, rng: random.Random) -> OrderDraft:
    products = shop.spec.products
    lines = []
    for _ in range(rng.randint(1, 6)):
        p = rng.choice(products)
        price = rng.choice([None, None, None, rng.randint(100, 9000)])
        qty = rng.randint(1, 4)
        discount = rng.choice([0, 0, 0, 50]) if price is None or price >= 50 else 0
        lines.append(LineInput(p.id, qty, price, discount))
    member = rng.choice(shop.spec.members) if shop.spec.members and rng.random() < 0.35 else None
    delivery = rng.choice(["pickup", "pickup", "own", "carrier"])
    ships = delivery != "pickup"
    return OrderDraft(
        lines=tuple(lines),
        member_id=member,
        customer_name="" if member else rng.choice(["", "Pat O'Brien", "张三"]),
        customer_phone="" if member else rng.choice(["", "+86 138-0013-8001"]),
        delivery_method=delivery,
        payment_terms=rng.choice(["prepaid", "prepaid", "prepaid", "cod"]),
        note=rng.choice(["", "crash test"]),
        ship_name="王小明 Wang" if ships else "",
        ship_phone="138 0013 8000" if ships else "",
        ship_address=f"上海市黄浦区南京东路 {rng.randint(1, 999)} 号" if ships else "",
        ship_zone=rng.choice(["", "remote"]) if ships else "",
    )


def _random_payments(
    shop: DriverShop, rng: random.Random, total: int, member: str | None
) -> list[PaymentInput]:
    """No payment, one in full, cash with change, a split or a part payment; points for
    members who hold them."""
    if total <= 0:
        return []
    choice = rng.randrange(6)
    if choice == 0:
        return []
    if choice == 1:
        return [PaymentInput("card", total, reference=f"POS{rng.randint(1, 99999)}")]
    if choice == 2:
        return [PaymentInput("cash", total, tendered_minor=(total // 10000 + 1) * 10000)]
    if choice == 3 and total >= 2:
        cash = rng.randint(1, total - 1)
        return [PaymentInput("cash", cash), PaymentInput("wallet", total - cash)]
    if choice == 4 and member in shop.spec.points_members and total >= 2:
        points = rng.randint(1, total - 1)
        return [PaymentInput("points", points), PaymentInput("card", total - points)]
    return [PaymentInput("bank_transfer", max(1, total // 2))]


def place(
    shop: DriverShop, journal: Journal, draft: OrderDraft, payments: list[PaymentInput]
) -> orders.OrderInfo | None:
    """Place an order, announced and reported; None when it was refused."""
    journal.begin("ORDER")
    try:
        info = orders.place_order(shop.ctx, shop.owner, draft, payments)
    except KnownError as exc:
        journal.refused("ORDER", exc)
        return None
    journal.committed(
        "ORDER", info.id, info.number, len(info.lines), info.total_minor, info.paid_minor
    )
    return info


def run_orders(shop: DriverShop, rng: random.Random, journal: Journal) -> None:
    """(a) Orders at the counter: several lines, payments, some for members."""
    journal.armed()
    while journal.more():
        draft = _random_draft(shop, rng)
        total = orders.quote_order(shop.ctx, shop.owner, draft).total_minor
        place(shop, journal, draft, _random_payments(shop, rng, total, draft.member_id))


# ---------------------------------------------------------------------------- steps


def _shippable_order(shop: DriverShop, rng: random.Random, journal: Journal) -> str | None:
    """Place an order that may be shipped (paid in full, or cash on delivery)."""
    draft = _random_draft(shop, rng)
    if rng.random() < 0.5:
        info = place(shop, journal, replace(draft, payment_terms="cod"), [])
    else:
        draft = replace(draft, payment_terms="prepaid")
        total = orders.quote_order(shop.ctx, shop.owner, draft).total_minor
        info = place(shop, journal, draft, [PaymentInput("card", total)])
    return info.id if info is not None else None


def run_steps(shop: DriverShop, rng: random.Random, journal: Journal) -> None:
    """(d) The review flow: review, approve (pick), scan, pack, ship, complete, cancel."""
    from merchant_app.services import order_steps, packing
    from merchant_app.services.order_flow import OrderState as S

    states: dict[str, str] = {}
    lines: dict[str, list[tuple[str, str]]] = {}  # order -> (product id, sku) per line

    def add_orders(n: int) -> None:
        for _ in range(n):
            order_id = _shippable_order(shop, rng, journal)
            if order_id is not None:
                states[order_id] = S.PENDING_REVIEW

    add_orders(12)
    journal.armed()
    while journal.more():
        open_ids = [o for o, st in states.items() if st not in (S.CANCELLED, S.COMPLETED)]
        if len(open_ids) < 6:
            add_orders(6)
            continue
        order_id = rng.choice(open_ids)
        state = states[order_id]
        if state != S.SHIPPED and rng.random() < 0.08:
            step, target = "cancel", S.CANCELLED
        else:
            step, target = {
                S.PENDING_REVIEW: ("review", S.AWAITING_WAREHOUSE),
                S.AWAITING_WAREHOUSE: ("approve", S.WAREHOUSE_APPROVED),
                S.WAREHOUSE_APPROVED: ("pack", S.PACKED),
                S.PACKED: ("ship", S.SHIPPED),
                S.SHIPPED: ("complete", S.COMPLETED),
            }[S(state)]
        if step == "pack" and rng.random() < 0.6:  # verify some units by scan first
            if order_id not in lines:
                view = packing.packing_view(shop.ctx, shop.owner, order_id)
                lines[order_id] = [(ln.product_id, ln.sku) for ln in view.lines]
            product_id, sku = rng.choice(lines[order_id])
            journal.begin("SCAN", order_id, product_id)
            try:
                scanned = packing.scan_item(shop.ctx, shop.owner, order_id, sku)
            except KnownError as exc:  # all its units verified already
                journal.refused("SCAN", exc)
            else:  # the line whose count went up (a product may be on two lines)
                journal.committed("SCAN", order_id, scanned.line.id)
            continue
        journal.begin("STEP", order_id, target)
        try:
            if step == "cancel":
                order_steps.cancel(shop.ctx, shop.owner, order_id, "crash test: customer rang")
            elif step == "pack":
                order_steps.pack(shop.ctx, shop.owner, order_id, unverified_reason="crash test")
            else:
                getattr(order_steps, step)(shop.ctx, shop.owner, order_id)
        except KnownError as exc:
            journal.refused("STEP", exc)
            del states[order_id]  # leave it alone from now on
            continue
        states[order_id] = target
        journal.committed("STEP", order_id, target)


# ---------------------------------------------------------------------------- counts


def run_counts(shop: DriverShop, rng: random.Random, journal: Journal) -> None:
    """(b) Stock counts at the main location: start, record many lines (typed or
    scanned, now and then an unknown code), apply; again and again."""
    from merchant_app.services import stock, stock_counts

    products = shop.spec.products
    journal.armed()
    while journal.more():
        on_hand = {
            pid: t.on_hand
            for pid, t in stock.totals(shop.ctx, shop.owner, [p.id for p in products]).items()
        }
        journal.begin("COUNT_START")
        count = stock_counts.start_count(shop.ctx, shop.owner, shop.spec.main_location)
        journal.committed("COUNT_START", count.id)
        for p in rng.sample(products, k=max(1, len(products) * 4 // 5)):
            if p.barcode and rng.random() < 0.2:
                journal.begin("COUNT_SCAN", count.id, p.id)
                result = stock_counts.scan(shop.ctx, shop.owner, count.id, p.barcode)
                journal.committed("COUNT_SCAN", count.id, p.id, result.counted)
                continue
            qty = max(0, on_hand.get(p.id, 0) + rng.randint(-3, 3))
            journal.begin("COUNT_SET", count.id, p.id, qty)
            stock_counts.set_counted(shop.ctx, shop.owner, count.id, p.id, qty)
            journal.committed("COUNT_SET", count.id, p.id, qty)
            if rng.random() < 0.03:
                journal.begin("COUNT_UNKNOWN", count.id)
                stock_counts.scan(shop.ctx, shop.owner, count.id, f"NOPE{rng.randint(1, 9)}")
                journal.committed("COUNT_UNKNOWN", count.id)
        journal.begin("COUNT_APPLY", count.id)
        report = stock_counts.apply_count(shop.ctx, shop.owner, count.id)
        journal.committed("COUNT_APPLY", count.id, report.units_over, report.units_short)


# ---------------------------------------------------------------------------- imports


def product_csv(prefix: str, rows: int, rng: random.Random) -> bytes:
    """An app-format product file of ``rows`` new products ``<prefix>-00001`` … with
    prices and stock at the main location."""
    out = ["sku,name,category,price,cost,stock,weight_g"]
    for i in range(1, rows + 1):
        price = rng.randint(100, 99999)
        out.append(
            f"{prefix}-{i:05d},Crash product {prefix} {i},Crash > {prefix},"
            f"{price / 100:.2f},{price // 3 / 100:.2f},{rng.randint(0, 500)},{rng.randint(1, 900)}"
        )
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def order_csv(prefix: str, orders: int, skus: list[str], rng: random.Random) -> bytes:
    """An app-format order file of ``orders`` orders ``<prefix>-1`` …, one to three
    lines each, some paid by card."""
    out = [
        "order_ref,date,customer_name,customer_phone,ship_name,ship_phone,ship_address,"
        "delivery_method,sku,quantity,unit_price,line_discount,shipping_fee,payment_method,"
        "paid,note"
    ]
    for j in range(1, orders + 1):
        ref = f"{prefix}-{j}"
        paid = rng.random() < 0.5
        for n in range(rng.randint(1, 3)):
            sku = rng.choice(skus)
            head = f"{ref},,Web buyer {j},,,,,pickup" if n == 0 else f"{ref},,,,,,,"
            pay = ",card,10.00," if paid and n == 0 else ",,,"
            out.append(f"{head},{sku},{rng.randint(1, 3)},,,{pay}")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def run_imports(shop: DriverShop, rng: random.Random, journal: Journal) -> None:
    """(c) Imports, each all or nothing: a big product file (new products with stock),
    then an order file, in turn."""
    from merchant_app.services import order_import, product_import

    skus = [p.sku for p in shop.spec.products]
    journal.armed()
    batch = 0
    while journal.more():
        batch += 1
        prefix = f"CR{rng.randint(0, 10**6):06d}{batch:03d}"
        if batch % 2:
            n = rng.randint(3000, 6000)
            data = product_csv(prefix, n, rng)
            journal.begin("PRODUCTS", prefix, n)
            product_import.import_file(shop.ctx, shop.owner, data, dry_run=False)
            journal.committed("PRODUCTS", prefix, n)
        else:
            m = rng.randint(20, 60)
            data = order_csv(prefix, m, skus, rng)
            journal.begin("ORDERS", prefix, m)
            report = order_import.import_orders(shop.ctx, shop.owner, data)
            journal.committed("ORDERS", prefix, report.orders)


def run_backups(shop: DriverShop, rng: random.Random, journal: Journal) -> None:
    """(e) Backups while orders are placed: an order, then a backup of the live file into
    the shop's ``backups`` folder, in turn."""
    from merchant_app.services import backups

    folder = Path(shop.spec.data_dir) / "backups"
    journal.armed()
    while journal.more():
        place(shop, journal, _random_draft(shop, rng), [])
        journal.begin("BACKUP")
        info = backups.create_backup(shop.ctx, shop.owner, folder)
        journal.committed("BACKUP", info.name)


# ---------------------------------------------------------------------------- main

#: The kinds of work, by the name the test passes with ``--kind``.
KINDS: dict[str, Kind] = {
    "orders": run_orders,
    "counts": run_counts,
    "imports": run_imports,
    "steps": run_steps,
    "backups": run_backups,
}


def main(argv: list[str] | None = None) -> int:
    """Open the shop in ``--spec`` and run ``--kind`` until killed."""
    parser = argparse.ArgumentParser(prog="crash_driver")
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--kind", choices=sorted(KINDS), required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=60.0)
    parser.add_argument(
        "--wait", action="store_true", help="after opening the shop, wait for a line on stdin"
    )
    args = parser.parse_args(argv)
    shop = open_driver_shop(ShopSpec.load(args.spec))
    if args.wait:  # the test starts the next driver early and lets it go when it is ready
        sys.stdin.readline()
    journal = Journal(time.monotonic() + args.max_seconds)
    KINDS[args.kind](shop, random.Random(args.seed), journal)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
