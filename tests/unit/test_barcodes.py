"""Barcode values: GS1 check digits, validation messages and in-store codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_app import barcodes
from merchant_app.barcodes import Symbology
from merchant_app.errors import InvalidInput


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("4006381333931", Symbology.EAN13),  # a real EAN-13 (Stabilo pen)
        ("6901234567892", Symbology.EAN13),  # Chinese GS1 prefix 690
        ("036000291452", Symbology.UPCA),  # the textbook UPC-A
        ("SKU-001/A", Symbology.CODE128),
    ],
)
def test_detect_accepts_valid_codes(code: str, kind: Symbology) -> None:
    assert barcodes.detect(code) is kind


@pytest.mark.parametrize(
    ("code", "expected_digit"),
    [("4006381333932", 1), ("036000291453", 2)],
)
def test_wrong_check_digit_is_refused_with_the_right_digit(code: str, expected_digit: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        barcodes.detect(code)
    assert code in caught.value.message
    assert f"should be {expected_digit}" in caught.value.message
    assert caught.value.params["field"] == "barcode"


@pytest.mark.parametrize("code", ["", "   ", "é-accent", "x" * 49, "tab\tinside"])
def test_code128_refuses_what_it_cannot_carry(code: str) -> None:
    with pytest.raises(InvalidInput):
        barcodes.validate(code, Symbology.CODE128)


def test_validate_checks_the_length_of_fixed_symbologies() -> None:
    with pytest.raises(InvalidInput, match="13 digits"):
        barcodes.validate("123", "ean13")
    with pytest.raises(InvalidInput, match="12 digits"):
        barcodes.validate("4006381333931", "upca")
    assert barcodes.validate(" 4006381333931 ", "ean13") == "4006381333931"


@given(st.integers(min_value=0, max_value=10**10 - 1))
def test_in_store_codes_are_valid_restricted_ean13(n: int) -> None:
    code = barcodes.in_store_ean13(n)
    assert code.startswith("20") and len(code) == 13
    assert barcodes.detect(code) is Symbology.EAN13


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_exactly_one_check_digit_completes_any_ean13_body(body: str) -> None:
    valid = [d for d in "0123456789" if _is_valid(body + d)]
    assert valid == [str(barcodes.gs1_check_digit(body))]


def _is_valid(code: str) -> bool:
    try:
        barcodes.validate_ean13(code)
    except InvalidInput:
        return False
    return True
