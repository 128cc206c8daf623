"""Barcode values: check digits, validation and in-store EAN-13 codes.

Shared by the catalog (a product's barcodes are validated before they are stored) and the
label renderers (a code is validated before it is drawn).  Pure functions, no I/O.

* EAN-13: 13 digits, the last a GS1 mod-10 check digit.
* UPC-A: 12 digits, the last a GS1 mod-10 check digit.
* Code 128: 1 to 48 printable ASCII characters (internal codes, SKUs, tracking numbers).

In-store codes use the GS1 "restricted circulation" prefix 20–29, which no manufacturer
is given, so a code the shop makes never collides with a real product's.
"""

from __future__ import annotations

from enum import StrEnum

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

CODE128_MAX_LENGTH = 48
IN_STORE_PREFIX = "20"


class Symbology(StrEnum):
    """The barcode kinds the app validates and prints."""

    EAN13 = "ean13"
    UPCA = "upca"
    CODE128 = "code128"
    QR = "qr"


def gs1_check_digit(digits: str) -> int:
    """The GS1 mod-10 check digit for ``digits`` (the code without its check digit)."""
    if not digits.isdigit() or not digits.isascii():
        raise ValueError("digits only")
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def _bad(template: str, code: str, **extra: object) -> InvalidInput:
    return InvalidInput(template, code=code, field="barcode", **extra)


def validate_ean13(code: str) -> str:
    """Return ``code`` if it is a valid EAN-13, else raise :class:`InvalidInput`."""
    value = code.strip()
    if len(value) != 13 or not value.isdigit() or not value.isascii():
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not an EAN-13: it must be 13 digits."), code
        )
    expected = gs1_check_digit(value[:12])
    if int(value[12]) != expected:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The EAN-13 “{code}” has a wrong check digit: the last digit should be {expected}.",
            ),
            code,
            expected=expected,
        )
    return value


def validate_upca(code: str) -> str:
    """Return ``code`` if it is a valid UPC-A, else raise :class:`InvalidInput`."""
    value = code.strip()
    if len(value) != 12 or not value.isdigit() or not value.isascii():
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a UPC-A: it must be 12 digits."), code
        )
    expected = gs1_check_digit(value[:11])
    if int(value[11]) != expected:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The UPC-A “{code}” has a wrong check digit: the last digit should be {expected}.",
            ),
            code,
            expected=expected,
        )
    return value


def validate_code128(code: str) -> str:
    """Return ``code`` if Code 128 can carry it (printable ASCII, 1–48 characters)."""
    value = code.strip()
    if not value:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "The code is empty."), code)
    if len(value) > CODE128_MAX_LENGTH:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors", "The code “{code}” is too long for a barcode (at most {limit})."
            ),
            value[:20] + "…",
            limit=CODE128_MAX_LENGTH,
        )
    if not all(32 <= ord(ch) < 127 for ch in value):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The code “{code}” has characters a Code 128 barcode cannot carry "
                "(use letters, digits and common punctuation).",
            ),
            value,
        )
    return value


def validate(code: str, symbology: Symbology | str) -> str:
    """Validate ``code`` for ``symbology``; returns the stripped value."""
    kind = Symbology(symbology)
    if kind is Symbology.EAN13:
        return validate_ean13(code)
    if kind is Symbology.UPCA:
        return validate_upca(code)
    if kind is Symbology.CODE128:
        return validate_code128(code)
    value = code.strip()
    if not value:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "The code is empty."), code)
    return value


def detect(code: str) -> Symbology:
    """The symbology a product barcode is stored as: 13 digits are EAN-13, 12 digits
    UPC-A (each with its check digit validated), anything else Code 128."""
    value = code.strip()
    if value.isdigit() and value.isascii() and len(value) == 13:
        validate_ean13(value)
        return Symbology.EAN13
    if value.isdigit() and value.isascii() and len(value) == 12:
        validate_upca(value)
        return Symbology.UPCA
    validate_code128(value)
    return Symbology.CODE128


def in_store_ean13(number: int) -> str:
    """The in-store EAN-13 for a shop-internal serial ``number`` (0 … 9,999,999,999)."""
    if not 0 <= number < 10**10:
        raise ValueError("in-store serial out of range")
    body = f"{IN_STORE_PREFIX}{number:010d}"
    return body + str(gs1_check_digit(body))
