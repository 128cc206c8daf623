"""Money as integer minor units: how many decimals a currency has, and reading amounts
people type ("12.50", "12,50", "¥12.5") without ever going through a float."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

# ISO 4217 minor digits of the currencies the shop may choose (services/shop.CURRENCIES)
MINOR_DIGITS: dict[str, int] = {"JPY": 0, "TWD": 2}
_SYMBOLS = "¥$€£￥ "
MAX_MINOR = 10**13  # 100 billion in major units: far beyond any till


def minor_digits(currency: str) -> int:
    """Decimals of ``currency`` (2 unless ISO 4217 says otherwise)."""
    return MINOR_DIGITS.get(currency, 2)


def parse_amount(text: str, digits: int = 2, *, field: str = "amount") -> int:
    """``text`` as minor units; a decimal comma is accepted when it is the only separator.

    Raises :class:`InvalidInput` naming ``field`` for text that is not an amount, is
    negative, or has more decimals than the currency has."""
    raw = text.strip().strip(_SYMBOLS)
    if "," in raw and "." not in raw and raw.count(",") == 1:
        raw = raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount."), text=text, field=field
        )
    if value < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The amount “{text}” cannot be negative."),
            text=text,
            field=field,
        )
    minor = value.scaleb(digits)
    if minor != minor.to_integral_value():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” has more than {digits} decimals."),
            text=text,
            digits=digits,
            field=field,
        )
    if minor >= MAX_MINOR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The amount “{text}” is too large."),
            text=text,
            field=field,
        )
    return int(minor)


def format_plain(minor: int, digits: int = 2) -> str:
    """Minor units as a plain decimal string (``1250`` → ``"12.50"``), for files."""
    value = Decimal(minor).scaleb(-digits)
    return f"{value:.{digits}f}"


CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"}


def currency_symbol(currency: str) -> str:
    """What goes before an amount: ``¥`` for CNY, the code and a space when unknown."""
    return CURRENCY_SYMBOLS.get(currency, currency + " ")


def format_with_symbol(minor: int, currency: str) -> str:
    """``1250`` in CNY as ``¥12.50`` (``-¥12.50`` below zero), without locale grouping:
    for printed labels and documents made outside the window."""
    sign = "-" if minor < 0 else ""
    return f"{sign}{currency_symbol(currency)}{format_plain(abs(minor), minor_digits(currency))}"
