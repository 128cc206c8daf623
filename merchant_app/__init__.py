"""Merchant back office: order entry, stock, members and labels for small shops."""

__version__ = "0.1.0"
APP_NAME = "Merchant Back Office"
