"""Money on screen: minor units shown in the desk's locale with the shop's currency."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from merchant_app.money import currency_symbol, minor_digits


def money_text(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """``1250`` in CNY as ``¥12.50`` (grouping and decimal mark of the locale)."""
    digits = minor_digits(currency)
    loc = locale or QLocale()
    value = Decimal(abs(minor)).scaleb(-digits)
    text = loc.toString(float(value), "f", digits)
    sign = "-" if minor < 0 else ""
    return f"{sign}{currency_symbol(currency)}{text}"
