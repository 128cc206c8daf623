"""End-of-day settlement per desk and payment method (ORD-5).

:func:`preview` shows what this desk's payments not yet settled say was taken per
method (payments minus refunds); :func:`settle` records what was counted, marks exactly
the payments it read with the new settlement in the same transaction, and keeps the
figures (``{"cash": [expected, counted], ...}``).  A payment taken while the desk
settles is not lost: it is not among the ids read, so the next settlement counts it.
When the preview's ``payment_ids`` are passed back, the settlement is exactly the one
the user saw; if any of them was settled meanwhile, nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, Conflict, InvalidInput, NotFound
from merchant_app.ids import new_id
from merchant_app.models import Desk, Payment, Settlement, Shop, User
from merchant_app.money import format_plain, minor_digits
from merchant_app.printing.data import SettlementReportData, SettlementRow
from merchant_app.services import audit
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.orders import METHOD_LABELS, PAYMENT_METHODS
from merchant_app.services.permissions import authorize
from merchant_app.services.shop import next_number

PERMISSION = "settlement.run"
MAX_AMOUNT = 2**31 - 1  # money columns are 32-bit integers on PostgreSQL
_CHUNK = 500

Translate = Callable[[str, str], str]  # (context, text) -> text
MoneyText = Callable[[int], str]


def _same(_context: str, text: str) -> str:
    return text


# ---------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class MethodFigures:
    """What the payments of one method say: taken, refunded (as a positive figure),
    expected = taken − refunded, and how many payment rows."""

    method: str
    taken_minor: int
    refunded_minor: int
    count: int

    @property
    def expected_minor(self) -> int:
        """Payments minus refunds."""
        return self.taken_minor - self.refunded_minor


@dataclass(frozen=True)
class SettlementPreview:
    """This desk's unsettled payments: figures per method (cash always listed) and the
    ids they were read from (pass them to :func:`settle`)."""

    desk_id: str
    desk_code: str
    methods: tuple[MethodFigures, ...]
    payment_ids: tuple[str, ...]
    first_at: datetime | None
    last_at: datetime | None

    def expected(self, method: str) -> int:
        """The expected amount of ``method`` (0 when it took nothing)."""
        return next((m.expected_minor for m in self.methods if m.method == method), 0)


@dataclass(frozen=True)
class SettlementLine:
    """Expected vs counted for one method."""

    method: str
    expected_minor: int
    counted_minor: int

    @property
    def difference_minor(self) -> int:
        """Counted − expected: negative when short."""
        return self.counted_minor - self.expected_minor


@dataclass(frozen=True)
class SettlementInfo:
    """A settlement as recorded."""

    id: str
    number: str
    desk_id: str | None
    desk_code: str
    at: datetime
    user_login: str
    user_name: str
    note: str
    lines: tuple[SettlementLine, ...]
    payments_count: int

    @property
    def difference_minor(self) -> int:
        """The sum of the differences over all methods."""
        return sum(line.difference_minor for line in self.lines)

    def line(self, method: str) -> SettlementLine | None:
        """The line of ``method``, if it was settled."""
        return next((ln for ln in self.lines if ln.method == method), None)


# ---------------------------------------------------------------------------- helpers


def _order_methods(methods: Sequence[str]) -> list[str]:
    known = [m for m in PAYMENT_METHODS if m in methods or m == "cash"]
    return known + sorted(m for m in methods if m not in PAYMENT_METHODS)


def _figures(s: Session, ids: Sequence[str]) -> dict[str, MethodFigures]:
    taken: dict[str, list[int]] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = s.execute(
            select(Payment.method, Payment.amount_minor).where(Payment.id.in_(ids[i : i + _CHUNK]))
        )
        for method, amount in rows:
            fig = taken.setdefault(method, [0, 0, 0])
            if amount >= 0:
                fig[0] += int(amount)
            else:
                fig[1] -= int(amount)
            fig[2] += 1
    return {m: MethodFigures(m, *taken.get(m, [0, 0, 0])) for m in _order_methods(list(taken))}


def _desk_code(s: Session, desk_id: str | None) -> str:
    if not desk_id:
        return ""
    return s.scalar(select(Desk.code).where(Desk.id == desk_id)) or ""


def _unsettled(s: Session, desk_id: str) -> list[tuple[str, datetime]]:
    return [
        (pid, at)
        for pid, at in s.execute(
            select(Payment.id, Payment.at)
            .where(Payment.desk_id == desk_id, Payment.settlement_id.is_(None))
            .order_by(Payment.at, Payment.id)
        )
    ]


def _desk(ctx: AppContext) -> str:
    if not ctx.desk_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This desk is not registered."))
    return ctx.desk_id


def _info(s: Session, row: Settlement) -> SettlementInfo:
    user = s.get(User, row.user_id) if row.user_id else None
    figures: dict[str, list[int]] = json.loads(row.figures) if row.figures else {}
    count = s.scalar(select(func.count()).where(Payment.settlement_id == row.id)) or 0
    return SettlementInfo(
        id=row.id,
        number=row.number,
        desk_id=row.desk_id,
        desk_code=_desk_code(s, row.desk_id),
        at=row.at,
        user_login=user.login if user else "",
        user_name=user.display_name if user else "",
        note=row.note,
        lines=tuple(
            SettlementLine(m, int(figures[m][0]), int(figures[m][1]))
            for m in _order_methods(list(figures))
            if m in figures
        ),
        payments_count=int(count),
    )


# ---------------------------------------------------------------------------- services


def preview(ctx: AppContext, actor: Actor) -> SettlementPreview:
    """This desk's payments not yet settled, per method (``settlement.run``)."""
    desk_id = _desk(ctx)
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        rows = _unsettled(s, desk_id)
        ids = [pid for pid, _ in rows]
        return SettlementPreview(
            desk_id=desk_id,
            desk_code=_desk_code(s, desk_id),
            methods=tuple(_figures(s, ids).values()),
            payment_ids=tuple(ids),
            first_at=rows[0][1] if rows else None,
            last_at=rows[-1][1] if rows else None,
        )


