"""Reading one cell: prices, whole numbers, measures, percentages, lists and paths.

Every reader takes the cell's text and returns the value, or raises :class:`BadValue`
carrying a plain-words message template (context "Imports") and its fields.  Numbers go
through :class:`~decimal.Decimal`, never ``float``.  A decimal comma ("12,50") is read
as a decimal point where it cannot be a thousands separator.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from merchant_app.errors import QT_TRANSLATE_NOOP

#: Largest value stored (the database columns are 32-bit integers on PostgreSQL).
MAX_STORED = 2**31 - 1

_PLAIN = re.compile(r"([0-9]{1,12})(?:\.([0-9]+))?")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_THOUSANDS_LIKE = re.compile(r"[1-9][0-9]{0,2},[0-9]{3}")
_MAX_CHARS = 24  # longer numbers are far beyond MAX_STORED anyway

NOT_A_PRICE = QT_TRANSLATE_NOOP("Imports", "“{value}” is not a price")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Imports", "“{value}” is not a number")
NOT_WHOLE = QT_TRANSLATE_NOOP("Imports", "“{value}” is not a whole number")
NEGATIVE = QT_TRANSLATE_NOOP("Imports", "“{value}” is negative; negative values are refused")
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "Imports", "“{value}” has more than {digits} decimals; it would have to be rounded"
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Imports",
    "“{value}” is ambiguous (a thousands separator or a decimal comma?): "
    "write it without thousands separators, with a decimal point",
)
MIXED_SEPARATORS = QT_TRANSLATE_NOOP(
    "Imports",
    "“{value}” mixes commas and points: write it without thousands separators",
)
TOO_LARGE = QT_TRANSLATE_NOOP("Imports", "“{value}” is too large")
OVER_100_PERCENT = QT_TRANSLATE_NOOP("Imports", "“{value}” is more than 100 %")

FORMULA_TRIGGERS = frozenset("=+-@\t\r")


class BadValue(Exception):
    """A cell that cannot be read; ``template`` and ``params`` make the message."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def decimal_value(text: str, not_a_number: str = NOT_A_NUMBER) -> Decimal:
    """The non-negative number ``text`` spells ("12.5", "12,5", " 3 "); refuses signs,
    exponents, thousands separators and anything else with ``not_a_number``."""
    value = text.strip()
    if value.startswith("-"):
        rest = value[1:].strip()
        if rest and _NUMBER.fullmatch(rest.replace(",", ".", 1)):
            raise BadValue(NEGATIVE, value=value)
        raise BadValue(not_a_number, value=value)
    if len(value) > _MAX_CHARS:
        if _NUMBER.fullmatch(value):
            raise BadValue(TOO_LARGE, value=value[:_MAX_CHARS] + "…")
        raise BadValue(not_a_number, value=value[:_MAX_CHARS] + "…")
    if "," in value:
        if "." in value:
            raise BadValue(MIXED_SEPARATORS, value=value)
        if value.count(",") > 1:
            raise BadValue(not_a_number, value=value)
        if _THOUSANDS_LIKE.fullmatch(value):
            raise BadValue(AMBIGUOUS, value=value)
        value = value.replace(",", ".")
    if not _NUMBER.fullmatch(value):
        raise BadValue(not_a_number, value=text.strip())
    return Decimal(value)


def money(text: str, minor_digits: int) -> int:
    """``text`` as integer minor units (``minor_digits`` decimals: "12.50" → 1250 for 2);
    refuses a value that would need rounding."""
    plain = _PLAIN.fullmatch(text)
    if plain:  # the common case, in exact integer arithmetic
        units, fraction = plain.groups()
        if fraction is None or len(fraction) <= minor_digits:
            cents = int(fraction.ljust(minor_digits, "0")) if fraction and minor_digits else 0
            return _stored(int(units) * 10**minor_digits + cents, text)
    number = decimal_value(text, NOT_A_PRICE)
    scaled = number.scaleb(minor_digits)
    if scaled != scaled.to_integral_value():
        raise BadValue(TOO_MANY_DECIMALS, value=text.strip(), digits=minor_digits)
    return _stored(int(scaled), text)


