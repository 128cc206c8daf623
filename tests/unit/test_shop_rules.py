"""The shop's inventory rules: stored, audited, permission-checked, and obeyed by the
services that read them."""

from __future__ import annotations

import pytest

from merchant_app.errors import InvalidInput, NotPermitted
from merchant_app.services import audit, catalog, catalog_prices, shop_rules, stock
from merchant_app.services.locations import default_location
from merchant_app.services.shop_rules import InventoryRules
from tests.catalog_factories import product
from tests.factories import ShopWorld


def test_rules_default_then_change_and_are_audited(world: ShopWorld) -> None:
    ctx, owner = world.ctx, world.owner
    assert shop_rules.get_inventory_rules(ctx, owner) == InventoryRules(False, False, 10)
    wanted = InventoryRules(True, True, 25)
    assert shop_rules.set_inventory_rules(ctx, owner, wanted) == wanted
    assert shop_rules.get_inventory_rules(ctx, owner) == wanted
    entries = audit.list_entries(ctx, owner, text="inventory_rules")
    assert len(entries) == 1 and '"adjust_approval_threshold": 25' in entries[0].details


def test_only_settings_managers_change_rules_and_bad_limits_are_refused(world: ShopWorld) -> None:
    clerk = world.add_user("clara", "Sales clerk")
    with pytest.raises(NotPermitted):
        shop_rules.set_inventory_rules(world.ctx, clerk, InventoryRules(True, False, 10))
    with pytest.raises(InvalidInput):
        shop_rules.set_inventory_rules(world.ctx, world.owner, InventoryRules(False, False, -1))
    assert shop_rules.get_inventory_rules(world.ctx, clerk) == InventoryRules()


def test_services_obey_the_rules(world: ShopWorld) -> None:
    ctx, owner = world.ctx, world.owner
    warehouse = world.add_user("wang", "Warehouse")
    p = product(world, "R-1", price_minor=1000)
    with ctx.db.transaction() as s:
        main = default_location(s).id
    shop_rules.set_inventory_rules(ctx, owner, InventoryRules(True, True, 2))
    with ctx.db.transaction() as s:
        assert catalog_prices.needs_approval(s)
    small = stock.adjust(ctx, warehouse, p.id, main, 2, "found")
    large = stock.adjust(ctx, warehouse, p.id, main, 3, "found")
    assert small.applied and not large.applied  # above the shop's limit of 2: approval
    stock.adjust(ctx, warehouse, p.id, main, -2, "loss")  # sellable 0: auto-delisted
    assert catalog.get_product(ctx, owner, p.id).status == "delisted"
