"""Whatever sequence of earn / redeem / expire / adjust / reverse runs, the points ledger
holds (MEM-2): the balance equals the ledger sum and a plain FIFO model, it is never
negative, refused spends change nothing, and expiry takes exactly the unspent part of
the lots that are due, oldest first.  Hypothesis drives the real ledger functions on a
SQLite shop built once."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from merchant_app.services import member_points, members
from merchant_app.services.member_points import InsufficientPoints
from merchant_app.services.members import MemberInput
from tests.factories import ShopWorld, make_shop

_world: ShopWorld | None = None
_count = 0


def world() -> ShopWorld:
    global _world
    if _world is None:
        folder = Path(tempfile.mkdtemp(prefix="points-props-"))
        atexit.register(shutil.rmtree, folder, True)
        _world = make_shop(f"sqlite:///{(folder / 'shop.sqlite3').as_posix()}")
    return _world


class PointsLedger(RuleBasedStateMachine):
    """One fresh member per run; the model is a list of [points left, expires_at]."""

    def __init__(self) -> None:
        super().__init__()
        global _count
        _count += 1
        self.w = world()
        self.member = members.register_member(
            self.w.ctx, self.w.owner, MemberInput(name=f"P {_count}", phone=f"1390000{_count:04d}")
        ).id
        self.lots: list[list] = []

    # --- the model
    def _model_balance(self) -> int:
        return sum(p for p, _ in self.lots)

    def _model_expire(self) -> int:
        now = self.w.clock()
        due = sum(p for p, exp in self.lots if exp is not None and exp <= now)
        self._model_spend(due)
        return due

    def _model_spend(self, points: int) -> None:
        for lot in self.lots:
            used = min(lot[0], points)
            lot[0] -= used
            points -= used
        self.lots = [lot for lot in self.lots if lot[0] > 0]

    def _post(self, kind: str, points: int, expires: bool) -> bool:
        ctx = self.w.ctx
        expires_at = ctx.clock() + timedelta(days=30) if expires else None
        try:
            with ctx.db.transaction() as s:
                if points < 0:
                    member_points.expire_member(s, ctx, self.member)
                member_points.post(
                    s, ctx, self.member, kind, points, user_id=None, expires_at=expires_at
                )
        except InsufficientPoints:
            return False
        return True

    # --- rules
    @rule(points=st.integers(1, 500), expires=st.booleans())
    def earn(self, points: int, expires: bool) -> None:
        assert self._post("earn", points, expires)
        self.lots.append([points, self.w.clock() + timedelta(days=30) if expires else None])

    @rule(points=st.integers(1, 800), kind=st.sampled_from(["redeem", "adjust", "reverse"]))
    def spend(self, points: int, kind: str) -> None:
        before = [list(lot) for lot in self.lots]
        self._model_expire()
        ok = self._post(kind, -points, False)
        assert ok == (points <= self._model_balance())
        if ok:
            self._model_spend(points)
        else:  # the refusal rolls back the expiry made in the same transaction
            self.lots = before

    @rule(days=st.integers(0, 45))
    def time_passes(self, days: int) -> None:
        self.w.clock.advance(days=days)

    @rule()
    def expire(self) -> None:
        expected = self._model_expire()
        with self.w.ctx.db.transaction() as s:
            got = member_points.expire_member(s, self.w.ctx, self.member)
        assert got == expected

    @invariant()
    def balance_is_the_ledger_sum(self) -> None:
        with self.w.ctx.db.transaction() as s:
            b = member_points.balance_in(s, self.member)
            assert b == member_points.ledger_sum(s, self.member)
        assert b >= 0
        assert b == self._model_balance()


PointsLedger.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestPointsLedger = PointsLedger.TestCase