def whole(text: str) -> int:
    """``text`` as a non-negative whole number ("12", also "12.0")."""
    if text.isdigit() and text.isascii() and len(text) < 10:
        return int(text)
    number = decimal_value(text, NOT_WHOLE)
    if number != number.to_integral_value():
        raise BadValue(NOT_WHOLE, value=text.strip())
    return _stored(int(number), text)


def measure(text: str, factor: Decimal) -> int:
    """``text`` in some unit, times ``factor``, rounded to a whole number (kg → g:
    factor 1000; "0.2505" kg → 251 g)."""
    number = decimal_value(text) * factor
    return _stored(int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP)), text)


def percent_bp(text: str) -> int:
    """A percentage ("13", "6.5", "6,5 %") in basis points (1300, 650); at most 100 %
    and two decimals."""
    if text.isdigit() and text.isascii() and len(text) <= 3 and int(text) <= 100:
        return int(text) * 100
    value = text.strip()
    if value.endswith("%"):
        value = value[:-1]
    number = decimal_value(value)
    scaled = number.scaleb(2)
    if scaled != scaled.to_integral_value():
        raise BadValue(TOO_MANY_DECIMALS, value=text.strip(), digits=2)
    if scaled > 10000:
        raise BadValue(OVER_100_PERCENT, value=text.strip())
    return int(scaled)


def _stored(number: int, text: str) -> int:
    if number > MAX_STORED:
        raise BadValue(TOO_LARGE, value=text.strip())
    return number


def format_minor(value: int, minor_digits: int) -> str:
    """Minor units as a decimal string with exactly ``minor_digits`` decimals."""
    if minor_digits == 0:
        return str(value)
    sign = "-" if value < 0 else ""
    units, cents = divmod(abs(value), 10**minor_digits)
    return f"{sign}{units}.{cents:0{minor_digits}d}"


def format_percent(bp: int) -> str:
    """Basis points as a percentage without trailing zeros (1300 → "13", 650 → "6.5")."""
    units, rest = divmod(bp, 100)
    return str(units) if rest == 0 else f"{units}.{rest:02d}".rstrip("0")


def escape_item(text: str) -> str:
    """``text`` with backslash, ";" and "=" escaped by a backslash, to sit in a list."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=")


def split_escaped(text: str, separator: str) -> list[str]:
    """``text`` split on ``separator`` where no backslash escapes it; escapes are kept
    (undo them with :func:`unescape`)."""
    if "\\" not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch)
            current.append(next(chars, ""))
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    """``text`` with every backslash escape replaced by the character it escapes."""
    if "\\" not in text:
        return text
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        out.append(next(chars, "") if ch == "\\" else ch)
    return "".join(out)


def category_path(text: str) -> tuple[str, ...]:
    """A category path ("Clothing > Hoodies") as its names, outermost first."""
    if not text:
        return ()
    return tuple(part for part in (p.strip() for p in text.split(">")) if part)


def escape_formula(text: str) -> str:
    """``text`` made safe from spreadsheet formula injection, as WooCommerce does it: a
    value whose first character after any apostrophes is =, +, -, @, tab or CR gets one
    more leading apostrophe.  :func:`unescape_formula` undoes it exactly."""
    if text and text.lstrip("'")[:1] in FORMULA_TRIGGERS and text.lstrip("'"):
        return "'" + text
    return text


def unescape_formula(text: str) -> str:
    """Undo :func:`escape_formula` (and WooCommerce's own escaping)."""
    if text[:1] == "'":
        rest = text.lstrip("'")
        if rest and rest[0] in FORMULA_TRIGGERS:
            return text[1:]
    return text