def _check_counted(counted: Mapping[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for method, value in counted.items():
        if method not in PAYMENT_METHODS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown payment method “{method}”."),
                method=method,
                field="counted",
            )
        low = 0 if method == "cash" else -MAX_AMOUNT
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_AMOUNT:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The counted amount for {method} is not valid."),
                method=method,
                field="counted",
            )
        out[method] = value
    if "cash" not in out:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Count the cash in the drawer and enter the amount."),
            field="counted",
        )
    return out


def settle(
    ctx: AppContext,
    actor: Actor,
    counted: Mapping[str, int],
    note: str = "",
    *,
    payment_ids: Sequence[str] | None = None,
) -> SettlementInfo:
    """Settle this desk (``settlement.run``): ``counted`` cash is required, other methods
    default to what is expected.  The payments read (or exactly ``payment_ids``, from
    :func:`preview`) get the new settlement's id in the same transaction; a payment taken
    meanwhile stays unsettled for next time.  Refused with :class:`Conflict` (nothing
    written) when any of ``payment_ids`` is no longer this desk's unsettled payment.
    Audited; the number comes from this desk's ``settlement`` sequence."""
    desk_id = _desk(ctx)
    amounts = _check_counted(counted)
    text = note.strip()
    if len(text) > 2000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The note is too long (at most {limit} characters)."),
            limit=2000,
            field="note",
        )
    with ctx.db.transaction() as s:
        current = authorize(s, actor, PERMISSION)
        ids = (
            list(dict.fromkeys(payment_ids))
            if payment_ids is not None
            else [pid for pid, _ in _unsettled(s, desk_id)]
        )
        figures = _figures(s, ids)
        settlement_id = new_id()
        number = next_number(s, desk_id, "settlement")
        stored: dict[str, list[int]] = {}
        for method, fig in figures.items():
            stored[method] = [fig.expected_minor, amounts.get(method, fig.expected_minor)]
        for method, value in amounts.items():
            stored.setdefault(method, [0, value])
        row = Settlement(
            id=settlement_id,
            number=number,
            desk_id=desk_id,
            user_id=current.user_id,
            at=ctx.clock(),
            figures=json.dumps(stored, sort_keys=True),
            note=text,
        )
        s.add(row)
        s.flush()
        marked = 0
        for i in range(0, len(ids), _CHUNK):
            marked += s.execute(
                update(Payment)
                .where(
                    Payment.id.in_(ids[i : i + _CHUNK]),
                    Payment.desk_id == desk_id,
                    Payment.settlement_id.is_(None),
                )
                .values(settlement_id=settlement_id)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
        if marked != len(ids):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Some of these payments were settled meanwhile: refresh and count again.",
                )
            )
        differences = {m: v[1] - v[0] for m, v in stored.items() if v[1] != v[0]}
        audit.record(
            s,
            ctx,
            current,
            "settlement.run",
            number,
            {"figures": stored, "payments": len(ids), "differences": differences},
        )
        return _info(s, row)


