"""The recovery kit screens on real widgets and a real shop file: make a kit as PDF and
as text (the same kit), refuse mismatched or short passphrases, import a kit typed,
opened or scanned on a "new computer" (an empty keyring), and the sign-in window's
dialog that lets the Owner in again.  Screenshots (light and dark) go to
/tmp/shots/kit_*.png."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from merchant_app.database import Database
from merchant_app.gui.screens.safety.recovery_kit import RecoveryKitDialog, RecoveryKitPanel
from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.theme import apply_theme
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.recovery_kit import open_kit
from merchant_app.services import auth, members, shop
from merchant_app.services import recovery_kit as kits
from merchant_app.services.context import AppContext
from merchant_app.services.members import MemberInput
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import OWNER_PASSWORD, ShopWorld, make_shop

SHOTS = Path(os.environ.get("MERCHANT_SHOTS", "/tmp/shots"))
PASSPHRASE = "paper lantern river 7"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def new_computer(world: ShopWorld, tmp_path: Path) -> Iterator[Callable[[], AppContext]]:
    """Copies the shop's database, as it is when called, to a computer whose keyring
    is empty."""
    made: list[AppContext] = []

    def build() -> AppContext:
        target = tmp_path / f"restored{len(made)}.sqlite3"
        src = sqlite3.connect(str(world.ctx.db.engine.url.database))
        dst = sqlite3.connect(str(target))
        src.backup(dst)
        src.close()
        dst.close()
        db = Database(f"sqlite:///{target.as_posix()}")
        ctx = AppContext(db=db, keys=MemoryKeyStore(), clock=world.clock)
        shop.open_shop(ctx)
        made.append(ctx)
        return ctx

    yield build
    for ctx in made:
        ctx.db.dispose()


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"kit_{name}.png"))


def panel_for(qtbot, ctx: AppContext, actor) -> RecoveryKitPanel:  # type: ignore[no-untyped-def]
    panel = RecoveryKitPanel(ctx, actor, SimpleNamespace(runner=TaskRunner(inline=True)))
    qtbot.addWidget(panel)
    panel.resize(760, 820)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the next save dialogs with ``path``; returns the titles asked."""
    asked: list[str] = []

    def fake(_parent, title, _start, _filters):  # type: ignore[no-untyped-def]
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_make_a_kit_as_pdf_then_the_same_kit_as_text(
    qtbot,
    world: ShopWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    panel = panel_for(qtbot, world.ctx, world.owner)
    assert "No recovery kit has been made" in panel.status.text()
    assert "Make a recovery kit now" in panel.notice.text()
    shot(panel, "panel_reminder")
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClicks(panel.confirm, PASSPHRASE)
    pdf = tmp_path / "kit.pdf"
    asked = save_to(monkeypatch, pdf)
    exported: list[object] = []
    panel.kit_exported.connect(exported.append)
    qtbot.mouseClick(panel.save_pdf_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save the recovery kit as PDF"]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(exported) == 1
    assert "Recovery kit saved to" in panel.notice.text()
    assert "The last kit was made on" in panel.status.text() and "owner" in panel.status.text()
    assert panel.passphrase.text() == "" and panel.confirm.text() == ""  # not kept
    assert not kits.kit_reminder_due(world.ctx)
    shot(panel, "panel_saved")

    txt = tmp_path / "kit.txt"
    save_to(monkeypatch, txt)
    qtbot.mouseClick(panel.save_text_button, Qt.MouseButton.LeftButton)
    saved = txt.read_text("ascii")
    kit = exported[0]
    assert "".join(saved.split()) == "".join(kit.text.split())  # type: ignore[attr-defined]
    assert open_kit(saved, PASSPHRASE)["shop_id"] == world.ctx.shop_id
    assert len(exported) == 2 and exported[1] is kit  # the same kit, not a second one


def test_passphrases_must_match_and_be_long(
    qtbot,
    world: ShopWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    panel = panel_for(qtbot, world.ctx, world.owner)
    asked = save_to(monkeypatch, tmp_path / "kit.pdf")
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClicks(panel.confirm, PASSPHRASE + "x")
    qtbot.mouseClick(panel.save_pdf_button, Qt.MouseButton.LeftButton)
    assert "not the same" in panel.notice.text()
    panel.passphrase.setText("too short")
    panel.confirm.setText("too short")
    qtbot.mouseClick(panel.save_pdf_button, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in panel.notice.text()
    shot(panel, "panel_short_passphrase")
    assert asked == []  # never asked where to save
    assert not (tmp_path / "kit.pdf").exists()
    assert kits.kit_reminder_due(world.ctx)


def test_a_clerk_cannot_make_or_import_a_kit(qtbot, world: ShopWorld) -> None:  # type: ignore[no-untyped-def]
    clerk = world.add_user("clara", SALES_CLERK)
    panel = panel_for(qtbot, world.ctx, clerk)
    for widget in (panel.save_pdf_button, panel.save_text_button, panel.import_button):
        assert not widget.isEnabled()


def test_import_a_scanned_kit_on_a_new_desk(
    qtbot,
    world: ShopWorld,
    new_computer: Callable[[], AppContext],  # type: ignore[no-untyped-def]
) -> None:
    member = members.register_member(
        world.ctx, world.owner, MemberInput(name="王小明", phone="13912345678")
    )
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    desk = new_computer()
    # the new desk: the Owner's password was set here by hand (e.g. an enrolment code)
    desk.keys.set(desk.shop_id, "verifier:owner", "set on this desk")
    panel = panel_for(qtbot, desk, world.owner)
    assert "does not have the shop's data key" in panel.status.text()

    assert not panel.handle_scan("6901234567892")
    assert "not a recovery kit" in panel.notice.text()
    assert panel.handle_scan(kit.text)
    shown = panel.import_form.text.toPlainText()
    assert shown.splitlines()[0] == "MERCHANT-KIT-1:"  # laid out as on the printed sheet
    assert "".join(shown.split()) == kit.text
    assert panel.focusWidget() is panel.import_form.passphrase  # next: type the passphrase
    qtbot.keyClicks(panel.import_form.passphrase, "wrong passphrase!")
    qtbot.keyClick(panel.import_form.passphrase, Qt.Key.Key_Return)
    assert "does not open this recovery kit" in panel.notice.text()
    shot(panel, "panel_wrong_passphrase")
    assert panel.import_form.passphrase.text() == ""

    imported: list[object] = []
    panel.kit_imported.connect(imported.append)
    qtbot.keyClicks(panel.import_form.passphrase, PASSPHRASE)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert len(imported) == 1
    assert "data key is now on this computer" in panel.notice.text()
    assert members.get_member(desk, world.owner, member.id, reveal=True).name == "王小明"
    assert desk.keys.get(desk.shop_id, "verifier:owner") == "set on this desk"
    assert "does not have the shop's data key" not in panel.status.text()
    shot(panel, "panel_imported")


def test_open_a_kit_text_file(qtbot, world: ShopWorld, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    file = tmp_path / "kit.txt"
    file.write_text(kits.kit_text_file(kit))
    panel = panel_for(qtbot, world.ctx, world.owner)
    assert panel.import_form.load_file(file) == ""
    assert "".join(panel.import_form.text.toPlainText().split()) == kit.text
    big = tmp_path / "big.txt"
    big.write_bytes(b"A" * 100_000)
    assert "too large" in panel.import_form.load_file(big)
    assert "could not be read" in panel.import_form.load_file(tmp_path / "missing.txt")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_sign_in_dialog_lets_the_owner_in_on_a_new_computer(
    qtbot,
    themed: QApplication,
    world: ShopWorld,
    new_computer: Callable[[], AppContext],
    theme: str,  # type: ignore[no-untyped-def]
) -> None:
    apply_theme(themed, theme)
    kit = kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    desk = new_computer()
    assert kits.kit_prompt_due(desk)
    dialog = RecoveryKitDialog(desk, TaskRunner(inline=True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, f"dialog_{theme}")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "first" in dialog.error.text()
    dialog.form.text.setPlainText(kit.text[:-3])  # cut off
    qtbot.keyClicks(dialog.form.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "damaged or mistyped" in dialog.error.text()
    assert dialog.isVisible()
    shot(dialog, f"dialog_error_{theme}")

    assert dialog.handle_scan(kit.text)
    assert not dialog.error.isVisible()
    qtbot.keyClicks(dialog.form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = signal.args[0]
    assert result.restored_logins == ("owner",) and result is dialog.result_import
    assert auth.authenticate(desk, "owner", OWNER_PASSWORD).login == "owner"
    assert not kits.kit_prompt_due(desk)


def test_panel_screenshots_light_and_dark(
    qtbot,
    themed: QApplication,
    world: ShopWorld,  # type: ignore[no-untyped-def]
) -> None:
    kits.export_kit(world.ctx, world.owner, PASSPHRASE)
    for theme in ("light", "dark"):
        apply_theme(themed, theme)
        panel = panel_for(qtbot, world.ctx, world.owner)
        assert "The last kit was made on" in panel.status.text()
        assert panel.notice.text() == ""
        shot(panel, f"panel_{theme}")
