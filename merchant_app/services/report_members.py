"""Member and after-sales reports (RPT-2).

Each needs ``report.view`` and reads in one transaction; aggregates are worked out in
SQL.  Sales are counted as :mod:`report_queries` says.

* **members and segments** — per segment (as last recomputed by
  ``services/member_tiers.py``) or per tier: active members now, members who ordered in
  the period, their orders and sales, average order, members with two orders or more
  and the repurchase rate; orders without a member on a row of their own;
* **after-sales** — cases opened in the period per kind: how many, still open, closed,
  units taken back (returns and exchanges), money refunded and paid as compensation
  (the payment rows the cases wrote, whenever), and the average time to close.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.models import AfterSalesCase, AfterSalesLine, Member, Payment
from merchant_app.services.aftersales import KIND_LABELS, KINDS
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_tiers import SEGMENT_LABELS, SEGMENTS, tiers_in
from merchant_app.services.report_periods import Period
from merchant_app.services.report_queries import (
    ORDER,
    authorize_report,
    build_table,
    by_member,
    is_sale,
    order_filters,
    order_totals,
    ranges,
    rounded_div,
    share,
    shop_currency,
    within,
)
from merchant_app.services.report_sales import AVERAGE, ORDERS, SALES, TOTAL, over_time
from merchant_app.services.report_types import (
    REPORT_TITLES,
    Cell,
    Chart,
    Column,
    ReportFilters,
    ReportKind,
    ReportTable,
    Series,
)

NOT_A_MEMBER = QT_TRANSLATE_NOOP("Segment", "Not a member")


# ---------------------------------------------------------------------------- members


def member_segments(
    ctx: AppContext,
    actor: Actor,
    period: Period,
    filters: ReportFilters | None = None,
    *,
    by: Literal["segment", "tier"] = "segment",
) -> ReportTable:
    """One row per segment (every segment, in the shop's order) or tier (lowest first),
    then orders without a member: active members now, members who ordered in the period,
    orders, sales, average order, members with two or more orders and the repurchase
    rate (those ÷ members who ordered).  Filters: desk, staff member.  Charts: sales and
    members per group."""
    if by not in ("segment", "tier"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Members can be grouped by segment or by tier."),
            field="by",
        )
    filters = filters or ReportFilters()
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        group = Member.segment if by == "segment" else Member.tier
        if by == "segment":
            keys: list[str] = list(SEGMENTS)
            names = {k: SEGMENT_LABELS[k] for k in SEGMENTS}
        else:
            tiers = tiers_in(s)
            keys = [t.code for t in tiers]
            names = {t.code: t.name for t in tiers}
        members = {
            k: int(n)
            for k, n in s.execute(
                select(group, func.count()).where(Member.status == "active").group_by(group)
            )
        }
        where = [
            is_sale(),
            ORDER.c.created_at >= period.start,
            ORDER.c.created_at < period.end,
            *order_filters(filters.desk_id, filters.user_id),
        ]
        per_member = (
            select(
                ORDER.c.member_id.label("member_id"),
                func.count().label("n"),
                func.sum(ORDER.c.total_minor).label("total"),
            )
            .where(by_member(), *where)
            .group_by(ORDER.c.member_id)
            .subquery("per_member")
        )
        ordered: dict[str, tuple[int, int, int, int]] = {}
        for k, n_members, n_orders, total, repeat in s.execute(
            select(
                group,
                func.count(),
                func.sum(per_member.c.n),
                func.sum(per_member.c.total),
                func.sum(case((per_member.c.n >= 2, 1), else_=0)),
            )
            .select_from(per_member.join(Member, Member.id == per_member.c.member_id))
            .group_by(group)
        ):
            ordered[k] = (int(n_members), int(n_orders or 0), int(total or 0), int(repeat or 0))
        keys += sorted(k for k in set(members) | set(ordered) if k not in keys)
        ((all_orders, all_sales, _),) = order_totals(
            s, [(period.start, period.end)], order_filters(filters.desk_id, filters.user_id)
        )
        guests = all_orders - sum(v[1] for v in ordered.values())
        guest_sales = all_sales - sum(v[2] for v in ordered.values())
        rows: list[tuple[Cell, ...]] = []
        for k in keys:
            buyers, n, total, repeat = ordered.get(k, (0, 0, 0, 0))
            rows.append(
                (
                    names.get(k, k),
                    members.get(k, 0),
                    buyers,
                    n,
                    total,
                    rounded_div(total, n),
                    repeat,
                    share(repeat, buyers),
                )
            )
        rows.append(
            (
                NOT_A_MEMBER,
                None,
                None,
                guests,
                guest_sales,
                rounded_div(guest_sales, guests),
                None,
                None,
            )
        )
        all_buyers = sum(v[0] for v in ordered.values())
        all_repeat = sum(v[3] for v in ordered.values())
        totals: tuple[Cell, ...] = (
            TOTAL,
            sum(members.values()),
            all_buyers,
            all_orders,
            all_sales,
            rounded_div(all_sales, all_orders),
            all_repeat,
            share(all_repeat, all_buyers),
        )
        context = "Segment"
        labels = tuple(str(r[0]) for r in rows[:-1])
        charts = (
            Chart(
                "bar",
                QT_TRANSLATE_NOOP("Reports", "Sales by member group"),
                "money",
                labels,
                (Series(SALES.label, tuple(ordered.get(k, (0, 0, 0, 0))[2] for k in keys)),),
                context,
            ),
            Chart(
                "bar",
                QT_TRANSLATE_NOOP("Reports", "Members by group"),
                "int",
                labels,
                (
                    Series(
                        QT_TRANSLATE_NOOP("Reports", "Members"),
                        tuple(members.get(k, 0) for k in keys),
                    ),
                    Series(
                        QT_TRANSLATE_NOOP("Reports", "Ordered in the period"),
                        tuple(ordered.get(k, (0, 0, 0, 0))[0] for k in keys),
                    ),
                ),
                context,
            ),
        )
        # tier names are the shop's own words: looked up in "Segment", they stay as they are
        first = (
            Column("segment", QT_TRANSLATE_NOOP("Reports", "Segment"), "label", "Segment")
            if by == "segment"
            else Column("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), "label", "Segment")
        )
        return build_table(
            kind=ReportKind.MEMBER_SEGMENTS,
            title=REPORT_TITLES[ReportKind.MEMBER_SEGMENTS],
            period=period,
            currency=shop_currency(s),
            columns=(
                first,
                Column("members", QT_TRANSLATE_NOOP("Reports", "Members"), "int"),
                Column("buyers", QT_TRANSLATE_NOOP("Reports", "Ordered"), "int"),
                ORDERS,
                SALES,
                AVERAGE,
                Column("repeat", QT_TRANSLATE_NOOP("Reports", "Ordered twice or more"), "int"),
                Column(
                    "repurchase_rate", QT_TRANSLATE_NOOP("Reports", "Repurchase rate"), "percent"
                ),
            ),
            rows=rows,
            totals=totals,
            charts=charts,
            row_ids=[*keys, ""],
            row_kind=by,
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Members by their current segment or tier; orders placed in the period "
                "(cancelled ones excepted).",
            ),
            shows_cost=shows_cost,
            now=ctx.clock(),
        )


# ---------------------------------------------------------------------------- after-sales


def _seconds_between(s: Session, start: Any, end: Any) -> Any:
    """SQL: whole seconds from ``start`` to ``end`` (two timestamp columns)."""
    if s.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400


def aftersales_report(
    ctx: AppContext, actor: Actor, period: Period, filters: ReportFilters | None = None
) -> ReportTable:
    """One row per kind of case (every kind, in the after-sales order) opened in the
    period: cases, still open, closed, units taken back (returns and exchanges, restocked
    or written off), money refunded and paid as compensation by those cases, and the
    average time from opening to closing (whole seconds, closed cases only).  Charts:
    cases opened per bucket; cases per kind.  ``filters`` is accepted for a uniform call
    and not used."""
    with ctx.db.reading() as s:
        _current, shows_cost = authorize_report(s, actor)
        c = AfterSalesCase
        in_period = (c.created_at >= period.start, c.created_at < period.end)
        closed = c.status == "closed"
        stats = {
            kind: (int(n), int(n_open), int(n_closed), float(secs) if secs is not None else None)
            for kind, n, n_open, n_closed, secs in s.execute(
                select(
                    c.kind,
                    func.count(),
                    func.sum(case((closed, 0), else_=1)),
                    func.sum(case((closed, 1), else_=0)),
                    func.avg(
                        case(
                            (
                                closed & c.closed_at.is_not(None),
                                _seconds_between(s, c.created_at, c.closed_at),
                            ),
                            else_=None,
                        )
                    ),
                )
                .where(*in_period)
                .group_by(c.kind)
            )
        }
        units = {
            kind: int(n)
            for kind, n in s.execute(
                select(c.kind, func.sum(AfterSalesLine.quantity))
                .join(c, c.id == AfterSalesLine.case_id)
                .where(*in_period, AfterSalesLine.disposition.in_(("restock", "write_off")))
                .group_by(c.kind)
            )
        }
        pay = Payment.__table__
        is_refund = pay.c.reference == c.number + " refund"
        is_compensation = pay.c.reference == c.number + " compensation"
        money = {
            kind: (int(refunded), int(compensated))
            for kind, refunded, compensated in s.execute(
                select(
                    c.kind,
                    func.coalesce(func.sum(case((is_refund, -pay.c.amount_minor), else_=0)), 0),
                    func.coalesce(
                        func.sum(case((is_compensation, -pay.c.amount_minor), else_=0)), 0
                    ),
                )
                .join(pay, pay.c.order_id == c.order_id)
                .where(*in_period, or_(is_refund, is_compensation))
                .group_by(c.kind)
            )
        }
        kinds = list(KINDS) + sorted(k for k in stats if k not in KINDS)
        rows: list[tuple[Cell, ...]] = []
        for kind in kinds:
            n, n_open, n_closed, secs = stats.get(kind, (0, 0, 0, None))
            refunded, compensated = money.get(kind, (0, 0))
            rows.append(
                (
                    KIND_LABELS.get(kind, kind),
                    n,
                    n_open,
                    n_closed,
                    units.get(kind, 0),
                    refunded,
                    compensated,
                    round(secs) if secs is not None else None,
                )
            )
        b = ranges([(x.start, x.end) for x in period.buckets()])
        opened = [0] * len(period.buckets())
        for i, n in s.execute(
            select(b.c.i, func.count())
            .select_from(b.join(c, within(c.created_at, b)))
            .group_by(b.c.i)
        ):
            opened[int(i)] = int(n)
        totals: tuple[Cell, ...] = (
            TOTAL,
            sum(v[0] for v in stats.values()),
            sum(v[1] for v in stats.values()),
            sum(v[2] for v in stats.values()),
            sum(units.values()),
            sum(v[0] for v in money.values()),
            sum(v[1] for v in money.values()),
            None,
        )
        return build_table(
            kind=ReportKind.AFTERSALES,
            title=REPORT_TITLES[ReportKind.AFTERSALES],
            period=period,
            currency=shop_currency(s),
            columns=(
                Column("kind", QT_TRANSLATE_NOOP("Reports", "Kind"), "label", "AfterSales"),
                Column("cases", QT_TRANSLATE_NOOP("Reports", "Cases"), "int"),
                Column("open", QT_TRANSLATE_NOOP("Reports", "Open"), "int"),
                Column("closed", QT_TRANSLATE_NOOP("Reports", "Closed"), "int"),
                Column("units", QT_TRANSLATE_NOOP("Reports", "Units back"), "int"),
                Column("refunded", QT_TRANSLATE_NOOP("Reports", "Refunded"), "money"),
                Column("compensated", QT_TRANSLATE_NOOP("Reports", "Compensation"), "money"),
                Column(
                    "time_to_close",
                    QT_TRANSLATE_NOOP("Reports", "Average time to close"),
                    "duration",
                ),
            ),
            rows=rows,
            totals=totals,
            charts=(
                over_time(
                    period,
                    QT_TRANSLATE_NOOP("Reports", "Cases opened"),
                    "int",
                    [(QT_TRANSLATE_NOOP("Reports", "Cases"), opened)],
                ),
                Chart(
                    "bar",
                    QT_TRANSLATE_NOOP("Reports", "Cases by kind"),
                    "int",
                    tuple(str(r[0]) for r in rows),
                    (
                        Series(
                            QT_TRANSLATE_NOOP("Reports", "Cases"),
                            tuple(stats.get(k, (0,))[0] for k in kinds),
                        ),
                    ),
                    "AfterSales",
                ),
            ),
            row_ids=kinds,
            row_kind="aftersales_kind",
            note=QT_TRANSLATE_NOOP(
                "Reports",
                "Cases opened in the period, whatever the date of their order; money as the "
                "cases paid it out.",
            ),
            shows_cost=shows_cost,
            now=ctx.clock(),
        )
