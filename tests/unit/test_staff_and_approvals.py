from __future__ import annotations

import pytest

from merchant_app.errors import AuthenticationFailed, Conflict, InvalidInput, NotPermitted
from merchant_app.services import approvals, auth, staff
from merchant_app.services.permissions import (
    DEFAULT_ROLES,
    MANAGER,
    OWNER,
    PERMISSIONS,
    SALES_CLERK,
    WAREHOUSE,
)
from tests.factories import ShopWorld


def test_six_default_roles_ship_with_their_permissions(world: ShopWorld) -> None:
    roles = {r.name: r for r in staff.list_roles(world.ctx, world.owner)}
    assert set(roles) == set(DEFAULT_ROLES)
    assert roles[OWNER].permissions == frozenset(PERMISSIONS)
    assert "stock.adjust" not in roles["Finance"].permissions  # finance: no stock changes
    assert all(r.builtin for r in roles.values())


def test_clerk_cannot_manage_users_checked_in_the_service(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    with pytest.raises(NotPermitted, match=r"user\.manage"):
        staff.list_users(world.ctx, clerk)
    with pytest.raises(NotPermitted):
        staff.create_user(
            world.ctx,
            clerk,
            login="x1",
            display_name="X",
            role_id=world.role_id(OWNER),
            password="pass-word-1",
        )
    with pytest.raises(NotPermitted):
        auth.issue_enrolment_code(world.ctx, clerk, clerk.user_id)


def test_role_edit_takes_effect_at_the_next_action(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    role = next(r for r in staff.list_roles(world.ctx, world.owner) if r.name == SALES_CLERK)
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=role.id,
        name=role.name,
        description="",
        permissions=set(role.permissions) | {"user.manage"},
    )
    # the clerk's Actor object is stale, but the service reads the role afresh
    assert [u.login for u in staff.list_users(world.ctx, clerk)] == ["clara", "owner"]


def test_owner_role_keeps_user_and_role_management(world: ShopWorld) -> None:
    owner_role = world.role_id(OWNER)
    with pytest.raises(InvalidInput, match="must keep"):
        staff.save_role(
            world.ctx,
            world.owner,
            role_id=owner_role,
            name=OWNER,
            description="",
            permissions={"report.view"},
        )
    with pytest.raises(InvalidInput, match="Unknown permission"):
        staff.save_role(
            world.ctx,
            world.owner,
            role_id=None,
            name="X",
            description="",
            permissions={"rocket.launch"},
        )


def test_cannot_grant_a_role_with_more_rights_than_you_have(world: ShopWorld) -> None:
    row = staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Supervisor",
        description="",
        permissions={"user.manage", "report.view"},
    )
    sup = world.add_user("sue", "Supervisor")
    with pytest.raises(NotPermitted, match="Owner"):
        staff.create_user(
            world.ctx,
            sup,
            login="evil",
            display_name="Evil",
            role_id=world.role_id(OWNER),
            password="pass-word-1",
        )
    staff.create_user(
        world.ctx, sup, login="rita", display_name="Rita", role_id=row.id, password="pass-word-1"
    )


def test_role_change_by_non_approver_waits_then_applies_exactly_once(world: ShopWorld) -> None:
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Supervisor",
        description="",
        permissions={"user.manage"},
    )
    sup = world.add_user("sue", "Supervisor")
    clerk = world.add_user("clara", SALES_CLERK)
    info = staff.request_role_change(
        world.ctx, sup, clerk.user_id, world.role_id(WAREHOUSE), reason="moved to the stockroom"
    )
    assert info.status == "pending"
    assert auth.authenticate(world.ctx, "clara", "pass-word-1").role_name == SALES_CLERK
    with pytest.raises(NotPermitted):
        approvals.decide(world.ctx, sup, info.id, approve=True)  # lacks role.manage
    pending = approvals.list_requests(world.ctx, world.owner)
    assert [p.id for p in pending] == [info.id]
    done = approvals.decide(world.ctx, world.owner, info.id, approve=True, note="ok")
    assert (done.status, done.decided_by) == ("approved", "owner")
    assert auth.authenticate(world.ctx, "clara", "pass-word-1").role_name == WAREHOUSE
    with pytest.raises(Conflict, match="already been decided"):
        approvals.decide(world.ctx, world.owner, info.id, approve=True)


def test_refused_request_changes_nothing(world: ShopWorld) -> None:
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Supervisor",
        description="",
        permissions={"user.manage"},
    )
    sup = world.add_user("sue", "Supervisor")
    clerk = world.add_user("clara", SALES_CLERK)
    info = staff.request_role_change(world.ctx, sup, clerk.user_id, world.role_id(MANAGER))
    refused = approvals.decide(world.ctx, world.owner, info.id, approve=False, note="no")
    assert refused.status == "refused"
    assert auth.authenticate(world.ctx, "clara", "pass-word-1").role_name == SALES_CLERK


def test_owner_role_change_applies_at_once_as_self_approved(world: ShopWorld) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    info = staff.request_role_change(world.ctx, world.owner, clerk.user_id, world.role_id(MANAGER))
    assert info.status == "approved"
    assert info.decision_note == "self-approved"


def test_on_the_spot_approval_with_manager_credentials(world: ShopWorld) -> None:
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Supervisor",
        description="",
        permissions={"user.manage"},
    )
    sup = world.add_user("sue", "Supervisor")
    clerk = world.add_user("clara", SALES_CLERK)
    info = staff.request_role_change(world.ctx, sup, clerk.user_id, world.role_id(WAREHOUSE))
    with pytest.raises(AuthenticationFailed):
        approvals.approve_on_the_spot(world.ctx, "owner", "wrong-pass", info.id)
    with pytest.raises(NotPermitted):  # the clerk holds no role.manage
        approvals.approve_on_the_spot(world.ctx, "clara", "pass-word-1", info.id)
    done = approvals.approve_on_the_spot(world.ctx, "owner", "owner-pass-1", info.id)
    assert done.status == "approved"


def test_requester_cannot_approve_own_request(world: ShopWorld) -> None:
    role = staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Deputy",
        description="",
        permissions={"user.manage"},
    )
    dep = world.add_user("dep", "Deputy")
    clerk = world.add_user("clara", SALES_CLERK)
    info = staff.request_role_change(world.ctx, dep, clerk.user_id, world.role_id(WAREHOUSE))
    # the deputy is then given role.manage, but still may not approve their own request
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=role.id,
        name="Deputy",
        description="",
        permissions={"user.manage", "role.manage"},
    )
    with pytest.raises(NotPermitted, match="your own request"):
        approvals.decide(world.ctx, dep, info.id, approve=True)


def test_last_owner_cannot_be_deactivated_or_demoted(world: ShopWorld) -> None:
    with pytest.raises(InvalidInput, match="yourself"):
        staff.set_user_active(world.ctx, world.owner, world.owner.user_id, False)
    with pytest.raises(InvalidInput, match="your own role"):
        staff.request_role_change(
            world.ctx, world.owner, world.owner.user_id, world.role_id(MANAGER)
        )
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name="Admin",
        description="",
        permissions={"user.manage", "role.manage"},
    )
    admin = world.add_user("ada", "Admin")
    with pytest.raises(InvalidInput, match="last active Owner cannot be deactivated"):
        staff.set_user_active(world.ctx, admin, world.owner.user_id, False)
    with pytest.raises(InvalidInput, match="last active Owner must keep"):
        staff.request_role_change(world.ctx, admin, world.owner.user_id, world.role_id(MANAGER))
    assert auth.authenticate(world.ctx, "owner", "owner-pass-1").role_name == OWNER
