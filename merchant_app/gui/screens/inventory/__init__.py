"""The Inventory screen and its panels and dialogs."""

from merchant_app.gui.screens.inventory.screen import InventoryScreen

__all__ = ["InventoryScreen"]
