from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from merchant_app.errors import AuthenticationFailed, InvalidInput
from merchant_app.models import AuditEntry
from merchant_app.security.keystore import verifier_name
from merchant_app.services import auth, staff
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import OWNER_PASSWORD, ShopWorld


def actions(world: ShopWorld) -> list[str]:
    with world.ctx.db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_owner_signs_in_and_the_verifier_lives_in_the_keyring(world: ShopWorld) -> None:
    stored = world.ctx.keys.get(world.ctx.shop_id, verifier_name("owner"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert OWNER_PASSWORD not in stored
    assert world.owner.role_name == "Owner"
    assert "user.manage" in world.owner.permissions
    assert actions(world)[-1] == "login.ok"


def test_login_is_case_insensitive_and_wrong_password_is_refused(world: ShopWorld) -> None:
    assert auth.authenticate(world.ctx, "  OWNER ", OWNER_PASSWORD).login == "owner"
    with pytest.raises(AuthenticationFailed, match="Wrong login or password"):
        auth.authenticate(world.ctx, "owner", "nope-nope")
    with pytest.raises(AuthenticationFailed, match="Wrong login or password"):
        auth.authenticate(world.ctx, "nobody", "whatever1")
    assert actions(world)[-2:] == ["login.failed", "login.failed"]


def test_backoff_grows_then_soft_lock_and_owner_unlocks(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed, match="Wrong"):
            auth.authenticate(world.ctx, "clara", "bad-password")
    # the third failure starts the delay
    with pytest.raises(AuthenticationFailed, match="Wrong"):
        auth.authenticate(world.ctx, "clara", "bad-password")
    with pytest.raises(AuthenticationFailed, match="Wait 1 seconds"):
        auth.authenticate(world.ctx, "clara", "pass-word-1")  # even the right one waits
    delays = []
    for failures in range(auth.FREE_ATTEMPTS + 2, auth.LOCK_AFTER + 1):
        world.clock.advance(seconds=60)
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(world.ctx, "clara", "bad-password")
        delays.append(auth.retry_delay(failures))
    assert delays == sorted(delays) and delays[-1] > delays[0]
    world.clock.advance(hours=2)
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.authenticate(world.ctx, "clara", "pass-word-1")
    staff.unlock_user(world.ctx, world.owner, clerk.user_id)
    assert auth.authenticate(world.ctx, "clara", "pass-word-1").login == "clara"
    assert "user.unlock" in actions(world)


def test_successful_login_resets_the_failure_count(world: ShopWorld) -> None:
    world.add_user("clara", SALES_CLERK)
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(world.ctx, "clara", "bad-password")
    auth.authenticate(world.ctx, "clara", "pass-word-1")
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed, match="Wrong"):
            auth.authenticate(world.ctx, "clara", "bad-password")


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1", "at least 8"),
        ("12345678", "only digits"),
        ("Clara", "at least 8"),
        ("clara123", None),
        ("CLARA-LONG", None),
    ],
)
def test_password_rules(world: ShopWorld, password: str, message: str | None) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    if message is None:
        auth.change_password(world.ctx, clerk, "pass-word-1", password)
        assert auth.authenticate(world.ctx, "clara", password)
    else:
        with pytest.raises(InvalidInput, match=message):
            auth.change_password(world.ctx, clerk, "pass-word-1", password)


def test_password_equal_to_login_is_refused(world: ShopWorld) -> None:
    world.add_user("clarabel", SALES_CLERK)
    clerk = auth.authenticate(world.ctx, "clarabel", "pass-word-1")
    with pytest.raises(InvalidInput, match="same as the login"):
        auth.change_password(world.ctx, clerk, "pass-word-1", "CLARABEL")
    assert "password.change" not in actions(world)


def test_deactivated_user_is_blocked_everywhere(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    staff.set_user_active(world.ctx, world.owner, clerk.user_id, False)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.authenticate(world.ctx, "clara", "pass-word-1")
    # an already signed-in session is refused at its next action
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.change_password(world.ctx, clerk, "pass-word-1", "another-pass")


def test_enrolment_code_enrols_a_second_desk_once(world: ShopWorld) -> None:
    from merchant_app.security.keystore import MemoryKeyStore
    from merchant_app.services import shop
    from merchant_app.services.context import AppContext

    clerk = world.add_user("clara", SALES_CLERK)
    code = staff_code = auth.issue_enrolment_code(world.ctx, world.owner, clerk.user_id)
    assert len(code) == 14 and code.count("-") == 2
    desk2 = AppContext(db=world.ctx.db, keys=MemoryKeyStore(), clock=world.clock)
    shop.open_shop(desk2)
    assert desk2.desk_id != world.ctx.desk_id
    with pytest.raises(AuthenticationFailed, match="no password on this desk"):
        auth.authenticate(desk2, "clara", "pass-word-1")
    with pytest.raises(AuthenticationFailed, match="enrolment code is wrong"):
        auth.enrol_with_code(desk2, "owner", staff_code, "desk-two-pass")  # other login
    actor = auth.enrol_with_code(desk2, "clara", staff_code.lower(), "desk-two-pass")
    assert actor.login == "clara"
    assert auth.authenticate(desk2, "clara", "desk-two-pass")
    with pytest.raises(AuthenticationFailed, match="already used"):
        auth.enrol_with_code(desk2, "clara", staff_code, "desk-two-pass2")


def test_enrolment_code_expires(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    code = auth.issue_enrolment_code(world.ctx, world.owner, clerk.user_id, valid_hours=1)
    world.clock.advance(hours=1, seconds=1)
    with pytest.raises(AuthenticationFailed, match="expired"):
        auth.enrol_with_code(world.ctx, "clara", code, "fresh-pass-1")
    assert timedelta(hours=1)


def test_the_app_hashes_with_owasp_strength_argon2id() -> None:
    """The suite hashes cheaply for speed (tests/conftest.py); the app's own hasher is
    argon2id above OWASP's minimum, and a verifier it makes says so."""
    from merchant_app.security import passwords

    hasher = passwords.PRODUCTION_HASHER
    assert hasher.memory_cost >= passwords.OWASP_MIN_MEMORY_KIB
    assert hasher.time_cost >= passwords.OWASP_MIN_TIME_COST
    verifier = hasher.hash("a-long-pass-phrase")
    assert verifier.startswith(f"$argon2id$v=19$m={hasher.memory_cost},t={hasher.time_cost}")
    assert passwords.verify_password(verifier, "a-long-pass-phrase")
