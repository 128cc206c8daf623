"""Stock counts (INV-4): snapshot, blind counting by scan, variance report, apply once.

Selling goes on during a count.  The snapshot stores each product's ledger stock at the
location (``expected``) when the count starts; since ledger stock always equals the sum
of its moves, the moves made since the snapshot are exactly ``on_hand now − expected``
(no clock comparison, so a desk committing a sale in the same instant is neither missed
nor counted twice).  The difference applied is ``counted − (expected + moves since)``,
so after applying, ledger stock equals what was counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from merchant_app.database import insert_ignore
from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, InvalidTransition, NotFound
from merchant_app.ids import new_id
from merchant_app.models import (
    Category,
    Product,
    ProductBarcode,
    StockCount,
    StockCountLine,
    StockCountUnknownScan,
    StockLevel,
)
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import get_location, location_code
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number
from merchant_app.services.stock import apply_move

_level: Table = StockLevel.__table__  # type: ignore[assignment]
_line: Table = StockCountLine.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class CountInfo:
    """A count task: ``open`` until applied; ``lines`` products in it so far."""

    id: str
    number: str
    location_id: str
    category_id: str | None
    status: str
    snapshot_at: datetime
    lines: int


@dataclass(frozen=True)
class ScanResult:
    """What a scan did.  ``known`` False: no product has this code; it is recorded and
    flagged (``counted`` is then how often the unknown code was scanned).  ``added``:
    the product was not in the snapshot and joined the count with this scan."""

    code: str
    known: bool
    product_id: str | None
    sku: str
    name: str
    counted: int
    added: bool = False

    @property
    def unknown(self) -> bool:
        """The code matched no product (flag it for review)."""
        return not self.known


@dataclass(frozen=True)
class VarianceLine:
    """One product: expected at the snapshot, moves since, counted, and the difference
    (counted − (expected + moves since)); value at cost in minor units (``None`` for
    someone who may not see costs).  ``short_of_reserved``: fewer counted than open
    orders hold."""

    product_id: str
    sku: str
    name: str
    expected: int
    moves_since: int
    counted: int
    difference: int
    unit_cost_minor: int | None
    value_minor: int | None
    short_of_reserved: bool

    @property
    def moved_since(self) -> int:
        """Same as ``moves_since`` (the net of moves made after the snapshot)."""
        return self.moves_since


@dataclass(frozen=True)
class VarianceReport:
    """A count's variance: lines by SKU, totals, and every unknown code scanned."""

    count_id: str
    number: str
    location_code: str
    status: str
    snapshot_at: datetime
    lines: tuple[VarianceLine, ...]
    units_over: int
    units_short: int
    value_minor: int | None
    unknown_scans: tuple[tuple[str, int], ...]

    @property
    def total_difference(self) -> int:
        """Net units different (over − short)."""
        return self.units_over - self.units_short

    @property
    def total_value_minor(self) -> int | None:
        """Same as ``value_minor``: the net value of the differences at cost."""
        return self.value_minor

    @property
    def unknown_codes(self) -> tuple[str, ...]:
        """The unknown codes scanned, without their scan counts."""
        return tuple(code for code, _ in self.unknown_scans)


def _count(s: Session, count_id: str, open_only: bool = False) -> StockCount:
    count = s.get(StockCount, count_id, populate_existing=True)
    if count is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That stock count does not exist."))
    if open_only and count.status != "open":
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("Errors", "Stock count {number} is {status}; it cannot change."),
            number=count.number,
            status=count.status,
        )
    return count


def _info(s: Session, count: StockCount) -> CountInfo:
    lines = s.scalar(select(func.count()).select_from(_line).where(_line.c.count_id == count.id))
    return CountInfo(
        count.id,
        count.number,
        count.location_id,
        count.category_id,
        count.status,
        count.snapshot_at,
        int(lines or 0),
    )


