"""Settings → Server (GROW-1) and the first-run wizard's "join an existing shop" path, on
real widgets against the real local PostgreSQL server: test a connection, use a server,
export a desk set-up bundle, and a brand-new desk joining with it up to the login
window, where a clerk enrols with a code."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from merchant_app.config import SETTINGS_FILE, Settings
from merchant_app.gui.app import AppController
from merchant_app.gui.first_run import PAGE_CHOICE, PAGE_JOIN, PAGE_SHOP, FirstRunWizard
from merchant_app.gui.screens.server_settings import ServerSettingsPanel
from merchant_app.gui.screens.settings import SettingsScreen
from merchant_app.gui.tasks import TaskRunner
from merchant_app.gui.widgets import NoticeBar
from merchant_app.security.keystore import MemoryKeyStore
from merchant_app.security.member_crypto import DATA_KEY_NAME
from merchant_app.security.server_secret import DESK_SCOPE, ServerAddress
from merchant_app.services import auth
from merchant_app.services import desk_connection as dc
from merchant_app.services.permissions import SALES_CLERK
from tests.factories import ShopWorld, make_shop

SERVER_PW = "desk-server-pw-77"
PASSPHRASE = "copper kettle under moonlight"


@pytest.fixture
def runner(qtbot) -> TaskRunner:  # type: ignore[no-untyped-def]
    return TaskRunner(inline=True)


@pytest.fixture
def file_world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    yield w
    w.ctx.db.dispose()


@pytest.fixture
def server_world(pg_schema_url: str) -> Iterator[ShopWorld]:
    w = make_shop(ServerAddress.from_url(pg_schema_url).url_with_password(SERVER_PW))
    yield w
    w.ctx.db.dispose()


def fill(panel: ServerSettingsPanel, address: ServerAddress, password: str) -> None:
    panel.host.setText(address.host)
    panel.port.setValue(address.port)
    panel.database.setText(address.database)
    panel.user.setText(address.user)
    panel.password.setText(password)
    panel.encryption.setCurrentIndex(panel.encryption.findData("disable"))
    panel.options.setText("&".join(f"{k}={v}" for k, v in address.options))


@pytest.mark.postgres
def test_owner_tests_and_uses_a_server_from_the_settings_screen(
    qtbot, file_world: ShopWorld, runner: TaskRunner, tmp_path: Path, pg_schema_url: str
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path / "desk", desk_id=file_world.ctx.desk_id)
    screen = SettingsScreen(file_world.ctx, file_world.owner, settings=settings)
    qtbot.addWidget(screen)
    panel = screen.server_panel
    panel.runner = runner
    assert "file on this computer" in panel.current.text()
    assert not panel.export_button.isEnabled() and panel.use_button.isEnabled()

    panel.host.setText("")
    panel.test_button.click()
    assert panel.notice.level == NoticeBar.ERROR and "server's name" in panel.notice.text()

    address = ServerAddress.from_url(pg_schema_url)
    closed = ServerAddress(address.host, address.database, address.user, 1)
    fill(panel, closed, SERVER_PW)
    panel.test_button.click()
    assert "does not accept connections on port 1" in panel.notice.text()

    fill(panel, address, SERVER_PW)
    with qtbot.waitSignal(panel.connection_tested) as tested:
        panel.test_button.click()
    assert tested.args[0].ok and "database is empty" in panel.notice.text()

    with qtbot.waitSignal(screen.server_chosen) as chosen:
        panel.use_button.click()
    assert "start it again" in panel.notice.text()
    assert panel.notice.level == NoticeBar.SUCCESS and panel.password.text() == ""
    saved = json.loads((tmp_path / "desk" / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert chosen.args[0].database_url == saved["database_url"]
    assert ServerAddress.from_url(saved["database_url"]).database == address.database
    assert SERVER_PW not in json.dumps(saved)
    stored = file_world.ctx.keys.get(
        DESK_SCOPE, ServerAddress.from_url(saved["database_url"]).keyring_name
    )
    assert stored == SERVER_PW


@pytest.mark.postgres
def test_owner_exports_a_bundle_and_a_clerk_cannot(
    qtbot, server_world: ShopWorld, runner: TaskRunner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path)
    panel = ServerSettingsPanel(server_world.ctx, server_world.owner, settings, runner)
    qtbot.addWidget(panel)
    address = dc.server_address(server_world.ctx)
    assert address is not None
    assert (panel.host.text(), panel.database.text(), panel.user.text()) == (
        address.host,
        address.database,
        address.user,
    )
    assert panel.password.text() == "" and panel.address() == address  # nothing lost
    assert panel.export_button.isEnabled()
    with qtbot.waitSignal(panel.connection_tested) as tested:
        panel.test_button.click()  # the keyring is empty here: the server trusts us anyway
    assert "holds the shop “Test Shop”" in panel.notice.text(), panel.notice.text()
    assert tested.args[0].shop_id == server_world.ctx.shop_id

    target = tmp_path / "bundle.txt"
    with qtbot.waitSignal(panel.bundle_exported):
        panel.export_to(target, PASSPHRASE)
    text = target.read_text(encoding="ascii")
    assert text.startswith("MERCHANT-DESK-1:") and SERVER_PW not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in panel.notice.text()
    assert dc.open_bundle(text, PASSPHRASE).password == SERVER_PW

    panel.export_to(tmp_path / "short.txt", "too short")
    assert panel.notice.level == NoticeBar.ERROR and "at least 12" in panel.notice.text()
    assert not (tmp_path / "short.txt").exists()

    clerk = server_world.add_user("clara", SALES_CLERK)
    clerk_panel = ServerSettingsPanel(server_world.ctx, clerk, settings, runner)
    qtbot.addWidget(clerk_panel)
    assert not clerk_panel.export_button.isEnabled() and not clerk_panel.use_button.isEnabled()


def test_wizard_offers_joining_beside_creating(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PAGE_CHOICE and wizard.choice_page.create.isChecked()
    wizard.next()
    assert wizard.currentId() == PAGE_SHOP
    wizard.back()
    wizard.choice_page.join.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_JOIN
    assert not wizard.join_page.validatePage()
    assert "Open the bundle file" in wizard.join_page.problem.text()
    path = tmp_path / "bundle.txt"
    path.write_text("MERCHANT-DESK-1:\nABCDE FGHIJ\n", encoding="ascii")
    wizard.join_page.load_file(path)
    assert wizard.join_page.text.toPlainText().startswith("MERCHANT-DESK-1:")
    assert not wizard.join_page.validatePage()  # no passphrase yet
    wizard.join_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(wizard.join_submitted) as submitted:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert submitted.args[0] == {"text": path.read_text(), "passphrase": PASSPHRASE}
    wizard.join_failed("The passphrase does not open this desk set-up bundle.")
    assert "does not open" in wizard.join_page.problem.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.postgres
def test_a_new_desk_joins_with_the_bundle_and_a_clerk_enrols_there(
    qtbot, server_world: ShopWorld, runner: TaskRunner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = server_world
    clerk = world.add_user("clara", SALES_CLERK)
    bundle = dc.export_bundle(world.ctx, world.owner, PASSPHRASE)
    keys = MemoryKeyStore()  # the new computer's keyring
    controller = AppController(
        QApplication.instance(), Settings(data_dir=tmp_path / "new"), keys=keys, runner=runner
    )
    controller.start()
    qtbot.waitUntil(lambda: controller.opened is not None, timeout=30_000)
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    wizard.choice_page.join.setChecked(True)
    wizard.next()
    wizard.join_page.text.setPlainText(dc.bundle_text_file(bundle))
    wizard.join_page.passphrase.setText("wrong passphrase here")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "does not open this desk set-up bundle" in wizard.join_page.problem.text()
    assert controller.wizard is wizard and not (tmp_path / "new" / SETTINGS_FILE).exists()

    wizard.join_page.passphrase.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert controller.wizard is None and controller.login_window is not None
    login = controller.login_window
    qtbot.addWidget(login)
    assert login.panel.title.text() == "Test Shop"
    assert "enrol" in login.panel.subtitle.text().lower()
    qtbot.waitUntil(lambda: controller.opened is not None, timeout=30_000)
    opened = controller.opened
    assert opened.shop.id == world.ctx.shop_id and opened.desk.code != "D01"
    raw = (tmp_path / "new" / SETTINGS_FILE).read_text(encoding="utf-8")
    assert SERVER_PW not in raw and json.loads(raw)["desk_id"] == opened.desk.id
    assert keys.get(world.ctx.shop_id, DATA_KEY_NAME) is not None
    opened.ctx.clock = world.clock  # the code's validity is in the test's time
    code = auth.issue_enrolment_code(world.ctx, world.owner, clerk.user_id)
    actor = auth.enrol_with_code(opened.ctx, "clara", code, "clara-desk2-pw")
    assert actor.login == "clara"
    if controller.loader is not None:
        controller.loader.wait(10_000)
    login.close()
    opened.ctx.db.dispose()
