"""The admin screens on real widgets and a real shop: users, roles, approvals, audit."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from merchant_app.errors import AuthenticationFailed
from merchant_app.gui.screens.approvals import (
    ApprovalsScreen,
    ApprovalsTableModel,
    DecisionDialog,
    OnTheSpotApprovalDialog,
)
from merchant_app.gui.screens.audit_log import (
    AnyDateEdit,
    AuditScreen,
    AuditTableModel,
    details_text,
)
from merchant_app.gui.screens.roles import GROUP_ORDER, RolesScreen, RolesTableModel, group_title
from merchant_app.gui.screens.users import (
    ChangeRoleDialog,
    EnrolmentCodeDialog,
    NewUserDialog,
    ResetPasswordDialog,
    UsersScreen,
    UsersTableModel,
)
from merchant_app.gui.widgets import local_datetime_text
from merchant_app.services import approvals, audit, auth, staff
from merchant_app.services.context import Actor
from merchant_app.services.permissions import (
    MANAGER,
    PERMISSIONS,
    SALES_CLERK,
    WAREHOUSE,
)
from tests.factories import OWNER_PASSWORD, ShopWorld, make_shop

SUPERVISOR = "Shift supervisor"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


@dataclass
class Boxes:
    """Message boxes the screens tried to show (none of them blocks a test)."""

    warnings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    captured = Boxes()

    def warning(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        captured.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        captured.questions.append(text)
        return captured.answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return captured


def users_screen(qtbot, world: ShopWorld, actor: Actor | None = None) -> UsersScreen:  # type: ignore[no-untyped-def]
    screen = UsersScreen(world.ctx, actor or world.owner)
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def logins(screen: UsersScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, UsersTableModel.LOGIN)) for r in range(model.rowCount())]


def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column))


def supervisor_world(world: ShopWorld) -> tuple[Actor, Actor, Actor]:
    """A supervisor who manages users but not roles, a clerk, and a manager whom the Owner
    allowed to approve role changes.  Returns (supervisor, clerk, manager)."""
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=None,
        name=SUPERVISOR,
        description="Runs the counter",
        permissions={"user.manage", "order.create"},
    )
    manager_role = next(r for r in staff.list_roles(world.ctx, world.owner) if r.name == MANAGER)
    staff.save_role(
        world.ctx,
        world.owner,
        role_id=manager_role.id,
        name=MANAGER,
        description=manager_role.description,
        permissions=set(manager_role.permissions | {"role.manage"}),
    )
    return (
        world.add_user("sue", SUPERVISOR),
        world.add_user("clara", SALES_CLERK),
        world.add_user("max", MANAGER),
    )


# --------------------------------------------------------------------------- models


def test_every_table_model_passes_the_model_tester(qtmodeltester, world: ShopWorld) -> None:
    sue, _clara, _max = supervisor_world(world)
    users = UsersTableModel()
    qtmodeltester.check(users)  # empty
    users.set_rows(staff.list_users(world.ctx, world.owner))
    qtmodeltester.check(users)

    roles = RolesTableModel()
    roles.set_rows(staff.list_roles(world.ctx, world.owner))
    qtmodeltester.check(roles)

    clara = next(u for u in staff.list_users(world.ctx, world.owner) if u.login == "clara")
    staff.request_role_change(world.ctx, sue, clara.id, world.role_id(WAREHOUSE), "cover")
    requests = ApprovalsTableModel()
    requests.set_rows(approvals.list_requests(world.ctx, world.owner, status=""))
    assert requests.rowCount() == 1
    qtmodeltester.check(requests)

    trail = AuditTableModel(world.ctx, world.owner, page_size=4)
    trail.reload()
    assert trail.canFetchMore()
    qtmodeltester.check(trail)


def test_users_model_shows_status_lock_and_failures(world: ShopWorld) -> None:
    clara = world.add_user("clara", SALES_CLERK)
    for _ in range(auth.LOCK_AFTER):
        world.clock.advance(minutes=5)
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(world.ctx, "clara", "wrong-password")
    staff.set_user_active(world.ctx, world.owner, clara.user_id, False)
    model = UsersTableModel()
    model.set_rows(staff.list_users(world.ctx, world.owner))
    row = next(r for r in range(model.rowCount()) if cell(model, r, 0) == "clara")
    assert cell(model, row, UsersTableModel.STATUS) == "Deactivated"
    assert cell(model, row, UsersTableModel.LOCKED) == "Locked"
    assert cell(model, row, UsersTableModel.FAILED) == str(auth.LOCK_AFTER)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Login"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(row, 0), Qt.ItemDataRole.EditRole) is None


# ---------------------------------------------------------------------------- users


def test_owner_creates_a_user_through_the_dialog(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    screen = users_screen(qtbot, world)
    assert logins(screen) == ["owner"]
    screen.new_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, NewUserDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.login_edit, "Clara")
    dialog.name_edit.setText("Clara Clerk 张店员")  # QTest types ASCII only
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(SALES_CLERK))
    qtbot.keyClicks(dialog.password_edit, "clara-pass-1")
    qtbot.keyClicks(dialog.confirm_edit, "clara-pass-")
    assert not dialog.ok_button.isEnabled()
    assert dialog.mismatch_label.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.confirm_edit, "1")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert boxes.warnings == []
    assert logins(screen) == ["clara", "owner"]
    assert screen.selected_user() is not None and screen.selected_user().login == "clara"
    assert "clara can now sign in" in screen.notice.text()
    assert auth.authenticate(world.ctx, "clara", "clara-pass-1").role_name == SALES_CLERK


def test_new_user_dialog_stays_open_and_explains_a_refusal(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    dialog = NewUserDialog(world.ctx, world.owner, staff.list_roles(world.ctx, world.owner))
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("dave")
    dialog.name_edit.setText("Dave")
    dialog.role_combo.setCurrentIndex(0)
    dialog.password_edit.setText("12345678")
    dialog.confirm_edit.setText("12345678")
    dialog.accept()
    assert dialog.result() != NewUserDialog.DialogCode.Accepted
    assert dialog.created is None
    assert boxes.warnings == ["The password cannot be only digits."]


def test_actions_follow_the_selection_and_the_users_state(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    clara = world.add_user("clara", SALES_CLERK)
    screen = users_screen(qtbot, world)
    assert not screen.change_role_action.isEnabled()
    assert not screen.reset_password_action.isEnabled()
    assert screen.new_action.isEnabled()

    screen.select_user(world.owner.user_id)  # oneself: no role change, no deactivation
    assert not screen.change_role_action.isEnabled()
    assert not screen.toggle_active_action.isEnabled()
    assert screen.reset_password_action.isEnabled()

    screen.select_user(clara.user_id)
    assert screen.change_role_action.isEnabled()
    assert screen.toggle_active_action.isEnabled()
    assert screen.enrol_action.isEnabled()
    assert not screen.unlock_action.isEnabled()
    assert screen.toggle_active_action.text().replace("&", "") == "Deactivate"

    for _ in range(auth.LOCK_AFTER):
        world.clock.advance(minutes=5)
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(world.ctx, "clara", "wrong-password")
    screen.refresh()
    assert screen.selected_user().locked
    assert screen.unlock_action.isEnabled()
    screen.unlock_action.trigger()
    assert not screen.selected_user().locked
    assert screen.selected_user().failed_attempts == 0
    assert not screen.unlock_action.isEnabled()
    assert auth.authenticate(world.ctx, "clara", "pass-word-1").login == "clara"


def test_deactivate_asks_first_then_reactivate(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    clara = world.add_user("clara", SALES_CLERK)
    screen = users_screen(qtbot, world)
    screen.select_user(clara.user_id)

    boxes.answer = QMessageBox.StandardButton.Cancel
    screen.toggle_active_action.trigger()
    assert len(boxes.questions) == 1 and "clara" in boxes.questions[0]
    assert screen.selected_user().active

    boxes.answer = QMessageBox.StandardButton.Yes
    screen.toggle_active_action.trigger()
    row = screen.model.row_of(clara.user_id)
    assert cell(screen.model, row, UsersTableModel.STATUS) == "Deactivated"
    assert screen.toggle_active_action.text().replace("&", "") == "Reactivate"
    assert not screen.enrol_action.isEnabled()
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.authenticate(world.ctx, "clara", "pass-word-1")

    screen.toggle_active_action.trigger()
    assert cell(screen.model, row, UsersTableModel.STATUS) == "Active"
    assert boxes.warnings == []


def test_reset_password_on_this_desk(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    clara = world.add_user("clara", SALES_CLERK)
    screen = users_screen(qtbot, world)
    screen.select_user(clara.user_id)
    screen.reset_password_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "fresh-pass-2")
    qtbot.keyClicks(dialog.confirm_edit, "fresh-pass-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert boxes.warnings == []
    assert "clara" in screen.notice.text()
    assert auth.authenticate(world.ctx, "clara", "fresh-pass-2").login == "clara"


def test_enrolment_code_is_shown_with_its_expiry_and_works_once(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    clara = world.add_user("clara", SALES_CLERK)
    screen = users_screen(qtbot, world)
    screen.select_user(clara.user_id)
    screen.enrol_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, EnrolmentCodeDialog)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    code = dialog.code_label.text()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert dialog.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Enrol on this desk" in dialog.instructions_label.text()
    expires = local_datetime_text(world.clock() + timedelta(hours=24))
    assert expires in dialog.expiry_label.text()

    actor = auth.enrol_with_code(world.ctx, "clara", code, "other-desk-1")
    assert actor.login == "clara"
    dialog.accept()
    assert screen.dialog is None


def test_clerk_cannot_list_users_and_sees_why(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    screen = users_screen(qtbot, world, clerk)
    assert screen.model.rowCount() == 0
    assert len(boxes.warnings) == 1 and "user.manage" in boxes.warnings[0]
    assert not screen.new_action.isEnabled()
    assert not screen.change_role_action.isEnabled()


# -------------------------------------------------------------------- role changes


def test_role_change_goes_pending_and_a_manager_approves_it(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    sue, clara, manager = supervisor_world(world)
    screen = users_screen(qtbot, world, sue)
    screen.select_user(clara.user_id)
    screen.change_role_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    assert not dialog.ok_button.isEnabled()  # still the current role
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(WAREHOUSE))
    qtbot.keyClicks(dialog.reason_edit, "Covers the stock room")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert boxes.warnings == []
    assert "waiting for approval" in screen.notice.text()
    assert "approve now at this desk" in screen.notice.text()
    assert screen.notice.action_button.isVisibleTo(screen.notice)
    assert screen.selected_user().role_name == SALES_CLERK

    # the supervisor sees the request but may not decide it
    own = ApprovalsScreen(world.ctx, sue)
    qtbot.addWidget(own)
    own.refresh()
    own.table.selectRow(0)
    assert not own.approve_action.isEnabled()
    assert own.on_the_spot_action.isEnabled()

    # the manager approves at their own login
    approvals_screen = ApprovalsScreen(world.ctx, manager)
    qtbot.addWidget(approvals_screen)
    approvals_screen.refresh()
    model = approvals_screen.model
    assert model.rowCount() == 1
    assert cell(model, 0, ApprovalsTableModel.SUMMARY) == "clara: Sales clerk → Warehouse"
    assert cell(model, 0, ApprovalsTableModel.REASON) == "Covers the stock room"
    assert cell(model, 0, ApprovalsTableModel.STATUS) == "Pending"
    assert not approvals_screen.approve_action.isEnabled()
    approvals_screen.table.selectRow(0)
    assert approvals_screen.approve_action.isEnabled()
    assert approvals_screen.refuse_action.isEnabled()
    assert not approvals_screen.on_the_spot_action.isEnabled()
    approvals_screen.approve_action.trigger()
    decision = approvals_screen.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.keyClicks(decision.note_edit, "OK for December")
    decision.buttons.button(decision.buttons.StandardButton.Ok).click()

    assert boxes.warnings == []
    assert model.rowCount() == 0  # no longer pending
    assert "Approved and applied" in approvals_screen.notice.text()
    approvals_screen.status_combo.setCurrentIndex(approvals_screen.status_combo.findData(""))
    assert cell(model, 0, ApprovalsTableModel.STATUS) == "Approved"
    assert cell(model, 0, ApprovalsTableModel.DECIDED_BY) == "max"
    assert cell(model, 0, ApprovalsTableModel.NOTE) == "OK for December"
    screen.refresh()
    assert screen.selected_user().role_name == WAREHOUSE


def test_manager_refuses_with_a_note(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    sue, clara, manager = supervisor_world(world)
    request = staff.request_role_change(world.ctx, sue, clara.user_id, world.role_id(MANAGER))
    screen = ApprovalsScreen(world.ctx, manager)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.select_request(request.id)
    screen.refuse_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.approve
    dialog.note_edit.setPlainText("Not this month")
    dialog.accept()
    assert boxes.warnings == []
    info = approvals.list_requests(world.ctx, manager, status="refused")[0]
    assert info.decision_note == "Not this month"
    users = {u.login: u for u in staff.list_users(world.ctx, world.owner)}
    assert users["clara"].role_name == SALES_CLERK


def test_a_manager_approves_on_the_spot_at_the_requesters_desk(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    sue, clara, _manager = supervisor_world(world)
    screen = users_screen(qtbot, world, sue)
    screen.select_user(clara.user_id)
    screen.change_role_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(WAREHOUSE))
    dialog.accept()

    screen.notice.action_button.click()
    spot = screen.dialog
    assert isinstance(spot, OnTheSpotApprovalDialog)
    assert not spot.ok_button.isEnabled()
    qtbot.keyClicks(spot.login_edit, "max")
    qtbot.keyClicks(spot.password_edit, "not-his-password")
    spot.ok_button.click()
    assert boxes.warnings == ["Wrong login or password."]
    assert spot.password_edit.text() == ""
    assert screen.dialog is spot  # still open
    qtbot.keyClicks(spot.password_edit, "pass-word-1")
    spot.ok_button.click()

    assert len(boxes.warnings) == 1
    assert screen.dialog is None
    assert spot.result_info is not None and spot.result_info.decided_by == "max"
    assert "max approved" in screen.notice.text()
    assert screen.selected_user().role_name == WAREHOUSE


def test_on_the_spot_dialog_refuses_the_requester_himself(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    sue, clara, _manager = supervisor_world(world)
    request = staff.request_role_change(world.ctx, sue, clara.user_id, world.role_id(WAREHOUSE))
    dialog = OnTheSpotApprovalDialog(world.ctx, request)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("sue")
    dialog.password_edit.setText("pass-word-1")
    dialog.accept()
    assert dialog.result_info is None
    assert len(boxes.warnings) == 1 and "role.manage" in boxes.warnings[0]


def test_owner_role_change_applies_at_once(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    clara = world.add_user("clara", SALES_CLERK)
    screen = users_screen(qtbot, world)
    screen.select_user(clara.user_id)
    screen.change_role_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(MANAGER))
    dialog.accept()
    assert "now has the role “Manager”" in screen.notice.text()
    assert not screen.notice.action_button.isVisibleTo(screen.notice)
    assert screen.selected_user().role_name == MANAGER


# ---------------------------------------------------------------------------- roles


def roles_screen(qtbot, world: ShopWorld) -> RolesScreen:  # type: ignore[no-untyped-def]
    screen = RolesScreen(world.ctx, world.owner)
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def test_permissions_are_grouped_translated_and_named(qtbot, world: ShopWorld) -> None:
    screen = roles_screen(qtbot, world)
    tree = screen.tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles == [group_title(prefix) for prefix in GROUP_ORDER]
    assert titles[0] == "Orders" and titles[-1] == "Settings"
    shown = sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
    assert shown == len(PERMISSIONS)
    item = screen.permission_item("stock.count.apply")
    assert item.parent().text(0) == "Stock"
    assert item.text(0) == PERMISSIONS["stock.count.apply"]
    assert item.text(1) == "stock.count.apply"
    assert item.toolTip(0) == "stock.count.apply"


def test_new_role_is_saved_and_unsaved_changes_are_shown(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    screen = roles_screen(qtbot, world)
    assert screen.model.rowCount() == 6
    assert not screen.is_dirty()
    assert not screen.save_action.isEnabled()

    screen.new_action.trigger()
    assert screen.is_dirty()
    assert screen.dirty_label.isVisibleTo(screen)
    screen.name_edit.setText("Cashier")
    screen.description_edit.setText("Takes payments at the till")
    for name in ("order.create", "payment.take"):
        screen.permission_item(name).setCheckState(0, Qt.CheckState.Checked)
    screen.save_action.trigger()

    assert boxes.warnings == []
    assert not screen.is_dirty()
    assert not screen.dirty_label.isVisibleTo(screen)
    assert "Cashier" in screen.notice.text()
    saved = next(r for r in staff.list_roles(world.ctx, world.owner) if r.name == "Cashier")
    assert saved.permissions == {"order.create", "payment.take"}
    assert screen.selected_role() is not None and screen.selected_role().id == saved.id
    row = screen.model.row_of(saved.id)
    assert cell(screen.model, row, RolesTableModel.KIND) == "Custom"
    assert cell(screen.model, row, RolesTableModel.USERS) == "0"

    # a change shows as unsaved; toggling it back or reverting clears that
    item = screen.permission_item("refund.issue")
    item.setCheckState(0, Qt.CheckState.Checked)
    assert screen.is_dirty() and screen.save_action.isEnabled()
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not screen.is_dirty()
    item.setCheckState(0, Qt.CheckState.Checked)
    screen.revert_action.trigger()
    assert not screen.is_dirty()
    assert item.checkState(0) == Qt.CheckState.Unchecked


def test_switching_roles_with_unsaved_changes_asks(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    screen = roles_screen(qtbot, world)
    first = screen.selected_role()
    assert first is not None and screen.name_edit.text() == first.name
    screen.description_edit.setText("edited")

    boxes.answer = QMessageBox.StandardButton.Cancel
    screen.table.selectRow(2)
    assert len(boxes.questions) == 1
    assert screen.selected_role().id == first.id
    assert screen.description_edit.text() == "edited"

    boxes.answer = QMessageBox.StandardButton.Discard
    screen.table.selectRow(2)
    assert screen.selected_role().id != first.id
    assert screen.name_edit.text() == screen.selected_role().name
    assert not screen.is_dirty()


def test_builtin_role_keeps_its_name_and_the_owner_keeps_user_management(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    screen = roles_screen(qtbot, world)
    screen.select_role(world.role_id("Owner"))
    assert screen.name_edit.isReadOnly()
    screen.permission_item("user.manage").setCheckState(0, Qt.CheckState.Unchecked)
    assert screen.save() is False
    assert boxes.warnings == ["The Owner role must keep user and role management."]
    assert screen.is_dirty()  # the draft is kept to fix


# ---------------------------------------------------------------------------- audit


def audit_screen(qtbot, world: ShopWorld, page_size: int = 500) -> AuditScreen:  # type: ignore[no-untyped-def]
    screen = AuditScreen(world.ctx, world.owner, page_size=page_size)
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def test_audit_shows_entries_verifies_and_detects_tampering(
    qtbot, world: ShopWorld, tmp_path: Path, boxes: Boxes
) -> None:
    world.add_user("clara", SALES_CLERK)
    screen = audit_screen(qtbot, world)
    model = screen.model
    count = model.rowCount()
    assert count >= 5
    assert cell(model, 0, AuditTableModel.SEQ) == str(count)  # newest first
    assert cell(model, count - 1, AuditTableModel.ACTION) == "Shop created"
    assert cell(model, count - 1, AuditTableModel.USER) == "owner"
    assert cell(model, count - 1, AuditTableModel.DESK) == "This desk"
    first_time = model.data(model.index(count - 1, AuditTableModel.TIME))
    assert first_time == local_datetime_text(world.clock())

    screen.verify_action.trigger()
    assert screen.notice.text() == f"Intact: {count} entries"
    assert screen.notice.level == screen.notice.SUCCESS
    assert cell(model, 0, AuditTableModel.ACTION) == "Audit trail verified"

    with sqlite3.connect(tmp_path / "shop.sqlite3") as conn:
        conn.execute("UPDATE audit_entry SET target='x' WHERE seq=3")
    conn.close()
    screen.verify_action.trigger()
    assert screen.notice.text() == ("Broken at entry 3: Entry 3 was changed after it was written.")
    assert screen.notice.level == screen.notice.ERROR
    assert boxes.warnings == []


def test_audit_pages_with_fetch_more(qtbot, world: ShopWorld) -> None:
    for n in range(6):
        world.add_user(f"user{n}", SALES_CLERK)
    total = len(audit.list_entries(world.ctx, world.owner, limit=10_000))
    screen = audit_screen(qtbot, world, page_size=5)
    model = screen.model
    assert model.rowCount() == 5 and model.canFetchMore()
    assert "scroll down" in screen.footer.text()
    model.fetchMore()
    assert model.rowCount() == 10
    seqs = [int(cell(model, r, AuditTableModel.SEQ)) for r in range(10)]
    assert seqs == list(range(total, total - 10, -1))
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert screen.footer.text() == f"Entries: {total}"


def test_audit_filters_by_text_user_and_local_days(qtbot, world: ShopWorld) -> None:
    world.add_user("clara", SALES_CLERK)  # clara signs in once
    screen = audit_screen(qtbot, world)
    all_rows = screen.model.rowCount()

    screen.login_edit.setText("clara")
    screen.apply_filter()
    assert screen.model.rowCount() == 1
    assert cell(screen.model, 0, AuditTableModel.ACTION) == "Signed in"

    screen.login_edit.clear()
    screen.text_edit.setText("user.create")
    screen.apply_filter()
    assert screen.model.rowCount() == 2  # the Owner at shop creation, then clara

    screen.text_edit.clear()
    day = QDateTime.fromSecsSinceEpoch(int(world.clock().timestamp())).toLocalTime().date()
    screen.from_edit.setDate(day.addDays(1))
    screen.apply_filter()
    assert screen.model.rowCount() == 0
    screen.from_edit.setDate(day)
    screen.to_edit.setDate(day)
    screen.apply_filter()
    assert screen.model.rowCount() == all_rows
    screen.to_edit.setDate(day.addDays(-1))
    screen.from_edit.clear_date()
    screen.apply_filter()
    assert screen.model.rowCount() == 0
    assert screen.to_edit.value() == day.addDays(-1)
    assert screen.from_edit.value() is None
    assert screen.from_edit.text() == "Any date"

    screen.clear_action.trigger()
    assert screen.to_edit.value() is None
    assert screen.model.rowCount() == all_rows


def test_audit_export_writes_utf8_with_bom(
    qtbot, world: ShopWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    world.add_user("wang.li", SALES_CLERK)
    target = tmp_path / "trail"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_args, **_kwargs: (str(target), "CSV files (*.csv)")),
    )
    screen = audit_screen(qtbot, world)
    screen.export_action.trigger()
    written = target.with_suffix(".csv")
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("seq,at_utc,user")
    assert "wang.li" in text
    assert str(written) in screen.notice.text()
    assert cell(screen.model, 0, AuditTableModel.ACTION) == "Audit trail exported"
    assert boxes.warnings == []


def test_audit_export_cancelled_writes_nothing(
    qtbot, world: ShopWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args, **_kwargs: ("", ""))
    )
    screen = audit_screen(qtbot, world)
    before = screen.model.rowCount()
    screen.export_action.trigger()
    screen.refresh()
    assert screen.model.rowCount() == before  # nothing exported, nothing audited


def test_audit_screen_refuses_a_clerk_with_a_message(qtbot, world: ShopWorld, boxes: Boxes) -> None:
    clerk = world.add_user("clara", SALES_CLERK)
    screen = AuditScreen(world.ctx, clerk)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.model.rowCount() == 0
    assert len(boxes.warnings) == 1 and "audit.view" in boxes.warnings[0]


def test_details_are_readable() -> None:
    assert details_text('{"failures": 3, "locked": false, "reason": "x"}') == (
        "failures: 3; locked: no; reason: x"
    )
    assert details_text('{"added": ["a", "b"], "removed": []}') == "added: a, b; removed: —"
    assert details_text("not json") == "not json"


# -------------------------------------------------------------------------- contract


@pytest.mark.parametrize(
    ("screen_class", "permission"),
    [
        (UsersScreen, "user.manage"),
        (RolesScreen, "role.manage"),
        (AuditScreen, "audit.view"),
        (ApprovalsScreen, ""),
    ],
)
def test_screens_follow_the_main_window_contract(
    qtbot, world: ShopWorld, boxes: Boxes, screen_class: type[QWidget], permission: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    screen = screen_class(world.ctx, world.owner, parent)
    assert screen.parent() is parent
    assert screen_class.required_permission == permission
    screen.refresh()
    assert boxes.warnings == []


def test_first_show_loads_once(qtbot, world: ShopWorld) -> None:
    screen = ApprovalsScreen(world.ctx, world.owner)
    qtbot.addWidget(screen)
    calls: list[int] = []
    original = screen.refresh
    screen.refresh = lambda: (calls.append(1), original())[1]  # type: ignore[method-assign]
    screen.showEvent(QShowEvent())  # as when the main window shows it
    qtbot.waitUntil(lambda: calls == [1])
    screen.showEvent(QShowEvent())
    qtbot.wait(10)
    assert calls == [1]


def test_approve_note_is_sent_with_the_owner_password_kept_out(
    qtbot, world: ShopWorld, boxes: Boxes
) -> None:
    sue, clara, _manager = supervisor_world(world)
    request = staff.request_role_change(world.ctx, sue, clara.user_id, world.role_id(WAREHOUSE))
    dialog = OnTheSpotApprovalDialog(world.ctx, request)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("owner")
    dialog.password_edit.setText(OWNER_PASSWORD)
    dialog.note_edit.setText("at the till")
    dialog.accept()
    assert dialog.result_info is not None
    assert dialog.result_info.decision_note == "at the till"
    assert dialog.password_edit.text() == ""
    assert boxes.warnings == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen popups
def test_calendar_of_an_empty_date_opens_on_today(qtbot) -> None:
    edit = AnyDateEdit()
    qtbot.addWidget(edit)
    edit.resize(160, 28)
    edit.show()
    qtbot.waitExposed(edit)
    assert edit.value() is None and edit.text() == "Any date"
    arrow = QPoint(edit.width() - 8, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.value() is None  # only the page moved; no date was chosen
    calendar.window().close()
    edit.setDate(today)
    assert edit.value() == today
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
