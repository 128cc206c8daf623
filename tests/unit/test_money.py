"""Reading typed amounts into minor units, and back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_app.errors import InvalidInput
from merchant_app.money import format_plain, minor_digits, parse_amount


@pytest.mark.parametrize(
    ("text", "digits", "minor"),
    [("12.50", 2, 1250), ("12,5", 2, 1250), ("¥ 8", 2, 800), ("0", 2, 0), ("1200", 0, 1200)],
)
def test_amounts_people_type(text: str, digits: int, minor: int) -> None:
    assert parse_amount(text, digits) == minor


@pytest.mark.parametrize("text", ["", "abc", "-1", "1.234", "1,2,3", "nan", "inf", "1e20"])
def test_bad_amounts_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_amount(text, 2, field="price")
    assert caught.value.params["field"] == "price"


def test_currencies_without_minor_units() -> None:
    assert minor_digits("JPY") == 0 and minor_digits("CNY") == 2
    with pytest.raises(InvalidInput):
        parse_amount("10.5", minor_digits("JPY"))


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([0, 2, 3]))
def test_round_trip(minor: int, digits: int) -> None:
    assert parse_amount(format_plain(minor, digits), digits) == minor
