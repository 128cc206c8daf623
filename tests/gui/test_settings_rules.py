"""The shop rules on the Settings screen: an Owner changes them, a clerk only sees them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_app.config import Settings
from merchant_app.gui.screens.settings import SettingsScreen
from merchant_app.services import shop_rules
from tests.factories import ShopWorld, make_shop


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ShopWorld]:
    w = make_shop(f"sqlite:///{tmp_path}/shop.sqlite3")
    yield w
    w.ctx.db.dispose()


def _screen(qtbot, world: ShopWorld, actor, tmp_path: Path) -> SettingsScreen:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(world.ctx, actor, settings=Settings(data_dir=tmp_path))
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def test_owner_saves_the_shop_rules(qtbot, world: ShopWorld, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, world, world.owner, tmp_path)
    assert not screen.auto_delist.isChecked() and screen.adjust_limit.value() == 10
    screen.auto_delist.setChecked(True)
    screen.adjust_limit.setValue(40)
    screen.save_rules.click()
    assert "saved" in screen.rules_notice.text()
    rules = shop_rules.get_inventory_rules(world.ctx, world.owner)
    assert rules == shop_rules.InventoryRules(True, False, 40)


def test_a_clerk_sees_the_rules_but_cannot_change_them(
    qtbot,  # type: ignore[no-untyped-def]
    world: ShopWorld,
    tmp_path: Path,
) -> None:
    shop_rules.set_inventory_rules(
        world.ctx, world.owner, shop_rules.InventoryRules(False, True, 5)
    )
    screen = _screen(qtbot, world, world.add_user("clara", "Sales clerk"), tmp_path)
    assert screen.price_approval.isChecked() and screen.adjust_limit.value() == 5
    assert not screen.save_rules.isEnabled() and not screen.auto_delist.isEnabled()