def start_count(
    ctx: AppContext, actor: Actor, location_id: str, category_id: str | None = None
) -> CountInfo:
    """Start a count at a location (optionally one category and its subcategories):
    every product with a stock level there gets a line with ``expected`` = its ledger
    stock at this moment (one INSERT … SELECT, a consistent snapshot).  Needs
    ``stock.count``; audited."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.count")
        loc = get_location(s, location_id)
        now = ctx.clock()
        cat = s.get(Category, category_id) if category_id is not None else None
        if category_id is not None and cat is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That category does not exist."))
        count = StockCount(
            number=next_number(s, ctx.desk_id, "stock_count"),
            location_id=loc.id,
            category_id=category_id,
            status="open",
            blind=True,
            snapshot_at=now,
            created_by=current.user_id,
            created_at=now,
        )
        s.add(count)
        s.flush()
        source = (
            select(literal(count.id), _level.c.product_id, _level.c.on_hand, literal(0))
            .join(Product, Product.id == _level.c.product_id)
            .where(_level.c.location_id == loc.id, Product.is_parent.is_(False))
        )
        if cat is not None:
            cats = select(Category.id).where(
                or_(Category.id == cat.id, Category.path.startswith(cat.path + " > "))
            )
            source = source.where(Product.category_id.in_(cats))
        s.execute(
            insert(_line).from_select(["count_id", "product_id", "expected", "counted"], source)
        )
        info = _info(s, count)
        audit.record(
            s,
            ctx,
            current,
            "stock.count.start",
            count.number,
            {"location": loc.code, "lines": info.lines},
        )
        return info


def _ensure_line(s: Session, count: StockCount, product_id: str) -> bool:
    """Add the product to the count if missing (expected = its ledger stock there now,
    0 when it has none); returns whether it was added."""
    has = s.scalar(
        select(_line.c.counted).where(
            _line.c.count_id == count.id, _line.c.product_id == product_id
        )
    )
    if has is not None:
        return False
    on_hand = s.scalar(
        select(_level.c.on_hand).where(
            _level.c.product_id == product_id, _level.c.location_id == count.location_id
        )
    )
    insert_ignore(
        s,
        StockCountLine,
        {"count_id": count.id, "product_id": product_id, "expected": on_hand or 0, "counted": 0},
    )
    return True


def scan(ctx: AppContext, actor: Actor, count_id: str, code: str) -> ScanResult:
    """One scan adds 1 to the counted quantity of the product whose barcode (or SKU) is
    ``code``; a product not in the snapshot joins the count.  An unknown code is recorded
    (with how often it was scanned) and returned with ``known`` False, never ignored.
    Needs ``stock.count``; the count must be open."""
    value = code.strip()
    if not value or len(value) > 64 or "\x00" in value:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The scanned code “{code}” is not valid."),
            code=code[:64].replace("\x00", "\ufffd"),
            field="code",
        )
    with ctx.db.transaction() as s:
        authorize(s, actor, "stock.count")
        count = _count(s, count_id, open_only=True)
        product_id = s.scalar(
            select(ProductBarcode.product_id).where(ProductBarcode.code == value)
        ) or s.scalar(select(Product.id).where(Product.sku == value))
        if product_id is None:
            insert_ignore(
                s,
                StockCountUnknownScan,
                {
                    "id": new_id(),
                    "count_id": count.id,
                    "code": value,
                    "scans": 0,
                    "at": ctx.clock(),
                },
            )
            scans = s.execute(
                update(StockCountUnknownScan)
                .where(
                    StockCountUnknownScan.count_id == count.id,
                    StockCountUnknownScan.code == value,
                )
                .values(scans=StockCountUnknownScan.scans + 1, at=ctx.clock())
                .returning(StockCountUnknownScan.scans)
                .execution_options(synchronize_session=False)
            ).scalar_one()
            return ScanResult(value, False, None, "", "", int(scans))
        added = _ensure_line(s, count, product_id)
        counted = s.execute(
            update(_line)
            .where(_line.c.count_id == count.id, _line.c.product_id == product_id)
            .values(counted=_line.c.counted + 1)
            .returning(_line.c.counted)
        ).scalar_one()
        sku, name = s.execute(
            select(Product.sku, Product.name).where(Product.id == product_id)
        ).one()
        return ScanResult(value, True, product_id, sku, name, int(counted), added)


def set_counted(ctx: AppContext, actor: Actor, count_id: str, product_id: str, qty: int) -> int:
    """Type the counted quantity of a product (replacing scans so far); adds the product
    to the count when missing.  Needs ``stock.count``; the count must be open."""
    if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A counted quantity must be a whole number, 0 or more."),
            field="counted",
        )
    with ctx.db.transaction() as s:
        authorize(s, actor, "stock.count")
        count = _count(s, count_id, open_only=True)
        if s.get(Product, product_id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The product “{product}” does not exist."),
                product=product_id,
            )
        _ensure_line(s, count, product_id)
        s.execute(
            update(_line)
            .where(_line.c.count_id == count.id, _line.c.product_id == product_id)
            .values(counted=qty)
        )
        return qty


@dataclass(frozen=True)
class CountedLine:
    """What the counter sees of a blind count: a product and how many were counted."""

    product_id: str
    sku: str
    name: str
    counted: int


@dataclass(frozen=True)
class BlindCountView:
    """A blind count as the counter sees it: the products counted so far (no expected
    stock) and the unknown codes scanned."""

    count_id: str
    number: str
    lines: tuple[CountedLine, ...]
    unknown_scans: tuple[tuple[str, int], ...]


def counted_so_far(ctx: AppContext, actor: Actor, count_id: str) -> BlindCountView:
    """The products counted so far in a count, without expected stock (what a counter
    may see during a blind count), and the unknown codes.  Needs ``stock.count``."""
    with ctx.db.transaction() as s:
        authorize(s, actor, "stock.count")
        count = _count(s, count_id)
        rows = s.execute(
            select(_line.c.product_id, Product.sku, Product.name, _line.c.counted)
            .join(Product, Product.id == _line.c.product_id)
            .where(_line.c.count_id == count.id, _line.c.counted > 0)
            .order_by(Product.sku)
        )
        return BlindCountView(
            count.id,
            count.number,
            tuple(CountedLine(pid, sku, name, int(n)) for pid, sku, name, n in rows),
            _unknown_scans(s, count.id),
        )


def _unknown_scans(s: Session, count_id: str) -> tuple[tuple[str, int], ...]:
    unknown = s.execute(
        select(StockCountUnknownScan.code, StockCountUnknownScan.scans)
        .where(StockCountUnknownScan.count_id == count_id)
        .order_by(StockCountUnknownScan.code)
    )
    return tuple((c, int(n)) for c, n in unknown)


def _report(s: Session, count: StockCount, show_value: bool) -> VarianceReport:
    rows = s.execute(
        select(
            _line.c.product_id,
            Product.sku,
            Product.name,
            Product.cost_minor,
            _line.c.expected,
            _line.c.counted,
            _line.c.adjusted,
            _level.c.on_hand,
            _level.c.reserved,
        )
        .join(Product, Product.id == _line.c.product_id)
        .outerjoin(
            _level,
            (_level.c.product_id == _line.c.product_id)
            & (_level.c.location_id == count.location_id),
        )
        .where(_line.c.count_id == count.id)
        .order_by(Product.sku)
    )
    lines = []
    for pid, sku, name, cost, expected, counted, adjusted, on_hand, reserved in rows:
        if adjusted is not None:  # applied: the figures as they were at that moment
            difference = int(adjusted)
            moves_since = counted - adjusted - expected
        else:
            moves_since = (on_hand or 0) - expected
            difference = counted - (expected + moves_since)
        lines.append(
            VarianceLine(
                pid,
                sku,
                name,
                expected,
                moves_since,
                counted,
                difference,
                cost if show_value else None,
                difference * cost if show_value else None,
                counted < (reserved or 0),
            )
        )
    code = location_code(s, count.location_id)
    return VarianceReport(
        count.id,
        count.number,
        code,
        count.status,
        count.snapshot_at,
        tuple(lines),
        sum(ln.difference for ln in lines if ln.difference > 0),
        -sum(ln.difference for ln in lines if ln.difference < 0),
        sum(ln.value_minor or 0 for ln in lines) if show_value else None,
        _unknown_scans(s, count.id),
    )


def variance(ctx: AppContext, actor: Actor, count_id: str) -> VarianceReport:
    """The variance report.  While a blind count is open it shows expected stock, so it
    needs ``stock.count.apply`` (the approver's view); once applied, ``stock.count``.
    Values at cost need ``report.view_cost`` or ``stock.count.apply``."""
    with ctx.db.transaction() as s:
        count = _count(s, count_id)
        needed = "stock.count.apply" if count.status == "open" and count.blind else "stock.count"
        current = authorize(s, actor, needed)
        show = bool({"report.view_cost", "stock.count.apply"} & current.permissions)
        return _report(s, count, show)


def apply_count(ctx: AppContext, actor: Actor, count_id: str) -> VarianceReport:
    """Apply the count once: for each line, a ``count`` move of the non-zero difference
    (counted − ledger stock now, which accounts for sales made during the count), so
    ledger stock becomes what was counted.  Each level row is locked while it is read and
    changed.  Needs ``stock.count.apply``; a second apply raises
    :class:`InvalidTransition`; audited.  Returns the final report."""
    with ctx.db.transaction() as s:
        current = authorize(s, actor, "stock.count.apply")
        count = _count(s, count_id)
        changed = s.execute(
            update(StockCount)
            .where(StockCount.id == count.id, StockCount.status == "open")
            .values(status="applied", applied_at=ctx.clock())
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if changed != 1:
            s.refresh(count)
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "Errors", "Stock count {number} is {status}; it cannot be applied again."
                ),
                number=count.number,
                status=count.status,
            )
        lines = s.execute(
            select(_line.c.product_id, _line.c.counted)
            .where(_line.c.count_id == count.id)
            .order_by(_line.c.product_id)  # one lock order for every desk
        ).all()
        moved = 0
        for product_id, counted in lines:
            on_hand = s.scalar(
                select(_level.c.on_hand)
                .where(_level.c.product_id == product_id, _level.c.location_id == count.location_id)
                .with_for_update()
            )
            difference = counted - (on_hand or 0)
            s.execute(
                update(_line)
                .where(_line.c.count_id == count.id, _line.c.product_id == product_id)
                .values(adjusted=difference)
            )
            if difference:
                moved += 1
                apply_move(
                    s,
                    ctx,
                    current.user_id,
                    product_id,
                    count.location_id,
                    difference,
                    "count",
                    "stock_count",
                    count.id,
                    allow_below_reserved=True,
                )
        s.refresh(count)
        report = _report(s, count, True)
        audit.record(
            s,
            ctx,
            current,
            "stock.count.apply",
            count.number,
            {
                "lines": len(lines),
                "moves": moved,
                "units_over": report.units_over,
                "units_short": report.units_short,
                "value_minor": report.value_minor,
            },
        )
        return report