def list_settlements(
    ctx: AppContext, actor: Actor, *, desk_id: str = "", limit: int = 200
) -> list[SettlementInfo]:
    """Past settlements, newest first, of every desk or of ``desk_id``
    (``settlement.run``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        query = select(Settlement).order_by(Settlement.at.desc(), Settlement.id.desc())
        if desk_id:
            query = query.where(Settlement.desk_id == desk_id)
        return [_info(s, row) for row in s.scalars(query.limit(max(1, min(limit, 1000))))]


def get_settlement(ctx: AppContext, actor: Actor, settlement_id: str) -> SettlementInfo:
    """One settlement (``settlement.run``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        return _info(s, _load(s, settlement_id))


def _load(s: Session, settlement_id: str) -> Settlement:
    row = s.get(Settlement, settlement_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "The settlement “{settlement}” does not exist."),
            settlement=settlement_id,
        )
    return row


def _plain_money(s: Session) -> MoneyText:
    currency = s.scalar(select(Shop.currency)) or ""
    digits = minor_digits(currency)

    def text(minor: int) -> str:
        sign = "-" if minor < 0 else ""
        return f"{sign}{currency} {format_plain(abs(minor), digits)}".strip()

    return text


def report_data(
    ctx: AppContext,
    actor: Actor,
    settlement_id: str,
    *,
    translate: Translate = _same,
    money: MoneyText | None = None,
) -> SettlementReportData:
    """The printable figures of one settlement: per method expected, counted and the
    difference (counted − expected, ``+`` when over), the desk code and the business day
    (``settlement.run``).  ``translate(context, text)`` translates captions and method
    names; ``money`` formats amounts (default: ``CNY 12.50``)."""
    with ctx.db.transaction() as s:
        authorize(s, actor, PERMISSION)
        info = _info(s, _load(s, settlement_id))
        fmt = money or _plain_money(s)

    def signed(minor: int) -> str:
        return ("+" if minor > 0 else "") + fmt(minor)

    day = info.at.astimezone().strftime("%Y-%m-%d")
    title = translate("Documents", QT_TRANSLATE_NOOP("Documents", "End-of-day settlement {number}"))
    business = translate(
        "Documents", QT_TRANSLATE_NOOP("Documents", "Business day {day} · desk {desk} · {time}")
    )
    return SettlementReportData(
        title=title.format(number=info.number),
        business_day=business.format(
            day=day, desk=info.desk_code, time=info.at.astimezone().strftime("%H:%M")
        ),
        rows=tuple(
            SettlementRow(
                desk=info.desk_code,
                method=translate("PaymentMethod", METHOD_LABELS.get(ln.method, ln.method)),
                expected=fmt(ln.expected_minor),
                counted=fmt(ln.counted_minor),
                difference=signed(ln.difference_minor),
            )
            for ln in info.lines
        ),
        prepared_by=info.user_name or info.user_login,
    )


def report_pdf(
    ctx: AppContext,
    actor: Actor,
    settlement_id: str,
    *,
    translate: Translate = _same,
    money: MoneyText | None = None,
    paper: str = "A4",
) -> bytes:
    """The settlement report as PDF bytes (see :func:`report_data`)."""
    from merchant_app.printing.documents import render_settlement_report

    data = report_data(ctx, actor, settlement_id, translate=translate, money=money)
    return render_settlement_report(
        data,
        paper="Letter" if paper == "Letter" else "A4",
        tr=lambda text: translate("Documents", text),
    )
