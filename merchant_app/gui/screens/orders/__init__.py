"""The Orders screens: order entry, the order list and the review flow, the packing desk,
after-sales and settlement."""

from merchant_app.gui.screens.orders.screen import OrdersScreen

__all__ = ["OrdersScreen"]
